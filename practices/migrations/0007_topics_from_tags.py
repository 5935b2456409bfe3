"""One English topic per tag that practices or collections use, named like the
tag: the library shows exactly what it showed before, and the lead partner can
then rename the topics and translate them."""

import uuid

from django.conf import settings
from django.db import migrations


def create_topics(apps, schema_editor):
    from wagtail.coreutils import get_supported_content_language_variant

    Locale = apps.get_model("wagtailcore", "Locale")
    Tag = apps.get_model("taggit", "Tag")
    Topic = apps.get_model("practices", "Topic")
    PracticePageTag = apps.get_model("practices", "PracticePageTag")
    PracticeCollectionPage = apps.get_model("practices", "PracticeCollectionPage")

    language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:  # an empty database: no tag to name yet
        return
    used = set(PracticePageTag.objects.values_list("tag_id", flat=True))
    through = PracticeCollectionPage._meta.get_field("topics").remote_field.through
    used |= set(through.objects.values_list("tag_id", flat=True))
    named = set(Topic.objects.filter(locale=locale).values_list("tag_id", flat=True))
    Topic.objects.bulk_create(
        Topic(tag=tag, name=tag.name, locale=locale, translation_key=uuid.uuid4())
        for tag in Tag.objects.filter(pk__in=used - named).order_by("pk")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0006_topic"),
    ]

    operations = [
        migrations.RunPython(create_topics, migrations.RunPython.noop),
    ]
