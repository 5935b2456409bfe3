"""The datasets as the Open data page lists them: columns and download links."""

from django.urls import reverse
from django.utils import translation

from .datasets import all_datasets


def catalogue(language):
    with translation.override(language):
        return [
            {
                "slug": dataset.slug,
                "title": dataset.title,
                "description": dataset.description,
                "columns": dataset.columns,
                "downloads": [
                    {
                        "format": fmt.upper(),
                        "url": reverse(
                            "opendata:export",
                            kwargs={"dataset": dataset.slug, "fmt": fmt},
                        ),
                    }
                    for fmt in dataset.offered_formats()
                ],
            }
            for dataset in all_datasets().values()
        ]
