"""Keep links to other pages in the page's own language.

wagtail-localize copies a foreign key to a page unchanged into every translation (it
only translates links to snippets), so an Italian practice would point at the
English region. Pages that link to other pages call ``point_links_to_own_locale``
when saved, which swaps each linked page for its translation in the page's locale
when that translation exists, and otherwise leaves the link as it is.
"""

from wagtail.models import Page


def localized_page_id(page_id, locale_id):
    """The id of the translation of page ``page_id`` in ``locale_id``, if any."""
    if page_id is None:
        return None
    row = (
        Page.objects.filter(pk=page_id)
        .values_list("locale_id", "translation_key")
        .first()
    )
    if row is None or row[0] == locale_id:
        return page_id
    translated = (
        Page.objects.filter(translation_key=row[1], locale_id=locale_id)
        .values_list("pk", flat=True)
        .first()
    )
    return translated or page_id


def point_links_to_own_locale(instance, field_names=(), child_links=()):
    """Re-point page foreign keys of ``instance`` (and of its inline children)."""
    if instance.locale_id is None:
        return
    for name in field_names:
        attname = f"{name}_id"
        current = getattr(instance, attname)
        wanted = localized_page_id(current, instance.locale_id)
        if wanted != current:
            setattr(instance, attname, wanted)
    for relation, name in child_links:
        for child in getattr(instance, relation).all():
            attname = f"{name}_id"
            current = getattr(child, attname)
            wanted = localized_page_id(current, instance.locale_id)
            if wanted != current:
                setattr(child, attname, wanted)
