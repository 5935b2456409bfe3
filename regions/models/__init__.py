from .action_plans import ActionPlanPage
from .actions import ActionIndicator, PlanAction
from .inlines import RegionKeyFigure, RegionSector, StakeholderMember
from .monitoring import (
    ActionProgress,
    IndicatorMeasurement,
    MonitoringEvidence,
    MonitoringReport,
)
from .pages import RegionIndexPage, RegionPage
from .snippets import Sector
from .value_chains import ValueChainPage

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
