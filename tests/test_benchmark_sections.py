"""benchmarks/RESULTS.md is shared by several benchmarks: rewriting one section
keeps every other (hostile_documents.py used to drop those after its own)."""

from benchmarks.sections import replace_section, sections_owned_elsewhere

RESULTS = """# Benchmark results

| page | req/s |
|---|---:|
| home | 130 |

## Hostile document uploads

old hostile

## First run on a fresh clone

first run

## Practice matchmaking: the demo

demo figures

## Practice matchmaking: 10,000 generated practices

generated figures
"""


def test_a_section_is_replaced_in_place_and_the_others_stay(tmp_path):
    path = tmp_path / "RESULTS.md"
    path.write_text(RESULTS)
    replace_section(
        "## Hostile document uploads", ["## Hostile document uploads", "", "new"], path
    )
    text = path.read_text()
    assert "old hostile" not in text
    assert text.index("| home | 130 |") < text.index("new") < text.index("first run")
    assert "demo figures" in text and "generated figures" in text
    # A heading is matched whole: the demo's matchmaking section leaves the other.
    replace_section(
        "## Practice matchmaking: the demo",
        ["## Practice matchmaking: the demo", "", "demo again"],
        path,
    )
    text = path.read_text()
    assert "demo again" in text and "generated figures" in text
    assert "demo figures" not in text


def test_a_new_section_goes_at_the_end(tmp_path):
    path = tmp_path / "RESULTS.md"
    path.write_text(RESULTS)
    replace_section("## Something new", ["## Something new", "", "x"], path)
    assert path.read_text().rstrip().endswith("## Something new\n\nx")


def test_run_keeps_what_the_other_benchmarks_wrote(tmp_path):
    path = tmp_path / "RESULTS.md"
    path.write_text(RESULTS)
    kept = sections_owned_elsewhere(path)
    assert "| home |" not in kept
    for text in ("old hostile", "first run", "demo figures", "generated figures"):
        assert text in kept
