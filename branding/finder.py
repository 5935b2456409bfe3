"""The investment site finder: every site of every showcase in one language,
filtered by region, country, kind, area, availability and admissible use.

It is a listing like the others (cms.listing): filters are GET parameters, each
facet counts with one aggregate query, unknown values are ignored and reported,
and the page number is read forgivingly. Sites are filtered in the database; the
showcases (one per region, a handful) are read once and map each site to its
region and country, so that no query runs per site or per showcase.

The map shows every matching site while there are few (MAX_SITE_POINTS); past
that, one point per region with its count, linking to the finder narrowed to the
region: two thousand markers would be unreadable and heavy to send.
"""

from collections import namedtuple

from django.db.models import Count, Q
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from cms.access import visible_pages
from cms.listing import Filter, Listing
from regions.maps import build_map, register_region_points
from regions.models import RegionPage

from .models.inlines import InvestmentSite
from .models.showcase import ShowcasePage

SiteRow = namedtuple("SiteRow", "pk page_id name kind latitude longitude")

PER_PAGE = 20
MAX_SITE_POINTS = 40
MAX_USE_LENGTH = 100

# Area buckets: (value, label, lowest m², highest m² or None).
AREAS = [
    ("lt5000", _("Under 5,000 m²"), 0, 5000),
    ("5000-20000", _("5,000 to 20,000 m²"), 5000, 20000),
    ("20000-100000", _("20,000 to 100,000 m²"), 20000, 100000),
    ("gt100000", _("Over 100,000 m²"), 100000, None),
]


def _area_q(value):
    for key, _label, low, high in AREAS:
        if key == value:
            q = Q(area_m2__gte=low)
            return q & Q(area_m2__lt=high) if high is not None else q
    return Q(pk__in=[])


def _area_condition(values):
    condition = Q(pk__in=[])
    for value in values:
        condition |= _area_q(value)
    return condition


def _area_counts(listing, queryset):
    """Every bucket in one aggregate query."""
    totals = queryset.order_by().aggregate(
        **{
            f"n{i}": Count("pk", filter=_area_q(key))
            for i, (key, *_r) in enumerate(AREAS)
        }
    )
    return [
        (key, str(label), totals[f"n{i}"])
        for i, (key, label, *_r) in enumerate(AREAS)
        if totals[f"n{i}"]
    ]


def _showcase_counts(queryset):
    return dict(
        queryset.order_by().values_list("page_id").annotate(n=Count("pk")).order_by()
    )


class SiteFinder(Listing):
    """The sites of the live, public showcases in one language, for one request."""

    per_page = PER_PAGE
    sorts = {
        "name": (_("Name (A–Z)"), ("name", "pk")),
        "largest": (_("Largest first"), ("-area_m2", "pk")),
        "smallest": (_("Smallest first"), ("area_m2", "pk")),
    }
    default_sort = "name"

    def __init__(self, request, index_page):
        self.showcases = {
            showcase.pk: showcase
            for showcase in visible_pages(
                request, ShowcasePage.objects.all(), locale=index_page.locale_id
            )
            .defer_streamfields()
            .only("title", "path", "depth", "url_path", "locale_id")
        }
        parents = {s.path[: -Page.steplen]: s.pk for s in self.showcases.values()}
        self.region_of = {}
        for region in RegionPage.objects.filter(path__in=parents).only(
            "title", "slug", "path", "url_path", "country", "latitude", "longitude"
        ):
            self.region_of[parents[region.path]] = region
        self.regions = {r.slug: r for r in self.region_of.values()}
        self.use = request.GET.get("use", "").strip()[:MAX_USE_LENGTH]
        self.filters = self.make_filters()
        sites = InvestmentSite.objects.filter(page_id__in=list(self.showcases))
        if self.use:
            sites = sites.filter(admissible_uses__icontains=self.use)
        super().__init__(request, sites, page=index_page)

    # Filters that go through the showcase: region and country -------------------

    def _showcases_where(self, test):
        return [pk for pk, region in self.region_of.items() if test(region)]

    def _fold(self, queryset, key, label):
        """Per-showcase counts (one query) added up by region or country."""
        totals = {}
        for page_id, n in _showcase_counts(queryset).items():
            region = self.region_of.get(page_id)
            if region is not None:
                value = key(region)
                name, count = totals.get(value, (label(region), 0))
                totals[value] = (name, count + n)
        return sorted(
            ((value, name, n) for value, (name, n) in totals.items()),
            key=lambda option: option[1].lower(),
        )

    def make_filters(self):
        countries = dict(RegionPage.Country.choices)
        return [
            Filter(
                "region",
                _("Region"),
                field="page_id",
                known=lambda listing, slugs: {
                    slug: self.regions[slug].title
                    for slug in slugs
                    if slug in self.regions
                },
                condition=lambda slugs: Q(
                    page_id__in=self._showcases_where(lambda r: r.slug in slugs)
                ),
                counts=lambda listing, queryset: self._fold(
                    queryset, lambda r: r.slug, lambda r: r.title
                ),
                all_label=_("All regions"),
            ),
            Filter(
                "country",
                _("Country"),
                field="page_id",
                choices=RegionPage.Country.choices,
                condition=lambda codes: Q(
                    page_id__in=self._showcases_where(lambda r: r.country in codes)
                ),
                counts=lambda listing, queryset: self._fold(
                    queryset, lambda r: r.country, lambda r: str(countries[r.country])
                ),
                all_label=_("All countries"),
            ),
            Filter(
                "kind",
                _("Kind of site"),
                field="kind",
                choices=InvestmentSite.Kind.choices,
                all_label=_("All kinds of site"),
            ),
            Filter(
                "area",
                _("Area"),
                field="area_m2",
                choices=[(key, label) for key, label, *_r in AREAS],
                condition=_area_condition,
                counts=_area_counts,
                all_label=_("Any area"),
            ),
            Filter(
                "availability",
                _("Availability"),
                field="availability",
                choices=InvestmentSite.Availability.choices,
                all_label=_("Any availability"),
            ),
        ]

    def query_dict(self, selected=None, sort=None):
        """The free-text admissible use stays in every link."""
        query = super().query_dict(selected, sort)
        if self.use:
            query["use"] = self.use
        return query

    # What the page shows ---------------------------------------------------------

    def site_url(self, site):
        return f"{self.showcases[site.page_id].url}#site-{site.pk}"

    def contact_url(self, showcase_id):
        return f"{self.showcases[showcase_id].url}#contact"

    def decorate(self, sites):
        for site in sites:
            site.showcase = self.showcases[site.page_id]
            site.region = self.region_of.get(site.page_id)
            site.url = self.site_url(site)
            site.contact_url = self.contact_url(site.page_id)
        return sites

    def get_map(self, total):
        """One query: the matching sites, or their counts per region."""
        title = gettext("Map of the investment sites found")
        filtered = self.filtered()
        if total <= MAX_SITE_POINTS:
            items = [
                (name, self.site_url_from(pk, page_id), lat, lon)
                for pk, page_id, name, lat, lon in filtered.order_by(
                    "name", "pk"
                ).values_list("pk", "page_id", "name", "latitude", "longitude")
            ]
            # Zoomed on the sites found (a region's, when one is chosen); past
            # one page, the list under the map no longer shows them all.
            return build_map(title, items, fit=True, listed=total > self.per_page)
        items = []
        for page_id, n in sorted(_showcase_counts(filtered).items()):
            region = self.region_of.get(page_id)
            if region is None:
                continue
            label = ngettext(
                "%(region)s: %(count)s site", "%(region)s: %(count)s sites", n
            ) % {"region": region.title, "count": n}
            query = self.query({**self.selected, "region": [region.slug]})
            items.append(
                (label, f"?{query}", region.latitude, region.longitude, "region")
            )
        return build_map(title, items, listed=True)

    def site_url_from(self, pk, page_id):
        return f"{self.showcases[page_id].url}#site-{pk}"

    def resolve(self):
        context = self.context(self.per_page)
        context["sites"] = self.decorate(context["items"])
        context["sites_map"] = self.get_map(context["total"])
        context["use"] = self.use
        return context


@register_region_points
def showcase_sites(region, request):
    """A region page's map shows its showcase's sites, linking to them: one
    query (the visible showcases are a subquery)."""
    showcases = visible_pages(
        request, ShowcasePage.objects.child_of(region), locale=region.locale_id
    )
    sites = (
        InvestmentSite.objects.filter(page__in=showcases.values("pk"))
        .select_related("page")
        .only(
            "name",
            "latitude",
            "longitude",
            "page_id",
            "page__url_path",
            "page__path",
            "page__depth",
            "page__locale_id",
        )
        .order_by("name", "pk")
    )
    return [
        (site.name, f"{site.page.url}#site-{site.pk}", site.latitude, site.longitude)
        for site in sites[:MAX_SITE_POINTS]
    ]


def sites_map(title, showcases, kinds, finder_url):
    """The map of “Invest”: the sites of ``showcases`` (their ``site_rows``, of
    ``kinds`` if given), or past MAX_SITE_POINTS one point per showcase's region
    with its count, linking to the site finder."""
    chosen = [
        (showcase, [s for s in showcase.site_rows if not kinds or s.kind in kinds])
        for showcase in showcases
    ]
    if sum(len(sites) for _showcase, sites in chosen) <= MAX_SITE_POINTS:
        return build_map(
            title,
            [
                (
                    site.name,
                    f"{showcase.url}#site-{site.pk}",
                    site.latitude,
                    site.longitude,
                )
                for showcase, sites in chosen
                for site in sites
            ],
            listed=True,  # the overview lists showcases, not their sites
        )
    items = []
    for showcase, sites in chosen:
        region = getattr(showcase, "listed_region", None)
        if not sites or region is None:
            continue
        label = ngettext(
            "%(region)s: %(count)s site", "%(region)s: %(count)s sites", len(sites)
        ) % {"region": region.title, "count": len(sites)}
        query = f"region={region.slug}" + "".join(
            f"&kind={kind}" for kind in kinds or []
        )
        items.append(
            (
                label,
                f"{finder_url}?{query}",
                region.latitude,
                region.longitude,
                "region",
            )
        )
    return build_map(title, items, listed=True)
