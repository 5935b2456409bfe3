"""Which public URLs and forms the quality gates check, found rather than listed.

The pages come from walking the page tree (every live, public page of every locale),
so a new page type joins the checks as soon as the demo content has one. Links and
forms are read from the rendered HTML, which also finds routes that are not pages
(pagination, filters, sub-routes of routable pages).
"""

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urljoin, urlsplit

LANGUAGE_PREFIXES = ("/en/", "/it/", "/es/", "/sv/", "/pl/")


def page_tree_urls():
    """(language code, page type, URL) of every live public page, walking the tree.

    Imported lazily: the browser suite also runs this in the demo server's process.
    """
    from wagtail.models import Page, Site

    urls = []
    roots = Page.objects.filter(
        translation_key__in=Site.objects.values("root_page__translation_key")
    )
    for root in roots.select_related("locale").order_by("path"):
        pages = (
            Page.objects.descendant_of(root, inclusive=True)
            .live()
            .public()
            .select_related("locale", "content_type")
            .order_by("path")
        )
        for page in pages:
            url = page.get_url()
            if url:
                kind = f"{page.content_type.app_label}.{page.content_type.model}"
                urls.append((page.locale.language_code, kind, url))
    return urls


@dataclass
class Form:
    action: str
    method: str
    fields: dict = field(default_factory=dict)  # name -> list of example values
    kinds: dict = field(default_factory=dict)  # name -> input type / tag


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []
        self.forms = []
        self._form = None
        self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        elif tag == "form":
            self._form = Form(
                action=attrs.get("action") or "",
                method=(attrs.get("method") or "get").lower(),
            )
            self.forms.append(self._form)
        elif self._form is not None and tag in {"input", "textarea", "select"}:
            name = attrs.get("name")
            if not name:
                return
            kind = attrs.get("type", "text").lower() if tag == "input" else tag
            self._form.kinds.setdefault(name, kind)
            values = self._form.fields.setdefault(name, [])
            if attrs.get("value") is not None:
                values.append(attrs["value"])
            if tag == "select":
                self._select = name
        elif tag == "option" and self._select and attrs.get("value") is not None:
            self._form.fields[self._select].append(attrs["value"])

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None


def parse(html):
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return collector


def internal_links(base_url, html):
    """Same-site links of a page under a language prefix, as path + query."""
    found = []
    for href in parse(html).links:
        parts = urlsplit(urljoin(base_url, href))
        if parts.scheme not in {"", "http", "https"}:
            continue
        if parts.netloc and parts.netloc not in {
            "testserver",
            urlsplit(base_url).netloc,
        }:
            continue
        if not parts.path.startswith(LANGUAGE_PREFIXES):
            continue
        found.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return found


def forms_on(base_url, html):
    """Every form of a page, with its action resolved against the page."""
    forms = []
    for form in parse(html).forms:
        form.action = urlsplit(urljoin(base_url, form.action or base_url)).path
        forms.append(form)
    return forms


def query_parameter_names(urls):
    """Parameter names used by the links the site itself prints."""
    names = set()
    for url in urls:
        names.update(name for name, _value in parse_qsl(urlsplit(url).query))
    return names


def crawl(fetch, seeds, limit=400, workers=1):
    """Follow internal links from the seed URLs, breadth first, at most ``limit``.

    ``fetch(url)`` returns (status, content type, text). Returns {url: (status,
    content type, text)} for every URL reached and the forms found on them.
    With ``workers`` > 1 each level of the walk is fetched in parallel threads
    (for a real server; Django's test client must stay at 1).
    """
    seen = {}
    queue = list(dict.fromkeys(seeds))
    forms = []
    pool = ThreadPoolExecutor(workers) if workers > 1 else None
    try:
        while queue and len(seen) < limit:
            batch = [url for url in dict.fromkeys(queue) if url not in seen]
            batch = batch[: limit - len(seen)]
            queue = []
            results = pool.map(fetch, batch) if pool else map(fetch, batch)
            for url, result in zip(batch, results, strict=True):
                seen[url] = result
            for url in batch:
                status, content_type, text = seen[url]
                if status != 200 or not content_type.startswith("text/html"):
                    continue
                forms.extend(forms_on(url, text))
                for link in internal_links(url, text):
                    if link not in seen and link not in queue:
                        queue.append(link)
    finally:
        if pool:
            pool.shutdown()
    return seen, forms
