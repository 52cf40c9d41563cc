from gateway_support import backend, flaky_simcam, gateway, mint_ticket, simcam

__all__ = ["backend", "flaky_simcam", "gateway", "mint_ticket", "simcam"]
