"""The access layer: the one place that answers "what may this person see and do".

Every surface that lists or opens pages, documents, images or cases asks a
``Viewer``: public views and templates, feeds, exports, the API, search, and the
admin (Wagtail's generic views reach it through the permission policies of the
case models, ``cms.cases.permissions``, and through the case models' default
manager, which applies the viewer of the current request to every query, so a
chooser, a bulk action or a report nobody wired by hand is scoped all the same).

Who is who (``Viewer.role``), from the groups ``cms.governance`` provisions:

========================  ===========================================================
anonymous                 live pages outside every view restriction, public documents
stakeholder               + their region's internal pages and documents
editor                    + edits their region's pages; no case at all
coordinator               + their region's cases; reviews their region's pages
lead partner, superuser   everything; only they publish
========================  ===========================================================

One viewer is made per request (``viewer_for(request)``, cached on it): the
restrictions, the user's groups and regions are read once, so a listing's query
count does not depend on the number of rows or restrictions.
"""

from __future__ import annotations

import contextlib
import contextvars
from functools import cached_property

from django.db.models import CharField, Exists, ExpressionWrapper, F, OuterRef, Q
from wagtail.models import (
    BaseViewRestriction,
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
)

ANONYMOUS = "anonymous"
STAKEHOLDER = "stakeholder"
EDITOR = "editor"
COORDINATOR = "coordinator"
LEAD_PARTNER = "lead partner"
SUPERUSER = "superuser"

REQUEST_ATTR = "_competein_viewer"


class Viewer:
    """Who is asking: a user (or nobody) and, when known, the request.

    The request matters for password restrictions passed in the session; a viewer
    made from a bare user never passes those.
    """

    def __init__(self, user=None, request=None):
        if user is not None and not getattr(user, "is_authenticated", False):
            user = None
        self.user = user
        self.request = request

    @property
    def user_key(self):
        return self.user.pk if self.user is not None else None

    def __repr__(self):
        return f"<Viewer {self.user or 'anonymous'}: {self.role}>"

    # Who ---------------------------------------------------------------------
    @property
    def is_active(self):
        return self.user is not None and self.user.is_active

    @cached_property
    def _groups(self):
        if not self.is_active:
            return {}
        return dict(self.user.groups.values_list("pk", "name"))

    @cached_property
    def group_ids(self):
        return frozenset(self._groups)

    @cached_property
    def is_superuser(self):
        return self.is_active and self.user.is_superuser

    @cached_property
    def is_lead_partner(self):
        """Lead partner or superuser: sees every region, approves, publishes."""
        if self.is_superuser:
            return True
        from cms.governance import LEAD_PARTNER as LEAD_GROUP

        return LEAD_GROUP in self._groups.values()

    @cached_property
    def _memberships(self):
        """{role: set of region translation keys} from the governance records."""
        from cms.models import RegionGovernance

        roles = {EDITOR: set(), COORDINATOR: set(), STAKEHOLDER: set()}
        if not self.group_ids:
            return roles
        groups = self.group_ids
        rows = RegionGovernance.objects.filter(
            Q(editors__in=groups)
            | Q(coordinators__in=groups)
            | Q(stakeholders__in=groups)
        ).values_list(
            "region__translation_key",
            "editors_id",
            "coordinators_id",
            "stakeholders_id",
        )
        for key, editors, coordinators, stakeholders in rows:
            if editors in groups:
                roles[EDITOR].add(key)
            if coordinators in groups:
                roles[COORDINATOR].add(key)
            if stakeholders in groups:
                roles[STAKEHOLDER].add(key)
        return roles

    @property
    def role(self):
        if self.user is None:
            return ANONYMOUS
        if self.is_superuser:
            return SUPERUSER
        if self.is_lead_partner:
            return LEAD_PARTNER
        for role in (COORDINATOR, EDITOR, STAKEHOLDER):
            if self._memberships[role]:
                return role
        return ANONYMOUS if not self.is_active else STAKEHOLDER

    def region_keys(self, *roles):
        """Translation keys of the regions where the viewer holds one of ``roles``
        (any role when none is given)."""
        roles = roles or (EDITOR, COORDINATOR, STAKEHOLDER)
        keys = set()
        for role in roles:
            keys |= self._memberships[role]
        return keys

    def _region_page_ids(self, *roles):
        keys = self.region_keys(*roles)
        if not keys:
            return frozenset()
        return frozenset(
            Page.objects.filter(translation_key__in=keys).values_list("pk", flat=True)
        )

    @cached_property
    def region_page_ids(self):
        """RegionPage ids (every language) of the regions the viewer works in."""
        return self._region_page_ids(EDITOR, COORDINATOR)

    @cached_property
    def coordinated_region_ids(self):
        """RegionPage ids (every language) of the regions the viewer coordinates."""
        return self._region_page_ids(COORDINATOR)

    # Pages -------------------------------------------------------------------
    @cached_property
    def _page_restrictions(self):
        return list(
            PageViewRestriction.objects.select_related("page").prefetch_related(
                "groups"
            )
        )

    def _passes(self, restriction):
        kind = restriction.restriction_type
        if kind == BaseViewRestriction.NONE:
            return True
        if kind == BaseViewRestriction.PASSWORD:
            session = getattr(self.request, "session", None)
            if session is None:
                return False
            passed = session.get(restriction.passed_view_restrictions_session_key, [])
            return restriction.pk in passed
        if not self.is_active:
            return False
        if kind == BaseViewRestriction.LOGIN:
            return True
        if kind == BaseViewRestriction.GROUPS:
            return self.is_superuser or any(
                group.pk in self.group_ids for group in restriction.groups.all()
            )
        return False

    @cached_property
    def refused_page_restrictions(self):
        """The PageViewRestrictions this viewer does not pass."""
        return [r for r in self._page_restrictions if not self._passes(r)]

    @cached_property
    def hidden_page_paths(self):
        """Tree paths of the pages closed to this viewer (with all below them)."""
        paths = []
        for path in sorted({r.page.path for r in self.refused_page_restrictions}):
            if not paths or not path.startswith(paths[-1]):
                paths.append(path)  # a restriction inside another adds nothing
        return paths

    def hidden_pages_condition(self, prefix=""):
        """A Q matching the closed pages (``prefix`` for a relation, e.g. "page__")."""
        hidden = Q()
        for path in self.hidden_page_paths:
            hidden |= Q(**{f"{prefix}path__startswith": path})
        return hidden

    def pages(self, queryset=None, *, locale=None):
        """``queryset`` (every page by default) narrowed to the live pages the
        viewer may open, in ``locale`` (a Locale or its id) when given.

        Filters are plain path prefixes, so the result can still be searched on
        the database backend and on engines.
        """
        if queryset is None:
            queryset = Page.objects.all()
        queryset = queryset.live()
        if locale is not None:
            queryset = queryset.filter(locale=locale)
        hidden = self.hidden_pages_condition()
        return queryset.exclude(hidden) if hidden else queryset

    def page_titles_queryset(self, queryset):
        """For admin listings of page titles (choosers): drafts included, closed
        subtrees left out unless the viewer may edit there."""
        if self.is_lead_partner:
            return queryset
        hidden = self.hidden_pages_condition()
        return queryset.exclude(hidden) if hidden else queryset

    # Documents and images ----------------------------------------------------
    @cached_property
    def hidden_collection_paths(self):
        """Tree paths of the collections closed to this viewer (with all below)."""
        restrictions = CollectionViewRestriction.objects.select_related("collection")
        if self.is_active and not self.is_superuser:
            # Only signed-in people can pass a group restriction.
            restrictions = restrictions.prefetch_related("groups")
        paths = []
        refused = {r.collection.path for r in restrictions if not self._passes(r)}
        for path in sorted(refused):
            if not paths or not path.startswith(paths[-1]):
                paths.append(path)
        return paths

    @cached_property
    def hidden_collection_ids(self):
        """Ids of the collections (with their descendants) the viewer may not view."""
        if not self.hidden_collection_paths:
            return []
        under = Q()
        for path in self.hidden_collection_paths:
            under |= Q(path__startswith=path)
        return sorted(Collection.objects.filter(under).values_list("pk", flat=True))

    def documents(self, queryset=None):
        """``queryset`` (documents by default) without those in collections the
        viewer may not view. The filter is a list of collection ids, a FilterField
        of every collection member, so search backends apply it too."""
        if queryset is None:
            from wagtail.documents import get_document_model

            queryset = get_document_model().objects.all()
        hidden = self.hidden_collection_ids
        return queryset.exclude(collection__in=hidden) if hidden else queryset

    def may_view_document(self, document):
        """For one document (or image) already loaded: no query beyond the
        viewer's restrictions, read once."""
        if document is None:
            return False
        if not self.hidden_collection_paths:
            return True
        path = document.collection.path
        return not any(path.startswith(p) for p in self.hidden_collection_paths)

    def related_documents(self, queryset, field="document"):
        """Rows of ``queryset`` (e.g. a page's document links, monitoring
        evidence) whose ``field`` points at a document the viewer may open.

        The rule runs inside the rows' own query (a NOT EXISTS over the
        collection restrictions above each document), so a page that lists its
        documents costs no query more than before.
        """
        if self.is_superuser:
            return queryset
        member_path = ExpressionWrapper(
            OuterRef(f"{field}__collection__path"), output_field=CharField()
        )
        refused = CollectionViewRestriction.objects.annotate(
            member_path=member_path
        ).filter(member_path__startswith=F("collection__path"))
        refused = refused.exclude(restriction_type=BaseViewRestriction.NONE)
        passed = self._passed_password_restrictions()
        if passed:
            refused = refused.exclude(pk__in=passed)
        if self.is_active:
            refused = refused.exclude(restriction_type=BaseViewRestriction.LOGIN)
            refused = refused.exclude(
                restriction_type=BaseViewRestriction.GROUPS,
                groups__in=list(self.group_ids),
            )
        return queryset.exclude(Exists(refused))

    def _passed_password_restrictions(self):
        session = getattr(self.request, "session", None)
        if session is None:
            return []
        key = CollectionViewRestriction.passed_view_restrictions_session_key
        return list(session.get(key, []))

    # Cases -------------------------------------------------------------------
    @property
    def sees_every_case(self):
        return self.is_lead_partner

    @cached_property
    def case_region_ids(self):
        """RegionPage ids of the regions whose cases the viewer works on."""
        if not self.is_active:
            return frozenset()
        return self.coordinated_region_ids

    def cases(self, queryset):
        """``queryset`` of a case model narrowed to the cases the viewer may see:
        all for the lead partner, their regions' for coordinators, none else."""
        if self.sees_every_case:
            return queryset
        if not self.case_region_ids:
            return queryset.none()
        return queryset.filter(region_id__in=self.case_region_ids)

    def may_see_case(self, case):
        return self.sees_every_case or (
            case is not None and case.region_id in self.case_region_ids
        )

    def case_regions(self):
        """The source-language RegionPages the viewer may file cases under."""
        from django.conf import settings

        from cms.governance import region_page_model

        regions = Page.objects.type(region_page_model()).filter(
            locale__language_code=settings.LANGUAGE_CODE
        )
        if not self.sees_every_case:
            regions = regions.filter(pk__in=self.case_region_ids)
        return regions.order_by("title")

    def assignable_users(self, region_id=None):
        """Who the viewer may assign cases to: the coordinators of the case's region
        and the lead partner; without a region, of every region the viewer works on."""
        if region_id is not None:
            return case_workers([region_id])
        if self.sees_every_case:
            return case_workers(None)
        return case_workers(self.case_region_ids)

    # Publishing --------------------------------------------------------------
    @property
    def may_publish(self):
        """Only the lead partner (or a superuser) puts a change live directly;
        everyone else goes through the review workflow."""
        return self.is_lead_partner


def case_workers(region_ids=None):
    """Accounts who may work on some regions' cases: their coordinators and the
    lead partner (with superusers), active ones only. Every region's coordinators
    when ``region_ids`` is None."""
    from django.contrib.auth import get_user_model

    from cms.governance import LEAD_PARTNER as LEAD_GROUP
    from cms.models import RegionGovernance

    governed = RegionGovernance.objects.all()
    if region_ids is not None:
        keys = Page.objects.filter(pk__in=list(region_ids)).values("translation_key")
        governed = governed.filter(region__translation_key__in=keys)
    condition = (
        Q(is_superuser=True)
        | Q(groups__name=LEAD_GROUP)
        | Q(groups__in=governed.values("coordinators"))
    )
    users = get_user_model().objects.filter(condition, is_active=True).distinct()
    return users.order_by("username")


# The viewer of the current request -----------------------------------------------

_current = contextvars.ContextVar("competein_viewer", default=None)


def viewer_for(request_or_user=None) -> Viewer:
    """The viewer of a request (made once and cached on it), a user or None.

    For a bare user, the current request's viewer is reused when it is the same
    person (permission policies get only the user, once per listed row).
    """
    if isinstance(request_or_user, Viewer):
        return request_or_user
    if request_or_user is None:
        return Viewer()
    if hasattr(request_or_user, "META"):
        request = request_or_user
        user = getattr(request, "user", None)
        viewer = getattr(request, REQUEST_ATTR, None)
        if viewer is None or viewer.user_key != _key(user):
            viewer = Viewer(user, request)
            setattr(request, REQUEST_ATTR, viewer)
        return viewer
    user = request_or_user
    current = _current.get()
    if current is not None and current.user_key == _key(user):
        return viewer_for(current.request) if current.request else current
    viewer = user.__dict__.get(REQUEST_ATTR) if hasattr(user, "__dict__") else None
    if viewer is None:
        viewer = Viewer(user)
        if hasattr(user, "__dict__") and _key(user) is not None:
            user.__dict__[REQUEST_ATTR] = viewer
    return viewer


def _key(user):
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    return user.pk


def current_viewer():
    """The viewer of the request being served, or None outside a request (shell,
    management commands, migrations, background jobs: they see everything)."""
    return _current.get()


@contextlib.contextmanager
def unscoped():
    """Lift the request's scoping for a lookup the access layer itself needs (for
    example, naming the region that owns a refused case)."""
    token = _current.set(None)
    try:
        yield
    finally:
        _current.reset(token)


def admin_prefix():
    from django.urls import reverse

    return reverse("wagtailadmin_home")


class ViewerMiddleware:
    """In the admin, makes the request's viewer the current one while the view
    runs, so the case models' default manager scopes every query of the request:
    Wagtail's listings, choosers, bulk actions, reports and any view added later."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(admin_prefix()):
            # The public site lists no case; the investor's form creates one
            # (and Wagtail's tasks read it back) as an anonymous visitor.
            return self.get_response(request)
        viewer = _LazyViewer(request)
        token = _current.set(viewer)
        try:
            response = self.get_response(request)
            if response.status_code == 404:
                # Wagtail turns the admin's Http404 into its own page before any
                # middleware sees the exception: explain a refused case here.
                from django.http import Http404

                from cms.refusals import explain_refusal

                explained = explain_refusal(request, Http404())
                if explained is not None:
                    return explained.render()
            return response
        finally:
            _current.reset(token)

    def process_view(self, request, view_func, view_args, view_kwargs):
        from cms.refusals import guard_admin_view

        return guard_admin_view(request, view_kwargs)

    def process_exception(self, request, exception):
        from cms.refusals import explain_refusal

        explained = explain_refusal(request, exception)
        return explained.render() if explained is not None else None


class _LazyViewer:
    """Stands for the request's viewer; made on first use (most public requests
    never touch a case)."""

    def __init__(self, request):
        self._request = request

    @property
    def request(self):
        return self._request

    @property
    def user_key(self):
        return _key(getattr(self._request, "user", None))

    def __getattr__(self, name):
        return getattr(viewer_for(self._request), name)


# Shorthands for the common questions ------------------------------------------------


def visible_pages(viewer=None, queryset=None, *, locale=None):
    """``viewer_for(viewer).pages(queryset, locale=locale)``: the live pages of
    ``queryset`` that a request, a user or an anonymous visitor (None) may open."""
    return viewer_for(viewer).pages(queryset, locale=locale)


def visible_documents(viewer=None, queryset=None):
    """``viewer_for(viewer).documents(queryset)``: documents (or images) outside
    the collections the viewer may not view."""
    return viewer_for(viewer).documents(queryset)
