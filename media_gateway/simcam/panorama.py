"""Procedural panorama of a building site, written as a PNG with the standard library only.

The simulated cameras show a viewport into this picture, so pan/tilt/zoom change what is seen.
It must run under Debian's /usr/bin/python3 (no third-party packages), hence no numpy/Pillow:
every shape is drawn as horizontal spans assigned into per-row bytearrays.
"""

from __future__ import annotations

import os
import random
import struct
import tempfile
import zlib
from pathlib import Path

PANORAMA_WIDTH = 3840
PANORAMA_HEIGHT = 1080
_VERSION = 3

Color = tuple[int, int, int]


class Canvas:
    def __init__(self, width: int, height: int) -> None:
        self.width = width
        self.height = height
        self.rows = [bytearray(width * 3) for _ in range(height)]

    def span(self, y: int, x0: int, x1: int, color: Color) -> None:
        if not 0 <= y < self.height:
            return
        x0, x1 = max(0, x0), min(self.width, x1)
        if x1 > x0:
            self.rows[y][x0 * 3 : x1 * 3] = bytes(color) * (x1 - x0)

    def rect(self, x0: int, y0: int, x1: int, y1: int, color: Color) -> None:
        for y in range(max(0, y0), min(self.height, y1)):
            self.span(y, x0, x1, color)

    def frame(self, x0: int, y0: int, x1: int, y1: int, thickness: int, color: Color) -> None:
        self.rect(x0, y0, x1, y0 + thickness, color)
        self.rect(x0, y1 - thickness, x1, y1, color)
        self.rect(x0, y0, x0 + thickness, y1, color)
        self.rect(x1 - thickness, y0, x1, y1, color)

    def triangle_up(self, cx: int, base_y: int, half_width: int, height: int, color: Color) -> None:
        for dy in range(height):
            w = half_width * (height - dy) // height
            self.span(base_y - dy, cx - w, cx + w, color)

    def line(self, x0: int, y0: int, x1: int, y1: int, thickness: int, color: Color) -> None:
        steps = max(abs(x1 - x0), abs(y1 - y0), 1)
        half = thickness // 2
        for i in range(steps + 1):
            x = x0 + (x1 - x0) * i // steps
            y = y0 + (y1 - y0) * i // steps
            for yy in range(y - half, y - half + thickness):
                self.span(yy, x - half, x - half + thickness, color)

    def png_bytes(self) -> bytes:
        raw = b"".join(b"\x00" + bytes(row) for row in self.rows)

        def chunk(kind: bytes, data: bytes) -> bytes:
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        return (
            b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 1))
            + chunk(b"IEND", b"")
        )


def _sky_and_ground(canvas: Canvas, horizon: int) -> None:
    for y in range(canvas.height):
        if y < horizon:
            t = y / horizon
            color = (int(90 + 90 * t), int(150 + 70 * t), int(220 + 25 * t))
        else:
            t = (y - horizon) / (canvas.height - horizon)
            color = (int(150 - 40 * t), int(120 - 35 * t), int(85 - 25 * t))
        canvas.span(y, 0, canvas.width, color)


def _distant_hills(canvas: Canvas, horizon: int, rng: random.Random) -> None:
    x = 0
    while x < canvas.width:
        half = rng.randint(200, 420)
        canvas.triangle_up(x + half, horizon, half, rng.randint(60, 160), (105, 135, 120))
        x += half + rng.randint(-80, 120)


def _concrete_frame_building(
    canvas: Canvas, x0: int, ground: int, floors: int, bays: int, rng: random.Random
) -> None:
    floor_h, bay_w = 70, 90
    x1 = x0 + bays * bay_w
    top = ground - floors * floor_h
    finished_floors = rng.randint(1, floors - 1)
    for f in range(floors):
        y_low = ground - f * floor_h
        if f < finished_floors:
            canvas.rect(x0, y_low - floor_h, x1, y_low, (200, 196, 186))
            for b in range(bays):
                lit = rng.random() < 0.3
                canvas.rect(
                    x0 + b * bay_w + 18,
                    y_low - floor_h + 16,
                    x0 + (b + 1) * bay_w - 18,
                    y_low - 14,
                    (240, 220, 140) if lit else (60, 80, 100),
                )
        canvas.rect(x0 - 6, y_low - 12, x1 + 6, y_low, (150, 150, 150))  # slab edge
    for b in range(bays + 1):
        canvas.rect(x0 + b * bay_w - 6, top, x0 + b * bay_w + 6, ground, (120, 120, 118))
    for b in range(bays + 1):  # rebar sticking out of the top columns
        for k in range(3):
            canvas.rect(x0 + b * bay_w - 5 + 4 * k, top - 30, x0 + b * bay_w - 3 + 4 * k, top, (90, 60, 40))
    # scaffolding on the left face
    for y in range(top, ground, 35):
        canvas.rect(x0 - 60, y, x0 - 6, y + 4, (70, 90, 160))
    for x in (x0 - 60, x0 - 33):
        canvas.rect(x, top, x + 4, ground, (70, 90, 160))


def _tower_crane(
    canvas: Canvas, mast_x: int, ground: int, height: int, jib_left: int, jib_right: int
) -> None:
    yellow, dark = (240, 190, 20), (60, 50, 20)
    top = ground - height
    canvas.frame(mast_x - 20, top, mast_x + 20, ground, 5, yellow)
    for y in range(top, ground - 40, 40):
        canvas.line(mast_x - 18, y, mast_x + 18, y + 40, 4, yellow)
    canvas.rect(mast_x - jib_left, top - 22, mast_x + jib_right, top, yellow)
    for x in range(mast_x - jib_left, mast_x + jib_right, 36):
        canvas.line(x, top - 22, x + 18, top, 3, dark)
    canvas.rect(mast_x - 24, top - 90, mast_x + 24, top - 22, yellow)  # apex
    canvas.line(mast_x, top - 90, mast_x + jib_right - 40, top - 22, 3, dark)
    canvas.line(mast_x, top - 90, mast_x - jib_left + 20, top - 22, 3, dark)
    canvas.rect(
        mast_x - jib_left, top - 10, mast_x - jib_left + 90, top + 50, (110, 110, 110)
    )  # counterweight
    canvas.rect(mast_x + 8, top + 2, mast_x + 52, top + 40, (230, 230, 230))  # cab
    hook_x = mast_x + jib_right * 2 // 3
    canvas.rect(hook_x - 2, top, hook_x + 2, top + 260, dark)
    canvas.rect(hook_x - 60, top + 260, hook_x + 60, top + 300, (180, 80, 40))  # load: bundle of beams


def _site_ground_details(canvas: Canvas, ground: int, rng: random.Random) -> None:
    h = canvas.height
    for x in range(0, canvas.width, 64):  # hoarding fence
        canvas.rect(x, h - 170, x + 60, h - 110, (30, 110, 60) if (x // 64) % 2 else (240, 240, 235))
    for _ in range(14):  # shipping containers / site offices
        x = rng.randint(0, canvas.width - 260)
        y = rng.randint(ground + 30, ground + 110)
        color = rng.choice([(40, 90, 160), (180, 60, 40), (230, 140, 30), (90, 90, 95)])
        canvas.rect(x, y, x + 240, y + 90, color)
        for k in range(x + 10, x + 240, 20):
            canvas.rect(k, y + 6, k + 6, y + 84, tuple(max(0, c - 35) for c in color))  # type: ignore[arg-type]
    for _ in range(40):  # traffic cones
        x = rng.randint(0, canvas.width)
        y = rng.randint(ground + 140, h - 180)
        canvas.triangle_up(x, y, 12, 34, (250, 110, 20))
        canvas.rect(x - 8, y - 18, x + 8, y - 12, (250, 250, 250))
    for _ in range(6):  # piles of material
        x = rng.randint(0, canvas.width)
        canvas.triangle_up(x, h - 180, rng.randint(90, 160), rng.randint(50, 90), (170, 150, 120))
    for x in range(200, canvas.width, 700):  # excavators
        y = h - 200
        canvas.rect(x, y - 70, x + 160, y - 10, (235, 170, 20))
        canvas.rect(x + 100, y - 120, x + 160, y - 70, (40, 40, 45))
        canvas.rect(x - 10, y - 10, x + 170, y + 14, (30, 30, 30))
        canvas.line(x + 20, y - 60, x - 120, y - 170, 14, (235, 170, 20))
        canvas.line(x - 120, y - 170, x - 180, y - 40, 12, (235, 170, 20))
    for x in range(0, canvas.width, 480):  # survey grid posts, each a different colour band
        band = ((x // 480) * 47 % 200 + 40, (x // 480) * 91 % 200 + 40, (x // 480) * 13 % 200 + 40)
        canvas.rect(x + 10, ground - 40, x + 22, ground + 60, band)


def render_panorama() -> bytes:
    rng = random.Random(20240601)
    canvas = Canvas(PANORAMA_WIDTH, PANORAMA_HEIGHT)
    horizon = 560
    _sky_and_ground(canvas, horizon)
    _distant_hills(canvas, horizon, rng)
    for x0, floors, bays in ((300, 6, 6), (1250, 8, 5), (2150, 4, 9), (3250, 7, 5)):
        _concrete_frame_building(canvas, x0, horizon + 120, floors, bays, rng)
    _tower_crane(canvas, 1050, horizon + 120, 560, 260, 720)
    _tower_crane(canvas, 2900, horizon + 120, 470, 200, 560)
    _site_ground_details(canvas, horizon + 120, rng)
    return canvas.png_bytes()


def panorama_path(cache_dir: Path | None = None) -> Path:
    """Return the path of the panorama PNG, rendering it once per version into the cache directory."""
    directory = cache_dir or Path(tempfile.gettempdir())
    path = directory / f"sitewatch-simcam-panorama-v{_VERSION}.png"
    if not path.exists():
        fd, tmp_name = tempfile.mkstemp(dir=directory, suffix=".png.tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(render_panorama())
        os.replace(tmp_name, path)
    return path
