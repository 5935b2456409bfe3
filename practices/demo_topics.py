"""Demo content: the practice topics of ``demo_content/topics.yaml``, each a tag
and a translatable topic named in every language (``practices.models.Topic``)."""

from taggit.models import Tag
from wagtail.models import Locale

from cms.demo import read, strings, translate

from .models import Topic


def ensure_topics(demo):
    """The practice topics of ``topics.yaml``: the tag (the key, named like its
    slug, as tagging a practice by slug makes it) and its topic in every
    language. A topic the migration named after its tag gets its English name."""
    english_locale = Locale.get_default()
    records = read("practices", "topics")
    table = strings(records)
    for slug, names in records.items():
        tag, _created = Tag.objects.get_or_create(slug=slug, defaults={"name": slug})
        topic, created = Topic.objects.get_or_create(
            tag=tag, locale=english_locale, defaults={"name": names["en"]}
        )
        if not created and topic.name == tag.name != names["en"]:
            topic.name = names["en"]
            topic.save(update_fields=["name"])
        demo.count("snippets", int(created))
        demo.count("translations", translate(topic, table, user=demo.user))
