"""SiteWatch media gateway: WHEP/WebRTC H.264 passthrough of RTSP cameras, and simulated cameras."""
