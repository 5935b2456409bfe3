"""Downloads of the practice library, honouring the current filters.

The rows are exactly the practices the listing would show to this user with the
same query string (every page of it, not only the current one), written by the
open-data exporter (``cms.opendata``): the same columns, documentation and
streaming writers as ``/<lang>/opendata/practices.<format>``.
"""

from cms.opendata.datasets import get_dataset
from cms.opendata.views import dataset_response

from .library import Library


def export_response(index_page, request, fmt):
    dataset = get_dataset("practices")
    practices = Library(index_page, request).practices().select_related("locale")
    language = index_page.locale.language_code
    filename = f"{index_page.slug}-{language}.{fmt}"
    return dataset_response(request, dataset, practices, fmt, filename, language)


def csv_response(index_page, request):
    return export_response(index_page, request, "csv")


def json_response(index_page, request):
    return export_response(index_page, request, "json")
