"""Case references (TC-2026-0001): a counter per prefix and year, so that a
reference is never handed out twice, even under concurrent submissions."""

import random
import time

from django.db import IntegrityError, OperationalError, models, transaction
from django.db.models import F
from django.utils import timezone

# How often a reference is tried when the database stays locked (SQLite's busy
# timeout, a PostgreSQL lock timeout) before the error reaches the caller.
REFERENCE_ATTEMPTS = 5


class CaseReferenceCounter(models.Model):
    """The last number handed out per prefix and year, so references never repeat."""

    prefix = models.CharField(max_length=10)
    year = models.PositiveSmallIntegerField()
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["prefix", "year"], name="unique_case_counter"
            )
        ]

    def __str__(self):
        return f"{self.prefix}-{self.year}: {self.last_number}"

    @classmethod
    def next_reference(cls, prefix, year=None):
        year = year or timezone.localdate().year
        last = cls._advance(prefix, year, 1)
        return f"{prefix}-{year}-{last:04d}"

    @classmethod
    def reserve(cls, prefix, count, year=None):
        """``count`` consecutive new references at once (for bulk imports)."""
        year = year or timezone.localdate().year
        last = cls._advance(prefix, year, count)
        first = last - count + 1
        return [f"{prefix}-{year}-{n:04d}" for n in range(first, first + count)]

    @classmethod
    def _advance(cls, prefix, year, count):
        """Add ``count`` to the counter and return its new value.

        The first statement is the UPDATE itself, so the transaction takes the
        row's lock (PostgreSQL) or the write lock (SQLite) at once, instead of
        reading first and failing to upgrade the lock while another submission
        writes ("database is locked"). Two first submissions of a year may both
        try to create the row: the loser of the unique constraint adds to the
        winner's row. A lock that times out is retried a few times, unless an
        outer transaction is open (it is broken then, and must fail as a whole).
        """
        rows = cls.objects.filter(prefix=prefix, year=year)
        for attempt in range(REFERENCE_ATTEMPTS):
            try:
                with transaction.atomic():
                    if not rows.update(last_number=F("last_number") + count):
                        try:
                            with transaction.atomic():
                                cls.objects.create(
                                    prefix=prefix, year=year, last_number=count
                                )
                        except IntegrityError:
                            rows.update(last_number=F("last_number") + count)
                    return rows.values_list("last_number", flat=True).get()
            except OperationalError:
                if (
                    attempt + 1 == REFERENCE_ATTEMPTS
                    or transaction.get_connection().in_atomic_block
                ):
                    raise
                time.sleep(0.05 * (attempt + 1) + random.random() * 0.05)
        raise AssertionError("unreachable")
