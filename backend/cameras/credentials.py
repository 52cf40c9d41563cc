"""Camera credentials: encrypted at rest (Fernet, key from SITEWATCH_CREDENTIALS_KEY), never
returned by an API, never logged. RTSP URLs are stored without their user:password part."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from cryptography.fernet import Fernet, InvalidToken

from backend.settings import Settings


class CredentialsKeyMissing(RuntimeError):
    pass


class CredentialCipher:
    def __init__(self, key_material: str) -> None:
        if not key_material:
            raise CredentialsKeyMissing(
                "SITEWATCH_CREDENTIALS_KEY is not set: camera credentials cannot be stored"
            )
        # Any ≥ 32-character secret; Fernet wants exactly 32 url-safe base64 bytes.
        derived = hashlib.sha256(b"sitewatch-camera-credentials\0" + key_material.encode()).digest()
        self._fernet = Fernet(base64.urlsafe_b64encode(derived))

    def encrypt(self, plain: str) -> str:
        return self._fernet.encrypt(plain.encode()).decode() if plain else ""

    def decrypt(self, token: str) -> str:
        if not token:
            return ""
        try:
            return self._fernet.decrypt(token.encode()).decode()
        except InvalidToken as exc:
            raise CredentialsKeyMissing("camera credentials were encrypted with another key") from exc


_ciphers: dict[str, CredentialCipher] = {}


def cipher_for(settings: Settings) -> CredentialCipher:
    key = str(settings.credentials_key)
    if key not in _ciphers:
        _ciphers[key] = CredentialCipher(key)
    return _ciphers[key]


@dataclass(frozen=True)
class SplitUrl:
    url: str  # without user info
    username: str
    password: str


class BadStreamUrl(ValueError):
    pass


def split_stream_url(raw: str, schemes: tuple[str, ...] = ("rtsp", "rtsps")) -> SplitUrl:
    """``rtsp://user:pass@host/path`` → the URL without ``user:pass@`` and the two parts."""
    text = raw.strip()
    try:
        parts = urlsplit(text)
        port = parts.port  # raises on a malformed port
    except ValueError as exc:
        raise BadStreamUrl("malformed URL") from exc
    if parts.scheme.lower() not in schemes:
        raise BadStreamUrl(f"must start with {' or '.join(s + '://' for s in schemes)}")
    if not parts.hostname:
        raise BadStreamUrl("host missing")
    if any(ch.isspace() for ch in text):
        raise BadStreamUrl("spaces are not allowed")
    host = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    netloc = f"{host}:{port}" if port is not None else host
    return SplitUrl(
        url=urlunsplit((parts.scheme.lower(), netloc, parts.path, parts.query, "")),
        username=unquote(parts.username or ""),
        password=unquote(parts.password or ""),
    )


def with_credentials(url: str, username: str, password: str) -> str:
    """The usable URL for the gateway (only ever sent over its authenticated internal endpoint)."""
    if not url or not username:
        return url
    parts = urlsplit(url)
    userinfo = quote(username, safe="") + (":" + quote(password, safe="") if password else "")
    return urlunsplit((parts.scheme, f"{userinfo}@{parts.netloc}", parts.path, parts.query, parts.fragment))
