"""Investor inquiries: messages from a showcase's contact form, handled as cases."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from cms.cases.public import PUBLIC_CASE_WORKFLOW, PublicCaseMixin, PublicCaseStatus
from cms.models import BaseCase, BaseCaseNote

# The desk promises an answer "within five working days" (the thanks page says so).
ANSWER_WITHIN_WORKING_DAYS = 5


# The statuses and legal moves every public-form case shares (cms.cases.public).
InquiryStatus = PublicCaseStatus
INQUIRY_WORKFLOW = PUBLIC_CASE_WORKFLOW


def inquiry_title(company, name):
    return f"{company} ({name})"[:255]


def inquiry_due_date(received):
    return InvestorInquiry.answer_due_date(received)


class InvestorInquiry(PublicCaseMixin, BaseCase):
    """A message from a showcase's contact form, handled by the region's desk.

    What the visitor wrote (name, company, e-mail, country, sector, message) stays
    as sent; the desk works on the case fields: assignee, due date, priority,
    status and the timeline of notes.
    """

    reference_prefix = "INQ"
    answer_within_working_days = ANSWER_WITHIN_WORKING_DAYS
    assign_first = _(
        "Assign the inquiry to someone before moving it to “Assigned”: choose the "
        "assignee in the inquiry's edit form."
    )
    # Said when a deletion is refused (cms.deletion): the case is its own record.
    deletion_way_out = _(
        "Close the inquiry or mark it as spam instead: it keeps its history. To "
        "remove the investor's personal data, use “Erase the investor's personal "
        "data” on its page."
    )

    name = models.CharField(
        _("name"), max_length=150, help_text=_("The visitor's name, as sent.")
    )
    company = models.CharField(
        _("company"), max_length=200, help_text=_("The visitor's company, as sent.")
    )
    email = models.EmailField(
        _("e-mail"), help_text=_("Where the desk answers the visitor.")
    )
    country = models.CharField(
        _("country"),
        max_length=100,
        help_text=_("The country the company is based in, as sent."),
    )
    sector = models.ForeignKey(
        "regions.Sector",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("sector of interest"),
        help_text=_("The sector the visitor chose, if any."),
    )
    message = models.TextField(
        _("message"), help_text=_("What the visitor wrote, as sent.")
    )
    consent = models.BooleanField(
        _("consent to the privacy notice"),
        default=False,
        help_text=_("The visitor ticked the privacy-notice box."),
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("language"),
        help_text=_("The language the visitor wrote in."),
    )
    showcase = models.ForeignKey(
        "branding.ShowcasePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="investor_inquiries",
        verbose_name=_("showcase page"),
        help_text=_("The showcase page whose contact form was used."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=InquiryStatus.choices,
        default=InquiryStatus.NEW,
        db_index=True,
        editable=False,
        help_text=_("Where the inquiry stands."),
    )
    notified_at = models.DateTimeField(
        _("desk notified at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the e-mail to the investment desk was sent."),
    )
    created_at = models.DateTimeField(
        _("received"),
        auto_now_add=True,
        db_index=True,
        help_text=_("When the message arrived."),
    )
    closed_at = models.DateTimeField(
        _("closed at"),
        null=True,
        blank=True,
        editable=False,
        db_index=True,
        help_text=_(
            "When the inquiry was closed or marked as spam; the retention period "
            "of the investor's personal data counts from here."
        ),
    )
    anonymised_at = models.DateTimeField(
        _("anonymised at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "When the investor's personal data was removed, after the retention "
            "period or on request."
        ),
    )

    class Meta:
        verbose_name = _("investor inquiry")
        verbose_name_plural = _("investor inquiries")
        ordering = ["-created_at"]

    def save(self, *args, **kwargs):
        if not self.title:
            self.title = inquiry_title(self.company, self.name)
        super().save(*args, **kwargs)


class InvestorInquiryNote(BaseCaseNote):
    case = models.ForeignKey(
        InvestorInquiry,
        on_delete=models.CASCADE,
        related_name="notes",
        verbose_name=_("inquiry"),
    )

    class Meta(BaseCaseNote.Meta):
        verbose_name = _("inquiry note")
        verbose_name_plural = _("inquiry notes")
