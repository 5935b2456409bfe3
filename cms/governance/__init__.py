"""Who may do what, region by region: groups, collections, permissions, workflow.

Seven organisations edit one site, each in its own region. For every RegionPage
(in the source language; its translations share the groups) this module keeps:

- "<Region> editors": add and change pages in the region's subtree, in every language;
- "<Region> coordinators": the same, plus lock and unlock; they review their
  region's pages (the workflow's first step) but never publish: nothing goes live
  without the lead partner's approval;
- both may also add pages to the shared indexes every region contributes to (the
  good practice library) and edit the pages they created there; such a page
  belongs to the region it names (a practice's origin region) for the review;
- "<Region> stakeholders": may view the region's internal pages and documents;
- a collection named after the region, with an "<Region> internal" child whose view
  restriction admits only the region's groups and the lead partner.

One "Lead partner" group has every right on the whole site, and one workflow,
"Regional review, then lead partner approval", covers every page.

Everything is looked up before it is created, so running it again changes nothing.
The region page type comes from ``COMPETEIN_REGION_PAGE_MODEL``: ``cms`` is the floor
the other apps build on and does not import them.

``roles`` (names and rights), ``regions`` (where things belong), ``provisioning``
(setting up and retiring regions), ``workflow`` (the review) and ``demo_accounts``.
"""

from .demo_accounts import ensure_demo_users
from .provisioning import (
    region_pages,
    restrict_to_stakeholders,
    retire_region,
    revoke_regional_publishing,
    setup_governance,
    setup_lead_partner,
    setup_region,
    setup_thematic_experts,
)
from .regions import (
    governance_of_collection,
    named_region,
    region_fields,
    region_governance_for,
    region_of,
    shared_index_pages,
    source_region,
)
from .roles import (
    COORDINATOR_PAGE_PERMISSIONS,
    EDITOR_PAGE_PERMISSIONS,
    LEAD_PARTNER,
    LEAD_PARTNER_TASK_NAME,
    PUBLISH_PAGE_PERMISSIONS,
    REGIONAL_TASK_NAME,
    ROLES,
    THEMATIC_EXPERTS,
    WORKFLOW_NAME,
    access_admin,
    case_permissions,
    lead_partner_group,
    page_permission,
    permission,
    region_page_model,
    thematic_experts_group,
)
from .workflow import setup_workflow

__all__ = [
    "COORDINATOR_PAGE_PERMISSIONS",
    "EDITOR_PAGE_PERMISSIONS",
    "LEAD_PARTNER",
    "LEAD_PARTNER_TASK_NAME",
    "PUBLISH_PAGE_PERMISSIONS",
    "REGIONAL_TASK_NAME",
    "ROLES",
    "THEMATIC_EXPERTS",
    "WORKFLOW_NAME",
    "access_admin",
    "case_permissions",
    "ensure_demo_users",
    "governance_of_collection",
    "lead_partner_group",
    "named_region",
    "page_permission",
    "permission",
    "region_fields",
    "region_governance_for",
    "region_of",
    "region_page_model",
    "region_pages",
    "restrict_to_stakeholders",
    "retire_region",
    "revoke_regional_publishing",
    "setup_governance",
    "setup_lead_partner",
    "setup_region",
    "setup_thematic_experts",
    "setup_workflow",
    "shared_index_pages",
    "source_region",
    "thematic_experts_group",
]
