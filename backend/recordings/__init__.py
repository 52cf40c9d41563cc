"""24-hour recording (Art. 8): the segment/gap index the gateways report, holds that protect
evidence from deletion, clip exports, retention and the disk guard."""
