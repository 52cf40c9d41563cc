"""The gateway pulls cameras with the credentials in the URL; FFmpeg quotes that URL in its errors. The
gateway's log must show ``rtsp://***@host/...`` instead (an unreachable camera with a password)."""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx
import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from media_gateway.sources import redact_credentials
from tests.gateway.gateway_support import free_port, port_open, stop_process, wait_until
from tests.intake.conftest import SEEN_LOG_FILES
from tests.intake.support import PLAIN_PASSWORDS

REPO = Path(__file__).resolve().parents[2]
SECRET = PLAIN_PASSWORDS[5]


def test_redaction_keeps_host_and_path() -> None:
    text = f"[Errno 111] Connection refused: 'rtsp://admin:{SECRET}@10.0.0.7:554/ch1/main'"
    assert redact_credentials(text) == "[Errno 111] Connection refused: 'rtsp://***@10.0.0.7:554/ch1/main'"
    assert redact_credentials("rtsp://10.0.0.7/ch1") == "rtsp://10.0.0.7/ch1"


def test_an_unreachable_camera_with_a_password_does_not_reach_the_gateway_log(tmp_path: Path) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    public_key = tmp_path / "ticket-public.pem"
    public_key.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    port, dead = free_port(), free_port()
    log = tmp_path / "gateway.log"
    SEEN_LOG_FILES.append(log)
    with log.open("wb") as out:
        process = subprocess.Popen(
            [
                sys.executable, "-m", "media_gateway", "--port", str(port), "--gateway-id", "gw-redact",
                "--ticket-public-key", str(public_key), "--log-level", "debug",
                "--camera", f"1=rtsp://admin:{SECRET}@127.0.0.1:{dead}/cam/main",
            ],
            cwd=REPO, stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        assert wait_until(lambda: port_open(port), 30), log.read_text()
        now = int(time.time())
        ticket = jwt.encode(
            {
                "iss": "sitewatch-backend", "aud": "sitewatch-gateway", "gw": "gw-redact", "cam": "1", "q": "MAIN",
                "sub": "1", "role": "CITY_CENTER", "iat": now, "exp": now + 60, "jti": uuid.uuid4().hex,
            },
            key,
            algorithm="ES256",
        )  # fmt: skip
        snapshot = httpx.get(
            f"http://127.0.0.1:{port}/snapshot/1",
            headers={"Authorization": f"Bearer {ticket}"},  # issue 10: tickets never in URLs
            timeout=30,
            trust_env=False,
        )
        assert snapshot.status_code == 503
        assert wait_until(lambda: "pull ended" in log.read_text(), 15), log.read_text()
    finally:
        stop_process(process)
    text = log.read_text()
    assert "rtsp://***@127.0.0.1" in text
    assert SECRET not in text
