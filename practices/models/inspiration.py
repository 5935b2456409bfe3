"""Which good practices inspired which actions of the Local Action Plans.

The link crosses apps, so the upper one owns it: ``regions`` knows plans and
actions, this app adds the practices that inspired them (``PlanAction.
inspiring_practices``, edited in the plan's page editor; ``PracticePage.
inspired_actions``, read by the traceability views). The table keeps the name it
had when the link lived in ``regions`` (``regions_actionpractice``).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


class ActionPractice(Orderable):
    """A good practice that inspired an action.

    Not translatable: the link is language-independent and is copied into every
    translation (pointing at the practice in the source language; pages show the
    practice in their own language through its translation_key).
    """

    action = ParentalKey(
        "regions.PlanAction",
        on_delete=models.CASCADE,
        related_name="inspiring_practices",
    )
    practice = models.ForeignKey(
        "practices.PracticePage",
        on_delete=models.CASCADE,
        related_name="inspired_actions",
        verbose_name=_("practice"),
        help_text=_("A good practice this action learns from."),
    )

    panels = [FieldPanel("practice")]

    class Meta(Orderable.Meta):
        db_table = "regions_actionpractice"
        verbose_name = _("inspiring practice")
        verbose_name_plural = _("inspiring practices")
