"""Where document files live: outside the public media folder.

Images are public and sit under MEDIA_ROOT, served as /media/... by the web server.
Documents may be internal to a region, so their files go to PRIVATE_MEDIA_ROOT, which
no URL pattern and no web-server location exposes: the only way to a document is
Wagtail's serve view (/documents/<id>/<name>), which checks the collection's view
restrictions first (WAGTAILDOCS_SERVE_METHOD = "serve_view").
"""

from django.conf import settings
from django.core.files.storage import FileSystemStorage


class PrivateDocumentStorage(FileSystemStorage):
    def __init__(self):
        super().__init__(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)

    def url(self, name):
        # A storage URL would bypass the view restrictions: there is none.
        raise NotImplementedError("Documents are served by the documents view only.")


def private_document_storage():
    """Callable storage, so the migration does not freeze the path of one machine."""
    return PrivateDocumentStorage()
