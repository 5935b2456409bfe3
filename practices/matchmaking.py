"""Practice matchmaking: for each region, the other regions' practices that fit it,
each with the reasons why.

The engine reads everything it needs in a fixed number of queries (``read_inputs``:
regions, their sectors and value chains, live public practices with their topics,
published plans with their actions, the practices that inspired those actions),
into light tuples; ranking a region (``rank``) is then a pure function over them,
so 10,000 practices cost one read per content generation and milliseconds per
region after that.

Signals, for a region R and a practice P of another region:

- sectors: R's sectors and value chains against those of P's origin region;
- pillar and topics: those of the practices R already learned from (the pillars
  its plan's actions address);
- policy instrument: the level of R's plan instrument against P's implementation
  level;
- similar regions: other regions whose published plans took P up, weighted by how
  alike their sectors are to R's;
- text: TF-IDF cosine between R's plan (challenges, summary, actions) and P, both
  read in the *source language* (English): every page is a translation of an
  English source linked by ``translation_key``, so an Italian practice and a
  Polish plan are compared on the same footing without a translator.

Excluded: R's own practices and the ones it already adopted (inspired an action
of its plan; in the admin also an open transfer case of R).

Access: only live practices outside every view restriction, only plans outside
every restriction, and never another region's transfer case (cases are internal:
the public ranking uses none, the admin ranking only the region's own).

Reasons are ``Reason`` tuples rendered with gettext at display time, so they read
in the visitor's language; sector and topic names come in the page's language.
"""

from collections import Counter
from dataclasses import dataclass

from django.db.models import Count, Max
from django.utils.translation import gettext, ngettext

from cms.caching import generation, get_or_build

# What ranking reads; callers (the admin view, the benchmark) ask it from here.
from .match_inputs import Inputs, read_inputs, tokens, vector  # noqa: F401

CACHE_TIMEOUT = 60 * 60 * 24
PUBLIC_LIMIT = 5
ADMIN_LIMIT = 20

# How much each signal weighs. Chosen with the leave-one-out benchmark
# (benchmarks/matchmaking.py) on the demo's transfer cases: the plan's text is the
# strongest signal; sectors and other regions' adoptions alone rank worse than
# random there, so they weigh little (they still explain a match).
WEIGHTS = {
    "sectors": 0.25,
    "pillar": 0.3,
    "topics": 0.4,
    "instrument": 0.3,
    "similar_regions": 0.25,
    "text": 4.0,
}
TEXT_REASON_THRESHOLD = 0.1
# The plan instrument kinds and the implementation level of practices they fit.
INSTRUMENT_LEVELS = {
    "erdf_programme": "regional",
    "other_regional": "regional",
    "national": "national",
    "local": "local",
}
# Reasons ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Reason:
    """Why a practice fits: ``kind`` and language-independent ``values`` (sector
    codes, a pillar, tag ids, a count); ``text()`` says it in the active language."""

    kind: str
    values: tuple = ()

    def text(self, names=None):
        """The reason in the active language; ``names`` maps sector codes and tag
        ids to their names in the page's language (``display_names``)."""
        names = names or {}
        if self.kind == "sectors":
            sectors = [names.get(("sector", code), code) for code in self.values]
            return gettext("Shares sectors: %(sectors)s") % {
                "sectors": ", ".join(sectors)
            }
        if self.kind == "pillar":
            from .models import Pillar

            return gettext("Addresses pillar: %(pillar)s") % {
                "pillar": Pillar(self.values[0]).label
            }
        if self.kind == "topics":
            topics = [names.get(("topic", tag), str(tag)) for tag in self.values]
            return gettext(
                "Shares topics with practices you learned from: %(topics)s"
            ) % {"topics": ", ".join(topics)}
        if self.kind == "instrument":
            from .models import ImplementationLevel

            return gettext(
                "Works at the level of your policy instrument: %(level)s"
            ) % {"level": ImplementationLevel(self.values[0]).label}
        if self.kind == "similar_regions":
            count = self.values[0]
            return ngettext(
                "Adopted by %(count)s region with similar value chains",
                "Adopted by %(count)s regions with similar value chains",
                count,
            ) % {"count": count}
        if self.kind == "text":
            return gettext("Close to the challenges of your action plan")
        return ""


@dataclass(frozen=True)
class Match:
    practice_id: int  # the source-language (English) practice
    translation_key: str
    title: str  # in the source language; pages show their own language's title
    score: float
    reasons: tuple


# Ranking ---------------------------------------------------------------------------


def adopted_by(inputs, region_id):
    """Practices a region already took up: in its plan's actions, in its cases."""
    adopted = set(inputs.cases.get(region_id, ()))
    for _action, _text, practices in inputs.actions.get(region_id, ()):
        adopted |= practices
    return adopted


def _similarity(a, b):
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def rank(inputs, region_id, limit=None, explain=True):
    """The practices that fit ``region_id``, best first, each a ``Match`` (with
    its reasons unless ``explain`` is False: the benchmark needs the order only).

    Deterministic: by score, then source-language title, then id."""
    if region_id not in inputs.regions:
        return []
    _title, region_key, region_sectors = inputs.regions[region_id]
    adopted = adopted_by(inputs, region_id)
    pillars = Counter(
        inputs.practices[pk][3] for pk in adopted if pk in inputs.practices
    )
    learned_tags = set()
    for pk in adopted:
        if pk in inputs.practices:
            learned_tags |= inputs.practices[pk][5]
    levels = {
        INSTRUMENT_LEVELS[kind]
        for kind, _text in inputs.plans.get(region_id, ())
        if kind in INSTRUMENT_LEVELS
    }
    need_text = " ".join(
        [text for _kind, text in inputs.plans.get(region_id, ())]
        + [text for _a, text, _p in inputs.actions.get(region_id, ())]
    )
    closeness_of = Counter()
    for term, weight in vector(tokens(need_text), inputs.idf).items():
        for pk, theirs in inputs.postings.get(term, ()):
            closeness_of[pk] += weight * theirs
    # Other regions' published adoptions, weighted by sector likeness.
    support = {}
    for other_id, actions in inputs.actions.items():
        if other_id == region_id:
            continue
        likeness = _similarity(
            region_sectors, inputs.regions.get(other_id, ("", "", frozenset()))[2]
        )
        taken = set()
        for _a, _t, practices in actions:
            taken |= practices
        for pk in taken:
            weight, count = support.get(pk, (0.0, 0))
            support[pk] = (weight + likeness, count + (likeness > 0))
    shared_sectors = {}
    for origin in {row[2] for row in inputs.practices.values()}:
        theirs = inputs.regions.get(origin, ("", "", frozenset()))[2]
        shared_sectors[origin] = tuple(sorted(region_sectors & theirs))
    pillar_total = sum(pillars.values()) or 1
    sector_total = len(region_sectors) or 1

    def assess(pk, explain):
        """(score, reasons): reasons only when ``explain`` (the top of the list;
        scoring all 10,000 practices without building them is 4× faster)."""
        _key, _title, origin, pillar, level, tags = inputs.practices[pk]
        score, reasons = 0.0, []
        shared = shared_sectors[origin]
        if shared:
            score += WEIGHTS["sectors"] * len(shared) / sector_total
            explain and reasons.append(Reason("sectors", shared))
        if pillar in pillars:
            score += WEIGHTS["pillar"] * pillars[pillar] / pillar_total
            explain and reasons.append(Reason("pillar", (pillar,)))
        common_tags = tags & learned_tags
        if common_tags:
            score += WEIGHTS["topics"] * len(common_tags) / len(tags)
            explain and reasons.append(Reason("topics", tuple(sorted(common_tags))))
        if level in levels:
            score += WEIGHTS["instrument"]
            explain and reasons.append(Reason("instrument", (level,)))
        weight, count = support.get(pk, (0.0, 0))
        if weight:
            score += WEIGHTS["similar_regions"] * weight
            explain and reasons.append(Reason("similar_regions", (count,)))
        closeness = closeness_of.get(pk, 0.0)
        if closeness:
            score += WEIGHTS["text"] * closeness
            if explain and closeness >= TEXT_REASON_THRESHOLD:
                reasons.append(Reason("text"))
        return round(score, 9), tuple(reasons)

    ranked = sorted(
        (-assess(pk, False)[0], row[1], pk)
        for pk, row in inputs.practices.items()
        if row[2] != region_id and pk not in adopted
    )
    if limit:
        ranked = ranked[:limit]
    matches = []
    for _score, title, pk in ranked:
        score, reasons = assess(pk, explain)
        matches.append(Match(pk, inputs.practices[pk][0], title, score, reasons))
    return matches


# Cached access ---------------------------------------------------------------------

_inputs_memo = {}


def _memo_inputs(with_cases, fingerprint):
    """The inputs, kept in this process for the current content generation (and
    case fingerprint): built once per generation, not once per region."""
    key = (with_cases, generation(), fingerprint)
    found = _inputs_memo.get(key)
    if found is None:
        found = read_inputs(with_cases=with_cases)
        _inputs_memo.clear()
        _inputs_memo[key] = found
    return found


def cases_fingerprint():
    """Changes whenever a transfer case is added, changed or removed (two
    aggregates in one query), so the admin ranking follows the cases without
    retiring the whole site's cache at every note."""
    from cms.access import unscoped

    from .models import TransferCase

    with unscoped():
        found = TransferCase._base_manager.aggregate(
            n=Count("pk"), last=Max("updated_at"), top=Max("pk")
        )
    return f"{found['n']}-{found['top']}-{found['last']}"


def public_matches(region_id, limit=PUBLIC_LIMIT):
    """The public ranking of a source-language region (no transfer case used)."""

    def build():
        return rank(_memo_inputs(False, ""), region_id, limit)

    return get_or_build(f"matchmaking:public:{region_id}:{limit}", build, CACHE_TIMEOUT)


def admin_matches(region_id, limit=ADMIN_LIMIT):
    """The coordinators' ranking: also leaves out the practices the region has an
    open transfer case for (its own cases only)."""
    fingerprint = cases_fingerprint()

    def build():
        return rank(_memo_inputs(True, fingerprint), region_id, limit)

    return get_or_build(
        f"matchmaking:admin:{region_id}:{limit}:{fingerprint}", build, CACHE_TIMEOUT
    )


# Display ---------------------------------------------------------------------------


def display_names(matches, locale_id):
    """{("sector", code) | ("topic", tag id): name in ``locale_id``} for the
    reasons of ``matches``: two queries, whatever their number."""
    from regions.models import Sector

    from .topics import topic_labels

    codes, tags = set(), set()
    for match in matches:
        for reason in match.reasons:
            if reason.kind == "sectors":
                codes.update(reason.values)
            elif reason.kind == "topics":
                tags.update(reason.values)
    names = {}
    if codes:
        source = {}
        for code, language, name in Sector.objects.filter(code__in=codes).values_list(
            "code", "locale_id", "name"
        ):
            if language == locale_id:
                names[("sector", code)] = name
            source.setdefault(code, name)
        for code, name in source.items():
            names.setdefault(("sector", code), name)
    for tag, label in topic_labels(tags, locale_id).items():
        names[("topic", tag)] = label
    return names


@dataclass
class Card:
    """A match ready for a template: the practice page in the visitor's language
    (or None when it has no live version there), its source title and reasons."""

    match: Match
    page: object
    reasons: list

    @property
    def title(self):
        return self.page.title if self.page is not None else self.match.title


def cards(matches, locale_id, viewer=None, require_page=True):
    """``matches`` as ``Card`` objects in ``locale_id``: the visible practice pages
    in that language (one query) and the reasons in the active language."""
    from cms.access import public_viewer

    from .models import PracticePage

    viewer = viewer or public_viewer()
    pages = {
        str(page.translation_key): page
        for page in viewer.pages(PracticePage.objects.all(), locale=locale_id)
        .filter(translation_key__in=[m.translation_key for m in matches])
        .select_related("origin_region")
        .defer_streamfields()
    }
    names = display_names(matches, locale_id)
    result = []
    for match in matches:
        page = pages.get(match.translation_key)
        if page is None and require_page:
            continue
        result.append(
            Card(match, page, [reason.text(names) for reason in match.reasons])
        )
    return result
