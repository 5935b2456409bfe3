"""Where a visitor is in the tree, per language: locale home pages and translations.

Each helper runs one query and caches its answer on the request, so the header,
the footer and the hreflang links together cost a fixed number of queries.
"""

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from home.translated_routes import subpage_path_in


def active_language():
    return get_supported_content_language_variant(
        get_language() or settings.LANGUAGE_CODE
    )


def _site(request):
    if not hasattr(request, "_competein_site"):
        request._competein_site = Site.find_for_request(request)
    return request._competein_site


def locale_home_pages(request):
    """{language code: live home page} for the request's site, in one query."""
    cache = getattr(request, "_competein_locale_homes", None)
    if cache is None:
        site = _site(request)
        cache = {}
        if site is not None:
            for page in (
                Page.objects.filter(translation_key=site.root_page.translation_key)
                .live()
                .select_related("locale")
            ):
                cache[page.locale.language_code] = page
        request._competein_locale_homes = cache
    return cache


def locale_home(request):
    homes = locale_home_pages(request)
    return homes.get(active_language()) or homes.get(settings.LANGUAGE_CODE)


def language_links(request, page=None):
    """One entry per content language, for hreflang links and the switcher.

    A page's own translations are linked; where a translation is missing the
    switcher goes to that language's home page and no hreflang is emitted.
    Views that are not pages translate their URL through the i18n URL patterns.
    An extra route of a routable page (a plan's progress view) links the same
    route of each translation, under that language's segment.
    """
    current = active_language()
    translations = {}
    if page is not None and getattr(page, "translation_key", None):
        for translation in (
            Page.objects.filter(translation_key=page.translation_key)
            .live()
            .select_related("locale")
        ):
            translations[translation.locale.language_code] = translation
    homes = locale_home_pages(request)
    links = []
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        native = settings.LANGUAGE_NATIVE_NAMES.get(code, code)
        if page is not None:
            target = translations.get(code)
            is_translation = target is not None
            if target is None:
                target = homes.get(code)
            url = target.get_url(request) if target is not None else None
            if url and is_translation:
                url += subpage_path_in(type(page), request, code)
        else:
            url = translate_url(request.get_full_path(), code)
            is_translation = True
        if not url:
            continue
        links.append(
            {
                "code": code,
                "name": native,
                "url": url,
                "absolute_url": request.build_absolute_uri(url),
                "is_current": code == current,
                "is_translation": is_translation,
            }
        )
    return links
