"""Extra routes of a routable page under a URL segment in the page's own language.

``RoutablePageMixin`` routes a view under one fixed segment, so an Italian plan's
progress view would live at ``…/progress/``. ``translated_path`` routes one view
under one segment per language; ``TranslatedRoutesMixin.reverse_subpage`` gives
the segment of the page's language, so templates, ``reverse_subpage`` callers and
the hreflang links (``home.navigation``) need no change. A segment of another
language (an old English link to an Italian page) answers with a permanent
redirect to the page's own, so links made before keep working.

Feeds, exports and calendar subscriptions are read by machines, not people: they
keep their one English segment (plain ``path``).
"""

import functools

from django.conf import settings
from django.http import HttpResponsePermanentRedirect
from django.urls import NoReverseMatch
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from cms.languages import language_code

# How a route's name is told apart per language: "progress" (the default
# language's segment) and "progress@it" (Italian's, if it differs).
SEPARATOR = "@"


def translated_path(name, segments):
    """Route the decorated view under ``segments`` ({language code: segment}).

    The default language's segment is required: a language without a segment of
    its own uses it. Languages sharing a segment share one route.
    """
    default = language_code(settings.LANGUAGE_CODE)
    if default not in segments:
        raise ValueError(f"{name}: no segment for {default!r}")

    def decorator(view_func):
        @functools.wraps(view_func)
        def view(page, request, *args, **kwargs):
            match = getattr(request, "routable_resolver_match", None)
            own = page.translated_route_name(name)
            if (
                match is not None
                and match.url_name != own
                and request.method in ("GET", "HEAD")
            ):
                target = page.get_url(request) + page.reverse_subpage(
                    name, args=args, kwargs=kwargs
                )
                query = request.META.get("QUERY_STRING", "")
                return HttpResponsePermanentRedirect(
                    f"{target}?{query}" if query else target
                )
            return view_func(page, request, *args, **kwargs)

        route_names = {}
        by_segment = {}
        for code in [default, *sorted(set(segments) - {default})]:
            segment = segments[code]
            if segment not in by_segment:
                route = name if code == default else f"{name}{SEPARATOR}{code}"
                by_segment[segment] = route
                view = path(segment, name=route)(view)
            route_names[language_code(code)] = by_segment[segment]
        view._translated_route = (name, route_names)
        return view

    return decorator


class TranslatedRoutesMixin(RoutablePageMixin):
    """A routable page whose ``translated_path`` routes follow its language."""

    @classmethod
    def translated_routes(cls):
        """{route name: {language: name of its route}} over the class's views."""
        if "_translated_routes" not in cls.__dict__:
            found = {}
            for klass in reversed(cls.__mro__):
                for value in klass.__dict__.values():
                    if hasattr(value, "_translated_route"):
                        name, route_names = value._translated_route
                        found[name] = route_names
            cls._translated_routes = found
        return cls._translated_routes

    @classmethod
    def translated_route_name_in(cls, name, language):
        """The name of the route that serves ``name`` in ``language``; a route
        that is not translated (or a route of one language) is returned as is."""
        route_names = cls.translated_routes().get(name.split(SEPARATOR)[0])
        if route_names is None:
            return name
        default = route_names[language_code(settings.LANGUAGE_CODE)]
        return route_names.get(language_code(language), default)

    @classmethod
    def reverse_subpage_in(cls, name, language, args=None, kwargs=None):
        """``reverse_subpage`` for a page of this class in ``language``."""
        return cls.get_resolver().reverse(
            cls.translated_route_name_in(name, language),
            *(args or []),
            **(kwargs or {}),
        )

    def _page_language(self):
        locale = self.locale if self.locale_id else None
        return locale.language_code if locale else settings.LANGUAGE_CODE

    def translated_route_name(self, name):
        return self.translated_route_name_in(name, self._page_language())

    def reverse_subpage(self, name, args=None, kwargs=None):
        return self.reverse_subpage_in(name, self._page_language(), args, kwargs)


def subpage_path_in(page_class, request, language):
    """The path, after the page's URL, of the route ``request`` was served by, in
    ``language`` (for hreflang links of an extra route); "" when there is none."""
    match = getattr(request, "routable_resolver_match", None)
    if match is None or not match.url_name or page_class is None:
        return ""
    if not issubclass(page_class, RoutablePageMixin):
        return ""
    try:
        if issubclass(page_class, TranslatedRoutesMixin):
            return page_class.reverse_subpage_in(
                match.url_name, language, match.args, match.kwargs
            )
        return page_class.get_resolver().reverse(
            match.url_name, *match.args, **match.kwargs
        )
    except NoReverseMatch:  # a route the translation cannot take: link the page
        return ""
