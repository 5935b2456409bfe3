"""Demo content for the regions' own people: each partner region's internal pages
(Local Stakeholder Group minutes, a working draft of its next plan), closed to
everyone but the region's groups and the lead partner in every language, and two
internal documents in the region's working language (texts in
``demo_content/internal.yaml``). A stakeholder who signs in finds them on the
region page; anyone else is refused them."""

import unicodedata

from wagtail.documents import get_document_model

from cms.demo import add_child_once, english, strings, translate
from cms.factories import make_document, pdf_bytes
from cms.governance import (
    region_governance_for,
    restrict_to_stakeholders,
    setup_lead_partner,
)
from home.demo import paragraph
from home.factories import StandardPageFactory

# The language each partner region works in (its documents are written in it).
WORKING_LANGUAGE = {"IT": "it", "ES": "es", "SE": "sv", "PL": "pl", "GB": "en"}


def _named(text, names):
    """``text`` (a text in every language) with the region's name put in."""
    return {code: value.format(region=names[code]) for code, value in text.items()}


def load_internal(demo, region, names, data):
    governance = region_governance_for(region)
    setup_lead_partner()  # the lead partner's group passes every restriction
    for record in data["pages"]:
        texts = {
            **record,
            "intro": _named(record["intro"], names),
            "paragraphs": [_named(p, names) for p in record["paragraphs"]],
        }
        text = english(texts)
        page, created = add_child_once(
            region,
            StandardPageFactory.build(
                title=text["title"],
                slug=text["slug"],
                intro=text["intro"],
                body=[paragraph(p) for p in text["paragraphs"]],
            ),
            user=demo.user,
        )
        demo.count("pages", int(created))
        demo.count("translations", translate(page, strings(texts), user=demo.user))
        for version in page.get_translations(inclusive=True):
            restrict_to_stakeholders(version, governance)
    language = WORKING_LANGUAGE.get(region.country, "en")
    Document = get_document_model()
    for number, titles in enumerate(data["documents"]):
        title = f"{titles[language]} ({names[language]})"
        if Document.objects.filter(
            title=title, collection=governance.internal_collection
        ).exists():
            continue
        ascii_title = (
            unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
        )
        make_document(
            title,
            f"{region.slug}-internal-{number + 1}.pdf",
            pdf_bytes(f"{ascii_title}: internal working document (demo)"),
            governance.internal_collection,
            document_type=("action_plan", "other")[number % 2],
            language=language,
            description="Internal to the region (demo).",
        )
        demo.count("internal documents")
