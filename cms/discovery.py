"""How the floor finds what the apps contribute, without importing them.

Each app that has demo content, generated content or open-data datasets provides a
module of a known name (``<app>/demo.py``, ``<app>/generate.py``,
``<app>/opendata.py``); the floor imports those modules by name, in the order of
``INSTALLED_APPS`` (the floor first, then the apps that build on it), the way Django
finds ``admin.py`` and Wagtail finds ``wagtail_hooks.py``. So ``cms`` depends on no
app, and an app added later contributes by providing the module.
"""

import importlib
import importlib.util

from django.apps import apps


def app_modules(module_name, attribute=None):
    """``(app_config, module)`` for each installed app that has
    ``<app>.<module_name>`` (and, when given, that module's ``attribute``)."""
    for app_config in apps.get_app_configs():
        dotted = f"{app_config.name}.{module_name}"
        try:
            found = importlib.util.find_spec(dotted)
        except ModuleNotFoundError:
            found = None
        if found is None:
            continue
        module = importlib.import_module(dotted)
        if attribute is None or hasattr(module, attribute):
            yield app_config, module
