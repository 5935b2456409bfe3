"""API fields of the regions app's pages (the floor's generic ones are in
``cms.api.fields``)."""

from rest_framework.fields import Field

from cms.api.fields import plain

from .opendata.action_plans import indicator_record, latest_monitoring, status_record


class ActionsWithMonitoring(Field):
    """A plan's actions, each with its indicators and latest monitoring status.

    Statuses and measurements come from submitted monitoring reports only (two
    queries per plan), matched by translation key so a translated plan shows the
    progress reported on its source.
    """

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, manager):
        actions = list(manager.all().prefetch_related("indicators"))
        progress, measurements = latest_monitoring(
            [action.translation_key for action in actions]
        )
        return [
            {
                "title": action.title,
                "background": action.background,
                "activities": action.activities,
                "players": action.players,
                "start_date": plain(action.start_date),
                "end_date": plain(action.end_date),
                "indicative_cost": plain(action.indicative_cost),
                "funding_sources": action.funding_sources,
                "indicators": [
                    indicator_record(indicator, measurements)
                    for indicator in action.indicators.all()
                ],
                "latest_status": status_record(progress.get(action.translation_key)),
            }
            for action in actions
        ]
