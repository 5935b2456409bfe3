"""The e-mail digest of a saved search: what it finds that is new since the
last one, as the subscriber may see it, in the search's language."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from search.saved import QueryRequest, results
from search.types import DOCUMENT_LABEL, PAGE_TYPES, page_models

MAX_LISTED = 20


def _absolute(url):
    base = (getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "").rstrip("/")
    if not url or url.startswith("http"):
        return url or ""
    return base + url


def new_results(subscription):
    """(number found, [(type, title, address)] of the first ones) published
    since the last digest, as the subscriber may see them."""
    saved = subscription.saved_search
    locale = Locale.objects.filter(language_code=saved.language).first()
    if locale is None:
        return 0, []
    asking = QueryRequest(saved.query, user=subscription.subscriber)
    found, _ignored = results(
        asking, saved.source, locale, since=subscription.last_sent
    )
    total = found.count()
    if not total:
        return 0, []
    labels = {
        model: PAGE_TYPES[name][1]
        for name, models in page_models().items()
        for model in models
    }
    listed = []
    for obj in found[:MAX_LISTED]:
        if isinstance(obj, Page):
            listed.append((str(labels.get(type(obj), "")), obj.title, obj.full_url))
        else:
            listed.append((str(DOCUMENT_LABEL), obj.title, _absolute(obj.url)))
    return total, listed


def send_digest(subscription, now=None, dry_run=False):
    """Sends the digest when there is something new; returns how many results
    it held (0: nothing sent, last_sent unchanged)."""
    now = now or timezone.now()
    saved = subscription.saved_search
    subscriber = subscription.subscriber
    if not subscriber.is_active or not subscriber.email:
        return 0
    with translation.override(saved.language):
        total, listed = new_results(subscription)
        if not total:
            return 0
        if dry_run:
            return total
        subject = _("New results for your saved search “%(name)s”") % {
            "name": saved.name
        }
        body = render_to_string(
            "search/emails/search_digest.txt",
            {
                "saved": saved,
                "subscriber": subscriber,
                "total": total,
                "listed": listed,
                "more": total - len(listed),
                "search_url": _absolute(saved.get_absolute_url()),
            },
        )
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [subscriber.email])
    subscription.last_sent = now
    subscription.save(update_fields=["last_sent"])
    return total
