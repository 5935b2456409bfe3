"""The regions app's open-data exports (found by ``cms.opendata`` by this name):
territories, their key figures, Local Action Plans and their actions."""

from .action_plans import ActionPlanDataset, PlanActionDataset
from .territories import KeyFigureDataset, RegionDataset

DATASETS = [RegionDataset, KeyFigureDataset, ActionPlanDataset, PlanActionDataset]
