"""An explicit, declarative state machine for cases."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _


class IllegalTransition(Exception):
    """Raised when a case is asked to move where its workflow does not allow."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class StateMachine:
    """States, the initial one, and the allowed moves between them.

    ``transitions`` maps a state to the states reachable from it. ``from_any``
    lists states reachable from every non-final state (e.g. "abandoned").
    ``final`` states accept no further move; ``closed`` states count as done
    for overdue calculations and "my open cases".
    """

    initial: str
    transitions: dict
    labels: dict
    from_any: tuple = ()
    final: tuple = ()
    closed: tuple = field(default=())

    def allowed(self, state):
        if state in self.final:
            return []
        targets = list(self.transitions.get(state, ()))
        targets += [s for s in self.from_any if s != state and s not in targets]
        return targets

    def check(self, current, target):
        """Raise IllegalTransition with a message a user can act on."""
        if target not in self.labels:
            raise IllegalTransition(
                _("“%(state)s” is not a known state.") % {"state": target}
            )
        if target == current:
            raise IllegalTransition(
                _("The case is already “%(state)s”.") % {"state": self.labels[target]}
            )
        if target not in self.allowed(current):
            allowed = ", ".join(f"“{self.labels[s]}”" for s in self.allowed(current))
            raise IllegalTransition(
                _(
                    "A case cannot move from “%(current)s” to “%(target)s”. "
                    "Allowed: %(allowed)s."
                )
                % {
                    "current": self.labels.get(current, current),
                    "target": self.labels[target],
                    "allowed": allowed or _("none (the case is closed)"),
                }
            )

    def is_closed(self, state):
        return state in self.closed or state in self.final
