"""What the home page shows of investing: the showcases as featured pages and
the investment sites counted (registered with ``home.sections``)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from home.sections import FeaturedKind, PartnershipFigure

from .models import InvestIndexPage, InvestmentSite, ShowcasePage


@hooks.register("register_home_featured_kind")
def featured_showcases():
    return FeaturedKind(
        code="showcases",
        label=_("Investor showcases"),
        model=ShowcasePage,
        automatic=lambda queryset, limit: queryset.order_by("title")[:limit],
        describe=lambda page: page.headline,
        index_model=InvestIndexPage,
        order=40,
    )


@hooks.register("register_home_figure")
def sites_figure():
    return PartnershipFigure(
        code="sites",
        label=_("investment sites on offer"),
        count=lambda locale, viewer: InvestmentSite.objects.filter(
            page__in=viewer.pages(ShowcasePage.objects.all(), locale=locale)
        ).count(),
        order=50,
    )
