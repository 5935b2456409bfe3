"""Demo content of the search app: the demo accounts' saved searches, a
subscription to a digest, and one search published as a collection page in
every language.

Saved searches belong to the demo accounts, which the loader makes after every
app's pages, so they are added in ``load_cases`` (run once the accounts exist).
Idempotent: a saved search is found by owner and name, the page by its slug.
"""

from django.contrib.auth import get_user_model
from wagtail.models import Locale

from cms.demo import add_child_once, english, read, strings, translate
from home.models import HomePage
from search.models import SavedSearch, SavedSearchSubscription, SearchCollectionPage
from search.saved import normalise


def ensure_saved_searches(demo, data):
    users = {
        user.username: user
        for user in get_user_model().objects.filter(
            username__in=[record["owner"] for record in data["saved"]]
        )
    }
    found = {}
    for record in data["saved"]:
        owner = users.get(record["owner"])
        if owner is None:
            continue
        saved, created = SavedSearch.objects.get_or_create(
            owner=owner,
            name=record["name"],
            defaults={
                "source": record["source"],
                "query": normalise(record["source"], record["query"]),
                "language": record["language"],
            },
        )
        if created:
            demo.count("saved searches")
        if record.get("subscribed"):
            SavedSearchSubscription.objects.get_or_create(
                saved_search=saved, subscriber=owner
            )
        found[saved.name] = saved
    return found


def ensure_collection(demo, record, saved_searches):
    home = HomePage.objects.filter(locale=Locale.get_default(), depth=2).first()
    saved = saved_searches.get(record["saved"])
    if home is None or saved is None:
        return
    data = english(record)
    page = home.get_children().filter(slug=data["slug"]).first()
    if page is None:
        page, _created = add_child_once(
            home,
            SearchCollectionPage(
                title=data["title"],
                slug=data["slug"],
                intro=data["intro"],
                search_description=data["intro"],
                source=saved.source,
                query=saved.query,
                saved_search=saved,
            ),
            user=demo.user,
        )
        demo.count("pages")
    demo.count("translations", translate(page.specific, strings(record), demo.user))


def load_cases(demo):
    data = read("search", "saved_searches")
    saved_searches = ensure_saved_searches(demo, data)
    ensure_collection(demo, data["collection"], saved_searches)
