"""Reading and writing intake files: .xlsx (openpyxl, read-only streaming) and CSV (UTF-8 or GB18030)."""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime

from backend.intake_import.columns import SHEET_LABELS, SHEETS, Column, header_key, header_text, sheet_of

XLSX = "xlsx"
CSV = "csv"


class UnreadableFile(ValueError):
    pass


@dataclass
class Row:
    sheet: str
    line: int
    values: dict[str, str]
    cells: dict[str, str]  # column key → cell reference ("C7") for xlsx, or the header text for CSV


@dataclass
class ParsedFile:
    rows: list[Row] = field(default_factory=list)
    missing_columns: list[tuple[str, Column]] = field(default_factory=list)
    sheets: list[str] = field(default_factory=list)


def sniff(head: bytes) -> str | None:
    """The file's type from its bytes (never from its name): an OOXML workbook or text CSV."""
    if head.startswith(b"PK\x03\x04"):
        return XLSX
    if b"\x00" in head:
        return None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            head.decode(encoding)
        except UnicodeDecodeError:
            # a multi-byte character may be cut at the end of the head
            try:
                head[:-3].decode(encoding)
            except UnicodeDecodeError:
                continue
        return CSV
    return None


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value).strip()


def read_xlsx(data: bytes) -> ParsedFile:
    from openpyxl import load_workbook  # imported when used: keeps the backend's start-up fast
    from openpyxl.utils import get_column_letter

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
                raise UnreadableFile("not an Excel workbook")
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError) as exc:
        raise UnreadableFile("not an Excel workbook") from exc
    parsed = ParsedFile()
    try:
        for worksheet in workbook.worksheets:
            sheet = sheet_of(worksheet.title)
            if sheet is None:
                continue
            parsed.sheets.append(sheet)
            columns = SHEETS[sheet]
            keys: dict[int, str] = {}
            for line, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
                if line == 1:
                    for index, value in enumerate(values):
                        key = header_key(_cell_text(value), columns)
                        if key is not None and key not in keys.values():
                            keys[index] = key
                    parsed.missing_columns += [
                        (sheet, c) for c in columns if c.required and c.key not in keys.values()
                    ]
                    continue
                texts = {
                    key: _cell_text(values[index]) if index < len(values) else ""
                    for index, key in keys.items()
                }
                if not any(texts.values()):
                    continue
                parsed.rows.append(
                    Row(
                        sheet,
                        line,
                        texts,
                        {key: f"{get_column_letter(index + 1)}{line}" for index, key in keys.items()},
                    )
                )
    finally:
        workbook.close()
    return parsed


def read_csv(data: bytes) -> ParsedFile:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise UnreadableFile("the CSV file is neither UTF-8 nor GB18030")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration as exc:
        raise UnreadableFile("the CSV file is empty") from exc
    except csv.Error as exc:
        raise UnreadableFile(f"the CSV file cannot be read: {exc}") from exc
    # One sheet per CSV file: cameras when the header has a serial column, else projects.
    sheet = "cameras" if header_key_any(header, "cameras", "serial") else "projects"
    columns = SHEETS[sheet]
    keys = {index: key for index, cell in enumerate(header) if (key := header_key(cell, columns)) is not None}
    parsed = ParsedFile(sheets=[sheet])
    parsed.missing_columns = [(sheet, c) for c in columns if c.required and c.key not in keys.values()]
    try:
        for values in reader:
            line = reader.line_num
            texts = {key: values[index].strip() if index < len(values) else "" for index, key in keys.items()}
            if not any(texts.values()):
                continue
            parsed.rows.append(Row(sheet, line, texts, {key: header[index] for index, key in keys.items()}))
    except csv.Error as exc:
        raise UnreadableFile(f"the CSV file cannot be read at line {reader.line_num}: {exc}") from exc
    return parsed


def header_key_any(header: list[str], sheet: str, key: str) -> bool:
    return any(header_key(cell, SHEETS[sheet]) == key for cell in header)


def read_file(data: bytes) -> ParsedFile:
    kind = sniff(data[:4096])
    if kind == XLSX:
        return read_xlsx(data)
    if kind == CSV:
        return read_csv(data)
    raise UnreadableFile("unsupported file type: upload .xlsx or .csv")


def template_xlsx() -> bytes:
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    first = True
    for sheet, columns in SHEETS.items():
        worksheet = workbook.active if first else workbook.create_sheet()
        first = False
        assert worksheet is not None
        worksheet.title = SHEET_LABELS[sheet]
        worksheet.append([header_text(c) for c in columns])
        worksheet.append([c.example for c in columns])
        for index, column in enumerate(columns, start=1):
            worksheet.column_dimensions[get_column_letter(index)].width = max(
                14, len(header_text(column)) + 4
            )
        worksheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def template_csv(sheet: str) -> bytes:
    columns = SHEETS[sheet]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([header_text(c) for c in columns])
    writer.writerow([c.example for c in columns])
    return ("\ufeff" + buffer.getvalue()).encode()  # BOM: Excel opens UTF-8 CSV correctly


def write_xlsx(sheets: dict[str, list[dict[str, str]]]) -> bytes:
    """A workbook in the template's layout (tests and benchmarks build their files with it)."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    for sheet, rows in sheets.items():
        worksheet = workbook.create_sheet(SHEET_LABELS[sheet])
        columns = SHEETS[sheet]
        worksheet.append([header_text(c) for c in columns])
        for row in rows:
            worksheet.append([row.get(c.key, "") for c in columns])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def parsed_from_rows(sheets: dict[str, list[dict[str, str]]]) -> ParsedFile:
    """Rows already in memory, numbered as in a workbook (the demo seed imports its register this way)."""
    parsed = ParsedFile(sheets=list(sheets))
    for sheet, rows in sheets.items():
        keys = [c.key for c in SHEETS[sheet]]
        for index, row in enumerate(rows):
            line = index + 2
            parsed.rows.append(
                Row(
                    sheet,
                    line,
                    {key: row.get(key, "") for key in keys},
                    {key: f"{sheet}!{key}{line}" for key in keys},
                )
            )
    return parsed
