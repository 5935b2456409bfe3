"""Machine translation as a first draft, and what happens when the service fails.

wagtail-localize's DeepL and LibreTranslate translators are configured by the
environment (``cms.settings.environment.machine_translator``). Its view lets a
network error or an unexpected answer of the service become a server error; this
one, mounted on the same admin URL, tells the editor and changes nothing. The
machine's texts are a draft like any other: they go through the review with the
rest of the translation (``cms.translations.review``).
"""

import logging

import requests
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.views.edit_translation import apply_machine_translation

logger = logging.getLogger(__name__)

# What a translation service's failure looks like from here: no answer, an HTTP
# error, or an answer without the translations (a refused key, a quota).
SERVICE_ERRORS = (requests.RequestException, KeyError, ValueError, TypeError)


@require_POST
def machine_translate(request, translation_id):
    translator = get_machine_translator()
    if translator is None:
        raise Http404
    try:
        translated = apply_machine_translation(translation_id, request.user, translator)
    except SERVICE_ERRORS as error:
        logger.warning("Machine translation with %s failed: %r", translator, error)
        messages.error(
            request,
            _(
                "%(service)s could not translate this page just now. Nothing was "
                "changed: try again later, or translate the texts yourself."
            )
            % {"service": translator.display_name},
        )
    else:
        if translated:
            messages.success(
                request,
                _(
                    "Translated with %(service)s. Check every text: the translation "
                    "is reviewed before it goes live."
                )
                % {"service": translator.display_name},
            )
        else:
            messages.warning(request, _("There isn't anything left to translate."))
    return redirect(
        get_valid_next_url_from_request(request) or reverse("wagtailadmin_home")
    )
