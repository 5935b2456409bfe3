"""Nothing in English on a non-English page of the demo, unless it is a proper name.

Every public page of the demo (and the extra routes people read, such as a plan's
progress view) is rendered once in Italian, Spanish, Swedish and Polish; the test
then fails, naming the page and the string, on English it knows of:

- the English of every demo text that the demo's YAML gives with translations
  (a text whose translation in the page's language is the same, a proper name,
  is left out, and so is an English text found inside that language's texts);
- the English names and descriptions of the open-data datasets;
- English URL segments of routes that have one per language;
- ``EXTRA_KNOWN``: strings added by later work (e.g. taxonomy slugs).
"""

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from django.conf import settings
from django.test import Client

from tests.quality.site_map import page_tree_urls

LANGUAGES = ("it", "es", "sv", "pl")
ROOT = Path(settings.BASE_DIR)
DEMO_FILES = sorted(ROOT.glob("*/demo_content/*.yaml"))

# English URL segments of routes served in each page's language
# (home.translated_routes); an href with one on a non-English page is a leak.
ENGLISH_SEGMENTS = ["/progress/", "/contact/", "/factsheet/", "/sites/"]

# More English-only strings known to leak, as (language or None for all, text):
# the practice topics' slugs (``practices/demo_content/topics.yaml``), which pages
# once showed instead of the topic's name; a slug of more than one word is never
# a name a visitor should read.
EXTRA_KNOWN: list[tuple[str | None, str]] = [
    (None, slug)
    for slug in yaml.safe_load(
        (settings.BASE_DIR / "practices" / "demo_content" / "topics.yaml").read_text(
            encoding="utf-8"
        )
    )
    if "-" in slug
]

# Too short or too common to tell English from a name: single words and strings
# shorter than this are not checked.
MIN_LENGTH = 12


def normalise(text):
    return re.sub(r"\s+", " ", text).strip()


def side_by_side_texts(value):
    """Every {language: text} mapping with an English text inside ``value``."""
    if isinstance(value, dict):
        if "en" in value and set(value) & set(LANGUAGES):
            yield value
            return
        for item in value.values():
            yield from side_by_side_texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from side_by_side_texts(item)


def known_english():
    """{language: {English text}}: English that must not appear on its pages."""
    texts = []
    for path in DEMO_FILES:
        with path.open(encoding="utf-8") as stream:
            texts.extend(side_by_side_texts(yaml.safe_load(stream)))
    known = {}
    for code in LANGUAGES:
        own = " | ".join(normalise(str(t.get(code) or "")) for t in texts)
        found = set()
        for text in texts:
            english = normalise(str(text["en"]))
            translated = normalise(str(text.get(code) or ""))
            if (
                not translated
                or translated == english
                or "{" in english
                or len(english) < MIN_LENGTH
                or " " not in english
                or english in own
            ):
                continue
            found.add(english)
        known[code] = found
    for code, text in EXTRA_KNOWN:
        for language in [code] if code else LANGUAGES:
            known[language].add(text)
    return known


def dataset_english():
    """The English of every open-data dataset's name and descriptions (shown on
    the Open data page): none is a proper name, so none may show elsewhere."""
    from django.utils import translation

    from cms.opendata.datasets import all_datasets

    found = set()
    with translation.override("en"):
        for dataset in all_datasets().values():
            texts = [dataset.title, dataset.description]
            texts += [column.description for column in dataset.columns]
            for text in texts:
                english = normalise(str(text))
                if len(english) >= MIN_LENGTH and " " in english:
                    found.add(english)
    return found


class VisibleText(HTMLParser):
    """The text a reader sees (scripts and styles left out), and the links."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.hrefs, self._skip = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        for name, value in attrs:
            if name == "href" and value:
                self.hrefs.append(value)
            elif name in ("alt", "title", "aria-label", "placeholder") and value:
                self.parts.append(value)

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def read(html):
    parser = VisibleText()
    parser.feed(html)
    parser.close()
    return normalise(" ".join(parser.parts)), parser.hrefs


def extra_routes(language):
    """Routes of pages that people read (not feeds or exports), per language:
    plans' progress views and the investment site finder."""
    from branding.models import InvestIndexPage
    from regions.models import ActionPlanPage

    plans = (
        ActionPlanPage.objects.live().public().filter(locale__language_code=language)
    )
    finders = [
        index.url + index.reverse_subpage("site_finder")
        for index in InvestIndexPage.objects.live()
        .public()
        .filter(locale__language_code=language)
    ]
    return [plan.get_progress_url() for plan in plans] + finders


@pytest.fixture(scope="module")
def rendered(django_db_setup, django_db_blocker):
    """{(language, url): (visible text, hrefs)} of every non-English public page."""
    client = Client()
    pages = {}
    with django_db_blocker.unblock():
        urls = [(code, url) for code, _kind, url in page_tree_urls()]
        for code in LANGUAGES:
            urls.extend((code, url) for url in extra_routes(code))
        for code, url in urls:
            if code not in LANGUAGES:
                continue
            response = client.get(url)
            assert response.status_code == 200, url
            pages[(code, url)] = read(response.content.decode())
    return pages


def find_whole(text, string):
    """Where ``string`` first stands on its own in ``text`` (not inside a longer
    word: "Emilia-Romagna Region" is not in "Emilia-Romagna Regional"); -1 if not."""
    at = text.find(string)
    while at != -1:
        end = at + len(string)
        if (at == 0 or not text[at - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            return at
        at = text.find(string, at + 1)
    return -1


def test_walk_reads_pages_of_every_language(rendered):
    assert {code for code, _url in rendered} == set(LANGUAGES)
    assert len(rendered) > 100


def test_no_english_demo_text_on_non_english_pages(rendered):
    known = known_english()
    datasets = dataset_english()
    leaks = []
    for (code, url), (text, _hrefs) in rendered.items():
        words = set(re.findall(r"\w+", text))
        for english in known[code] | datasets:
            first = re.findall(r"\w+", english)
            if first and first[0] not in words:
                continue
            at = find_whole(text, english)
            if at != -1:
                around = text[max(0, at - 30) : at + len(english) + 30]
                leaks.append(f"{url}: {english!r} in “…{around}…”")
    assert not leaks, f"{len(leaks)} English strings:\n" + "\n".join(sorted(leaks))


def test_no_english_url_segments_on_non_english_pages(rendered):
    leaks = [
        f"{url}: {href}"
        for (_code, url), (_text, hrefs) in rendered.items()
        for href in hrefs
        for segment in ENGLISH_SEGMENTS
        if segment in (path := urlsplit(href).path) and not path.startswith("/en/")
    ]
    assert not leaks, "\n".join(sorted(leaks))
