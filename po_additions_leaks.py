"""Translations of the msgids added on branch ``leaks`` (issue #18 item 4), for the
catalogues to be regenerated when merging: T = {msgid: {language: msgstr}}."""

T = {
    "titles in other languages": {
        "it": "titoli in altre lingue",
        "es": "títulos en otros idiomas",
        "sv": "titlar på andra språk",
        "pl": "tytuły w innych językach",
    },
    (
        "The title in other languages, by language code (e.g. "
        '{"it": "Verbale"}), shown on pages in those languages; pages in '
        "other languages show the title."
    ): {
        "it": (
            'Il titolo in altre lingue, per codice di lingua (ad es. {"it": '
            '"Verbale"}), mostrato sulle pagine in quelle lingue; le pagine in '
            "altre lingue mostrano il titolo."
        ),
        "es": (
            'El título en otros idiomas, por código de idioma (p. ej. {"it": '
            '"Verbale"}), que se muestra en las páginas en esos idiomas; las '
            "páginas en otros idiomas muestran el título."
        ),
        "sv": (
            'Titeln på andra språk, per språkkod (t.ex. {"it": "Verbale"}), '
            "som visas på sidor på de språken; sidor på andra språk visar titeln."
        ),
        "pl": (
            'Tytuł w innych językach, według kodu języka (np. {"it": '
            '"Verbale"}), wyświetlany na stronach w tych językach; strony w '
            "innych językach pokazują tytuł."
        ),
    },
}

P = {}

# Messages with a context (pgettext): C = {(msgctxt, msgid): {language: msgstr}}.
# Spreadsheet tabs hold at most 31 characters.
C = {
    ("spreadsheet tab", "regions"): {
        "it": "regioni",
        "es": "regiones",
        "sv": "regioner",
        "pl": "regiony",
    },
    ("spreadsheet tab", "key figures"): {
        "it": "dati chiave",
        "es": "cifras clave",
        "sv": "nyckeltal",
        "pl": "kluczowe dane",
    },
    ("spreadsheet tab", "action plans"): {
        "it": "piani d'azione",
        "es": "planes de acción",
        "sv": "handlingsplaner",
        "pl": "plany działania",
    },
    ("spreadsheet tab", "plan actions"): {
        "it": "azioni dei piani",
        "es": "acciones de los planes",
        "sv": "planernas åtgärder",
        "pl": "działania planów",
    },
    ("spreadsheet tab", "practices"): {
        "it": "buone pratiche",
        "es": "buenas prácticas",
        "sv": "goda exempel",
        "pl": "dobre praktyki",
    },
    ("spreadsheet tab", "events"): {
        "it": "attività di scambio",
        "es": "actividades de intercambio",
        "sv": "utbytesaktiviteter",
        "pl": "działania wymiany",
    },
}
