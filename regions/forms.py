from django import forms
from django.utils.translation import gettext_lazy as _

from .models.pages import RegionPage


class RegionFilterForm(forms.Form):
    """The directory's filters; bad values get a message next to the field."""

    country = forms.ChoiceField(label=_("Country"), required=False)
    sector = forms.ChoiceField(label=_("Sector"), required=False)

    def __init__(self, data, sectors):
        super().__init__(data)
        self.fields["country"].choices = [
            ("", _("All countries")),
            *RegionPage.Country.choices,
        ]
        self.fields["sector"].choices = [("", _("All sectors"))] + [
            (sector.code, sector.name) for sector in sectors
        ]
        self.fields["country"].error_messages["invalid_choice"] = _(
            "There is no country “%(value)s” in the directory; choose one from "
            "the list."
        )
        self.fields["sector"].error_messages["invalid_choice"] = _(
            "There is no sector “%(value)s”; choose one from the list."
        )
