"""wagtail-localize's "Translate this page" and "Sync translations", region-aware.

wagtail-localize only asks for its ``submit_translation`` permission, not whether the
user may edit the page: a regional editor with that permission could create or
overwrite translations in another region. These subclasses add the page check and
are mounted on the same admin URLs (see cms/wagtail_hooks.py). "Sync translations"
also offers "Publish immediately", which would put translations live without the
review: only people who may publish (the lead partner) keep that choice.
"""

from django.core.exceptions import PermissionDenied
from wagtail.models import Page
from wagtail_localize.views.submit_translations import SubmitPageTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView

from cms.access import viewer_for


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

    def get_form(self):
        form = super().get_form()
        if not viewer_for(self.request).may_publish:
            form.fields.pop("publish_translations", None)
        return form

    def form_valid(self, form):
        if not viewer_for(self.request).may_publish:
            form.cleaned_data["publish_translations"] = False
        return super().form_valid(form)
