from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from cms.api.router import api_router
from cms.governance.workflow_actions import WorkflowActionWithMessage
from cms.views import favicon, healthz

# Outside the language prefix: admin, documents and machine endpoints.
urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("favicon.ico", favicon, name="favicon"),
    path("django-admin/", admin.site.urls),
    # Wagtail's workflow action on its own address, saying what it did
    # (cms.governance.workflow_actions); reverse("wagtailadmin_pages:
    # workflow_action") gives this same address.
    path(
        "admin/pages/workflow/action/<int:page_id>/<slug:action_name>/"
        "<int:task_state_id>/",
        require_admin_access(WorkflowActionWithMessage.as_view()),
        name="competein_workflow_action",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # The read-only open-data API: pages, images, documents (all languages).
    path("api/v2/", api_router.urls),
    path("i18n/", include("django.conf.urls.i18n")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Public pages live under /en/, /it/, /es/, /sv/, /pl/. A bare "/" is redirected by
# LocaleMiddleware according to the browser's Accept-Language header.
urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("opendata/", include("cms.opendata.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
