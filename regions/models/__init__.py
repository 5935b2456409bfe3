from .inlines import RegionKeyFigure, RegionSector, StakeholderMember
from .pages import RegionIndexPage, RegionPage, ValueChainPage
from .snippets import Sector

__all__ = [
    "RegionIndexPage",
    "RegionKeyFigure",
    "RegionPage",
    "RegionSector",
    "Sector",
    "StakeholderMember",
    "ValueChainPage",
]
