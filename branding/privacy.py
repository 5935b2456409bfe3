"""Investors' personal data: what is removed from an inquiry, and when.

The privacy notice promises two things, both kept here: the personal data of a
closed inquiry (or one marked as spam) is anonymised once the retention period
(``INQUIRY_RETENTION_DAYS``) has passed, and an investor may ask for theirs to be
erased at any time. Either way the case itself stays (reference, region, status,
dates, sector, country): the desk's statistics and the audit trail need it, and
none of it identifies a person once the name, company, e-mail and message are gone.

The investor's name, company and e-mail can also have been copied into the case's
timeline (a note such as "called Ann Example back") and into Wagtail's log entries
(each entry keeps the case's title, "Company (Name)", as its label, and the text of
notes and transition comments in its data); they are scrubbed there too.
"""

import re
from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from cms.models import CaseLogEntry

REMOVED = "[removed]"
ANONYMISED_TITLE = "Anonymised inquiry"

ANONYMISE_ACTION = "branding.inquiry.anonymise"
ERASE_ACTION = "branding.inquiry.erase"


def retention_cutoff(now=None):
    return (now or timezone.now()) - timedelta(days=settings.INQUIRY_RETENTION_DAYS)


def due_for_anonymisation(queryset=None, now=None):
    """Closed (or spam) inquiries whose retention period has run out."""
    from branding.models import InvestorInquiry

    queryset = InvestorInquiry.objects.all() if queryset is None else queryset
    return queryset.filter(
        anonymised_at__isnull=True,
        status__in=InvestorInquiry.workflow.closed,
        closed_at__lte=retention_cutoff(now),
    )


def _patterns(inquiry):
    """What identifies the investor: the full name, each part of it, the company
    and the e-mail address (and its local part), longest first so that the full
    name is replaced before its parts."""
    needles = {inquiry.name, inquiry.company, inquiry.email}
    if inquiry.email and "@" in inquiry.email:
        needles.add(inquiry.email.split("@", 1)[0])
    needles.update(re.split(r"[\s,.;]+", inquiry.name or ""))
    needles = sorted(
        (n.strip() for n in needles if n and len(n.strip()) >= 3),
        key=len,
        reverse=True,
    )
    return [re.compile(rf"(?<!\w){re.escape(n)}(?!\w)", re.IGNORECASE) for n in needles]


def scrub(value, patterns):
    """``value`` (a string, or a log entry's JSON data) without the investor's data."""
    if isinstance(value, str):
        for pattern in patterns:
            value = pattern.sub(REMOVED, value)
        return value
    if isinstance(value, dict):
        return {key: scrub(item, patterns) for key, item in value.items()}
    if isinstance(value, list):
        return [scrub(item, patterns) for item in value]
    return value


def anonymise(inquiry, *, user=None, action=ANONYMISE_ACTION, data=None):
    """Remove the investor's personal data from ``inquiry``, its timeline and its
    log entries, then write one audit entry that holds none of it.

    Returns the number of notes and log entries that had to be scrubbed.
    """
    patterns = _patterns(inquiry)
    scrubbed = 0
    with transaction.atomic():
        for note in inquiry.notes.all():
            text = scrub(note.text, patterns)
            if text != note.text:
                note.text = text
                note.save(update_fields=["text"])
                scrubbed += 1
        content_type = ContentType.objects.get_for_model(inquiry, False)
        entries = CaseLogEntry.objects.filter(
            content_type=content_type, object_id=str(inquiry.pk)
        )
        for entry in entries:
            label = scrub(entry.label, patterns)
            entry_data = scrub(entry.data, patterns)
            if label != entry.label or entry_data != entry.data:
                CaseLogEntry.objects.filter(pk=entry.pk).update(
                    label=label, data=entry_data
                )
                scrubbed += 1
        inquiry.name = REMOVED
        inquiry.company = REMOVED
        inquiry.email = ""
        inquiry.message = REMOVED
        inquiry.title = ANONYMISED_TITLE
        inquiry.anonymised_at = timezone.now()
        inquiry.save(
            update_fields=[
                "name",
                "company",
                "email",
                "message",
                "title",
                "anonymised_at",
                "updated_at",
            ]
        )
        # After the change, so that the entry's label is the anonymised title.
        log(
            instance=inquiry,
            action=action,
            user=user,
            data={"scrubbed_entries": scrubbed, **(data or {})},
        )
    return scrubbed
