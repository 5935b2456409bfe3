from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Sector


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "tag"
    menu_label = _("Sectors")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "code", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]
    ordering = ["name"]


register_snippet(SectorViewSet)
