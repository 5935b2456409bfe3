from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.search import index

from cms.documents.extraction import ExtractionError, can_extract, extract_text
from cms.documents.validation import extension_of
from cms.languages import TranslationsField, text_in
from cms.storage import private_document_storage


class DocumentType(models.TextChoices):
    REPORT = "report", _("Report")
    FACTSHEET = "factsheet", _("Factsheet")
    MINUTES = "minutes", _("Minutes")
    PRESENTATION = "presentation", _("Presentation")
    ACTION_PLAN = "action_plan", _("Action plan")
    EVIDENCE = "evidence", _("Evidence")
    OTHER = "other", _("Other")


class CompeteDocument(AbstractDocument):
    """A document with Plone-style metadata.

    The region points at the configured region page type
    (``COMPETEIN_REGION_PAGE_MODEL``, named like ``AUTH_USER_MODEL``), so ``cms``
    stays the floor that other apps build on: it imports no app; the admin form
    narrows the choice to the user's regions in the source language.
    """

    # Same field as Wagtail's, stored outside the public media folder (cms.storage).
    file = models.FileField(
        upload_to="documents",
        storage=private_document_storage,
        verbose_name=_("file"),
    )
    document_type = models.CharField(
        _("document type"),
        max_length=20,
        choices=DocumentType.choices,
        default=DocumentType.OTHER,
        help_text=_("What kind of document this is."),
    )
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_("The language the document is written in."),
    )
    region = models.ForeignKey(
        settings.COMPETEIN_REGION_PAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("region"),
        help_text=_("The partner region the document belongs to, if any."),
    )
    date = models.DateField(
        _("date"),
        null=True,
        blank=True,
        help_text=_("The date of the document itself (not of the upload)."),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("A short summary of the content, shown in listings and search."),
    )
    # Documents are not translatable in Wagtail: a document listed on pages in
    # several languages gives its title in those languages here.
    titles = TranslationsField(
        _("title in other languages"),
        include_default=True,
        max_length=255,
        help_text=_(
            "The title in the languages it is not written in, shown on pages in "
            "those languages; a language left empty shows the title as it is."
        ),
    )
    extracted_text = models.TextField(
        _("extracted text"),
        blank=True,
        editable=False,
        help_text=_("Text read from the file at upload, so search finds words inside."),
    )

    search_fields = [
        *AbstractDocument.search_fields,
        index.SearchField("description"),
        index.SearchField("extracted_text"),
        index.FilterField("document_type"),
        index.FilterField("language"),
        index.FilterField("region"),
    ]

    admin_form_fields = (
        *Document.admin_form_fields,
        "document_type",
        "language",
        "region",
        "date",
        "description",
        "titles",
    )

    def title_in(self, language):
        """The title for a page in ``language``."""
        return text_in(self.title, self.titles, language)

    @property
    def display_title(self):
        """The title in the active language: a public page's own."""
        return self.title_in(get_language())

    # Set by save() when a new file's text could not be read (not stored: the view
    # that handled the upload turns it into a warning for the editor).
    text_unreadable = False

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._stored_file_name = instance.__dict__.get("file") and str(
            instance.__dict__["file"]
        )
        return instance

    def has_new_file(self):
        if not self.file:
            return False
        if not self.file._committed:
            return True
        return self.file.name != getattr(self, "_stored_file_name", None)

    def _file_bytes(self):
        if not self.file._committed:
            source = self.file.file
            source.seek(0)
            data = source.read()
            source.seek(0)
            return data
        with self.file.storage.open(self.file.name, "rb") as source:
            return source.read()

    def read_text(self):
        """Fill ``extracted_text`` from the file being uploaded."""
        extension = extension_of(self.file.name)
        self.text_unreadable = False
        if not can_extract(extension):
            self.extracted_text = ""
            return
        try:
            self.extracted_text = extract_text(self._file_bytes(), extension)
        except (ExtractionError, OSError):
            self.extracted_text = ""
            self.text_unreadable = True

    def save(self, *args, **kwargs):
        # A new file (from a form, the multiple uploader, or code): read its text
        # once, before the row and the search index are written.
        if self.has_new_file():
            self.read_text()
        super().save(*args, **kwargs)
        self._stored_file_name = self.file.name if self.file else None

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
