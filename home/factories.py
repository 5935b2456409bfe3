"""Factories shared by tests and demo data."""

import factory
import wagtail_factories

from home.models import HomePage, OpenDataPage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Home {n}")
    slug = factory.Sequence(lambda n: f"home-{n}")
    hero_title = "Competitive territories"

    class Meta:
        model = HomePage


class OpenDataPageFactory(wagtail_factories.PageFactory):
    title = "Open data"
    slug = factory.Sequence(lambda n: f"open-data-{n}")

    class Meta:
        model = OpenDataPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    slug = factory.Sequence(lambda n: f"standard-page-{n}")
    intro = "A page made by a factory."

    class Meta:
        model = StandardPage


def make_child_page(parent, title, slug, publish=True, **fields):
    """A StandardPage under ``parent``, saved as a revision and published unless
    ``publish`` is false.

    ``add_child`` ignores ``subpage_types`` on purpose: a StandardPage stands in for
    the region children of other types that come with the apps above.
    """
    page = StandardPage(title=title, slug=slug, **fields)
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    page.refresh_from_db()
    return page


# Helpers for the converted open-data and foundation tests (tests-c) ---


def make_footer_text(acknowledgements):
    """The footer's words of a test's own, in every language, in place of any
    there were (the demo's): ``acknowledgements`` maps each language ("en"
    first) to its funding acknowledgement. Returns the English FooterText."""
    from wagtail.models import Locale

    from cms.factories import translate_everywhere
    from home.models import FooterText

    FooterText.objects.all().delete()
    english = FooterText.objects.create(
        locale=Locale.get_default(),
        funding_acknowledgement=acknowledgements["en"],
    )
    return translate_everywhere(english, acknowledgements)
