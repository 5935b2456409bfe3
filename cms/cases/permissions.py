"""Who may see and act on which case, as Wagtail's generic views ask it.

The rule itself lives in the access layer (``cms.access.Viewer.cases``): the lead
partner sees every case, a region's coordinators their region's, nobody else any.
This policy carries it into Wagtail's listing, inspect, edit, delete, history,
usage, chooser, bulk-action and export views.
"""

from wagtail.permission_policies import ModelPermissionPolicy

from cms.access import viewer_for


class CasePermissionPolicy(ModelPermissionPolicy):
    """Model permissions, narrowed to the cases of the user's own regions."""

    def user_has_permission_for_instance(self, user, action, instance):
        return super().user_has_permission_for_instance(
            user, action, instance
        ) and viewer_for(user).may_see_case(instance)

    def instances_user_has_permission_for(self, user, action):
        return viewer_for(user).cases(
            super().instances_user_has_permission_for(user, action)
        )

    def instances_user_has_any_permission_for(self, user, actions):
        return viewer_for(user).cases(
            super().instances_user_has_any_permission_for(user, actions)
        )

    def users_with_any_permission_for_instance(self, actions, instance):
        from cms.access import case_workers

        return (
            super()
            .users_with_any_permission_for_instance(actions, instance)
            .filter(pk__in=case_workers([instance.region_id]).values("pk"))
        )


class PublicCasePermissionPolicy(CasePermissionPolicy):
    """Region-scoped like every case; and nobody adds one by hand: cases of this
    kind (investor inquiries, practice questions) come only from a public form."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)
