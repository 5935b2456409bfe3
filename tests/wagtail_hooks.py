from wagtail.snippets.models import register_snippet

from cms.cases.views import CaseViewSet
from tests.models import ExampleCase


class ExampleCaseViewSet(CaseViewSet):
    model = ExampleCase
    menu_label = "Example cases"


register_snippet(ExampleCaseViewSet)
