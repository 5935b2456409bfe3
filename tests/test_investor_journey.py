"""The investor's journey, followed by its links as a visitor would (issue 17):
home → region → showcase → site (in the site finder too) → inquiry with its
reference, in English, Italian and Polish, on the demo site. No step may need a
URL typed by hand, and no step may show the English of a visible label on an
Italian or Polish page.
"""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from wagtail.models import Locale

from branding.models import InvestIndexPage, InvestorInquiry, ShowcasePage
from regions.models import RegionPage

pytestmark = pytest.mark.django_db

# Visible labels of the journey's pages, in English: none may show elsewhere.
ENGLISH_LABELS = [
    "Contact the investment desk",
    "Download the factsheet",
    "Investment sites",
    "Why invest here",
    "Find an investment site",
    "Your name",
    "Send to the investment desk",
    "Partner regions",
    "Find your way",
]


@pytest.fixture
def fresh_rate_limit():
    cache.clear()
    yield
    cache.clear()


def links(html):
    return set(re.findall(r'href="([^"#]+)(?:#[^"]*)?"', html))


def page_html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def assert_in_language(html, language, where):
    assert f'<html lang="{language}"' in html, where
    if language != "en":
        for label in ENGLISH_LABELS:
            assert f">{label}<" not in html, (where, label)


@pytest.mark.parametrize("language", ["en", "it", "pl"])
def test_home_to_inquiry_without_a_dead_end(client, language, fresh_rate_limit):
    locale = Locale.objects.get(language_code=language)
    home = page_html(client, f"/{language}/")
    assert_in_language(home, language, "home")

    # Home → a partner region (featured, and on the map).
    region = (
        RegionPage.objects.live().filter(locale=locale, slug="silesia").first()
        or RegionPage.objects.live().filter(locale=locale).order_by("title").first()
    )
    assert region.url in links(home)
    region_html = page_html(client, region.url)
    assert_in_language(region_html, language, "region")

    # Region → its showcase.
    showcase = ShowcasePage.objects.live().child_of(region).get()
    assert showcase.url in links(region_html)
    showcase_html = page_html(client, showcase.url)
    assert_in_language(showcase_html, language, "showcase")

    # Showcase → each of its sites, on the page and on the map.
    site = showcase.investment_sites.first()
    assert f'id="site-{site.pk}"' in showcase_html
    assert f'href="#site-{site.pk}"' in showcase_html or (
        f'href="{showcase.url}#site-{site.pk}"' in showcase_html
    )

    # Showcase → the site finder, narrowed to the region; the site is there and
    # links back to the showcase and to its desk.
    invest = InvestIndexPage.objects.get(locale=locale)
    finder_url = next(
        url for url in links(showcase_html) if url.startswith(invest.url) and "?" in url
    )
    finder_html = page_html(client, finder_url.replace("&amp;", "&"))
    assert_in_language(finder_html, language, "finder")
    assert f'href="{showcase.url}#site-{site.pk}"' in finder_html
    assert f'href="{showcase.url}#contact"' in finder_html

    # The inquiry: the form is on the showcase, in the page's language, and
    # sending it gives a reference on the page (and in the e-mail).
    action = re.search(
        r'<form class="inquiry-form[^"]*" method="post" action="([^"]+)"', showcase_html
    ).group(1)
    response = client.post(
        action,
        {
            "name": "Aiko Tanaka",
            "company": "Tanaka Robotics",
            "email": "aiko@tanaka.example",
            "country": "Japan",
            "message": "We look for a 20,000 m² site.",
            "consent": "on",
            "website": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:500]
    thanks = page_html(client, response["Location"])
    assert_in_language(thanks, language, "thanks")
    inquiry = InvestorInquiry.objects.order_by("-pk").first()
    assert inquiry.reference in thanks
    assert any(inquiry.reference in message.body for message in mail.outbox)
