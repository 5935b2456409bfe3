"""Translations of the msgids added on branch ``topics`` (translatable practice
topics), for the main engineer to merge into the catalogues.

practices/: the Topic model's fields and names, the admin menu item.
cms/: the refusal page of a model every region shares (cms/templates/cms/refused.html).
"""

T = {
    # practices/models/taxonomy.py
    "tag": {"it": "tag", "es": "etiqueta", "sv": "tagg", "pl": "tag"},
    "The practice tag this topic names. Its short name stays the same in every "
    "language and in web addresses, e.g. “digital-export”.": {
        "it": "Il tag delle pratiche a cui questo tema dà un nome. Il suo nome breve "
        "resta uguale in tutte le lingue e negli indirizzi web, ad es. "
        "“digital-export”.",
        "es": "La etiqueta de prácticas que este tema nombra. Su nombre corto es el "
        "mismo en todos los idiomas y en las direcciones web, p. ej. "
        "“digital-export”.",
        "sv": "Den tagg för goda exempel som detta ämne namnger. Dess korta namn är "
        "detsamma på alla språk och i webbadresser, t.ex. ”digital-export”.",
        "pl": "Tag praktyk, któremu ten temat nadaje nazwę. Jego krótka nazwa jest "
        "taka sama we wszystkich językach i w adresach internetowych, np. "
        "„digital-export”.",
    },
    "name": {"it": "nome", "es": "nombre", "sv": "namn", "pl": "nazwa"},
    "The topic as visitors read it in this language, e.g. “Digital export”.": {
        "it": "Il tema come lo leggono i visitatori in questa lingua, ad es. "
        "“Export digitale”.",
        "es": "El tema tal como lo leen los visitantes en este idioma, p. ej. "
        "“Exportación digital”.",
        "sv": "Ämnet så som besökarna läser det på detta språk, t.ex. "
        "”Digital export”.",
        "pl": "Temat tak, jak czytają go odwiedzający w tym języku, np. "
        "„Eksport cyfrowy”.",
    },
    "topic": {"it": "tema", "es": "tema", "sv": "ämne", "pl": "temat"},
    "topics": {"it": "temi", "es": "temas", "sv": "ämnen", "pl": "tematy"},
    # practices/wagtail_hooks.py
    "Practice topics": {
        "it": "Temi delle pratiche",
        "es": "Temas de las prácticas",
        "sv": "Ämnen för goda exempel",
        "pl": "Tematy praktyk",
    },
    # cms/templates/cms/refused.html
    "Every region shares this %(kind)s: only the lead partner may add, change or "
    "delete it.": {
        "it": "Questo elemento (%(kind)s) è condiviso da tutte le regioni: solo "
        "il partner capofila può aggiungerlo, modificarlo o eliminarlo.",
        "es": "Todas las regiones comparten este elemento (%(kind)s): solo el socio "
        "principal puede añadirlo, modificarlo o eliminarlo.",
        "sv": "Alla regioner delar detta (%(kind)s): bara huvudpartnern får "
        "lägga till, ändra eller ta bort det.",
        "pl": "Ten element (%(kind)s) jest wspólny dla wszystkich regionów: tylko "
        "partner wiodący może go dodać, zmienić lub usunąć.",
    },
}

P = {}
