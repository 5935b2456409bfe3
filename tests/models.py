"""A case type used only by the tests of the shared case framework."""

from django.db import models

from cms.cases.state_machine import StateMachine
from cms.models import BaseCase, BaseCaseNote


class ExampleCase(BaseCase):
    reference_prefix = "EX"
    workflow = StateMachine(
        initial="open",
        transitions={"open": ("working",), "working": ("done",)},
        labels={
            "open": "Open",
            "working": "Working",
            "done": "Done",
            "dropped": "Dropped",
        },
        from_any=("dropped",),
        final=("done", "dropped"),
    )
    status = models.CharField(max_length=20, editable=False, default="open")


class ExampleCaseNote(BaseCaseNote):
    case = models.ForeignKey(
        ExampleCase, on_delete=models.CASCADE, related_name="notes"
    )
