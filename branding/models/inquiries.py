from django.db import models
from django.utils.translation import gettext_lazy as _


class InvestorInquiry(models.Model):
    """A message from a showcase's contact form.

    A later issue turns inquiries into managed cases (reference, assignee, due
    date, priority, state machine). ``status`` is therefore a plain CharField whose
    values already are the case states, so that change only adds columns.
    """

    class Status(models.TextChoices):
        NEW = "new", _("New")
        ASSIGNED = "assigned", _("Assigned")
        ANSWERED = "answered", _("Answered")
        CLOSED = "closed", _("Closed")
        SPAM = "spam", _("Spam")

    name = models.CharField(_("name"), max_length=150)
    company = models.CharField(_("company"), max_length=200)
    email = models.EmailField(_("e-mail"))
    country = models.CharField(_("country"), max_length=100)
    sector = models.ForeignKey(
        "regions.Sector",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("sector of interest"),
    )
    message = models.TextField(_("message"))
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
    region = models.ForeignKey(
        "regions.RegionPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="investor_inquiries",
        verbose_name=_("region"),
    )
    showcase = models.ForeignKey(
        "branding.ShowcasePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="investor_inquiries",
        verbose_name=_("showcase page"),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.NEW,
        db_index=True,
        help_text=_("Where the inquiry stands."),
    )
    notified_at = models.DateTimeField(
        _("desk notified at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the e-mail to the investment desk was sent."),
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("investor inquiry")
        verbose_name_plural = _("investor inquiries")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.company} ({self.name})"
