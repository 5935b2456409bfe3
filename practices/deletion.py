"""What depends on a good practice or a plan action: the transfer cases that adopt
it and the actions it inspired (cms.deletion asks these checks)."""

from django.urls import reverse
from django.utils.translation import gettext as _

from cms.deletion import Dependants, case_link, register_page_check

from .models import ActionPractice, TransferCase


@register_page_check
def transfer_cases(page_ids):
    cases = (
        TransferCase.objects.filter(practice_id__in=page_ids)
        | TransferCase.objects.filter(action__page_id__in=page_ids)
    ).order_by("reference")
    return [
        Dependants(
            _("Transfer cases that adopt this practice or became one of its actions"),
            [case_link(case) for case in cases],
            _(
                "Unpublish the page instead: the cases keep their practice and "
                "action. To delete it, first abandon or close its cases."
            ),
        )
    ]


@register_page_check
def inspired_actions(page_ids):
    links = (
        ActionPractice.objects.filter(practice_id__in=page_ids)
        .exclude(action__page_id__in=page_ids)
        .select_related("action__page")
        .order_by("action__page_id", "action__sort_order")
    )
    return [
        Dependants(
            _("Actions of Local Action Plans inspired by this practice"),
            [
                (
                    f"{link.action.title} · {link.action.page.title}",
                    reverse("wagtailadmin_pages:edit", args=[link.action.page_id]),
                )
                for link in links
            ],
            _(
                "Unpublish the practice instead: the actions keep naming it. To "
                "delete it, first remove it from the actions' inspiring practices "
                "in their plans."
            ),
        )
    ]
