"""The second level of a good practice's validation: a thematic expert's opinion.

The first level (the project's, by the lead partner) is a field of the page,
edited in its "Validation" tab and published with it. The expert's opinion is
not page content: it is given from the admin's review queue, kept here for the
practice (all its translations), and the page's ``validation_status`` follows it
(``PracticePage.save``), so a draft saved before the opinion cannot undo it.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .taxonomy import ExpertVerdict, ValidationStatus

OPINION_MAX_LENGTH = 5000


class ExpertOpinion(models.Model):
    """One expert's opinion of one practice; a later opinion by the same expert
    replaces theirs. The practice is named by its translation key, so every
    language's page shows it."""

    practice_key = models.UUIDField(
        _("practice"),
        db_index=True,
        help_text=_("The practice's translation key: every language's page."),
    )
    expert = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("expert"),
        help_text=_("The thematic expert who gave the opinion."),
    )
    verdict = models.CharField(
        _("verdict"),
        max_length=20,
        choices=ExpertVerdict.choices,
        help_text=_(
            "Validated: the practice reaches the second level. Not yet: it stays "
            "validated by the project, and the opinion says what is missing."
        ),
    )
    opinion = models.TextField(
        _("opinion"),
        max_length=OPINION_MAX_LENGTH,
        help_text=_(
            "Why the practice is (or is not yet) a good practice: its results, "
            "what makes it transferable, what is missing. Signed-in members of "
            "the partnership read it on the practice's page."
        ),
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        help_text=_("The language the opinion is written in."),
    )
    given_at = models.DateTimeField(
        _("given at"), help_text=_("When the opinion was given or last changed.")
    )

    class Meta:
        verbose_name = _("expert opinion")
        verbose_name_plural = _("expert opinions")
        ordering = ["-given_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["practice_key", "expert"], name="one_opinion_per_expert"
            )
        ]

    def __str__(self):
        return f"{self.get_verdict_display()} ({self.given_at:%Y-%m-%d})"

    @classmethod
    def validated_level(cls, practice_key):
        """The level of a practice the project validated: the experts' when one
        of them endorsed it, else the project's."""
        endorsed = cls.objects.filter(
            practice_key=practice_key, verdict=ExpertVerdict.ENDORSED
        ).exists()
        return (
            ValidationStatus.EXPERT_VALIDATED
            if endorsed
            else ValidationStatus.VALIDATED
        )

    @property
    def is_endorsement(self):
        return self.verdict == ExpertVerdict.ENDORSED
