"""The gateway's cameras: configuration from the directory and one ``StreamSource`` per camera stream."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable

from media_gateway.directory import CameraConfig, Directory
from media_gateway.recorder import Recorder
from media_gateway.sources import Quality, StreamSource

logger = logging.getLogger(__name__)

DIRECTORY_REFRESH_SECONDS = 60.0
UNKNOWN_CAMERA_REFRESH_MIN_SECONDS = 2.0
REGISTER_EVERY_SECONDS = 30.0


class CameraRegistry:
    def __init__(
        self,
        directory: Directory,
        idle_close_seconds: float,
        on_change: Callable[[StreamSource], None] | None = None,
    ) -> None:
        self.directory = directory
        self.idle_close_seconds = idle_close_seconds
        self.configs: dict[str, CameraConfig] = {}
        self.sources: dict[tuple[str, Quality], StreamSource] = {}
        self.on_change = on_change
        self.recorder: Recorder | None = None
        self._last_refresh = 0.0
        self._refresh_lock = asyncio.Lock()
        self._tasks: list[asyncio.Task[None]] = []

    async def start(self) -> None:
        # Register first: the backend lists no cameras for a gateway it does not know yet.
        registered = True
        try:
            await self.directory.register()
        except Exception as error:
            registered = False
            logger.warning("registration with the backend failed: %s", error)
        with contextlib.suppress(Exception):
            await self.refresh()
        self._tasks = [
            asyncio.create_task(self._refresh_forever(), name="directory refresh"),
            asyncio.create_task(self._register_forever(registered), name="gateway registration"),
        ]

    async def close(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await asyncio.gather(*(source.close() for source in self.sources.values()))
        self.sources.clear()

    async def refresh(self) -> None:
        async with self._refresh_lock:
            self._last_refresh = time.monotonic()
            configs = await self.directory.cameras()
            for key, source in list(self.sources.items()):
                camera_id, quality = key
                config = configs.get(camera_id)
                if config is None or self.url_of(config, quality) != source.url:
                    logger.info("camera %s %s removed or moved; closing its pull", camera_id, quality)
                    del self.sources[key]
                    await source.close()
                elif config.transcode and not source.transcoding:
                    # the reader switches at its next access unit; detected transcoding is never undone
                    source.transcoding, source.transcode_reason = True, "directory"
            self.configs = configs
            self.sync_recording()

    def sync_recording(self) -> None:
        """Pin the recorded camera streams (permanent pull, recorder sink attached); unpin the others."""
        recorder = self.recorder
        if recorder is None:
            return
        wanted = {
            (config.id, Quality.SUB if config.record_stream == "sub" else Quality.MAIN): config
            for config in self.configs.values()
            if config.record
        }
        for (camera_id, quality), source in self.sources.items():
            if source.pinned and (camera_id, quality) not in wanted:
                logger.info("camera %s %s is no longer recorded", camera_id, quality)
                source.unpin()
                recorder.detach(camera_id, quality.value.lower())
        for (camera_id, quality), config in wanted.items():
            source = self.source(config, quality)
            if not source.pinned:
                source.pin(recorder.sink(camera_id, quality.value.lower()))

    async def find(self, camera_id: str) -> CameraConfig | None:
        """The camera's configuration, asking the directory again (rate-limited) for an unknown id."""
        config = self.configs.get(camera_id)
        if config is None and time.monotonic() - self._last_refresh >= UNKNOWN_CAMERA_REFRESH_MIN_SECONDS:
            try:
                await self.refresh()
            except Exception as error:
                logger.warning("directory refresh failed: %s", error)
            config = self.configs.get(camera_id)
        return config

    def source(self, config: CameraConfig, quality: Quality) -> StreamSource:
        key = (config.id, quality)
        source = self.sources.get(key)
        if source is None:
            source = StreamSource(
                config.id,
                quality,
                self.url_of(config, quality),
                self.idle_close_seconds,
                self.on_change,
                transcode=config.transcode,
            )
            self.sources[key] = source
        return source

    @staticmethod
    def url_of(config: CameraConfig, quality: Quality) -> str:
        return config.main_url if quality is Quality.MAIN else config.sub_url

    async def _refresh_forever(self) -> None:
        while True:
            await asyncio.sleep(DIRECTORY_REFRESH_SECONDS)
            try:
                await self.refresh()
            except Exception as error:
                logger.warning("directory refresh failed: %s", error)

    async def _register_forever(self, registered: bool) -> None:
        # Until the backend has answered once (it may start after the gateway), retry within seconds.
        retry = 1.0
        while True:
            await asyncio.sleep(REGISTER_EVERY_SECONDS if registered else retry)
            try:
                await self.directory.register()
            except Exception as error:
                registered = False
                retry = min(retry * 2, REGISTER_EVERY_SECONDS)
                logger.warning("registration with the backend failed: %s", error)
                continue
            if not registered:
                registered, retry = True, 1.0
                try:
                    await self.refresh()  # the list fetched before registering was empty or failed
                except Exception as error:
                    logger.warning("directory refresh failed: %s", error)
