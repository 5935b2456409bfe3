from .inlines import (
    BrandColour,
    Incentive,
    InvestmentSite,
    ShowcaseSector,
    SuccessStory,
)
from .inquiries import InquiryStatus, InvestorInquiry, InvestorInquiryNote
from .pages import BrandPage, InvestIndexPage, ShowcasePage

__all__ = [
    "BrandColour",
    "BrandPage",
    "Incentive",
    "InvestIndexPage",
    "InvestmentSite",
    "InquiryStatus",
    "InvestorInquiry",
    "InvestorInquiryNote",
    "ShowcasePage",
    "ShowcaseSector",
    "SuccessStory",
]
