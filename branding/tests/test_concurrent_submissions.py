"""Simultaneous submissions are all stored, on SQLite and on PostgreSQL.

The threads commit for real, so they need a database other connections can
see: on SQLite the in-memory test database is copied to a file for them (WAL
mode, busy timeout and BEGIN IMMEDIATE, as configured in cms/settings/base.py);
on PostgreSQL they use the test database and what they stored is removed after.
"""

import sqlite3
import threading

import pytest
from django.core.cache import cache
from django.db import connection, connections
from django.test import Client

from branding.models import InvestorInquiry, ShowcasePage
from cms.models import CaseReferenceCounter
from regions.models import RegionPage

SUBMISSIONS = 10
DOMAIN = "concurrency.example"


def in_thread(function):
    """Run ``function`` on a connection of its own, as another request would."""
    outcome = {}

    def run():
        try:
            outcome["value"] = function()
        except BaseException as error:  # reported in the test's own thread
            outcome["error"] = error
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def all_at_once(function, count):
    """Call ``function(index)`` from ``count`` threads released together."""
    barrier = threading.Barrier(count)
    results = [None] * count

    def run(index):
        try:
            barrier.wait()
            results[index] = function(index)
        except BaseException as error:
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


@pytest.fixture(scope="module")
def sqlite_copy(django_db_setup, django_db_blocker, tmp_path_factory):
    """On SQLite, a file copy of the test database for the threads.

    Made before any test transaction opens: a SQLite connection inside one holds
    the write lock (BEGIN IMMEDIATE), which would also block the copy.
    """
    with django_db_blocker.unblock():
        if connection.vendor != "sqlite":
            yield None
            return
        path = tmp_path_factory.mktemp("concurrency") / "db.sqlite3"
        target = sqlite3.connect(path)
        connection.ensure_connection()
        connection.connection.backup(target)
        target.close()
        yield path


@pytest.fixture
def shared_database(sqlite_copy, db):
    """A database the threads' own connections see, cleaned up afterwards.

    The test's own transaction is not used for writing: PostgreSQL's other
    connections would not see its rows, and SQLite's would wait for its lock.
    So the threads write to a file copy (SQLite), or commit to the test database
    and what they stored is deleted after the test (PostgreSQL).
    """
    alias_settings = connections.settings["default"]
    if sqlite_copy is not None:
        connections.settings["default"] = {**alias_settings, "NAME": str(sqlite_copy)}
    counters = in_thread(
        lambda: dict(CaseReferenceCounter.objects.values_list("id", "last_number"))
    )
    cache.clear()
    try:
        yield
    finally:
        cache.clear()
        if sqlite_copy is None:
            in_thread(lambda: _remove_test_rows(counters))
        connections.settings["default"] = alias_settings


def _remove_test_rows(counters):
    InvestorInquiry.objects.filter(email__endswith=DOMAIN).delete()
    CaseReferenceCounter.objects.filter(prefix__startswith="XC").delete()
    for pk, last_number in counters.items():
        CaseReferenceCounter.objects.filter(pk=pk).update(last_number=last_number)


def showcase_contact_url():
    region = RegionPage.objects.get(slug="emilia-romagna", locale__language_code="en")
    page = ShowcasePage.objects.child_of(region).get()
    return page.url + page.reverse_subpage("contact")


@pytest.mark.django_db
def test_simultaneous_inquiries_are_all_stored_with_distinct_references(
    shared_database,
):
    url = in_thread(showcase_contact_url)

    def submit(index):
        client = Client(REMOTE_ADDR=f"192.0.2.{index + 1}")
        response = client.post(
            url,
            {
                "name": f"Investor {index}",
                "company": f"Company {index}",
                "email": f"investor{index}@{DOMAIN}",
                "country": "Japan",
                "sector": "",
                "message": "We look for a site for an assembly plant.",
                "consent": "on",
                "website": "",
            },
        )
        return response.status_code

    if connection.vendor == "sqlite":

        def journal_mode():
            with connection.cursor() as cursor:
                cursor.execute("PRAGMA journal_mode")
                return cursor.fetchone()[0]

        assert in_thread(journal_mode) == "wal"
    statuses = all_at_once(submit, SUBMISSIONS)
    assert statuses == [302] * SUBMISSIONS
    stored = in_thread(
        lambda: list(
            InvestorInquiry.objects.filter(email__endswith=DOMAIN).values_list(
                "email", "reference"
            )
        )
    )
    assert sorted(email for email, _ in stored) == sorted(
        f"investor{index}@{DOMAIN}" for index in range(SUBMISSIONS)
    )
    references = [reference for _, reference in stored]
    assert len(set(references)) == SUBMISSIONS
    assert all(reference.startswith("INQ-") for reference in references)


@pytest.mark.django_db
def test_simultaneous_references_never_repeat_or_fail(shared_database):
    results = all_at_once(
        lambda index: CaseReferenceCounter.next_reference("XC", 2031), 16
    )
    assert not [r for r in results if isinstance(r, BaseException)], results
    assert sorted(results) == [f"XC-2031-{n:04d}" for n in range(1, 17)]
    last = in_thread(
        lambda: CaseReferenceCounter.objects.get(prefix="XC", year=2031).last_number
    )
    assert last == 16
