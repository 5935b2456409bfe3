"""What practice matchmaking reads (practices.matchmaking ranks it): regions,
their sectors and value chains, live public practices with their topics,
published plans with their actions and the practices that inspired them, in a
fixed number of queries, into plain values; and the words of their texts.

Access: only live practices outside every view restriction, only plans outside
every restriction, and never another region's transfer case.
"""

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.html import strip_tags

MAX_DOCUMENT_SHARE = 0.5
STOPWORDS = frozenset(
    """a about above after again against all also among an and any are as at be
    because been before being between both but by can could did do does doing down
    during each every few for from further had has have having her here hers him his
    how if in into is it its itself just more most no nor not now of off on once only
    or other our ours out over own same she should so some such than that the their
    theirs them then there these they this those through to too under until up very
    was we were what when where which while who whom why will with within would you
    your yours new one two three per year years first region regions regional local
    practice practices programme program project partner partners""".split()
)
WORD = re.compile(r"[a-z]{3,}")


@dataclass
class Inputs:
    """What ranking needs, as plain values (source-language page ids)."""

    # region id → (title, translation key, frozenset of sector codes)
    regions: dict = field(default_factory=dict)
    # practice id → (translation key, title, origin region id, pillar, level, tags)
    practices: dict = field(default_factory=dict)
    # term → idf over the practices
    idf: dict = field(default_factory=dict)
    # term → [(practice id, weight)]: the vectors inverted, so a region's text is
    # compared with the practices sharing a term with it only
    postings: dict = field(default_factory=dict)
    # region id → list of (instrument kind, text) of its plans
    plans: dict = field(default_factory=dict)
    # region id → list of (action id, text, frozenset of practice ids)
    actions: dict = field(default_factory=dict)
    # region id → frozenset of practice ids with an open transfer case (admin only)
    cases: dict = field(default_factory=dict)


def tokens(text):
    """Lower-case content words, lightly stemmed (plural and -ing/-ed endings), so
    "exporters" meets "exporter" and "exporting" meets "export"."""
    words = []
    for word in WORD.findall(text.lower()):
        if word in STOPWORDS:
            continue
        for suffix, keep in (("ies", "y"), ("ing", ""), ("ers", "er"), ("ed", "")):
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)] + keep
                break
        else:
            if word.endswith("s") and not word.endswith("ss") and len(word) > 4:
                word = word[:-1]
        if word not in STOPWORDS:
            words.append(word)
    return words


def vector(words, idf):
    counts = Counter(words)
    vector = {
        term: (1 + math.log(n)) * idf[term] for term, n in counts.items() if term in idf
    }
    norm = math.sqrt(sum(w * w for w in vector.values()))
    if not norm:
        return {}
    return {term: w / norm for term, w in vector.items()}


def _source_locale_id():
    from wagtail.models import Locale

    return Locale.objects.get(language_code=settings.LANGUAGE_CODE).pk


def read_inputs(with_cases=False):
    """Everything ranking needs, in a fixed number of queries (ten, whatever the
    number of practices). ``with_cases`` adds each region's own open transfer cases
    (for the admin; they never reach a public page)."""
    from cms.access import public_viewer, unscoped
    from regions.models import (
        ActionPlanPage,
        PlanAction,
        RegionPage,
        RegionSector,
        ValueChainPage,
    )

    from .models import ActionPractice, PracticePage, PracticePageTag, TransferCase

    viewer = public_viewer()
    locale = _source_locale_id()
    inputs = Inputs()
    region_rows = list(
        viewer.pages(RegionPage.objects.all(), locale=locale).values_list(
            "pk", "title", "translation_key", "path"
        )
    )
    sectors = {}
    for region_id, code in RegionSector.objects.filter(
        page_id__in=[row[0] for row in region_rows], sector__isnull=False
    ).values_list("page_id", "sector__code"):
        sectors.setdefault(region_id, set()).add(code)
    by_path = {path: pk for pk, _t, _k, path in region_rows}
    steplen = RegionPage.steplen
    for path, code in (
        viewer.pages(ValueChainPage.objects.all(), locale=locale)
        .filter(sector__isnull=False)
        .values_list("path", "sector__code")
    ):
        region_id = by_path.get(path[:-steplen])
        if region_id is not None:
            sectors.setdefault(region_id, set()).add(code)
    for pk, title, key, _path in region_rows:
        inputs.regions[pk] = (title, str(key), frozenset(sectors.get(pk, ())))

    practice_rows = list(
        viewer.pages(PracticePage.objects.all(), locale=locale)
        .order_by("pk")
        .values_list(
            "pk",
            "translation_key",
            "title",
            "origin_region_id",
            "pillar",
            "implementation_level",
            "summary",
            "description",
        )
    )
    tags = {}
    for practice_id, tag_id in PracticePageTag.objects.filter(
        content_object__locale_id=locale
    ).values_list("content_object_id", "tag_id"):
        tags.setdefault(practice_id, set()).add(tag_id)
    words = {}
    document_frequency = Counter()
    for pk, key, title, origin, pillar, level, summary, description in practice_rows:
        inputs.practices[pk] = (
            str(key),
            title,
            origin,
            pillar,
            level,
            frozenset(tags.get(pk, ())),
        )
        words[pk] = tokens(f"{title} {summary} {strip_tags(description or '')}")
        document_frequency.update(set(words[pk]))
    total = max(len(practice_rows), 1)
    # Terms in more than half of the practices say little about any of them and
    # would make every region's text meet every practice: left out (max_df).
    inputs.idf = {
        term: math.log((1 + total) / (1 + n)) + 1
        for term, n in document_frequency.items()
        if n <= MAX_DOCUMENT_SHARE * total or total < 2
    }
    for pk, practice_words in words.items():
        for term, weight in vector(practice_words, inputs.idf).items():
            inputs.postings.setdefault(term, []).append((pk, weight))

    plans = {}
    for plan_id, path, kind, name, context, summary in (
        viewer.pages(ActionPlanPage.objects.all(), locale=locale)
        .order_by("path")
        .values_list(
            "pk", "path", "instrument_kind", "instrument_name", "context",
            "english_summary",
        )
    ):  # fmt: skip
        region_id = by_path.get(path[:-steplen])
        if region_id is None:
            continue
        plans[plan_id] = region_id
        text = f"{name} {strip_tags(context or '')} {summary}"
        inputs.plans.setdefault(region_id, []).append((kind, text))
    inspired = {}
    for action_id, practice_id in ActionPractice.objects.filter(
        action__page_id__in=list(plans)
    ).values_list("action_id", "practice_id"):
        inspired.setdefault(action_id, set()).add(practice_id)
    for action_id, plan_id, title, background, activities in (
        PlanAction.objects.filter(page_id__in=list(plans))
        .order_by("page_id", "sort_order", "pk")
        .values_list("pk", "page_id", "title", "background", "activities")
    ):
        text = f"{title} {strip_tags(background or '')} {strip_tags(activities or '')}"
        inputs.actions.setdefault(plans[plan_id], []).append(
            (action_id, text, frozenset(inspired.get(action_id, ())))
        )
    if with_cases:
        with unscoped():
            for region_id, practice_id in (
                TransferCase._base_manager.exclude(status="abandoned")
                .filter(practice__isnull=False)
                .values_list("region_id", "practice_id")
            ):
                inputs.cases.setdefault(region_id, set()).add(practice_id)
        inputs.cases = {r: frozenset(p) for r, p in inputs.cases.items()}
    return inputs
