from django.db import connection
from django.http import HttpResponse
from django.shortcuts import redirect
from django.templatetags.static import static
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


@never_cache
@require_safe
def healthz(request):
    """For load balancers and the benchmarks: one trivial query, no template."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return HttpResponse("ok", content_type="text/plain")


@require_safe
def favicon(request):
    """Browsers and crawlers that ask for /favicon.ico get the site's SVG icon.

    Pages name the icon with <link rel="icon">; this covers the clients that do
    not read it. The static URL is resolved per request (hashed in production).
    """
    return redirect(static("img/favicon.svg"), permanent=True)
