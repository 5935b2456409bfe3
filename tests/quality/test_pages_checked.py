"""Pages the quality gates must reach: the browser suite (axe, Nu HTML checker,
CSP) and the fuzz test walk the page tree (``site_map.page_tree_urls``), so a page
is checked when the demo has it, live and public, in every language."""

import pytest

from tests.quality import site_map

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "it", "es", "sv", "pl")
# Page types added with a feature whose gates must pass in every language.
CHECKED = ["practices.learningnetworkpage"]


@pytest.mark.parametrize("kind", CHECKED)
def test_the_quality_gates_reach_the_page_in_every_language(kind):
    found = {(language, k) for language, k, _url in site_map.page_tree_urls()}
    assert {language for language, k in found if k == kind} == set(LANGUAGES)
