"""Generated practices and activities for ``manage.py generate_content``.

See cms/generate.py for how the bulk path works and why.
"""

import datetime

from taggit.models import Tag

from cms.demo import read
from cms.generate import (
    bulk_add_children,
    generated_key,
    index_objects,
    locales,
)

from .factories import EventPageFactory, PracticePageFactory
from .models import (
    EventIndexPage,
    EventKind,
    EventPage,
    ImplementationLevel,
    Pillar,
    PracticeIndexPage,
    PracticePage,
    PracticePageTag,
    ValidationStatus,
)
from .pictures import event_picture

PILLARS = [value for value, _label in Pillar.choices]
LEVELS = [value for value, _label in ImplementationLevel.choices]
EVENT_KINDS = [value for value, _label in EventKind.choices]
TOPICS = ["export", "investment", "food", "smes", "digital", "mentoring", "talent"]


def vocabulary():
    """The words generated pages are composed from (demo_content/generated.yaml)."""
    return read("practices", "generated")


def _regions_by_position(ctx, language):
    return ctx.regions.get(language) or []


def _region_at(regions, position):
    """The region at ``position`` in this language's list, or None."""
    if position is None or position >= len(regions):
        return None
    return regions[position]


def generate(ctx, options):
    """generate_content's step for this app (found by cms.discovery): practices,
    events, then transfer cases between them and the regions."""
    generate_practices(ctx, options["practices"])
    generate_events(ctx, options["events"])
    generate_transfer_cases(ctx, options["cases"])


def clear():
    """Before generating again: the generated cases (pages go with the floor's
    clearing of ``gen-`` pages). Returns how many were removed."""
    return clear_transfer_cases()


def generate_practices(ctx, count):
    if count <= 0:
        return
    words = vocabulary()
    rng = ctx.rng
    by_code = locales()
    english_index = PracticeIndexPage.objects.get(locale__language_code="en")
    region_count = len(_regions_by_position(ctx, "en"))
    specs = []
    for n in range(1, count + 1):
        start = datetime.date(2010, 1, 1) + datetime.timedelta(
            days=rng.randint(0, 5000)
        )
        specs.append(
            {
                "n": f"{n:05d}",
                "scheme": rng.randrange(len(words["schemes"])),
                "sector": rng.randrange(len(words["sectors"])),
                "pillar": rng.choice(PILLARS),
                "level": rng.choice(LEVELS),
                "region": rng.randrange(region_count) if region_count else None,
                "start": start,
                "validated": rng.random() < 0.6,
                "topics": rng.sample(TOPICS, rng.randint(1, 3)),
                "published": rng.randint(0, 900),
            }
        )
    tags = {
        name: Tag.objects.get_or_create(name=name, defaults={"slug": name})[0]
        for name in TOPICS
    }
    progress = ctx.progress("practices", count * len(ctx.languages))
    for _position, language in ctx.positions():
        index = english_index.get_translation_or_none(by_code[language])
        if index is None:
            continue
        regions = _regions_by_position(ctx, language)
        pages = []
        for spec in specs:
            sector = words["sectors"][spec["sector"]][language]
            region = _region_at(regions, spec["region"])
            pages.append(
                PracticePageFactory.build(
                    title=words["practice_title"][language].format(
                        scheme=words["schemes"][spec["scheme"]][language],
                        sector=sector,
                        n=spec["n"],
                    ),
                    slug=f"gen-practice-{spec['n']}",
                    summary=words["practice_summary"][language].format(sector=sector),
                    pillar=spec["pillar"],
                    implementation_level=spec["level"],
                    origin_region_id=region.pk if region is not None else None,
                    location=region.title if region is not None else "",
                    # No map position: the factory's default (Reggio Emilia)
                    # would put ten thousand markers in one place.
                    latitude=None,
                    longitude=None,
                    start_date=spec["start"],
                    main_institution=region.partner_name
                    if region is not None
                    else "Chamber of commerce",
                    description=words["practice_description"][language],
                    validation_status=(
                        ValidationStatus.VALIDATED
                        if spec["validated"]
                        else ValidationStatus.SUBMITTED
                    ),
                    validated_at=spec["start"] if spec["validated"] else None,
                    first_published_at=ctx.moment(days=-spec["published"]),
                    translation_key=generated_key(f"practice-{spec['n']}"),
                )
            )
        bulk_add_children(index, pages, progress)
        PracticePageTag.objects.bulk_create(
            [
                PracticePageTag(content_object_id=page.pk, tag_id=tags[name].pk)
                for page, spec in zip(pages, specs, strict=True)
                for name in spec["topics"]
            ],
            batch_size=1000,
        )
        ctx.practices[language] = pages
        ctx.count("practices", len(pages))
        index_objects(ctx, PracticePage, pages)


def generate_events(ctx, count):
    if count <= 0:
        return
    words = vocabulary()
    rng = ctx.rng
    by_code = locales()
    english_index = EventIndexPage.objects.get(locale__language_code="en")
    region_count = len(_regions_by_position(ctx, "en"))
    specs = []
    for n in range(1, count + 1):
        start = ctx.moment(days=rng.randint(-3000, 400), hours=rng.randint(0, 8))
        specs.append(
            {
                "n": f"{n:05d}",
                "kind": rng.choice(EVENT_KINDS),
                "sector": rng.randrange(len(words["sectors"])),
                "region": rng.randrange(region_count) if region_count else None,
                "start": start,
                "hours": rng.choice([3, 6, 8, 30]),
            }
        )
    # One drawn picture per kind of activity, shared: a listing of generated
    # activities shows pictures as the demo's does.
    pictures = {kind: event_picture(kind).pk for kind in EVENT_KINDS}
    progress = ctx.progress("activities", count * len(ctx.languages))
    for _position, language in ctx.positions():
        index = english_index.get_translation_or_none(by_code[language])
        if index is None:
            continue
        regions = _regions_by_position(ctx, language)
        pages = []
        for spec in specs:
            sector = words["sectors"][spec["sector"]][language]
            region = _region_at(regions, spec["region"])
            pages.append(
                EventPageFactory.build(
                    title=words["event_title"][language].format(
                        sector=sector, n=spec["n"]
                    ),
                    slug=f"gen-activity-{spec['n']}",
                    kind=spec["kind"],
                    summary=words["event_summary"][language].format(sector=sector),
                    start=spec["start"],
                    end=spec["start"] + datetime.timedelta(hours=spec["hours"]),
                    host_region_id=region.pk if region is not None else None,
                    venue=region.title if region is not None else "online",
                    hero_image_id=pictures[spec["kind"]],
                    first_published_at=spec["start"] - datetime.timedelta(days=30),
                    translation_key=generated_key(f"activity-{spec['n']}"),
                )
            )
        bulk_add_children(index, pages, progress)
        ctx.count("activities", len(pages))
        index_objects(ctx, EventPage, pages)


# Stages of generated transfer cases, with weights: most are early on, as in a
# real programme; the later ones need an action of the region's plan.
CASE_STAGES = [
    ("identified", 30),
    ("contacted", 20),
    ("study_visit", 12),
    ("adapting", 12),
    ("in_action_plan", 8),
    ("implemented", 6),
    ("closed", 4),
    ("abandoned", 8),
]


def generate_transfer_cases(ctx, count):
    """``count`` transfer cases between generated practices and English regions.

    Each case joins a generated practice with a region other than the practice's
    own, at most once per pair; cases that reached "in action plan" point at an
    action of the region's plan (demo regions have one), the others stay earlier.
    Dates are spread over the past three years, references are reserved in one
    block, and the adopting region's coordinator (when the demo has one) is the
    assignee. Written with bulk_create: no per-case audit log, no e-mails.
    """
    if count <= 0:
        return
    from cms.access import region_coordinators
    from cms.generate import CASE_PRIORITIES, explicit_timestamps
    from cms.models import CaseReferenceCounter
    from regions.models import PlanAction, RegionPage

    from .models import TransferCase
    from .models.transfers import NEEDS_ACTION

    practices = list(
        PracticePage.objects.filter(locale__language_code="en", slug__startswith="gen-")
        .order_by("path")
        .values_list("pk", "title", "origin_region__translation_key")
    )
    regions = list(
        RegionPage.objects.live()
        .filter(locale__language_code="en")
        .order_by("path")
        .values_list("pk", "title", "slug", "translation_key", "path")
    )
    if not practices or len(regions) < 2:
        ctx.log("No generated practices or regions to build transfer cases on.")
        return
    actions = {}
    for action_pk, plan_path in (
        PlanAction.objects.filter(locale__language_code="en")
        .order_by("page__path", "sort_order")
        .values_list("pk", "page__path")
    ):
        # A plan is a child of its region.
        actions.setdefault(plan_path[: -RegionPage.steplen], []).append(action_pk)
    # Only people who may work on a region's cases (cms.access) are assigned.
    coordinators = region_coordinators()
    stages, stage_weights = zip(*CASE_STAGES, strict=True)
    priorities, priority_weights = zip(*CASE_PRIORITIES, strict=True)
    rng = ctx.rng
    pairs = set()
    cases = []
    progress = ctx.progress("transfer cases", count)
    attempts = 0
    while len(cases) < count and attempts < count * 20:
        attempts += 1
        practice_pk, practice_title, origin_key = practices[
            rng.randrange(len(practices))
        ]
        region_pk, region_title, region_slug, region_key, region_path = regions[
            rng.randrange(len(regions))
        ]
        if region_key == origin_key or (practice_pk, region_pk) in pairs:
            continue
        pairs.add((practice_pk, region_pk))
        stage = rng.choices(stages, stage_weights)[0]
        region_actions = actions.get(region_path, [])
        action = rng.choice(region_actions) if region_actions else None
        if stage in NEEDS_ACTION and action is None:
            stage = "adapting"
        created = ctx.moment(days=-rng.randint(1, 1000), hours=rng.randint(0, 8))
        updated = created + datetime.timedelta(days=rng.randint(0, 120))
        cases.append(
            TransferCase(
                title=f"{region_title}: {practice_title}"[:255],
                practice_id=practice_pk,
                region_id=region_pk,
                action_id=action if stage in NEEDS_ACTION else None,
                assignee_id=next(iter(coordinators.get(region_pk, [])), None),
                status=stage,
                priority=rng.choices(priorities, priority_weights)[0],
                due_date=(updated + datetime.timedelta(days=rng.randint(7, 90))).date(),
                created_at=created,
                updated_at=updated,
            )
        )
        if len(cases) % CASE_CHUNK == 0:
            progress.advance(CASE_CHUNK)
    references = CaseReferenceCounter.reserve(TransferCase.reference_prefix, len(cases))
    for case, reference in zip(cases, references, strict=True):
        case.reference = reference
    with explicit_timestamps(TransferCase, "created_at", "updated_at"):
        TransferCase.objects.bulk_create(cases, batch_size=CASE_CHUNK)
    progress.advance(len(cases) % CASE_CHUNK)
    if len(cases) < count:
        ctx.log(
            f"Only {len(cases)} distinct practice-region pairs were available for "
            f"{count} transfer cases."
        )
    ctx.count("transfer cases", len(cases))


CASE_CHUNK = 500


def clear_transfer_cases():
    """Delete the transfer cases of generated practices or regions."""
    from django.db.models import Q

    from .models import TransferCase

    return TransferCase.objects.filter(
        Q(practice__slug__startswith="gen-") | Q(region__slug__startswith="gen-")
    ).delete()[0]
