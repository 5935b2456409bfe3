"""The access layer (cms.access) on the surfaces it was wired into, with the
refusals shown: assignees, documents and images, evidence, refusal pages.

The demo's regions and accounts are the cast: Emilia-Romagna's people must never
reach Valencia's cases, private documents or internal pages.
"""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model

from branding.models import InvestorInquiry, ShowcasePage
from cms.access import Viewer, case_workers, region_coordinators, viewer_for
from cms.factories import make_document, pdf_bytes
from cms.governance import region_governance_for
from cms.models import CaseLogEntry
from practices.models import PracticePage
from practices.models.practices import PracticePageDocument
from tests.helpers import body, region, user


def inquiry_in(slug, name="Orla Pemberton"):
    page = region(slug)
    return InvestorInquiry.objects.create(
        name=name,
        company="Pemberton Batteries",
        email="orla@pemberton.example",
        country="Ireland",
        message="A plant for cells.",
        consent=True,
        region=page,
        showcase=ShowcasePage.objects.child_of(page).first(),
    )


def inquiry_url(name, *args):
    return reverse(f"wagtailsnippets_branding_investorinquiry:{name}", args=args)


@pytest.mark.django_db
def test_roles_and_what_each_sees_of_cases():
    mine, theirs = inquiry_in("emilia-romagna"), inquiry_in("valencia")
    both = InvestorInquiry.objects.filter(pk__in=[mine.pk, theirs.pk])
    roles = {
        "lead-partner": ("lead partner", {mine.pk, theirs.pk}),
        "emilia-romagna-coordinator": ("coordinator", {mine.pk}),
        "emilia-romagna-editor": ("editor", set()),
        "emilia-romagna-stakeholder": ("stakeholder", set()),
    }
    for username, (role, seen) in roles.items():
        viewer = Viewer(user(username))
        assert viewer.role == role, username
        assert set(viewer.cases(both).values_list("pk", flat=True)) == seen, username
    assert Viewer(None).role == "anonymous"
    assert not Viewer(None).cases(both).exists()


@pytest.mark.django_db
def test_assignees_are_the_regions_coordinators_and_the_lead_partner(client):
    case = inquiry_in("emilia-romagna")
    workers = set(case_workers([case.region_id]).values_list("username", flat=True))
    assert "emilia-romagna-coordinator" in workers and "lead-partner" in workers
    assert not workers & {
        "valencia-coordinator",
        "valencia-stakeholder",
        "emilia-romagna-editor",
        "emilia-romagna-stakeholder",
    }

    client.force_login(user("emilia-romagna-coordinator"))
    form = client.get(inquiry_url("edit", case.pk)).context["form"]
    offered = set(form.fields["assignee"].queryset.values_list("username", flat=True))
    assert offered == workers

    stranger = user("valencia-stakeholder")
    data = {
        key: value
        for key, value in form.initial.items()
        if value is not None and not hasattr(value, "all")
    }
    data.update(
        {
            "region": case.region_id,
            "assignee": stranger.pk,
            "priority": case.priority,
            "title": case.title,
        }
    )
    response = client.post(inquiry_url("edit", case.pk), data)
    assert response.status_code == 200
    assert "cannot work on this region" in response.content.decode()
    case.refresh_from_db()
    assert case.assignee is None


@pytest.mark.django_db
def test_no_route_gives_a_case_to_someone_outside_its_region(mailoutbox):
    """The rule holds in the model too (demo loader, generator, imports, bulk
    actions): a refused assignee is a clear error and nothing is stored or sent."""
    case = inquiry_in("emilia-romagna")
    with pytest.raises(ValidationError) as refused:
        case.assign(user("valencia-stakeholder"))
    assert "cannot work on Emilia-Romagna's cases" in refused.value.messages[0]
    case.refresh_from_db()
    assert case.assignee is None
    assert not mailoutbox
    case.assign(user("emilia-romagna-coordinator"))
    case.refresh_from_db()
    assert case.assignee.username == "emilia-romagna-coordinator"


@pytest.mark.django_db
def test_generated_cases_go_only_to_their_regions_coordinators():
    coordinators = region_coordinators()
    emilia = region("emilia-romagna")
    assert coordinators[emilia.pk] == [user("emilia-romagna-coordinator").pk]
    for region_id, user_ids in coordinators.items():
        workers = set(case_workers([region_id]).values_list("pk", flat=True))
        assert set(user_ids) <= workers


@pytest.mark.django_db
def test_bulk_reassign_offers_only_people_who_may_work_on_the_cases(client):
    case = inquiry_in("emilia-romagna")
    client.force_login(user("emilia-romagna-coordinator"))
    url = (
        reverse("wagtail_bulk_action", args=("branding", "investorinquiry", "reassign"))
        + f"?id={case.pk}"
    )
    response = client.get(url)
    offered = set(
        response.context["form"]
        .fields["assignee"]
        .queryset.values_list("username", flat=True)
    )
    assert "emilia-romagna-coordinator" in offered and "lead-partner" in offered
    assert "valencia-coordinator" not in offered
    response = client.post(url, {"assignee": user("valencia-coordinator").pk})
    assert "cannot work on the selected cases" in response.content.decode()
    case.refresh_from_db()
    assert case.assignee is None


@pytest.mark.django_db
def test_another_regions_case_url_explains_the_refusal(client):
    theirs = inquiry_in("valencia", name="Secretive Investor")
    client.force_login(user("emilia-romagna-coordinator"))
    for name in ("edit", "inspect", "delete", "history", "usage"):
        response = client.get(inquiry_url(name, theirs.pk))
        body = response.content.decode()
        assert response.status_code == 403, name
        assert region("valencia").title in body, name
        assert "Secretive Investor" not in body and theirs.reference not in body
        assert "What you can do instead" in body


@pytest.mark.django_db
def test_case_history_is_listed_only_to_those_who_see_the_case(client):
    theirs = inquiry_in("valencia", name="Logged Investor")
    theirs.add_note(user("valencia-coordinator"), "Called back.")
    assert CaseLogEntry.objects.viewable_by_user(user("valencia-coordinator")).filter(
        object_id=str(theirs.pk)
    )
    for username in ("emilia-romagna-coordinator", "emilia-romagna-editor"):
        assert not CaseLogEntry.objects.viewable_by_user(user(username)).filter(
            object_id=str(theirs.pk)
        )
    client.force_login(user("emilia-romagna-coordinator"))
    for export in ("", "?export=csv", "?export=xlsx"):
        response = client.get(reverse("wagtailadmin_reports:site_history") + export)
        content = body(response)
        assert b"Logged Investor" not in content
        assert theirs.reference.encode() not in content


@pytest.mark.django_db
def test_private_document_attached_to_a_public_practice_is_not_listed(client):
    governance = region_governance_for(region("valencia"))
    private = make_document(
        "Undisclosed incentive terms",
        "terms.pdf",
        pdf_bytes("terms"),
        governance.internal_collection,
    )
    public = make_document(
        "Public brochure", "brochure.pdf", pdf_bytes("hello"), governance.collection
    )
    practice = PracticePage.objects.live().filter(locale__language_code="en").first()
    PracticePageDocument.objects.create(page=practice, document=private)
    PracticePageDocument.objects.create(page=practice, document=public)
    body = client.get(practice.url).content.decode()
    assert "Public brochure" in body
    assert "Undisclosed incentive terms" not in body
    client.force_login(user("valencia-stakeholder"))
    assert "Undisclosed incentive terms" in client.get(practice.url).content.decode()


def png_upload(name="photo.png"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (12, 12), "#225588").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["emilia-romagna-editor", "lead-partner"])
def test_images_never_go_into_an_internal_collection(client, username):
    governance = region_governance_for(region("emilia-romagna"))
    client.force_login(user(username))
    form = client.get(reverse("wagtailimages:add")).context["form"]
    if "collection" in form.fields:
        assert governance.internal_collection not in form.fields["collection"].queryset
    before = get_image_model().objects.count()
    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Internal photo",
            "file": png_upload(),
            "collection": governance.internal_collection.pk,
        },
    )
    if "collection" in form.fields:  # a choice: refused with a message
        assert response.status_code == 200
        assert "images are always public files" in response.content.decode().replace(
            "\n", " "
        )
        assert get_image_model().objects.count() == before
    assert (
        not get_image_model()
        .objects.filter(collection=governance.internal_collection)
        .exists()
    )


@pytest.mark.django_db
def test_evidence_documents_are_limited_to_the_users_collections():
    from regions.models import MonitoringReport
    from regions.wagtail_hooks import monitoring_report_viewset

    valencia = region_governance_for(region("valencia"))
    foreign = make_document(
        "Valencia internal memo",
        "memo.pdf",
        pdf_bytes("m"),
        valencia.internal_collection,
    )
    report = MonitoringReport.objects.filter(
        region__translation_key=region("emilia-romagna").translation_key
    ).first()
    form_class = monitoring_report_viewset.get_edit_handler().get_form_class()
    form = form_class(instance=report, for_user=user("emilia-romagna-coordinator"))
    field = form.formsets["evidence"].empty_form.fields["document"]
    assert not field.queryset.filter(pk=foreign.pk).exists()
    assert "collection you may use" in str(field.error_messages["invalid_choice"])


@pytest.mark.django_db
def test_page_chooser_hides_another_regions_internal_pages(client):
    from cms.governance import restrict_to_stakeholders
    from home.models import StandardPage

    valencia = region("valencia")
    internal = valencia.add_child(
        instance=StandardPage(
            title="Valencia closed board minutes", slug="closed-board"
        )
    )
    restrict_to_stakeholders(internal)
    client.force_login(user("emilia-romagna-editor"))
    listing = client.get(reverse("wagtailadmin_choose_page_child", args=[valencia.pk]))
    assert "Valencia closed board minutes" not in listing.content.decode()
    refused = client.get(reverse("wagtailadmin_choose_page_child", args=[internal.pk]))
    assert refused.status_code == 403
    assert "Valencia closed board minutes" not in refused.content.decode()
    client.force_login(user("valencia-editor"))
    listing = client.get(reverse("wagtailadmin_choose_page_child", args=[valencia.pk]))
    assert "Valencia closed board minutes" in listing.content.decode()


@pytest.mark.django_db
def test_editor_dashboard_lists_no_case(client):
    inquiry_in("emilia-romagna").assign(user("emilia-romagna-coordinator"))
    client.force_login(user("emilia-romagna-editor"))
    body = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "INQ-" not in body and "TC-" not in body


@pytest.mark.django_db
def test_viewer_is_made_once_per_request(rf):
    request = rf.get("/")
    request.user = user("emilia-romagna-coordinator")
    assert viewer_for(request) is viewer_for(request)
