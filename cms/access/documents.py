"""What documents and images a viewer may open: the collection view restrictions."""

from functools import cached_property

from django.db.models import CharField, Exists, ExpressionWrapper, F, OuterRef, Q
from wagtail.models import BaseViewRestriction, Collection, CollectionViewRestriction

from .pages import read_restrictions


class DocumentRules:
    """Mixed into ``Viewer``: needs ``request``, ``is_active``, ``is_superuser``,
    ``group_ids`` and ``_passes`` (from ``PageRules``)."""

    @cached_property
    def hidden_collection_paths(self):
        """Tree paths of the collections closed to this viewer (with all below)."""
        restrictions = read_restrictions(CollectionViewRestriction, "collection")
        paths = []
        refused = {r.path for r in restrictions if not self._passes(r)}
        for path in sorted(refused):
            if not paths or not path.startswith(paths[-1]):
                paths.append(path)
        return paths

    @cached_property
    def hidden_collection_ids(self):
        """Ids of the collections (with their descendants) the viewer may not view."""
        if not self.hidden_collection_paths:
            return []
        under = Q()
        for path in self.hidden_collection_paths:
            under |= Q(path__startswith=path)
        return sorted(Collection.objects.filter(under).values_list("pk", flat=True))

    def documents(self, queryset=None):
        """``queryset`` (documents by default) without those in collections the
        viewer may not view. The filter is a list of collection ids, a FilterField
        of every collection member, so search backends apply it too."""
        if queryset is None:
            from wagtail.documents import get_document_model

            queryset = get_document_model().objects.all()
        hidden = self.hidden_collection_ids
        return queryset.exclude(collection__in=hidden) if hidden else queryset

    def choosable_documents(self):
        """Documents the person may choose, to attach to a case note or a
        monitoring report: in collections where Wagtail lets them choose (their
        region's, and shared ones) and that they may view."""
        from wagtail.documents import get_document_model
        from wagtail.permissions import policy_registry

        if self.user is None:
            return get_document_model().objects.none()
        policy = policy_registry.get_by_type(get_document_model())
        chosen = policy.instances_user_has_any_permission_for(self.user, ["choose"])
        return self.documents(chosen)

    def may_view_document(self, document):
        """For one document (or image) already loaded: no query beyond the
        viewer's restrictions, read once."""
        if document is None:
            return False
        if not self.hidden_collection_paths:
            return True
        path = document.collection.path
        return not any(path.startswith(p) for p in self.hidden_collection_paths)

    def related_documents(self, queryset, field="document"):
        """Rows of ``queryset`` (e.g. a page's document links, monitoring
        evidence) whose ``field`` points at a document the viewer may open.

        The rule runs inside the rows' own query (a NOT EXISTS over the
        collection restrictions above each document), so a page that lists its
        documents costs no query more than before.
        """
        if self.is_superuser:
            return queryset
        member_path = ExpressionWrapper(
            OuterRef(f"{field}__collection__path"), output_field=CharField()
        )
        refused = CollectionViewRestriction.objects.annotate(
            member_path=member_path
        ).filter(member_path__startswith=F("collection__path"))
        refused = refused.exclude(restriction_type=BaseViewRestriction.NONE)
        passed = self._passed_password_restrictions()
        if passed:
            refused = refused.exclude(pk__in=passed)
        if self.is_active:
            refused = refused.exclude(restriction_type=BaseViewRestriction.LOGIN)
            refused = refused.exclude(
                restriction_type=BaseViewRestriction.GROUPS,
                groups__in=list(self.group_ids),
            )
        return queryset.exclude(Exists(refused))

    def _passed_password_restrictions(self):
        session = getattr(self.request, "session", None)
        if session is None:
            return []
        key = CollectionViewRestriction.passed_view_restrictions_session_key
        return list(session.get(key, []))
