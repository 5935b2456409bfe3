from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Good practices")

    def ready(self):
        from wagtail.signals import page_published

        from .models import PracticePage

        page_published.connect(
            record_published_level,
            sender=PracticePage,
            dispatch_uid="practices-validation-level",
        )


def record_published_level(sender, instance, revision=None, **kwargs):
    """A published practice's validation level goes to its history, with the
    e-mails of that step, when it changed (practices.validation)."""
    from .validation import record_step

    user = instance.validated_by if instance.is_validated else None
    record_step(instance, instance.validation_status, user=user)
