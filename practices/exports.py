"""CSV and JSON exports of the practice library, honouring the current filters.

The rows are exactly the practices the listing would show to this user with the
same query string (every page of it, not only the current one).
"""

import csv
import io

from django.http import HttpResponse, JsonResponse

from .library import Library

COLUMNS = [
    "title",
    "url",
    "summary",
    "pillar",
    "pillar_label",
    "implementation_level",
    "origin_region",
    "topics",
    "location",
    "latitude",
    "longitude",
    "start_date",
    "end_date",
    "main_institution",
    "validation_status",
    "validated_at",
    "language",
]


def practice_row(practice, request):
    return {
        "title": practice.title,
        "url": request.build_absolute_uri(practice.get_url(request)),
        "summary": practice.summary,
        "pillar": practice.pillar,
        "pillar_label": str(practice.get_pillar_display()),
        "implementation_level": practice.implementation_level,
        "origin_region": practice.origin_region.title if practice.origin_region else "",
        "topics": sorted(item.tag.name for item in practice.tagged_items.all()),
        "location": practice.location,
        "latitude": str(practice.latitude) if practice.latitude is not None else "",
        "longitude": str(practice.longitude) if practice.longitude is not None else "",
        "start_date": practice.start_date.isoformat() if practice.start_date else "",
        "end_date": practice.end_date.isoformat() if practice.end_date else "",
        "main_institution": practice.main_institution,
        "validation_status": practice.validation_status,
        "validated_at": practice.validated_at.isoformat()
        if practice.validated_at
        else "",
        "language": practice.locale.language_code if practice.locale_id else "",
    }


def export_rows(index_page, request):
    library = Library(index_page, request)
    practices = library.practices().select_related("locale")
    return [practice_row(practice, request) for practice in practices]


def _filename(index_page, extension):
    return f"{index_page.slug}-{index_page.locale.language_code}.{extension}"


def csv_response(index_page, request):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
    writer.writeheader()
    for row in export_rows(index_page, request):
        writer.writerow({**row, "topics": "; ".join(row["topics"])})
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="{_filename(index_page, "csv")}"'
    )
    return response


def json_response(index_page, request):
    rows = export_rows(index_page, request)
    response = JsonResponse(
        {"count": len(rows), "practices": rows},
        json_dumps_params={"ensure_ascii": False, "indent": 1},
    )
    response["Content-Disposition"] = (
        f'inline; filename="{_filename(index_page, "json")}"'
    )
    return response
