"""Factories shared by tests and demo data."""

import datetime
from decimal import Decimal
from types import SimpleNamespace

import factory
import wagtail_factories
from wagtail.models import Locale

from cms.factories import (
    english_home,
    make_document,
    make_image,
    make_lead_partner_user,
    make_region_users,
    pdf_bytes,
)
from cms.governance import region_governance_for, restrict_to_stakeholders
from home.factories import make_child_page
from regions.models import (
    ActionIndicator,
    ActionPlanPage,
    ActionProgress,
    IndicatorMeasurement,
    MonitoringReport,
    PlanAction,
    RegionIndexPage,
    RegionKeyFigure,
    RegionPage,
    RegionSector,
    Sector,
    ValueChainPage,
)


class SectorFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Sector {n}")
    code = factory.Sequence(lambda n: f"sector-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Sector


class RegionIndexPageFactory(wagtail_factories.PageFactory):
    title = "Territories"
    slug = factory.Sequence(lambda n: f"territories-{n}")

    class Meta:
        model = RegionIndexPage


class RegionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Region {n}")
    slug = factory.Sequence(lambda n: f"region-{n}")
    partner_name = factory.Sequence(lambda n: f"Partner {n}")
    country = RegionPage.Country.ITALY
    intro = "A territory made by a factory."
    latitude = Decimal("45.00000")
    longitude = Decimal("10.00000")
    desk_name = "Investment desk"
    desk_email = factory.Sequence(lambda n: f"desk{n}@example.org")

    class Meta:
        model = RegionPage


class RegionSectorFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(RegionPageFactory)
    sector = factory.SubFactory(SectorFactory)
    locale = factory.SelfAttribute("page.locale")

    class Meta:
        model = RegionSector


class RegionKeyFigureFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(RegionPageFactory)
    label = "Population"
    value = Decimal("1000000")
    unit = "inhabitants"
    year = 2023
    source = "Eurostat"
    locale = factory.SelfAttribute("page.locale")

    class Meta:
        model = RegionKeyFigure


class ValueChainPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Value chain {n}")
    slug = factory.Sequence(lambda n: f"value-chain-{n}")
    summary = "A value chain made by a factory."

    class Meta:
        model = ValueChainPage


# Action plans -------------------------------------------------------------------


class ActionPlanPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Local Action Plan {n}")
    slug = factory.Sequence(lambda n: f"local-action-plan-{n}")
    instrument_name = "POR FESR Emilia-Romagna 2014–2020"
    managing_authority = "Regione Emilia-Romagna"
    plan_status = ActionPlanPage.Status.APPROVED
    approval_date = datetime.date(2019, 3, 28)
    context = "<p>Small firms export too little.</p>"
    english_summary = "A plan made by a factory."

    class Meta:
        model = ActionPlanPage


def make_plan(region, actions=2, indicators=1, publish=True, **fields):
    """A plan under ``region`` with ``actions`` actions of ``indicators`` each."""
    plan = ActionPlanPageFactory.build(**fields)
    plan.actions = [
        PlanAction(
            sort_order=a,
            title=f"Action {a + 1}",
            background="<p>What was learned.</p>",
            activities="<p>What will be done.</p>",
            players="The region and its partners",
            start_date=datetime.date(2019, 4, 1),
            end_date=datetime.date(2020, 12, 31),
            indicative_cost=Decimal("10000.00") * (a + 1),
            funding_sources="ERDF",
            indicators=[
                ActionIndicator(
                    sort_order=i,
                    name=f"Indicator {a + 1}.{i + 1}",
                    unit="companies",
                    baseline=Decimal("0"),
                    target=Decimal("40"),
                )
                for i in range(indicators)
            ],
        )
        for a in range(actions)
    ]
    region.add_child(instance=plan)
    revision = plan.save_revision()
    if publish:
        revision.publish()
    plan.refresh_from_db()
    return plan


def make_report(plan, period="2019-04", submitted=True, statuses=None, values=None):
    """A report on every action of ``plan`` (status per action, one measurement per
    indicator: ``values`` is a list of numbers, one per indicator in order)."""
    report = MonitoringReport.objects.create(
        plan=plan,
        period=period,
        submitted_on=datetime.date(2019, 11, 15) if submitted else None,
    )
    actions = list(plan.actions.order_by("sort_order"))
    statuses = statuses or ["in_progress"] * len(actions)
    for action, status in zip(actions, statuses, strict=False):
        ActionProgress.objects.create(
            report=report,
            action=action,
            status=status,
            narrative=f"{action.title} went on.",
            explanation="Because." if status in ("delayed", "abandoned") else "",
        )
    indicators = [i for a in actions for i in a.indicators.order_by("sort_order")]
    end = report.period_end
    for indicator, value in zip(indicators, values or [], strict=False):
        IndicatorMeasurement.objects.create(
            report=report, indicator=indicator, value=Decimal(value), measured_on=end
        )
    return report


def region_index(home=None):
    """The RegionIndexPage under ``home`` (the English home by default), made and
    published if there is none."""
    home = home or english_home()
    index = RegionIndexPage.objects.child_of(home).first()
    if index is None:
        index = RegionIndexPage(title="Territories", slug="territories")
        home.add_child(instance=index)
        index.save_revision().publish()
    return index


def make_region(title, slug, index=None, **fields):
    """A published RegionPage; its governance is set up by the post_save signal."""
    index = index or region_index()
    fields.setdefault("partner_name", f"{title} partner")
    fields.setdefault("country", "IT")
    region = RegionPage(title=title, slug=slug, **fields)
    index.add_child(instance=region)
    region.save_revision().publish()
    region.refresh_from_db()
    return region


def region(slug, language="en"):
    """The RegionPage with ``slug`` in ``language``."""
    return RegionPage.objects.get(slug=slug, locale__language_code=language)


# A governed tree ------------------------------------------------------------------


def build_governed_region(title, slug):
    """A published region with its governance, two pages (one for stakeholders
    only), a public and an internal document, an image and a user per role."""
    region = make_region(title, slug)
    governance = region_governance_for(region)
    news = make_child_page(region, f"{title} news", f"{slug}-news", show_in_menus=True)
    minutes = make_child_page(
        region, f"{title} LSG minutes", f"{slug}-minutes", show_in_menus=True
    )
    restrict_to_stakeholders(minutes, governance)
    public_doc = make_document(
        f"{title} factsheet",
        f"{slug}-factsheet.pdf",
        pdf_bytes(f"{title} factsheet public figures"),
        governance.collection,
    )
    internal_doc = make_document(
        f"{title} draft action plan",
        f"{slug}-draft-plan.pdf",
        pdf_bytes(f"{title} confidential draft budget"),
        governance.internal_collection,
    )
    image = make_image(f"{slug}-picture", governance.collection)
    return SimpleNamespace(
        region=region,
        governance=governance,
        news=news,
        minutes=minutes,
        public_doc=public_doc,
        internal_doc=internal_doc,
        image=image,
        users=SimpleNamespace(**make_region_users(governance, slug)),
    )


def build_governed_tree():
    """Two governed regions, "Test North" and "Test South", and a lead partner."""
    lead = make_lead_partner_user()
    north = build_governed_region("Test North", "test-north")
    south = build_governed_region("Test South", "test-south")
    return SimpleNamespace(north=north, south=south, lead=lead)


# Helpers for the converted governance and case tests (tests-a) ---


def make_region_with_people(title, slug):
    """A published region with its governance and a user per role (no pages,
    documents or images: the light sibling of ``build_governed_region``)."""
    region = make_region(title, slug)
    governance = region_governance_for(region)
    return SimpleNamespace(
        region=region,
        governance=governance,
        users=SimpleNamespace(**make_region_users(governance, slug)),
    )


# Helpers for the converted content and listing tests (tests-b) ---


def make_sector(code, names):
    """A sector with ``code``, named ``names["en"]``, translated into every
    language (``names`` maps a language code to the sector's name there)."""
    from cms.factories import translate_everywhere

    sector = SectorFactory(code=code, name=names["en"])
    return translate_everywhere(sector, names)


def publish_under(parent, page):
    """``page`` added under ``parent`` in its locale, published, read back."""
    page.locale = parent.locale
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def isolated_region_index(slug, title="Territories", translated=True):
    """A RegionIndexPage of its own under the English home, beside the demo's one
    (``add_child`` does not apply ``max_count_per_parent``), published and, unless
    ``translated`` is false, translated into every language: its directory lists
    only the regions a test puts under it."""
    from cms.factories import translate_everywhere

    index = publish_under(
        english_home(), RegionIndexPageFactory.build(title=title, slug=slug)
    )
    if translated:
        translate_everywhere(index)
    return index


def make_profiled_region(
    index,
    title,
    slug,
    sectors=(),
    figures=(),
    stakeholders=(),
    texts=(),
    translated=True,
    **fields,
):
    """A published region under ``index`` with its sectors (Sector rows), key
    figures (dicts of RegionKeyFigure fields) and stakeholders (dicts of
    StakeholderMember fields), translated into every language unless
    ``translated`` is false; ``texts`` are side-by-side translations of its
    strings (see ``cms.factories.translate_everywhere``)."""
    from cms.factories import translate_everywhere
    from regions.models import StakeholderMember

    page = RegionPageFactory.build(
        title=title,
        slug=slug,
        region_sectors=[RegionSector(sector=sector) for sector in sectors],
        key_figures=[RegionKeyFigure(**figure) for figure in figures],
        stakeholders=[StakeholderMember(**member) for member in stakeholders],
        **fields,
    )
    page = publish_under(index, page)
    if translated:
        translate_everywhere(page, *texts)
    return page


def make_value_chain(
    region,
    title,
    slug,
    sector=None,
    stages=(),
    key_companies=(),
    texts=(),
    translated=True,
    **fields,
):
    """A published value chain under ``region``: ``stages`` are (name, [actors])
    pairs, ``key_companies`` key company names; translated into every language
    unless ``translated`` is false (``texts`` as in ``make_profiled_region``)."""
    from cms.factories import translate_everywhere

    page = ValueChainPageFactory.build(
        title=title,
        slug=slug,
        sector=sector,
        stages=[
            ("stage", {"name": name, "description": "", "key_actors": list(actors)})
            for name, actors in stages
        ],
        key_companies=[
            ("company", {"name": name, "activity": "", "website": ""})
            for name in key_companies
        ],
        **fields,
    )
    page = publish_under(region, page)
    if translated:
        translate_everywhere(page, *texts)
    return page
