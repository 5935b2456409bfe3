"""The read-only open-data API (Wagtail API v2), for anonymous consumers.

What the stock endpoints do differently here:

- only live pages without any view restriction, whoever asks (open data is the
  same for everyone, so responses can be cached and compared);
- only documents and images outside restricted collections (``cms.access``);
- every bad parameter is a 400 with a message, never a 404 or a 500: an unknown
  ``locale`` or ``format``, a value a field cannot hold, an offset past the end;
- at most ``WAGTAILAPI_LIMIT_MAX`` items per page;
- JSON only (the browsable HTML renderer would need inline scripts);
- a ``translations`` meta field links each page to its other languages;
- ETag on every answer (a hash of the body) and 304 for a current copy; no
  Last-Modified, which would miss unpublished, private or moved pages.
"""

import datetime
import decimal

from django.core.exceptions import ValidationError
from django.db import DatabaseError, models
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from wagtail import hooks
from wagtail.api.v2.filters import (
    AncestorOfFilter,
    ChildOfFilter,
    DescendantOfFilter,
    FieldsFilter,
    LocaleFilter,
    OrderingFilter,
    SearchFilter,
    TranslationOfFilter,
)
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Locale, Page, Site

from cms.access import public_viewer, visible_documents

from .caching import apply_validators, etag_for_bytes, not_modified
from .fields import Translations, translations_by_key

# Values a 64-bit database integer can hold.
INT_RANGE = (-(2**63), 2**63 - 1)


class Pagination(WagtailPagination):
    """Wagtail's limit/offset pagination; digits only, and small enough for SQL."""

    def paginate_queryset(self, queryset, request, view=None):
        for name in ("limit", "offset"):
            raw = request.GET.get(name, "0")
            if not (raw.isascii() and raw.isdigit()) or len(raw) > 18:
                raise BadRequestError(f"{name} must be a positive integer")
        return super().paginate_queryset(queryset, request, view)


class StrictFieldsFilter(FieldsFilter):
    """Wagtail's ``?field=value`` filters, refusing values the field cannot hold."""

    def filter_queryset(self, request, queryset, view):
        fields = set(view.get_available_fields(queryset.model, db_fields_only=True))
        fields.discard("locale")
        for name, value in request.GET.items():
            if name not in fields:
                continue
            try:
                field = queryset.model._meta.get_field(name)
            except Exception:  # a property listed in api_fields: nothing to check
                continue
            check_value(name, field, value)
        return super().filter_queryset(request, queryset, view)


def check_value(name, field, value):
    target = field.target_field if isinstance(field, models.ForeignKey) else field
    message = f"'{value[:40]}' is not a valid value for {name}"
    if isinstance(target, (models.IntegerField, models.AutoField)):
        try:
            number = int(value)
        except ValueError as e:
            raise BadRequestError(message) from e
        if not INT_RANGE[0] <= number <= INT_RANGE[1]:
            raise BadRequestError(message)
    elif isinstance(target, (models.DateField, models.DecimalField, models.FloatField)):
        try:
            converted = target.to_python(value)
            if isinstance(converted, decimal.Decimal):
                if not converted.is_finite():
                    raise ValidationError("not finite")
                if converted.adjusted() >= target.max_digits - target.decimal_places:
                    raise ValidationError("too large")
            if isinstance(converted, (datetime.date, datetime.datetime)):
                converted.isoformat()
        except (ValidationError, ValueError, TypeError, decimal.InvalidOperation) as e:
            raise BadRequestError(message) from e


class StrictLocaleFilter(LocaleFilter):
    """``?locale=`` with a 400 naming the languages, instead of a bare 404."""

    def filter_queryset(self, request, queryset, view):
        if "locale" in request.GET:
            code = request.GET["locale"]
            known = sorted(Locale.objects.values_list("language_code", flat=True))
            if code not in known:
                raise BadRequestError(
                    "locale must be one of: {}".format(", ".join(known))
                )
        return super().filter_queryset(request, queryset, view)


def search_words(text):
    """The words of a search, cleaned by the site's search app (the
    ``competein_search_words`` hook) or, without one, split on whitespace."""
    cleaners = hooks.get_hooks("competein_search_words")
    if cleaners:
        return cleaners[-1](text)
    return " ".join(word for word in text.split() if word.isalnum())


class CleanSearchFilter(SearchFilter):
    """Wagtail's search filter, given plain words only.

    Hostile input (operators, quotes, a lone ``NOT`` or ``*``, control
    characters) made the SQLite FTS backend fail with a server error. The text is
    cleaned the way the site's search page cleans it; what is left with no word
    is refused with a 400 that says why.
    """

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        operator = request.GET.get("search_operator")
        if operator not in (None, "and", "or"):
            raise BadRequestError("search_operator must be 'and' or 'or'")
        words = search_words(request.GET["search"])
        if not words:
            raise BadRequestError(
                "search must contain at least one word of two or more letters"
            )
        request.GET = request.GET.copy()
        request.GET["search"] = words
        return super().filter_queryset(request, queryset, view)


class OpenDataMixin:
    """Shared behaviour of the three endpoints."""

    renderer_classes = [JSONRenderer]
    authentication_classes = []
    permission_classes = [AllowAny]
    pagination_class = Pagination

    def initial(self, request, *args, **kwargs):
        # Before content negotiation, which would answer an unknown format with 404.
        fmt = request.query_params.get("format")
        if fmt not in (None, "json"):
            raise BadRequestError("format must be json")
        super().initial(request, *args, **kwargs)

    def handle_exception(self, exc):
        # A value that reached the database unchecked: the client's fault, not ours.
        if isinstance(
            exc,
            (ValidationError, ValueError, OverflowError, decimal.InvalidOperation),
        ) or isinstance(exc, DatabaseError):
            exc = BadRequestError("invalid parameter value")
        return super().handle_exception(exc)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code != 200 or request.method not in ("GET", "HEAD"):
            return response
        response.render()
        etag = etag_for_bytes(response.content)
        unchanged = not_modified(request, etag)
        if unchanged is not None:
            return unchanged
        return apply_validators(response, etag)


class OpenPagesAPIViewSet(OpenDataMixin, PagesAPIViewSet):
    filter_backends = [
        StrictFieldsFilter,
        ChildOfFilter,
        AncestorOfFilter,
        DescendantOfFilter,
        OrderingFilter,
        TranslationOfFilter,
        StrictLocaleFilter,
        CleanSearchFilter,  # last: search results cannot be filtered further
    ]
    meta_fields = [*PagesAPIViewSet.meta_fields, "last_published_at", "translations"]

    @classmethod
    def get_field_serializer_overrides(cls, model):
        overrides = super().get_field_serializer_overrides(model)
        overrides["translations"] = Translations()
        return overrides

    def get_base_queryset(self):
        """Live pages without view restrictions in the request's site, any language."""
        cached = getattr(self, "_base_queryset", None)
        if cached is not None:
            return cached
        site = Site.find_for_request(self.request)
        if site is None:
            return Page.objects.none()
        roots = [site.root_page, *site.root_page.get_translations()]
        queryset = Page.objects.none()
        for root in roots:
            queryset |= Page.objects.descendant_of(root, inclusive=True)
        # Built once per request; the API shows what the public may see.
        self._base_queryset = public_viewer(self.request).pages(queryset)
        return self._base_queryset

    def get_queryset(self):
        return super().get_queryset().select_related("locale")

    def listing_view(self, request):
        queryset = self.get_queryset()
        self.check_query_parameters(queryset)
        queryset = self.filter_queryset(queryset)
        items = list(self.paginate_queryset(queryset))
        serializer = self.get_serializer(items, many=True)
        if "translations" in serializer.child.fields:
            serializer.context["translation_map"] = translations_by_key(
                self.get_base_queryset(), items
            )
        return self.get_paginated_response(serializer.data)


class OpenImagesAPIViewSet(OpenDataMixin, ImagesAPIViewSet):
    filter_backends = [StrictFieldsFilter, OrderingFilter, CleanSearchFilter]

    def get_queryset(self):
        return visible_documents(None, self.model.objects.all()).order_by("id")


class OpenDocumentsAPIViewSet(OpenDataMixin, DocumentsAPIViewSet):
    filter_backends = [StrictFieldsFilter, OrderingFilter, CleanSearchFilter]
    body_fields = [
        *DocumentsAPIViewSet.body_fields,
        "document_type",
        "language",
        "date",
        "description",
    ]
    meta_fields = [*DocumentsAPIViewSet.meta_fields, "created_at"]

    def get_queryset(self):
        return visible_documents(
            None, self.model.objects.prefetch_related("tagged_items__tag")
        ).order_by("id")
