"""Demo content of the practices app: the library, activities and collections.

22 good practices of the seven partners (names from the project's public record,
descriptions written for the demo), the study visits and workshops that presented
them, two collections and the names of the practice topics, all translated into
Italian, Spanish, Swedish and Polish through wagtail-localize.

The practices link to the partners' RegionPages. The regions app's loader runs
first and creates them; if a region is missing (the regions app not yet merged),
this loader creates a minimal, unpublished stand-in with the same slug, so nothing
is duplicated once the regions loader exists.
"""

import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.core.files.base import ContentFile
from django.db import transaction
from taggit.models import Tag
from wagtail.documents import get_document_model
from wagtail.models import Locale

from cms.demo import (
    add_child_once,
    english,
    in_every_language,
    publish,
    read,
    strings,
    translate,
    translations_of,
)
from cms.demo_pictures import demo_picture
from home.models import HomePage
from regions.factories import RegionIndexPageFactory, RegionPageFactory
from regions.models import RegionIndexPage, RegionPage

from .demo_topics import ensure_topics
from .factories import (
    EventIndexPageFactory,
    EventPageFactory,
    LearningNetworkPageFactory,
    PracticeCollectionPageFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
)
from .models import (
    ActionPractice,
    EventPageDocument,
    EventPagePractice,
    EventPageRegion,
    EventParticipation,
    PracticePage,
    PracticePageDocument,
    ValidationStatus,
)
from .pictures import PILLAR_COLOURS, event_picture

TIMEZONE = ZoneInfo("Europe/Brussels")


def para(text):
    return f"<p>{text}</p>" if text else ""


def ensure_regions(demo, home, library):
    """The partner regions by slug, creating unpublished stand-ins where missing."""
    region_index, stand_ins = library["region_index"], library["regions"]
    locale = home.locale
    found = {
        region.slug: region
        for region in RegionPage.objects.filter(
            locale=locale, slug__in=[r["slug"] for r in stand_ins]
        )
    }
    if len(found) == len(stand_ins):
        return found
    index = RegionIndexPage.objects.filter(locale=locale).first()
    if index is None:
        index = RegionIndexPageFactory.build(
            title=region_index["title"]["en"],
            slug="territories",
            intro=region_index["intro"]["en"],
            live=False,
        )
        home.add_child(instance=index)
        index.save_revision(user=demo.user)
        demo.count("pages")
    translate(index, strings(region_index), demo.user, False)
    for data in stand_ins:
        region = found.get(data["slug"])
        if region is None:
            region = RegionPageFactory.build(
                title=data["title"]["en"],
                slug=data["slug"],
                partner_name=data["partner"]["en"],
                country=data["country"],
                live=False,
            )
            index.add_child(instance=region)
            region.save_revision(user=demo.user)
            demo.count("pages")
            found[data["slug"]] = region
        demo.count(
            "translations",
            translate(
                region, strings(data["title"], data["partner"]), demo.user, False
            ),
        )
    return found


def ensure_index(demo, home, page_factory, data):
    text = english(data)
    page, created = add_child_once(
        home,
        page_factory.build(
            title=text["title"],
            slug=text["slug"],
            intro=text["intro"],
            show_in_menus=True,
            search_description=text["intro"],
        ),
        user=demo.user,
    )
    demo.count("pages", int(created))
    demo.count("translations", translate(page, strings(data), demo.user))
    return page


def ensure_documents(demo, library):
    Document = get_document_model()
    documents = {}
    for key, data in library["documents"].items():
        # Documents are not translated pages: their titles in the other
        # languages go with the document (shown on pages in those languages).
        titles = in_every_language(data["title"])
        document = Document.objects.filter(title=titles["en"]).first()
        if document is None:
            document = Document(
                title=titles["en"],
                titles=translations_of(titles),
                document_type=data["type"],
                language="en",
                description=data["description"],
                date=data["date"],
            )
            document.file.save(
                f"{key}.txt", ContentFile(data["text"].encode("utf-8")), save=False
            )
            document.save()
            demo.count("documents")
        documents[key] = document
    return documents


def practice_page(data, regions, demo):
    validated = data.get("validated_at")
    return PracticePageFactory.build(
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        pillar=data["pillar"],
        implementation_level=data["level"],
        origin_region=regions[data["region"]],
        location=data["location"],
        latitude=Decimal(data["coordinates"][0]),
        longitude=Decimal(data["coordinates"][1]),
        start_date=data["start"],
        end_date=data.get("end"),
        main_institution=data["institution"],
        description=para(data["description"]),
        resources_needed=para(data.get("resources")),
        evidence_of_success=para(data.get("evidence")),
        difficulties=para(data.get("difficulties")),
        potential_for_transfer=para(data.get("potential")),
        stakeholders=para(data.get("stakeholders")),
        contact_name=data["contact"][0],
        contact_organisation=data["institution"],
        contact_email=data["contact"][1],
        validation_status=(
            ValidationStatus.VALIDATED if validated else ValidationStatus.SUBMITTED
        ),
        validated_at=validated,
        validated_by=demo.user if validated else None,
        search_description=data["summary"],
        hero_image=demo_picture(
            data["title"], "circles", PILLAR_COLOURS[data["pillar"]]
        ),
    )


def ensure_practices(demo, index, regions, documents):
    practices = {}
    records = read("practices", "practices")
    for number, record in enumerate(records, start=1):
        data = english(record)
        demo.progress("Practices", number, len(records), data["title"])
        page = index.get_children().filter(slug=data["slug"]).first()
        if page is None:
            page = practice_page(data, regions, demo)
            page.topics.add(*data["topics"])
            for key in data.get("documents", []):
                page.related_documents.add(
                    PracticePageDocument(document=documents[key])
                )
            page, _created = add_child_once(index, page, user=demo.user)
            demo.count("pages")
        else:
            page = page.specific
        demo.count("translations", translate(page, strings(record), demo.user))
        practices[data["slug"]] = page
    return practices


def event_time(day, hour):
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=TIMEZONE)


def ensure_events(demo, index, regions, practices, documents):
    records = read("practices", "events")
    for number, record in enumerate(records, start=1):
        data = english(record)
        demo.progress("Exchange activities", number, len(records), data["title"])
        page = index.get_children().filter(slug=data["slug"]).first()
        if page is None:
            first_day, last_day = data["days"]
            page = EventPageFactory.build(
                title=data["title"],
                slug=data["slug"],
                kind=data["kind"],
                summary=data["summary"],
                start=event_time(first_day, 9),
                end=event_time(last_day, 17),
                host_region=regions[data["region"]],
                venue=data["venue"],
                outcomes=para(data["outcomes"]),
                lessons_learned=para(data.get("lessons")),
                search_description=data["summary"],
                hero_image=event_picture(data["kind"], data["title"]),
            )
            for slug in data["practices"]:
                page.presented_practices.add(
                    EventPagePractice(practice=practices[slug])
                )
            for slug in data.get("attending", []):
                page.attending_regions.add(EventPageRegion(region=regions[slug]))
            for category, count in data["participants"]:
                page.participations.add(
                    EventParticipation(category=category, count=count)
                )
            for key in data.get("documents", []):
                page.related_documents.add(EventPageDocument(document=documents[key]))
            page, _created = add_child_once(index, page, user=demo.user)
            demo.count("pages")
        else:
            page = page.specific
        demo.count("translations", translate(page, strings(record), demo.user))


def ensure_collections(demo, home, regions):
    for record in read("practices", "collections"):
        data = english(record)
        page = home.get_children().filter(slug=data["slug"]).first()
        if page is None:
            page = PracticeCollectionPageFactory.build(
                title=data["title"],
                slug=data["slug"],
                intro=data["intro"],
                pillars=data.get("pillars", []),
                implementation_level=data.get("level", ""),
                validated_only=data.get("validated_only", False),
                limit=data["limit"],
                search_description=data["intro"],
            )
            page.regions = [regions[slug] for slug in data.get("regions", [])]
            page.topics = list(Tag.objects.filter(slug__in=data.get("topics", [])))
            page, _created = add_child_once(home, page, user=demo.user)
            demo.count("pages")
        demo.count(
            "translations",
            translate(page.specific, strings(record), demo.user),
        )


def load(demo):
    english = Locale.get_default()
    home = HomePage.objects.filter(locale=english, depth=2).first()
    if home is None:
        demo.log("No English home page: skipping the practices demo content.")
        return
    library = read("practices", "library")
    with transaction.atomic():
        regions = ensure_regions(demo, home, library)
        documents = ensure_documents(demo, library)
        index = ensure_index(
            demo, home, PracticeIndexPageFactory, library["practice_index"]
        )
        link_privacy_notice(demo, index)
        ensure_topics(demo)
        practices = ensure_practices(demo, index, regions, documents)
        activities = ensure_index(
            demo, home, EventIndexPageFactory, library["event_index"]
        )
        ensure_events(demo, activities, regions, practices, documents)
        ensure_collections(demo, home, regions)
        link_inspired_actions(demo)
        ensure_index(demo, home, LearningNetworkPageFactory, library["network_page"])


def link_inspired_actions(demo):
    """The practices that inspired the demo plans' actions (transfers.yaml), on
    each action and its translations (the link is language-independent and
    points at the English practice). Plans come from the regions app's demo,
    loaded before this one; a missing plan or practice is skipped. Idempotent."""
    from regions.models import PlanAction

    english = Locale.get_default()
    practices = {
        page.slug: page
        for page in PracticePage.objects.filter(locale=english).only("pk", "slug")
    }
    linked = 0
    for link in read("practices", "transfers")["inspired_actions"]:
        region_slug, title, slugs = link["region"], link["action"], link["practices"]
        source = PlanAction.objects.filter(
            locale=english, title=title, page__url_path__contains=f"/{region_slug}/"
        ).first()
        if source is None:
            continue
        inspiring = [practices[slug] for slug in slugs if slug in practices]
        for action in PlanAction.objects.filter(translation_key=source.translation_key):
            if action.inspiring_practices.exists():
                continue
            ActionPractice.objects.bulk_create(
                ActionPractice(action=action, practice=practice, sort_order=order)
                for order, practice in enumerate(inspiring)
            )
            linked += len(inspiring)
    if linked:
        demo.count("inspiring practices", linked)


# Stages that need the plan's action ("in_action_plan" and after) are walked only
# when the region's action plan exists (regions' demo); otherwise the case stops
# at "adapting" and a later demo run does not move it (it is found and skipped).
NEEDS_ACTION = {"in_action_plan", "implemented", "closed"}


def plan_action_for(region, practice):
    """The region's action (English plan) inspired by ``practice``, else its first."""
    from regions.models import ActionPlanPage, PlanAction

    plans = ActionPlanPage.objects.child_of(region)
    actions = PlanAction.objects.filter(page__in=plans).order_by(
        "page__path", "sort_order"
    )
    inspired = actions.filter(inspiring_practices__practice=practice).first()
    return inspired or actions.first()


def load_cases(demo):
    """Transfer cases in every stage, assigned to the adopting regions' coordinators."""
    import datetime

    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from .models import TransferCase

    User = get_user_model()
    english = Locale.get_default()
    today = timezone.localdate()
    for data in read("practices", "transfers")["transfer_cases"]:
        region_slug, practice_slug = data["region"], data["practice"]
        stages, due_in, note = data["stages"], data["due_in_days"], data["note"]
        region = RegionPage.objects.filter(slug=region_slug, locale=english).first()
        practice = PracticePage.objects.filter(
            slug=practice_slug, locale=english
        ).first()
        if region is None or practice is None:
            continue
        if TransferCase.objects.filter(practice=practice, region=region).exists():
            continue
        coordinator = User.objects.filter(username=f"{region_slug}-coordinator").first()
        case = TransferCase.objects.create(
            title=f"{region.title}: {practice.title}"[:255],
            practice=practice,
            region=region,
            due_date=(
                today + datetime.timedelta(days=due_in) if due_in is not None else None
            ),
        )
        if coordinator is not None:
            case.assign(coordinator, user=demo.user)
        actor = coordinator or demo.user
        for stage in stages:
            if stage in NEEDS_ACTION and case.action_id is None:
                action = plan_action_for(region, practice)
                if action is None:
                    break
                case.action = action
                case.save(update_fields=["action", "updated_at"])
            case.transition(stage, user=actor)
        if note:
            case.add_note(actor, note)
        demo.count("transfer cases")
    load_questions(demo)
    load_opinions(demo)


def link_privacy_notice(demo, index):
    """The library's question forms link to the privacy notice (home's demo),
    on the index and its translations (the link is synchronised)."""
    from home.demo import privacy_slug
    from home.models import StandardPage

    privacy = StandardPage.objects.filter(
        locale=Locale.get_default(), slug=privacy_slug()
    ).first()
    if privacy is None:
        return
    for version in index.get_translations(inclusive=True).specific():
        if version.privacy_page_id is None:
            version.privacy_page = privacy
            publish(version, demo.user)


def load_opinions(demo):
    """The thematic expert's opinions of validated practices, through the same
    step as in the admin (the levels follow them, the history records them)."""
    import datetime

    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from .models import ExpertOpinion
    from .validation import give_opinion

    expert = get_user_model().objects.filter(username="thematic-expert").first()
    if expert is None:
        return
    english = Locale.get_default()
    for data in read("practices", "opinions"):
        practice = PracticePage.objects.filter(
            slug=data["practice"], locale=english
        ).first()
        if practice is None or not practice.is_validated:
            continue
        if ExpertOpinion.objects.filter(practice_key=practice.translation_key).exists():
            continue
        record = give_opinion(
            practice,
            expert,
            data["verdict"],
            data["opinion"].strip(),
            data["language"],
        )
        given = timezone.now() - datetime.timedelta(days=data["days_ago"])
        ExpertOpinion.objects.filter(pk=record.pk).update(given_at=given)
        demo.count("expert opinions")


def load_questions(demo):
    """Questions about practices in every state and language, sent days before
    the demo is loaded; one from a partner region became its transfer case."""
    import datetime

    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from cms.governance import source_region

    from .models import PracticeQuestion

    User = get_user_model()
    today = timezone.localdate()
    for data in read("practices", "questions"):
        if PracticeQuestion.objects.filter(email=data["email"]).exists():
            continue
        locale = Locale.objects.filter(language_code=data["language"]).first()
        source = PracticePage.objects.filter(
            slug=data["practice"], locale=Locale.get_default()
        ).first()
        practice = source and source.get_translation_or_none(locale)
        if practice is None or practice.origin_region_id is None:
            continue
        practice = practice.specific
        sender = None
        if data.get("sender_region"):
            region = RegionPage.objects.filter(
                slug=data["sender_region"], locale=Locale.get_default()
            ).first()
            sender = region and region.get_translation_or_none(locale)
            sender = sender.specific if sender is not None else None
        owner = source_region(practice.origin_region.specific)
        question = PracticeQuestion.objects.create(
            name=data["name"],
            organisation=data.get("organisation", ""),
            email=data["email"],
            sender_region=sender,
            message=data["message"],
            consent=True,
            locale=locale,
            practice=practice,
            region=owner,
            priority=data.get("priority", "normal"),
        )
        received = today - datetime.timedelta(days=data["days_ago"])
        PracticeQuestion.objects.filter(pk=question.pk).update(
            created_at=timezone.make_aware(
                datetime.datetime.combine(received, datetime.time(9, 30))
            ),
            due_date=PracticeQuestion.answer_due_date(received),
        )
        question.refresh_from_db()
        coordinator = User.objects.filter(username=f"{owner.slug}-coordinator").first()
        actor = coordinator or demo.user
        for step in data["steps"]:
            if step == "assign":
                if coordinator is not None:
                    question.assign(coordinator, user=demo.user)
            elif step == "transfer":
                if question.transfer_refusal() is None:
                    case = question.open_transfer_case(user=actor)
                    # The adopting region's coordinator takes it, as for the others.
                    adopter = User.objects.filter(
                        username=f"{case.region.slug}-coordinator"
                    ).first()
                    if adopter is not None:
                        case.assign(adopter, user=demo.user)
                    demo.count("transfer cases")
            else:
                question.transition(step, user=actor)
        if data.get("note"):
            question.add_note(actor, data["note"])
        demo.count("practice questions")
