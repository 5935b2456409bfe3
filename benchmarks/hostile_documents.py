"""Peak memory and time of text extraction for hostile uploads (issue 15).

    .venv/bin/python benchmarks/hostile_documents.py [--write]

Builds each file of ``cms/tests/hostile_files.py`` in memory, then reads its text
with ``cms.documents.extraction.extract_text`` twice: once for the time (plain),
once under tracemalloc for the peak of Python allocations. Prints a Markdown
table; with ``--write`` it also replaces its section at the end of
benchmarks/RESULTS.md (which benchmarks/run.py keeps when it rewrites the file).
"""

import os
import platform
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")

from benchmarks.sections import replace_section  # noqa: E402
from cms.documents.extraction import ExtractionError, extract_text  # noqa: E402
from cms.tests.hostile_files import HOSTILE  # noqa: E402


def read(data, extension):
    try:
        text = extract_text(data, extension)
    except ExtractionError as error:
        return f"refused: {error}"
    return f"{len(text):,} characters read"


SECTION = "## Hostile document uploads"


def table():
    lines = [
        "| file | size | time | peak Python memory | outcome |",
        "|---|---|---|---|---|",
    ]
    for name, build in HOSTILE.items():
        data = build()
        extension = name.rsplit(".", 1)[1]
        started = time.perf_counter()
        outcome = read(data, extension)
        elapsed = time.perf_counter() - started
        tracemalloc.start()
        read(data, extension)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        lines.append(
            f"| {name} | {len(data):,} B | {elapsed:.2f} s | "
            f"{peak / 1024 / 1024:.1f} MB | {outcome} |"
        )
    return lines


def main():
    lines = table()
    print("\n".join(lines))
    if "--write" not in sys.argv:
        return
    section = [
        SECTION,
        "",
        "Written by `benchmarks/hostile_documents.py --write`: text extraction "
        "(`cms/documents/extraction.py`) of the files in `cms/tests/hostile_files.py`, "
        "in-process; time of one read, and peak of Python allocations "
        "(tracemalloc) during a second read. Before the limits (issue 15), a "
        "538-byte ODT of this kind allocated about 850 MB, the 200 MB-of-XML "
        'DOCX took 11 s, and the nested spans and `text:c="abc"` gave a 500.',
        "",
        f"- date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        f"- machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        "",
        *lines,
        "",
    ]
    replace_section(SECTION, section)


if __name__ == "__main__":
    main()
