"""Senders' personal data in practice questions: what is removed, and when.

The same promise as for investor inquiries (branding.privacy), kept by the same
code (cms.cases.public): a closed question's (or spam's) sender data is
anonymised once ``INQUIRY_RETENTION_DAYS`` have passed, and a sender may ask for
theirs to be erased at any time. The case itself stays (reference, regions,
practice, status, dates).
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from cms.cases import public
from cms.cases.public import REMOVED

ANONYMISED_TITLE = "Anonymised question"

ANONYMISE_ACTION = "practices.question.anonymise"
ERASE_ACTION = "practices.question.erase"


def retention_cutoff(now=None):
    return (now or timezone.now()) - timedelta(days=settings.INQUIRY_RETENTION_DAYS)


def due_for_anonymisation(queryset=None, now=None):
    """Closed (or spam) questions whose retention period has run out."""
    from practices.models import PracticeQuestion

    queryset = PracticeQuestion._base_manager.all() if queryset is None else queryset
    return public.due_for_anonymisation(queryset, retention_cutoff(now))


def anonymise(question, *, user=None, action=ANONYMISE_ACTION, data=None):
    """Remove the sender's personal data from ``question``, its timeline and its
    log entries; returns how many notes and entries were scrubbed."""
    patterns = public.personal_patterns(
        question.name, question.organisation, email=question.email
    )
    return public.anonymise_case(
        question,
        patterns,
        {"name": REMOVED, "organisation": REMOVED, "email": "", "message": REMOVED},
        ANONYMISED_TITLE,
        user=user,
        action=action,
        data=data,
    )
