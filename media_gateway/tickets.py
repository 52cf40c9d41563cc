"""Live-view tickets: short-lived ES256 JWTs minted by the backend, verified here with its public key only."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jwt

from media_gateway.sources import Quality

TICKET_ISSUER = "sitewatch-backend"
TICKET_AUDIENCE = "sitewatch-gateway"
TICKET_ALGORITHMS = ["ES256"]


@dataclass(frozen=True, slots=True)
class Ticket:
    camera_id: str
    quality: Quality
    user_id: str
    role: str
    ticket_id: str
    expires_at: int
    session: str = ""  # the login session the ticket was minted in (empty for API tokens)
    issued_at: float = 0.0


class TicketError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


class TicketVerifier:
    def __init__(self, public_key_pem: str | bytes, gateway_id: str, leeway_seconds: float = 5.0) -> None:
        self._public_key = public_key_pem
        self._gateway_id = gateway_id
        self._leeway = leeway_seconds

    @property
    def public_key(self) -> str | bytes:
        return self._public_key

    @property
    def gateway_id(self) -> str:
        return self._gateway_id

    @classmethod
    def from_file(cls, path: str | Path, gateway_id: str) -> TicketVerifier:
        return cls(Path(path).read_bytes(), gateway_id)

    def decode(self, token: str, required: list[str], *, allow_expired: bool = False) -> dict[str, Any]:
        """Signature, issuer, audience, expiry and gateway checked; ``required`` claims present.
        ``allow_expired``: for ending or patching a WHEP session the ticket started (a session
        outlives its ticket's short validity; the signature still proves who holds it)."""
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                self._public_key,
                algorithms=TICKET_ALGORITHMS,
                audience=TICKET_AUDIENCE,
                issuer=TICKET_ISSUER,
                leeway=self._leeway,
                options={
                    "require": ["exp", "iat", "iss", "aud", "sub", "cam", "gw", *required],
                    "verify_exp": not allow_expired,
                },
            )
        except jwt.ExpiredSignatureError as error:
            raise TicketError(
                401, "ticket-expired", "the ticket has expired; ask the backend for a new one"
            ) from error
        except jwt.MissingRequiredClaimError as error:
            raise TicketError(401, "ticket-invalid", f"the ticket lacks a claim: {error.claim}") from error
        except jwt.InvalidTokenError as error:
            raise TicketError(401, "ticket-invalid", f"the ticket is not valid: {error}") from error
        if claims["gw"] != self._gateway_id:
            raise TicketError(403, "ticket-foreign-gateway", "the ticket was issued for another gateway")
        return claims

    def verify(self, token: str, *, allow_expired: bool = False) -> Ticket:
        """A live-view ticket (playback and export tickets carry no quality and are refused here)."""
        claims = self.decode(token, ["q", "jti"], allow_expired=allow_expired)
        if claims.get("kind", "live") != "live":
            raise TicketError(401, "ticket-invalid", "this ticket is not a live-view ticket")
        try:
            quality = Quality(claims["q"])
        except ValueError as error:
            raise TicketError(401, "ticket-invalid", "the ticket names an unknown quality") from error
        return Ticket(
            camera_id=str(claims["cam"]),
            quality=quality,
            user_id=str(claims["sub"]),
            role=str(claims.get("role", "")),
            ticket_id=str(claims["jti"]),
            expires_at=int(claims["exp"]),
            session=str(claims.get("sid") or ""),
            issued_at=float(claims["iat"]),
        )
