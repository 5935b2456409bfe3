from .base import BasePage
from .pages import HomePage, StandardPage
from .settings import FooterText, SiteSettings

__all__ = ["BasePage", "FooterText", "HomePage", "SiteSettings", "StandardPage"]
