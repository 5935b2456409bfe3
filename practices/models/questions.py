"""Practice questions: a visitor asks a good practice's owner region, and the
region's coordinators handle the question as a case.

The form's protections and the removal of the sender's personal data are every
public case's (cms.cases.public); the investor inquiry (branding) is the other.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from cms.cases.public import PUBLIC_CASE_WORKFLOW, PublicCaseMixin, PublicCaseStatus
from cms.cases.state_machine import IllegalTransition
from cms.models import BaseCase, BaseCaseNote

# The statuses and legal moves every public-form case shares (cms.cases.public).
QuestionStatus = PublicCaseStatus
QUESTION_WORKFLOW = PUBLIC_CASE_WORKFLOW


def question_title(practice_title, name):
    return f"{practice_title} ({name})"[:255]


class PracticeQuestion(PublicCaseMixin, BaseCase):
    """A question about a good practice from its page's form, handled by the
    practice's owner region (the case's region).

    What the sender wrote stays as sent; the region works on the case fields.
    A question from a partner region can become that region's transfer case of
    the practice in one step (``open_transfer_case``).
    """

    reference_prefix = "PQ"
    assign_first = _(
        "Assign the question to someone before moving it to “Assigned”: choose the "
        "assignee in the question's edit form."
    )
    deletion_way_out = _(
        "Close the question or mark it as spam instead: it keeps its history. To "
        "remove the sender's personal data, use “Erase the sender's personal "
        "data” on its page."
    )

    name = models.CharField(
        _("name"), max_length=150, help_text=_("The sender's name, as sent.")
    )
    organisation = models.CharField(
        _("organisation"),
        max_length=200,
        blank=True,
        help_text=_("The sender's organisation, as sent."),
    )
    email = models.EmailField(
        _("e-mail"), help_text=_("Where the region answers the sender.")
    )
    sender_region = models.ForeignKey(
        "regions.RegionPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("sender's partner region"),
        help_text=_(
            "The partner region the sender works for, as stated or as signed in; "
            "empty for anyone else."
        ),
    )
    message = models.TextField(
        _("message"), help_text=_("What the sender wrote, as sent.")
    )
    consent = models.BooleanField(
        _("consent to the privacy notice"),
        default=False,
        help_text=_("The sender ticked the privacy-notice box."),
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("language"),
        help_text=_("The language the sender wrote in."),
    )
    practice = models.ForeignKey(
        "practices.PracticePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
        verbose_name=_("practice"),
        help_text=_("The practice page whose form was used."),
    )
    transfer_case = models.OneToOneField(
        "practices.TransferCase",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="question",
        editable=False,
        verbose_name=_("transfer case"),
        help_text=_("The transfer case the question became, if any."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=QuestionStatus.choices,
        default=QuestionStatus.NEW,
        db_index=True,
        editable=False,
        help_text=_("Where the question stands."),
    )
    notified_at = models.DateTimeField(
        _("region notified at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the e-mail to the owner region was sent."),
    )
    created_at = models.DateTimeField(
        _("received"),
        auto_now_add=True,
        db_index=True,
        help_text=_("When the question arrived."),
    )
    closed_at = models.DateTimeField(
        _("closed at"),
        null=True,
        blank=True,
        editable=False,
        db_index=True,
        help_text=_(
            "When the question was closed or marked as spam; the retention period "
            "of the sender's personal data counts from here."
        ),
    )
    anonymised_at = models.DateTimeField(
        _("anonymised at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "When the sender's personal data was removed, after the retention "
            "period or on request."
        ),
    )

    class Meta:
        verbose_name = _("practice question")
        verbose_name_plural = _("practice questions")
        ordering = ["-created_at"]

    def save(self, *args, **kwargs):
        if not self.title:
            practice = self.practice.title if self.practice_id else ""
            self.title = question_title(practice, self.name)
        super().save(*args, **kwargs)

    # One step to a transfer case ---------------------------------------------
    def transfer_refusal(self):
        """Why the question cannot become a transfer case, or None."""
        from cms.regional import source_region

        if self.transfer_case_id is not None:
            # No reference: the case is the sender region's, not the reader's.
            return _("%(reference)s already became a transfer case.") % {
                "reference": self.reference
            }
        if self.sender_region_id is None:
            return _(
                "Only a question from a partner region can become a transfer case: "
                "this sender named no partner region."
            )
        if self.practice_id is None:
            return _("The practice of this question no longer exists.")
        sender = source_region(self.sender_region)
        if self.region_id and sender.translation_key == self.region.translation_key:
            return _(
                "The sender works for the practice's own region: a region does not "
                "adopt its own practice."
            )
        from .transfers import TRANSFER_WORKFLOW, TransferCase

        other = (
            TransferCase._base_manager.filter(
                practice__translation_key=self.practice.translation_key,
                region__translation_key=sender.translation_key,
            )
            .exclude(status__in=TRANSFER_WORKFLOW.final)
            .first()
        )
        if other is not None:
            return _(
                "%(region)s already has an open transfer case for this practice."
            ) % {"region": sender.title}
        return None

    def open_transfer_case(self, user=None):
        """Create the sender region's transfer case of the practice, link it to
        the question and log it on both; raise IllegalTransition when refused."""
        from django.db import transaction
        from wagtail.log_actions import log

        from cms.regional import source_region

        from .transfers import TransferCase

        refusal = self.transfer_refusal()
        if refusal is not None:
            raise IllegalTransition(refusal)
        with transaction.atomic():
            title = _("Adopting “%(practice)s”") % {"practice": self.practice.title}
            case = TransferCase(
                title=str(title)[:255],
                region=source_region(self.sender_region),
                practice=self.practice,
                priority=self.priority,
            )
            case.save()
            log(
                instance=case,
                action="practices.question.transfer_opened",
                user=user,
                data={"question": self.reference},
            )
            case.add_note(
                user,
                str(
                    _("Opened from the practice question %(reference)s.")
                    % {"reference": self.reference}
                ),
                log_it=False,
            )
            self.transfer_case = case
            self.save(update_fields=["transfer_case", "updated_at"])
            log(
                instance=self,
                action="practices.question.transfer_opened",
                user=user,
                data={"transfer_case": case.reference},
            )
        return case


class PracticeQuestionNote(BaseCaseNote):
    case = models.ForeignKey(
        PracticeQuestion,
        on_delete=models.CASCADE,
        related_name="notes",
        verbose_name=_("question"),
    )

    class Meta(BaseCaseNote.Meta):
        verbose_name = _("question note")
        verbose_name_plural = _("question notes")
