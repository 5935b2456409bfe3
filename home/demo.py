"""Demo content of the home app: the home page, the standard pages, the open-data
page, the privacy notice and the footer.

The texts are data, in ``demo_content/site.yaml``, each with its four
translations; this module only builds the pages from them.
"""

import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from cms.demo import (
    add_child_once,
    english,
    publish,
    read,
    site_root,
    strings,
    translate,
)
from cms.demo_pictures import demo_picture
from home.factories import HomePageFactory, OpenDataPageFactory, StandardPageFactory
from home.models import FooterText, HomePage, SiteSettings


def privacy_slug():
    """The slug of the privacy notice the investor forms link to."""
    return english(read("home", "site"))["privacy"]["slug"]


def paragraph(text):
    return ("paragraph", f"<p>{text}</p>")


def emblem_image(demo):
    """An EU-style emblem (twelve gold stars on blue), drawn so no file is needed."""
    Image = get_image_model()
    existing = Image.objects.filter(title="European Union emblem").first()
    if existing is not None:
        return existing
    import math

    width, height = 300, 200
    canvas = PILImage.new("RGB", (width, height), (0, 51, 153))
    draw = ImageDraw.Draw(canvas)
    cx, cy, ring, star = width / 2, height / 2, 66, 11
    for i in range(12):
        angle = 2 * math.pi * i / 12
        x, y = cx + ring * math.sin(angle), cy - ring * math.cos(angle)
        points = []
        for k in range(10):
            r = star if k % 2 == 0 else star * 0.4
            a = math.pi * k / 5
            points.append((x + r * math.sin(a), y - r * math.cos(a)))
        draw.polygon(points, fill=(255, 204, 0))
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    image = Image(title="European Union emblem")
    image.file = ImageFile(buffer, name="eu-emblem.png")
    image.save()
    demo.count("images")
    return image


def home_sections(text):
    """The home page's sections: the ways in and the featured pages are left to
    their automatic choice (the main menu, the regions, the latest practices,
    the coming events), so that they follow the content."""

    def featured(kind, count, heading, link):
        return (
            "featured",
            {
                "heading": text[heading],
                "kind": kind,
                "pages": [],
                "count": count,
                "link_label": text[link],
            },
        )

    return [
        ("entry_points", {"heading": text["ways_in"], "entries": []}),
        (
            "key_figures",
            {
                "heading": text["figures"],
                "counts": True,
                "figures": [
                    {
                        "value": text["budget_value"],
                        "label": text["budget_label"],
                        "year": 2016,
                        "source": "Interreg Europe",
                    }
                ],
            },
        ),
        ("partner_map", {"heading": text["map"], "text": text["map_text"]}),
        featured("regions", 4, "regions", "regions_link"),
        featured("practices", 3, "practices", "practices_link"),
        featured("events", 3, "events", "events_link"),
    ]


def ensure_home_page(demo, text):
    """Replace Wagtail's welcome page with the English HomePage and point the site at it."""
    root = site_root()
    english = Locale.get_default()
    home = HomePage.objects.filter(locale=english, depth=2).first()
    if home is None:
        Page.objects.filter(depth=2, content_type__model="page", slug="home").delete()
        home = HomePageFactory.build(
            title=text["title"],
            slug=text["slug"],
            locale=english,
            hero_title=text["hero_title"],
            hero_text=text["hero_text"],
            hero_cta_label=text["hero_cta_label"],
            intro=f"<p>{text['intro']}</p>",
            sections=home_sections(text["sections"]),
            hero_image=demo_picture(
                "COMPETE IN", "network", ["#003399", "#ffcc00", "#5b8db8"]
            ),
            body=[
                ("heading", {"text": text["pillars_heading"], "size": "h2"}),
                paragraph(text["pillars"]),
                ("quote", {"quote": text["quote"], "attribution": text["quote_by"]}),
            ],
            search_description=text["hero_text"],
        )
        root.add_child(instance=home)
        publish(home, demo.user)
        demo.count("pages")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    if site.root_page_id != home.id or site.site_name != "COMPETE IN":
        site.root_page = home
        site.site_name = "COMPETE IN"
        site.save()
    return home


def load_open_data_page(demo, home, record):
    text = english(record)
    page, created = add_child_once(
        home,
        OpenDataPageFactory.build(
            title=text["title"],
            slug=text["slug"],
            intro=text["intro"],
            body=[paragraph(text["terms"])],
        ),
        user=demo.user,
    )
    demo.count("pages", int(created))
    demo.count("translations", translate(page, strings(record), user=demo.user))
    return page


def load_privacy_page(demo, home, record):
    """The privacy notice the showcases' contact forms link to."""
    text = english(record)
    body = []
    for section in text["sections"]:
        body.append(("heading", {"text": section["heading"], "size": "h2"}))
        body.append(paragraph(section["text"]))
    page, created = add_child_once(
        home,
        StandardPageFactory.build(
            title=text["title"],
            slug=text["slug"],
            intro=text["intro"],
            body=body,
            search_description=text["intro"],
        ),
        user=demo.user,
    )
    demo.count("pages", int(created))
    demo.count("translations", translate(page, strings(record), user=demo.user))
    return page


def load(demo):
    site_data = read("home", "site")
    table = strings(site_data["home"], site_data["pages"], site_data["footer"])
    home = ensure_home_page(demo, english(site_data["home"]))
    pages = []
    for text in english(site_data["pages"]):
        page, created = add_child_once(
            home,
            StandardPageFactory.build(
                title=text["title"],
                slug=text["slug"],
                intro=text["intro"],
                body=[
                    paragraph(paragraph_text) for paragraph_text in text["paragraphs"]
                ],
                show_in_menus=text["show_in_menus"],
                search_description=text["intro"],
            ),
            user=demo.user,
        )
        demo.count("pages", int(created))
        pages.append(page)

    about = pages[0]
    if home.hero_cta_page_id != about.id:
        home.hero_cta_page = about
        publish(home, demo.user)

    demo.count("translations", translate(home, table, user=demo.user))
    for page in pages:
        demo.count("translations", translate(page, table, user=demo.user))
    load_open_data_page(demo, home, site_data["open_data"])
    load_privacy_page(demo, home, site_data["privacy"])

    emblem = emblem_image(demo)
    site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    wanted = {
        "site_name": "COMPETE IN",
        "contact_email": "info@compete-in.example",
        "emblem": emblem,
        "linkedin_url": "https://www.linkedin.com/company/interreg-europe/",
        "youtube_url": "https://www.youtube.com/@InterregEurope",
    }
    if any(getattr(site_settings, key) != value for key, value in wanted.items()):
        for key, value in wanted.items():
            setattr(site_settings, key, value)
        site_settings.save()

    footer = FooterText.objects.filter(locale=Locale.get_default()).first()
    if footer is None:
        footer = FooterText.objects.create(
            locale=Locale.get_default(), **english(site_data["footer"])
        )
        demo.count("snippets")
    demo.count("translations", translate(footer, table, user=demo.user))
