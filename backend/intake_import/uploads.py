"""Uploaded import files wait under ``$SITEWATCH_DATA_DIR/intake-uploads`` for a dry run and a commit
(by the same user, within an hour): the browser uploads once and the GraphQL mutation names the upload."""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

from backend.graphql_core.input_errors import InputRefused
from backend.intake_import.files import sniff
from backend.settings import Settings

UPLOAD_TTL_SECONDS = 3600
_UPLOAD_ID = re.compile(r"^[0-9a-f]{32}$")


@dataclass(frozen=True)
class StoredUpload:
    upload_id: str
    file_type: str
    filename: str
    size_bytes: int


def upload_dir(settings: Settings) -> Path:
    path = settings.data_dir / "intake-uploads"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _sweep(directory: Path) -> None:
    cutoff = time.time() - UPLOAD_TTL_SECONDS
    for path in directory.iterdir():
        if path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)


async def store(
    settings: Settings, user_id: int, filename: str, chunks: AsyncIterator[bytes]
) -> StoredUpload:
    directory = upload_dir(settings)
    _sweep(directory)
    buffer = bytearray()
    async for chunk in chunks:
        buffer += chunk
        if len(buffer) > settings.import_max_bytes:
            raise InputRefused(
                "FILE_TOO_LARGE",
                f"文件超过 {settings.import_max_bytes} 字节 / The file exceeds {settings.import_max_bytes} bytes",
            )
    if not buffer:
        raise InputRefused("EMPTY_FILE", "文件为空 / The file is empty")
    file_type = sniff(bytes(buffer[:4096]))
    if file_type is None:
        raise InputRefused("UNSUPPORTED_FILE_TYPE", "仅支持 .xlsx 或 .csv / Upload an .xlsx or .csv file")
    upload_id = uuid.uuid4().hex
    (directory / upload_id).write_bytes(bytes(buffer))
    name = filename[:255]
    meta = {"user": user_id, "type": file_type, "filename": name, "size": len(buffer)}
    (directory / f"{upload_id}.json").write_text(json.dumps(meta))
    return StoredUpload(upload_id, file_type, name, len(buffer))


def load(settings: Settings, user_id: int, upload_id: str) -> bytes:
    directory = upload_dir(settings)
    if not _UPLOAD_ID.match(upload_id):
        raise InputRefused(
            "UPLOAD_NOT_FOUND", "上传的文件不存在或已过期 / No such upload (expired?)", "input.uploadId"
        )
    meta_path = directory / f"{upload_id}.json"
    data_path = directory / upload_id
    if not meta_path.exists() or not data_path.exists():
        raise InputRefused(
            "UPLOAD_NOT_FOUND", "上传的文件不存在或已过期 / No such upload (expired?)", "input.uploadId"
        )
    meta = json.loads(meta_path.read_text())
    if meta.get("user") != user_id or data_path.stat().st_mtime < time.time() - UPLOAD_TTL_SECONDS:
        raise InputRefused(
            "UPLOAD_NOT_FOUND", "上传的文件不存在或已过期 / No such upload (expired?)", "input.uploadId"
        )
    return data_path.read_bytes()
