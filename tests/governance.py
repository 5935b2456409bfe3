"""A governed test tree: two regions, their people, pages, documents and images.

Import the ``governed`` fixture into a test module with
``from tests.governance import governed  # noqa: F401``.
"""

from types import SimpleNamespace

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

from cms.factories import (
    make_child_page,
    make_document,
    make_lead_partner_user,
    make_region,
    make_region_users,
    pdf_bytes,
)
from cms.governance import region_governance_for, restrict_to_stakeholders


def make_image(title, collection):
    import io

    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), "#336699").save(buffer, "PNG")
    return get_image_model().objects.create(
        title=title,
        collection=collection,
        file=ImageFile(io.BytesIO(buffer.getvalue()), name=f"{title}.png"),
    )


def build_region(title, slug):
    region = make_region(title, slug)
    governance = region_governance_for(region)
    news = make_child_page(region, f"{title} news", f"{slug}-news", show_in_menus=True)
    minutes = make_child_page(
        region, f"{title} LSG minutes", f"{slug}-minutes", show_in_menus=True
    )
    restrict_to_stakeholders(minutes, governance)
    public_doc = make_document(
        f"{title} factsheet",
        f"{slug}-factsheet.pdf",
        pdf_bytes(f"{title} factsheet public figures"),
        governance.collection,
    )
    internal_doc = make_document(
        f"{title} draft action plan",
        f"{slug}-draft-plan.pdf",
        pdf_bytes(f"{title} confidential draft budget"),
        governance.internal_collection,
    )
    image = make_image(f"{slug}-picture", governance.collection)
    return SimpleNamespace(
        region=region,
        governance=governance,
        news=news,
        minutes=minutes,
        public_doc=public_doc,
        internal_doc=internal_doc,
        image=image,
        users=SimpleNamespace(**make_region_users(governance, slug)),
    )


@pytest.fixture
def governed(db):
    lead = make_lead_partner_user()
    north = build_region("Test North", "test-north")
    south = build_region("Test South", "test-south")
    return SimpleNamespace(north=north, south=south, lead=lead)
