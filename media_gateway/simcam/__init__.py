"""Simulated RTSP/H.264 cameras.

``main(argv)`` runs under any Python (e.g. the project venv) and spawns Debian's ``/usr/bin/python3`` on the
GStreamer worker, because the venv has no ``gi``. See README.md in this directory for the control API.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from types import FrameType

SYSTEM_PYTHON = os.environ.get("SITEWATCH_SIMCAM_PYTHON", "/usr/bin/python3")
_PACKAGE_ROOT = Path(__file__).resolve().parents[2]


def worker_command(argv: list[str]) -> list[str]:
    return [SYSTEM_PYTHON, "-m", "media_gateway.simcam.gst_worker", *argv]


def worker_environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(_PACKAGE_ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def main(argv: list[str] | None = None) -> int:
    """Run simulated cameras until SIGTERM/SIGINT: ``--port 8554 --control-port 8555 --camera cam1 ...``."""
    args = sys.argv[1:] if argv is None else argv
    worker = subprocess.Popen(worker_command(args), env=worker_environment())  # noqa: S603

    def forward(signum: int, _frame: FrameType | None) -> None:
        worker.send_signal(signum)

    previous = {sig: signal.signal(sig, forward) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        return worker.wait()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if worker.poll() is None:
            worker.terminate()
            worker.wait(5)


if __name__ == "__main__":
    sys.exit(main())
