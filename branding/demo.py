"""Demo content of the branding app: brands and showcases of the seven regions, the
"Invest" overview and investor inquiries in every state.

The texts and figures are data, in ``demo_content/``: ``invest.yaml`` (the
overview and the words every showcase uses), one file per region, and
``inquiries.yaml``."""

from decimal import Decimal

from wagtail.models import Locale, Page

from branding.demo_assets import brand_assets
from branding.factories import (
    BrandPageFactory,
    InvestIndexPageFactory,
    ShowcasePageFactory,
)
from branding.models import (
    BrandColour,
    Incentive,
    InvestmentSite,
    ShowcasePage,
    ShowcaseSector,
    SuccessStory,
)
from branding.models.inquiries import inquiry_due_date
from cms.demo import (
    add_child_once,
    english,
    publish,
    read,
    references_deferred,
    strings,
    translate,
)
from cms.demo_pictures import demo_picture
from home.demo import privacy_slug
from home.models import HomePage, StandardPage
from regions.models import RegionPage, Sector


def palette(brand):
    """The brand's colours, for the pictures the demo draws (cms.demo_pictures)."""
    return [colour["hex"] for colour in brand["colours"]]


def brand_page(data, shared, logo, assets):
    return BrandPageFactory.build(
        hero_image=demo_picture(data["title"], "circles", palette(data)),
        title=data["title"],
        slug=shared["brand_slug"],
        brand_name=data["brand_name"],
        claim=data["claim"],
        search_description=data["claim"],
        story=f"<p>{data['story']}</p>",
        values=[
            ("value", {"name": name, "description": ""}) for name in data["values"]
        ],
        typography=data["typography"],
        logo=logo,
        assets=assets,
        usage_guidelines=f"<p>{shared['usage_guidelines']}</p>",
        campaigns=[("campaign", {**data["campaign"], "url": ""})],
        colours=[BrandColour(**colour) for colour in data["colours"]],
    )


def showcase_page(data, shared, sectors, privacy_page, colours):
    story = data["story"]
    return ShowcasePageFactory.build(
        hero_image=demo_picture(data["title"], "plots", colours),
        title=data["title"],
        slug=shared["index"]["slug"],
        headline=data["headline"],
        intro=data["intro"],
        search_description=data["headline"],
        selling_points=[("point", point) for point in data["points"]],
        contact_intro=shared["contact_intro"],
        privacy_page=privacy_page,
        showcase_sectors=[
            ShowcaseSector(sector=sectors[code]) for code in data["sectors"]
        ],
        incentives=[
            Incentive(
                **{
                    **incentive,
                    "max_amount_eur": decimal_or_none(incentive["max_amount_eur"]),
                }
            )
            for incentive in data["incentives"]
        ],
        investment_sites=[
            InvestmentSite(
                **{
                    **site,
                    "latitude": Decimal(site["latitude"]),
                    "longitude": Decimal(site["longitude"]),
                }
            )
            for site in data["sites"]
        ],
        success_stories=[
            SuccessStory(
                **{
                    **story,
                    "amount_invested_eur": decimal_or_none(
                        story["amount_invested_eur"]
                    ),
                    "jobs_created": story["jobs_created"] or None,
                }
            )
        ],
    )


def decimal_or_none(value):
    return Decimal(value) if value else None


def load(demo):
    references_deferred(demo, load_pages)


def link_privacy_notice(demo, privacy_page):
    """Showcases made by an earlier demo linked their form to the legal notice,
    which says nothing about personal data: point them (and their translations)
    at the privacy notice."""
    if privacy_page is None:
        return
    legal = Page.objects.filter(slug="legal-notice", depth=3).values("translation_key")
    stale = ShowcasePage.objects.filter(privacy_page__translation_key__in=legal)
    for showcase in stale:
        showcase.privacy_page = privacy_page
        publish(showcase, demo.user)
        demo.log(f"  {showcase.title}: the contact form now links the privacy notice")


def add_missing_logo(demo, brand, logo, assets, table):
    """A brand made by an earlier demo, before brands had a logo and assets:
    give it and its translations both."""
    if brand.logo_id is not None:
        return
    for version in brand.get_translations(inclusive=True).specific():
        words = table.get(version.locale.language_code, {})
        version.logo = logo
        version.assets = [
            (name, {**value, "description": words.get(value["description"], "")})
            if version.pk != brand.pk
            else (name, value)
            for name, value in assets
        ]
        publish(version, demo.user)
    demo.log(f"  {brand.title}: logo and brand assets added")


def drop_old_factsheet(demo, showcase, title):
    """Earlier demos uploaded a one-line PDF as each showcase's factsheet, which
    would hide the generated one: unlink it (the document stays in the library)."""
    stale = showcase.get_translations(inclusive=True).filter(factsheet__title=title)
    for version in stale.specific():
        version.factsheet = None
        publish(version, demo.user)
        demo.log(f"  {version.title}: links the generated factsheet")


def load_pages(demo):
    english_locale = Locale.get_default()
    home = HomePage.objects.get(locale=english_locale, depth=2)
    sectors = {
        sector.code: sector for sector in Sector.objects.filter(locale=english_locale)
    }
    privacy_page = StandardPage.objects.filter(
        locale=english_locale, slug=privacy_slug()
    ).first()
    link_privacy_notice(demo, privacy_page)
    shared_data = read("branding", "invest")
    shared = english(shared_data)
    pages = []
    invest, created = add_child_once(
        home,
        InvestIndexPageFactory.build(
            title=shared["index"]["title"],
            slug=shared["index"]["slug"],
            intro=shared["index"]["intro"],
            show_in_menus=True,
            search_description=shared["index"]["intro"],
        ),
        user=demo.user,
    )
    demo.count("pages", int(created))
    demo.count("translations", translate(invest, strings(shared_data), user=demo.user))
    pages.append(invest)
    slugs = shared["showcases"]
    for number, slug in enumerate(slugs, start=1):
        region = RegionPage.objects.filter(locale=english_locale, slug=slug).first()
        if region is None:
            continue
        demo.progress("Brands and showcases", number, len(slugs), region.title)
        record = read("branding", slug)
        data = english(record)
        table = strings(shared_data, record)
        logo, assets = brand_assets(
            demo,
            data["brand"],
            {
                **shared_data["assets"],
                "usage_guidelines": shared_data["usage_guidelines"],
            },
        )
        brand, created = add_child_once(
            region, brand_page(data["brand"], shared, logo, assets), user=demo.user
        )
        demo.count("pages", int(created))
        add_missing_logo(demo, brand, logo, assets, table)
        showcase, created = add_child_once(
            region,
            showcase_page(
                data["showcase"], shared, sectors, privacy_page, palette(data["brand"])
            ),
            user=demo.user,
        )
        demo.count("pages", int(created))
        drop_old_factsheet(demo, showcase, f"{data['showcase']['title']} factsheet")
        for page in (brand, showcase):
            demo.count("translations", translate(page, table, user=demo.user))
            pages.append(page)
    return pages


def load_cases(demo):
    """Investor inquiries in every state, assigned to the regions' coordinators."""
    import datetime

    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from branding.models import InvestorInquiry
    from cms.governance import source_region

    User = get_user_model()
    today = timezone.localdate()
    for data in read("branding", "inquiries"):
        if InvestorInquiry.objects.filter(email=data["email"]).exists():
            continue
        locale = Locale.objects.filter(language_code=data["language"]).first()
        region = RegionPage.objects.filter(
            slug=data["region"], locale__language_code=data["language"]
        ).first()
        if locale is None or region is None:
            continue
        showcase = ShowcasePage.objects.child_of(region).first()
        sector = Sector.objects.filter(code=data["sector"], locale=locale).first()
        inquiry = InvestorInquiry.objects.create(
            name=data["name"],
            company=data["company"],
            email=data["email"],
            country=data["country"],
            sector=sector,
            message=data["message"],
            consent=True,
            locale=locale,
            showcase=showcase,
            region=source_region(region),
            priority=data.get("priority", "normal"),
        )
        received = today - datetime.timedelta(days=data["days_ago"])
        InvestorInquiry.objects.filter(pk=inquiry.pk).update(
            created_at=timezone.make_aware(
                datetime.datetime.combine(received, datetime.time(10))
            ),
            due_date=inquiry_due_date(received),
        )
        inquiry.refresh_from_db()
        coordinator = User.objects.filter(
            username=f"{data['region']}-coordinator"
        ).first()
        for step in data["steps"]:
            if step == "assign":
                inquiry.assign(coordinator, user=demo.user)
            else:
                inquiry.transition(step, user=coordinator or demo.user)
        if data.get("note"):
            inquiry.add_note(coordinator or demo.user, data["note"])
        demo.count("inquiries")
