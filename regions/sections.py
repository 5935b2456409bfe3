"""Sections that apps above this one add to a region's profile.

``regions`` may not import ``practices`` or ``branding``. An upper app registers,
through Wagtail's hook registry, ``register_region_section``: a function
``section(region, request)`` returning safe HTML (or "") for the profile
(practices: "Practices that could work here"). A section keeps its own query
cost fixed; the profile's query budget counts them all.
"""

from django.utils.safestring import mark_safe
from wagtail import hooks


def region_sections(region, request):
    """The registered sections' HTML for ``region``, empty ones left out."""
    rendered = (
        section(region, request)
        for section in hooks.get_hooks("register_region_section")
    )
    return [mark_safe(html) for html in rendered if html]
