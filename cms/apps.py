from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("CMS machinery")

    def ready(self):
        from cms import checks, notifications, signals  # noqa: F401

        signals.connect()
        notifications.connect()
        from cms import frontendcache

        frontendcache.connect()
        from cms import (
            csvsafe,
            pagecache,  # noqa: F401  (connects the invalidation signals)
        )

        csvsafe.install()
        from cms import access, scoping

        scoping.register(
            current_viewer=access.current_viewer,
            viewer_for=access.viewer_for,
            case_workers=access.case_workers,
        )
