"""Helpers for the intake tests: valid credit codes, organizations, GraphQL uploads."""

from __future__ import annotations

import random
import uuid
from typing import Any

import httpx

from backend.organizations.credit_code import ALPHABET, check_character
from backend.organizations.models import Organization, OrganizationKind


def credit_code(seed: int | None = None) -> str:
    """A valid unified social credit code (random body, GB 32100-2015 check character)."""
    rng = random.Random(seed)
    body = "91" + "120104" + "".join(rng.choice(ALPHABET) for _ in range(9))
    return body + check_character(body)


async def organization(kind: OrganizationKind, **extra: Any) -> Organization:
    return await Organization.create(
        name=f"{kind.value} {uuid.uuid4().hex[:8]}",
        kind=kind,
        credit_code=credit_code(),
        qualification_number="Q-1" if kind is OrganizationKind.PROVIDER else "",
        **extra,
    )


async def upload(
    client: httpx.AsyncClient, token: str, body: bytes, filename: str = "intake.xlsx"
) -> dict[str, Any]:
    response = await client.post(
        "/api/intake/uploads",
        content=body,
        headers={"authorization": f"Bearer {token}", "x-filename": filename},
    )
    assert response.status_code == 201, response.text
    return response.json()


# Every camera password an intake test stores: test_zz_no_plaintext_credentials.py searches the API
# responses and logs of the session for them.
PLAIN_PASSWORDS = [
    "Rtsp-S3cret-4711!",
    "Onvif-Pa55-0815#",
    "imp-rtsp-pw-9Q2",
    "imp-onvif-pw-7Z1",
    "probe-pw-Kx8",
    "gw-log-secret-5Tq",  # test_gateway_log_redaction.py
]
