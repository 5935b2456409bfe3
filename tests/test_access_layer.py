"""The access layer (cms.access) on the surfaces it was wired into, with the
refusals shown: assignees, documents and images, evidence, refusal pages.

The governed tree (the ``governed`` fixture) is the cast: Test North's people must
never reach Test South's cases, private documents or internal pages.
"""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model

from branding.factories import make_inquiry
from branding.models import InvestorInquiry
from cms.access import Viewer, case_workers, region_coordinators, viewer_for
from cms.factories import make_document, pdf_bytes
from cms.models import CaseLogEntry
from practices.factories import make_practice
from practices.models.practices import PracticePageDocument
from regions.factories import make_plan, make_report
from tests.helpers import body


def inquiry_in(side, name="Orla Pemberton"):
    return make_inquiry(side.region, name=name)


def inquiry_url(name, *args):
    return reverse(f"wagtailsnippets_branding_investorinquiry:{name}", args=args)


@pytest.mark.django_db
def test_roles_and_what_each_sees_of_cases(governed):
    north, south = governed.north, governed.south
    mine, theirs = inquiry_in(north), inquiry_in(south)
    both = InvestorInquiry.objects.filter(pk__in=[mine.pk, theirs.pk])
    roles = (
        (governed.lead, "lead partner", {mine.pk, theirs.pk}),
        (north.users.coordinator, "coordinator", {mine.pk}),
        (north.users.editor, "editor", set()),
        (north.users.stakeholder, "stakeholder", set()),
    )
    for person, role, seen in roles:
        viewer = Viewer(person)
        assert viewer.role == role, person.username
        assert set(viewer.cases(both).values_list("pk", flat=True)) == seen, (
            person.username
        )
    assert Viewer(None).role == "anonymous"
    assert not Viewer(None).cases(both).exists()


@pytest.mark.django_db
def test_assignees_are_the_regions_coordinators_and_the_lead_partner(client, governed):
    north, south = governed.north, governed.south
    case = inquiry_in(north)
    workers = set(case_workers([case.region_id]).values_list("username", flat=True))
    assert north.users.coordinator.username in workers
    assert governed.lead.username in workers
    assert not workers & {
        south.users.coordinator.username,
        south.users.stakeholder.username,
        north.users.editor.username,
        north.users.stakeholder.username,
    }

    client.force_login(north.users.coordinator)
    form = client.get(inquiry_url("edit", case.pk)).context["form"]
    offered = set(form.fields["assignee"].queryset.values_list("username", flat=True))
    assert offered == workers

    stranger = south.users.stakeholder
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
def test_no_route_gives_a_case_to_someone_outside_its_region(mailoutbox, governed):
    """The rule holds in the model too (demo loader, generator, imports, bulk
    actions): a refused assignee is a clear error and nothing is stored or sent."""
    north, south = governed.north, governed.south
    case = inquiry_in(north)
    with pytest.raises(ValidationError) as refused:
        case.assign(south.users.stakeholder)
    assert "cannot work on Test North's cases" in refused.value.messages[0]
    case.refresh_from_db()
    assert case.assignee is None
    assert not mailoutbox
    case.assign(north.users.coordinator)
    case.refresh_from_db()
    assert case.assignee.username == north.users.coordinator.username


@pytest.mark.django_db
def test_generated_cases_go_only_to_their_regions_coordinators(governed):
    coordinators = region_coordinators()
    north = governed.north
    assert coordinators[north.region.pk] == [north.users.coordinator.pk]
    for region_id, user_ids in coordinators.items():
        workers = set(case_workers([region_id]).values_list("pk", flat=True))
        assert set(user_ids) <= workers


@pytest.mark.django_db
def test_bulk_reassign_offers_only_people_who_may_work_on_the_cases(client, governed):
    north, south = governed.north, governed.south
    case = inquiry_in(north)
    client.force_login(north.users.coordinator)
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
    assert north.users.coordinator.username in offered
    assert governed.lead.username in offered
    assert south.users.coordinator.username not in offered
    response = client.post(url, {"assignee": south.users.coordinator.pk})
    assert "cannot work on the selected cases" in response.content.decode()
    case.refresh_from_db()
    assert case.assignee is None


@pytest.mark.django_db
def test_another_regions_case_url_explains_the_refusal(client, governed):
    theirs = inquiry_in(governed.south, name="Secretive Investor")
    client.force_login(governed.north.users.coordinator)
    for name in ("edit", "inspect", "delete", "history", "usage"):
        response = client.get(inquiry_url(name, theirs.pk))
        body = response.content.decode()
        assert response.status_code == 403, name
        assert governed.south.region.title in body, name
        assert "Secretive Investor" not in body and theirs.reference not in body
        assert "What you can do instead" in body


@pytest.mark.django_db
def test_case_history_is_listed_only_to_those_who_see_the_case(client, governed):
    north, south = governed.north, governed.south
    theirs = inquiry_in(south, name="Logged Investor")
    theirs.add_note(south.users.coordinator, "Called back.")
    assert CaseLogEntry.objects.viewable_by_user(south.users.coordinator).filter(
        object_id=str(theirs.pk)
    )
    for person in (north.users.coordinator, north.users.editor):
        assert not CaseLogEntry.objects.viewable_by_user(person).filter(
            object_id=str(theirs.pk)
        )
    client.force_login(north.users.coordinator)
    for export in ("", "?export=csv", "?export=xlsx"):
        response = client.get(reverse("wagtailadmin_reports:site_history") + export)
        content = body(response)
        assert b"Logged Investor" not in content
        assert theirs.reference.encode() not in content


@pytest.mark.django_db
def test_private_document_attached_to_a_public_practice_is_not_listed(client, governed):
    governance = governed.south.governance
    private = make_document(
        "Undisclosed incentive terms",
        "terms.pdf",
        pdf_bytes("terms"),
        governance.internal_collection,
    )
    public = make_document(
        "Public brochure", "brochure.pdf", pdf_bytes("hello"), governance.collection
    )
    practice = make_practice(governed.south.region)
    PracticePageDocument.objects.create(page=practice, document=private)
    PracticePageDocument.objects.create(page=practice, document=public)
    body = client.get(practice.url).content.decode()
    assert "Public brochure" in body
    assert "Undisclosed incentive terms" not in body
    client.force_login(governed.south.users.stakeholder)
    assert "Undisclosed incentive terms" in client.get(practice.url).content.decode()


def png_upload(name="photo.png"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (12, 12), "#225588").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["north-editor", "lead-partner"])
def test_images_never_go_into_an_internal_collection(client, governed, who):
    governance = governed.north.governance
    person = governed.north.users.editor if who == "north-editor" else governed.lead
    client.force_login(person)
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
def test_evidence_documents_are_limited_to_the_users_collections(governed):
    from regions.models import MonitoringReport
    from regions.wagtail_hooks import monitoring_report_viewset

    south = governed.south.governance
    foreign = make_document(
        "Test South internal memo",
        "memo.pdf",
        pdf_bytes("m"),
        south.internal_collection,
    )
    make_report(make_plan(governed.north.region))
    report = MonitoringReport.objects.filter(
        region__translation_key=governed.north.region.translation_key
    ).first()
    assert report is not None
    form_class = monitoring_report_viewset.get_edit_handler().get_form_class()
    form = form_class(instance=report, for_user=governed.north.users.coordinator)
    field = form.formsets["evidence"].empty_form.fields["document"]
    assert not field.queryset.filter(pk=foreign.pk).exists()
    assert "collection you may use" in str(field.error_messages["invalid_choice"])


@pytest.mark.django_db
def test_page_chooser_hides_another_regions_internal_pages(client, governed):
    from cms.governance import restrict_to_stakeholders
    from home.models import StandardPage

    south = governed.south.region
    internal = south.add_child(
        instance=StandardPage(
            title="Test South closed board minutes", slug="closed-board"
        )
    )
    restrict_to_stakeholders(internal)
    client.force_login(governed.north.users.editor)
    listing = client.get(reverse("wagtailadmin_choose_page_child", args=[south.pk]))
    assert "Test South closed board minutes" not in listing.content.decode()
    refused = client.get(reverse("wagtailadmin_choose_page_child", args=[internal.pk]))
    assert refused.status_code == 403
    assert "Test South closed board minutes" not in refused.content.decode()
    client.force_login(governed.south.users.editor)
    listing = client.get(reverse("wagtailadmin_choose_page_child", args=[south.pk]))
    assert "Test South closed board minutes" in listing.content.decode()


@pytest.mark.django_db
def test_editor_dashboard_lists_no_case(client, governed):
    inquiry_in(governed.north).assign(governed.north.users.coordinator)
    client.force_login(governed.north.users.editor)
    body = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "INQ-" not in body and "TC-" not in body


@pytest.mark.django_db
def test_viewer_is_made_once_per_request(rf, governed):
    request = rf.get("/")
    request.user = governed.north.users.coordinator
    assert viewer_for(request) is viewer_for(request)
