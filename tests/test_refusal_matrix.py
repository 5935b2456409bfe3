"""The refusal matrix: no region's secrets reach another region's people.

For each role (editor, coordinator, stakeholder) of the two regions of the governed
tree (the ``governed`` fixture), every admin
URL that Wagtail registers for the case models, documents, images and pages is
found by walking the URL resolver (a surface added later is covered the day it
is added), filled in with the other region's objects, and requested. No response
may carry the other region's case reference, investor name, case title, private
document or image title, or restricted page title; no response is a server error;
and every write (a POST to each of those URLs) leaves the other region's objects
exactly as they were.
"""

import io
import re

import pytest
from django.core.files.images import ImageFile
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Page

from branding.factories import make_inquiry
from branding.models import InvestorInquiry
from cms.factories import make_document, pdf_bytes
from cms.governance import restrict_to_stakeholders
from home.factories import make_child_page
from practices.factories import make_practice
from practices.models import PracticeQuestion, TransferCase
from regions.models import RegionPage
from search.models import SavedSearch
from tests.helpers import text

REGIONS = ("north", "south")
ROLES = ("editor", "coordinator", "stakeholder")

# Admin URLs whose name or route shows they list or open cases, documents,
# images or pages, and the shared admin surfaces (reports, search, dashboard).
SURFACE = re.compile(
    r"investorinquiry|transfercase|practicequestion|wagtaildocs|wagtailimages|wagtailadmin_pages|"
    r"wagtailadmin_explore|wagtailadmin_choose_page|wagtailadmin_reports|"
    r"wagtailadmin_search|wagtailadmin_home|wagtailadmin_bulk|bulk|history|"
    r"usage|chooser|choose|audit|site_history|locking|workflow|"
    r"wagtailsnippets_branding|wagtailsnippets_practices|competein|traceab|"
    r"monitoring|localize|matchmaking|saved_searches|practices/network"
)
# Never requested: they end the session, or are Wagtail's link choosers, which
# list no object (and answer an empty POST with a server error in Wagtail 8.0).
SKIP = re.compile(
    r"logout|password_reset|account|choose-(external|email|phone|anchor)-link"
)


def _flatten(patterns, prefix="", namespace=""):
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            ns = namespace
            if pattern.namespace:
                ns = f"{namespace}{pattern.namespace}:"
            yield from _flatten(pattern.url_patterns, route, ns)
        elif isinstance(pattern, URLPattern):
            yield route, f"{namespace}{pattern.name or ''}"


def admin_surfaces():
    seen = set()
    for route, name in _flatten(get_resolver().url_patterns):
        if not route.startswith("admin/") or SKIP.search(route + name):
            continue
        if not SURFACE.search(route + " " + name):
            continue
        if route in seen:
            continue
        seen.add(route)
        yield route, name


def _image(title, collection):
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), "#884422").save(buffer, "PNG")
    return get_image_model().objects.create(
        title=title,
        collection=collection,
        file=ImageFile(io.BytesIO(buffer.getvalue()), name="internal-photo.png"),
    )


def plant_secrets(side):
    """A region's private things, each with a title nobody else may read
    (``side`` is one region of the governed tree)."""
    region, governance, slug = side.region, side.governance, side.region.slug
    # In every secret's title: searching for it would find them all.
    tag = "ZQ" + slug.replace("-", "").upper()[:6]
    secrets = {}
    inquiry = make_inquiry(
        region,
        name=f"Quilla Vantreight {tag}",
        company=f"Vantreight Holdings {tag}",
        email=f"quilla.{tag.lower()}@vantreight.example",
        country="Canada",
        message="Confidential expansion plans.",
    )
    practice = make_practice()
    transfer = TransferCase.objects.create(
        title=f"Secret adoption plan {tag}", region=region, practice=practice
    )
    # A question about another region's practice, from a partner region: the
    # owner region's case (its "Open a transfer case" action included).
    question = PracticeQuestion.objects.create(
        name=f"Wendeline Orbach {tag}",
        organisation=f"Orbach Consulting {tag}",
        email=f"wendeline.{tag.lower()}@orbach.example",
        message="Confidential question about the practice.",
        consent=True,
        practice=practice,
        region=region,
        sender_region=RegionPage.objects.filter(locale_id=region.locale_id)
        .exclude(translation_key=region.translation_key)
        .first(),
    )
    # Timeline entries: the site-history report and the case history list them.
    inquiry.add_note(None, "Called the investor back.")
    question.add_note(None, "Answered by phone.")
    transfer.add_note(None, "Study visit agreed.")
    minutes = make_child_page(region, f"Closed LSG minutes {tag}", f"closed-{tag}")
    restrict_to_stakeholders(minutes, governance)
    document = make_document(
        f"Confidential budget draft {tag}",
        f"budget-{tag}.pdf",
        pdf_bytes("numbers"),
        governance.internal_collection,
    )
    image = _image(f"Internal site photo {tag}", governance.internal_collection)
    # A saved search is its owner's alone (search.wagtail_hooks).
    saved = SavedSearch.objects.create(
        owner=side.users.coordinator,
        name=f"Saved search of the coordinator {tag}",
        query=f"q=budget+{tag}",
        language="en",
    )
    secrets.update(
        saved=saved,
        region=region,
        tag=tag,
        inquiry=inquiry,
        transfer=transfer,
        question=question,
        minutes=minutes,
        document=document,
        image=image,
        words=[
            inquiry.reference,
            inquiry.name,
            inquiry.company,
            inquiry.email,
            transfer.reference,
            transfer.title,
            question.reference,
            question.title,
            question.name,
            question.email,
            minutes.title,
            document.title,
            image.title,
            saved.name,
        ],
    )
    return secrets


def fill(route, name, secrets):
    """The route with the other region's objects in its placeholders, or None."""
    model_pk = None
    if "investorinquiry" in route + name:
        model_pk = secrets["inquiry"].pk
    elif "transfercase" in route + name:
        model_pk = secrets["transfer"].pk
    elif "practicequestion" in route + name:
        model_pk = secrets["question"].pk
    elif "wagtaildocs" in route + name or "documents" in route:
        model_pk = secrets["document"].pk
    elif "wagtailimages" in route + name or "images" in route:
        model_pk = secrets["image"].pk
    elif "matchmaking" in route + name:
        model_pk = secrets["region"].pk
    elif "saved_searches" in route + name:
        model_pk = secrets["saved"].pk
    values = {
        "page_id": secrets["minutes"].pk,
        "parent_page_id": secrets["minutes"].pk,
        "document_id": secrets["document"].pk,
        "doc_id": secrets["document"].pk,
        "image_id": secrets["image"].pk,
        "pk": model_pk if model_pk is not None else secrets["minutes"].pk,
        "object_id": model_pk if model_pk is not None else secrets["minutes"].pk,
        "id": model_pk if model_pk is not None else secrets["minutes"].pk,
    }
    missing = []

    def value(match):
        key = match.group(1)
        if key not in values:
            missing.append(key)
            return "1"
        return str(values[key])

    path = re.sub(r"<(?:\w+:)?(\w+)>", value, route)
    if missing and not set(missing) <= {"revision_id", "revision_id_a"}:
        return None
    path = "/" + path.replace("^", "").replace("$", "").replace("\\Z", "")
    if "(" in path or "\\" in path:
        return None  # a regular-expression route we cannot fill reliably
    # ``q`` searches every listing, chooser and report for the secrets' titles.
    query = f"?id={model_pk or secrets['minutes'].pk}&q={secrets['tag']}"
    return path + query


def snapshot(secrets):
    """What is stored of the other region's objects, to compare after writes."""
    inquiry = InvestorInquiry._base_manager.filter(pk=secrets["inquiry"].pk)
    transfer = TransferCase._base_manager.filter(pk=secrets["transfer"].pk)
    question = PracticeQuestion._base_manager.filter(pk=secrets["question"].pk)
    return {
        "saved": list(SavedSearch.objects.filter(pk=secrets["saved"].pk).values()),
        "question": list(question.values()),
        "transfer_cases": TransferCase._base_manager.count(),
        "inquiry": list(inquiry.values()),
        "transfer": list(transfer.values()),
        "minutes": list(
            Page.objects.filter(pk=secrets["minutes"].pk).values(
                "title",
                "live",
                "has_unpublished_changes",
                "latest_revision_id",
                "locked",
                "path",
            )
        ),
        "document": list(
            type(secrets["document"])
            .objects.filter(pk=secrets["document"].pk)
            .values("title", "collection_id", "file")
        ),
        "image": list(
            get_image_model()
            .objects.filter(pk=secrets["image"].pk)
            .values("title", "collection_id", "file")
        ),
    }


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("own, other", [REGIONS, REGIONS[::-1]])
def test_no_other_regions_secret_on_any_admin_surface(
    client, governed, role, own, other
):
    secrets = plant_secrets(getattr(governed, other))
    before = snapshot(secrets)
    user = getattr(getattr(governed, own).users, role)
    client.raise_request_exception = False
    leaks, errors, requested = [], [], 0
    for route, name in admin_surfaces():
        url = fill(route, name, secrets)
        if url is None:
            continue
        for method in ("get", "post"):
            client.force_login(user)
            response = getattr(client, method)(url)
            requested += 1
            if response.status_code >= 500:
                errors.append((method, url, response.status_code))
                continue
            body = text(response)
            found = [word for word in secrets["words"] if word in body]
            if found:
                leaks.append((method, url, found))
    assert requested > 100, "the resolver walk found too few admin surfaces"
    assert not errors, "\n".join(map(str, errors))
    assert not leaks, "\n".join(map(str, leaks))
    assert snapshot(secrets) == before


@pytest.mark.django_db
def test_the_lead_partner_sees_every_regions_cases(client, governed):
    secrets = plant_secrets(governed.south)
    client.force_login(governed.lead)
    for url, word in (
        ("/admin/snippets/choose/branding/investorinquiry/", "inquiry"),
        ("/admin/snippets/choose/practices/transfercase/", "transfer"),
        ("/admin/snippets/choose/practices/practicequestion/", "question"),
        ("/admin/reports/site-history/", "transfer"),
        ("/admin/reports/site-history/", "question"),
        ("/admin/reports/site-history/", "inquiry"),
    ):
        body = text(client.get(url))
        assert secrets[word].reference in body, url
    assert (
        client.get(
            f"/admin/snippets/choose/branding/investorinquiry/chosen/{secrets['inquiry'].pk}/"
        ).status_code
        == 200
    )


@pytest.mark.django_db
def test_the_search_in_the_matrix_would_find_the_secrets(client, governed):
    """The matrix's ``q`` is no blank shot: the lead partner's admin search,
    choosers and listings find every secret by it."""
    secrets = plant_secrets(governed.south)
    client.force_login(governed.lead)
    q = f"?q={secrets['tag']}"
    for url, key in (
        ("/admin/pages/search/", "minutes"),
        ("/admin/documents/", "document"),
        ("/admin/images/", "image"),
        ("/admin/snippets/branding/investorinquiry/", "inquiry"),
        ("/admin/snippets/practices/transfercase/", "transfer"),
        ("/admin/snippets/choose/practices/transfercase/", "transfer"),
        ("/admin/snippets/practices/practicequestion/", "question"),
        ("/admin/saved_searches/", "saved"),
    ):
        body = text(client.get(url + q))
        title = getattr(secrets[key], "name", None) or secrets[key].title
        assert title in body, url


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url_name, key",
    [
        ("wagtaildocs:edit", "document"),
        ("wagtaildocs:delete", "document"),
        ("wagtaildocs:document_usage", "document"),
        ("wagtailimages:edit", "image"),
        ("wagtailimages:delete", "image"),
        ("wagtailimages:image_usage", "image"),
    ],
)
def test_a_refused_document_or_image_says_which_region_owns_it(
    client, governed, url_name, key
):
    """Wagtail bounces a refused document or image to the dashboard with a
    generic "no permission"; the person sees instead which region owns it."""
    secrets = plant_secrets(governed.south)
    client.force_login(governed.north.users.editor)
    response = client.get(reverse(url_name, args=[secrets[key].pk]))
    assert response.status_code == 403
    body = text(response)
    assert "belongs to Test South" in body
    assert secrets[key].title not in body
    assert "you do not have permission" not in body
    dashboard = text(client.get(reverse("wagtailadmin_home")))
    assert "you do not have permission" not in dashboard


def test_a_refusal_names_the_people_to_ask(client, governed):
    """The refused person is told whom to ask: the owning region's coordinators,
    by name and e-mail, or the lead partner."""
    secrets = plant_secrets(governed.south)
    coordinator = governed.south.users.coordinator
    coordinator.first_name, coordinator.last_name = "Ada", "Southby"
    coordinator.save()
    client.force_login(governed.north.users.editor)
    response = client.get(reverse("wagtaildocs:edit", args=[secrets["document"].pk]))
    body = text(response)
    assert response.status_code == 403
    assert "ask the coordinators of Test South" in body
    assert "Ada Southby" in body
    assert f"mailto:{coordinator.email}" in body
    assert "or the lead partner" in body


def test_a_page_of_ones_own_region_is_refused_as_such(client, governed):
    """A practice a colleague wrote in the shared library: the refusal says the
    page is of the person's own region and why they may not open it."""
    north = governed.north
    practice = make_practice(origin_region=north.region, title="Colleague's practice")
    client.force_login(north.users.coordinator)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[practice.pk]))
    body = text(response)
    assert response.status_code == 403
    assert "belongs to Test North, your region" in body
    assert "Only that region's people" not in body
