from gateway_support import backend, bframe_simcam, flaky_simcam, gateway, mint_ticket, simcam

__all__ = ["backend", "bframe_simcam", "flaky_simcam", "gateway", "mint_ticket", "simcam"]
