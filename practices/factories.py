"""Factories for practice pages, events and collections, reused by tests.

``build_sample_library`` makes a small library whose facets tests can predict.
"""

import datetime
from decimal import Decimal

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from regions.factories import region

from .models import (
    EventIndexPage,
    EventPage,
    ImplementationLevel,
    LearningNetworkPage,
    Pillar,
    PracticeCollectionPage,
    PracticeIndexPage,
    PracticePage,
    ValidationStatus,
)


class PracticeIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Practice library {n}")
    slug = factory.Sequence(lambda n: f"practice-library-{n}")
    intro = "Practices made by a factory."

    class Meta:
        model = PracticeIndexPage


class PracticePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Practice {n}")
    slug = factory.Sequence(lambda n: f"practice-{n}")
    summary = factory.LazyAttribute(lambda o: f"Summary of {o.title}.")
    pillar = Pillar.GOVERNANCE
    implementation_level = ImplementationLevel.REGIONAL
    start_date = datetime.date(2017, 1, 1)
    main_institution = "Municipality of Reggio Emilia"
    description = "<p>A practice made by a factory.</p>"
    location = "Reggio Emilia"
    latitude = Decimal("44.698993")
    longitude = Decimal("10.630470")
    validation_status = ValidationStatus.SUBMITTED
    first_published_at = factory.LazyFunction(timezone.now)
    last_published_at = factory.SelfAttribute("first_published_at")

    class Meta:
        model = PracticePage
        skip_postgeneration_save = True

    @factory.post_generation
    def topic_names(obj, create, extracted, **kwargs):
        """Topics by name, e.g. ``PracticePageFactory(topic_names=["export"])``."""
        if extracted:
            obj.topics.add(*extracted)
            if create:
                obj.save()


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Activities {n}")
    slug = factory.Sequence(lambda n: f"activities-{n}")

    class Meta:
        model = EventIndexPage


class LearningNetworkPageFactory(wagtail_factories.PageFactory):
    title = "Learning network"
    slug = factory.Sequence(lambda n: f"learning-network-{n}")

    class Meta:
        model = LearningNetworkPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Workshop {n}")
    slug = factory.Sequence(lambda n: f"workshop-{n}")
    kind = "workshop"
    summary = factory.LazyAttribute(lambda o: f"About {o.title}.")
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=6))
    venue = "Town hall"

    class Meta:
        model = EventPage


class PracticeCollectionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Collection {n}")
    slug = factory.Sequence(lambda n: f"collection-{n}")
    pillars = factory.LazyFunction(list)
    limit = 12

    class Meta:
        model = PracticeCollectionPage


def english_home():
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="en")


def practice(slug, language="en"):
    """The PracticePage with ``slug`` in ``language``."""
    return PracticePage.objects.get(slug=slug, locale__language_code=language)


# slug, pillar, level, region, topics, start year, validated
SAMPLE = [
    ("a", "governance", "regional", "valencia", ["export", "smes"], 2016, True),
    ("b", "governance", "local", "valencia", ["export"], 2017, False),
    ("c", "identity", "regional", "gavleborg", ["place-branding"], 2017, True),
    ("d", "value_chain", "national", "silesia", ["export", "food"], 2018, False),
    ("e", "value_chain", "regional", "gavleborg", ["food"], 2018, True),
    ("f", "identity", "international", "silesia", [], 2019, False),
]


def build_sample_library(sample=SAMPLE):
    """A new PracticeIndexPage with the SAMPLE practices, returns (index, pages)."""
    index = PracticeIndexPageFactory(parent=english_home(), per_page=12)
    pages = {}
    for slug, pillar, level, region_slug, topics, year, validated in sample:
        pages[slug] = PracticePageFactory(
            parent=index,
            title=f"Practice {slug.upper()}",
            slug=f"practice-{slug}",
            pillar=pillar,
            implementation_level=level,
            origin_region=region(region_slug),
            start_date=datetime.date(year, 3, 1),
            validation_status="validated" if validated else "submitted",
            validated_at=datetime.date(2020, 1, 1) if validated else None,
            topic_names=topics,
            locale=Locale.get_default(),
        )
    return index, pages


# Helpers for the converted governance and case tests (tests-a) ---


def make_practice(origin_region=None, index=None, **fields):
    """A live English practice page in a practice library (a new one under the
    English home unless ``index`` is given), optionally from ``origin_region``."""
    index = index or PracticeIndexPageFactory(parent=english_home())
    fields.setdefault("locale", Locale.get_default())
    return PracticePageFactory(parent=index, origin_region=origin_region, **fields)


def make_practices(slugs, origin_region=None):
    """Live English practices with these slugs, in one new practice library, from
    ``origin_region`` (none by default); returns them by slug."""
    index = PracticeIndexPageFactory(parent=english_home())
    return {
        slug: make_practice(
            origin_region, index=index, slug=slug, title=slug.replace("-", " ").title()
        )
        for slug in slugs
    }


def build_case_in_action_plan(region_page, origin_region=None, assignee=None):
    """A transfer case of ``region_page`` walked to "in_action_plan": linked to the
    first action of a new published plan of the region, with a note. Its practice
    (a new one, from ``origin_region``) has an Italian translation."""
    from cms.factories import published_translation
    from practices.models import TransferCase
    from regions.factories import make_plan

    practice = make_practice(
        origin_region,
        title=f"Practice adopted by {region_page.title}",
        slug=f"{region_page.slug}-adopted-practice",
    )
    published_translation(practice, "it")
    plan = make_plan(region_page, slug=f"{region_page.slug}-case-plan")
    case = TransferCase.objects.create(
        title=f"{region_page.title} adopts a practice",
        region=region_page,
        practice=practice,
        assignee=assignee,
    )
    for stage in ("contacted", "study_visit", "adapting"):
        case.transition(stage)
    case.action = plan.actions.order_by("sort_order").first()
    case.save()
    case.transition("in_action_plan")
    case.add_note(None, "The practice is now an action of the plan.")
    case.refresh_from_db()
    return case


# Helpers for the converted content and listing tests (tests-b) ---


def sample_regions(prefix="sample-"):
    """The regions SAMPLE names (valencia, gavleborg, silesia), made anew under
    an isolated territories index with slugs ``prefix + name``, English only:
    {name: RegionPage}."""
    from regions.factories import isolated_region_index, make_profiled_region

    index = isolated_region_index(f"{prefix}territories", translated=False)
    names = sorted({row[3] for row in SAMPLE})
    return {
        name: make_profiled_region(
            index, f"{name.title()} ({prefix})", f"{prefix}{name}", translated=False
        )
        for name in names
    }


def build_own_sample_library(prefix="sample-"):
    """``build_sample_library`` on regions of its own (``sample_regions``)
    instead of the demo's: returns (index, pages, regions)."""
    regions = sample_regions(prefix)
    sample = [
        (slug, pillar, level, regions[name].slug, topics, year, validated)
        for slug, pillar, level, name, topics, year, validated in SAMPLE
    ]
    index, pages = build_sample_library(sample)
    return index, pages, regions


# Helpers for the converted open-data and foundation tests (tests-c) ---


def build_open_data_sample(prefix="od-"):
    """Open-data rows of a test's own, published and translated into every
    language: a region (under an isolated territories index) with two key
    figures, a stakeholder, a sector and an investment desk; a practice library
    with one practice from that region (topics "export" and "smes"); an
    activities index with one event hosted by the region. Returns the English
    pages as a namespace (region, practice_index, practice, event_index, event)."""
    from types import SimpleNamespace

    from cms.factories import translate_everywhere
    from regions.factories import (
        isolated_region_index,
        make_profiled_region,
        make_sector,
    )

    region_index = isolated_region_index(f"{prefix}territories")
    sector = make_sector(f"{prefix}sector", {"en": f"Sector {prefix}"})
    region = make_profiled_region(
        region_index,
        f"Open Data Region {prefix}",
        f"{prefix}region",
        sectors=[sector],
        figures=[
            {"label": "Population", "value": Decimal("4450000"), "unit": "inhabitants",
             "year": 2023, "source": "Eurostat"},
            {"label": "GDP", "value": Decimal("-3.5"), "unit": "% change",
             "year": 2020, "source": "National statistics office"},
        ],
        stakeholders=[{"organisation": f"Chamber {prefix}", "category": "chamber"}],
        desk_name="Invest desk",
        desk_email=f"{prefix}desk@example.org",
        desk_phone="+39 051 000000",
        desk_url="https://desk.example.org/",
        latitude=Decimal("44.49381"),
        longitude=Decimal("11.33875"),
    )  # fmt: skip
    practice_index = translate_everywhere(
        PracticeIndexPageFactory(
            parent=english_home(),
            slug=f"{prefix}practices",
            locale=Locale.get_default(),
        )
    )
    practice = PracticePageFactory(
        parent=practice_index,
        title=f"Open data practice {prefix}",
        slug=f"{prefix}practice",
        origin_region=region,
        topic_names=["export", "smes"],
        locale=Locale.get_default(),
    )
    translate_everywhere(practice)
    event_index = translate_everywhere(
        EventIndexPageFactory(
            parent=english_home(),
            slug=f"{prefix}activities",
            locale=Locale.get_default(),
        )
    )
    event = EventPageFactory(
        parent=event_index,
        title=f"Open data workshop {prefix}",
        slug=f"{prefix}workshop",
        host_region=region,
        outcomes="<p>Ten firms met buyers.</p>",
        lessons_learned="<p>Book the buyers early.</p>",
        locale=Locale.get_default(),
    )
    # Published through a revision, so that it has its publication dates.
    event.save_revision().publish()
    event.refresh_from_db()
    translate_everywhere(event)
    return SimpleNamespace(
        region=region,
        practice_index=practice_index,
        practice=practice,
        event_index=event_index,
        event=event,
    )


# Helpers for the translatable topics (topics) ---


def make_topic(slug, names, translated=True):
    """The tag ``slug`` (named like its slug, as tagging by slug makes it) and its
    topic named ``names["en"]`` in English; unless ``translated`` is False,
    translated into every other language through wagtail-localize (``names``
    maps a language code to the name there; one not given keeps the English).
    Returns the English Topic."""
    from taggit.models import Tag

    from cms.factories import translate_everywhere

    from .models import Topic

    tag, _created = Tag.objects.get_or_create(slug=slug, defaults={"name": slug})
    topic = Topic.objects.create(tag=tag, name=names["en"], locale=Locale.get_default())
    if translated:
        translate_everywhere(topic, {"name": names})
    return topic


def italian_library(prefix="it-"):
    """A new English practice library and its Italian translation, both live:
    returns (english index, italian index). Practices made under the Italian one
    are Italian from the start (no translation needed for listing tests)."""
    from cms.factories import published_translation

    index = PracticeIndexPageFactory(
        parent=english_home(),
        slug=f"{prefix}library",
        locale=Locale.get_default(),
        per_page=50,
    )
    return index, published_translation(index, "it")


def make_italian_practices(italian_index, count, topic_slugs, start=0):
    """``count`` live Italian practices under ``italian_index``, the n-th tagged
    with ``topic_slugs[n % len(topic_slugs)]`` (the slugs are existing tags)."""
    locale = italian_index.locale
    return [
        PracticePageFactory(
            parent=italian_index,
            title=f"Pratica {number}",
            slug=f"pratica-{number}",
            topic_names=[topic_slugs[number % len(topic_slugs)]],
            locale=locale,
        )
        for number in range(start, start + count)
    ]


def library_in(language, prefix):
    """A new live practice library translated into ``language``: returns the
    translation, under which practices are made in that language directly."""
    from cms.factories import published_translation

    index = PracticeIndexPageFactory(
        parent=english_home(), slug=f"{prefix}library", locale=Locale.get_default()
    )
    return published_translation(index, language)
