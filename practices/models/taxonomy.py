"""The practice library's controlled vocabularies and its topic tags."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase


class Pillar(models.TextChoices):
    """The project's three thematic pillars."""

    GOVERNANCE = "governance", _("Policies and governance")
    IDENTITY = "identity", _("Local identity and branding")
    VALUE_CHAIN = "value_chain", _("Value-chain competitiveness")


class ImplementationLevel(models.TextChoices):
    LOCAL = "local", _("Local")
    REGIONAL = "regional", _("Regional")
    NATIONAL = "national", _("National")
    INTERNATIONAL = "international", _("International")


class ValidationStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    VALIDATED = "validated", _("Validated by the lead partner")


class EventKind(models.TextChoices):
    STUDY_VISIT = "study_visit", _("Study visit")
    WORKSHOP = "workshop", _("Workshop")
    TRAINING = "training", _("Training")
    LSG_MEETING = "lsg_meeting", _("Local Stakeholder Group meeting")
    PEER_REVIEW = "peer_review", _("Peer review")


class OrganisationCategory(models.TextChoices):
    PUBLIC_BODY = "public_body", _("Public body")
    UNIVERSITY = "university", _("University")
    RESEARCH_CENTRE = "research_centre", _("Research or innovation centre")
    TRADE_ASSOCIATION = "trade_association", _("Trade association")
    CHAMBER_OF_COMMERCE = "chamber_of_commerce", _("Chamber of commerce")
    CULTURAL_ACTOR = "cultural_actor", _("Cultural actor")
    SOCIAL_ACTOR = "social_actor", _("Social actor")
    COMPANY = "company", _("Company")


class PracticePageTag(TaggedItemBase):
    """Links a practice to a topic tag; topics are shared by every language."""

    content_object = ParentalKey(
        "practices.PracticePage",
        on_delete=models.CASCADE,
        related_name="tagged_items",
    )

    class Meta:
        verbose_name = _("practice topic")
        verbose_name_plural = _("practice topics")
