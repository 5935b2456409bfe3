from .base import BasePage
from .pages import HomePage, OpenDataPage, StandardPage
from .settings import FooterText, SiteSettings

__all__ = [
    "BasePage",
    "FooterText",
    "HomePage",
    "OpenDataPage",
    "SiteSettings",
    "StandardPage",
]
