import sys

from media_gateway.simcam import main

sys.exit(main())
