"""The abstract case model every case type builds on."""

import random
import time

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, OperationalError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models.audit_log import BaseLogEntry, BaseLogEntryManager

from cms.cases.state_machine import IllegalTransition

# How often a reference is tried when the database stays locked (SQLite's busy
# timeout, a PostgreSQL lock timeout) before the error reaches the caller.
REFERENCE_ATTEMPTS = 5


class CasePriority(models.TextChoices):
    LOW = "low", _("Low")
    NORMAL = "normal", _("Normal")
    HIGH = "high", _("High")
    URGENT = "urgent", _("Urgent")


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


class CaseQuerySet(models.QuerySet):
    def visible_to(self, viewer):
        """The cases ``viewer`` (a cms.access.Viewer, request or user) may see."""
        from cms.access import viewer_for

        return viewer_for(viewer).cases(self)


class CaseManager(models.Manager.from_queryset(CaseQuerySet)):
    """Scoped to the viewer of the current request (cms.access).

    Every query a request makes through it (listings, choosers and their
    ``chosen`` URLs, bulk actions, exports, reports, dashboard panels, any view
    added later) sees only the cases that viewer may see: a coordinator their
    regions', the lead partner all, anyone else none. Outside a request (shell,
    commands, migrations, jobs) nothing is narrowed. Django's ``_base_manager``,
    used for related-object access and saving, stays unscoped.
    """

    def get_queryset(self):
        from cms.access import current_viewer

        queryset = super().get_queryset()
        viewer = current_viewer()
        return viewer.cases(queryset) if viewer is not None else queryset


class BaseCase(models.Model):
    """A case: reference, region, assignee, due date, priority, status, timeline.

    Subclasses set ``reference_prefix`` and ``workflow`` (a StateMachine) and
    redeclare ``status`` with their choices. Every transition, assignment and note
    goes through the methods below, which write Wagtail's audit log.
    """

    reference_prefix = "CASE"
    workflow = None  # a cms.cases.state_machine.StateMachine

    reference = models.CharField(
        _("reference"),
        max_length=20,
        unique=True,
        editable=False,
        help_text=_("Given automatically, e.g. TC-2026-0001."),
    )
    title = models.CharField(
        _("title"), max_length=255, help_text=_("A short description of the case.")
    )
    region = models.ForeignKey(
        settings.COMPETEIN_REGION_PAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("region"),
        help_text=_("The partner region responsible for the case."),
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("assignee"),
        help_text=_("Who works on the case now; they are e-mailed when assigned."),
    )
    due_date = models.DateField(
        _("due date"), null=True, blank=True, help_text=_("When the next step is due.")
    )
    priority = models.CharField(
        _("priority"),
        max_length=10,
        choices=CasePriority.choices,
        default=CasePriority.NORMAL,
        help_text=_("How urgent the case is."),
    )
    status = models.CharField(_("status"), max_length=20, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    # Indexed: case listings are ordered by it, newest first (a sort of every
    # case otherwise; 33 ms at 10,000 cases on SQLite).
    updated_at = models.DateTimeField(_("updated"), auto_now=True, db_index=True)

    objects = CaseManager()

    class Meta:
        abstract = True
        ordering = ["-updated_at"]

    def __str__(self):
        return f"{self.reference} {self.title}"

    def save(self, *args, **kwargs):
        if not self.status:
            self.status = self.workflow.initial
        if not self.reference:
            self.reference = CaseReferenceCounter.next_reference(self.reference_prefix)
        super().save(*args, **kwargs)

    # State machine -----------------------------------------------------------
    def status_label(self):
        return self.workflow.labels.get(self.status, self.status)

    status_label.short_description = _("Status")

    def allowed_transitions(self):
        return [
            (s, self.workflow.labels[s]) for s in self.workflow.allowed(self.status)
        ]

    @property
    def is_closed(self):
        return self.workflow.is_closed(self.status)

    @property
    def is_overdue(self):
        return bool(
            self.due_date
            and not self.is_closed
            and self.due_date < timezone.localdate()
        )

    def transition(self, target, user=None, comment=""):
        """Move to ``target`` or raise IllegalTransition, changing nothing."""
        with transaction.atomic():
            current = (
                type(self)
                ._base_manager.select_for_update()
                .values_list("status", flat=True)
            ).get(pk=self.pk)
            self.workflow.check(current, target)
            self.before_transition(current, target, user)
            self.status = target
            self.save(update_fields=["status", "updated_at"])
            log(
                instance=self,
                action="cms.case.transition",
                user=user,
                data={"from": current, "to": target, "comment": comment},
            )
            if comment:
                self.add_note(user, comment, log_it=False)
        return self

    def admin_links(self):
        """[(label, url)] shown on the case's admin page; case types add theirs."""
        return []

    def before_transition(self, current, target, user):
        """Hook for case types with extra rules; raise IllegalTransition to refuse."""

    # Assignment ----------------------------------------------------------------
    @staticmethod
    def assignee_refusal(assignee, region):
        """None when ``assignee`` may work on ``region``'s cases (its coordinators
        and the lead partner, cms.access), else the ValidationError saying why."""
        from cms.access import case_workers

        if assignee is None or region is None:
            return None
        if case_workers([region.pk]).filter(pk=assignee.pk).exists():
            return None
        return ValidationError(
            _(
                "%(name)s cannot work on %(region)s's cases: choose one "
                "of its coordinators or the lead partner."
            ),
            params={
                "name": assignee.get_full_name() or assignee.get_username(),
                "region": region.title,
            },
            code="assignee_outside_region",
        )

    def assign(self, assignee, user=None):
        """Give the case to ``assignee`` (or nobody), logged and e-mailed; the
        same rule as the forms: only people who may work on its region's cases."""
        previous = self.assignee
        if previous == assignee:
            return self
        refusal = self.assignee_refusal(assignee, self.region)
        if refusal is not None:
            raise refusal
        self.assignee = assignee
        self.save(update_fields=["assignee", "updated_at"])
        log(
            instance=self,
            action="cms.case.assign",
            user=user,
            data={
                "from": previous.get_username() if previous else None,
                "to": assignee.get_username() if assignee else None,
            },
        )
        self.after_assignment(previous, assignee, user)
        self.notify_assignee(assignee)
        return self

    def after_assignment(self, previous, assignee, user):
        """Hook for case types that move on when assigned (before the e-mail, so
        that it gives the status the case is left in)."""

    def notify_assignee(self, assignee):
        if assignee is not None and assignee.email:
            send_mail(
                subject=str(
                    _("Case %(reference)s assigned to you")
                    % {"reference": self.reference}
                ),
                message=str(
                    _("%(title)s\n\nStatus: %(status)s\nDue: %(due)s\n")
                    % {
                        "title": self.title,
                        "status": self.status_label(),
                        "due": self.due_date or "-",
                    }
                ),
                from_email=None,
                recipient_list=[assignee.email],
                fail_silently=True,
            )

    # Notes ---------------------------------------------------------------------
    def add_note(self, author, text, document=None, log_it=True):
        note = self.notes.create(author=author, text=text, document=document)
        if log_it:
            log(
                instance=self,
                action="cms.case.note",
                user=author,
                data={"note": note.pk, "text": text[:200]},
            )
        return note


class BaseCaseNote(models.Model):
    """One entry of a case's timeline. Subclasses add ``case = ForeignKey(...)``."""

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("author"),
    )
    text = models.TextField(_("note"), help_text=_("What happened, or what is next."))
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("attached document"),
        help_text=_("Optional: a document that belongs to this note."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        abstract = True
        ordering = ["created_at"]


class CaseLogEntryManager(BaseLogEntryManager):
    def log_action(self, instance, action, **kwargs):
        kwargs.update(object_id=str(instance.pk))
        return super().log_action(instance, action, **kwargs)

    def for_instance(self, instance):
        from django.contrib.contenttypes.models import ContentType

        return self.filter(
            content_type=ContentType.objects.get_for_model(
                instance, for_concrete_model=False
            ),
            object_id=str(instance.pk),
        )

    def viewable_by_user(self, user):
        """Entries of the cases ``user`` may see (cms.access), wherever Wagtail
        lists log entries: site history, its CSV and XLSX exports, filters."""
        from django.contrib.contenttypes.models import ContentType
        from django.db.models import CharField, Q
        from django.db.models.functions import Cast

        from cms.access import viewer_for
        from cms.cases.registry import CASE_MODELS

        viewer = viewer_for(user)
        if viewer.sees_every_case:
            return self.all()
        condition = Q(pk__in=[])
        for model in CASE_MODELS:
            ids = (
                viewer.cases(model._base_manager.all())
                .annotate(object_key=Cast("pk", output_field=CharField()))
                .values("object_key")
            )
            content_type = ContentType.objects.get_for_model(
                model, for_concrete_model=False
            )
            condition |= Q(content_type=content_type, object_id__in=ids)
        return self.filter(condition)


class CaseLogEntry(BaseLogEntry):
    """The audit trail of cases, apart from other models' so that every list of
    log entries shows a person only the cases they may see."""

    object_id = models.CharField(max_length=255, blank=False, db_index=True)

    objects = CaseLogEntryManager()

    class Meta(BaseLogEntry.Meta):
        ordering = ["-timestamp", "-id"]
        verbose_name = _("case log entry")
        verbose_name_plural = _("case log entries")

    def __str__(self):
        return f"CaseLogEntry {self.pk}: {self.action} on {self.object_id}"


__all__ = [
    "CaseLogEntry",
    "BaseCase",
    "BaseCaseNote",
    "CaseManager",
    "CasePriority",
    "CaseQuerySet",
    "CaseReferenceCounter",
    "IllegalTransition",
]
