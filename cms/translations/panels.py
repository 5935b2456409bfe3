"""The dashboard's "Translations to do": per language, the pages of my regions
that are missing or outdated, and those in review, with links to the status view.

Reviewing is Wagtail's own "Awaiting your review" panel: a submitted translation
is a page in the review workflow like any other change.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component

from cms.access import viewer_for

from .status import IN_REVIEW, MISSING, OUTDATED, TO_DO, TranslationStatus
from .views import status_url


class TranslationsPanel(Component):
    name = "translations_to_do"
    order = 95
    template_name = "cms/translations/dashboard_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        status = TranslationStatus(viewer_for(self.request))
        languages = []
        for locale in status.locales:
            counts = status.totals(locale)
            to_do = sum(counts[state] for state in TO_DO)
            if not to_do and not counts[IN_REVIEW]:
                continue
            languages.append(
                {
                    "name": locale.get_display_name(),
                    "to_do": to_do,
                    "counts": [
                        (
                            counts[state],
                            label,
                            status_url(language=locale.language_code, state=state),
                        )
                        for state, label in (
                            (MISSING, _("missing")),
                            (OUTDATED, _("outdated")),
                            (IN_REVIEW, _("in review")),
                        )
                        if counts[state]
                    ],
                }
            )
        return {
            "title": _("Translations to do"),
            "total": sum(language["to_do"] for language in languages),
            "languages": languages,
            "all_url": status_url(),
        }


@hooks.register("construct_homepage_panels")
def add_translations_panel(request, panels):
    if viewer_for(request).follows_translations:
        panels.append(TranslationsPanel(request))
