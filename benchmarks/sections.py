"""benchmarks/RESULTS.md is shared: run.py writes its tables first, and other
benchmarks (hostile_documents.py, first_run.py, matchmaking.py) each own one
``## `` section, which they replace in place and run.py keeps when it rewrites
the file."""

from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
# The headings (their beginning) of the sections other benchmarks own.
OWNED_ELSEWHERE = (
    "## Hostile document uploads",
    "## First run on a fresh clone",
    "## Practice matchmaking",
)


def blocks(text):
    """The text before the first ``## `` heading, then each section with its
    heading, in order."""
    parts = ("\n" + text).split("\n## ")
    return parts[0].lstrip("\n"), ["## " + part for part in parts[1:]]


def replace_section(heading, lines, path=RESULTS):
    """Put ``lines`` (starting with a heading that begins with ``heading``) in
    place of that section, or at the end; the other sections stay as they are."""
    text = path.read_text() if path.exists() else "# Benchmark results\n"
    before, sections = blocks(text)
    new = "\n".join(lines).strip("\n") + "\n"
    for i, section in enumerate(sections):
        if section.startswith(heading):
            sections[i] = new
            break
    else:
        sections.append(new)
    body = "\n".join(part.rstrip("\n") + "\n" for part in [before, *sections] if part)
    path.write_text(body)


def sections_owned_elsewhere(path=RESULTS):
    """The sections other benchmarks wrote, for run.py to keep."""
    if not path.exists():
        return ""
    _, sections = blocks(path.read_text())
    kept = [s.rstrip("\n") + "\n" for s in sections if s.startswith(OWNED_ELSEWHERE)]
    return "\n".join(kept)
