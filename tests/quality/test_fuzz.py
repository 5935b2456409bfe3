"""Hostile input on every public URL and form: never a 500, never reflected raw.

The URLs come from walking the page tree and following the links the pages print;
the forms are parsed from the pages' HTML. Every URL gets a fixed set of hostile
queries; one URL per page type gets the whole hostile corpus; then Hypothesis
explores at random over all of them (HYPOTHESIS_PROFILE=thorough for a long run).
"""

import itertools
from urllib.parse import quote, quote_from_bytes, urlencode

import pytest
from django.test import Client
from hypothesis import given
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

# If any of these comes back unescaped in an HTML answer, input is reflected raw.
MARKERS = ("<fz-", '"fz-attr', "'fz-attr")


def marked(text=""):
    return f"{text}<fz-tag data-x=1>\"fz-attr='fz-attr</fz-tag>"


HOSTILE = [
    "",
    " ",
    "'",
    '"',
    "\\",
    "%",
    "%%20",
    "' OR '1'='1",
    "1; DROP TABLE wagtailcore_page; --",
    "1 UNION SELECT password FROM auth_user",
    "<script>alert(1)</script>",
    marked('"><svg onload=alert(1)>'),
    marked("javascript:alert(1)//"),
    "{{ 7|add:7 }}{% debug %}",
    "${7*7}#{7*7}",
    "../../../../etc/passwd",
    "\x00",
    "\x00\x01\x02\x1b[31m\x7f",
    "\r\nSet-Cookie: hacked=1",
    "\u202e\u200b\ufeff",
    "0",
    "-1",
    "-0",
    "1.5",
    "1e308",
    "NaN",
    "Infinity",
    "0x1F",
    "99999999999999999999999999999999",
    "2026-02-30",
    "2026-13-01",
    "0000-00-00",
    "9999-12-31T25:61:61",
    "31/12/2026",
    "true",
    "null",
    "[]",
    "{}",
    "a" * 5000,
    "é" * 1000,
    "\U0001d54f" * 500,
]

COMMON_NAMES = [
    "page",
    "q",
    "query",
    "search",
    "sort",
    "order",
    "region",
    "country",
    "language",
    "type",
    "category",
    "tag",
    "pillar",
    "year",
    "date",
    "from",
    "to",
    "format",
    "per_page",
    "next",
    "id",
]

NON_UTF8 = [b"\xff\xfe\xfd", b"\xc3\x28", b"\xed\xa0\x80", b"\x80abc", b"%\xe2\x82"]


def assert_safe(response, what):
    assert response.status_code < 500, f"{what}: HTTP {response.status_code}"
    if response.get("Content-Type", "").startswith("text/html"):
        body = response.content.decode(errors="replace")
        for marker in MARKERS:
            assert marker not in body, f"{what}: input reflected unescaped"


@pytest.fixture
def client():
    # Exceptions propagate, so a failure shows the traceback, not just a 500.
    return Client(raise_request_exception=True)


def get_raw(client, url, query_string, **headers):
    """GET with a raw QUERY_STRING (WSGI passes bytes as latin-1 text)."""
    return client.get(url, QUERY_STRING=query_string, headers=headers)


def names_for(site):
    return sorted(site.parameter_names | set(COMMON_NAMES))


def test_every_url_survives_hostile_queries(client, demo_site_map, fresh_cache):
    names = names_for(demo_site_map)
    for url in demo_site_map.urls:
        # Each name gets a different hostile value, then three more of them.
        values = itertools.cycle(HOSTILE)
        hostile = urlencode(
            [(name, next(values)) for name in names for _repeat in range(4)]
        )
        # Percent-encoded invalid UTF-8, then raw bytes WSGI hands over as latin-1.
        broken = "&".join(
            f"{name}={quote_from_bytes(NON_UTF8[i % len(NON_UTF8)])}"
            for i, name in enumerate(names)
        )
        broken += "&" + b"page=\xff\xfe&q=\xc3\x28<fz-raw>&&==&%zz=%".decode("latin-1")
        for query in (hostile, broken):
            assert_safe(get_raw(client, url, query), f"{url}?{query[:80]}")


def test_each_page_type_survives_the_whole_hostile_corpus(
    client, demo_site_map, fresh_cache
):
    names = names_for(demo_site_map)
    for url in demo_site_map.one_url_per_page_type():
        for value in HOSTILE:
            query = urlencode([(name, value) for name in names])
            assert_safe(get_raw(client, url, query), f"{url} with {value[:40]!r}")


def test_hostile_language_headers_and_paths(client, demo_site_map, fresh_cache):
    url = demo_site_map.urls[0]
    for value in ["", "*", "xx-" + "a" * 600, "en;q=abc", "it;q=1e999,,,;", "\x00"]:
        assert_safe(
            client.get(url, headers={"accept-language": value}),
            f"Accept-Language {value!r}",
        )
    client.cookies["django_language"] = "<fz-cookie>"
    assert_safe(client.get("/"), "language cookie")
    for path in ["/en/%ff%fe/", "/en/" + "a" * 2000 + "/", "/en/<fz-path>/", "/%00/"]:
        assert_safe(client.get(path), f"path {path[:40]}")


# Random exploration ----------------------------------------------------------------

hostile_text = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=200),
    st.text(st.characters(codec="utf-8", categories=["Cc", "Cf", "Zs", "P", "S"])),
    st.text(max_size=30).map(marked),
    st.integers().map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.dates().map(str),
    st.from_regex(r"\A-?\d{1,6}-\d{1,3}-\d{1,3}\Z"),
)


def queries(names):
    # Mostly names the site uses, sometimes anything at all.
    name = st.one_of(
        st.sampled_from(names),
        st.sampled_from(names),
        st.sampled_from(names),
        st.text(min_size=1, max_size=20),
    )
    pairs = st.lists(st.tuples(name, hostile_text), max_size=8)
    as_text = pairs.map(lambda items: urlencode(items))
    as_bytes = st.lists(st.tuples(name, st.binary(max_size=40)), max_size=4).map(
        lambda items: "&".join(f"{quote(n)}={quote_from_bytes(v)}" for n, v in items)
    )
    raw = st.binary(max_size=60).map(lambda b: b.decode("latin-1"))
    return st.one_of(as_text, as_bytes, raw)


def test_random_queries_on_random_urls(client, demo_site_map, fresh_cache):
    @given(
        url=st.sampled_from(demo_site_map.urls),
        query=queries(names_for(demo_site_map)),
    )
    def check(url, query):
        assert_safe(get_raw(client, url, query), f"{url}?{query[:120]!r}")

    check()


# Forms -------------------------------------------------------------------------------


def form_data(form, value_for):
    data = []
    for name, kind in form.kinds.items():
        if name == "csrfmiddlewaretoken":
            data.append((name, form.fields[name][0] if form.fields[name] else ""))
            continue
        data.append((name, value_for(name, kind)))
    return data


def submit(client, form, data):
    if form.method == "post":
        return client.post(form.action, urlencode(data), content_type=FORM_TYPE)
    return get_raw(client, form.action, urlencode(data))


FORM_TYPE = "application/x-www-form-urlencoded"


def test_public_forms_are_found(demo_site_map):
    # The admin login is always there; public page forms join as apps add them.
    actions = {form.action for form in demo_site_map.forms}
    assert "/admin/login/" in actions


def test_every_form_survives_the_hostile_corpus(client, demo_site_map, fresh_cache):
    for form in demo_site_map.forms:
        for value in HOSTILE:
            data = form_data(form, lambda _name, _kind, value=value: value)
            assert_safe(
                submit(client, form, data),
                f"{form.method} {form.action} {value[:30]!r}",
            )
        # Repeated fields and fields the form does not have.
        data = [(n, v) for n, v in form_data(form, lambda *_: "x") for _ in range(3)]
        data += [("unexpected", marked()), ("", "")]
        assert_safe(submit(client, form, data), f"{form.action} repeated fields")
        # Non-UTF-8 bytes in the body.
        broken = quote_from_bytes(b"\xff\xfe<fz-b>")
        body = "&".join(f"{quote(name)}={broken}" for name in form.kinds)
        if form.method == "post":
            response = client.post(form.action, body, content_type=FORM_TYPE)
        else:
            response = get_raw(client, form.action, body)
        assert_safe(response, f"{form.action} non-UTF-8 body")


def test_random_form_submissions(client, demo_site_map, fresh_cache):
    forms = demo_site_map.forms

    @given(form=st.sampled_from(forms), values=st.data())
    def check(form, values):
        data = form_data(
            form, lambda name, _kind: values.draw(hostile_text, label=name)
        )
        assert_safe(submit(client, form, data), f"{form.method} {form.action}")

    check()
