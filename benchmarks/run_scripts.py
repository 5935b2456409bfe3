"""What benchmarks/run.py runs inside the project (``manage.py shell -c``): the
pages to load, the signed-in visitors' sessions, the query counts and the search
latency. Each script prints one line of JSON."""

URLS_SCRIPT = r"""
import json
from django.apps import apps
from wagtail.models import Page

def first_url(label, **filters):
    try:
        model = apps.get_model(label)
    except LookupError:
        return None
    page = model.objects.live().filter(locale__language_code="en", **filters).first()
    return page.url if page else None

urls = {"/healthz (floor)": "/healthz", "home page": "/en/"}
region = first_url("regions.RegionPage")
if region:
    urls["region profile"] = region
listing = first_url("practices.PracticeIndexPage")
if listing:
    urls["practice listing"] = listing
    urls["practice listing, 2 facets"] = listing + "?pillar=governance&level=regional"
practice = first_url("practices.PracticePage")
if practice:
    urls["practice page"] = practice
urls["search, common word"] = "/en/search/?q=export"
plan = first_url("regions.ActionPlanPage")
if plan:
    urls["action plan progress"] = plan + "progress/"
print(json.dumps(urls))
"""

# Sessions of the signed-in visitors (a stakeholder and a member of staff of the
# first partner region, and the lead partner for the admin listings), and the
# admin pages, requested with the lead partner's session (the biggest listings).
SESSIONS_SCRIPT = r"""
import json
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore
from django.urls import reverse
from wagtail.models import Page
from regions.models import RegionPage
User = get_user_model()

def session_of(user):
    session = SessionStore()
    session["_auth_user_id"] = str(user.pk)
    session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
    session["_auth_user_hash"] = user.get_session_auth_hash()
    session.create()
    return session.session_key

region = RegionPage.objects.live().filter(locale__language_code="en").first()
people = {"lead partner": User.objects.get(username="admin")}
for role, name in (("stakeholder", "stakeholder"), ("editor", "staff")):
    people[name] = User.objects.get(username=f"{region.slug}-{role}")
print(json.dumps({
    "sessions": {name: session_of(user) for name, user in people.items()},
    "usernames": {name: user.username for name, user in people.items()},
    "urls": {
        "admin: transfer cases": reverse("wagtailsnippets_practices_transfercase:list"),
        "admin: investor inquiries": reverse(
            "wagtailsnippets_branding_investorinquiry:list"
        ),
    },
}))
"""

# Search latency in-process: the ranked first page of results plus the count,
# as the search page asks for them, for common and rare words.
SEARCH_SCRIPT = r"""
import json, statistics, time
from wagtail.models import Locale, Page
from practices.models import PracticePage
english = Locale.objects.get(language_code="en")
pages = Page.objects.live().filter(locale=english)
words = ["export", "digital", "voucher", "matchmaking", "food", "academy",
         "nothingmatches"]
timings = []
for word in words:
    list(pages.search(word, operator="and")[:10])  # warm
for _ in range(20):
    for word in words:
        started = time.perf_counter()
        results = pages.search(word, operator="and")
        list(results[:10])
        results.count()
        timings.append((time.perf_counter() - started) * 1000)
timings.sort()
print(json.dumps({
    "practices": PracticePage.objects.filter(locale=english).count(),
    "indexed pages": Page.objects.live().count(),
    "searches": len(timings),
    "p50": statistics.median(timings),
    "p99": timings[min(len(timings) - 1, round(0.99 * len(timings)) - 1)],
}))
"""

QUERIES_SCRIPT = r"""
import json, os
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
urls = json.loads(os.environ["BENCH_URLS"])
admin_urls = json.loads(os.environ["BENCH_ADMIN_URLS"])
usernames = json.loads(os.environ["BENCH_USERNAMES"])
User = get_user_model()
clients = {"anonymous": Client(HTTP_HOST="127.0.0.1")}
for name, username in usernames.items():
    clients[name] = Client(HTTP_HOST="127.0.0.1")
    clients[name].force_login(User.objects.get(username=username))
counts = {}
pages = [(name, url, visitor) for name, url in urls.items()
         for visitor in ("anonymous", "stakeholder", "staff")]
pages += [(name, url, "lead partner") for name, url in admin_urls.items()]
for name, url, visitor in pages:
    client = clients[visitor]
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        status = client.get(url).status_code
    counts[f"{visitor}|{name}"] = [len(context), status]
print(json.dumps(counts))
"""
