import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the demo site, loaded once per session.

    Tests run inside a transaction that is rolled back, so what one test changes
    never leaks into the next.
    """
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0)


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in English, whatever language an earlier request left active."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _fresh_fragments():
    """Each test starts with no cached pages, menus or footers.

    Database changes are rolled back after every test but cache entries are
    not, so a menu or footer fragment built from one test's rows must not be
    served to the next. Bumping the page cache's generation retires them all;
    Wagtail's own caches (site root paths) stay warm, as they do in production.
    """
    from cms.pagecache import invalidate

    invalidate()
    yield
    invalidate()


@pytest.fixture(scope="module")
def _governed_tree(django_db_setup, django_db_blocker):
    """The governed tree, built once for a test module, like ``setUpTestData``.

    It is made inside a transaction that stays open while the module's tests run
    (each test's own transaction becomes a savepoint in it, rolled back after the
    test) and is rolled back when the module is done, so no other module sees it.
    """
    from django.db import transaction

    from regions.factories import build_governed_tree

    with django_db_blocker.unblock():
        with transaction.atomic():
            tree = build_governed_tree()
            yield tree
            transaction.set_rollback(True)


@pytest.fixture
def governed(_governed_tree, db):
    """Two governed regions with their people, pages, documents and an image
    (``regions.factories.build_governed_tree``), for any test that asks.

    Each test gets its rows read afresh, so what an earlier test changed on the
    objects (and rolled back in the database) never shows.
    """
    return _reloaded(_governed_tree)


def _reloaded(value):
    from types import SimpleNamespace

    from django.db.models import Model

    if isinstance(value, SimpleNamespace):
        return SimpleNamespace(
            **{name: _reloaded(item) for name, item in vars(value).items()}
        )
    if isinstance(value, Model):
        return type(value)._default_manager.get(pk=value.pk)
    return value
