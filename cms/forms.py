"""The admin form for documents (WAGTAILDOCS_DOCUMENT_FORM_BASE).

It refuses an upload with one clear message per reason (extension, size, content
that does not match the extension), and makes the region field useful: only region
pages in the source language, only the user's own regions for a regional editor, and
filled in from the collection when left empty.
"""

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm
from wagtail.models import Locale

from cms.access import viewer_for
from cms.documents.validation import validate_upload
from cms.governance import governance_of_collection, region_page_model
from cms.models.documents import DocumentType


class RegionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.title


class CompeteDocumentForm(BaseDocumentForm):
    def __init__(self, *args, **kwargs):
        self.user = kwargs.get("user")
        super().__init__(*args, **kwargs)
        if "region" in self.fields:
            self.setup_region_field()
        if "document_type" in self.fields:
            # The multiple uploader sends only title, file and collection: a
            # required type would park every upload for a second form.
            self.fields["document_type"].required = False

    def clean_document_type(self):
        return self.cleaned_data.get("document_type") or DocumentType.OTHER

    def region_queryset(self):
        region_type = region_page_model()
        regions = region_type.objects.filter(locale=Locale.get_default())
        viewer = viewer_for(self.user)
        if self.user is not None and not viewer.is_lead_partner:
            regions = regions.filter(pk__in=viewer.region_page_ids)
        if self.instance.region_id:
            regions = regions | region_type.objects.filter(pk=self.instance.region_id)
        return regions.order_by("title")

    def setup_region_field(self):
        old = self.fields["region"]
        self.fields["region"] = RegionChoiceField(
            queryset=self.region_queryset(),
            required=False,
            label=old.label,
            help_text=_(
                "The partner region the document belongs to. Left empty, it is "
                "taken from the collection."
            ),
            empty_label=_("(from the collection, or none)"),
        )

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if isinstance(uploaded, UploadedFile):
            validate_upload(uploaded)
        return uploaded

    def clean(self):
        cleaned_data = super().clean()
        if "region" in self.fields and not cleaned_data.get("region"):
            collection = cleaned_data.get("collection") or self.instance.collection
            governance = governance_of_collection(collection)
            if governance is not None:
                cleaned_data["region"] = governance.region
        return cleaned_data

    def _post_clean(self):
        # Wagtail's model clean() repeats the extension check with a vaguer
        # message; once our field check refused the file, say it only once.
        file_refused = "file" in self.errors
        super()._post_clean()
        if file_refused and len(self.errors.get("file", [])) > 1:
            del self.errors["file"][1:]


def restricted_collections():
    """Collections under a view restriction (of any kind), descendants included."""
    from django.db.models import Q
    from wagtail.models import Collection, CollectionViewRestriction

    under = Q()
    for path in CollectionViewRestriction.objects.values_list(
        "collection__path", flat=True
    ):
        under |= Q(path__startswith=path)
    return Collection.objects.filter(under) if under else Collection.objects.none()


class CompeteImageForm(BaseImageForm):
    """Images are files under the public media folder, at a URL anyone can guess
    once they know it: an image never goes into a restricted (internal)
    collection. Internal material is uploaded as a document, which is served only
    through the view that checks access."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        restricted = restricted_collections()
        allowed = self.collections.exclude(pk__in=restricted.values("pk"))
        if "collection" in self.fields and allowed.exists():
            self.collections = allowed
            if len(allowed) == 1:
                del self.fields["collection"]
            else:
                self.fields["collection"].queryset = allowed
                self.fields["collection"].help_text = _(
                    "Images are public files: internal collections are not offered. "
                    "Upload internal material as a document instead."
                )
                self.fields["collection"].error_messages["invalid_choice"] = _(
                    "This collection is internal or not yours, and images are always "
                    "public files. Choose a public collection, or upload the file as "
                    "a document."
                )

    def clean(self):
        cleaned_data = super().clean()
        collection = cleaned_data.get("collection") or (
            self.collections[0] if len(self.collections) == 1 else None
        )
        if (
            collection is not None
            and restricted_collections().filter(pk=collection.pk).exists()
        ):
            message = _(
                "“%(collection)s” is internal, and images are always public files. "
                "Choose a public collection, or upload the file as a document."
            ) % {"collection": collection.name}
            if "collection" in self.fields:
                self.add_error("collection", message)
            else:
                raise forms.ValidationError(message)
        return cleaned_data
