"""The one pagination helper every listing uses."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator

DEFAULT_PER_PAGE = 12


def paginate(request, items, per_page=DEFAULT_PER_PAGE, param="page"):
    """Return the requested page of ``items``, forgiving bad input.

    ``?page=abc`` or a missing value gives the first page, ``?page=-1`` or ``0``
    the first page, and a number past the end the last page: a visitor never gets
    an error for a hand-edited or stale URL.
    """
    paginator = Paginator(items, per_page)
    raw = request.GET.get(param, "1")
    try:
        number = int(raw)
    except (TypeError, ValueError):
        number = 1
    if number < 1:
        number = 1
    try:
        return paginator.page(number)
    except (EmptyPage, PageNotAnInteger):
        return paginator.page(paginator.num_pages)


def querystring_without(request, *params):
    """The current query string minus ``params``, for building page links."""
    query = request.GET.copy()
    for param in params:
        query.pop(param, None)
    return query.urlencode()
