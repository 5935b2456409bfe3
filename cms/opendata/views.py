"""``/<lang>/opendata/<dataset>.<format>``: one dataset, in the URL's language."""

from django.http import Http404
from django.utils.translation import get_language
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from cms.access import public_viewer
from cms.api.caching import apply_validators, etag_for_parts, not_modified

from .datasets import get_dataset
from .writers import iter_rows, response_for

EXPORT_VERSION = 1  # bump when columns change, so cached copies are refreshed


def filename_for(dataset, language, fmt):
    return f"compete-in-{dataset.slug}-{language}.{fmt}"


def export_rows(dataset, queryset, request, language, public=None):
    return iter_rows(dataset, queryset, dataset.context(request, language, public))


def dataset_response(request, dataset, queryset, fmt, filename, language, public=None):
    """The export of ``queryset`` (any rows of ``dataset``) as ``fmt``."""
    rows = export_rows(dataset, queryset, request, language, public)
    return response_for(dataset, rows, fmt, filename)


@require_safe
def export(request, dataset, fmt):
    found = get_dataset(dataset)
    if found is None or fmt not in found.offered_formats():
        raise Http404("No such dataset or format.")
    language = get_language()
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        raise Http404("No content in this language.")
    public = public_viewer(request)  # restrictions read once for the whole export
    version = found.version(locale, public)
    etag = etag_for_parts(
        EXPORT_VERSION,
        found.slug,
        fmt,
        language,
        sorted(version.items()),
        request.get_host(),
    )
    unchanged = not_modified(request, etag)
    if unchanged is not None:
        return unchanged
    filename = filename_for(found, language, fmt)
    response = found.respond(request, locale, fmt, filename, public)
    if response is None:
        response = dataset_response(
            request,
            found,
            found.queryset(locale, public),
            fmt,
            filename,
            language,
            public,
        )
    response["Content-Language"] = language
    return apply_validators(response, etag)
