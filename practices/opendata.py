"""The practices app's open-data exports: good practices and events (registered
with the floor's open-data framework, ``cms.opendata``, by this module's name)."""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from cms.access import public_viewer
from cms.opendata.datasets import (
    DATE,
    DATETIME,
    DECIMAL,
    INTEGER,
    LIST,
    Column,
    Dataset,
    choice_label_column,
    model_column,
    page_columns,
    public_page_ids,
    publication_columns,
)


class PracticeDataset(Dataset):
    slug = "practices"
    position = 10
    title = _("Good practices")
    description = _(
        "Every published good practice, following the Interreg Europe good-practice "
        "template: one row per practice."
    )
    sheet_title = pgettext_lazy("spreadsheet tab", "practices")

    def page_model(self):
        from practices.models import PracticePage

        return PracticePage

    def prepare(self, queryset, public=None):
        return (
            queryset.select_related("locale", "origin_region")
            .prefetch_related("tagged_items__tag")
            .order_by("path")
        )

    def public_link_ids(self, public):
        from regions.models import RegionPage

        return public_page_ids(RegionPage, public)

    def get_columns(self):
        from practices.models import PracticePage as P

        return [
            *page_columns(),
            model_column(P, "summary"),
            model_column(P, "pillar"),
            choice_label_column(P, "pillar"),
            model_column(P, "implementation_level"),
            choice_label_column(P, "implementation_level"),
            Column(
                "origin_region",
                lambda page, context: context.link_title(
                    page.origin_region_id, page.origin_region
                ),
                P._meta.get_field("origin_region").help_text,
            ),
            Column(
                "topics",
                lambda page, context: sorted(
                    item.tag.name for item in page.tagged_items.all()
                ),
                P._meta.get_field("topics").help_text,
                LIST,
            ),
            model_column(P, "location"),
            model_column(P, "latitude", DECIMAL),
            model_column(P, "longitude", DECIMAL),
            model_column(P, "start_date", DATE),
            model_column(P, "end_date", DATE),
            model_column(P, "main_institution"),
            model_column(P, "description", rich_text=True),
            model_column(P, "resources_needed", rich_text=True),
            model_column(P, "evidence_of_success", rich_text=True),
            model_column(P, "difficulties", rich_text=True),
            model_column(P, "potential_for_transfer", rich_text=True),
            model_column(P, "stakeholders", rich_text=True),
            model_column(P, "contact_name"),
            model_column(P, "contact_organisation"),
            model_column(P, "validation_status"),
            model_column(P, "validated_at", DATE),
            *publication_columns(),
        ]


class EventDataset(Dataset):
    slug = "events"
    position = 40
    title = _("Exchange activities")
    description = _(
        "Study visits, workshops, training, Local Stakeholder Group meetings and "
        "peer reviews: one row per activity."
    )
    sheet_title = pgettext_lazy("spreadsheet tab", "events")

    def page_model(self):
        from practices.models import EventPage

        return EventPage

    def prepare(self, queryset, public=None):
        from practices.models import EventPagePractice, PracticePage

        public = public or public_viewer()
        public_practices = public.pages(PracticePage.objects.all()).values("pk")
        return (
            queryset.select_related("locale", "host_region")
            .prefetch_related(
                Prefetch(
                    "presented_practices",
                    queryset=EventPagePractice.objects.filter(
                        practice__in=public_practices
                    ).select_related("practice"),
                ),
                "participations",
            )
            .order_by("start", "pk")
        )

    def public_link_ids(self, public):
        from regions.models import RegionPage

        return public_page_ids(RegionPage, public)

    def get_columns(self):
        from practices.models import EventPage as E

        return [
            *page_columns(),
            model_column(E, "kind"),
            choice_label_column(E, "kind"),
            model_column(E, "summary"),
            model_column(E, "start", DATETIME),
            model_column(E, "end", DATETIME),
            Column(
                "host_region",
                lambda page, context: context.link_title(
                    page.host_region_id, page.host_region
                ),
                E._meta.get_field("host_region").help_text,
            ),
            model_column(E, "venue"),
            Column(
                "practices",
                lambda page, context: [
                    link.practice.title for link in page.presented_practices.all()
                ],
                _("The good practices presented or discussed at the activity."),
                LIST,
            ),
            Column(
                "participants",
                lambda page, context: sum(p.count for p in page.participations.all()),
                _("How many people took part, all organisation categories together."),
                INTEGER,
            ),
            model_column(E, "outcomes", rich_text=True),
            model_column(E, "lessons_learned", rich_text=True),
            *publication_columns(),
        ]


DATASETS = [PracticeDataset, EventDataset]
