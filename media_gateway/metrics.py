"""The gateway's live-state metrics, read from the running objects at scrape time."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from backend.observability.metrics import Family, gauge

if TYPE_CHECKING:
    from media_gateway.app import Gateway


def gateway_families(gateway: Gateway) -> list[Family]:
    def families() -> list[Any]:
        sessions = gauge("sitewatch_gateway_whep_sessions", "Open WHEP viewer sessions.")
        sessions.add_metric([], len(gateway.sessions.sessions))
        pulls = gauge("sitewatch_gateway_rtsp_pulls", "RTSP pulls open, by stream quality.", ["quality"])
        viewers = gauge("sitewatch_gateway_viewers", "Viewer queues attached to camera streams.", ["quality"])
        queued = gauge(
            "sitewatch_gateway_viewer_queue_depth",
            "Access units waiting in viewer queues, summed.",
            ["quality"],
        )
        deepest = gauge("sitewatch_gateway_viewer_queue_depth_max", "The deepest viewer queue.", ["quality"])
        transcoders = gauge(
            "sitewatch_gateway_transcoders", "Transcoders running (one per transcoded stream)."
        )
        totals: dict[str, list[int]] = {}
        running_transcoders = 0
        for (_camera, quality), source in list(gateway.registry.sources.items()):
            row = totals.setdefault(str(quality).lower(), [0, 0, 0, 0])
            row[0] += 1 if source.pulling else 0
            depths = [subscriber.queue.qsize() for subscriber in list(source.subscribers)]
            row[1] += len(depths)
            row[2] += sum(depths)
            row[3] = max(row[3], max(depths, default=0))
            running_transcoders += 1 if getattr(source, "transcoder", None) is not None else 0
        for quality_name, (pulling, attached, depth, largest) in totals.items():
            pulls.add_metric([quality_name], pulling)
            viewers.add_metric([quality_name], attached)
            queued.add_metric([quality_name], depth)
            deepest.add_metric([quality_name], largest)
        transcoders.add_metric([], running_transcoders)
        cameras = gauge(
            "sitewatch_gateway_cameras", "Cameras this gateway serves, by reported status.", ["status"]
        )
        by_status: dict[str, int] = {}
        for camera in gateway.health.report().get("cameras", []):
            status = str(camera.get("state", "UNKNOWN"))
            by_status[status] = by_status.get(status, 0) + 1
        for status, count in by_status.items():
            cameras.add_metric([status], count)
        return [sessions, pulls, viewers, queued, deepest, transcoders, cameras]

    return [families]
