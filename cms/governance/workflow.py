"""The one review workflow: the region's coordinators, then the lead partner."""

from wagtail.models import (
    GroupApprovalTask,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .roles import LEAD_PARTNER_TASK_NAME, REGIONAL_TASK_NAME, WORKFLOW_NAME


def setup_workflow(lead_group):
    from cms.models import RegionalCoordinatorApprovalTask

    regional = RegionalCoordinatorApprovalTask.objects.filter(
        name=REGIONAL_TASK_NAME
    ).first() or RegionalCoordinatorApprovalTask.objects.create(name=REGIONAL_TASK_NAME)
    final = GroupApprovalTask.objects.filter(
        name=LEAD_PARTNER_TASK_NAME
    ).first() or GroupApprovalTask.objects.create(name=LEAD_PARTNER_TASK_NAME)
    if not final.groups.filter(pk=lead_group.pk).exists():
        final.groups.add(lead_group)

    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    for order, task in enumerate((regional, final)):
        link = WorkflowTask.objects.filter(workflow=workflow, task=task).first()
        if link is None:
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
        elif link.sort_order != order:
            link.sort_order = order
            link.save(update_fields=["sort_order"])

    # The tree root is the parent of every language's home page: one assignment
    # covers the whole site, present and future languages alike.
    root = Page.get_first_root_node()
    assignment = WorkflowPage.objects.filter(page=root).first()
    if assignment is None:
        WorkflowPage.objects.create(page=root, workflow=workflow)
    elif assignment.workflow_id != workflow.pk:
        assignment.workflow = workflow
        assignment.save(update_fields=["workflow"])
    return workflow
