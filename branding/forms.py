from django import forms
from django.utils.translation import gettext_lazy as _

from cms.cases.public import HONEYPOT_FIELD, PublicCaseFormMixin

from .models import InvestorInquiry

__all__ = ["HONEYPOT_FIELD", "InvestorInquiryForm"]


class InvestorInquiryForm(PublicCaseFormMixin, forms.ModelForm):
    """The showcase's contact form; its honeypot, consent box and error wiring
    are every public case form's (cms.cases.public)."""

    class Meta:
        model = InvestorInquiry
        fields = ["name", "company", "email", "country", "sector", "message", "consent"]
        labels = {
            "name": _("Your name"),
            "company": _("Company"),
            "email": _("E-mail address"),
            "country": _("Country"),
            "sector": _("Sector of interest"),
            "message": _("Your message"),
        }
        # The investor's own help texts: the model's describe the stored case for
        # the desk ("The visitor's name, as sent.") and stay in the admin.
        help_texts = {
            "name": "",
            "company": "",
            "email": _("The investment desk answers you at this address."),
            "country": _("Where your company is based."),
            "sector": _(
                "Optional: the sector of your project, so that the right person "
                "answers."
            ),
            "message": _(
                "What you are looking for: a site, partners, incentives; the size "
                "and timing of your project."
            ),
        }
        error_messages = {
            "name": {"required": _("Enter your name.")},
            "company": {"required": _("Enter the name of your company.")},
            "email": {
                "required": _("Enter your e-mail address so the desk can answer."),
                "invalid": _("Enter an e-mail address in the form name@example.com."),
            },
            "country": {"required": _("Enter the country your company is based in.")},
            "sector": {
                "invalid_choice": _("Choose a sector from the list."),
            },
            "message": {"required": _("Write a message: what are you looking for?")},
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "company": forms.TextInput(attrs={"autocomplete": "organization"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "country": forms.TextInput(attrs={"autocomplete": "country-name"}),
            "message": forms.Textarea(attrs={"rows": 6}),
        }

    def __init__(self, *args, sectors=None, privacy_url="", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sector"].queryset = sectors
        self.fields["sector"].required = False
        self.fields["sector"].empty_label = _("Not sure yet")
        self.setup_public_fields(privacy_url)
