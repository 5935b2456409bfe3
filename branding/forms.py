from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .models import InvestorInquiry

HONEYPOT_FIELD = "website"


class InvestorInquiryForm(forms.ModelForm):
    """The showcase's contact form.

    ``website`` is a honeypot: hidden from people (and from screen readers, by
    ``display: none``) but filled in by form-filling robots.
    """

    consent = forms.BooleanField(
        required=True,
        error_messages={
            "required": _(
                "Tick the box to agree to the privacy notice; we cannot answer "
                "without storing your message."
            )
        },
    )
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

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
        self.fields["message"].max_length = 5000
        self.fields["message"].validators.append(MaxLengthValidator(5000))
        self.fields["message"].widget.attrs["maxlength"] = 5000
        if privacy_url:
            label = format_html(
                gettext(
                    "I agree that my message is stored and handled as the "
                    '<a href="{}">privacy notice</a> explains.'
                ),
                privacy_url,
            )
        else:
            label = _(
                "I agree that my message is stored and handled as the privacy notice "
                "explains."
            )
        self.fields["consent"].label = label

    def full_clean(self):
        super().full_clean()
        # Tie each message to its control for screen readers.
        for name in self.errors:
            if name in self.fields:
                attrs = self.fields[name].widget.attrs
                attrs["aria-invalid"] = "true"
                attrs["aria-describedby"] = f"{self[name].id_for_label}-error"

    def is_spam(self):
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())

    def visible_fields_list(self):
        return [f for f in self if f.name not in {HONEYPOT_FIELD, "consent"}]
