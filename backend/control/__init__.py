"""Camera control (Art. 8, 12): leases with priority preemption, PTZ drivers, presets. See README.md."""
