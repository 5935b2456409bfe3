from .inlines import (
    BrandColour,
    Incentive,
    InvestmentSite,
    ShowcaseSector,
    SuccessStory,
)
from .inquiries import InvestorInquiry
from .pages import BrandPage, InvestIndexPage, ShowcasePage

__all__ = [
    "BrandColour",
    "BrandPage",
    "Incentive",
    "InvestIndexPage",
    "InvestmentSite",
    "InvestorInquiry",
    "ShowcasePage",
    "ShowcaseSector",
    "SuccessStory",
]
