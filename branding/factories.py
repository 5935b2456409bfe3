"""Factories shared by tests and demo data."""

from decimal import Decimal

import factory
import wagtail_factories

from branding.models import (
    BrandPage,
    InvestIndexPage,
    InvestmentSite,
    ShowcasePage,
    ShowcaseSector,
)
from regions.factories import region


class BrandPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Brand {n}")
    slug = factory.Sequence(lambda n: f"brand-{n}")
    brand_name = "Brand"

    class Meta:
        model = BrandPage


class ShowcasePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Invest in region {n}")
    slug = factory.Sequence(lambda n: f"invest-{n}")
    headline = "A good place to invest"

    class Meta:
        model = ShowcasePage


class ShowcaseSectorFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(ShowcasePageFactory)
    locale = factory.SelfAttribute("page.locale")

    class Meta:
        model = ShowcaseSector


class InvestmentSiteFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(ShowcasePageFactory)
    name = factory.Sequence(lambda n: f"Site {n}")
    kind = InvestmentSite.Kind.GREENFIELD
    area_m2 = 20000
    municipality = "Somewhere"
    latitude = Decimal("45.10000")
    longitude = Decimal("10.20000")
    locale = factory.SelfAttribute("page.locale")

    class Meta:
        model = InvestmentSite


class InvestIndexPageFactory(wagtail_factories.PageFactory):
    title = "Invest"
    slug = factory.Sequence(lambda n: f"invest-index-{n}")

    class Meta:
        model = InvestIndexPage


def showcase(slug="emilia-romagna", language="en"):
    """The showcase (invest here) page under the region with ``slug``."""
    return ShowcasePage.objects.child_of(region(slug, language)).get()


# Helpers for the converted governance and case tests (tests-a) ---


def make_inquiry(region_page, name="Orla Pemberton", **fields):
    """An investor inquiry (a case) for ``region_page``, sent through the region's
    showcase page if it has one; any field may be given."""
    from branding.models import InvestorInquiry

    fields.setdefault("company", "Pemberton Batteries")
    fields.setdefault("email", "orla@pemberton.example")
    fields.setdefault("country", "Ireland")
    fields.setdefault("message", "A plant for cells.")
    fields.setdefault("consent", True)
    fields.setdefault("showcase", ShowcasePage.objects.child_of(region_page).first())
    return InvestorInquiry.objects.create(name=name, region=region_page, **fields)


def make_privacy_notice(slugs, title="Privacy notice (tests)"):
    """A published privacy notice (a StandardPage under the English home) and its
    published translations; ``slugs`` maps each language ("en" first) to the slug
    of the page in it. Returns the pages by language."""
    from cms.factories import english_home, published_translation
    from home.factories import make_child_page

    english = make_child_page(english_home(), title, slugs["en"])
    pages = {"en": english}
    for language, slug in slugs.items():
        if language != "en":
            pages[language] = published_translation(english, language, slug)
    return pages


def make_showcase(region_page, languages=(), **fields):
    """A published showcase page under ``region_page`` and its published
    translations (with the region's) in ``languages``. Returns the pages by
    language, "en" included."""
    from wagtail.models import Locale

    from cms.factories import published_translation

    fields.setdefault("title", f"Invest in {region_page.title}")
    fields.setdefault("slug", f"invest-in-{region_page.slug}")
    fields.setdefault("locale", Locale.get_default())
    english = ShowcasePageFactory(parent=region_page, **fields)
    english.save_revision().publish()
    english.refresh_from_db()
    pages = {"en": english}
    for language in languages:
        published_translation(region_page, language)
        pages[language] = published_translation(english, language)
    return pages


# Helpers for the converted content and listing tests (tests-b) ---


def _publish_translated(parent, page, texts, translated):
    from cms.factories import translate_everywhere
    from regions.factories import publish_under

    page = publish_under(parent, page)
    if translated:
        translate_everywhere(page, *texts)
    return page


def make_brand(region, colours=(), texts=(), translated=True, **fields):
    """A published brand page under ``region`` with its palette (``colours`` are
    dicts of BrandColour fields), translated into every language unless
    ``translated`` is false; ``texts`` are side-by-side translations of its
    strings (see ``cms.factories.translate_everywhere``)."""
    from branding.models import BrandColour

    fields.setdefault("slug", "brand")
    page = BrandPageFactory.build(
        colours=[BrandColour(**colour) for colour in colours], **fields
    )
    return _publish_translated(region, page, texts, translated)


def make_showcase_with_offer(
    region,
    sectors=(),
    sites=(),
    incentives=(),
    stories=(),
    texts=(),
    translated=True,
    **fields,
):
    """A published showcase under ``region`` with its target sectors (Sector
    rows), investment sites, incentives and success stories (dicts of their
    fields), translated into every language unless ``translated`` is false
    (``texts`` as in ``make_brand``). Named apart from the tests-a
    ``make_showcase``, which makes a bare showcase in chosen languages."""
    from branding.models import Incentive, SuccessStory

    fields.setdefault("slug", "invest")
    page = ShowcasePageFactory.build(
        showcase_sectors=[ShowcaseSector(sector=sector) for sector in sectors],
        investment_sites=[
            InvestmentSite(
                **{
                    "latitude": Decimal("45.1"),
                    "longitude": Decimal("10.2"),
                    "municipality": "Somewhere",
                    **site,
                }
            )
            for site in sites
        ],
        incentives=[Incentive(**incentive) for incentive in incentives],
        success_stories=[SuccessStory(**story) for story in stories],
        **fields,
    )
    return _publish_translated(region, page, texts, translated)


def isolated_invest_index(slug, translated=True):
    """An InvestIndexPage of its own under the English home, published and
    translated into every language unless ``translated`` is false. (The
    overview lists every visible showcase of its language, wherever it is: see
    ``hide_other_showcases``.)"""
    from cms.factories import english_home

    page = InvestIndexPageFactory.build(slug=slug)
    return _publish_translated(english_home(), page, (), translated)


def hide_other_showcases(keep):
    """Every showcase but those of ``keep`` (pages, with their translations)
    taken offline by a plain update (no revision, no signal), so that listings
    of every showcase show only a test's own. Returns how many were hidden."""
    keys = [page.translation_key for page in keep]
    return (
        ShowcasePage.objects.live().exclude(translation_key__in=keys).update(live=False)
    )
