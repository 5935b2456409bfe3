from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BrandingConfig(AppConfig):
    name = "branding"
    verbose_name = _("Territorial branding and investment")

    def ready(self):
        # The region page's map shows a showcase's sites (regions.maps registry).
        from . import finder  # noqa: F401
