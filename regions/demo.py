"""Demo content of the regions app: the seven real partner territories and their
Local Action Plans.

The texts and figures are data, in ``demo_content/``: ``territories.yaml`` (the
index, the sectors and the words every region uses) and one file per region (its
profile, value chains and plan). Figures are rounded public statistics (national
statistics offices and Eurostat); they illustrate the profiles and are not
official data of the project. The policy instruments are the real programmes of
2014–2020 each partner addressed; actions, figures and monitoring reports are
illustrative, written for the demo. Reports are region data, written once in
English.
"""

import datetime
from decimal import Decimal

from django.core.files.base import ContentFile
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.models import Locale

from cms.demo import (
    add_child_once,
    english,
    in_every_language,
    read,
    references_deferred,
    strings,
    translate,
    translations_of,
)
from cms.demo_pictures import demo_picture
from home.models import HomePage
from regions.demo_follow_up import load_follow_up
from regions.demo_internal import load_internal
from regions.demo_translation_work import load_translation_work
from regions.factories import (
    ActionPlanPageFactory,
    RegionIndexPageFactory,
    RegionPageFactory,
    ValueChainPageFactory,
)
from regions.models import (
    ActionIndicator,
    ActionProgress,
    IndicatorMeasurement,
    MonitoringEvidence,
    MonitoringReport,
    PlanAction,
    RegionIndexPage,
    RegionKeyFigure,
    RegionSector,
    Sector,
    StakeholderMember,
)

D = datetime.date
FIRST, SECOND = "2019-04", "2019-10"
SUBMITTED = {FIRST: D(2019, 11, 15), SECOND: D(2020, 5, 15)}
MEASURED = {FIRST: D(2019, 9, 30), SECOND: D(2020, 3, 31)}


def ensure_sectors(demo, territories):
    locale = Locale.get_default()
    sectors = {}
    for code, name in territories["sectors"].items():
        sector, created = Sector.objects.get_or_create(
            code=code, locale=locale, defaults={"name": name["en"]}
        )
        demo.count("snippets", int(created))
        sectors[code] = sector
    table = strings(territories["sectors"])
    for sector in sectors.values():
        demo.count("translations", translate(sector, table, user=demo.user))
    return sectors


def region_page(data, sectors):
    return RegionPageFactory.build(
        hero_image=demo_picture(data["title"], "landscape", data["palette"]),
        title=data["title"],
        slug=data["slug"],
        partner_name=data["partner_name"],
        partner_kind=data["partner_kind"],
        country=data["country"],
        nuts_code=data["nuts_code"],
        latitude=Decimal(data["latitude"]),
        longitude=Decimal(data["longitude"]),
        intro=data["intro"],
        desk_name=data["desk_name"],
        desk_email=data["desk_email"],
        desk_phone=data["desk_phone"],
        desk_url=data.get("desk_url", ""),
        search_description=data["intro"],
        region_sectors=[RegionSector(sector=sectors[code]) for code in data["sectors"]],
        key_figures=[
            RegionKeyFigure(
                label=figure["label"],
                value=Decimal(figure["value"]),
                unit=figure["unit"],
                year=figure["year"],
                source=figure["source"],
            )
            for figure in data["figures"]
        ],
        stakeholders=[StakeholderMember(**member) for member in data["stakeholders"]],
    )


def value_chain_page(chain, sectors, palette):
    figures = chain["figures"]
    return ValueChainPageFactory.build(
        hero_image=demo_picture(chain["title"], "circles", palette[1:]),
        title=chain["title"],
        slug=chain["slug"],
        sector=sectors[chain["sector"]],
        summary=chain["summary"],
        search_description=chain["summary"],
        stages=[
            (
                "stage",
                {
                    "name": stage["name"],
                    "description": "",
                    "key_actors": stage["actors"],
                },
            )
            for stage in chain["stages"]
        ],
        market_trends=f"<p>{chain['trends']}</p>",
        companies=figures["companies"],
        employees=figures["employees"],
        export_share=Decimal(figures["export_share"]),
        figures_year=figures["year"],
        key_companies=[
            ("company", {"name": name, "activity": "", "website": ""})
            for name in chain["companies"]
        ],
    )


def ensure_index(demo, home, territories):
    index = RegionIndexPage.objects.child_of(home).first()
    if index is None:
        text = english(territories["index"])
        index, created = add_child_once(
            home,
            RegionIndexPageFactory.build(
                title=text["title"],
                slug=text["slug"],
                intro=text["intro"],
                show_in_menus=True,
                search_description=text["intro"],
            ),
            user=demo.user,
        )
        demo.count("pages", int(created))
    return index


def load(demo):
    references_deferred(demo, load_pages)


def load_pages(demo):
    home = HomePage.objects.get(locale=Locale.get_default(), depth=2)
    territories = read("regions", "territories")
    glossary = [territories["glossary"], territories["plan_slug"]]
    sectors = ensure_sectors(demo, territories)
    index = ensure_index(demo, home, territories)
    demo.count(
        "translations",
        translate(index, strings(territories["index"], *glossary), user=demo.user),
    )
    pages, plans, profiles, names = [index], [], [], {}
    slugs = territories["regions"]
    for number, slug in enumerate(slugs, start=1):
        record = read("regions", slug)
        data = english(record)
        names[slug] = in_every_language(record["title"])
        demo.progress("Territories", number, len(slugs), data["title"])
        table = strings(*glossary, record)
        region, created = add_child_once(
            index, region_page(data, sectors), user=demo.user
        )
        demo.count("pages", int(created))
        demo.count("translations", translate(region, table, user=demo.user))
        pages.append(region)
        profiles.append(region)
        for chain in data["chains"]:
            page, created = add_child_once(
                region,
                value_chain_page(chain, sectors, data["palette"]),
                user=demo.user,
            )
            demo.count("pages", int(created))
            demo.count("translations", translate(page, table, user=demo.user))
            pages.append(page)
        if "plan" in record:
            plans.append((region, record["plan"], table))
    # The plans come after every profile, as they always have (page ids follow).
    for number, (region, plan, table) in enumerate(plans, start=1):
        demo.progress("Local Action Plans", number, len(plans), region.title)
        pages.append(load_plan(demo, region, plan, territories, table))
    follow_up = read("regions", "follow_up")
    for number, (region, _plan, _table) in enumerate(plans, start=1):
        demo.progress("Follow-up actions", number, len(plans), region.title)
        pages.append(
            load_follow_up(
                demo,
                region,
                names[region.slug],
                follow_up,
                number,
                territories["report_texts"],
            )
        )
    internal = read("regions", "internal")
    for number, region in enumerate(profiles, start=1):
        demo.progress(
            "Internal pages and documents", number, len(profiles), region.title
        )
        load_internal(demo, region, names[region.slug], internal)
    return pages


# Local Action Plans --------------------------------------------------------------


def build_plan(data, slug):
    actions = []
    for order, item in enumerate(data["actions"]):
        actions.append(
            PlanAction(
                sort_order=order,
                title=item["title"],
                background=f"<p>{item['background']}</p>",
                activities=f"<p>{item['activities']}</p>",
                players=item["players"],
                funding_sources=item["funding"],
                start_date=item["start"],
                end_date=item["end"],
                indicative_cost=Decimal(item["cost"]),
                indicators=[
                    ActionIndicator(
                        sort_order=i,
                        name=indicator["name"],
                        unit=indicator["unit"],
                        baseline=Decimal(indicator["baseline"]),
                        target=Decimal(indicator["target"]),
                    )
                    for i, indicator in enumerate(item["indicators"])
                ],
            )
        )
    return ActionPlanPageFactory.build(
        title=data["title"],
        slug=slug,
        instrument_name=data["instrument"],
        instrument_kind=data["kind"],
        managing_authority=data["authority"],
        plan_status=data["status"],
        approval_date=data["approved"],
        context=f"<p>{data['context']}</p>",
        english_summary=data["summary"],
        actions=actions,
    )


# The evidence of a report is listed on the plan's progress view in every
# language: its title is given in each (documents are not translated pages).
EVIDENCE_TITLE = {
    "en": "{plan} – monitoring evidence {period}",
    "it": "{plan} – documentazione del monitoraggio {period}",
    "es": "{plan} – documentación del seguimiento {period}",
    "sv": "{plan} – underlag för uppföljningen {period}",
    "pl": "{plan} – dokumentacja monitorowania {period}",
}


def evidence_titles(plan, report):
    """{language: title} of a report's evidence, from the plan's translations."""
    titles = {}
    for version in plan.get_translations(inclusive=True).select_related("locale"):
        code = version.locale.language_code
        with translation.override(code):
            period = str(report.get_period_display())
        pattern = EVIDENCE_TITLE.get(code, EVIDENCE_TITLE["en"])
        titles[code] = pattern.format(plan=version.title, period=period).replace(
            "/", "-"
        )
    return titles


def evidence_document(demo, titles, texts):
    Document = get_document_model()
    title = titles["en"]
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(
            title=title,
            titles=translations_of(titles),
            document_type="evidence",
            language="en",
            description=texts["evidence_document_description"]["en"],
        )
        document.file.save(
            f"{title.lower().replace(' ', '-')[:80]}.txt",
            ContentFile(f"{title}\n\nDemo evidence document.\n".encode()),
            save=False,
        )
        document.save()
        demo.count("documents")
    return document


def report_summary(plan, texts):
    """A report's summary and its translations, each naming the plan's title in
    that language: (English, {code: text})."""
    pattern = texts["summary"]
    titles = {
        version.locale.language_code: version.title
        for version in plan.get_translations(inclusive=True).select_related("locale")
    }
    summaries = {
        code: pattern.get(code, pattern["en"]).format(plan=title)
        for code, title in titles.items()
    }
    english_summary = summaries.pop("en", pattern["en"].format(plan=plan.title))
    return english_summary, summaries


def ensure_reports(demo, plan, data, texts):
    """Two submitted reports, unless they exist already. ``data`` is the plan's
    record with its texts in every language; ``texts`` the shared report texts."""
    actions = list(plan.actions.order_by("sort_order"))
    summary, summaries = report_summary(plan, texts)
    for code in (FIRST, SECOND):
        report, created = MonitoringReport.objects.get_or_create(
            plan=plan,
            period=code,
            defaults={
                "submitted_on": SUBMITTED[code],
                "summary": summary,
                "summary_translations": summaries,
            },
        )
        if not created:
            continue
        demo.count("monitoring reports")
        for order, (action, item) in enumerate(
            zip(actions, data["actions"], strict=True)
        ):
            progress = item["progress"][code]
            ActionProgress.objects.create(
                report=report,
                action=action,
                sort_order=order,
                status=progress["status"],
                narrative=english(progress["narrative"]),
                narrative_translations=translations_of(progress["narrative"]),
                explanation=english(progress.get("explanation", "")),
                explanation_translations=translations_of(
                    progress.get("explanation", "")
                ),
            )
            indicators = list(action.indicators.order_by("sort_order"))
            for indicator, spec in zip(indicators, item["indicators"], strict=True):
                if code in spec["values"]:
                    IndicatorMeasurement.objects.create(
                        report=report,
                        indicator=indicator,
                        value=Decimal(spec["values"][code]),
                        measured_on=MEASURED[code],
                    )
        MonitoringEvidence.objects.create(
            report=report,
            document=evidence_document(demo, evidence_titles(plan, report), texts),
            description=texts["evidence_description"]["en"],
            description_translations=translations_of(texts["evidence_description"]),
        )


def load_plan(demo, region, record, territories, table):
    """The region's plan, translated, with its two monitoring reports. (The
    practices that inspired its actions are linked by the practices app's demo,
    which owns that link.)"""
    slug = territories["plan_slug"]["en"]
    plan, created = add_child_once(
        region, build_plan(english(record), slug), user=demo.user
    )
    demo.count("pages", int(created))
    demo.count("translations", translate(plan, table, user=demo.user))
    ensure_reports(demo, plan, record, territories["report_texts"])
    return plan


def load_cases(demo):
    """After the demo accounts: the translation work in progress."""
    load_translation_work(demo)
