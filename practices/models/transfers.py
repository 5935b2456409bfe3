"""Transfer cases: one partner region adopting one good practice.

A case follows the adoption from the first idea to the action in the region's
Local Action Plan that the practice became, and on to its implementation.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from cms.cases.state_machine import IllegalTransition, StateMachine
from cms.models import BaseCase, BaseCaseNote


class TransferStage(models.TextChoices):
    IDENTIFIED = "identified", _("Identified")
    CONTACTED = "contacted", _("Contacted")
    STUDY_VISIT = "study_visit", _("Study visit")
    ADAPTING = "adapting", _("Adapting")
    IN_ACTION_PLAN = "in_action_plan", _("In action plan")
    IMPLEMENTED = "implemented", _("Implemented")
    CLOSED = "closed", _("Closed")
    ABANDONED = "abandoned", _("Abandoned")


S = TransferStage
# The legal moves of a transfer case:
# - identified → contacted → study visit → adapting → in action plan
#   → implemented → closed, one stage after the other;
# - contacted → adapting: the study visit is optional (the practice may be learned
#   at a workshop or a peer review instead);
# - abandoned from every open stage (the from_any rule).
# "closed" and "abandoned" are final. Entering "in action plan" needs the action
# the practice became (see TransferCase.before_transition).
TRANSFER_WORKFLOW = StateMachine(
    initial=S.IDENTIFIED,
    transitions={
        S.IDENTIFIED: (S.CONTACTED,),
        S.CONTACTED: (S.STUDY_VISIT, S.ADAPTING),
        S.STUDY_VISIT: (S.ADAPTING,),
        S.ADAPTING: (S.IN_ACTION_PLAN,),
        S.IN_ACTION_PLAN: (S.IMPLEMENTED,),
        S.IMPLEMENTED: (S.CLOSED,),
    },
    labels=dict(TransferStage.choices),
    from_any=(S.ABANDONED,),
    final=(S.CLOSED, S.ABANDONED),
)
# Stages in which the case must point at its action.
NEEDS_ACTION = (S.IN_ACTION_PLAN, S.IMPLEMENTED, S.CLOSED)


class TransferCase(BaseCase):
    """One region (the case's region) adopting one good practice."""

    Stage = TransferStage
    reference_prefix = "TC"
    workflow = TRANSFER_WORKFLOW

    practice = models.ForeignKey(
        "practices.PracticePage",
        null=True,
        on_delete=models.SET_NULL,
        related_name="transfer_cases",
        verbose_name=_("practice"),
        help_text=_(
            "The good practice the region adopts (its translations are the same "
            "practice; the case keeps the English one)."
        ),
    )
    action = models.ForeignKey(
        "regions.PlanAction",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="transfer_cases",
        verbose_name=_("action in the plan"),
        help_text=_(
            "The action of the region's Local Action Plan that the practice became; "
            "required from the stage “In action plan” on."
        ),
    )
    status = models.CharField(
        _("stage"),
        max_length=20,
        choices=TransferStage.choices,
        default=TransferStage.IDENTIFIED,
        db_index=True,
        editable=False,
        help_text=_("Where the transfer stands."),
    )

    class Meta:
        verbose_name = _("transfer case")
        verbose_name_plural = _("transfer cases")
        ordering = ["-updated_at"]

    def clean(self):
        super().clean()
        errors = {}
        practice = self.practice if self.practice_id else None
        if practice is None:
            errors["practice"] = _("Choose the practice the region adopts.")
        elif self.region_id and practice.origin_region_id:
            origin = practice.origin_region
            if origin and origin.translation_key == self.region.translation_key:
                errors["region"] = _(
                    "A region does not adopt its own practice: choose another "
                    "region or another practice."
                )
        if practice is not None and self.region_id and "region" not in errors:
            others = TransferCase.objects.filter(
                practice__translation_key=practice.translation_key,
                region__translation_key=self.region.translation_key,
            ).exclude(status__in=TRANSFER_WORKFLOW.final)
            if self.pk:
                others = others.exclude(pk=self.pk)
            other = others.first()
            if other is not None:
                errors["practice"] = _(
                    "The region already has an open case for this practice: "
                    "%(reference)s."
                ) % {"reference": other.reference}
        if self.action_id:
            error = self.action_error()
            if error:
                errors["action"] = error
        elif self.pk and self.status in NEEDS_ACTION:
            errors["action"] = _(
                "A case in the stage “%(stage)s” must keep the action it became."
            ) % {"stage": self.status_label()}
        if errors:
            raise ValidationError(errors)

    def action_error(self):
        """Why ``action`` cannot be this case's action, or None."""
        action = self.action
        plan = action.page
        region = plan.get_parent() if plan else None
        if region is None or not self.region_id:
            return None
        if region.translation_key != self.region.translation_key:
            return _("Choose an action of the adopting region's action plan.")
        return None

    def save(self, *args, **kwargs):
        # Keep the practice and the action in the source language, whichever
        # translation was chosen: reports and traceability count on it.
        if self.practice_id:
            source = self.practice.get_translation_or_none(self._default_locale())
            if source is not None and source.pk != self.practice_id:
                self.practice = source
        if self.action_id and self.action.locale_id != self._default_locale().pk:
            source = self.action.get_translation_or_none(self._default_locale())
            if source is not None:
                self.action = source
        super().save(*args, **kwargs)

    @staticmethod
    def _default_locale():
        from wagtail.models import Locale

        return Locale.get_default()

    def admin_links(self):
        from django.urls import reverse

        links = []
        if self.practice_id:
            links.append(
                (
                    _("Traceability of the practice"),
                    reverse("practices_traceability_practice", args=[self.practice_id]),
                )
            )
        if self.action_id:
            links.append(
                (
                    _("The action plan"),
                    reverse("wagtailadmin_pages:edit", args=[self.action.page_id]),
                )
            )
        return links

    def before_transition(self, current, target, user):
        if target in NEEDS_ACTION and self.action_id is None:
            raise IllegalTransition(
                _(
                    "Link the case to the action of the Local Action Plan that the "
                    "practice became before moving it to “%(stage)s”: choose it in "
                    "the case's edit form."
                )
                % {"stage": self.workflow.labels[target]}
            )


class TransferCaseNote(BaseCaseNote):
    case = models.ForeignKey(
        TransferCase,
        on_delete=models.CASCADE,
        related_name="notes",
        verbose_name=_("transfer case"),
    )

    class Meta(BaseCaseNote.Meta):
        verbose_name = _("transfer case note")
        verbose_name_plural = _("transfer case notes")
