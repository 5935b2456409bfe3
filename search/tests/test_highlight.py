from search.highlight import highlight
from search.query import backend_query, clean_query, query_terms


def test_highlight_marks_words_and_escapes_everything_else():
    text = "Small <b>firms</b> & the città export programme"
    out = str(highlight(text, ["citta", "export"]))
    assert "<mark>città</mark>" in out
    assert "<mark>export</mark>" in out
    assert "&lt;b&gt;firms&lt;/b&gt; &amp;" in out
    assert "<b>" not in out


def test_highlight_cuts_a_window_around_the_first_match():
    text = "word " * 200 + "needle " + "tail " * 200
    out = str(highlight(text, ["needle"], length=120))
    assert "<mark>needle</mark>" in out
    assert out.startswith("… ") and out.endswith(" …")
    assert len(out) < 200


def test_clean_query_strips_control_characters_and_cuts():
    assert clean_query("  a\x00b\tc\n ") == "a b c"
    assert len(clean_query("x" * 5000)) == 200


def test_query_terms_drop_operators_and_quotes():
    assert query_terms('"food valley" OR (ceramics) -x AND') == [
        "food",
        "valley",
        "ceramics",
    ]
    assert backend_query("'; DROP TABLE x; --") == "drop table"
