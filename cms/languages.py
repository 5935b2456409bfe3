"""Language codes, and texts kept in several languages on objects that are not
translated as wholes.

Pages and snippets are translated by wagtail-localize: each language is an object
of its own. Some records are not: a document is one file listed on pages in every
language, a monitoring report belongs to the plan in its source language. Their
short texts (a title, a narrative, a description) keep their translations beside
them, in a ``TranslationsField``: a mapping of language code to text, edited in
the admin as one labelled box per language, and read with ``text_in``. A
language left empty shows the text as written.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


def language_code(value):
    """The bare language of a code: ``"pt-BR"`` and ``"PT"`` are ``"pt"``; an
    empty value is the site's default language."""
    return (value or settings.LANGUAGE_CODE).split("-")[0].lower()


def content_languages(include_default=True):
    """(code, name) of the content languages, the default first."""
    default = language_code(settings.LANGUAGE_CODE)
    return [
        (code, name)
        for code, name in settings.WAGTAIL_CONTENT_LANGUAGES
        if include_default or language_code(code) != default
    ]


def text_in(text, translations, language=None):
    """``text`` in ``language`` (the active one by default): its translation when
    there is one, else the text as written."""
    code = language_code(language or get_language())
    return (translations or {}).get(code) or text


class TextsByLanguageWidget(forms.MultiWidget):
    """One labelled box per language; each box carries its ``lang`` attribute."""

    template_name = "cms/widgets/texts_by_language.html"

    def __init__(self, languages, multiline=False, attrs=None):
        self.languages = list(languages)
        widgets = [
            forms.Textarea(attrs={"rows": 3, "lang": code})
            if multiline
            else forms.TextInput(attrs={"lang": code})
            for code, _name in self.languages
        ]
        super().__init__(widgets, attrs)

    def decompress(self, value):
        value = value if isinstance(value, dict) else {}
        return [value.get(code, "") for code, _name in self.languages]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["boxes"] = list(
            zip(
                context["widget"]["subwidgets"],
                [name for _code, name in self.languages],
                strict=True,
            )
        )
        return context


class TextsByLanguageFormField(forms.MultiValueField):
    """The form side of ``TranslationsField``: empty boxes are left out."""

    def __init__(self, *, languages, max_length=None, multiline=False, **kwargs):
        self.languages = list(languages)
        fields = [
            forms.CharField(required=False, max_length=max_length, label=name)
            for _code, name in self.languages
        ]
        kwargs.pop("encoder", None)
        kwargs.pop("decoder", None)
        kwargs["widget"] = TextsByLanguageWidget(self.languages, multiline)
        super().__init__(fields, require_all_fields=False, **kwargs)

    def compress(self, data_list):
        data_list = data_list or [""] * len(self.languages)
        return {
            code: text.strip()
            for (code, _name), text in zip(self.languages, data_list, strict=True)
            if text and text.strip()
        }

    def has_changed(self, initial, data):
        initial = initial if isinstance(initial, dict) else {}
        return self.compress(self.to_list(data)) != initial

    def to_list(self, data):
        if isinstance(data, dict):
            return [data.get(code, "") for code, _name in self.languages]
        return data


class TranslationsField(models.JSONField):
    """A text's translations, ``{language code: text}``.

    ``include_default`` offers the site's default language too, for texts that
    may be written in any language (a document's title); ``max_length`` limits
    each translation like the text it translates.
    """

    def __init__(
        self,
        *args,
        include_default=False,
        max_length=None,
        multiline=False,
        **kwargs,
    ):
        self.include_default = include_default
        self.text_max_length = max_length
        self.multiline = multiline
        kwargs.setdefault("default", dict)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if self.include_default:
            kwargs["include_default"] = True
        if self.text_max_length:
            kwargs["max_length"] = self.text_max_length
        if self.multiline:
            kwargs["multiline"] = True
        return name, path, args, kwargs

    def languages(self):
        return content_languages(include_default=self.include_default)

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        if value in self.empty_values:
            return
        known = {code for code, _name in self.languages()}
        if not isinstance(value, dict) or not all(
            isinstance(code, str) and isinstance(text, str)
            for code, text in value.items()
        ):
            raise ValidationError(
                _("Give the translations as texts by language code."),
                code="invalid",
            )
        unknown = sorted(set(value) - known)
        if unknown:
            raise ValidationError(
                _("%(codes)s: not a language of this site (use %(known)s).")
                % {"codes": ", ".join(unknown), "known": ", ".join(sorted(known))},
                code="invalid",
            )
        if self.text_max_length:
            for code, text in value.items():
                if len(text) > self.text_max_length:
                    raise ValidationError(
                        _("The %(code)s translation is longer than %(max)d characters.")
                        % {"code": code, "max": self.text_max_length},
                        code="max_length",
                    )

    def formfield(self, **kwargs):
        defaults = {
            "label": self.verbose_name[:1].upper() + self.verbose_name[1:],
            "help_text": self.help_text,
            "required": not self.blank,
            "languages": self.languages(),
            "max_length": self.text_max_length,
            "multiline": self.multiline,
        }
        for key in ("form_class", "widget", "encoder", "decoder"):
            kwargs.pop(key, None)
        defaults.update(kwargs)
        return TextsByLanguageFormField(**defaults)
