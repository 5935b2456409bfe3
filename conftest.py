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
def _fresh_cache():
    """Each test starts with an empty cache.

    Database changes are rolled back after every test but cache entries are
    not, so a menu or footer fragment built from one test's rows must not be
    served to the next.
    """
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
