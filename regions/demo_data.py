"""Demo Local Action Plans (data and loader, called from regions.demo): one per
partner, with actions, indicators and two monitoring periods of phase 2.

The policy instruments are the real programmes of 2014–2020 each partner addressed
(or could have); actions, figures and reports are illustrative, written for the
demo. Texts a visitor reads are translated (English → it, es, sv, pl); monitoring
reports are region data, written once in English.
"""

import datetime
from decimal import Decimal

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Locale

from cms.demo import add_child_once, translate

from .models import (
    ActionIndicator,
    ActionPlanPage,
    ActionProgress,
    IndicatorMeasurement,
    MonitoringEvidence,
    MonitoringReport,
    PlanAction,
    RegionPage,
)

D = datetime.date
PLAN_SLUG = "local-action-plan"
FIRST, SECOND = "2019-04", "2019-10"
SUBMITTED = {FIRST: D(2019, 11, 15), SECOND: D(2020, 5, 15)}
MEASURED = {FIRST: D(2019, 9, 30), SECOND: D(2020, 3, 31)}

# Strings shared by several plans: English → (it, es, sv, pl).
COMMON = {
    PLAN_SLUG: (
        "piano-d-azione-locale",
        "plan-de-accion-local",
        "lokal-handlingsplan",
        "lokalny-plan-dzialania",
    ),
    "companies": ("aziende", "empresas", "företag", "firm"),
    "participants": ("partecipanti", "participantes", "deltagare", "uczestników"),
    "events": ("eventi", "eventos", "evenemang", "wydarzeń"),
    "investment projects": (
        "progetti di investimento",
        "proyectos de inversión",
        "investeringsprojekt",
        "projektów inwestycyjnych",
    ),
    "mentors": ("mentori", "mentores", "mentorer", "mentorów"),
    "ERDF regional programme and regional co-financing": (
        "Programma regionale FESR e cofinanziamento regionale",
        "Programa regional FEDER y cofinanciación regional",
        "Regionalt Eruf-program och regional medfinansiering",
        "Regionalny program EFRR i współfinansowanie regionalne",
    ),
    "Municipal budget and private sponsors": (
        "Bilancio comunale e sponsor privati",
        "Presupuesto municipal y patrocinadores privados",
        "Kommunal budget och privata sponsorer",
        "Budżet gminy i sponsorzy prywatni",
    ),
}


PLANS = [
    {
        "region": "reggio-emilia",
        "title": (
            "Local Action Plan of Reggio Emilia",
            (
                "Piano d'azione locale di Reggio Emilia",
                "Plan de acción local de Reggio Emilia",
                "Lokal handlingsplan för Reggio Emilia",
                "Lokalny plan działania Reggio Emilia",
            ),
        ),
        "instrument": "Regional Law 14/2014 – promotion of investment in Emilia-Romagna",
        "kind": ActionPlanPage.InstrumentKind.OTHER_REGIONAL,
        "authority": "Regione Emilia-Romagna",
        "status": ActionPlanPage.Status.APPROVED,
        "approved": D(2019, 3, 12),
        "context": (
            "Reggio Emilia's small food and mechanical firms export less than the "
            "region's average and rarely join international networks.",
            (
                "Le piccole imprese alimentari e meccaniche di Reggio Emilia esportano "
                "meno della media regionale e partecipano di rado a reti "
                "internazionali.",
                "Las pequeñas empresas alimentarias y mecánicas de Reggio Emilia "
                "exportan menos que la media regional y rara vez se unen a redes "
                "internacionales.",
                "Reggio Emilias små livsmedels- och verkstadsföretag exporterar mindre "
                "än regionens genomsnitt och deltar sällan i internationella nätverk.",
                "Małe firmy spożywcze i mechaniczne z Reggio Emilia eksportują mniej "
                "niż średnia regionu i rzadko dołączają do sieci międzynarodowych.",
            ),
        ),
        "summary": (
            "Three actions bring practices learned in Valencia, Wakefield and Gävle "
            "to Reggio Emilia: an export starter path for first-time exporters, a "
            "bondholder network of local ambassadors and export coaching."
        ),
        "actions": [
            {
                "title": (
                    "Export starter path for first-time exporters",
                    (
                        "Percorso di avvio all'export per nuovi esportatori",
                        "Itinerario de iniciación a la exportación",
                        "Startprogram för nya exportörer",
                        "Ścieżka startowa dla nowych eksporterów",
                    ),
                ),
                "background": (
                    "Learned from XPANDE during the transfer workshop in Valencia.",
                    (
                        "Appreso da XPANDE durante il workshop di trasferimento a "
                        "Valencia.",
                        "Aprendido de XPANDE durante el taller de transferencia en "
                        "Valencia.",
                        "Lärdomar från XPANDE under överföringsworkshoppen i Valencia.",
                        "Wnioski z programu XPANDE z warsztatu transferowego w "
                        "Walencji.",
                    ),
                ),
                "activities": (
                    "Diagnosis of each firm, a tailored export plan and a first "
                    "market visit.",
                    (
                        "Diagnosi di ogni impresa, un piano export su misura e una "
                        "prima visita di mercato.",
                        "Diagnóstico de cada empresa, un plan de exportación a medida y "
                        "una primera visita de mercado.",
                        "Analys av varje företag, en skräddarsydd exportplan och ett "
                        "första marknadsbesök.",
                        "Diagnoza każdej firmy, indywidualny plan eksportowy i pierwsza "
                        "wizyta na rynku.",
                    ),
                ),
                "players": (
                    "Municipality of Reggio Emilia, Chamber of Commerce, trade "
                    "associations",
                    (
                        "Comune di Reggio Emilia, Camera di Commercio, associazioni di "
                        "categoria",
                        "Ayuntamiento de Reggio Emilia, Cámara de Comercio, "
                        "asociaciones empresariales",
                        "Reggio Emilias kommun, handelskammaren, branschorganisationer",
                        "Gmina Reggio Emilia, izba handlowa, stowarzyszenia branżowe",
                    ),
                ),
                "funding": "ERDF regional programme and regional co-financing",
                "start": D(2019, 4, 1),
                "end": D(2020, 12, 31),
                "cost": Decimal("180000"),
                "indicators": [
                    {
                        "name": (
                            "Firms exporting for the first time",
                            (
                                "Imprese che esportano per la prima volta",
                                "Empresas que exportan por primera vez",
                                "Företag som exporterar för första gången",
                                "Firmy eksportujące po raz pierwszy",
                            ),
                        ),
                        "unit": "companies",
                        "baseline": 0,
                        "target": 25,
                        "values": {FIRST: 6, SECOND: 14},
                    }
                ],
                "progress": {
                    FIRST: ("in_progress", "Twelve firms diagnosed, six export plans."),
                    SECOND: ("completed", "Twenty-one firms completed the path."),
                },
            },
            {
                "title": (
                    "Reggio Emilia ambassadors network",
                    (
                        "Rete degli ambasciatori di Reggio Emilia",
                        "Red de embajadores de Reggio Emilia",
                        "Nätverk av ambassadörer för Reggio Emilia",
                        "Sieć ambasadorów Reggio Emilia",
                    ),
                ),
                "background": (
                    "Inspired by the Wakefield First Bondholder Scheme seen on the "
                    "study visit to Wakefield.",
                    (
                        "Ispirata al Wakefield First Bondholder Scheme visto nella "
                        "visita di studio a Wakefield.",
                        "Inspirada en el Wakefield First Bondholder Scheme visto en la "
                        "visita de estudio a Wakefield.",
                        "Inspirerat av Wakefield First Bondholder Scheme från "
                        "studiebesöket i Wakefield.",
                        "Inspirowana programem Wakefield First Bondholder Scheme "
                        "poznanym podczas wizyty studyjnej w Wakefield.",
                    ),
                ),
                "activities": (
                    "Recruit local companies as ambassadors and meet them every "
                    "quarter.",
                    (
                        "Reclutare aziende locali come ambasciatrici e incontrarle ogni "
                        "trimestre.",
                        "Reclutar empresas locales como embajadoras y reunirlas cada "
                        "trimestre.",
                        "Rekrytera lokala företag som ambassadörer och träffa dem varje "
                        "kvartal.",
                        "Pozyskać lokalne firmy jako ambasadorów i spotykać się z nimi "
                        "co kwartał.",
                    ),
                ),
                "players": (
                    "Municipality of Reggio Emilia and local companies",
                    (
                        "Comune di Reggio Emilia e aziende locali",
                        "Ayuntamiento de Reggio Emilia y empresas locales",
                        "Reggio Emilias kommun och lokala företag",
                        "Gmina Reggio Emilia i lokalne firmy",
                    ),
                ),
                "funding": "Municipal budget and private sponsors",
                "start": D(2019, 6, 1),
                "end": D(2021, 3, 31),
                "cost": Decimal("60000"),
                "indicators": [
                    {
                        "name": (
                            "Ambassador companies",
                            (
                                "Aziende ambasciatrici",
                                "Empresas embajadoras",
                                "Ambassadörsföretag",
                                "Firmy ambasadorzy",
                            ),
                        ),
                        "unit": "companies",
                        "baseline": 0,
                        "target": 50,
                        "values": {FIRST: 12, SECOND: 23},
                    }
                ],
                "progress": {
                    FIRST: ("in_progress", "Twelve ambassadors signed up."),
                    SECOND: ("in_progress", "Twenty-three ambassadors; two meetings."),
                },
            },
            {
                "title": (
                    "Export coaching for food firms",
                    (
                        "Coaching all'export per le imprese alimentari",
                        "Coaching exportador para empresas alimentarias",
                        "Exportcoachning för livsmedelsföretag",
                        "Coaching eksportowy dla firm spożywczych",
                    ),
                ),
                "background": (
                    "Adapted from Gävle's export coaching presented at the Katowice "
                    "workshop.",
                    (
                        "Adattato dal coaching all'export di Gävle presentato al "
                        "workshop di Katowice.",
                        "Adaptado del coaching exportador de Gävle presentado en el "
                        "taller de Katowice.",
                        "Anpassat från Gävles exportcoachning som presenterades på "
                        "workshoppen i Katowice.",
                        "Zaadaptowany z coachingu eksportowego Gävle przedstawionego na "
                        "warsztatach w Katowicach.",
                    ),
                ),
                "activities": (
                    "Pair food firms with experienced export coaches for six months.",
                    (
                        "Affiancare alle imprese alimentari coach esperti per sei mesi.",
                        "Emparejar empresas alimentarias con coaches expertos durante "
                        "seis meses.",
                        "Para ihop livsmedelsföretag med erfarna exportcoacher i sex "
                        "månader.",
                        "Połączyć firmy spożywcze z doświadczonymi coachami na sześć "
                        "miesięcy.",
                    ),
                ),
                "players": (
                    "Food Innovation Program, UNIMORE, trade associations",
                    (
                        "Food Innovation Program, UNIMORE, associazioni di categoria",
                        "Food Innovation Program, UNIMORE, asociaciones empresariales",
                        "Food Innovation Program, UNIMORE, branschorganisationer",
                        "Food Innovation Program, UNIMORE, stowarzyszenia branżowe",
                    ),
                ),
                "funding": "ERDF regional programme and regional co-financing",
                "start": D(2019, 10, 1),
                "end": D(2020, 9, 30),
                "cost": Decimal("45000"),
                "indicators": [
                    {
                        "name": (
                            "Coached food firms",
                            (
                                "Imprese alimentari seguite",
                                "Empresas alimentarias acompañadas",
                                "Coachade livsmedelsföretag",
                                "Firmy spożywcze objęte coachingiem",
                            ),
                        ),
                        "unit": "companies",
                        "baseline": 0,
                        "target": 15,
                        "values": {FIRST: 0, SECOND: 3},
                    }
                ],
                "progress": {
                    FIRST: ("not_started", "Coaches are being selected."),
                    SECOND: (
                        "delayed",
                        "Three firms started with their coaches.",
                        "The March 2020 lockdown stopped the market visits; coaching "
                        "continues online and ends in spring 2021.",
                    ),
                },
            },
        ],
    },
    {
        "region": "emilia-romagna",
        "title": (
            "Local Action Plan of Emilia-Romagna",
            (
                "Piano d'azione locale dell'Emilia-Romagna",
                "Plan de acción local de Emilia-Romaña",
                "Lokal handlingsplan för Emilia-Romagna",
                "Lokalny plan działania Emilii-Romanii",
            ),
        ),
        "instrument": "POR FESR Emilia-Romagna 2014–2020",
        "kind": ActionPlanPage.InstrumentKind.ERDF_PROGRAMME,
        "authority": "Regione Emilia-Romagna",
        "status": ActionPlanPage.Status.APPROVED,
        "approved": D(2019, 3, 28),
        "context": (
            "Emilia-Romagna exports strongly, but investors need better aftercare "
            "and small firms need help to join foreign value chains.",
            (
                "L'Emilia-Romagna esporta molto, ma gli investitori chiedono un "
                "migliore accompagnamento e le piccole imprese hanno bisogno di aiuto "
                "per entrare nelle catene del valore estere.",
                "Emilia-Romaña exporta mucho, pero los inversores necesitan un mejor "
                "acompañamiento y las pequeñas empresas ayuda para entrar en cadenas "
                "de valor extranjeras.",
                "Emilia-Romagna exporterar mycket, men investerare behöver bättre "
                "eftervård och små företag behöver hjälp att komma in i utländska "
                "värdekedjor.",
                "Emilia-Romania dużo eksportuje, ale inwestorzy potrzebują lepszej "
                "opieki poinwestycyjnej, a małe firmy pomocy we wchodzeniu do "
                "zagranicznych łańcuchów wartości.",
            ),
        ),
        "summary": (
            "The plan improves Axis 3 of the regional ERDF programme with an investor "
            "aftercare service and calls that pair small firms with foreign partners."
        ),
        "actions": [
            {
                "title": (
                    "Investor aftercare service",
                    (
                        "Servizio di aftercare per gli investitori",
                        "Servicio de atención posterior al inversor",
                        "Eftervård för investerare",
                        "Obsługa poinwestycyjna inwestorów",
                    ),
                ),
                "background": (
                    "Learned from Silesia's investor aftercare and Wielkopolska's "
                    "TRIIP.",
                    (
                        "Appreso dall'aftercare degli investitori della Slesia e dal "
                        "TRIIP della Wielkopolska.",
                        "Aprendido del servicio posterior al inversor de Silesia y del "
                        "TRIIP de Wielkopolska.",
                        "Lärdomar från Schlesiens eftervård för investerare och "
                        "Wielkopolskas TRIIP.",
                        "Wnioski z opieki poinwestycyjnej Śląska i programu TRIIP "
                        "Wielkopolski.",
                    ),
                ),
                "activities": (
                    "A named contact for every foreign investor and a yearly visit.",
                    (
                        "Un referente per ogni investitore estero e una visita annuale.",
                        "Un contacto para cada inversor extranjero y una visita anual.",
                        "En kontaktperson för varje utländsk investerare och ett årligt "
                        "besök.",
                        "Opiekun dla każdego inwestora zagranicznego i coroczna "
                        "wizyta.",
                    ),
                ),
                "players": (
                    "ART-ER, Invest in Emilia-Romagna, municipalities",
                    (
                        "ART-ER, Invest in Emilia-Romagna, comuni",
                        "ART-ER, Invest in Emilia-Romagna, municipios",
                        "ART-ER, Invest in Emilia-Romagna, kommuner",
                        "ART-ER, Invest in Emilia-Romagna, gminy",
                    ),
                ),
                "funding": "ERDF regional programme and regional co-financing",
                "start": D(2019, 4, 1),
                "end": D(2021, 3, 31),
                "cost": Decimal("320000"),
                "indicators": [
                    {
                        "name": (
                            "Investors followed by the service",
                            (
                                "Investitori seguiti dal servizio",
                                "Inversores atendidos por el servicio",
                                "Investerare som följs av tjänsten",
                                "Inwestorzy objęci obsługą",
                            ),
                        ),
                        "unit": "companies",
                        "baseline": 10,
                        "target": 60,
                        "values": {FIRST: 22, SECOND: 35},
                    },
                    {
                        "name": (
                            "Reinvestment projects",
                            (
                                "Progetti di reinvestimento",
                                "Proyectos de reinversión",
                                "Återinvesteringsprojekt",
                                "Projekty reinwestycyjne",
                            ),
                        ),
                        "unit": "investment projects",
                        "baseline": 0,
                        "target": 8,
                        "values": {FIRST: 1, SECOND: 3},
                    },
                ],
                "progress": {
                    FIRST: ("in_progress", "Service launched; 22 investors followed."),
                    SECOND: ("in_progress", "35 investors, three reinvestments."),
                },
            },
            {
                "title": (
                    "Internationalisation consortia call",
                    (
                        "Bando per i consorzi per l'internazionalizzazione",
                        "Convocatoria para consorcios de internacionalización",
                        "Utlysning för internationaliseringskonsortier",
                        "Nabór dla konsorcjów internacjonalizacyjnych",
                    ),
                ),
                "background": (
                    "Builds on Measure 4.2 and what Valencia's SICOMEX showed about "
                    "pooled export services.",
                    (
                        "Si basa sulla Misura 4.2 e su quanto mostrato da SICOMEX di "
                        "Valencia sui servizi export condivisi.",
                        "Se basa en la Medida 4.2 y en lo que SICOMEX de Valencia "
                        "mostró sobre servicios de exportación compartidos.",
                        "Bygger på åtgärd 4.2 och på vad Valencias SICOMEX visade om "
                        "gemensamma exporttjänster.",
                        "Opiera się na działaniu 4.2 i doświadczeniach SICOMEX z "
                        "Walencji dotyczących wspólnych usług eksportowych.",
                    ),
                ),
                "activities": (
                    "A yearly call that co-funds groups of at least five firms.",
                    (
                        "Un bando annuale che cofinanzia gruppi di almeno cinque "
                        "imprese.",
                        "Una convocatoria anual que cofinancia grupos de al menos cinco "
                        "empresas.",
                        "En årlig utlysning som medfinansierar grupper om minst fem "
                        "företag.",
                        "Coroczny nabór współfinansujący grupy co najmniej pięciu firm.",
                    ),
                ),
                "players": (
                    "Regione Emilia-Romagna, ART-ER, export consortia",
                    (
                        "Regione Emilia-Romagna, ART-ER, consorzi export",
                        "Regione Emilia-Romagna, ART-ER, consorcios de exportación",
                        "Regione Emilia-Romagna, ART-ER, exportkonsortier",
                        "Regione Emilia-Romagna, ART-ER, konsorcja eksportowe",
                    ),
                ),
                "funding": "ERDF regional programme and regional co-financing",
                "start": D(2019, 5, 1),
                "end": D(2020, 3, 31),
                "cost": Decimal("1500000"),
                "indicators": [
                    {
                        "name": (
                            "Firms in funded consortia",
                            (
                                "Imprese nei consorzi finanziati",
                                "Empresas en consorcios financiados",
                                "Företag i finansierade konsortier",
                                "Firmy w dofinansowanych konsorcjach",
                            ),
                        ),
                        "unit": "companies",
                        "baseline": 0,
                        "target": 120,
                        "values": {FIRST: 45, SECOND: 128},
                    }
                ],
                "progress": {
                    FIRST: ("in_progress", "Call published; 45 firms applied."),
                    SECOND: ("completed", "Call closed: 128 firms in 19 consortia."),
                },
            },
            {
                "title": (
                    "Start-up soft landing in Emilia-Romagna",
                    (
                        "Soft landing per start-up in Emilia-Romagna",
                        "Aterrizaje suave de start-ups en Emilia-Romaña",
                        "Mjuklandning för start-ups i Emilia-Romagna",
                        "Miękkie lądowanie start-upów w Emilii-Romanii",
                    ),
                ),
                "background": (
                    "Learned from VIT Emprende in Valencia.",
                    (
                        "Appreso da VIT Emprende a Valencia.",
                        "Aprendido de VIT Emprende en Valencia.",
                        "Lärdomar från VIT Emprende i Valencia.",
                        "Wnioski z programu VIT Emprende w Walencji.",
                    ),
                ),
                "activities": (
                    "Desk space, mentoring and introductions for foreign start-ups.",
                    (
                        "Postazioni, mentoring e contatti per start-up estere.",
                        "Espacio de trabajo, mentoría y contactos para start-ups "
                        "extranjeras.",
                        "Arbetsplatser, mentorskap och kontakter för utländska "
                        "start-ups.",
                        "Miejsca pracy, mentoring i kontakty dla zagranicznych "
                        "start-upów.",
                    ),
                ),
                "players": (
                    "ART-ER, regional incubators, universities",
                    (
                        "ART-ER, incubatori regionali, università",
                        "ART-ER, incubadoras regionales, universidades",
                        "ART-ER, regionala inkubatorer, universitet",
                        "ART-ER, regionalne inkubatory, uczelnie",
                    ),
                ),
                "funding": "ERDF regional programme and regional co-financing",
                "start": D(2019, 10, 1),
                "end": D(2021, 3, 31),
                "cost": Decimal("240000"),
                "indicators": [
                    {
                        "name": (
                            "Foreign start-ups hosted",
                            (
                                "Start-up estere ospitate",
                                "Start-ups extranjeras acogidas",
                                "Utländska start-ups som tagits emot",
                                "Przyjęte zagraniczne start-upy",
                            ),
                        ),
                        "unit": "companies",
                        "baseline": 0,
                        "target": 20,
                        "values": {FIRST: 0, SECOND: 4},
                    }
                ],
                "progress": {
                    FIRST: ("not_started", "Partners chosen; opening in October."),
                    SECOND: ("in_progress", "Four start-ups hosted."),
                },
            },
        ],
    },
    {
        "region": "west-yorkshire",
        "title": (
            "Local Action Plan of West Yorkshire",
            (
                "Piano d'azione locale del West Yorkshire",
                "Plan de acción local de West Yorkshire",
                "Lokal handlingsplan för West Yorkshire",
                "Lokalny plan działania West Yorkshire",
            ),
        ),
        "instrument": "England ERDF Operational Programme 2014–2020 (Leeds City Region)",
        "kind": ActionPlanPage.InstrumentKind.ERDF_PROGRAMME,
        "authority": "Ministry of Housing, Communities and Local Government",
        "status": ActionPlanPage.Status.APPROVED,
        "approved": D(2019, 4, 10),
        "context": (
            "Few West Yorkshire SMEs export, and the city region competes for "
            "investment without a shared international message.",
            (
                "Poche PMI del West Yorkshire esportano e la city region compete per "
                "gli investimenti senza un messaggio internazionale comune.",
                "Pocas pymes de West Yorkshire exportan y la región urbana compite por "
                "la inversión sin un mensaje internacional común.",
                "Få små och medelstora företag i West Yorkshire exporterar, och "
                "stadsregionen konkurrerar om investeringar utan ett gemensamt "
                "internationellt budskap.",
                "Niewiele MŚP z West Yorkshire eksportuje, a region miejski konkuruje "
                "o inwestycje bez wspólnego przekazu międzynarodowego.",
            ),
        ),
        "summary": (
            "Two actions: an export programme modelled on ER GO GLOBAL and a joint "
            "investment offer built with the Invest in Emilia-Romagna method."
        ),
        "actions": [
            {
                "title": (
                    "Go Global export programme",
                    (
                        "Programma export Go Global",
                        "Programa de exportación Go Global",
                        "Exportprogrammet Go Global",
                        "Program eksportowy Go Global",
                    ),
                ),
                "background": (
                    "Modelled on ER GO GLOBAL, seen on the study visit to Reggio "
                    "Emilia.",
                    (
                        "Sul modello di ER GO GLOBAL, visto nella visita di studio a "
                        "Reggio Emilia.",
                        "Basado en ER GO GLOBAL, visto en la visita de estudio a Reggio "
                        "Emilia.",
                        "Efter förebild av ER GO GLOBAL från studiebesöket i Reggio "
                        "Emilia.",
                        "Wzorowany na ER GO GLOBAL, poznanym podczas wizyty studyjnej w "
                        "Reggio Emilia.",
                    ),
                ),
                "activities": (
                    "Workshops, market visits and grants for export plans.",
                    (
                        "Workshop, visite di mercato e contributi per i piani export.",
                        "Talleres, visitas de mercado y ayudas para planes de "
                        "exportación.",
                        "Workshoppar, marknadsbesök och bidrag till exportplaner.",
                        "Warsztaty, wizyty rynkowe i dotacje na plany eksportowe.",
                    ),
                ),
                "players": (
                    "Leeds Beckett University, LEP Growth Service, chambers",
                    (
                        "Leeds Beckett University, LEP Growth Service, camere di "
                        "commercio",
                        "Leeds Beckett University, LEP Growth Service, cámaras de "
                        "comercio",
                        "Leeds Beckett University, LEP Growth Service, handelskamrar",
                        "Leeds Beckett University, LEP Growth Service, izby handlowe",
                    ),
                ),
                "funding": "ERDF regional programme and regional co-financing",
                "start": D(2019, 4, 1),
                "end": D(2020, 3, 31),
                "cost": Decimal("400000"),
                "indicators": [
                    {
                        "name": (
                            "SMEs supported to export",
                            (
                                "PMI sostenute nell'export",
                                "Pymes apoyadas para exportar",
                                "Små och medelstora företag med exportstöd",
                                "MŚP wsparte w eksporcie",
                            ),
                        ),
                        "unit": "companies",
                        "baseline": 0,
                        "target": 80,
                        "values": {FIRST: 38, SECOND: 84},
                    }
                ],
                "progress": {
                    FIRST: ("in_progress", "38 SMEs in the first two cohorts."),
                    SECOND: ("completed", "84 SMEs supported; target reached."),
                },
            },
            {
                "title": (
                    "Joint investment offer of the city region",
                    (
                        "Offerta comune di investimento della city region",
                        "Oferta conjunta de inversión de la región urbana",
                        "Gemensamt investeringserbjudande för stadsregionen",
                        "Wspólna oferta inwestycyjna regionu miejskiego",
                    ),
                ),
                "background": (
                    "Learned from Invest in Emilia-Romagna's single investment offer.",
                    (
                        "Appreso dall'offerta unica di Invest in Emilia-Romagna.",
                        "Aprendido de la oferta única de Invest in Emilia-Romagna.",
                        "Lärdomar från Invest in Emilia-Romagnas samlade erbjudande.",
                        "Wnioski z jednolitej oferty Invest in Emilia-Romagna.",
                    ),
                ),
                "activities": (
                    "One catalogue of sites and incentives for the five districts.",
                    (
                        "Un catalogo unico di aree e incentivi per i cinque distretti.",
                        "Un catálogo único de emplazamientos e incentivos para los "
                        "cinco distritos.",
                        "En gemensam katalog över tomter och incitament för de fem "
                        "distrikten.",
                        "Jeden katalog terenów i zachęt dla pięciu dystryktów.",
                    ),
                ),
                "players": (
                    "West Yorkshire Combined Authority and the five councils",
                    (
                        "West Yorkshire Combined Authority e i cinque consigli",
                        "West Yorkshire Combined Authority y los cinco ayuntamientos",
                        "West Yorkshire Combined Authority och de fem kommunerna",
                        "West Yorkshire Combined Authority i pięć rad dystryktów",
                    ),
                ),
                "funding": "Municipal budget and private sponsors",
                "start": D(2019, 9, 1),
                "end": D(2020, 12, 31),
                "cost": Decimal("90000"),
                "indicators": [
                    {
                        "name": (
                            "Sites in the joint catalogue",
                            (
                                "Aree nel catalogo comune",
                                "Emplazamientos en el catálogo común",
                                "Tomter i den gemensamma katalogen",
                                "Tereny we wspólnym katalogu",
                            ),
                        ),
                        "unit": "",
                        "baseline": 0,
                        "target": 40,
                        "values": {FIRST: 5, SECOND: 5},
                    }
                ],
                "progress": {
                    FIRST: ("in_progress", "Five sites described."),
                    SECOND: (
                        "abandoned",
                        "No further work in the period.",
                        "The Combined Authority launched its own investment portal in "
                        "2020; the catalogue's sites moved there and the action "
                        "was closed.",
                    ),
                },
            },
        ],
    },
    {
        "region": "valencia",
        "title": (
            "Local Action Plan of the Valencian Community",
            (
                "Piano d'azione locale della Comunità Valenciana",
                "Plan de acción local de la Comunitat Valenciana",
                "Lokal handlingsplan för Valenciaregionen",
                "Lokalny plan działania Wspólnoty Walenckiej",
            ),
        ),
        "instrument": "Programa Operativo FEDER de la Comunitat Valenciana 2014–2020",
        "kind": ActionPlanPage.InstrumentKind.ERDF_PROGRAMME,
        "authority": "Generalitat Valenciana",
        "status": ActionPlanPage.Status.APPROVED,
        "approved": D(2019, 5, 6),
        "context": (
            "Valencian agri-food and ceramics firms export widely but depend on a "
            "few markets and seldom cooperate across borders.",
            (
                "Le imprese valenciane dell'agroalimentare e della ceramica esportano "
                "molto ma dipendono da pochi mercati e cooperano poco oltre confine.",
                "Las empresas valencianas agroalimentarias y cerámicas exportan mucho "
                "pero dependen de pocos mercados y apenas cooperan más allá de las "
                "fronteras.",
                "Valencias livsmedels- och keramikföretag exporterar brett men är "
                "beroende av få marknader och samarbetar sällan över gränserna.",
                "Walenckie firmy rolno-spożywcze i ceramiczne dużo eksportują, ale "
                "zależą od kilku rynków i rzadko współpracują ponad granicami.",
            ),
        ),
        "summary": (
            "The plan adds a food innovation strand and new-market missions to the "
            "IVACE programmes funded by the Valencian ERDF programme."
        ),
        "actions": [
            {
                "title": (
                    "Agri-food innovation strand",
                    (
                        "Linea per l'innovazione agroalimentare",
                        "Línea de innovación agroalimentaria",
                        "Innovationsspår för livsmedel",
                        "Ścieżka innowacji rolno-spożywczych",
                    ),
                ),
                "background": (
                    "Learned from Reggio Emilia's Food Innovation Program.",
                    (
                        "Appreso dal Food Innovation Program di Reggio Emilia.",
                        "Aprendido del Food Innovation Program de Reggio Emilia.",
                        "Lärdomar från Reggio Emilias Food Innovation Program.",
                        "Wnioski z programu Food Innovation Program z Reggio Emilia.",
                    ),
                ),
                "activities": (
                    "Joint projects of food firms and research centres.",
                    (
                        "Progetti comuni tra imprese alimentari e centri di ricerca.",
                        "Proyectos conjuntos de empresas alimentarias y centros de "
                        "investigación.",
                        "Gemensamma projekt mellan livsmedelsföretag och "
                        "forskningscentrum.",
                        "Wspólne projekty firm spożywczych i ośrodków badawczych.",
                    ),
                ),
                "players": (
                    "IVACE, AINIA technology centre, universities",
                    (
                        "IVACE, centro tecnologico AINIA, università",
                        "IVACE, centro tecnológico AINIA, universidades",
                        "IVACE, teknikcentret AINIA, universitet",
                        "IVACE, centrum technologiczne AINIA, uczelnie",
                    ),
                ),
                "funding": "ERDF regional programme and regional co-financing",
                "start": D(2019, 4, 1),
                "end": D(2021, 3, 31),
                "cost": Decimal("750000"),
                "indicators": [
                    {
                        "name": (
                            "Joint innovation projects",
                            (
                                "Progetti comuni di innovazione",
                                "Proyectos conjuntos de innovación",
                                "Gemensamma innovationsprojekt",
                                "Wspólne projekty innowacyjne",
                            ),
                        ),
                        "unit": "",
                        "baseline": 2,
                        "target": 12,
                        "values": {FIRST: 4, SECOND: 7},
                    }
                ],
                "progress": {
                    FIRST: ("in_progress", "Two projects approved."),
                    SECOND: ("in_progress", "Seven projects running."),
                },
            },
            {
                "title": (
                    "Missions to new markets in southern Africa",
                    (
                        "Missioni verso nuovi mercati dell'Africa australe",
                        "Misiones a nuevos mercados del África austral",
                        "Resor till nya marknader i södra Afrika",
                        "Misje na nowe rynki Afryki Południowej",
                    ),
                ),
                "background": (
                    "Inspired by the Reggio Emilia – South Africa cooperation.",
                    (
                        "Ispirato alla cooperazione Reggio Emilia – Sudafrica.",
                        "Inspirado en la cooperación Reggio Emilia – Sudáfrica.",
                        "Inspirerat av samarbetet Reggio Emilia – Sydafrika.",
                        "Inspirowane współpracą Reggio Emilia – RPA.",
                    ),
                ),
                "activities": (
                    "Two trade missions a year with meetings prepared in advance.",
                    (
                        "Due missioni commerciali l'anno con incontri preparati.",
                        "Dos misiones comerciales al año con reuniones preparadas.",
                        "Två handelsresor per år med förberedda möten.",
                        "Dwie misje handlowe rocznie z przygotowanymi spotkaniami.",
                    ),
                ),
                "players": (
                    "IVACE, chambers of commerce, sector associations",
                    (
                        "IVACE, camere di commercio, associazioni di settore",
                        "IVACE, cámaras de comercio, asociaciones sectoriales",
                        "IVACE, handelskamrar, branschorganisationer",
                        "IVACE, izby handlowe, stowarzyszenia branżowe",
                    ),
                ),
                "funding": "ERDF regional programme and regional co-financing",
                "start": D(2019, 9, 1),
                "end": D(2020, 12, 31),
                "cost": Decimal("210000"),
                "indicators": [
                    {
                        "name": (
                            "Firms on missions",
                            (
                                "Imprese in missione",
                                "Empresas en misiones",
                                "Företag på handelsresor",
                                "Firmy uczestniczące w misjach",
                            ),
                        ),
                        "unit": "companies",
                        "baseline": 0,
                        "target": 40,
                        "values": {FIRST: 9, SECOND: 9},
                    }
                ],
                "progress": {
                    FIRST: (
                        "in_progress",
                        "First mission to Johannesburg, nine firms.",
                    ),
                    SECOND: (
                        "delayed",
                        "The second mission was prepared but did not leave.",
                        "Travel to South Africa stopped in March 2020; the mission is "
                        "postponed to 2021 and replaced by online meetings meanwhile.",
                    ),
                },
            },
            {
                "title": (
                    "Export starter vouchers",
                    (
                        "Voucher per l'avvio all'export",
                        "Bonos de iniciación a la exportación",
                        "Startcheckar för export",
                        "Bony na start eksportu",
                    ),
                ),
                "background": (
                    "Extends XPANDE with what Wakefield taught about local "
                    "ambassadors.",
                    (
                        "Estende XPANDE con quanto appreso a Wakefield sugli "
                        "ambasciatori locali.",
                        "Amplía XPANDE con lo aprendido en Wakefield sobre los "
                        "embajadores locales.",
                        "Utvidgar XPANDE med lärdomarna från Wakefield om lokala "
                        "ambassadörer.",
                        "Rozszerza XPANDE o wnioski z Wakefield dotyczące lokalnych "
                        "ambasadorów.",
                    ),
                ),
                "activities": (
                    "Vouchers for first export services, with a mentor from an "
                    "exporting firm.",
                    (
                        "Voucher per i primi servizi export, con un mentore di "
                        "un'impresa esportatrice.",
                        "Bonos para los primeros servicios de exportación, con un "
                        "mentor de una empresa exportadora.",
                        "Checkar för de första exporttjänsterna, med en mentor från ett "
                        "exporterande företag.",
                        "Bony na pierwsze usługi eksportowe z mentorem z firmy "
                        "eksportującej.",
                    ),
                ),
                "players": (
                    "IVACE and exporting companies",
                    (
                        "IVACE e imprese esportatrici",
                        "IVACE y empresas exportadoras",
                        "IVACE och exporterande företag",
                        "IVACE i firmy eksportujące",
                    ),
                ),
                "funding": "ERDF regional programme and regional co-financing",
                "start": D(2019, 4, 1),
                "end": D(2019, 12, 31),
                "cost": Decimal("300000"),
                "indicators": [
                    {
                        "name": (
                            "Vouchers granted",
                            (
                                "Voucher concessi",
                                "Bonos concedidos",
                                "Beviljade checkar",
                                "Przyznane bony",
                            ),
                        ),
                        "unit": "",
                        "baseline": 0,
                        "target": 100,
                        "values": {FIRST: 100, SECOND: 112},
                    }
                ],
                "progress": {
                    FIRST: ("completed", "All 100 vouchers granted."),
                    SECOND: ("completed", "Twelve more vouchers from savings."),
                },
            },
        ],
    },
    {
        "region": "gavleborg",
        "title": (
            "Local Action Plan of Gävleborg",
            (
                "Piano d'azione locale di Gävleborg",
                "Plan de acción local de Gävleborg",
                "Lokal handlingsplan för Gävleborg",
                "Lokalny plan działania Gävleborg",
            ),
        ),
        "instrument": "ERDF Operational Programme North Middle Sweden 2014–2020",
        "kind": ActionPlanPage.InstrumentKind.ERDF_PROGRAMME,
        "authority": "Swedish Agency for Economic and Regional Growth",
        "status": ActionPlanPage.Status.APPROVED,
        "approved": D(2019, 6, 3),
        "context": (
            "Gävleborg's forest, steel and energy firms are strong exporters, but "
            "small firms lack a first step abroad.",
            (
                "Le imprese di Gävleborg del legno, dell'acciaio e dell'energia "
                "esportano molto, ma alle piccole manca un primo passo all'estero.",
                "Las empresas forestales, siderúrgicas y energéticas de Gävleborg "
                "exportan mucho, pero a las pequeñas les falta un primer paso al "
                "exterior.",
                "Gävleborgs skogs-, stål- och energiföretag exporterar mycket, men "
                "små företag saknar ett första steg utomlands.",
                "Firmy leśne, stalowe i energetyczne z Gävleborg dużo eksportują, ale "
                "małym brakuje pierwszego kroku za granicę.",
            ),
        ),
        "summary": (
            "Two actions bring an export starter programme and a shared export "
            "service to small firms in Gävleborg."
        ),
        "actions": [
            {
                "title": (
                    "Export starter programme for small firms",
                    (
                        "Programma di avvio all'export per piccole imprese",
                        "Programa de iniciación a la exportación para pequeñas empresas",
                        "Exportstartprogram för små företag",
                        "Program startu eksportowego dla małych firm",
                    ),
                ),
                "background": (
                    "Learned from XPANDE on the transfer workshop in Valencia.",
                    (
                        "Appreso da XPANDE al workshop di trasferimento a Valencia.",
                        "Aprendido de XPANDE en el taller de transferencia en Valencia.",
                        "Lärdomar från XPANDE på överföringsworkshoppen i Valencia.",
                        "Wnioski z XPANDE z warsztatu transferowego w Walencji.",
                    ),
                ),
                "activities": (
                    "Group training and one-to-one export advice.",
                    (
                        "Formazione di gruppo e consulenza export individuale.",
                        "Formación en grupo y asesoría individual de exportación.",
                        "Utbildning i grupp och individuell exportrådgivning.",
                        "Szkolenia grupowe i indywidualne doradztwo eksportowe.",
                    ),
                ),
                "players": (
                    "Municipality of Gävle, Business Sweden, Region Gävleborg",
                    (
                        "Comune di Gävle, Business Sweden, Region Gävleborg",
                        "Municipio de Gävle, Business Sweden, Region Gävleborg",
                        "Gävle kommun, Business Sweden, Region Gävleborg",
                        "Gmina Gävle, Business Sweden, Region Gävleborg",
                    ),
                ),
                "funding": "ERDF regional programme and regional co-financing",
                "start": D(2019, 6, 1),
                "end": D(2020, 6, 30),
                "cost": Decimal("150000"),
                "indicators": [
                    {
                        "name": (
                            "Firms in the programme",
                            (
                                "Imprese nel programma",
                                "Empresas en el programa",
                                "Företag i programmet",
                                "Firmy w programie",
                            ),
                        ),
                        "unit": "companies",
                        "baseline": 0,
                        "target": 30,
                        "values": {FIRST: 14, SECOND: 31},
                    }
                ],
                "progress": {
                    FIRST: ("in_progress", "First group of 14 firms."),
                    SECOND: ("completed", "Two groups, 31 firms."),
                },
            },
            {
                "title": (
                    "Shared export service",
                    (
                        "Servizio export condiviso",
                        "Servicio de exportación compartido",
                        "Gemensam exporttjänst",
                        "Wspólna usługa eksportowa",
                    ),
                ),
                "background": (
                    "Inspired by SICOMEX in Valencia.",
                    (
                        "Ispirato a SICOMEX di Valencia.",
                        "Inspirado en SICOMEX de Valencia.",
                        "Inspirerat av SICOMEX i Valencia.",
                        "Inspirowane SICOMEX z Walencji.",
                    ),
                ),
                "activities": (
                    "An export manager shared by several small firms.",
                    (
                        "Un export manager condiviso da più piccole imprese.",
                        "Un gestor de exportación compartido por varias pequeñas "
                        "empresas.",
                        "En exportchef som delas av flera små företag.",
                        "Menedżer eksportu wspólny dla kilku małych firm.",
                    ),
                ),
                "players": (
                    "Municipality of Gävle and local business networks",
                    (
                        "Comune di Gävle e reti d'impresa locali",
                        "Municipio de Gävle y redes empresariales locales",
                        "Gävle kommun och lokala företagarnätverk",
                        "Gmina Gävle i lokalne sieci biznesowe",
                    ),
                ),
                "funding": "Municipal budget and private sponsors",
                "start": D(2019, 10, 1),
                "end": D(2021, 3, 31),
                "cost": Decimal("120000"),
                "indicators": [
                    {
                        "name": (
                            "Firms sharing an export manager",
                            (
                                "Imprese che condividono un export manager",
                                "Empresas que comparten un gestor de exportación",
                                "Företag som delar en exportchef",
                                "Firmy dzielące menedżera eksportu",
                            ),
                        ),
                        "unit": "companies",
                        "baseline": 0,
                        "target": 12,
                        "values": {FIRST: 0, SECOND: 4},
                    }
                ],
                "progress": {
                    FIRST: ("not_started", "Recruiting the export manager."),
                    SECOND: ("in_progress", "Manager hired; four firms joined."),
                },
            },
        ],
    },
    {
        "region": "silesia",
        "title": (
            "Local Action Plan of Silesia",
            (
                "Piano d'azione locale della Slesia",
                "Plan de acción local de Silesia",
                "Lokal handlingsplan för Schlesien",
                "Lokalny plan działania Śląska",
            ),
        ),
        "instrument": "Regional Operational Programme for Śląskie Voivodeship 2014–2020",
        "kind": ActionPlanPage.InstrumentKind.ERDF_PROGRAMME,
        "authority": "Board of the Śląskie Voivodeship",
        "status": ActionPlanPage.Status.SUBMITTED,
        "approved": None,
        "context": (
            "Silesia is turning from coal to new industries and needs more foreign "
            "investment and more exporting SMEs.",
            (
                "La Slesia sta passando dal carbone a nuove industrie e ha bisogno di "
                "più investimenti esteri e di più PMI esportatrici.",
                "Silesia está pasando del carbón a nuevas industrias y necesita más "
                "inversión extranjera y más pymes exportadoras.",
                "Schlesien går från kol till nya industrier och behöver fler utländska "
                "investeringar och fler exporterande små och medelstora företag.",
                "Śląsk przechodzi od węgla do nowych przemysłów i potrzebuje więcej "
                "inwestycji zagranicznych i więcej eksportujących MŚP.",
            ),
        ),
        "summary": (
            "Three actions: an export support path following ER GO GLOBAL, an "
            "investment law review after Valencia's model and export mentoring."
        ),
        "actions": [
            {
                "title": (
                    "Regional export support path",
                    (
                        "Percorso regionale di sostegno all'export",
                        "Itinerario regional de apoyo a la exportación",
                        "Regional väg till exportstöd",
                        "Regionalna ścieżka wsparcia eksportu",
                    ),
                ),
                "background": (
                    "Learned from ER GO GLOBAL in Emilia-Romagna.",
                    (
                        "Appreso da ER GO GLOBAL in Emilia-Romagna.",
                        "Aprendido de ER GO GLOBAL en Emilia-Romaña.",
                        "Lärdomar från ER GO GLOBAL i Emilia-Romagna.",
                        "Wnioski z ER GO GLOBAL w Emilii-Romanii.",
                    ),
                ),
                "activities": (
                    "Trade fair support combined with export training.",
                    (
                        "Sostegno alle fiere unito alla formazione export.",
                        "Apoyo a ferias combinado con formación en exportación.",
                        "Mässtöd i kombination med exportutbildning.",
                        "Wsparcie udziału w targach połączone ze szkoleniem "
                        "eksportowym.",
                    ),
                ),
                "players": (
                    "GAPR, Silesian Voivodeship, business associations",
                    (
                        "GAPR, Voivodato di Slesia, associazioni d'impresa",
                        "GAPR, Voivodato de Silesia, asociaciones empresariales",
                        "GAPR, Schlesiens vojvodskap, företagarorganisationer",
                        "GAPR, Województwo Śląskie, organizacje biznesowe",
                    ),
                ),
                "funding": "ERDF regional programme and regional co-financing",
                "start": D(2019, 7, 1),
                "end": D(2021, 3, 31),
                "cost": Decimal("500000"),
                "indicators": [
                    {
                        "name": (
                            "SMEs at foreign trade fairs",
                            (
                                "PMI alle fiere estere",
                                "Pymes en ferias extranjeras",
                                "Små och medelstora företag på utländska mässor",
                                "MŚP na targach zagranicznych",
                            ),
                        ),
                        "unit": "companies",
                        "baseline": 15,
                        "target": 90,
                        "values": {FIRST: 27, SECOND: 41},
                    }
                ],
                "progress": {
                    FIRST: ("in_progress", "27 SMEs supported at four fairs."),
                    SECOND: ("in_progress", "41 SMEs; spring fairs cancelled."),
                },
            },
            {
                "title": (
                    "Review of regional investment incentives",
                    (
                        "Revisione degli incentivi regionali agli investimenti",
                        "Revisión de los incentivos regionales a la inversión",
                        "Översyn av regionala investeringsincitament",
                        "Przegląd regionalnych zachęt inwestycyjnych",
                    ),
                ),
                "background": (
                    "Following the Valencian foreign-investment law.",
                    (
                        "Sulla base della legge valenciana sugli investimenti esteri.",
                        "Siguiendo la ley valenciana de inversión extranjera.",
                        "Med den valencianska lagen om utländska investeringar som "
                        "förebild.",
                        "Na wzór walenckiej ustawy o inwestycjach zagranicznych.",
                    ),
                ),
                "activities": (
                    "Compare incentives with partner regions and propose changes.",
                    (
                        "Confrontare gli incentivi con le regioni partner e proporre "
                        "modifiche.",
                        "Comparar los incentivos con las regiones socias y proponer "
                        "cambios.",
                        "Jämföra incitament med partnerregionerna och föreslå "
                        "ändringar.",
                        "Porównać zachęty z regionami partnerskimi i zaproponować "
                        "zmiany.",
                    ),
                ),
                "players": (
                    "Silesian Voivodeship and the special economic zone",
                    (
                        "Voivodato di Slesia e la zona economica speciale",
                        "Voivodato de Silesia y la zona económica especial",
                        "Schlesiens vojvodskap och den särskilda ekonomiska zonen",
                        "Województwo Śląskie i specjalna strefa ekonomiczna",
                    ),
                ),
                "funding": "ERDF regional programme and regional co-financing",
                "start": D(2019, 10, 1),
                "end": D(2020, 6, 30),
                "cost": Decimal("40000"),
                "indicators": [
                    {
                        "name": (
                            "Incentive changes adopted",
                            (
                                "Modifiche agli incentivi adottate",
                                "Cambios en los incentivos adoptados",
                                "Antagna ändringar av incitament",
                                "Przyjęte zmiany zachęt",
                            ),
                        ),
                        "unit": "",
                        "baseline": 0,
                        "target": 3,
                        "values": {FIRST: 0, SECOND: 0},
                    }
                ],
                "progress": {
                    FIRST: ("not_started", "Comparison table in preparation."),
                    SECOND: (
                        "delayed",
                        "Comparison finished; proposals drafted.",
                        "The regional board postponed decisions on incentives while "
                        "it prepared the COVID-19 support package; a vote is expected "
                        "in autumn 2020.",
                    ),
                },
            },
            {
                "title": (
                    "Export mentoring by experienced exporters",
                    (
                        "Mentoring all'export da parte di esportatori esperti",
                        "Mentoría exportadora por exportadores expertos",
                        "Exportmentorskap av erfarna exportörer",
                        "Mentoring eksportowy prowadzony przez doświadczonych "
                        "eksporterów",
                    ),
                ),
                "background": (
                    "Learned from export mentoring in Leeds.",
                    (
                        "Appreso dal mentoring all'export di Leeds.",
                        "Aprendido de la mentoría exportadora de Leeds.",
                        "Lärdomar från exportmentorskapet i Leeds.",
                        "Wnioski z mentoringu eksportowego w Leeds.",
                    ),
                ),
                "activities": (
                    "Match new exporters with mentors for a year.",
                    (
                        "Abbinare nuovi esportatori a mentori per un anno.",
                        "Emparejar nuevos exportadores con mentores durante un año.",
                        "Para ihop nya exportörer med mentorer under ett år.",
                        "Łączyć nowych eksporterów z mentorami na rok.",
                    ),
                ),
                "players": (
                    "GAPR and exporting companies",
                    (
                        "GAPR e imprese esportatrici",
                        "GAPR y empresas exportadoras",
                        "GAPR och exporterande företag",
                        "GAPR i firmy eksportujące",
                    ),
                ),
                "funding": "Municipal budget and private sponsors",
                "start": D(2019, 4, 1),
                "end": D(2020, 12, 31),
                "cost": Decimal("35000"),
                "indicators": [
                    {
                        "name": (
                            "Active mentors",
                            (
                                "Mentori attivi",
                                "Mentores activos",
                                "Aktiva mentorer",
                                "Aktywni mentorzy",
                            ),
                        ),
                        "unit": "mentors",
                        "baseline": 0,
                        "target": 20,
                        "values": {FIRST: 8, SECOND: 13},
                    }
                ],
                "progress": {
                    FIRST: ("in_progress", "Eight mentors matched."),
                    SECOND: ("in_progress", "Thirteen mentors matched."),
                },
            },
        ],
    },
    {
        "region": "wielkopolska",
        "title": (
            "Local Action Plan of Wielkopolska",
            (
                "Piano d'azione locale della Wielkopolska",
                "Plan de acción local de Wielkopolska",
                "Lokal handlingsplan för Wielkopolska",
                "Lokalny plan działania Wielkopolski",
            ),
        ),
        "instrument": "Wielkopolska Regional Operational Programme 2014–2020",
        "kind": ActionPlanPage.InstrumentKind.ERDF_PROGRAMME,
        "authority": "Board of the Wielkopolska Voivodeship",
        "status": ActionPlanPage.Status.APPROVED,
        "approved": D(2019, 7, 15),
        "context": (
            "Wielkopolska attracts much foreign investment; the challenge is to "
            "anchor investors and link them with local suppliers and talent.",
            (
                "La Wielkopolska attira molti investimenti esteri; la sfida è "
                "radicare gli investitori e collegarli a fornitori e talenti locali.",
                "Wielkopolska atrae mucha inversión extranjera; el reto es arraigar a "
                "los inversores y conectarlos con proveedores y talento locales.",
                "Wielkopolska lockar många utländska investeringar; utmaningen är att "
                "förankra investerarna och knyta dem till lokala leverantörer och "
                "talanger.",
                "Wielkopolska przyciąga wiele inwestycji zagranicznych; wyzwaniem jest "
                "zakorzenienie inwestorów i powiązanie ich z lokalnymi dostawcami i "
                "talentami.",
            ),
        ),
        "summary": (
            "Three actions: a single investment offer after Invest in "
            "Emilia-Romagna, supplier consortia after Measure 4.2 and a talent "
            "attraction programme after Gävleborg."
        ),
        "actions": [
            {
                "title": (
                    "Single regional investment offer",
                    (
                        "Offerta regionale unica per gli investimenti",
                        "Oferta regional única de inversión",
                        "Samlat regionalt investeringserbjudande",
                        "Jednolita regionalna oferta inwestycyjna",
                    ),
                ),
                "background": (
                    "Learned from Invest in Emilia-Romagna.",
                    (
                        "Appreso da Invest in Emilia-Romagna.",
                        "Aprendido de Invest in Emilia-Romagna.",
                        "Lärdomar från Invest in Emilia-Romagna.",
                        "Wnioski z Invest in Emilia-Romagna.",
                    ),
                ),
                "activities": (
                    "One offer of sites, incentives and services in four languages.",
                    (
                        "Un'offerta unica di aree, incentivi e servizi in quattro "
                        "lingue.",
                        "Una oferta única de suelo, incentivos y servicios en cuatro "
                        "idiomas.",
                        "Ett samlat erbjudande om tomter, incitament och tjänster på "
                        "fyra språk.",
                        "Jedna oferta terenów, zachęt i usług w czterech językach.",
                    ),
                ),
                "players": (
                    "Wielkopolska Investor Service Centre, municipalities",
                    (
                        "Centro servizi per gli investitori della Wielkopolska, comuni",
                        "Centro de atención al inversor de Wielkopolska, municipios",
                        "Wielkopolskas investerarservicecenter, kommuner",
                        "Centrum Obsługi Inwestorów Wielkopolski, gminy",
                    ),
                ),
                "funding": "ERDF regional programme and regional co-financing",
                "start": D(2019, 7, 1),
                "end": D(2020, 3, 31),
                "cost": Decimal("130000"),
                "indicators": [
                    {
                        "name": (
                            "Investment projects handled",
                            (
                                "Progetti di investimento seguiti",
                                "Proyectos de inversión gestionados",
                                "Hanterade investeringsprojekt",
                                "Obsłużone projekty inwestycyjne",
                            ),
                        ),
                        "unit": "investment projects",
                        "baseline": 20,
                        "target": 45,
                        "values": {FIRST: 29, SECOND: 46},
                    }
                ],
                "progress": {
                    FIRST: ("in_progress", "Offer published in Polish and English."),
                    SECOND: ("completed", "Offer in four languages; 46 projects."),
                },
            },
            {
                "title": (
                    "Local supplier consortia",
                    (
                        "Consorzi di fornitori locali",
                        "Consorcios de proveedores locales",
                        "Konsortier av lokala leverantörer",
                        "Konsorcja lokalnych dostawców",
                    ),
                ),
                "background": (
                    "Adapted from Measure 4.2 and TRIIP.",
                    (
                        "Adattato dalla Misura 4.2 e da TRIIP.",
                        "Adaptado de la Medida 4.2 y de TRIIP.",
                        "Anpassat från åtgärd 4.2 och TRIIP.",
                        "Zaadaptowane z działania 4.2 i programu TRIIP.",
                    ),
                ),
                "activities": (
                    "Help local suppliers bid together for foreign investors' orders.",
                    (
                        "Aiutare i fornitori locali a candidarsi insieme agli ordini "
                        "degli investitori esteri.",
                        "Ayudar a los proveedores locales a pujar juntos por los "
                        "pedidos de inversores extranjeros.",
                        "Hjälpa lokala leverantörer att tillsammans lämna anbud till "
                        "utländska investerare.",
                        "Pomóc lokalnym dostawcom wspólnie ubiegać się o zamówienia "
                        "inwestorów zagranicznych.",
                    ),
                ),
                "players": (
                    "Wielkopolska Region, business chambers, investors",
                    (
                        "Regione Wielkopolska, camere di commercio, investitori",
                        "Región de Wielkopolska, cámaras empresariales, inversores",
                        "Region Wielkopolska, handelskamrar, investerare",
                        "Samorząd Województwa Wielkopolskiego, izby gospodarcze, "
                        "inwestorzy",
                    ),
                ),
                "funding": "ERDF regional programme and regional co-financing",
                "start": D(2019, 10, 1),
                "end": D(2021, 3, 31),
                "cost": Decimal("260000"),
                "indicators": [
                    {
                        "name": (
                            "Suppliers in consortia",
                            (
                                "Fornitori nei consorzi",
                                "Proveedores en consorcios",
                                "Leverantörer i konsortier",
                                "Dostawcy w konsorcjach",
                            ),
                        ),
                        "unit": "companies",
                        "baseline": 0,
                        "target": 40,
                        "values": {FIRST: 6, SECOND: 17},
                    }
                ],
                "progress": {
                    FIRST: ("in_progress", "First consortium of six suppliers."),
                    SECOND: ("in_progress", "Three consortia, 17 suppliers."),
                },
            },
            {
                "title": (
                    "Talent attraction programme",
                    (
                        "Programma di attrazione dei talenti",
                        "Programa de atracción de talento",
                        "Program för kompetensattraktion",
                        "Program przyciągania talentów",
                    ),
                ),
                "background": (
                    "Learned from Gävleborg's talent attraction work.",
                    (
                        "Appreso dal lavoro di Gävleborg sull'attrazione dei talenti.",
                        "Aprendido del trabajo de Gävleborg en atracción de talento.",
                        "Lärdomar från Gävleborgs arbete med kompetensattraktion.",
                        "Wnioski z działań Gävleborg w zakresie przyciągania talentów.",
                    ),
                ),
                "activities": (
                    "Welcome services for engineers moving to the region.",
                    (
                        "Servizi di accoglienza per gli ingegneri che si trasferiscono "
                        "nella regione.",
                        "Servicios de acogida para ingenieros que se trasladan a la "
                        "región.",
                        "Välkomsttjänster för ingenjörer som flyttar till regionen.",
                        "Usługi powitalne dla inżynierów przeprowadzających się do "
                        "regionu.",
                    ),
                ),
                "players": (
                    "Wielkopolska Region, universities, employers",
                    (
                        "Regione Wielkopolska, università, datori di lavoro",
                        "Región de Wielkopolska, universidades, empleadores",
                        "Region Wielkopolska, universitet, arbetsgivare",
                        "Samorząd Województwa Wielkopolskiego, uczelnie, pracodawcy",
                    ),
                ),
                "funding": "Municipal budget and private sponsors",
                "start": D(2020, 4, 1),
                "end": D(2021, 3, 31),
                "cost": Decimal("80000"),
                "indicators": [
                    {
                        "name": (
                            "Newcomers welcomed",
                            (
                                "Nuovi arrivati accolti",
                                "Recién llegados acogidos",
                                "Mottagna nyinflyttade",
                                "Przyjęci nowi mieszkańcy",
                            ),
                        ),
                        "unit": "participants",
                        "baseline": 0,
                        "target": 150,
                        "values": {},
                    }
                ],
                "progress": {
                    FIRST: ("not_started", "Starts in April 2020."),
                    SECOND: ("not_started", "Starts in April 2020."),
                },
            },
        ],
    },
]


# Loading ------------------------------------------------------------------------


def plan_strings(data):
    """{english: (it, es, sv, pl)} for every translatable text of one plan."""
    strings = dict(COMMON)
    english, translated = data["title"]
    strings[english] = translated
    english, translated = data["context"]
    strings[english] = translated
    for action in data["actions"]:
        for key in ("title", "background", "activities", "players"):
            english, translated = action[key]
            strings[english] = translated
        for indicator in action["indicators"]:
            english, translated = indicator["name"]
            strings[english] = translated
    return strings


def build_plan(data):
    actions = []
    for order, item in enumerate(data["actions"]):
        actions.append(
            PlanAction(
                sort_order=order,
                title=item["title"][0],
                background=f"<p>{item['background'][0]}</p>",
                activities=f"<p>{item['activities'][0]}</p>",
                players=item["players"][0],
                funding_sources=item["funding"],
                start_date=item["start"],
                end_date=item["end"],
                indicative_cost=item["cost"],
                indicators=[
                    ActionIndicator(
                        sort_order=i,
                        name=indicator["name"][0],
                        unit=indicator["unit"],
                        baseline=Decimal(indicator["baseline"]),
                        target=Decimal(indicator["target"]),
                    )
                    for i, indicator in enumerate(item["indicators"])
                ],
            )
        )
    return ActionPlanPage(
        title=data["title"][0],
        slug=PLAN_SLUG,
        instrument_name=data["instrument"],
        instrument_kind=data["kind"],
        managing_authority=data["authority"],
        plan_status=data["status"],
        approval_date=data["approved"],
        context=f"<p>{data['context'][0]}</p>",
        english_summary=data["summary"],
        actions=actions,
    )


def evidence_document(demo, title):
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(
            title=title,
            document_type="evidence",
            language="en",
            description="Evidence attached to a monitoring report (demo).",
        )
        document.file.save(
            f"{title.lower().replace(' ', '-')[:80]}.txt",
            ContentFile(f"{title}\n\nDemo evidence document.\n".encode()),
            save=False,
        )
        document.save()
        demo.count("documents")
    return document


def ensure_reports(demo, plan, data):
    """Two submitted reports, unless they exist already."""
    actions = list(plan.actions.order_by("sort_order"))
    for code in (FIRST, SECOND):
        report, created = MonitoringReport.objects.get_or_create(
            plan=plan,
            period=code,
            defaults={
                "submitted_on": SUBMITTED[code],
                "summary": f"Six-monthly report on the {plan.title}.",
            },
        )
        if not created:
            continue
        demo.count("monitoring reports")
        for order, (action, item) in enumerate(
            zip(actions, data["actions"], strict=True)
        ):
            status, narrative, *explanation = item["progress"][code]
            ActionProgress.objects.create(
                report=report,
                action=action,
                sort_order=order,
                status=status,
                narrative=narrative,
                explanation=explanation[0] if explanation else "",
            )
            indicators = list(action.indicators.order_by("sort_order"))
            for indicator, spec in zip(indicators, item["indicators"], strict=True):
                if code in spec["values"]:
                    IndicatorMeasurement.objects.create(
                        report=report,
                        indicator=indicator,
                        value=Decimal(spec["values"][code]),
                        measured_on=MEASURED[code],
                    )
        title = f"{plan.title} – monitoring evidence {report.get_period_display()}"
        MonitoringEvidence.objects.create(
            report=report,
            document=evidence_document(demo, title.replace("/", "-")),
            description="Minutes of the Local Stakeholder Group meeting.",
        )


def load(demo, translations):
    """Plans under each English region page, translated; returns the plan pages.
    (The practices that inspired their actions are linked by the practices
    app's demo, which owns that link.)"""
    english = Locale.get_default()
    pages = []
    for data in PLANS:
        region = RegionPage.objects.filter(locale=english, slug=data["region"]).first()
        if region is None:
            continue
        plan, created = add_child_once(region, build_plan(data), user=demo.user)
        demo.count("pages", int(created))
        demo.count(
            "translations",
            translate(plan, translations(plan_strings(data)), user=demo.user),
        )
        ensure_reports(demo, plan, data)
        pages.append(plan)
    return pages
