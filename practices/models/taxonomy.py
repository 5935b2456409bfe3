"""The practice library's controlled vocabularies, its topic tags and their
names in every language."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField


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
    """Interreg Europe's two levels: the project (its lead partner) validates a
    submitted practice, then a thematic expert validates it with an opinion."""

    SUBMITTED = "submitted", _("Submitted")
    VALIDATED = "validated", _("Validated by the project")
    EXPERT_VALIDATED = "expert_validated", _("Validated by a thematic expert")

    @classmethod
    def validated(cls):
        """Both levels: what "validated" means in the library and collections."""
        return (cls.VALIDATED, cls.EXPERT_VALIDATED)


class ExpertVerdict(models.TextChoices):
    ENDORSED = "endorsed", _("Validated: a good practice as it stands")
    RESERVATIONS = "reservations", _("Not yet: the practice needs more evidence")


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
    """Links a practice to a topic tag; the tags are shared by every language
    (their slugs are the topic's key in web addresses and stored data), their
    names in each language are ``Topic`` snippets."""

    content_object = ParentalKey(
        "practices.PracticePage",
        on_delete=models.CASCADE,
        related_name="tagged_items",
    )

    class Meta:
        verbose_name = _("practice topic")
        verbose_name_plural = _("practice topics")


class Topic(TranslatableMixin, models.Model):
    """The name of a topic tag in one language.

    The tag stays the language-independent key: ``?topic=digital-export`` filters
    the same practices on every language's library, and practices, collections
    and exports keep pointing at the tag. A tag without a topic in a language is
    shown with its English topic name, else with the tag's own name
    (``practices.topics``).
    """

    tag = models.ForeignKey(
        "taggit.Tag",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("tag"),
        help_text=_(
            "The practice tag this topic names. Its short name stays the same in "
            "every language and in web addresses, e.g. “digital-export”."
        ),
    )
    name = models.CharField(
        _("name"),
        max_length=100,
        help_text=_(
            "The topic as visitors read it in this language, e.g. “Digital export”."
        ),
    )

    panels = [FieldPanel("tag"), FieldPanel("name")]
    override_translatable_fields = [SynchronizedField("tag", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["tag", "locale"], name="practices_topic_unique_tag_locale"
            )
        ]

    def __str__(self):
        return self.name
