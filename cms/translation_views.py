"""wagtail-localize's "Translate this page" and "Sync translations", region-aware.

wagtail-localize only asks for its ``submit_translation`` permission, not whether the
user may edit the page: a regional editor with that permission could create or
overwrite translations in another region. These subclasses add the page check and
are mounted on the same admin URLs (see cms/wagtail_hooks.py).
"""

from django.core.exceptions import PermissionDenied
from wagtail.models import Page
from wagtail_localize.views.submit_translations import SubmitPageTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView


class RegionalSubmitPageTranslationView(SubmitPageTranslationView):
    def get_object(self):
        page = super().get_object()
        if not page.permissions_for_user(self.request.user).can_edit():
            raise PermissionDenied
        return page


class RegionalUpdateTranslationsView(UpdateTranslationsView):
    def get_object(self):
        source = super().get_object()
        instance = source.get_source_instance()
        if isinstance(instance, Page):
            if not instance.permissions_for_user(self.request.user).can_edit():
                raise PermissionDenied
        return source
