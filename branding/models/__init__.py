from .brand import BrandPage
from .inlines import (
    BrandColour,
    Incentive,
    InvestmentSite,
    ShowcaseSector,
    SuccessStory,
)
from .inquiries import InquiryStatus, InvestorInquiry, InvestorInquiryNote
from .invest import InvestIndexPage
from .showcase import ShowcasePage

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
