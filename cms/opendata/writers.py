"""CSV, JSON and XLSX writers that never hold a whole export in memory.

Rows come from ``queryset.iterator(chunk_size=...)`` (prefetches run per chunk), so
the process holds one chunk of objects at a time. CSV and JSON are streamed to the
client as they are produced; XLSX is written by openpyxl in write-only mode to a
temporary file (a zip archive cannot be streamed before it is complete), which is
then sent from disk.
"""

import csv
import json
import tempfile

from django.conf import settings
from django.http import FileResponse, StreamingHttpResponse
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from cms.csvsafe import safe_cell

from .datasets import DECIMAL, INTEGER

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def chunk_size():
    return getattr(settings, "OPENDATA_CHUNK_SIZE", 1000)


def iter_rows(dataset, queryset, context):
    if hasattr(queryset, "iterator"):
        queryset = queryset.iterator(chunk_size=chunk_size())
    for obj in queryset:
        yield dataset.row(obj, context)


class _Echo:
    """A file-like object whose write() returns the line, for csv.writer."""

    def write(self, value):
        return value


def csv_chunks(dataset, rows):
    writer = csv.writer(_Echo())
    columns = dataset.columns
    yield writer.writerow([column.name for column in columns])
    for row in rows:
        # Formula-safe (cms/csvsafe.py): text a visitor or editor typed never
        # runs as a spreadsheet formula; numbers stay numbers.
        yield writer.writerow(
            [safe_cell(column.flat_value(row[column.name])) for column in columns]
        )


def json_chunks(dataset, rows):
    """A JSON array, one object per row, written as the rows come."""
    yield "["
    separator = "\n"
    for row in rows:
        yield separator + json.dumps(row, ensure_ascii=False)
        separator = ",\n"
    yield "\n]\n"


def xlsx_cell_value(column, value):
    value = column.flat_value(value)
    if value == "" or value is None:
        return None
    if column.kind == INTEGER:
        return value
    if column.kind == DECIMAL:
        return float(value)
    return ILLEGAL_CHARACTERS_RE.sub("", str(value))


def write_xlsx(dataset, rows, target):
    """Write the rows to ``target`` (a path or a binary file)."""
    workbook = Workbook(write_only=True)
    # The tab's name is in the export's language (the request's).
    title = str(dataset.sheet_title or dataset.slug)[:31]
    sheet = workbook.create_sheet(title=title)
    columns = dataset.columns
    sheet.append([column.name for column in columns])
    for row in rows:
        cells = []
        for column in columns:
            cell = WriteOnlyCell(sheet, value=xlsx_cell_value(column, row[column.name]))
            if isinstance(cell.value, str):
                # Text is text: "=SUM(...)" in a title must never become a formula.
                cell.data_type = "s"
            cells.append(cell)
        sheet.append(cells)
    workbook.save(target)


def response_for(dataset, rows, fmt, filename):
    if fmt == "csv":
        response = StreamingHttpResponse(
            csv_chunks(dataset, rows), content_type=FORMATS["csv"]
        )
    elif fmt == "json":
        response = StreamingHttpResponse(
            json_chunks(dataset, rows), content_type=FORMATS["json"]
        )
    elif fmt == "xlsx":
        handle = tempfile.TemporaryFile(suffix=".xlsx")
        write_xlsx(dataset, rows, handle)
        handle.seek(0)
        # FileResponse streams the file in blocks and closes (so deletes) it.
        return FileResponse(
            handle,
            as_attachment=True,
            filename=filename,
            content_type=FORMATS["xlsx"],
        )
    else:
        raise ValueError(fmt)
    disposition = "attachment" if fmt == "csv" else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response
