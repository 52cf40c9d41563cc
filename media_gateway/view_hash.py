"""Art. 16 tamper and view-moved detection, gateway side: a 64-bit perceptual hash (imagehash's
pHash) of a camera's keyframe, reported with health. The backend compares it with the camera's
reference view; a covered lens or a turned camera changes it, ordinary scene motion barely does."""

from __future__ import annotations

import av
import imagehash


def view_hash(keyframe: bytes) -> str:
    """The pHash of an IDR access unit (with SPS/PPS), as 16 hex digits. Blocking: run in a thread."""
    decoder = av.CodecContext.create("h264", "r")
    frames = list(decoder.decode(av.Packet(keyframe))) + list(decoder.decode(None))
    if not frames:
        raise ValueError("keyframe did not decode")
    thumbnail = frames[0].to_image().convert("L").resize((320, 180))
    return str(imagehash.phash(thumbnail))
