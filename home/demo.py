"""Demo content of the home app: the home page, the standard pages and the footer."""

import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from cms.demo import add_child_once, publish, site_root, translate
from home.models import FooterText, HomePage, OpenDataPage, SiteSettings, StandardPage
from home.privacy_demo import (
    PRIVACY_INTRO,
    PRIVACY_SECTIONS,
    PRIVACY_SLUG,
    PRIVACY_TITLE,
    PRIVACY_TRANSLATIONS,
)

HERO_TITLE = "Competitive territories through internationalisation"
HERO_TEXT = (
    "Seven partner regions in five countries help small and medium enterprises go "
    "international: they share good practices, learn from each other and turn what "
    "they learn into action."
)
INTRO = (
    "COMPETE IN is an Interreg Europe cooperation project led by the Municipality of "
    "Reggio Emilia. Its partners identified good practices, exchanged them through "
    "study visits, workshops and training, and wrote Local Action Plans that they "
    "monitor every six months."
)
PILLARS_HEADING = "Three thematic pillars"
PILLARS = (
    "Policies and governance; local identity and territorial branding; "
    "competitiveness along the value chain."
)
QUOTE = (
    "Internationalisation starts with a territory that knows its strengths and "
    "tells them well."
)
QUOTE_BY = "COMPETE IN partnership"
ABOUT_TITLE = "About COMPETE IN"
ABOUT_INTRO = (
    "An Interreg Europe project, from 1 April 2016 to 31 March 2021, with a budget "
    "of about 1.4 million euros."
)
ABOUT_P1 = (
    "In phase 1 the partners presented 21 good practices; each partner chose two for "
    "transfer workshops and wrote a Local Action Plan with its Local Stakeholder Group."
)
ABOUT_P2 = (
    "Phase 2 began in April 2019: each region implements its plan and reports on its "
    "progress every six months, with evidence."
)
ABOUT_P3 = (
    "From 2021 to 2023 five partners carried out additional activities for the "
    "recovery after COVID-19: digital export, e-commerce, mentoring, supply chains, "
    "incubators, sustainability and talent attraction."
)
LEGAL_TITLE = "Legal notice"
LEGAL_INTRO = "Who publishes this site and under which terms."
LEGAL_P1 = (
    "This site is published by the Municipality of Reggio Emilia, lead partner of "
    "COMPETE IN, on behalf of the project partnership."
)
LEGAL_P2 = (
    "The content reflects the authors' views only; the Interreg Europe programme "
    "authorities are not liable for any use that may be made of it."
)
A11Y_TITLE = "Accessibility statement"
A11Y_INTRO = (
    "We want everyone to be able to use this site, as the Web Accessibility "
    "Directive requires of public-sector bodies."
)
A11Y_P1 = (
    "This site aims to conform to the Web Content Accessibility Guidelines 2.1 at "
    "level AA. Every public page is checked automatically before each release."
)
A11Y_P2 = (
    "If you find a barrier, write to the contact address in the footer; we answer "
    "within ten working days."
)
FUNDING = (
    "COMPETE IN is co-funded by the European Union through the Interreg Europe "
    "programme."
)

TRANSLATIONS = {
    "it": {
        "COMPETE IN": "COMPETE IN",
        HERO_TITLE: "Territori competitivi attraverso l'internazionalizzazione",
        HERO_TEXT: (
            "Sette regioni partner in cinque paesi aiutano le piccole e medie imprese "
            "ad aprirsi ai mercati internazionali: condividono buone pratiche, "
            "imparano le une dalle altre e trasformano ciò che imparano in azioni."
        ),
        "About the project": "Il progetto",
        INTRO: (
            "COMPETE IN è un progetto di cooperazione Interreg Europe guidato dal "
            "Comune di Reggio Emilia. I partner hanno individuato buone pratiche, le "
            "hanno scambiate con visite di studio, workshop e formazione, e hanno "
            "scritto Piani d'Azione Locali che monitorano ogni sei mesi."
        ),
        PILLARS_HEADING: "Tre pilastri tematici",
        PILLARS: (
            "Politiche e governance; identità locale e marketing territoriale; "
            "competitività lungo la catena del valore."
        ),
        QUOTE: (
            "L'internazionalizzazione comincia da un territorio che conosce i propri "
            "punti di forza e sa raccontarli."
        ),
        QUOTE_BY: "Partenariato COMPETE IN",
        ABOUT_TITLE: "Il progetto COMPETE IN",
        "about": "il-progetto",
        ABOUT_INTRO: (
            "Un progetto Interreg Europe, dal 1° aprile 2016 al 31 marzo 2021, con un "
            "budget di circa 1,4 milioni di euro."
        ),
        ABOUT_P1: (
            "Nella fase 1 i partner hanno presentato 21 buone pratiche; ciascun "
            "partner ne ha scelte due per i workshop di trasferimento e ha scritto un "
            "Piano d'Azione Locale con il proprio gruppo di stakeholder locali."
        ),
        ABOUT_P2: (
            "La fase 2 è iniziata nell'aprile 2019: ogni regione attua il proprio "
            "piano e ne rendiconta i progressi ogni sei mesi, con evidenze."
        ),
        ABOUT_P3: (
            "Dal 2021 al 2023 cinque partner hanno svolto attività aggiuntive per la "
            "ripresa dopo il COVID-19: export digitale, e-commerce, mentoring, filiere, "
            "incubatori, sostenibilità e attrazione di talenti."
        ),
        LEGAL_TITLE: "Note legali",
        "legal-notice": "note-legali",
        LEGAL_INTRO: "Chi pubblica questo sito e a quali condizioni.",
        LEGAL_P1: (
            "Questo sito è pubblicato dal Comune di Reggio Emilia, capofila di "
            "COMPETE IN, per conto del partenariato di progetto."
        ),
        LEGAL_P2: (
            "I contenuti riflettono solo il punto di vista degli autori; le autorità "
            "del programma Interreg Europe non sono responsabili dell'uso che ne può "
            "essere fatto."
        ),
        A11Y_TITLE: "Dichiarazione di accessibilità",
        "accessibility": "accessibilita",
        A11Y_INTRO: (
            "Vogliamo che tutti possano usare questo sito, come la direttiva "
            "sull'accessibilità del web richiede agli enti pubblici."
        ),
        A11Y_P1: (
            "Questo sito mira alla conformità alle linee guida WCAG 2.1 di livello "
            "AA. Ogni pagina pubblica viene verificata automaticamente prima di ogni "
            "rilascio."
        ),
        A11Y_P2: (
            "Se trovi una barriera, scrivi all'indirizzo indicato a piè di pagina; "
            "rispondiamo entro dieci giorni lavorativi."
        ),
        FUNDING: (
            "COMPETE IN è cofinanziato dall'Unione europea attraverso il programma "
            "Interreg Europe."
        ),
    },
    "es": {
        HERO_TITLE: "Territorios competitivos a través de la internacionalización",
        HERO_TEXT: (
            "Siete regiones socias de cinco países ayudan a las pequeñas y medianas "
            "empresas a internacionalizarse: comparten buenas prácticas, aprenden "
            "unas de otras y convierten lo aprendido en acción."
        ),
        "About the project": "El proyecto",
        INTRO: (
            "COMPETE IN es un proyecto de cooperación Interreg Europe liderado por el "
            "Ayuntamiento de Reggio Emilia. Sus socios identificaron buenas prácticas, "
            "las intercambiaron mediante visitas de estudio, talleres y formación, y "
            "redactaron Planes de Acción Locales que supervisan cada seis meses."
        ),
        PILLARS_HEADING: "Tres pilares temáticos",
        PILLARS: (
            "Políticas y gobernanza; identidad local y marca territorial; "
            "competitividad a lo largo de la cadena de valor."
        ),
        QUOTE: (
            "La internacionalización empieza por un territorio que conoce sus "
            "fortalezas y sabe contarlas."
        ),
        QUOTE_BY: "Asociación COMPETE IN",
        ABOUT_TITLE: "Sobre COMPETE IN",
        "about": "sobre-el-proyecto",
        ABOUT_INTRO: (
            "Un proyecto Interreg Europe, del 1 de abril de 2016 al 31 de marzo de "
            "2021, con un presupuesto de unos 1,4 millones de euros."
        ),
        ABOUT_P1: (
            "En la fase 1 los socios presentaron 21 buenas prácticas; cada socio eligió "
            "dos para talleres de transferencia y redactó un Plan de Acción Local con "
            "su Grupo Local de Partes Interesadas."
        ),
        ABOUT_P2: (
            "La fase 2 comenzó en abril de 2019: cada región ejecuta su plan e informa "
            "de sus avances cada seis meses, con evidencias."
        ),
        ABOUT_P3: (
            "De 2021 a 2023 cinco socios realizaron actividades adicionales para la "
            "recuperación tras la COVID-19: exportación digital, comercio electrónico, "
            "mentoría, cadenas de suministro, incubadoras, sostenibilidad y atracción "
            "de talento."
        ),
        LEGAL_TITLE: "Aviso legal",
        "legal-notice": "aviso-legal",
        LEGAL_INTRO: "Quién publica este sitio y en qué condiciones.",
        LEGAL_P1: (
            "Este sitio lo publica el Ayuntamiento de Reggio Emilia, socio principal "
            "de COMPETE IN, en nombre de la asociación del proyecto."
        ),
        LEGAL_P2: (
            "El contenido refleja únicamente la opinión de sus autores; las "
            "autoridades del programa Interreg Europe no se hacen responsables del "
            "uso que pueda hacerse de él."
        ),
        A11Y_TITLE: "Declaración de accesibilidad",
        "accessibility": "accesibilidad",
        A11Y_INTRO: (
            "Queremos que todo el mundo pueda usar este sitio, como exige la Directiva "
            "de accesibilidad web a los organismos del sector público."
        ),
        A11Y_P1: (
            "Este sitio aspira a cumplir las Pautas de Accesibilidad WCAG 2.1 en el "
            "nivel AA. Cada página pública se comprueba automáticamente antes de cada "
            "versión."
        ),
        A11Y_P2: (
            "Si encuentra una barrera, escriba a la dirección de contacto del pie de "
            "página; respondemos en un plazo de diez días hábiles."
        ),
        FUNDING: (
            "COMPETE IN está cofinanciado por la Unión Europea a través del programa "
            "Interreg Europe."
        ),
    },
    "sv": {
        HERO_TITLE: "Konkurrenskraftiga regioner genom internationalisering",
        HERO_TEXT: (
            "Sju partnerregioner i fem länder hjälper små och medelstora företag att "
            "bli internationella: de delar goda exempel, lär av varandra och omsätter "
            "det de lär sig i handling."
        ),
        "About the project": "Om projektet",
        INTRO: (
            "COMPETE IN är ett samarbetsprojekt inom Interreg Europe som leds av "
            "Reggio Emilias kommun. Partnerna identifierade goda exempel, utbytte dem "
            "genom studiebesök, workshoppar och utbildning och skrev lokala "
            "handlingsplaner som de följer upp var sjätte månad."
        ),
        PILLARS_HEADING: "Tre tematiska pelare",
        PILLARS: (
            "Politik och styrning; lokal identitet och platsvarumärke; "
            "konkurrenskraft längs värdekedjan."
        ),
        QUOTE: (
            "Internationalisering börjar med en region som känner sina styrkor och "
            "berättar om dem väl."
        ),
        QUOTE_BY: "COMPETE IN-partnerskapet",
        ABOUT_TITLE: "Om COMPETE IN",
        "about": "om-projektet",
        ABOUT_INTRO: (
            "Ett Interreg Europe-projekt, från den 1 april 2016 till den 31 mars "
            "2021, med en budget på cirka 1,4 miljoner euro."
        ),
        ABOUT_P1: (
            "I fas 1 presenterade partnerna 21 goda exempel; varje partner valde två "
            "för överföringsworkshoppar och skrev en lokal handlingsplan tillsammans "
            "med sin lokala intressentgrupp."
        ),
        ABOUT_P2: (
            "Fas 2 började i april 2019: varje region genomför sin plan och "
            "rapporterar sina framsteg var sjätte månad, med belägg."
        ),
        ABOUT_P3: (
            "Åren 2021–2023 genomförde fem partner ytterligare aktiviteter för "
            "återhämtningen efter covid-19: digital export, e-handel, mentorskap, "
            "leveranskedjor, inkubatorer, hållbarhet och kompetensattraktion."
        ),
        LEGAL_TITLE: "Rättslig information",
        "legal-notice": "rattslig-information",
        LEGAL_INTRO: "Vem som ger ut webbplatsen och på vilka villkor.",
        LEGAL_P1: (
            "Webbplatsen ges ut av Reggio Emilias kommun, huvudpartner i COMPETE IN, "
            "för projektpartnerskapets räkning."
        ),
        LEGAL_P2: (
            "Innehållet speglar endast författarnas åsikter; Interreg Europe-"
            "programmets myndigheter ansvarar inte för hur det används."
        ),
        A11Y_TITLE: "Tillgänglighetsredogörelse",
        "accessibility": "tillganglighet",
        A11Y_INTRO: (
            "Vi vill att alla ska kunna använda webbplatsen, som webbtillgänglighets"
            "direktivet kräver av offentliga organ."
        ),
        A11Y_P1: (
            "Webbplatsen strävar efter att uppfylla WCAG 2.1 på nivå AA. Varje "
            "offentlig sida kontrolleras automatiskt före varje release."
        ),
        A11Y_P2: (
            "Om du stöter på ett hinder, skriv till kontaktadressen i sidfoten; vi "
            "svarar inom tio arbetsdagar."
        ),
        FUNDING: (
            "COMPETE IN medfinansieras av Europeiska unionen genom programmet "
            "Interreg Europe."
        ),
    },
    "pl": {
        HERO_TITLE: "Konkurencyjne terytoria dzięki internacjonalizacji",
        HERO_TEXT: (
            "Siedem regionów partnerskich z pięciu krajów pomaga małym i średnim "
            "przedsiębiorstwom wyjść na rynki międzynarodowe: dzielą się dobrymi "
            "praktykami, uczą się od siebie nawzajem i przekształcają zdobytą wiedzę "
            "w działania."
        ),
        "About the project": "O projekcie",
        INTRO: (
            "COMPETE IN to projekt współpracy Interreg Europe prowadzony przez Gminę "
            "Reggio Emilia. Partnerzy zidentyfikowali dobre praktyki, wymieniali się "
            "nimi podczas wizyt studyjnych, warsztatów i szkoleń oraz opracowali "
            "Lokalne Plany Działania, które monitorują co sześć miesięcy."
        ),
        PILLARS_HEADING: "Trzy filary tematyczne",
        PILLARS: (
            "Polityki i zarządzanie; tożsamość lokalna i marka terytorialna; "
            "konkurencyjność w łańcuchu wartości."
        ),
        QUOTE: (
            "Internacjonalizacja zaczyna się od terytorium, które zna swoje mocne "
            "strony i dobrze o nich opowiada."
        ),
        QUOTE_BY: "Partnerstwo COMPETE IN",
        ABOUT_TITLE: "O projekcie COMPETE IN",
        "about": "o-projekcie",
        ABOUT_INTRO: (
            "Projekt Interreg Europe realizowany od 1 kwietnia 2016 r. do 31 marca "
            "2021 r., z budżetem około 1,4 mln euro."
        ),
        ABOUT_P1: (
            "W fazie 1 partnerzy przedstawili 21 dobrych praktyk; każdy partner wybrał "
            "dwie do warsztatów transferowych i opracował Lokalny Plan Działania "
            "wraz ze swoją Lokalną Grupą Interesariuszy."
        ),
        ABOUT_P2: (
            "Faza 2 rozpoczęła się w kwietniu 2019 r.: każdy region wdraża swój plan "
            "i co sześć miesięcy raportuje postępy, przedstawiając dowody."
        ),
        ABOUT_P3: (
            "W latach 2021–2023 pięciu partnerów prowadziło dodatkowe działania na "
            "rzecz odbudowy po COVID-19: eksport cyfrowy, e-handel, mentoring, "
            "łańcuchy dostaw, inkubatory, zrównoważony rozwój i przyciąganie talentów."
        ),
        LEGAL_TITLE: "Nota prawna",
        "legal-notice": "nota-prawna",
        LEGAL_INTRO: "Kto publikuje tę stronę i na jakich warunkach.",
        LEGAL_P1: (
            "Stronę publikuje Gmina Reggio Emilia, partner wiodący projektu COMPETE "
            "IN, w imieniu partnerstwa projektu."
        ),
        LEGAL_P2: (
            "Treści odzwierciedlają wyłącznie poglądy autorów; instytucje programu "
            "Interreg Europe nie ponoszą odpowiedzialności za ich wykorzystanie."
        ),
        A11Y_TITLE: "Deklaracja dostępności",
        "accessibility": "dostepnosc",
        A11Y_INTRO: (
            "Chcemy, aby każdy mógł korzystać z tej strony, zgodnie z wymogami "
            "dyrektywy w sprawie dostępności stron internetowych podmiotów "
            "publicznych."
        ),
        A11Y_P1: (
            "Strona ma być zgodna z wytycznymi WCAG 2.1 na poziomie AA. Każda "
            "publiczna strona jest automatycznie sprawdzana przed każdym wydaniem."
        ),
        A11Y_P2: (
            "Jeśli napotkasz barierę, napisz na adres kontaktowy podany w stopce; "
            "odpowiadamy w ciągu dziesięciu dni roboczych."
        ),
        FUNDING: (
            "Projekt COMPETE IN jest współfinansowany przez Unię Europejską w ramach "
            "programu Interreg Europe."
        ),
    },
}


def paragraph(text):
    return ("paragraph", f"<p>{text}</p>")


def emblem_image(demo):
    """An EU-style emblem (twelve gold stars on blue), drawn so no file is needed."""
    Image = get_image_model()
    existing = Image.objects.filter(title="European Union emblem").first()
    if existing is not None:
        return existing
    import math

    width, height = 300, 200
    canvas = PILImage.new("RGB", (width, height), (0, 51, 153))
    draw = ImageDraw.Draw(canvas)
    cx, cy, ring, star = width / 2, height / 2, 66, 11
    for i in range(12):
        angle = 2 * math.pi * i / 12
        x, y = cx + ring * math.sin(angle), cy - ring * math.cos(angle)
        points = []
        for k in range(10):
            r = star if k % 2 == 0 else star * 0.4
            a = math.pi * k / 5
            points.append((x + r * math.sin(a), y - r * math.cos(a)))
        draw.polygon(points, fill=(255, 204, 0))
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    image = Image(title="European Union emblem")
    image.file = ImageFile(buffer, name="eu-emblem.png")
    image.save()
    demo.count("images")
    return image


def ensure_home_page(demo):
    """Replace Wagtail's welcome page with the English HomePage and point the site at it."""
    root = site_root()
    english = Locale.get_default()
    home = HomePage.objects.filter(locale=english, depth=2).first()
    if home is None:
        Page.objects.filter(depth=2, content_type__model="page", slug="home").delete()
        home = HomePage(
            title="COMPETE IN",
            slug="home",
            locale=english,
            hero_title=HERO_TITLE,
            hero_text=HERO_TEXT,
            hero_cta_label="About the project",
            intro=f"<p>{INTRO}</p>",
            body=[
                ("heading", {"text": PILLARS_HEADING, "size": "h2"}),
                paragraph(PILLARS),
                ("quote", {"quote": QUOTE, "attribution": QUOTE_BY}),
            ],
            search_description=HERO_TEXT,
        )
        root.add_child(instance=home)
        publish(home, demo.user)
        demo.count("pages")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    if site.root_page_id != home.id or site.site_name != "COMPETE IN":
        site.root_page = home
        site.site_name = "COMPETE IN"
        site.save()
    return home


OPEN_DATA_TITLE = "Open data"
OPEN_DATA_INTRO = (
    "The content of this site is open: download the good practices, the regions' "
    "key figures and the exchange activities, or read them through the API, in "
    "every language of the site."
)
OPEN_DATA_TERMS = (
    "Cite “COMPETE IN, Interreg Europe” as the source when you reuse the data. "
    "Personal e-mail addresses of practice contacts are not published."
)
OPEN_DATA_TRANSLATIONS = {
    "it": {
        OPEN_DATA_TITLE: "Dati aperti",
        "open-data": "dati-aperti",
        OPEN_DATA_INTRO: (
            "I contenuti di questo sito sono aperti: scarica le buone pratiche, i "
            "dati chiave delle regioni e le attività di scambio, oppure leggili "
            "tramite l'API, in ogni lingua del sito."
        ),
        OPEN_DATA_TERMS: (
            "Quando riutilizzi i dati, cita come fonte “COMPETE IN, Interreg "
            "Europe”. Gli indirizzi e-mail personali dei referenti delle pratiche "
            "non vengono pubblicati."
        ),
    },
    "es": {
        OPEN_DATA_TITLE: "Datos abiertos",
        "open-data": "datos-abiertos",
        OPEN_DATA_INTRO: (
            "Los contenidos de este sitio son abiertos: descarga las buenas "
            "prácticas, las cifras clave de las regiones y las actividades de "
            "intercambio, o consúltalos a través de la API, en todos los idiomas "
            "del sitio."
        ),
        OPEN_DATA_TERMS: (
            "Cuando reutilices los datos, cita como fuente «COMPETE IN, Interreg "
            "Europe». Las direcciones de correo electrónico personales de los "
            "contactos de las prácticas no se publican."
        ),
    },
    "sv": {
        OPEN_DATA_TITLE: "Öppna data",
        "open-data": "oppna-data",
        OPEN_DATA_INTRO: (
            "Innehållet på den här webbplatsen är öppet: ladda ner de goda "
            "exemplen, regionernas nyckeltal och utbytesaktiviteterna, eller läs "
            "dem via API:et, på alla webbplatsens språk."
        ),
        OPEN_DATA_TERMS: (
            "Ange ”COMPETE IN, Interreg Europe” som källa när du återanvänder "
            "uppgifterna. Personliga e-postadresser till kontaktpersoner för "
            "exemplen publiceras inte."
        ),
    },
    "pl": {
        OPEN_DATA_TITLE: "Otwarte dane",
        "open-data": "otwarte-dane",
        OPEN_DATA_INTRO: (
            "Treści tej witryny są otwarte: pobierz dobre praktyki, kluczowe dane "
            "regionów i działania wymiany albo odczytaj je przez API, w każdym "
            "języku witryny."
        ),
        OPEN_DATA_TERMS: (
            "Wykorzystując dane ponownie, podaj jako źródło „COMPETE IN, Interreg "
            "Europe”. Prywatne adresy e-mail osób kontaktowych praktyk nie są "
            "publikowane."
        ),
    },
}


def load_open_data_page(demo, home):
    page, created = add_child_once(
        home,
        OpenDataPage(
            title=OPEN_DATA_TITLE,
            slug="open-data",
            intro=OPEN_DATA_INTRO,
            body=[paragraph(OPEN_DATA_TERMS)],
        ),
        user=demo.user,
    )
    demo.count("pages", int(created))
    demo.count("translations", translate(page, OPEN_DATA_TRANSLATIONS, user=demo.user))
    return page


def load_privacy_page(demo, home):
    """The privacy notice the showcases' contact forms link to."""
    body = []
    for heading, text in PRIVACY_SECTIONS:
        body.append(("heading", {"text": heading, "size": "h2"}))
        body.append(paragraph(text))
    page, created = add_child_once(
        home,
        StandardPage(
            title=PRIVACY_TITLE,
            slug=PRIVACY_SLUG,
            intro=PRIVACY_INTRO,
            body=body,
            search_description=PRIVACY_INTRO,
        ),
        user=demo.user,
    )
    demo.count("pages", int(created))
    demo.count("translations", translate(page, PRIVACY_TRANSLATIONS, user=demo.user))
    return page


STANDARD_PAGES = [
    ("about", ABOUT_TITLE, ABOUT_INTRO, [ABOUT_P1, ABOUT_P2, ABOUT_P3], True),
    ("legal-notice", LEGAL_TITLE, LEGAL_INTRO, [LEGAL_P1, LEGAL_P2], False),
    ("accessibility", A11Y_TITLE, A11Y_INTRO, [A11Y_P1, A11Y_P2], False),
]


def load(demo):
    home = ensure_home_page(demo)
    pages = []
    for slug, title, intro, paragraphs, in_menu in STANDARD_PAGES:
        page, created = add_child_once(
            home,
            StandardPage(
                title=title,
                slug=slug,
                intro=intro,
                body=[paragraph(text) for text in paragraphs],
                show_in_menus=in_menu,
            ),
            user=demo.user,
        )
        demo.count("pages", int(created))
        pages.append(page)

    about = pages[0]
    if home.hero_cta_page_id != about.id:
        home.hero_cta_page = about
        publish(home, demo.user)

    demo.count("translations", translate(home, TRANSLATIONS, user=demo.user))
    for page in pages:
        demo.count("translations", translate(page, TRANSLATIONS, user=demo.user))
    load_open_data_page(demo, home)
    load_privacy_page(demo, home)

    emblem = emblem_image(demo)
    site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    wanted = {
        "site_name": "COMPETE IN",
        "contact_email": "info@compete-in.example",
        "emblem": emblem,
        "linkedin_url": "https://www.linkedin.com/company/interreg-europe/",
        "youtube_url": "https://www.youtube.com/@InterregEurope",
    }
    if any(getattr(site_settings, key) != value for key, value in wanted.items()):
        for key, value in wanted.items():
            setattr(site_settings, key, value)
        site_settings.save()

    footer = FooterText.objects.filter(locale=Locale.get_default()).first()
    if footer is None:
        footer = FooterText.objects.create(
            locale=Locale.get_default(), funding_acknowledgement=FUNDING
        )
        demo.count("snippets")
    demo.count("translations", translate(footer, TRANSLATIONS, user=demo.user))
