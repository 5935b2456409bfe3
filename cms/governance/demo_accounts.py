"""One demo account per role and region, and the lead partner's."""

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import check_password, make_password
from django.utils.text import slugify

from .provisioning import setup_governance
from .roles import (
    LEAD_PARTNER,
    ROLES,
    THEMATIC_EXPERTS,
    lead_partner_group,
    thematic_experts_group,
)


class SharedPassword:
    """The one password of every demo account, hashed once per run.

    The accounts share a password by design (``make run`` prints it once), so
    they share its hash too: hashing it for each of the 22 accounts, and checking
    it again on every later run, was most of the governance step's time (a
    PBKDF2 hash costs about a quarter of a second).
    """

    def __init__(self, password):
        self.password = password
        self._encoded = None
        self._matching = set()

    def encoded(self):
        if self._encoded is None:
            self._encoded = make_password(self.password)
            self._matching.add(self._encoded)
        return self._encoded

    def matches(self, encoded):
        if encoded not in self._matching and check_password(self.password, encoded):
            self._matching.add(encoded)
        return encoded in self._matching


def _demo_user(username, password, first_name, last_name, groups):
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=username,
        defaults={
            "email": f"{username}@compete-in.example",
            "first_name": first_name[:150],
            "last_name": last_name[:150],
        },
    )
    if password is None:
        if created:
            user.set_unusable_password()
            user.save()
    elif created or not password.matches(user.password):
        user.password = password.encoded()
        user.save()
    for group in groups:
        if not user.groups.filter(pk=group.pk).exists():
            user.groups.add(group)
    return user, created


def ensure_demo_users(password):
    """One editor, coordinator and stakeholder per region, plus ``lead-partner``.

    Returns [(username, description)] for the login list ``make run`` prints.
    """
    governances = setup_governance()
    password = SharedPassword(password) if password is not None else None
    accounts = []
    lead = lead_partner_group()
    _demo_user("lead-partner", password, "Lead", "Partner", [lead])
    accounts.append(("lead-partner", LEAD_PARTNER))
    experts = thematic_experts_group()
    _demo_user("thematic-expert", password, "Marta", "Esposito", [experts])
    accounts.append(("thematic-expert", THEMATIC_EXPERTS))
    for governance in governances:
        region = governance.region
        slug = slugify(region.slug)
        for role, group in zip(ROLES, governance.regional_groups, strict=True):
            username = f"{slug}-{role}"[:150]
            _demo_user(username, password, role.capitalize(), region.title, [group])
            accounts.append((username, group.name))
    return accounts
