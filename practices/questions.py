"""The question form of a practice page: the form, and what sending it does
(store the case, e-mail the owner region, acknowledge to the sender).

The protections (honeypot, shared rate limit, consent to the privacy notice) are
every public case form's (cms.cases.public, cms.ratelimit), as for the investor
inquiry.
"""

import logging

from django import forms
from django.conf import settings
from django.core.mail import EmailMessage, send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from cms.access import viewer_for
from cms.cases.public import PublicCaseFormMixin
from cms.regional import source_region
from regions.models import RegionPage

from .models import PracticeQuestion

logger = logging.getLogger(__name__)

REFERENCE_SALT = "practices.question-reference"


class RegionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.title


class PracticeQuestionForm(PublicCaseFormMixin, forms.ModelForm):
    """The question form under a practice page."""

    sender_region = RegionChoiceField(
        queryset=RegionPage.objects.none(),
        required=False,
        label=_("Your partner region"),
        empty_label=_("None: I do not work for a partner region"),
        help_text=_(
            "If you work for one of the project's partner regions, choose it: your "
            "question can then start your region's transfer of the practice."
        ),
        error_messages={"invalid_choice": _("Choose a region from the list.")},
    )

    class Meta:
        model = PracticeQuestion
        fields = ["name", "organisation", "email", "sender_region", "message"]
        labels = {
            "name": _("Your name"),
            "organisation": _("Organisation"),
            "email": _("E-mail address"),
            "message": _("Your question"),
        }
        # The sender's own help texts: the model's describe the stored case for
        # the region and stay in the admin.
        help_texts = {
            "name": "",
            "organisation": _("Optional: the organisation you work for."),
            "email": _("The practice's region answers you at this address."),
            "message": _(
                "What you would like to know: how the practice works, its costs, "
                "its results, or how to adopt it."
            ),
        }
        error_messages = {
            "name": {"required": _("Enter your name.")},
            "email": {
                "required": _("Enter your e-mail address so the region can answer."),
                "invalid": _("Enter an e-mail address in the form name@example.com."),
            },
            "message": {"required": _("Write your question.")},
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "message": forms.Textarea(attrs={"rows": 6}),
        }

    def __init__(self, *args, page, request=None, **kwargs):
        self.page = page
        super().__init__(*args, **kwargs)
        field = self.fields["sender_region"]
        field.queryset = RegionPage.objects.filter(locale_id=page.locale_id).order_by(
            "title"
        )
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not self.is_bound:
            # A partner region's people are named for it (one region each).
            keys = viewer_for(request).region_keys()
            if len(keys) == 1:
                self.initial["sender_region"] = (
                    field.queryset.filter(translation_key__in=keys)
                    .values_list("pk", flat=True)
                    .first()
                )
        self.setup_public_fields(page.get_privacy_url())


def store_question(page, form):
    question = form.save(commit=False)
    question.locale_id = page.locale_id
    question.practice = page
    question.consent = True
    origin = page.origin_region
    # The case belongs to the owner region in the source language, whose
    # coordinators handle it whatever language the sender wrote in.
    question.region = source_region(origin.specific) if origin is not None else None
    question.status = PracticeQuestion.Status.NEW
    question.save()
    return question


def desk_recipients(page, region):
    """The owner region's desk and the practice's contact person, once each."""
    recipients = []
    for address in (region.desk_email if region else "", page.contact_email):
        if address and address not in recipients:
            recipients.append(address)
    return recipients


def notify_region(page, question):
    region = question.region.specific if question.region_id else None
    recipients = desk_recipients(page, region)
    if not recipients:
        logger.warning("Question %s: nobody to e-mail", question.pk)
        return
    with translation.override(settings.LANGUAGE_CODE):
        body = render_to_string(
            "practices/emails/question_notification.txt",
            {
                "question": question,
                "page": page,
                "admin_url": settings.WAGTAILADMIN_BASE_URL
                + reverse(
                    "wagtailsnippets_practices_practicequestion:inspect",
                    args=[question.pk],
                ),
            },
        )
        subject = gettext("Question %(reference)s about “%(practice)s”") % {
            "reference": question.reference,
            "practice": page.title,
        }
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
    except Exception:  # the question is stored; the region sees it in the admin
        logger.exception("Question %s: the region's e-mail failed", question.pk)
        return
    PracticeQuestion._base_manager.filter(pk=question.pk).update(
        notified_at=timezone.now()
    )


def acknowledge(page, question):
    """Tell the sender their question arrived, with its reference. Nothing they
    typed is echoed back: the form is public, and a stranger's address could be
    entered to send it spam."""
    if not question.email:
        return
    region = question.region.specific if question.region_id else None
    if region is not None and page.locale_id != region.locale_id:
        region = region.get_translation_or_none(Locale.objects.get(pk=page.locale_id))
        region = region.specific if region is not None else None
    with translation.override(page.locale.language_code):
        body = render_to_string(
            "practices/emails/question_acknowledgement.txt",
            {
                "question": question,
                "page": page,
                "region": region,
                "page_url": page.get_full_url() or "",
                "privacy_url": page.get_privacy_url(full=True),
            },
        )
        subject = gettext(
            "Your question about “%(practice)s”: reference %(reference)s"
        ) % {"practice": page.title, "reference": question.reference}
    recipients = desk_recipients(page, region)
    try:
        EmailMessage(
            subject,
            body,
            settings.DEFAULT_FROM_EMAIL,
            [question.email],
            reply_to=recipients[:1] or None,
        ).send()
    except Exception:  # the question is stored; the region answers anyway
        logger.exception("Question %s: the acknowledgement failed", question.pk)
