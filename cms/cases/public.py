"""What every case opened from a public form shares: the form's protections
(honeypot, consent to the privacy notice, errors tied to their controls) and
the removal of the sender's personal data (after the retention period, or on
request).

The investor inquiry (branding) and the practice question (practices) build on
it; the two apps are siblings and share it from here.
"""

import re

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core.validators import MaxLengthValidator
from django.db import models, transaction
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from .dates import add_working_days
from .state_machine import IllegalTransition, StateMachine

HONEYPOT_FIELD = "website"
REMOVED = "[removed]"


class PublicCaseStatus(models.TextChoices):
    # In context: another app's "Closed" or "New" may need another gender.
    NEW = "new", pgettext_lazy("public case status", "New")
    ASSIGNED = "assigned", pgettext_lazy("public case status", "Assigned")
    ANSWERED = "answered", pgettext_lazy("public case status", "Answered")
    CLOSED = "closed", pgettext_lazy("public case status", "Closed")
    SPAM = "spam", pgettext_lazy("public case status", "Spam")


# The legal moves of a case opened from a public form:
# - new → assigned (someone takes it; assigning a new case does this by itself)
# - new, assigned → spam (junk the honeypot missed)
# - assigned → answered (the region has replied to the sender)
# - answered → closed (nothing more to do)
# - answered → assigned (the sender wrote back: work on it again)
# - spam → new (marked as spam by mistake: restore it)
# "closed" is final: a later message from the same sender is a new case.
PUBLIC_CASE_WORKFLOW = StateMachine(
    initial=PublicCaseStatus.NEW,
    transitions={
        PublicCaseStatus.NEW: (PublicCaseStatus.ASSIGNED, PublicCaseStatus.SPAM),
        PublicCaseStatus.ASSIGNED: (PublicCaseStatus.ANSWERED, PublicCaseStatus.SPAM),
        PublicCaseStatus.ANSWERED: (PublicCaseStatus.CLOSED, PublicCaseStatus.ASSIGNED),
        PublicCaseStatus.SPAM: (PublicCaseStatus.NEW,),
    },
    labels=dict(PublicCaseStatus.choices),
    final=(PublicCaseStatus.CLOSED,),
    closed=(PublicCaseStatus.CLOSED, PublicCaseStatus.SPAM),
)


class PublicCaseMixin:
    """The life cycle every case opened from a public form shares, mixed into a
    ``BaseCase`` with ``status``, ``closed_at`` and ``anonymised_at`` fields.

    ``answer_within_working_days`` is the region's promise (the thanks page and
    the acknowledgement say it); ``assign_first`` the message that refuses
    “Assigned” without an assignee.
    """

    Status = PublicCaseStatus
    workflow = PUBLIC_CASE_WORKFLOW
    answer_within_working_days = 10
    assign_first = ""

    @classmethod
    def answer_due_date(cls, received):
        return add_working_days(received, cls.answer_within_working_days)

    def save(self, *args, **kwargs):
        if not self.pk and not self.due_date:
            self.due_date = self.answer_due_date(timezone.localdate())
        super().save(*args, **kwargs)

    @property
    def is_anonymised(self):
        return self.anonymised_at is not None

    def transition(self, target, user=None, comment=""):
        """Also stamp when the case left the region's hands (closed or spam): the
        retention period of the sender's data counts from then; restoring the
        case clears the stamp."""
        super().transition(target, user=user, comment=comment)
        closed_at = timezone.now() if self.workflow.is_closed(self.status) else None
        if (closed_at is None) != (self.closed_at is None):
            self.closed_at = closed_at
            type(self)._base_manager.filter(pk=self.pk).update(closed_at=closed_at)
        return self

    def before_transition(self, current, target, user):
        if target == PublicCaseStatus.ASSIGNED and self.assignee_id is None:
            raise IllegalTransition(self.assign_first)

    def after_assignment(self, previous, assignee, user):
        """Assigning a new case also moves it to “Assigned” (before the
        assignee's e-mail, which gives the status)."""
        if assignee is not None and self.status == PublicCaseStatus.NEW:
            self.transition(PublicCaseStatus.ASSIGNED, user=user)


class PublicCaseFormMixin(forms.Form):
    """Mixed into a public ModelForm before it: the required consent box, whose
    label links to the privacy notice, and the ``website`` honeypot, hidden from
    people (and from screen readers, by ``display: none``) but filled in by
    form-filling robots."""

    consent = forms.BooleanField(
        required=True,
        error_messages={
            "required": _(
                "Tick the box to agree to the privacy notice; we cannot answer "
                "without storing your message."
            )
        },
    )
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    message_max_length = 5000

    def setup_public_fields(self, privacy_url=""):
        if "message" in self.fields:
            field = self.fields["message"]
            field.max_length = self.message_max_length
            field.validators.append(MaxLengthValidator(self.message_max_length))
            field.widget.attrs["maxlength"] = self.message_max_length
        if privacy_url:
            label = format_html(
                gettext(
                    "I agree that my message is stored and handled as the "
                    '<a href="{}">privacy notice</a> explains.'
                ),
                privacy_url,
            )
        else:
            label = _(
                "I agree that my message is stored and handled as the privacy notice "
                "explains."
            )
        self.fields["consent"].label = label

    def full_clean(self):
        super().full_clean()
        # Tie each message to its control for screen readers.
        for name in self.errors:
            if name in self.fields:
                attrs = self.fields[name].widget.attrs
                attrs["aria-invalid"] = "true"
                attrs["aria-describedby"] = f"{self[name].id_for_label}-error"

    def is_spam(self):
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())

    def visible_fields_list(self):
        return [f for f in self if f.name not in {HONEYPOT_FIELD, "consent"}]


# Personal data ---------------------------------------------------------------


def may_erase(user, case):
    """Erasure cannot be undone: only the lead partner and the coordinators of
    the case's region may do it (not the region's editors). The access layer
    answers."""
    from cms.access import viewer_for

    if not user.is_authenticated or not user.is_active:
        return False
    viewer = viewer_for(user)
    return viewer.is_lead_partner or (
        case.region_id is not None and case.region_id in viewer.coordinated_region_ids
    )


def personal_patterns(*values, email=""):
    """What identifies a sender: each value (full name, company), each word of
    the name, the e-mail address and its local part; longest first so that the
    full name is replaced before its parts."""
    needles = {value for value in values if value}
    if email:
        needles.add(email)
        if "@" in email:
            needles.add(email.split("@", 1)[0])
    for value in values[:1]:
        needles.update(re.split(r"[\s,.;]+", value or ""))
    needles = sorted(
        (n.strip() for n in needles if n and len(n.strip()) >= 3),
        key=len,
        reverse=True,
    )
    return [re.compile(rf"(?<!\w){re.escape(n)}(?!\w)", re.IGNORECASE) for n in needles]


def scrub(value, patterns):
    """``value`` (a string, or a log entry's JSON data) without the sender's data."""
    if isinstance(value, str):
        for pattern in patterns:
            value = pattern.sub(REMOVED, value)
        return value
    if isinstance(value, dict):
        return {key: scrub(item, patterns) for key, item in value.items()}
    if isinstance(value, list):
        return [scrub(item, patterns) for item in value]
    return value


def anonymise_case(case, patterns, cleared, title, *, user, action, data=None):
    """Remove the sender's personal data from ``case`` (``cleared``: {field:
    value left in it}), its timeline and its log entries, then write one audit
    entry that holds none of it. Returns how many notes and entries were
    scrubbed."""
    from cms.models import CaseLogEntry

    scrubbed = 0
    with transaction.atomic():
        for note in case.notes.all():
            text = scrub(note.text, patterns)
            if text != note.text:
                note.text = text
                note.save(update_fields=["text"])
                scrubbed += 1
        content_type = ContentType.objects.get_for_model(case, False)
        entries = CaseLogEntry.objects.filter(
            content_type=content_type, object_id=str(case.pk)
        )
        for entry in entries:
            label = scrub(entry.label, patterns)
            entry_data = scrub(entry.data, patterns)
            if label != entry.label or entry_data != entry.data:
                CaseLogEntry.objects.filter(pk=entry.pk).update(
                    label=label, data=entry_data
                )
                scrubbed += 1
        for name, value in cleared.items():
            setattr(case, name, value)
        case.title = title
        case.anonymised_at = timezone.now()
        case.save(update_fields=[*cleared, "title", "anonymised_at", "updated_at"])
        # After the change, so that the entry's label is the anonymised title.
        log(
            instance=case,
            action=action,
            user=user,
            data={"scrubbed_entries": scrubbed, **(data or {})},
        )
    return scrubbed


def due_for_anonymisation(queryset, cutoff):
    """Closed cases of ``queryset`` whose retention period ended at ``cutoff``."""
    return queryset.filter(
        anonymised_at__isnull=True,
        status__in=queryset.model.workflow.closed,
        closed_at__lte=cutoff,
    )


# Sending a public form -------------------------------------------------------

# The thank-you page shows the case's reference for a month.
REFERENCE_AGE = 30 * 24 * 60 * 60


def submit_public_form(
    request, form, *, blank_form, render_error, accept, thanks_url, salt, messages
):
    """What every public case form does with a POST, in this order: refuse when
    the sender's address has sent too many (429), refuse the honeypot (400,
    counted), show the form's errors (400), else count the message, ``accept``
    the valid form (store, notify, acknowledge) and return the case.

    The thank-you page gets the case's reference signed in its address: no
    session (the sender's next pages stay cacheable) and no way to make it show
    a reference that was not given. ``messages`` holds the page's own wording
    for the ``limited`` and ``spam`` refusals.
    """
    from django.core import signing
    from django.shortcuts import redirect
    from django.utils.http import urlencode

    from cms import ratelimit

    scope = ratelimit.PUBLIC_FORM_SCOPE
    limit = ratelimit.PUBLIC_FORM_LIMIT
    if ratelimit.is_limited(request, scope, limit):
        return render_error(blank_form(), messages["limited"], 429)
    if form.is_spam():
        ratelimit.hit(request, scope, limit, ratelimit.PUBLIC_FORM_WINDOW)
        return render_error(blank_form(), messages["spam"], 400)
    if not form.is_valid():
        return render_error(form, "", 400)
    ratelimit.hit(request, scope, limit, ratelimit.PUBLIC_FORM_WINDOW)
    case = accept(form)
    token = signing.dumps(case.reference, salt=salt)
    return redirect(f"{thanks_url}?{urlencode({'ref': token})}")


def signed_reference(request, salt):
    """The reference a thank-you page was given, or None when the parameter is
    absent, altered or older than ``REFERENCE_AGE``."""
    from django.core import signing

    try:
        return signing.loads(
            request.GET.get("ref", ""), salt=salt, max_age=REFERENCE_AGE
        )
    except signing.BadSignature:
        return None
