"""The abstract case model every case type builds on."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from cms import scoping

from .references import CaseReferenceCounter


class CasePriority(models.TextChoices):
    LOW = "low", _("Low")
    NORMAL = "normal", _("Normal")
    HIGH = "high", _("High")
    URGENT = "urgent", _("Urgent")


class CaseQuerySet(models.QuerySet):
    def visible_to(self, viewer):
        """The cases ``viewer`` (a cms.access.Viewer, request or user) may see."""
        return scoping.viewer_for(viewer).cases(self)


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
        queryset = super().get_queryset()
        viewer = scoping.current_viewer()
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
        if assignee is None or region is None:
            return None
        if scoping.case_workers([region.pk]).filter(pk=assignee.pk).exists():
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
