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

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from cms.cases import public
from cms.cases.public import REMOVED, scrub

__all__ = ["REMOVED", "anonymise", "due_for_anonymisation", "scrub"]

ANONYMISED_TITLE = "Anonymised inquiry"

ANONYMISE_ACTION = "branding.inquiry.anonymise"
ERASE_ACTION = "branding.inquiry.erase"


def retention_cutoff(now=None):
    return (now or timezone.now()) - timedelta(days=settings.INQUIRY_RETENTION_DAYS)


def due_for_anonymisation(queryset=None, now=None):
    """Closed (or spam) inquiries whose retention period has run out."""
    from branding.models import InvestorInquiry

    queryset = InvestorInquiry.objects.all() if queryset is None else queryset
    return public.due_for_anonymisation(queryset, retention_cutoff(now))


def anonymise(inquiry, *, user=None, action=ANONYMISE_ACTION, data=None):
    """Remove the investor's personal data from ``inquiry``, its timeline and its
    log entries (cms.cases.public.anonymise_case).

    Returns the number of notes and log entries that had to be scrubbed.
    """
    patterns = public.personal_patterns(
        inquiry.name, inquiry.company, email=inquiry.email
    )
    return public.anonymise_case(
        inquiry,
        patterns,
        {"name": REMOVED, "company": REMOVED, "email": "", "message": REMOVED},
        ANONYMISED_TITLE,
        user=user,
        action=action,
        data=data,
    )
