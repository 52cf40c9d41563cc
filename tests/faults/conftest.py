"""The fault suite reuses the real backend + gateway + simulated cameras stack of tests/media."""

from tests.media.test_live_view_integration import stack

__all__ = ["stack"]
