"""Factories shared by tests and demo data."""

from decimal import Decimal

import factory
import wagtail_factories
from wagtail.models import Locale

from regions.models import (
    RegionIndexPage,
    RegionKeyFigure,
    RegionPage,
    RegionSector,
    Sector,
    StakeholderMember,
    ValueChainPage,
)


class SectorFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Sector {n}")
    code = factory.Sequence(lambda n: f"sector-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Sector


class RegionIndexPageFactory(wagtail_factories.PageFactory):
    title = "Territories"
    slug = factory.Sequence(lambda n: f"territories-{n}")

    class Meta:
        model = RegionIndexPage


class RegionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Region {n}")
    slug = factory.Sequence(lambda n: f"region-{n}")
    partner_name = factory.Sequence(lambda n: f"Partner {n}")
    country = RegionPage.Country.ITALY
    intro = "A territory made by a factory."
    latitude = Decimal("45.00000")
    longitude = Decimal("10.00000")
    desk_name = "Investment desk"
    desk_email = factory.Sequence(lambda n: f"desk{n}@example.org")

    class Meta:
        model = RegionPage


class RegionSectorFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(RegionPageFactory)
    sector = factory.SubFactory(SectorFactory)
    locale = factory.SelfAttribute("page.locale")

    class Meta:
        model = RegionSector


class RegionKeyFigureFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(RegionPageFactory)
    label = "Population"
    value = Decimal("1000000")
    unit = "inhabitants"
    year = 2023
    source = "Eurostat"
    locale = factory.SelfAttribute("page.locale")

    class Meta:
        model = RegionKeyFigure


class StakeholderMemberFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(RegionPageFactory)
    organisation = factory.Sequence(lambda n: f"Organisation {n}")
    category = StakeholderMember.Category.UNIVERSITY
    role = "Research and training"
    locale = factory.SelfAttribute("page.locale")

    class Meta:
        model = StakeholderMember


class ValueChainPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Value chain {n}")
    slug = factory.Sequence(lambda n: f"value-chain-{n}")
    summary = "A value chain made by a factory."

    class Meta:
        model = ValueChainPage
