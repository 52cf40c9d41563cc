"""Prometheus metrics shared by the backend and the gateways, and the protected ``/metrics`` endpoint.

Counters and histograms live in the process-wide default registry. Gauges that describe live state
(subscribers, queue depths, WHEP sessions, RTSP pulls) are read from the running objects when
scraped, by a collector each application registers in its own registry.

Access: ``/metrics`` is not public. With ``SITEWATCH_METRICS_TOKEN`` set it requires
``Authorization: Bearer <token>``; without it, it answers only to a peer on a loopback or private
(RFC 1918 / ULA) address that did not come through a proxy (no ``X-Forwarded-For``), i.e. the cluster network.
The proxies (topology nginx, deploy/nginx.conf) do not route ``/metrics``; through the Kubernetes
Ingress a request carries ``X-Forwarded-For``, so it needs the token.
"""

from __future__ import annotations

import hmac
import ipaddress
import os
from collections.abc import Callable, Iterable, Iterator

from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.exposition import generate_latest
from prometheus_client.registry import Collector
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

REQUEST_LATENCY = Histogram(
    "sitewatch_http_request_duration_seconds",
    "Time to answer an HTTP request, by route template, method and status.",
    ["route", "method", "status"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
WEBSOCKETS_OPEN = Gauge(
    "sitewatch_websocket_connections", "Open WebSocket connections (GraphQL subscriptions).", ["route"]
)
RECORDER_BYTES = Counter(
    "sitewatch_recorder_bytes_total",
    "Bytes of video written to recordings, by stream quality.",
    ["quality"],
)


def count_recorded_bytes(size: int, quality: str = "main") -> None:
    """The recorder calls this after each write of a segment's bytes."""
    if size > 0:
        RECORDER_BYTES.labels(quality=quality).inc(size)


Family = Callable[[], Iterable[Metric]]


class LiveStateCollector(Collector):
    """Calls the given functions at scrape time; each yields metric families built from live objects."""

    def __init__(self, families: list[Family]) -> None:
        self._families = families

    def collect(self) -> Iterator[Metric]:
        for family in self._families:
            yield from family()


def gauge(name: str, documentation: str, labels: list[str] | None = None) -> GaugeMetricFamily:
    return GaugeMetricFamily(name, documentation, labels=labels)


def metrics_token_from_env() -> str:
    return os.environ.get("SITEWATCH_METRICS_TOKEN", "")


INTERNAL_NETWORKS = tuple(
    ipaddress.ip_network(n)
    for n in ("127.0.0.0/8", "::1/128", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7")
)


def _internal_peer(request: Request) -> bool:
    if "x-forwarded-for" in request.headers or "forwarded" in request.headers:
        return False
    host = request.client.host if request.client else ""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return any(address in network for network in INTERNAL_NETWORKS)


def metrics_endpoint(token: str, live_state: CollectorRegistry) -> Callable[[Request], object]:
    async def metrics(request: Request) -> Response:
        if token:
            scheme, _, given = request.headers.get("authorization", "").partition(" ")
            if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
                return JSONResponse(
                    {
                        "error": "metrics-unauthorized",
                        "message": "send 'Authorization: Bearer <metrics token>'",
                    },
                    status_code=401,
                    headers={"WWW-Authenticate": 'Bearer realm="sitewatch-metrics"'},
                )
        elif not _internal_peer(request):
            return JSONResponse(
                {
                    "error": "metrics-forbidden",
                    "message": "metrics are served to the internal network only (or set SITEWATCH_METRICS_TOKEN)",
                },
                status_code=403,
            )
        body = generate_latest(REGISTRY) + generate_latest(live_state)
        return Response(body, media_type=CONTENT_TYPE_LATEST)

    return metrics
