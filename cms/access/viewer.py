"""``Viewer``: who is asking, and through its rules what they may see and do."""

from __future__ import annotations

import hashlib
from functools import cached_property

from django.db.models import Q
from wagtail.models import Page

from .cases import CaseRules
from .documents import DocumentRules
from .pages import PageRules

ANONYMOUS = "anonymous"
STAKEHOLDER = "stakeholder"
EDITOR = "editor"
COORDINATOR = "coordinator"
LEAD_PARTNER = "lead partner"
SUPERUSER = "superuser"

REQUEST_ATTR = "_competein_viewer"


class Viewer(PageRules, DocumentRules, CaseRules):
    """Who is asking: a user (or nobody) and, when known, the request.

    The request matters for password restrictions passed in the session; a viewer
    made from a bare user never passes those.
    """

    def __init__(self, user=None, request=None):
        if user is not None and (
            not getattr(user, "is_authenticated", False) or user.pk is None
        ):
            user = None  # anonymous, or a user not saved yet: no groups, no rights
        self.user = user
        self.request = request

    @property
    def user_key(self):
        return self.user.pk if self.user is not None else None

    def __repr__(self):
        return f"<Viewer {self.user or 'anonymous'}: {self.role}>"

    # Who ---------------------------------------------------------------------
    @property
    def is_active(self):
        return self.user is not None and self.user.is_active

    @cached_property
    def _groups(self):
        if not self.is_active:
            return {}
        return dict(self.user.groups.values_list("pk", "name"))

    @cached_property
    def group_ids(self):
        return frozenset(self._groups)

    @cached_property
    def is_superuser(self):
        return self.is_active and self.user.is_superuser

    @cached_property
    def is_lead_partner(self):
        """Lead partner or superuser: sees every region, approves, publishes."""
        if self.is_superuser:
            return True
        from cms.regional import LEAD_PARTNER as LEAD_GROUP

        return LEAD_GROUP in self._groups.values()

    @cached_property
    def is_thematic_expert(self):
        """Gives the expert opinion, the second level of a practice's validation
        (project-wide, in no region's name)."""
        from cms.regional import THEMATIC_EXPERTS

        return THEMATIC_EXPERTS in self._groups.values()

    @cached_property
    def _memberships(self):
        """{role: set of region translation keys} from the governance records."""
        from cms.models import RegionGovernance

        roles = {EDITOR: set(), COORDINATOR: set(), STAKEHOLDER: set()}
        if not self.group_ids:
            return roles
        groups = self.group_ids
        rows = RegionGovernance.objects.filter(
            Q(editors__in=groups)
            | Q(coordinators__in=groups)
            | Q(stakeholders__in=groups)
        ).values_list(
            "region__translation_key",
            "editors_id",
            "coordinators_id",
            "stakeholders_id",
        )
        for key, editors, coordinators, stakeholders in rows:
            if editors in groups:
                roles[EDITOR].add(key)
            if coordinators in groups:
                roles[COORDINATOR].add(key)
            if stakeholders in groups:
                roles[STAKEHOLDER].add(key)
        return roles

    @cached_property
    def audience(self):
        """The name of everyone who sees what this viewer sees, for caches shared
        by them (cms.pagecache, cms.fragments): a page that depends on who is
        looking is kept per audience, never per user, and never across audiences.

        It is made of what decides everything the public pages show: whether the
        viewer is signed in, their groups (which give their regions, roles and
        permissions), whether they are a superuser, and the page subtrees closed to
        them (the view restrictions, passwords passed in the session included).
        Two stakeholders of the same region share an audience; a stakeholder of
        another region, an editor or the lead partner does not. The restrictions
        are read afresh for each request, so a restriction added by any means
        renames the audiences it changes at once. What is one person's own (the
        CSRF token, the Wagtail user bar) is filled in per request.
        """
        groups = ",".join(str(pk) for pk in sorted(self.group_ids))
        hidden = "|".join(self.hidden_page_paths)
        name = f"groups={groups};superuser={int(self.is_superuser)};hidden={hidden}"
        digest = hashlib.sha256(name.encode()).hexdigest()[:32]
        return f"{ANONYMOUS if not self.is_active else 'audience'}:{digest}"

    @property
    def role(self):
        if self.user is None:
            return ANONYMOUS
        if self.is_superuser:
            return SUPERUSER
        if self.is_lead_partner:
            return LEAD_PARTNER
        for role in (COORDINATOR, EDITOR, STAKEHOLDER):
            if self._memberships[role]:
                return role
        return ANONYMOUS if not self.is_active else STAKEHOLDER

    def region_keys(self, *roles):
        """Translation keys of the regions where the viewer holds one of ``roles``
        (any role when none is given)."""
        roles = roles or (EDITOR, COORDINATOR, STAKEHOLDER)
        keys = set()
        for role in roles:
            keys |= self._memberships[role]
        return keys

    def _region_page_ids(self, *roles):
        keys = self.region_keys(*roles)
        if not keys:
            return frozenset()
        return frozenset(
            Page.objects.filter(translation_key__in=keys).values_list("pk", flat=True)
        )

    @cached_property
    def region_page_ids(self):
        """RegionPage ids (every language) of the regions the viewer works in."""
        return self._region_page_ids(EDITOR, COORDINATOR)

    @cached_property
    def coordinated_region_ids(self):
        """RegionPage ids (every language) of the regions the viewer coordinates."""
        return self._region_page_ids(COORDINATOR)

    # Publishing --------------------------------------------------------------
    @property
    def may_publish(self):
        """Only the lead partner (or a superuser) puts a change live directly;
        everyone else goes through the review workflow."""
        return self.is_lead_partner

    # Translating -------------------------------------------------------------
    @property
    def follows_every_translation(self):
        """The lead partner (or a superuser) follows the translations of every
        region and of the shared pages."""
        return self.is_superuser or self.is_lead_partner

    @cached_property
    def translation_region_keys(self):
        """Translation keys of the regions whose translations the viewer follows
        (those they edit or coordinate)."""
        return self.region_keys(EDITOR, COORDINATOR)

    @property
    def follows_translations(self):
        return self.follows_every_translation or bool(self.translation_region_keys)
