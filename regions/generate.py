# ruff: noqa: E501  (vocabulary tables: one line per term in five languages)
"""Generated territories for ``manage.py generate_content`` (see cms/generate.py)."""

from decimal import Decimal

from cms.generate import (
    LANGUAGES,
    bulk_add_children,
    generated_key,
    index_objects,
    locales,
)

from .factories import RegionPageFactory
from .models import RegionIndexPage, RegionKeyFigure, RegionPage

COUNTRIES = ["IT", "GB", "ES", "SE", "PL"]
KINDS = [kind for kind, _label in RegionPage.PartnerKind.choices]
PLACES = [
    "Valle",
    "Costa",
    "Altopiano",
    "Pianura",
    "Colline",
    "Laghi",
    "Monti",
    "Riviera",
    "Delta",
    "Bosco",
]

TEXT = {
    "en": {
        "title": "{place} territory {n}",
        "intro": "A generated partner territory with a diversified economy of small and medium enterprises.",
        "partner": "Development agency of {place} {n}",
        "figures": ["Companies", "Exports", "Population"],
    },
    "it": {
        "title": "Territorio {place} {n}",
        "intro": "Un territorio partner generato con un'economia diversificata di piccole e medie imprese.",
        "partner": "Agenzia di sviluppo di {place} {n}",
        "figures": ["Imprese", "Esportazioni", "Popolazione"],
    },
    "es": {
        "title": "Territorio {place} {n}",
        "intro": "Un territorio socio generado con una economía diversificada de pequeñas y medianas empresas.",
        "partner": "Agencia de desarrollo de {place} {n}",
        "figures": ["Empresas", "Exportaciones", "Población"],
    },
    "sv": {
        "title": "Territoriet {place} {n}",
        "intro": "Ett genererat partnerterritorium med en varierad ekonomi av små och medelstora företag.",
        "partner": "Utvecklingsbyrån i {place} {n}",
        "figures": ["Företag", "Export", "Befolkning"],
    },
    "pl": {
        "title": "Terytorium {place} {n}",
        "intro": "Wygenerowane terytorium partnerskie o zróżnicowanej gospodarce małych i średnich przedsiębiorstw.",
        "partner": "Agencja rozwoju {place} {n}",
        "figures": ["Przedsiębiorstwa", "Eksport", "Ludność"],
    },
}
UNITS = ["", "bn EUR", "inhabitants"]


def generate(ctx, options):
    """generate_content's step for this app (found by cms.discovery)."""
    generate_regions(ctx, options["regions"])


def generate_regions(ctx, count):
    """``count`` territories, each in every language, with three key figures."""
    ctx.regions = {
        language: list(
            RegionPage.objects.live()
            .filter(locale__language_code=language)
            .order_by("path")
        )
        for language in LANGUAGES
    }
    if count <= 0:
        return
    by_code = locales()
    english_index = RegionIndexPage.objects.get(locale__language_code="en")
    rng = ctx.rng
    specs = []
    for n in range(1, count + 1):
        specs.append(
            {
                "n": f"{n:03d}",
                "place": rng.choice(PLACES),
                "country": COUNTRIES[(n - 1) % len(COUNTRIES)],
                "kind": rng.choice(KINDS),
                "lat": Decimal(rng.randint(3600000, 6700000)) / 100000,
                "lon": Decimal(rng.randint(-900000, 2900000)) / 100000,
                "figures": [
                    Decimal(rng.randint(5000, 400000)),
                    Decimal(rng.randint(10, 9000)) / 10,
                    Decimal(rng.randint(100000, 5000000)),
                ],
                "year": rng.randint(2019, 2024),
            }
        )
    progress = ctx.progress("territories", count * len(ctx.languages))
    for language in ctx.languages:
        text = TEXT[language]
        index = english_index.get_translation_or_none(by_code[language])
        if index is None:
            continue
        pages = []
        for spec in specs:
            page = RegionPageFactory.build(
                title=text["title"].format(**spec),
                slug=f"gen-territory-{spec['n']}",
                intro=text["intro"],
                partner_name=text["partner"].format(**spec),
                partner_kind=spec["kind"],
                country=spec["country"],
                nuts_code=f"{spec['country']}{spec['n']}",
                latitude=spec["lat"],
                longitude=spec["lon"],
                desk_name=text["partner"].format(**spec),
                desk_email=f"desk-{spec['n']}@example.org",
                first_published_at=ctx.moment(days=int(spec["n"])),
                translation_key=generated_key(f"territory-{spec['n']}"),
            )
            pages.append(page)
        bulk_add_children(index, pages, progress)
        figures = []
        for spec, page in zip(specs, pages, strict=True):
            for position, (label, value, unit) in enumerate(
                zip(text["figures"], spec["figures"], UNITS, strict=True)
            ):
                figures.append(
                    RegionKeyFigure(
                        page_id=page.pk,
                        sort_order=position,
                        label=label,
                        value=value,
                        unit=unit,
                        year=spec["year"],
                        source="Eurostat",
                        locale_id=by_code[language].pk,
                        translation_key=_figure_key(page.translation_key, position),
                    )
                )
        RegionKeyFigure.objects.bulk_create(figures, batch_size=500)
        ctx.regions.setdefault(language, []).extend(pages)
        ctx.count("territories", len(pages))
        index_objects(ctx, RegionPage, pages)


def _figure_key(page_key, position):
    return generated_key(f"{page_key}-key-figure-{position}")
