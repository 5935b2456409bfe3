"""Which pages a visitor may see: live, in their language, and not restricted.

Wagtail's ``PageQuerySet.public()`` hides every page under a view restriction, even
from a logged-in user who may open it. Listings and exports here show "what this
user can see": anonymous visitors get the public pages, logged-in users also the
pages restricted to logged-in users or to a group they belong to. Password
restrictions stay hidden (the password is asked page by page). The restrictions are
read once per request, so a listing's query count does not depend on them.
"""

from django.db.models import Q
from wagtail.models import Locale, PageViewRestriction


def _restrictions(request):
    cached = getattr(request, "_practices_view_restrictions", None)
    if cached is None:
        cached = list(
            PageViewRestriction.objects.select_related("page").prefetch_related(
                "groups"
            )
        )
        request._practices_view_restrictions = cached
    return cached


def _user_passes(restriction, user, group_ids):
    if not user.is_authenticated:
        return False
    if restriction.restriction_type == PageViewRestriction.LOGIN:
        return True
    if restriction.restriction_type == PageViewRestriction.GROUPS:
        if user.is_superuser:
            return True
        return any(group.pk in group_ids for group in restriction.groups.all())
    return False


def _group_ids(request):
    user = request.user
    cached = getattr(request, "_practices_group_ids", None)
    if cached is None:
        cached = (
            set(user.groups.values_list("pk", flat=True))
            if user.is_authenticated
            else set()
        )
        request._practices_group_ids = cached
    return cached


def visible_to(queryset, request, locale=None):
    """``queryset`` narrowed to live pages of ``locale`` the request's user may see."""
    locale = locale or Locale.get_active()
    queryset = queryset.live().filter(locale=locale)
    restrictions = _restrictions(request)
    if not restrictions:
        return queryset
    needs_groups = any(
        r.restriction_type == PageViewRestriction.GROUPS for r in restrictions
    )
    group_ids = _group_ids(request) if needs_groups else set()
    hidden = Q()
    for restriction in restrictions:
        if not _user_passes(restriction, request.user, group_ids):
            hidden |= Q(path__startswith=restriction.page.path)
    return queryset.exclude(hidden) if hidden else queryset
