"""An open-data spreadsheet names its tab in the export's language, as the Open
data page names the dataset (the catalogues give the words)."""

import io

import pytest
from django.utils import translation
from openpyxl import load_workbook

from cms.opendata.datasets import all_datasets


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "it", "pl"])
def test_spreadsheet_tab_is_in_the_export_language(client, language):
    dataset = all_datasets()["practices"]
    with translation.override(language):
        expected = str(dataset.sheet_title)[:31]
    response = client.get(f"/{language}/opendata/practices.xlsx")
    assert response.status_code == 200
    content = (
        b"".join(response.streaming_content) if response.streaming else response.content
    )
    workbook = load_workbook(io.BytesIO(content), read_only=True)
    assert workbook.sheetnames == [expected]
