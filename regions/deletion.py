"""What depends on a region's pages and documents: monitoring reports and their
evidence, which are never deleted with them (cms.deletion asks these checks)."""

from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model

from cms.deletion import Dependants, register_deletion_check, register_page_check

from .models import MonitoringEvidence, MonitoringReport


def report_link(report):
    state = _("submitted") if report.submitted_on else _("draft")
    return (
        f"{report} ({state})",
        reverse("monitoring_reports:edit", args=[report.pk]),
    )


@register_page_check
def monitoring_reports(page_ids):
    reports = (
        MonitoringReport.objects.filter(plan_id__in=page_ids)
        | MonitoringReport.objects.filter(region_id__in=page_ids)
    ).select_related("plan")
    return [
        Dependants(
            _("Monitoring reports"),
            [report_link(report) for report in reports.order_by("plan_id", "period")],
            _(
                "Unpublish the page instead: monitoring reports, their action "
                "progress and their evidence are the region's record towards the "
                "programme and are never deleted."
            ),
        )
    ]


@register_deletion_check
def monitoring_evidence(objects):
    if not isinstance(objects[0], get_document_model()):
        return []
    evidence = (
        MonitoringEvidence.objects.filter(document__in=objects)
        .select_related("report__plan")
        .order_by("report_id")
    )
    reports = {row.report_id: row.report for row in evidence}
    return [
        Dependants(
            _("Monitoring reports that use it as evidence"),
            [report_link(report) for report in reports.values()],
            _(
                "Keep the document: it proves what the reports say. To correct it, "
                "upload a new file on the document's edit page; the reports keep "
                "their link. To stop using it, remove it from the report's evidence "
                "first."
            ),
        )
    ]


@register_deletion_check
def submitted_reports(objects):
    if not isinstance(objects[0], MonitoringReport):
        return []
    submitted = [report for report in objects if report.submitted_on]
    return [
        Dependants(
            _(
                "Submitted monitoring reports, with their action progress, "
                "measurements and evidence"
            ),
            [report_link(report) for report in submitted],
            _(
                "Keep the report: once submitted it is the region's record towards "
                "the programme. Correct it by editing it; only draft reports can be "
                "deleted."
            ),
        )
    ]
