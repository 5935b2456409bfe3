"""Generated investor inquiries for ``manage.py generate_content --cases``, and
investment sites for ``--sites`` (the site finder's volume).

Inquiries arrive through the showcases' contact forms, so each generated one
names a live showcase (in the language the investor wrote in), its region, and
a sector. They are bulk-created like the other generated content (see
cms/generate.py): no e-mails, no per-case audit log. Their addresses are at
``example.invalid`` (a domain that never exists, RFC 2606), which is how
``--clear`` tells them from real inquiries.
"""

import datetime

from cms.cases.dates import add_working_days
from cms.generate import CASE_PRIORITIES, explicit_timestamps

GENERATED_DOMAIN = "example.invalid"
CHUNK = 500

STATUSES = [
    ("new", 20),
    ("assigned", 25),
    ("answered", 20),
    ("closed", 30),
    ("spam", 5),
]
FIRST_NAMES = ["Anna", "Marco", "Lucía", "Erik", "Zofia", "Jonas", "Chiara", "Pablo"]
LAST_NAMES = ["Berg", "Rossi", "García", "Nowak", "Lind", "Moreau", "Kowalska", "Sato"]
COMPANIES = [
    "Nordic Components",
    "Iberia Foods",
    "Alpine Robotics",
    "Baltic Logistics",
    "Adriatic Ceramics",
    "Lakeside Software",
    "Danube Textiles",
    "Atlantic Energy",
]
COUNTRIES = ["Germany", "France", "Japan", "Canada", "Norway", "Netherlands", "Korea"]
MESSAGES = {
    "en": "We are looking for a site for a production plant of about 5,000 m² and "
    "would like to know about incentives and suppliers in the region.",
    "it": "Cerchiamo un sito per uno stabilimento di circa 5.000 m² e vorremmo "
    "conoscere incentivi e fornitori della regione.",
    "es": "Buscamos un emplazamiento para una planta de unos 5.000 m² y queremos "
    "conocer los incentivos y proveedores de la región.",
    "sv": "Vi söker en plats för en fabrik på cirka 5 000 m² och vill veta mer om "
    "stöd och leverantörer i regionen.",
    "pl": "Szukamy lokalizacji dla zakładu o powierzchni około 5 000 m² i chcemy "
    "poznać zachęty oraz dostawców w regionie.",
}


GENERATED_SITE_PREFIX = "Plot G-"
SITE_KINDS = ["greenfield", "brownfield", "real_estate", "research_centre"]
SITE_AVAILABILITY = ["available", "soon", "negotiation"]
SITE_USES = [
    "Production, logistics",
    "Offices, laboratories",
    "Logistics, warehousing",
    "Production, offices, retail",
    "Research, offices",
]


def generate(ctx, options):
    """generate_content's step for this app (found by cms.discovery): as many
    investor inquiries as transfer cases, and ``--sites`` investment sites."""
    generate_inquiries(ctx, options["cases"])
    generate_sites(ctx, options.get("sites", 0))


def clear():
    """Before generating again: the generated inquiries and sites. Returns how
    many."""
    return clear_inquiries() + clear_sites()


def clear_sites():
    from .models import InvestmentSite

    return InvestmentSite.objects.filter(
        name__startswith=GENERATED_SITE_PREFIX
    ).delete()[0]


def generate_sites(ctx, count):
    """``count`` sites spread over the live English showcases, each copied into
    the showcase's translations (same translation key, synchronised numbers),
    around the showcase's region. Generated sites replace earlier ones."""
    if count <= 0:
        return
    import uuid
    from decimal import Decimal

    from regions.models import RegionPage

    from .models import InvestmentSite, ShowcasePage

    clear_sites()
    english = list(
        ShowcasePage.objects.live().filter(locale__language_code="en").order_by("path")
    )
    if not english:
        ctx.log("No showcase pages to receive investment sites.")
        return
    translations = {}
    for page in ShowcasePage.objects.live().filter(
        translation_key__in=[p.translation_key for p in english],
        locale__language_code__in=ctx.languages,
    ):
        translations.setdefault(page.translation_key, []).append(page)
    regions = {
        region.path: region
        for region in RegionPage.objects.filter(
            path__in=[p.path[: -ShowcasePage.steplen] for p in english]
        )
    }
    rng = ctx.rng
    progress = ctx.progress("investment sites", count)
    sites = []
    for n in range(1, count + 1):
        showcase = english[n % len(english)]
        region = regions.get(showcase.path[: -ShowcasePage.steplen])
        centre = (
            (float(region.latitude), float(region.longitude))
            if region is not None and region.latitude is not None
            else (45.0, 10.0)
        )
        kind = rng.choice(SITE_KINDS)
        area = (
            rng.randint(1, 400) * 1000
            if kind == "greenfield"
            else rng.randint(5, 300) * 100
        )
        municipality = region.title if region is not None else "Somewhere"
        fields = {
            "name": f"{GENERATED_SITE_PREFIX}{n:05d} ({municipality})",
            "kind": kind,
            "area_m2": area,
            "municipality": municipality,
            "latitude": Decimal(f"{centre[0] + rng.uniform(-0.6, 0.6):.5f}"),
            "longitude": Decimal(f"{centre[1] + rng.uniform(-0.8, 0.8):.5f}"),
            "availability": rng.choice(SITE_AVAILABILITY),
            "admissible_uses": rng.choice(SITE_USES),
            "sort_order": 1000 + n,
            "translation_key": uuid.UUID(int=rng.getrandbits(128)),
        }
        for page in translations.get(showcase.translation_key, [showcase]):
            sites.append(InvestmentSite(page=page, locale_id=page.locale_id, **fields))
        if n % CHUNK == 0:
            progress.advance(CHUNK)
    InvestmentSite.objects.bulk_create(sites, batch_size=CHUNK)
    progress.advance(count % CHUNK)
    ctx.count("investment sites", count)


def generate_inquiries(ctx, count):
    """``count`` investor inquiries spread over the showcases and the past years."""
    if count <= 0:
        return
    from cms.access import region_coordinators
    from cms.models import CaseReferenceCounter
    from regions.models import RegionPage, Sector

    from .models import InvestorInquiry, ShowcasePage

    showcases = []
    for showcase in (
        ShowcasePage.objects.live()
        .filter(locale__language_code__in=ctx.languages)
        .select_related("locale")
        .order_by("path")
    ):
        parent_path = showcase.path[: -ShowcasePage.steplen]
        showcases.append((showcase, parent_path))
    if not showcases:
        ctx.log("No showcase pages to receive investor inquiries.")
        return
    parents = {
        region.path: region
        for region in RegionPage.objects.filter(
            path__in={path for _showcase, path in showcases}
        ).select_related("locale")
    }
    english_regions = {
        region.translation_key: region
        for region in RegionPage.objects.filter(locale__language_code="en")
    }
    sectors = {}
    for sector in Sector.objects.select_related("locale").order_by("code"):
        sectors.setdefault(sector.locale.language_code, []).append(sector.pk)
    # Only people who may work on a region's cases (cms.access) are assigned.
    coordinators = region_coordinators()
    statuses, status_weights = zip(*STATUSES, strict=True)
    priorities, priority_weights = zip(*CASE_PRIORITIES, strict=True)
    rng = ctx.rng
    progress = ctx.progress("investor inquiries", count)
    inquiries = []
    for n in range(1, count + 1):
        showcase, parent_path = showcases[rng.randrange(len(showcases))]
        language = showcase.locale.language_code
        region = parents.get(parent_path)
        source = english_regions.get(region.translation_key) if region else None
        status = rng.choices(statuses, status_weights)[0]
        assignee = (
            next(iter(coordinators.get(source.pk, [])), None)
            if source is not None and status != "new"
            else None
        )
        if status in ("assigned", "answered", "closed") and assignee is None:
            status = "new"
        first = rng.choice(FIRST_NAMES)
        last = rng.choice(LAST_NAMES)
        company = f"{rng.choice(COMPANIES)} {n:05d}"
        received = ctx.moment(days=-rng.randint(1, 1000), hours=rng.randint(0, 9))
        language_sectors = sectors.get(language) or [None]
        inquiries.append(
            InvestorInquiry(
                title=f"{company} ({first} {last})"[:255],
                name=f"{first} {last}",
                company=company,
                email=f"investor-{n:05d}@{GENERATED_DOMAIN}",
                country=rng.choice(COUNTRIES),
                sector_id=rng.choice(language_sectors),
                message=MESSAGES.get(language, MESSAGES["en"]),
                consent=True,
                locale_id=showcase.locale_id,
                showcase_id=showcase.pk,
                region_id=source.pk if source is not None else None,
                assignee_id=assignee,
                status=status,
                priority=rng.choices(priorities, priority_weights)[0],
                due_date=add_working_days(received.date(), 5),
                notified_at=received,
                created_at=received,
                updated_at=received + datetime.timedelta(days=rng.randint(0, 30)),
            )
        )
        if n % CHUNK == 0:
            progress.advance(CHUNK)
    references = CaseReferenceCounter.reserve(
        InvestorInquiry.reference_prefix, len(inquiries)
    )
    for inquiry, reference in zip(inquiries, references, strict=True):
        inquiry.reference = reference
    with explicit_timestamps(InvestorInquiry, "created_at", "updated_at"):
        InvestorInquiry.objects.bulk_create(inquiries, batch_size=CHUNK)
    progress.advance(count % CHUNK)
    ctx.count("investor inquiries", len(inquiries))


def clear_inquiries():
    from .models import InvestorInquiry

    return InvestorInquiry.objects.filter(
        email__endswith=f"@{GENERATED_DOMAIN}"
    ).delete()[0]
