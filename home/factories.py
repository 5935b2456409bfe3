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
