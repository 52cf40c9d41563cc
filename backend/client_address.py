"""The client's address: the TCP peer, unless that peer is one of the configured proxies
(``SITEWATCH_TRUSTED_PROXIES``), in which case ``X-Forwarded-For`` is read from the right,
skipping our own proxies. A forwarded header from anyone else is ignored: it would let a caller
reset its login limit and forge the address in the audit and Art. 10 access logs."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass

from starlette.requests import HTTPConnection

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_proxies(raw: str) -> tuple[Network, ...]:
    """``"10.0.0.5, 10.1.0.0/16"`` → networks; a bad entry refuses to start."""
    networks = []
    for item in raw.split(","):
        item = item.strip()
        if not item:
            continue
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError as exc:
            raise RuntimeError(f"SITEWATCH_TRUSTED_PROXIES: {item!r} is not an address or network") from exc
    return tuple(networks)


@dataclass(frozen=True)
class TrustedProxies:
    networks: tuple[Network, ...] = ()

    def trusts(self, address: str) -> bool:
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            return False
        return any(ip in network for network in self.networks)

    def client_of(self, peer: str, forwarded_for: Iterable[str]) -> str:
        if not self.trusts(peer):
            return peer
        hops = [hop.strip() for value in forwarded_for for hop in value.split(",") if hop.strip()]
        for hop in reversed(hops):
            if not self.trusts(hop):
                try:
                    return str(ipaddress.ip_address(hop))
                except ValueError:
                    return peer  # garbage from beyond our proxies: keep the address we know
        return hops[0] if hops else peer


def client_address(connection: HTTPConnection, proxies: TrustedProxies) -> str:
    peer = connection.client.host if connection.client else ""
    return proxies.client_of(peer, connection.headers.getlist("x-forwarded-for"))
