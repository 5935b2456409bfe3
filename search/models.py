from django.db import models
from django.utils.translation import gettext_lazy as _


class QueryStatistic(models.Model):
    """How often a query was searched per language, and how often it found nothing.

    Wagtail's search promotions count hits per query but not zero-result
    searches, which are what editors most need to see: the gaps in the library.
    """

    query_string = models.CharField(_("query"), max_length=200)
    language = models.CharField(_("language"), max_length=8)
    hits = models.PositiveIntegerField(_("searches"), default=0)
    zero_result_hits = models.PositiveIntegerField(
        _("searches with no result"), default=0
    )
    last_searched_at = models.DateTimeField(_("last searched"), auto_now=True)

    class Meta:
        verbose_name = _("search query statistic")
        verbose_name_plural = _("search query statistics")
        constraints = [
            models.UniqueConstraint(
                fields=["query_string", "language"], name="unique_query_per_language"
            )
        ]
        ordering = ["-hits"]

    def __str__(self):
        return f"{self.query_string} ({self.language})"

    @classmethod
    def record(cls, query_string, language, found):
        query_string = query_string.lower()[:200]
        stat, _created = cls.objects.get_or_create(
            query_string=query_string, language=language
        )
        cls.objects.filter(pk=stat.pk).update(
            hits=models.F("hits") + 1,
            zero_result_hits=models.F("zero_result_hits") + (0 if found else 1),
        )
