"""The ES256 key pair that signs live-view tickets. Gateways get only the public half."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec


def ensure_ticket_keys(private_path: Path, public_path: Path) -> tuple[bytes, bytes]:
    """Load the key pair, creating it on first use (demo and single-node installs)."""
    if not private_path.exists():
        private_path.parent.mkdir(parents=True, exist_ok=True)
        key = ec.generate_private_key(ec.SECP256R1())
        private_path.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )
        private_path.chmod(0o600)
    private_pem = private_path.read_bytes()
    if not public_path.exists():
        loaded = serialization.load_pem_private_key(private_pem, password=None)
        public_path.write_bytes(
            loaded.public_key().public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        )
    return private_pem, public_path.read_bytes()
