from .action_plans import (
    ActionIndicator,
    ActionPlanPage,
    ActionProgress,
    IndicatorMeasurement,
    MonitoringEvidence,
    MonitoringReport,
    PlanAction,
)
from .inlines import RegionKeyFigure, RegionSector, StakeholderMember
from .pages import RegionIndexPage, RegionPage, ValueChainPage
from .snippets import Sector

__all__ = [
    "ActionIndicator",
    "ActionPlanPage",
    "ActionProgress",
    "IndicatorMeasurement",
    "MonitoringEvidence",
    "MonitoringReport",
    "PlanAction",
    "RegionIndexPage",
    "RegionKeyFigure",
    "RegionPage",
    "RegionSector",
    "Sector",
    "StakeholderMember",
    "ValueChainPage",
]
