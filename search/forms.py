"""The forms of saved searches: save one, rename one."""

from django import forms
from django.utils.translation import gettext_lazy as _

from search.models import SOURCE_CHOICES, SavedSearch
from search.saved import normalise

NAME_MAX_LENGTH = SavedSearch._meta.get_field("name").max_length


class SaveSearchForm(forms.Form):
    name = forms.CharField(
        label=_("Name of this search"),
        max_length=NAME_MAX_LENGTH,
        help_text=_("A name to find the search again, such as “Tourism in Valencia”."),
        error_messages={
            "required": _("Give the search a name."),
            "max_length": _("Use at most %(limit_value)d characters for the name."),
        },
    )
    source = forms.ChoiceField(
        choices=SOURCE_CHOICES, widget=forms.HiddenInput, initial="search"
    )
    query = forms.CharField(required=False, max_length=4000, widget=forms.HiddenInput)

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(_("Give the search a name."))
        return name

    def clean(self):
        cleaned = super().clean()
        if "source" in cleaned:
            cleaned["query"] = normalise(cleaned["source"], cleaned.get("query", ""))
        return cleaned


class RenameSearchForm(forms.Form):
    name = SaveSearchForm.base_fields["name"]

    clean_name = SaveSearchForm.clean_name
