from django.apps import AppConfig


class TestsConfig(AppConfig):
    """Installed by the test settings only: models that exercise shared machinery."""

    name = "tests"
    label = "tests"
    default_auto_field = "django.db.models.BigAutoField"
