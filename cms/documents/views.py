"""Wagtail's document add and edit views, plus a warning when text was unreadable.

Wagtail's generic views have no hook after a document is saved, so these subclasses
are mounted on the same admin URLs (cms/wagtail_hooks.py registers them before
wagtail.documents does). The only change: a file kept without readable text gets a
warning, so the editor knows search will not find words inside it (a message after
the single upload form, a line in the multiple uploader's form).
"""

from django.contrib import messages
from django.utils.translation import gettext as _
from wagtail.documents.views import documents, multiple


def unreadable_text_warning(request, document):
    if document.text_unreadable:
        messages.warning(
            request,
            _(
                "“%(title)s” was saved, but its text could not be read (a scanned or "
                "damaged file?): search will find it by title and description only."
            )
            % {"title": document.title},
        )


class DocumentCreateView(documents.CreateView):
    def form_valid(self, form):
        response = super().form_valid(form)
        unreadable_text_warning(self.request, self.object)
        return response


class DocumentEditView(documents.EditView):
    def form_valid(self, form):
        response = super().form_valid(form)
        unreadable_text_warning(self.request, self.object)
        return response


class MultipleDocumentAddView(multiple.AddView):
    """The multiple uploader answers in JSON with the next form's HTML: the
    warning goes into that HTML, above the form for the document."""

    edit_form_template_name = "cms/documents/multiple_edit_form.html"
