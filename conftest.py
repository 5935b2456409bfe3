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
