"""One demo account per role and region, and the lead partner's."""

from django.contrib.auth import get_user_model
from django.utils.text import slugify

from .provisioning import setup_governance
from .roles import LEAD_PARTNER, ROLES, lead_partner_group


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
    elif created or not user.check_password(password):
        user.set_password(password)
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
    accounts = []
    lead = lead_partner_group()
    _demo_user("lead-partner", password, "Lead", "Partner", [lead])
    accounts.append(("lead-partner", LEAD_PARTNER))
    for governance in governances:
        region = governance.region
        slug = slugify(region.slug)
        for role, group in zip(ROLES, governance.regional_groups, strict=True):
            username = f"{slug}-{role}"[:150]
            _demo_user(username, password, role.capitalize(), region.title, [group])
            accounts.append((username, group.name))
    return accounts
