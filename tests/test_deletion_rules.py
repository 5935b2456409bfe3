"""Deletion that never loses data silently: what the admin refuses, what it says
instead, and that nothing stored is lost, for single and bulk deletions."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db.models import ProtectedError
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page

from branding.factories import make_inquiry
from branding.models import InvestorInquiry
from cms.factories import english_home, make_user, published_translation
from home.models import StandardPage
from practices.factories import build_case_in_action_plan, make_practice
from practices.models import PracticePage, TransferCase
from regions.factories import make_plan, make_report
from regions.models import MonitoringEvidence, MonitoringReport, RegionPage

User = get_user_model()
Document = get_document_model()


@pytest.fixture
def lead(client, governed):
    client.force_login(governed.lead)
    return client


@pytest.fixture
def admin(client, db):
    client.force_login(make_user("admin-t", is_superuser=True, is_staff=True))
    return client


@pytest.fixture
def case_in_action_plan(governed):
    """Test North's case in an action plan, assigned to its coordinator, adopting
    a practice of Test South."""
    return build_case_in_action_plan(
        governed.north.region,
        origin_region=governed.south.region,
        assignee=governed.north.users.coordinator,
    )


def page_delete(page):
    return reverse("wagtailadmin_pages:delete", args=[page.pk])


def bulk(model, action, ids):
    url = reverse(
        "wagtail_bulk_action",
        args=(model._meta.app_label, model._meta.model_name, action),
    )
    return url + "?" + "&".join(f"id={pk}" for pk in ids)


def refused(response, *names):
    """The refusal page: 409, nothing deleted, the dependants named."""
    assert response.status_code == 409
    html = response.content.decode()
    assert "Nothing was deleted" in html
    assert "What to do instead" in html
    for name in names:
        assert name in html, name
    return html


# Practices --------------------------------------------------------------------------


@pytest.mark.django_db
def test_practice_with_cases_and_actions_cannot_be_deleted(lead, case_in_action_plan):
    case = case_in_action_plan
    assert case is not None, "the factory made a case in an action plan"
    practice = case.practice
    for method in (lead.get, lead.post):
        html = refused(method(page_delete(practice)), case.reference)
        assert "Transfer cases that adopt this practice" in html
        assert "Unpublish the page instead" in html
        assert (
            reverse("wagtailsnippets_practices_transfercase:inspect", args=[case.pk])
            in html
        )
        # Its translations are named too (they would lose their source).
        assert "Translations, which would be left without their source" in html
    assert PracticePage.objects.filter(pk=practice.pk).exists()
    case.refresh_from_db()
    assert case.practice_id == practice.pk
    assert case.status == "in_action_plan"
    case.full_clean()  # the case's own form still accepts it


@pytest.mark.django_db
def test_practice_bulk_delete_is_refused_too(lead, case_in_action_plan):
    case = case_in_action_plan
    response = lead.post(bulk(Page, "delete", [case.practice_id]))
    refused(response, case.reference)
    assert PracticePage.objects.filter(pk=case.practice_id).exists()


@pytest.mark.django_db
def test_deleting_a_translation_alone_is_allowed(lead, case_in_action_plan):
    case = case_in_action_plan
    italian = case.practice.get_translations().get(locale__language_code="it")
    response = lead.get(page_delete(italian))
    assert response.status_code == 200
    response = lead.post(page_delete(italian))
    assert response.status_code == 302
    assert not Page.objects.filter(pk=italian.pk).exists()
    assert PracticePage.objects.filter(pk=case.practice_id).exists()


@pytest.mark.django_db
def test_page_without_dependants_is_deleted_as_before(lead):
    home = english_home()
    page = StandardPage(title="Scratch", slug="scratch", intro="Temporary.")
    home.add_child(instance=page)
    response = lead.post(page_delete(page))
    assert response.status_code == 302
    assert not Page.objects.filter(pk=page.pk).exists()


# Regions ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_empty_region_takes_its_empty_groups_and_collections_with_it(lead):
    from django.contrib.auth.models import Group

    from cms.governance import region_governance_for
    from regions.factories import make_region

    region = make_region("Short-lived region", "short-lived")
    governance = region_governance_for(region)
    groups = [governance.editors_id, governance.coordinators_id]
    collections = [governance.collection_id, governance.internal_collection_id]
    response = lead.post(page_delete(region))
    assert response.status_code == 302
    assert not Page.objects.filter(pk=region.pk).exists()
    assert not Group.objects.filter(pk__in=groups).exists()
    assert not Collection.objects.filter(pk__in=collections).exists()


@pytest.mark.django_db
def test_region_with_cases_reports_and_people_cannot_be_deleted(lead, governed):
    region = governed.north.region
    italian = published_translation(region, "it")
    plan = make_plan(region, title="Test North test plan", slug="north-test-plan")
    report = make_report(plan)
    inquiry = make_inquiry(
        region,
        name="Ann",
        company="Acme",
        email="ann@acme.example",
        country="Canada",
        message="Hello",
    )
    TransferCase.objects.create(
        title="Adopting", region=region, practice=make_practice(governed.south.region)
    )
    transfer = TransferCase.objects.filter(region=region).first()
    html = refused(
        lead.post(page_delete(region)),
        inquiry.reference,
        str(report),
        "Test North coordinators (1 person)",
        "Monitoring reports",
        "Groups of people who work on this region",
    )
    if transfer is not None:
        assert transfer.reference in html
    assert f"{italian.title} (Italian)" in html  # its translations, by name
    # Nothing moved or went.
    assert RegionPage.objects.filter(pk=region.pk).exists()
    assert MonitoringReport.objects.filter(pk=report.pk).exists()
    assert report.action_progress.count() == 2
    inquiry.refresh_from_db()
    assert inquiry.region_id == region.pk


@pytest.mark.django_db
def test_plan_with_reports_is_refused_and_protected_in_the_database(lead, governed):
    region = governed.south.region
    plan = make_plan(region, title="Test South test plan", slug="south-test-plan")
    report = make_report(plan)
    refused(lead.post(page_delete(plan)), str(report))
    assert MonitoringReport.objects.filter(pk=report.pk).exists()
    with pytest.raises(ProtectedError):
        Page.objects.get(pk=plan.pk).delete()


# Cases ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_case_with_history_cannot_be_deleted_one_or_in_bulk(lead, case_in_action_plan):
    case = case_in_action_plan
    url = reverse("wagtailsnippets_practices_transfercase:delete", args=[case.pk])
    html = refused(lead.get(url), case.reference)
    assert "Close or abandon the case instead" in html
    refused(lead.post(url), case.reference)
    refused(lead.post(bulk(TransferCase, "delete", [case.pk])), case.reference)
    assert TransferCase.objects.filter(pk=case.pk).exists()
    assert case.notes.exists() or case.status != "identified"


@pytest.mark.django_db
def test_inquiry_with_history_points_to_erasure(lead, governed):
    made = make_inquiry(governed.north.region)
    made.assign(governed.north.users.coordinator)
    inquiry = InvestorInquiry.objects.filter(pk=made.pk).exclude(status="new").first()
    url = reverse("wagtailsnippets_branding_investorinquiry:delete", args=[inquiry.pk])
    html = refused(lead.post(url), inquiry.reference)
    assert "Erase the investor" in html
    assert InvestorInquiry.objects.filter(pk=inquiry.pk).exists()


@pytest.mark.django_db
def test_new_case_without_history_can_be_deleted(lead, governed):
    region = governed.north.region
    make_practice(governed.south.region)
    practice = PracticePage.objects.filter(locale__language_code="en").exclude(
        origin_region__translation_key=region.translation_key
    )[0]
    case = TransferCase.objects.create(
        title="Mistake", practice=practice, region=region
    )
    url = reverse("wagtailsnippets_practices_transfercase:delete", args=[case.pk])
    assert lead.get(url).status_code == 200
    assert lead.post(url).status_code == 302
    assert not TransferCase.objects.filter(pk=case.pk).exists()


# Users ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_user_with_cases_and_notes_is_refused_with_deactivation_as_way_out(
    admin, governed, case_in_action_plan
):
    coordinator = governed.north.users.coordinator
    assigned = TransferCase.objects.filter(assignee=coordinator).first()
    assert assigned is not None
    url = reverse("wagtailusers_users:delete", args=[coordinator.pk])
    for method in (admin.get, admin.post):
        html = refused(method(url), assigned.reference)
        assert "Cases assigned to them" in html
        assert "Deactivate the account instead" in html
    refused(admin.post(bulk(User, "delete", [coordinator.pk])), assigned.reference)
    assert User.objects.filter(pk=coordinator.pk).exists()
    assigned.refresh_from_db()
    assert assigned.assignee == coordinator


@pytest.mark.django_db
def test_user_without_records_is_deleted_as_before(admin):
    someone = User.objects.create_user("temp-user", "temp@example.invalid", "x")
    url = reverse("wagtailusers_users:delete", args=[someone.pk])
    assert admin.post(url).status_code == 302
    assert not User.objects.filter(pk=someone.pk).exists()


# Documents --------------------------------------------------------------------------


def evidence_document(region):
    plan = make_plan(region, title="Test South test plan", slug="south-test-plan")
    report = make_report(plan)
    document = Document(
        title="Minutes of the LSG meeting", collection=Collection.get_first_root_node()
    )
    document.file.save("minutes.txt", ContentFile(b"Minutes."), save=False)
    document.save()
    MonitoringEvidence.objects.create(report=report, document=document)
    return document, report


@pytest.mark.django_db
def test_document_used_as_evidence_cannot_be_deleted(admin, governed):
    document, report = evidence_document(governed.south.region)
    url = reverse("wagtaildocs:delete", args=[document.pk])
    for method in (admin.get, admin.post):
        html = refused(method(url), str(report))
        assert "Monitoring reports that use it as evidence" in html
        assert "upload a new file" in html
    refused(admin.post(bulk(Document, "delete", [document.pk])), str(report))
    assert Document.objects.filter(pk=document.pk).exists()
    assert report.evidence.filter(document=document).exists()
    with pytest.raises(ProtectedError):
        Document.objects.get(pk=document.pk).delete()


@pytest.mark.django_db
def test_document_in_a_case_timeline_cannot_be_deleted(admin, case_in_action_plan):
    case = case_in_action_plan
    document = Document(
        title="Signed agreement", collection=Collection.get_first_root_node()
    )
    document.file.save("agreement.txt", ContentFile(b"Agreed."), save=False)
    document.save()
    case.add_note(None, "The agreement, signed.", document=document)
    url = reverse("wagtaildocs:delete", args=[document.pk])
    html = refused(admin.post(url), case.reference)
    assert "Cases whose timeline holds this document" in html
    assert Document.objects.filter(pk=document.pk).exists()


# Monitoring reports ---------------------------------------------------------------


@pytest.mark.django_db
def test_submitted_report_is_kept_and_a_draft_can_go(lead, governed):
    region = governed.south.region
    plan = make_plan(region, title="Test South report plan", slug="south-report-plan")
    submitted = make_report(plan, period="2019-04")
    draft = make_report(plan, period="2019-10", submitted=False)
    url = reverse("monitoring_reports:delete", args=[submitted.pk])
    html = refused(lead.post(url), str(submitted))
    assert "only draft reports can be deleted" in html
    assert submitted.action_progress.count() == 2
    response = lead.post(reverse("monitoring_reports:delete", args=[draft.pk]))
    assert response.status_code == 302
    assert not MonitoringReport.objects.filter(pk=draft.pk).exists()
    assert MonitoringReport.objects.filter(pk=submitted.pk).exists()


# Actions removed from a plan ---------------------------------------------------------


def edit_form_data(client, page):
    from wagtail.test.utils.form_data import querydict_from_html

    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content
    return querydict_from_html(html.decode(), form_id="page-edit-form")


@pytest.mark.django_db
def test_action_with_progress_cannot_be_removed_from_its_plan(lead, governed):
    region = governed.north.region
    plan = make_plan(region, title="Test North test plan", slug="north-test-plan")
    make_report(plan)
    action = plan.actions.order_by("sort_order").first()
    data = edit_form_data(lead, plan)
    data["actions-0-DELETE"] = "1"
    response = lead.post(reverse("wagtailadmin_pages:edit", args=[plan.pk]), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert f"The action “{action.title}” cannot be removed" in html
    assert plan.actions.filter(pk=action.pk).exists()
    assert action.progress_reports.count() == 1


@pytest.mark.django_db
def test_action_without_records_can_be_removed(lead, governed):
    region = governed.north.region
    plan = make_plan(region, title="Test North spare plan", slug="north-spare-plan")
    action = plan.actions.order_by("sort_order").first()
    data = edit_form_data(lead, plan)
    data["actions-0-DELETE"] = "1"
    response = lead.post(reverse("wagtailadmin_pages:edit", args=[plan.pk]), data)
    assert response.status_code == 302
    # The draft no longer has it (the live page changes when it is published).
    plan.refresh_from_db()
    latest = plan.get_latest_revision_as_object()
    assert action.pk not in [a.pk for a in latest.actions.all()]
