"""`sitewatch migrate` prepares what several backends share before they start: the schema and the
live-ticket key pair (compose and the topology run it once, then start the replicas)."""

from __future__ import annotations

from pathlib import Path

from tests.api.test_cli import sitewatch


def test_migrate_creates_the_ticket_key_pair_once(tmp_path: Path) -> None:
    env = {
        "SITEWATCH_DATABASE_URL": f"sqlite://{tmp_path / 'keys.sqlite3'}",
        "SITEWATCH_JWT_SECRET": "keys-test-" + "k" * 40,
        "SITEWATCH_DATA_DIR": str(tmp_path),
    }
    first = sitewatch("migrate", env=env)
    assert first.returncode == 0, first.stderr
    private, public = (
        tmp_path / "keys" / "live-ticket-private.pem",
        tmp_path / "keys" / "live-ticket-public.pem",
    )
    assert b"PRIVATE KEY" in private.read_bytes() and b"PUBLIC KEY" in public.read_bytes()
    assert private.stat().st_mode & 0o077 == 0, "the private key is readable by its owner only"
    before = private.read_bytes()
    again = sitewatch("migrate", env=env)
    assert again.returncode == 0, again.stderr
    assert private.read_bytes() == before, "a second run keeps the key (tickets already issued stay valid)"
