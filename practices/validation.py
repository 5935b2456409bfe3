"""Interreg-style validation of a good practice, in two levels, and the e-mails
at each step.

1. Submitted: the region publishes it (through the review workflow).
2. Validated by the project: the lead partner marks it in the page's
   "Validation" tab and publishes (``PracticePage.validation_status``).
3. Validated by a thematic expert: an expert gives an opinion from the admin's
   "Expert review" queue (``ExpertOpinion``); an endorsement lifts every
   translation of the practice to the second level, reservations leave it at the
   first with the opinion saying what is missing.

Each change of level is written to the practice's history (Wagtail's log, on the
source-language page) and e-mailed: to the practice's author and its region's
coordinators (and the lead partner), and to the experts when a practice awaits
their opinion. The history is also what tells a publish that changed the level
from one that did not, so nobody is e-mailed twice.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.log_actions import log
from wagtail.models import PageLogEntry

from cms.access import case_workers
from cms.regional import thematic_experts

from .models import ExpertOpinion, PracticePage, ValidationStatus

logger = logging.getLogger(__name__)

STEP_ACTION = "practices.validation.step"
OPINION_ACTION = "practices.validation.opinion"


def source_page(page):
    """The practice in the default language (where the history is kept)."""
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return page
    return (
        PracticePage.objects.filter(
            translation_key=page.translation_key,
            locale__language_code=settings.LANGUAGE_CODE,
        ).first()
        or page
    )


def last_recorded_status(page):
    entry = (
        PageLogEntry.objects.filter(
            page__translation_key=page.translation_key, action=STEP_ACTION
        )
        .order_by("-timestamp", "-pk")
        .values_list("data", flat=True)
        .first()
    )
    if entry is None:
        return ValidationStatus.SUBMITTED
    return (entry or {}).get("status", ValidationStatus.SUBMITTED)


def record_step(page, status, user=None):
    """Write the level ``page`` reached to its history and e-mail the people it
    concerns, unless the history already holds it (a translation published, or
    the page published again at the same level)."""
    previous = last_recorded_status(page)
    if status == previous:
        return False
    source = source_page(page)
    if source.pk == page.pk:
        spread_level(source)
    log(
        instance=source,
        action=STEP_ACTION,
        user=user,
        data={"status": str(status), "previous": str(previous)},
    )
    transaction.on_commit(lambda: notify_step(source, status, previous))
    return True


def give_opinion(page, expert, verdict, opinion, language):
    """Store ``expert``'s opinion of the practice (replacing theirs), move every
    translation to the level the opinions give, and record the step."""
    source = source_page(page)
    with transaction.atomic():
        record, _created = ExpertOpinion.objects.update_or_create(
            practice_key=source.translation_key,
            expert=expert,
            defaults={
                "verdict": verdict,
                "opinion": opinion,
                "language": language,
                "given_at": timezone.now(),
            },
        )
        log(
            instance=source,
            action=OPINION_ACTION,
            user=expert,
            data={"verdict": verdict},
        )
        status = follow_opinions(source)
        if not record_step(source, status, user=expert):
            # The level stays (reservations, or a second endorsement): the
            # region still hears what the expert said.
            transaction.on_commit(lambda: notify_opinion(source, record))
    return record


def follow_opinions(source):
    """The practice's level after the opinions changed, in every language."""
    source.validation_status = ExpertOpinion.validated_level(source.translation_key)
    spread_level(source, include_source=True)
    return source.validation_status


def spread_level(source, include_source=False):
    """Every translation takes the source's level at once, without a new
    revision (the level is not content, and translators need not sync it), and
    is re-indexed for the library's filters."""
    from wagtail.search.index import insert_or_update_object

    pages = PracticePage.objects.filter(translation_key=source.translation_key)
    if not include_source:
        pages = pages.exclude(pk=source.pk)
    pages.update(
        validation_status=source.validation_status,
        validated_at=source.validated_at,
        validated_by=source.validated_by_id,
    )
    for page in pages:
        transaction.on_commit(lambda page=page: insert_or_update_object(page))


def awaiting_opinion(expert=None):
    """Practices validated by the project, in the default language, that
    ``expert`` (or no expert at all) has not given an opinion on yet, oldest
    validation first."""
    given = ExpertOpinion.objects.all()
    if expert is not None:
        given = given.filter(expert=expert)
    return (
        PracticePage.objects.live()
        .filter(
            locale__language_code=settings.LANGUAGE_CODE,
            validation_status=ValidationStatus.VALIDATED,
        )
        .exclude(translation_key__in=given.values("practice_key"))
        .select_related("origin_region")
        .order_by("validated_at", "title")
    )


# E-mails ----------------------------------------------------------------------


def _admin_url(name, *args):
    return settings.WAGTAILADMIN_BASE_URL + reverse(name, args=args)


def _send(users, subject, template, context):
    """One e-mail per person, in the language they chose for the admin."""
    from wagtail.users.models import UserProfile

    for user in users:
        if not user.email:
            continue
        language = UserProfile.get_for_user(user).get_preferred_language()
        with translation.override(language or settings.LANGUAGE_CODE):
            body = render_to_string(template, {**context, "user": user})
            text = str(subject()) if callable(subject) else str(subject)
        try:
            send_mail(text, body, settings.DEFAULT_FROM_EMAIL, [user.email])
        except Exception:  # the step is recorded; the admin shows it
            logger.exception("Validation e-mail to %s failed", user.pk)


def people_of(page):
    """The practice's author and whoever works for its region (coordinators,
    the lead partner), once each."""
    people = {}
    if page.owner_id and page.owner.is_active:
        people[page.owner_id] = page.owner
    region_ids = [page.origin_region_id] if page.origin_region_id else []
    for user in case_workers(region_ids):
        people.setdefault(user.pk, user)
    return list(people.values())


def notify_step(page, status, previous):
    context = {
        "page": page,
        "status": status,
        "previous": previous,
        "page_url": page.get_full_url() or "",
        "validation_url": _admin_url("practices_validation", page.pk),
    }

    def subject():
        return gettext("“%(practice)s”: %(status)s") % {
            "practice": page.title,
            "status": ValidationStatus(status).label,
        }

    _send(people_of(page), subject, "practices/emails/validation_step.txt", context)
    if status == ValidationStatus.VALIDATED:
        _send(
            thematic_experts(),
            lambda: (
                gettext("A good practice awaits your opinion: “%(practice)s”")
                % {"practice": page.title}
            ),
            "practices/emails/validation_awaits_opinion.txt",
            context,
        )


def notify_opinion(page, record):
    context = {
        "page": page,
        "opinion": record,
        "page_url": page.get_full_url() or "",
        "validation_url": _admin_url("practices_validation", page.pk),
    }
    _send(
        people_of(page),
        lambda: (
            gettext("An expert's opinion of “%(practice)s”") % {"practice": page.title}
        ),
        "practices/emails/validation_opinion.txt",
        context,
    )
