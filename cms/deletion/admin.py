"""Where the admin asks: Wagtail's deletion hooks, and the document views that
have none of their own."""

from django.urls import path
from wagtail import hooks
from wagtail.documents.views.bulk_actions.delete import (
    DeleteBulkAction as DocumentsBulkDelete,
)
from wagtail.documents.views.documents import DeleteView as DocumentsDeleteView
from wagtail.models import Page

from . import _refuse_objects, _refuse_pages


@hooks.register("before_delete_page")
def refuse_page_deletion(request, page):
    return _refuse_pages(request, [page])


@hooks.register("before_delete_snippet")
def refuse_snippet_deletion(request, instances):
    return _refuse_objects(request, instances)


@hooks.register("before_delete_user")
def refuse_user_deletion(request, user):
    return _refuse_objects(request, [user])


@hooks.register("before_delete_document")
def refuse_document_deletion(request, document):
    return _refuse_objects(request, [document])


@hooks.register("before_bulk_action")
def refuse_bulk_deletion(request, action_type, objects, action_class_instance):
    if action_type != "delete" or not objects:
        return None
    if isinstance(objects[0], Page):
        return _refuse_pages(request, objects)
    return _refuse_objects(request, objects)


class DocumentDeleteView(DocumentsDeleteView):
    """Wagtail's document delete view, with a ``before_delete_document`` hook like
    the ones pages, snippets and users have."""

    def run_before_hook(self):
        return self.run_hook("before_delete_document", self.request, self.object)


@hooks.register("register_admin_urls")
def document_delete_with_dependants():
    # cms comes first in INSTALLED_APPS: this pattern is found before
    # wagtail.documents' own, and reverse("wagtaildocs:delete") still reaches it.
    return [
        path(
            "documents/delete/<int:document_id>/",
            DocumentDeleteView.as_view(),
            name="competein_doc_delete",
        )
    ]


class DeleteDocumentsWithDependants(DocumentsBulkDelete):
    """Wagtail's bulk delete of documents refuses protected ones with a bare
    "permission denied" before any hook runs: say what depends on them instead."""

    def prepare_action(self, objects, objects_without_access):
        response = _refuse_objects(self.request, objects)
        if response is not None:
            return response
        return super().prepare_action(objects, objects_without_access)


# Registered after wagtail.documents' own (a higher order), so it replaces it.
hooks.register("register_bulk_action", DeleteDocumentsWithDependants, order=100)
