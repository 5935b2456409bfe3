import pytest

from cms.cases.state_machine import IllegalTransition, StateMachine

MACHINE = StateMachine(
    initial="new",
    transitions={
        "new": ("assigned",),
        "assigned": ("answered",),
        "answered": ("closed",),
    },
    labels={
        "new": "New",
        "assigned": "Assigned",
        "answered": "Answered",
        "closed": "Closed",
        "spam": "Spam",
    },
    from_any=("spam",),
    final=("closed", "spam"),
)


def test_allowed_moves_include_from_any_states():
    assert MACHINE.allowed("new") == ["assigned", "spam"]
    assert MACHINE.allowed("answered") == ["closed", "spam"]
    assert MACHINE.allowed("closed") == []


@pytest.mark.parametrize(
    ("current", "target"), [("new", "assigned"), ("assigned", "spam")]
)
def test_legal_moves_pass(current, target):
    MACHINE.check(current, target)


@pytest.mark.parametrize(
    ("current", "target", "words"),
    [
        ("new", "closed", "cannot move from “New” to “Closed”"),
        ("closed", "new", "none (the case is closed)"),
        ("new", "new", "already “New”"),
        ("new", "bogus", "not a known state"),
    ],
)
def test_illegal_moves_explain_themselves(current, target, words):
    with pytest.raises(IllegalTransition) as error:
        MACHINE.check(current, target)
    assert words in error.value.message
