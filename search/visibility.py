"""What a visitor may see in search: never a private page or document."""

from django.db.models import Q
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction


def visible_pages(request, queryset):
    """Exclude every subtree under a view restriction the visitor does not pass."""
    blocked = Q()
    any_blocked = False
    for restriction in PageViewRestriction.objects.select_related("page"):
        if not restriction.accept_request(request):
            blocked |= Q(path__startswith=restriction.page.path)
            any_blocked = True
    return queryset.exclude(blocked) if any_blocked else queryset


def visible_documents(request):
    """Documents outside any collection the visitor may not view.

    Filtered by collection id (a search FilterField on every backend) rather than
    by path, so the same filter works on the database backend and on engines.
    """
    Document = get_document_model()
    blocked = Q()
    any_blocked = False
    for restriction in CollectionViewRestriction.objects.select_related("collection"):
        if not restriction.accept_request(request):
            blocked |= Q(path__startswith=restriction.collection.path)
            any_blocked = True
    queryset = Document.objects.all()
    if not any_blocked:
        return queryset
    allowed = Collection.objects.exclude(blocked).values_list("pk", flat=True)
    return queryset.filter(collection_id__in=list(allowed))
