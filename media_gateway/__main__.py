import sys

from media_gateway.server import main

sys.exit(main())
