"""Relevance of the search page, measured on a judged query set.

    .venv/bin/python -m benchmarks.search_relevance                 # SQLite
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/competein_rel \\
        .venv/bin/python -m benchmarks.search_relevance              # PostgreSQL
    .venv/bin/python -m benchmarks.search_relevance --reuse          # keep the database
    .venv/bin/python -m benchmarks.search_relevance --reuse --write  # RELEVANCE.md
    .venv/bin/python -m benchmarks.search_relevance --reuse --engine # osmem-server

The judgements (benchmarks/search_judgements.yaml) are queries a member of staff
would type, in each of the five languages (inflected forms, typos, taxonomy
words, several words, exact phrases), each with the demo pages that must be in
its first five results. Each query is put to the search page as a visitor would
(``/<lang>/search/?q=...``, the promoted results first); a query that finds
nothing but offers "Did you mean" is counted with the one click on the
suggestion. For each language it reports recall@5 (the share of the pages that
must appear which are in the first five, averaged over queries) and MRR (the
mean of 1/rank of the first page that must appear, 0 beyond the tenth).

The database is the demo's, built fresh in benchmarks/.work (SQLite) or in the
database of ``DATABASE_URL`` unless ``--reuse``. search/tests/test_relevance.py
runs the same judgements on the test database, so CI holds the floor of 0.9 on
SQLite and PostgreSQL.
"""

import argparse
import html
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
JUDGEMENTS = ROOT / "benchmarks" / "search_judgements.yaml"
RESULTS = ROOT / "benchmarks" / "RELEVANCE.md"
TOP = 5
MRR_DEPTH = 10

_RESULTS = re.compile(
    r'<(?:ol class="search-result-list"|ul class="search-promotions")>(.*?)</[ou]l>',
    re.S,
)
_LINK = re.compile(r'<h3><a href="([^"]+)"')
_SUGGESTION = re.compile(r'class="empty-state__spelling">[^<]*<a href="([^"]+)"')


@dataclass
class Judgement:
    language: str
    query: str
    kind: str
    need: str
    # English addresses of the pages that must appear; a list inside is one group
    # of which any one will do.
    expected: list


@dataclass
class Outcome:
    judgement: Judgement
    found: list  # result paths, best first
    wanted: (
        list  # [set of paths], each set one page that must appear (or its stand-ins)
    )
    followed_suggestion: bool = False

    @property
    def recall(self):
        top = set(self.found[:TOP])
        return sum(bool(group & top) for group in self.wanted) / len(self.wanted)

    @property
    def reciprocal_rank(self):
        wanted = set().union(*self.wanted)
        for rank, path in enumerate(self.found[:MRR_DEPTH], start=1):
            if path in wanted:
                return 1 / rank
        return 0.0


@dataclass
class LanguageScore:
    language: str
    outcomes: list = field(default_factory=list)

    @property
    def recall(self):
        return sum(o.recall for o in self.outcomes) / len(self.outcomes)

    @property
    def mrr(self):
        return sum(o.reciprocal_rank for o in self.outcomes) / len(self.outcomes)

    def misses(self):
        return [o for o in self.outcomes if o.recall < 1]


def load_judgements(path=JUDGEMENTS):
    """{language: [Judgement]}, in the order of the file."""
    needs = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    judgements = {}
    for need in needs:
        for language, query in need["q"].items():
            judgements.setdefault(language, []).append(
                Judgement(
                    language, query, need.get("kind", ""), need["need"], need["expect"]
                )
            )
    return judgements


class PageAddresses:
    """The address of an English page's translation in each language (every live
    page read once)."""

    def __init__(self):
        from wagtail.models import Locale, Page

        pages = list(Page.objects.live().filter(depth__gt=1))
        self.locales = dict(Locale.objects.values_list("language_code", "pk"))
        english = self.locales.get("en")
        self.english = {p.url: p for p in pages if p.locale_id == english}
        self.by_key = {(p.translation_key, p.locale_id): p for p in pages}

    def __call__(self, english_path, language):
        source = self.english.get(english_path)
        if source is None:
            raise LookupError(f"No live English page at {english_path}")
        page = self.by_key.get((source.translation_key, self.locales[language]))
        if page is None:
            raise LookupError(f"{english_path} has no live {language} translation")
        return page.url

    def wanted(self, expected, language):
        groups = (item if isinstance(item, list) else [item] for item in expected)
        return [{self(path, language) for path in group} for group in groups]


def result_paths(content):
    """The addresses the search page lists, promoted results first."""
    paths = []
    for block in _RESULTS.findall(content):
        paths.extend(html.unescape(href) for href in _LINK.findall(block))
    return paths


def ask(client, judgement, addresses):
    url = f"/{judgement.language}/search/"
    response = client.get(url, {"q": judgement.query}, HTTP_HOST="localhost")
    if response.status_code != 200:
        raise AssertionError(f"{judgement.query!r}: status {response.status_code}")
    content = response.content.decode()
    found = result_paths(content)
    followed = False
    if not found:
        suggestion = _SUGGESTION.search(content)
        if suggestion:
            followed = True
            response = client.get(
                url + html.unescape(suggestion.group(1)), HTTP_HOST="localhost"
            )
            found = result_paths(response.content.decode())
    wanted = addresses.wanted(judgement.expected, judgement.language)
    return Outcome(judgement, found, wanted, followed)


def evaluate(client, judgements=None):
    """{language: LanguageScore} of every judged query."""
    from django.utils import translation

    judgements = judgements or load_judgements()
    addresses = PageAddresses()
    scores = {}
    for language, items in judgements.items():
        score = scores[language] = LanguageScore(language)
        for judgement in items:
            score.outcomes.append(ask(client, judgement, addresses))
        translation.activate("en")
    return scores


def report(scores, backend):
    lines = [
        f"| backend | language | queries | recall@{TOP} | MRR |",
        "|---|---|---:|---:|---:|",
    ]
    for language, score in scores.items():
        lines.append(
            f"| {backend} | {language} | {len(score.outcomes)} "
            f"| {score.recall:.3f} | {score.mrr:.3f} |"
        )
    return "\n".join(lines)


def misses_report(scores):
    lines = []
    for score in scores.values():
        for outcome in score.misses():
            lines.append(
                f"  {score.language} {outcome.judgement.kind} "
                f"{outcome.judgement.query!r}: wanted {outcome.wanted}, "
                f"got {outcome.found[:TOP]}"
                + (" (after Did you mean)" if outcome.followed_suggestion else "")
            )
    return "\n".join(lines)


def write(scores, backend, path=RESULTS):
    """Replace ``backend``'s section of RELEVANCE.md, keeping the others."""
    sections = {}
    if path.exists():
        current = None
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("## "):
                current = line[3:].strip()
                sections[current] = []
            elif current:
                sections[current].append(line)
    sections[backend] = ["", report(scores, backend), ""]
    out = [
        "# Search relevance on the judged query set",
        "",
        "Written by `benchmarks/search_relevance.py --write` over the demo site: "
        f"recall@{TOP} and MRR per language (see the module's docstring).",
        "",
    ]
    for name in sorted(sections):
        out += [f"## {name}", *sections[name]]
    path.write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")


def _use_osmem(settings):
    """Start osmem-server, point search at it (with the analysers the tests give
    it: no Swedish one) and index the site."""
    from django.core.management import call_command
    from osmem_server import OsmemServer

    server = OsmemServer.start()
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.opensearch3",
            "URLS": [server.url],
            "INDEX_PREFIX": "relevance_",
            "TIMEOUT": 30,
            "ATOMIC_REBUILD": False,
        }
    }
    settings.SEARCH_ANALYZERS = {"sv": "standard"}
    print("Indexing the site in osmem-server ...", flush=True)
    call_command("update_index", verbosity=0)
    return server


def _build_database(reuse):
    from django.core.management import call_command

    if reuse:
        return
    print("Building the demo database (migrate, load_demo) ...", flush=True)
    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_demo", verbosity=0)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reuse", action="store_true", help="use the database as is")
    parser.add_argument("--misses", action="store_true", help="list the misses")
    parser.add_argument("--write", action="store_true", help="update RELEVANCE.md")
    parser.add_argument(
        "--engine",
        action="store_true",
        help="search through osmem-server, the in-memory OpenSearch the tests use",
    )
    args = parser.parse_args(argv)

    work = ROOT / "benchmarks" / ".work"
    work.mkdir(parents=True, exist_ok=True)
    if "DATABASE_URL" not in os.environ:
        database = work / "relevance.sqlite3"
        if not args.reuse and database.exists():
            database.unlink()
        os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    sys.path.insert(0, str(ROOT))

    import django

    django.setup()
    from django.conf import settings
    from django.db import connection, transaction
    from django.test import Client
    from wagtail.search.models import IndexEntry

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "localhost"]
    _build_database(args.reuse)
    backend = "PostgreSQL" if connection.vendor == "postgresql" else "SQLite"
    server = None
    if args.engine:
        server = _use_osmem(settings)
        backend = f"osmem-server over {backend}"
    try:
        with transaction.atomic():
            if server is not None:
                # A site on an engine keeps no database index, so it offers no
                # "Did you mean" (search/vocabulary.py reads that index).
                IndexEntry.objects.all().delete()
            scores = evaluate(Client())
            transaction.set_rollback(True)
    finally:
        if server is not None:
            server.close()
    print(report(scores, backend))
    if args.misses:
        print(misses_report(scores))
    if args.write:
        write(scores, backend)
    return scores


if __name__ == "__main__":
    main()
