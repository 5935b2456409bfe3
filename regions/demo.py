"""Demo content of the regions app: the seven real partner territories.

Figures are rounded public statistics (national statistics offices and Eurostat);
they illustrate the profiles and are not official data of the project.
Each translated string is written once, as English → (it, es, sv, pl).
"""

from decimal import Decimal

from wagtail.models import Locale, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from cms.demo import add_child_once, translate
from home.models import HomePage
from regions import demo_data as action_plan_demo
from regions.models import (
    RegionIndexPage,
    RegionKeyFigure,
    RegionPage,
    RegionSector,
    Sector,
    StakeholderMember,
    ValueChainPage,
)

LANGS = ("it", "es", "sv", "pl")


def as_segment(text):
    """wagtail-localize stores plain-text segments HTML-escaped (“R&amp;D”)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def translations(table):
    """{english: (it, es, sv, pl)} → {"it": {english: italian}, ...} for translate()."""
    return {
        code: {
            as_segment(english): as_segment(texts[i])
            for english, texts in table.items()
        }
        for i, code in enumerate(LANGS)
    }


SECTORS = {
    # code: (English name, (it, es, sv, pl))
    "automotive": (
        "Automotive",
        ("Automotive", "Automoción", "Fordonsindustri", "Motoryzacja"),
    ),
    "mechatronics": (
        "Mechatronics and machinery",
        (
            "Meccatronica e macchinari",
            "Mecatrónica y maquinaria",
            "Mekatronik och maskiner",
            "Mechatronika i maszyny",
        ),
    ),
    "agri-food": (
        "Agri-food",
        (
            "Agroalimentare",
            "Agroalimentario",
            "Livsmedel och jordbruk",
            "Rolno-spożywczy",
        ),
    ),
    "ceramics": ("Ceramics", ("Ceramica", "Cerámica", "Keramik", "Ceramika")),
    "ict": (
        "ICT and digital",
        (
            "ICT e digitale",
            "TIC y digital",
            "IT och digitalisering",
            "ICT i cyfryzacja",
        ),
    ),
    "logistics": ("Logistics", ("Logistica", "Logística", "Logistik", "Logistyka")),
    "finance": (
        "Financial and professional services",
        (
            "Servizi finanziari e professionali",
            "Servicios financieros y profesionales",
            "Finansiella och professionella tjänster",
            "Usługi finansowe i profesjonalne",
        ),
    ),
    "health": (
        "Health and life sciences",
        (
            "Salute e scienze della vita",
            "Salud y ciencias de la vida",
            "Hälsa och life science",
            "Zdrowie i nauki o życiu",
        ),
    ),
    "forestry": (
        "Forest and wood",
        ("Foresta e legno", "Forestal y madera", "Skog och trä", "Leśnictwo i drewno"),
    ),
    "energy": (
        "Energy and green technology",
        (
            "Energia e tecnologie verdi",
            "Energía y tecnologías verdes",
            "Energi och grön teknik",
            "Energia i zielone technologie",
        ),
    ),
}

INDEX_TITLE = "Territories"
INDEX_INTRO = (
    "The seven COMPETE IN partners and their territories: economy, value chains, "
    "stakeholders and investment opportunities. Filter the list, or tick two to "
    "four territories to compare their key figures side by side."
)

POPULATION = "Population"
GDP = "GDP per inhabitant"
EXPORTS = "Exports of goods, € million"
ENTERPRISES = "Active enterprises"
RND = "R&D expenditure, share of GDP"

# Roles of stakeholder group members, shared by every region.
ROLE_POLICY = "Regional policy and funding"
ROLE_RESEARCH = "Research, training and technology transfer"
ROLE_EXPORT = "Export services and business support"
ROLE_COMPANIES = "Voice of local companies"
ROLE_CULTURE = "Local identity and culture"
ROLE_SOCIAL = "Social inclusion and skills"

# Stage names of value chains, shared by every chain.
STAGE_RESEARCH = "Research and design"
STAGE_SUPPLY = "Suppliers and components"
STAGE_RAW = "Raw materials"
STAGE_PRODUCTION = "Production"
STAGE_SERVICES = "Services"
STAGE_EXPORT = "Distribution and export"

COMMON = {
    INDEX_TITLE: ("Territori", "Territorios", "Regioner", "Terytoria"),
    "territories": ("territori", "territorios", "regioner", "terytoria"),
    INDEX_INTRO: (
        "I sette partner di COMPETE IN e i loro territori: economia, catene del "
        "valore, stakeholder e opportunità di investimento. Filtra l'elenco, oppure "
        "seleziona da due a quattro territori per confrontarne gli indicatori chiave.",
        "Los siete socios de COMPETE IN y sus territorios: economía, cadenas de "
        "valor, partes interesadas y oportunidades de inversión. Filtre la lista o "
        "marque de dos a cuatro territorios para comparar sus cifras clave.",
        "De sju partnerna i COMPETE IN och deras regioner: ekonomi, värdekedjor, "
        "intressenter och investeringsmöjligheter. Filtrera listan eller markera två "
        "till fyra regioner för att jämföra deras nyckeltal sida vid sida.",
        "Siedmiu partnerów COMPETE IN i ich terytoria: gospodarka, łańcuchy wartości, "
        "interesariusze i możliwości inwestycyjne. Przefiltruj listę lub zaznacz od "
        "dwóch do czterech terytoriów, aby porównać ich kluczowe dane.",
    ),
    POPULATION: ("Popolazione", "Población", "Befolkning", "Ludność"),
    GDP: (
        "PIL per abitante",
        "PIB por habitante",
        "BNP per invånare",
        "PKB na mieszkańca",
    ),
    EXPORTS: (
        "Esportazioni di beni, milioni di €",
        "Exportaciones de bienes, millones de €",
        "Varuexport, miljoner €",
        "Eksport towarów, mln €",
    ),
    ENTERPRISES: (
        "Imprese attive",
        "Empresas activas",
        "Aktiva företag",
        "Aktywne przedsiębiorstwa",
    ),
    RND: (
        "Spesa in R&S, quota del PIL",
        "Gasto en I+D, porcentaje del PIB",
        "FoU-utgifter, andel av BNP",
        "Nakłady na B+R, udział w PKB",
    ),
    ROLE_POLICY: (
        "Politiche regionali e finanziamenti",
        "Política regional y financiación",
        "Regional politik och finansiering",
        "Polityka regionalna i finansowanie",
    ),
    ROLE_RESEARCH: (
        "Ricerca, formazione e trasferimento tecnologico",
        "Investigación, formación y transferencia de tecnología",
        "Forskning, utbildning och tekniköverföring",
        "Badania, szkolenia i transfer technologii",
    ),
    ROLE_EXPORT: (
        "Servizi per l'export e supporto alle imprese",
        "Servicios de exportación y apoyo a las empresas",
        "Exporttjänster och företagsstöd",
        "Usługi eksportowe i wsparcie biznesu",
    ),
    ROLE_COMPANIES: (
        "Voce delle imprese locali",
        "Voz de las empresas locales",
        "De lokala företagens röst",
        "Głos lokalnych firm",
    ),
    ROLE_CULTURE: (
        "Identità e cultura locale",
        "Identidad y cultura locales",
        "Lokal identitet och kultur",
        "Tożsamość i kultura lokalna",
    ),
    ROLE_SOCIAL: (
        "Inclusione sociale e competenze",
        "Inclusión social y competencias",
        "Social inkludering och kompetens",
        "Włączenie społeczne i umiejętności",
    ),
    STAGE_RESEARCH: (
        "Ricerca e progettazione",
        "Investigación y diseño",
        "Forskning och design",
        "Badania i projektowanie",
    ),
    STAGE_SUPPLY: (
        "Fornitori e componenti",
        "Proveedores y componentes",
        "Leverantörer och komponenter",
        "Dostawcy i komponenty",
    ),
    STAGE_RAW: ("Materie prime", "Materias primas", "Råvaror", "Surowce"),
    STAGE_PRODUCTION: ("Produzione", "Producción", "Produktion", "Produkcja"),
    STAGE_SERVICES: ("Servizi", "Servicios", "Tjänster", "Usługi"),
    STAGE_EXPORT: (
        "Distribuzione ed export",
        "Distribución y exportación",
        "Distribution och export",
        "Dystrybucja i eksport",
    ),
}

ACTORS = {
    "Dairy farms": (
        "Allevamenti da latte",
        "Granjas lecheras",
        "Mjölkgårdar",
        "Gospodarstwa mleczne",
    ),
    "Cooperative dairies": (
        "Caseifici cooperativi",
        "Queserías cooperativas",
        "Kooperativa mejerier",
        "Spółdzielnie mleczarskie",
    ),
    "Hydraulics makers": (
        "Produttori di oleodinamica",
        "Fabricantes de hidráulica",
        "Hydrauliktillverkare",
        "Producenci hydrauliki",
    ),
    "Component suppliers": (
        "Fornitori di componenti",
        "Proveedores de componentes",
        "Komponentleverantörer",
        "Dostawcy komponentów",
    ),
    "Agricultural machinery makers": (
        "Costruttori di macchine agricole",
        "Fabricantes de maquinaria agrícola",
        "Tillverkare av jordbruksmaskiner",
        "Producenci maszyn rolniczych",
    ),
    "Engine and gearbox specialists": (
        "Specialisti di motori e cambi",
        "Especialistas en motores y cajas de cambios",
        "Specialister på motorer och växellådor",
        "Specjaliści od silników i skrzyń biegów",
    ),
    "Frit and glaze makers": (
        "Produttori di fritte e smalti",
        "Fabricantes de fritas y esmaltes",
        "Tillverkare av fritta och glasyr",
        "Producenci fryt i szkliw",
    ),
    "Tile makers": (
        "Produttori di piastrelle",
        "Fabricantes de baldosas",
        "Plattillverkare",
        "Producenci płytek",
    ),
    "Kiln and press makers": (
        "Costruttori di forni e presse",
        "Fabricantes de hornos y prensas",
        "Tillverkare av ugnar och pressar",
        "Producenci pieców i pras",
    ),
    "Banks and insurers": (
        "Banche e assicurazioni",
        "Bancos y aseguradoras",
        "Banker och försäkringsbolag",
        "Banki i ubezpieczyciele",
    ),
    "Law and accounting firms": (
        "Studi legali e contabili",
        "Bufetes y firmas contables",
        "Advokat- och revisionsbyråer",
        "Kancelarie prawne i biura rachunkowe",
    ),
    "Health-software firms": (
        "Imprese di software sanitario",
        "Empresas de software sanitario",
        "Företag inom vårdmjukvara",
        "Firmy oprogramowania medycznego",
    ),
    "Medical-device makers": (
        "Produttori di dispositivi medici",
        "Fabricantes de productos sanitarios",
        "Tillverkare av medicintekniska produkter",
        "Producenci wyrobów medycznych",
    ),
    "Forest owners": (
        "Proprietari forestali",
        "Propietarios forestales",
        "Skogsägare",
        "Właściciele lasów",
    ),
    "Sawmills": ("Segherie", "Aserraderos", "Sågverk", "Tartaki"),
    "Paperboard mills": (
        "Cartiere",
        "Fábricas de cartón",
        "Kartongbruk",
        "Zakłady tektury",
    ),
    "Heat-pump makers": (
        "Produttori di pompe di calore",
        "Fabricantes de bombas de calor",
        "Värmepumpstillverkare",
        "Producenci pomp ciepła",
    ),
    "Photovoltaic installers": (
        "Installatori di fotovoltaico",
        "Instaladores fotovoltaicos",
        "Solcellsinstallatörer",
        "Instalatorzy fotowoltaiki",
    ),
    "Energy cooperatives": (
        "Cooperative energetiche",
        "Cooperativas energéticas",
        "Energikooperativ",
        "Spółdzielnie energetyczne",
    ),
    "Family farms": (
        "Aziende agricole familiari",
        "Explotaciones familiares",
        "Familjejordbruk",
        "Gospodarstwa rodzinne",
    ),
    "Meat and dairy processors": (
        "Trasformatori di carne e latte",
        "Transformadores cárnicos y lácteos",
        "Kött- och mejeriförädlare",
        "Przetwórcy mięsa i mleka",
    ),
    "Warehouse developers": (
        "Sviluppatori di magazzini",
        "Promotores de almacenes",
        "Lagerutvecklare",
        "Deweloperzy magazynowi",
    ),
    "Rail freight terminals": (
        "Terminal ferroviari merci",
        "Terminales ferroviarias de mercancías",
        "Järnvägsterminaler för gods",
        "Kolejowe terminale towarowe",
    ),
    "E-commerce fulfilment centres": (
        "Centri logistici per l'e-commerce",
        "Centros logísticos de comercio electrónico",
        "E-handelslager",
        "Centra realizacji zamówień e-commerce",
    ),
}
COMMON.update(ACTORS)

P, U, R, T, C, CU, S, CO = (
    StakeholderMember.Category.PUBLIC_BODY,
    StakeholderMember.Category.UNIVERSITY,
    StakeholderMember.Category.RESEARCH,
    StakeholderMember.Category.TRADE_ASSOCIATION,
    StakeholderMember.Category.CHAMBER,
    StakeholderMember.Category.CULTURAL,
    StakeholderMember.Category.SOCIAL,
    StakeholderMember.Category.COMPANY,
)

# Each region: page fields, sectors, figures (label, value, unit, year, source),
# stakeholders (organisation, category, website, role), value chains, and the
# translations of its own strings.
REGIONS = [
    {
        "slug": "reggio-emilia",
        "title": "Reggio Emilia",
        "partner_name": "Municipality of Reggio Emilia",
        "partner_kind": RegionPage.PartnerKind.MUNICIPALITY,
        "country": RegionPage.Country.ITALY,
        "nuts_code": "ITH53",
        "latitude": "44.69825",
        "longitude": "10.63125",
        "intro": "The lead partner of COMPETE IN: a province of mechatronics and food excellence that links its small firms to markets as far as South Africa and India.",
        "desk_name": "Comune di Reggio Emilia – International relations",
        "desk_email": "international@comune.re.example",
        "desk_phone": "+39 0522 456 111",
        "sectors": ["mechatronics", "agri-food", "ict"],
        "figures": [
            (POPULATION, "525000", "", 2023, "ISTAT"),
            (GDP, "38900", "€", 2021, "ISTAT"),
            (EXPORTS, "13400", "", 2023, "ISTAT"),
            (ENTERPRISES, "52000", "", 2023, "Camera di Commercio dell'Emilia"),
            (RND, "2.1", "%", 2021, "ISTAT"),
        ],
        "stakeholders": [
            (
                "Province of Reggio Emilia",
                P,
                "https://www.provincia.re.it/",
                ROLE_POLICY,
            ),
            (
                "University of Modena and Reggio Emilia (UNIMORE)",
                U,
                "https://www.unimore.it/",
                ROLE_RESEARCH,
            ),
            (
                "Camera di Commercio dell'Emilia",
                C,
                "https://www.emilia.camcom.it/",
                ROLE_EXPORT,
            ),
            (
                "Unindustria Reggio Emilia",
                T,
                "https://www.unindustriareggioemilia.it/",
                ROLE_COMPANIES,
            ),
        ],
        "chains": [
            {
                "slug": "parmigiano-reggiano",
                "title": "Parmigiano Reggiano and the food chain",
                "sector": "agri-food",
                "summary": "From fodder and milk to aged cheese: a protected-origin chain of farms, dairies and machinery makers that exports worldwide.",
                "stages": [
                    (STAGE_RAW, ["Dairy farms", "CRPA"]),
                    (
                        STAGE_PRODUCTION,
                        ["Cooperative dairies", "Consorzio del Parmigiano Reggiano"],
                    ),
                    (
                        STAGE_EXPORT,
                        [
                            "Consorzio del Parmigiano Reggiano",
                            "Food Innovation Program",
                        ],
                    ),
                ],
                "trends": "Demand grows in North America and Asia, while traceability and animal welfare become selling points.",
                "figures": (3000, 50000, "45.0", 2022),
                "companies": [
                    "Parmigiano Reggiano Consortium",
                    "Food Innovation Program",
                ],
            },
            {
                "slug": "mechatronics",
                "title": "Mechatronics and agricultural machinery",
                "sector": "mechatronics",
                "summary": "Hydraulics, tractors and automation: a dense network of specialised suppliers around international brands.",
                "stages": [
                    (STAGE_RESEARCH, ["UNIMORE", "Tecnopolo di Reggio Emilia"]),
                    (STAGE_SUPPLY, ["Hydraulics makers", "Component suppliers"]),
                    (
                        STAGE_PRODUCTION,
                        ["Agricultural machinery makers", "Argo Tractors"],
                    ),
                ],
                "trends": "Electrification and precision farming reshape products; skilled technicians are the scarcest resource.",
                "figures": (2600, 38000, "62.0", 2022),
                "companies": ["Argo Tractors", "Interpump Group"],
            },
        ],
        "strings": {
            "The lead partner of COMPETE IN: a province of mechatronics and food excellence that links its small firms to markets as far as South Africa and India.": (
                "Il capofila di COMPETE IN: una provincia di eccellenze nella meccatronica e nell'agroalimentare che collega le sue piccole imprese a mercati lontani come il Sudafrica e l'India.",
                "El socio principal de COMPETE IN: una provincia de excelencia en mecatrónica y alimentación que conecta a sus pequeñas empresas con mercados tan lejanos como Sudáfrica e India.",
                "Huvudpartner i COMPETE IN: en provins med spetskompetens inom mekatronik och livsmedel som kopplar sina små företag till marknader så långt bort som Sydafrika och Indien.",
                "Partner wiodący COMPETE IN: prowincja wyróżniająca się mechatroniką i żywnością, która łączy swoje małe firmy z rynkami tak odległymi jak RPA i Indie.",
            ),
            "Parmigiano Reggiano and the food chain": (
                "Il Parmigiano Reggiano e la filiera alimentare",
                "El Parmigiano Reggiano y la cadena alimentaria",
                "Parmigiano Reggiano och livsmedelskedjan",
                "Parmigiano Reggiano i łańcuch żywnościowy",
            ),
            "From fodder and milk to aged cheese: a protected-origin chain of farms, dairies and machinery makers that exports worldwide.": (
                "Dal foraggio e dal latte al formaggio stagionato: una filiera a denominazione d'origine protetta di allevamenti, caseifici e costruttori di macchine che esporta in tutto il mondo.",
                "Del forraje y la leche al queso curado: una cadena con denominación de origen protegida de granjas, queserías y fabricantes de maquinaria que exporta a todo el mundo.",
                "Från foder och mjölk till lagrad ost: en kedja med skyddad ursprungsbeteckning av gårdar, mejerier och maskintillverkare som exporterar över hela världen.",
                "Od paszy i mleka po dojrzewający ser: łańcuch z chronioną nazwą pochodzenia, złożony z gospodarstw, serowarni i producentów maszyn, eksportujący na cały świat.",
            ),
            "Demand grows in North America and Asia, while traceability and animal welfare become selling points.": (
                "La domanda cresce in Nord America e in Asia, mentre tracciabilità e benessere animale diventano argomenti di vendita.",
                "La demanda crece en Norteamérica y Asia, y la trazabilidad y el bienestar animal se convierten en argumentos de venta.",
                "Efterfrågan växer i Nordamerika och Asien, samtidigt som spårbarhet och djurvälfärd blir försäljningsargument.",
                "Popyt rośnie w Ameryce Północnej i Azji, a identyfikowalność i dobrostan zwierząt stają się atutami sprzedażowymi.",
            ),
            "Mechatronics and agricultural machinery": (
                "Meccatronica e macchine agricole",
                "Mecatrónica y maquinaria agrícola",
                "Mekatronik och jordbruksmaskiner",
                "Mechatronika i maszyny rolnicze",
            ),
            "Hydraulics, tractors and automation: a dense network of specialised suppliers around international brands.": (
                "Oleodinamica, trattori e automazione: una fitta rete di fornitori specializzati attorno a marchi internazionali.",
                "Hidráulica, tractores y automatización: una densa red de proveedores especializados en torno a marcas internacionales.",
                "Hydraulik, traktorer och automation: ett tätt nätverk av specialiserade leverantörer kring internationella varumärken.",
                "Hydraulika, ciągniki i automatyka: gęsta sieć wyspecjalizowanych dostawców wokół międzynarodowych marek.",
            ),
            "Electrification and precision farming reshape products; skilled technicians are the scarcest resource.": (
                "Elettrificazione e agricoltura di precisione trasformano i prodotti; i tecnici qualificati sono la risorsa più scarsa.",
                "La electrificación y la agricultura de precisión transforman los productos; los técnicos cualificados son el recurso más escaso.",
                "Elektrifiering och precisionsjordbruk förändrar produkterna; kvalificerade tekniker är den knappaste resursen.",
                "Elektryfikacja i rolnictwo precyzyjne zmieniają produkty; wykwalifikowani technicy są najrzadszym zasobem.",
            ),
        },
    },
    {
        "slug": "emilia-romagna",
        "title": "Emilia-Romagna",
        "partner_name": "ART-ER (formerly ERVET)",
        "partner_kind": RegionPage.PartnerKind.DEVELOPMENT_AGENCY,
        "country": RegionPage.Country.ITALY,
        "nuts_code": "ITH5",
        "latitude": "44.49381",
        "longitude": "11.33875",
        "intro": "One of Europe's leading manufacturing regions, home of the Motor Valley and the ceramic district, with a regional law that actively attracts investment.",
        "desk_name": "Invest in Emilia-Romagna (ART-ER)",
        "desk_email": "invest@art-er.example",
        "desk_phone": "+39 051 639 7111",
        "desk_url": "https://www.investinemiliaromagna.eu/",
        "sectors": ["automotive", "ceramics", "mechatronics", "agri-food", "health"],
        "figures": [
            (POPULATION, "4455000", "", 2023, "ISTAT"),
            (GDP, "37800", "€", 2022, "Eurostat"),
            (EXPORTS, "84900", "", 2023, "ISTAT"),
            (ENTERPRISES, "398000", "", 2023, "Unioncamere"),
            (RND, "2.2", "%", 2021, "Eurostat"),
        ],
        "stakeholders": [
            (
                "Regione Emilia-Romagna",
                P,
                "https://www.regione.emilia-romagna.it/",
                ROLE_POLICY,
            ),
            ("University of Bologna", U, "https://www.unibo.it/", ROLE_RESEARCH),
            ("Clust-ER associations", R, "https://www.clust-er.it/", ROLE_RESEARCH),
            (
                "Confindustria Emilia-Romagna",
                T,
                "https://www.confindustria.emilia-romagna.it/",
                ROLE_COMPANIES,
            ),
            (
                "Unioncamere Emilia-Romagna",
                C,
                "https://www.ucer.camcom.it/",
                ROLE_EXPORT,
            ),
        ],
        "chains": [
            {
                "slug": "motor-valley",
                "title": "Automotive and the Motor Valley",
                "sector": "automotive",
                "summary": "Supercars, motorcycles and racing: world-famous brands supported by component makers, test tracks and engineering schools.",
                "stages": [
                    (STAGE_RESEARCH, ["MUNER", "Clust-ER MECH"]),
                    (
                        STAGE_SUPPLY,
                        ["Engine and gearbox specialists", "Component suppliers"],
                    ),
                    (
                        STAGE_PRODUCTION,
                        ["Ferrari", "Lamborghini", "Ducati", "Maserati"],
                    ),
                ],
                "trends": "Electric and hybrid powertrains, lightweight materials and software are where new suppliers find room.",
                "figures": (16500, 90000, "60.0", 2022),
                "companies": [
                    "Ferrari",
                    "Automobili Lamborghini",
                    "Ducati Motor Holding",
                ],
            },
            {
                "slug": "ceramic-tiles",
                "title": "Ceramic tiles",
                "sector": "ceramics",
                "summary": "The Sassuolo district makes most of Italy's ceramic tiles and the machines and glazes the world uses to make them.",
                "stages": [
                    (STAGE_RAW, ["Frit and glaze makers"]),
                    (STAGE_PRODUCTION, ["Tile makers", "Kiln and press makers"]),
                    (STAGE_EXPORT, ["Confindustria Ceramica", "Cersaie"]),
                ],
                "trends": "Energy costs and decarbonisation drive investment in new kilns; large slabs and digital printing lead demand.",
                "figures": (280, 19000, "82.0", 2022),
                "companies": ["Marazzi Group", "SACMI", "System Ceramics"],
            },
        ],
        "strings": {
            "One of Europe's leading manufacturing regions, home of the Motor Valley and the ceramic district, with a regional law that actively attracts investment.": (
                "Una delle principali regioni manifatturiere d'Europa, patria della Motor Valley e del distretto ceramico, con una legge regionale che attrae attivamente investimenti.",
                "Una de las principales regiones manufactureras de Europa, cuna del Motor Valley y del distrito cerámico, con una ley regional que atrae activamente inversiones.",
                "En av Europas ledande tillverkningsregioner, hem för Motor Valley och keramikdistriktet, med en regional lag som aktivt lockar investeringar.",
                "Jeden z wiodących regionów przemysłowych Europy, ojczyzna Motor Valley i okręgu ceramicznego, z ustawą regionalną aktywnie przyciągającą inwestycje.",
            ),
            "Automotive and the Motor Valley": (
                "L'automotive e la Motor Valley",
                "La automoción y el Motor Valley",
                "Fordonsindustrin och Motor Valley",
                "Motoryzacja i Motor Valley",
            ),
            "Supercars, motorcycles and racing: world-famous brands supported by component makers, test tracks and engineering schools.": (
                "Supercar, moto e corse: marchi famosi in tutto il mondo sostenuti da produttori di componenti, circuiti di prova e scuole di ingegneria.",
                "Superdeportivos, motos y competición: marcas famosas en todo el mundo respaldadas por fabricantes de componentes, circuitos de pruebas y escuelas de ingeniería.",
                "Superbilar, motorcyklar och racing: världsberömda varumärken med stöd av komponenttillverkare, testbanor och ingenjörsskolor.",
                "Supersamochody, motocykle i wyścigi: światowej sławy marki wspierane przez producentów komponentów, tory testowe i szkoły inżynierskie.",
            ),
            "Electric and hybrid powertrains, lightweight materials and software are where new suppliers find room.": (
                "Propulsioni elettriche e ibride, materiali leggeri e software sono gli ambiti in cui i nuovi fornitori trovano spazio.",
                "Los sistemas de propulsión eléctricos e híbridos, los materiales ligeros y el software son donde los nuevos proveedores encuentran espacio.",
                "El- och hybriddrivlinor, lätta material och mjukvara är där nya leverantörer hittar utrymme.",
                "Napędy elektryczne i hybrydowe, lekkie materiały i oprogramowanie to obszary, w których nowi dostawcy znajdują miejsce.",
            ),
            "Ceramic tiles": (
                "Piastrelle di ceramica",
                "Baldosas cerámicas",
                "Keramiska plattor",
                "Płytki ceramiczne",
            ),
            "The Sassuolo district makes most of Italy's ceramic tiles and the machines and glazes the world uses to make them.": (
                "Il distretto di Sassuolo produce la maggior parte delle piastrelle italiane e le macchine e gli smalti con cui il mondo le fabbrica.",
                "El distrito de Sassuolo fabrica la mayoría de las baldosas cerámicas de Italia y las máquinas y esmaltes que el mundo usa para producirlas.",
                "Sassuolodistriktet tillverkar merparten av Italiens keramiska plattor och de maskiner och glasyrer som världen använder för att göra dem.",
                "Okręg Sassuolo wytwarza większość włoskich płytek ceramicznych oraz maszyny i szkliwa, których świat używa do ich produkcji.",
            ),
            "Energy costs and decarbonisation drive investment in new kilns; large slabs and digital printing lead demand.": (
                "Costi energetici e decarbonizzazione spingono gli investimenti in nuovi forni; grandi lastre e stampa digitale guidano la domanda.",
                "Los costes energéticos y la descarbonización impulsan la inversión en nuevos hornos; las grandes placas y la impresión digital lideran la demanda.",
                "Energikostnader och minskade utsläpp driver investeringar i nya ugnar; stora skivor och digitaltryck leder efterfrågan.",
                "Koszty energii i dekarbonizacja napędzają inwestycje w nowe piece; wielkoformatowe płyty i druk cyfrowy wiodą prym w popycie.",
            ),
        },
    },
    {
        "slug": "west-yorkshire",
        "title": "West Yorkshire",
        "partner_name": "Leeds Beckett University",
        "partner_kind": RegionPage.PartnerKind.UNIVERSITY,
        "country": RegionPage.Country.UNITED_KINGDOM,
        "nuts_code": "UKE4",
        "latitude": "53.80076",
        "longitude": "-1.54908",
        "intro": "A city region of 2.3 million people around Leeds, with the largest financial centre outside London and a growing digital and health-technology scene.",
        "desk_name": "Leeds Beckett University – Business engagement",
        "desk_email": "business@leedsbeckett.example",
        "desk_phone": "+44 113 812 0000",
        "sectors": ["finance", "ict", "health"],
        "figures": [
            (POPULATION, "2351000", "", 2021, "ONS Census"),
            (GDP, "31500", "€", 2021, "ONS"),
            (EXPORTS, "9800", "", 2022, "HMRC"),
            (ENTERPRISES, "85000", "", 2023, "ONS"),
            (RND, "1.2", "%", 2021, "ONS"),
        ],
        "stakeholders": [
            (
                "West Yorkshire Combined Authority",
                P,
                "https://www.westyorks-ca.gov.uk/",
                ROLE_POLICY,
            ),
            (
                "Leeds Beckett University",
                U,
                "https://www.leedsbeckett.ac.uk/",
                ROLE_RESEARCH,
            ),
            ("Wakefield First", T, "", ROLE_COMPANIES),
            (
                "West & North Yorkshire Chamber of Commerce",
                C,
                "https://www.wnychamber.co.uk/",
                ROLE_EXPORT,
            ),
        ],
        "chains": [
            {
                "slug": "financial-services",
                "title": "Financial and professional services",
                "sector": "finance",
                "summary": "Banks, insurers, law and accounting firms that make Leeds the UK's largest financial centre after London.",
                "stages": [
                    (
                        STAGE_RESEARCH,
                        ["Leeds Beckett University", "University of Leeds"],
                    ),
                    (
                        STAGE_SERVICES,
                        ["Banks and insurers", "Law and accounting firms"],
                    ),
                    (
                        STAGE_EXPORT,
                        [
                            "Leeds Chamber of Commerce",
                            "Department for Business and Trade",
                        ],
                    ),
                ],
                "trends": "Fintech and open banking bring new entrants, and hybrid work moves back-office jobs out of London.",
                "figures": (11000, 150000, "12.0", 2022),
                "companies": ["Yorkshire Building Society", "Leeds Building Society"],
            },
            {
                "slug": "digital-health",
                "title": "Digital and health technology",
                "sector": "health",
                "summary": "The NHS's national bodies in Leeds drive a cluster of health-data, software and medical-technology companies.",
                "stages": [
                    (
                        STAGE_RESEARCH,
                        ["Nexus Leeds", "Leeds Teaching Hospitals NHS Trust"],
                    ),
                    (
                        STAGE_PRODUCTION,
                        ["Health-software firms", "Medical-device makers"],
                    ),
                    (STAGE_SERVICES, ["NHS England", "NHS Digital"]),
                ],
                "trends": "Health data, artificial intelligence and remote care attract venture capital to the region.",
                "figures": (1800, 22000, "18.0", 2022),
                "companies": ["Sky Betting & Gaming Technology", "TPP"],
            },
        ],
        "strings": {
            "A city region of 2.3 million people around Leeds, with the largest financial centre outside London and a growing digital and health-technology scene.": (
                "Un'area metropolitana di 2,3 milioni di abitanti attorno a Leeds, con il più grande centro finanziario fuori Londra e una scena digitale e di tecnologie sanitarie in crescita.",
                "Una región urbana de 2,3 millones de habitantes en torno a Leeds, con el mayor centro financiero fuera de Londres y un sector digital y de tecnología sanitaria en auge.",
                "En stadsregion med 2,3 miljoner invånare kring Leeds, med det största finanscentrumet utanför London och en växande scen för digital teknik och hälsoteknik.",
                "Region miejski liczący 2,3 mln mieszkańców wokół Leeds, z największym centrum finansowym poza Londynem i rosnącym sektorem cyfrowym i technologii medycznych.",
            ),
            "Financial and professional services": (
                "Servizi finanziari e professionali",
                "Servicios financieros y profesionales",
                "Finansiella och professionella tjänster",
                "Usługi finansowe i profesjonalne",
            ),
            "Banks, insurers, law and accounting firms that make Leeds the UK's largest financial centre after London.": (
                "Banche, assicurazioni, studi legali e contabili che fanno di Leeds il maggiore centro finanziario del Regno Unito dopo Londra.",
                "Bancos, aseguradoras, bufetes y firmas contables que convierten a Leeds en el mayor centro financiero del Reino Unido después de Londres.",
                "Banker, försäkringsbolag, advokat- och revisionsbyråer som gör Leeds till Storbritanniens största finanscentrum efter London.",
                "Banki, ubezpieczyciele, kancelarie prawne i firmy księgowe, dzięki którym Leeds jest największym centrum finansowym Wielkiej Brytanii po Londynie.",
            ),
            "Fintech and open banking bring new entrants, and hybrid work moves back-office jobs out of London.": (
                "Fintech e open banking portano nuovi operatori, e il lavoro ibrido sposta fuori Londra le funzioni di back office.",
                "La tecnología financiera y la banca abierta atraen a nuevos actores, y el trabajo híbrido saca de Londres los empleos administrativos.",
                "Fintech och öppna bankgränssnitt lockar nya aktörer, och hybridarbete flyttar backofficejobb från London.",
                "Fintech i otwarta bankowość przyciągają nowych graczy, a praca hybrydowa przenosi stanowiska zaplecza poza Londyn.",
            ),
            "Digital and health technology": (
                "Tecnologie digitali e sanitarie",
                "Tecnología digital y sanitaria",
                "Digital teknik och hälsoteknik",
                "Technologie cyfrowe i medyczne",
            ),
            "The NHS's national bodies in Leeds drive a cluster of health-data, software and medical-technology companies.": (
                "Gli enti nazionali dell'NHS con sede a Leeds alimentano un polo di imprese di dati sanitari, software e tecnologie mediche.",
                "Los organismos nacionales del NHS con sede en Leeds impulsan un clúster de empresas de datos sanitarios, software y tecnología médica.",
                "NHS:s nationella organ i Leeds driver ett kluster av företag inom hälsodata, mjukvara och medicinteknik.",
                "Krajowe instytucje NHS z siedzibą w Leeds napędzają klaster firm zajmujących się danymi medycznymi, oprogramowaniem i technologiami medycznymi.",
            ),
            "Health data, artificial intelligence and remote care attract venture capital to the region.": (
                "Dati sanitari, intelligenza artificiale e cure a distanza attirano capitale di rischio nella regione.",
                "Los datos sanitarios, la inteligencia artificial y la atención a distancia atraen capital riesgo a la región.",
                "Hälsodata, artificiell intelligens och vård på distans lockar riskkapital till regionen.",
                "Dane medyczne, sztuczna inteligencja i opieka zdalna przyciągają do regionu kapitał wysokiego ryzyka.",
            ),
        },
    },
    {
        "slug": "valencia",
        "title": "Valencian Community",
        "partner_name": "IVACE – Valencian Institute for Business Competitiveness",
        "partner_kind": RegionPage.PartnerKind.DEVELOPMENT_AGENCY,
        "country": RegionPage.Country.SPAIN,
        "nuts_code": "ES52",
        "latitude": "39.46975",
        "longitude": "-0.37739",
        "intro": "A Mediterranean region of five million people with Spain's ceramic cluster, a major car plant and one of Europe's busiest container ports.",
        "desk_name": "IVACE – Invest in Comunitat Valenciana",
        "desk_email": "invest@ivace.example",
        "desk_phone": "+34 961 209 600",
        "desk_url": "https://www.investincv.com/",
        "sectors": ["ceramics", "automotive", "agri-food", "logistics", "ict"],
        "figures": [
            (POPULATION, "5216000", "", 2023, "INE"),
            (GDP, "25600", "€", 2022, "INE"),
            (EXPORTS, "40300", "", 2023, "DataComex"),
            (ENTERPRISES, "380000", "", 2023, "INE DIRCE"),
            (RND, "1.1", "%", 2022, "INE"),
        ],
        "stakeholders": [
            ("Generalitat Valenciana", P, "https://www.gva.es/", ROLE_POLICY),
            (
                "Universitat Politècnica de València",
                U,
                "https://www.upv.es/",
                ROLE_RESEARCH,
            ),
            (
                "Institute of Ceramic Technology (ITC)",
                R,
                "https://www.itc.uji.es/",
                ROLE_RESEARCH,
            ),
            ("Valencia Startup Association", T, "", ROLE_COMPANIES),
            (
                "Cámara de Comercio de Valencia",
                C,
                "https://www.camaravalencia.com/",
                ROLE_EXPORT,
            ),
        ],
        "chains": [
            {
                "slug": "ceramics-castellon",
                "title": "Ceramic tiles of Castellón",
                "sector": "ceramics",
                "summary": "Around Castellón, clay, frits, glazes and tile makers form Europe's second ceramic cluster, exporting to more than 180 countries.",
                "stages": [
                    (STAGE_RAW, ["Frit and glaze makers"]),
                    (
                        STAGE_PRODUCTION,
                        ["Tile makers", "Institute of Ceramic Technology (ITC)"],
                    ),
                    (STAGE_EXPORT, ["ASCER", "Cevisama"]),
                ],
                "trends": "Hydrogen-ready kilns and recycled raw materials answer the energy crisis and European climate rules.",
                "figures": (220, 16000, "75.0", 2022),
                "companies": ["Porcelanosa Group", "Pamesa Cerámica"],
            },
            {
                "slug": "automotive",
                "title": "Automotive",
                "sector": "automotive",
                "summary": "The Ford plant in Almussafes and a ring of suppliers make vehicles and components; a battery gigafactory is under way in Sagunto.",
                "stages": [
                    (
                        STAGE_SUPPLY,
                        ["Valencian Automotive Cluster (AVIA)", "Component suppliers"],
                    ),
                    (
                        STAGE_PRODUCTION,
                        ["Ford España (Almussafes)", "PowerCo (Sagunto)"],
                    ),
                    (STAGE_EXPORT, ["Valenciaport"]),
                ],
                "trends": "Electric-vehicle platforms and battery cells bring new investment and new skills to the supplier base.",
                "figures": (180, 27000, "68.0", 2022),
                "companies": ["Ford España", "PowerCo"],
            },
        ],
        "strings": {
            "Valencian Community": (
                "Comunità Valenciana",
                "Comunitat Valenciana",
                "Valenciaregionen",
                "Wspólnota Walencka",
            ),
            "A Mediterranean region of five million people with Spain's ceramic cluster, a major car plant and one of Europe's busiest container ports.": (
                "Una regione mediterranea di cinque milioni di abitanti con il distretto ceramico spagnolo, un grande stabilimento automobilistico e uno dei porti container più trafficati d'Europa.",
                "Una región mediterránea de cinco millones de habitantes con el clúster cerámico de España, una gran planta de automóviles y uno de los puertos de contenedores con más tráfico de Europa.",
                "En medelhavsregion med fem miljoner invånare, Spaniens keramikkluster, en stor bilfabrik och en av Europas mest trafikerade containerhamnar.",
                "Śródziemnomorski region liczący pięć milionów mieszkańców, z hiszpańskim klastrem ceramicznym, dużą fabryką samochodów i jednym z najbardziej ruchliwych portów kontenerowych w Europie.",
            ),
            "Ceramic tiles of Castellón": (
                "Le piastrelle di Castellón",
                "La cerámica de Castellón",
                "Keramiska plattor från Castellón",
                "Płytki ceramiczne z Castellón",
            ),
            "Around Castellón, clay, frits, glazes and tile makers form Europe's second ceramic cluster, exporting to more than 180 countries.": (
                "Attorno a Castellón argilla, fritte, smalti e produttori di piastrelle formano il secondo polo ceramico d'Europa, che esporta in oltre 180 paesi.",
                "En torno a Castellón, arcillas, fritas, esmaltes y fabricantes de baldosas forman el segundo clúster cerámico de Europa, que exporta a más de 180 países.",
                "Kring Castellón bildar lera, fritta, glasyrer och plattillverkare Europas näst största keramikkluster, som exporterar till över 180 länder.",
                "Wokół Castellón glina, fryty, szkliwa i producenci płytek tworzą drugi klaster ceramiczny Europy, eksportujący do ponad 180 krajów.",
            ),
            "Hydrogen-ready kilns and recycled raw materials answer the energy crisis and European climate rules.": (
                "Forni predisposti per l'idrogeno e materie prime riciclate rispondono alla crisi energetica e alle regole climatiche europee.",
                "Los hornos preparados para hidrógeno y las materias primas recicladas responden a la crisis energética y a las normas climáticas europeas.",
                "Vätgasförberedda ugnar och återvunna råvaror är svaret på energikrisen och EU:s klimatregler.",
                "Piece przystosowane do wodoru i surowce z recyklingu są odpowiedzią na kryzys energetyczny i europejskie przepisy klimatyczne.",
            ),
            "Automotive": (
                "Automotive",
                "Automoción",
                "Fordonsindustri",
                "Motoryzacja",
            ),
            "The Ford plant in Almussafes and a ring of suppliers make vehicles and components; a battery gigafactory is under way in Sagunto.": (
                "Lo stabilimento Ford di Almussafes e una corona di fornitori producono veicoli e componenti; a Sagunto è in costruzione una gigafactory di batterie.",
                "La planta de Ford en Almussafes y un anillo de proveedores fabrican vehículos y componentes; en Sagunto se construye una gigafactoría de baterías.",
                "Fords fabrik i Almussafes och en krets av leverantörer tillverkar fordon och komponenter; en batterifabrik byggs i Sagunto.",
                "Fabryka Forda w Almussafes i krąg dostawców produkują pojazdy i komponenty; w Sagunto powstaje gigafabryka baterii.",
            ),
            "Electric-vehicle platforms and battery cells bring new investment and new skills to the supplier base.": (
                "Piattaforme per veicoli elettrici e celle per batterie portano nuovi investimenti e nuove competenze nella rete dei fornitori.",
                "Las plataformas de vehículos eléctricos y las celdas de baterías traen nuevas inversiones y nuevas competencias a los proveedores.",
                "Plattformar för elbilar och battericeller ger leverantörerna nya investeringar och ny kompetens.",
                "Platformy pojazdów elektrycznych i ogniwa bateryjne przynoszą dostawcom nowe inwestycje i nowe umiejętności.",
            ),
        },
    },
    {
        "slug": "gavleborg",
        "title": "Gävleborg",
        "partner_name": "Municipality of Gävle",
        "partner_kind": RegionPage.PartnerKind.MUNICIPALITY,
        "country": RegionPage.Country.SWEDEN,
        "nuts_code": "SE313",
        "latitude": "60.67452",
        "longitude": "17.14174",
        "intro": "A county on the Baltic coast north of Stockholm, built on forests, steel and a deep-water port, now investing in logistics and green industry.",
        "desk_name": "Gävle kommun – Business and investment",
        "desk_email": "invest@gavle.example",
        "desk_phone": "+46 26 17 80 00",
        "sectors": ["forestry", "mechatronics", "logistics", "energy"],
        "figures": [
            (POPULATION, "287000", "", 2023, "SCB"),
            (GDP, "42000", "€", 2021, "SCB"),
            (EXPORTS, "6800", "", 2022, "SCB"),
            (ENTERPRISES, "30000", "", 2023, "SCB"),
            (RND, "1.0", "%", 2021, "SCB"),
        ],
        "stakeholders": [
            ("Region Gävleborg", P, "https://www.regiongavleborg.se/", ROLE_POLICY),
            ("University of Gävle", U, "https://www.hig.se/", ROLE_RESEARCH),
            (
                "Gävle Hamn (Port of Gävle)",
                CO,
                "https://www.gavlehamn.se/",
                ROLE_COMPANIES,
            ),
            ("Gävle Konserthus", CU, "", ROLE_CULTURE),
        ],
        "chains": [
            {
                "slug": "forest-and-wood",
                "title": "Forest and wood products",
                "sector": "forestry",
                "summary": "Sustainably managed forests feed sawmills, pulp and paperboard mills and a growing wood-construction industry.",
                "stages": [
                    (STAGE_RAW, ["Forest owners", "Sveaskog"]),
                    (STAGE_PRODUCTION, ["Sawmills", "Paperboard mills"]),
                    (STAGE_EXPORT, ["Gävle Hamn"]),
                ],
                "trends": "Bio-based materials and timber buildings replace fossil-based products and concrete.",
                "figures": (1200, 9000, "70.0", 2022),
                "companies": ["BillerudKorsnäs Gävle", "Holmen"],
            },
            {
                "slug": "steel-and-engineering",
                "title": "Steel and engineering",
                "sector": "mechatronics",
                "summary": "Specialty steel and the engineering firms around it supply tools, tubes and components to global industry.",
                "stages": [
                    (STAGE_RESEARCH, ["Högskolan i Gävle", "Sandvik"]),
                    (STAGE_PRODUCTION, ["Alleima", "Component suppliers"]),
                    (STAGE_EXPORT, ["Gävle Hamn"]),
                ],
                "trends": "Fossil-free steel and electrified production make the region a test bed for green industry.",
                "figures": (450, 11000, "85.0", 2022),
                "companies": ["Sandvik", "Alleima"],
            },
        ],
        "strings": {
            "A county on the Baltic coast north of Stockholm, built on forests, steel and a deep-water port, now investing in logistics and green industry.": (
                "Una contea sulla costa baltica a nord di Stoccolma, fondata su foreste, acciaio e un porto di acque profonde, che oggi investe in logistica e industria verde.",
                "Una provincia de la costa báltica al norte de Estocolmo, basada en bosques, acero y un puerto de aguas profundas, que hoy invierte en logística e industria verde.",
                "Ett län vid Östersjökusten norr om Stockholm, byggt på skog, stål och en djuphamn, som nu satsar på logistik och grön industri.",
                "Region nad Bałtykiem na północ od Sztokholmu, zbudowany na lasach, stali i głębokowodnym porcie, który dziś inwestuje w logistykę i zielony przemysł.",
            ),
            "Forest and wood products": (
                "Foresta e prodotti del legno",
                "Bosques y productos de la madera",
                "Skog och träprodukter",
                "Las i produkty drzewne",
            ),
            "Sustainably managed forests feed sawmills, pulp and paperboard mills and a growing wood-construction industry.": (
                "Foreste gestite in modo sostenibile riforniscono segherie, cartiere e un'industria delle costruzioni in legno in crescita.",
                "Bosques gestionados de forma sostenible abastecen aserraderos, fábricas de celulosa y cartón y una creciente industria de la construcción en madera.",
                "Hållbart brukade skogar försörjer sågverk, massa- och kartongbruk och en växande träbyggnadsindustri.",
                "Zrównoważenie zarządzane lasy zaopatrują tartaki, zakłady celulozowe i tekturowe oraz rosnący przemysł budownictwa drewnianego.",
            ),
            "Bio-based materials and timber buildings replace fossil-based products and concrete.": (
                "Materiali di origine biologica ed edifici in legno sostituiscono prodotti fossili e calcestruzzo.",
                "Los materiales de origen biológico y los edificios de madera sustituyen a los productos fósiles y al hormigón.",
                "Biobaserade material och trähus ersätter fossilbaserade produkter och betong.",
                "Materiały biopochodne i budynki drewniane zastępują produkty kopalne i beton.",
            ),
            "Steel and engineering": (
                "Acciaio e ingegneria meccanica",
                "Acero e ingeniería",
                "Stål och verkstadsindustri",
                "Stal i inżynieria",
            ),
            "Specialty steel and the engineering firms around it supply tools, tubes and components to global industry.": (
                "L'acciaio speciale e le imprese meccaniche che lo circondano forniscono utensili, tubi e componenti all'industria mondiale.",
                "El acero especial y las empresas de ingeniería que lo rodean suministran herramientas, tubos y componentes a la industria mundial.",
                "Specialstål och verkstadsföretagen runt det levererar verktyg, rör och komponenter till den globala industrin.",
                "Stal specjalna i otaczające ją firmy inżynieryjne dostarczają narzędzia, rury i komponenty dla światowego przemysłu.",
            ),
            "Fossil-free steel and electrified production make the region a test bed for green industry.": (
                "Acciaio senza fossili e produzione elettrificata fanno della regione un banco di prova per l'industria verde.",
                "El acero sin combustibles fósiles y la producción electrificada convierten a la región en un banco de pruebas de la industria verde.",
                "Fossilfritt stål och elektrifierad produktion gör regionen till en testbädd för grön industri.",
                "Stal bez paliw kopalnych i zelektryfikowana produkcja czynią region poligonem doświadczalnym zielonego przemysłu.",
            ),
        },
    },
    {
        "slug": "silesia",
        "title": "Silesia",
        "partner_name": "Upper Silesian Agency for Entrepreneurship and Development",
        "partner_kind": RegionPage.PartnerKind.DEVELOPMENT_AGENCY,
        "country": RegionPage.Country.POLAND,
        "nuts_code": "PL22",
        "latitude": "50.25841",
        "longitude": "19.02754",
        "intro": "Poland's industrial heartland around Katowice, turning from coal to car-making, IT services and clean energy.",
        "desk_name": "GAPR – Investor service",
        "desk_email": "invest@gapr.example",
        "desk_phone": "+48 32 730 00 00",
        "sectors": ["automotive", "ict", "energy"],
        "figures": [
            (POPULATION, "4350000", "", 2023, "GUS"),
            (GDP, "17600", "€", 2021, "GUS"),
            (EXPORTS, "33000", "", 2022, "GUS"),
            (ENTERPRISES, "520000", "", 2023, "GUS REGON"),
            (RND, "1.0", "%", 2021, "GUS"),
        ],
        "stakeholders": [
            ("Silesian Voivodeship", P, "https://www.slaskie.pl/", ROLE_POLICY),
            (
                "Silesian University of Technology",
                U,
                "https://www.polsl.pl/",
                ROLE_RESEARCH,
            ),
            (
                "Katowice Special Economic Zone",
                P,
                "https://www.ksse.com.pl/",
                ROLE_EXPORT,
            ),
            (
                "Regional Chamber of Commerce in Katowice",
                C,
                "https://www.rig.katowice.pl/",
                ROLE_COMPANIES,
            ),
        ],
        "chains": [
            {
                "slug": "automotive",
                "title": "Automotive",
                "sector": "automotive",
                "summary": "Car and engine plants around Gliwice and Tychy, with hundreds of suppliers, make Silesia a pillar of Polish car-making.",
                "stages": [
                    (STAGE_SUPPLY, ["KSSE", "Component suppliers"]),
                    (STAGE_PRODUCTION, ["Stellantis Tychy", "Stellantis Gliwice"]),
                    (STAGE_EXPORT, ["Śląskie Centrum Logistyki"]),
                ],
                "trends": "Electric vans and small electric cars move production lines, and suppliers retool for batteries and electronics.",
                "figures": (850, 60000, "88.0", 2022),
                "companies": ["Stellantis Tychy", "Nexteer Automotive"],
            },
            {
                "slug": "green-energy",
                "title": "Energy transition and green technology",
                "sector": "energy",
                "summary": "Mining regions retrain workers and reuse land for heat pumps, photovoltaics and energy-efficiency services.",
                "stages": [
                    (STAGE_RESEARCH, ["Silesian University of Technology", "IChPW"]),
                    (STAGE_PRODUCTION, ["Heat-pump makers", "Photovoltaic installers"]),
                    (STAGE_SERVICES, ["Energy cooperatives", "Tauron"]),
                ],
                "trends": "The EU Just Transition Fund finances new green jobs as mines close.",
                "figures": (1100, 25000, "30.0", 2022),
                "companies": ["Tauron", "Fakro Silesia"],
            },
        ],
        "strings": {
            "Silesia": ("Slesia", "Silesia", "Schlesien", "Śląsk"),
            "Poland's industrial heartland around Katowice, turning from coal to car-making, IT services and clean energy.": (
                "Il cuore industriale della Polonia attorno a Katowice, che passa dal carbone all'automotive, ai servizi IT e all'energia pulita.",
                "El corazón industrial de Polonia en torno a Katowice, que pasa del carbón a la automoción, los servicios informáticos y la energía limpia.",
                "Polens industriella hjärta kring Katowice, som går från kol till bilindustri, IT-tjänster och ren energi.",
                "Przemysłowe serce Polski wokół Katowic, przechodzące od węgla do motoryzacji, usług IT i czystej energii.",
            ),
            "Automotive": (
                "Automotive",
                "Automoción",
                "Fordonsindustri",
                "Motoryzacja",
            ),
            "Car and engine plants around Gliwice and Tychy, with hundreds of suppliers, make Silesia a pillar of Polish car-making.": (
                "Gli stabilimenti di auto e motori attorno a Gliwice e Tychy, con centinaia di fornitori, fanno della Slesia un pilastro dell'industria automobilistica polacca.",
                "Las plantas de automóviles y motores en torno a Gliwice y Tychy, con cientos de proveedores, hacen de Silesia un pilar de la automoción polaca.",
                "Bil- och motorfabriker kring Gliwice och Tychy, med hundratals leverantörer, gör Schlesien till en pelare i polsk bilindustri.",
                "Fabryki samochodów i silników wokół Gliwic i Tychów, z setkami dostawców, czynią Śląsk filarem polskiej motoryzacji.",
            ),
            "Electric vans and small electric cars move production lines, and suppliers retool for batteries and electronics.": (
                "Furgoni e piccole auto elettriche cambiano le linee di produzione, e i fornitori si riconvertono verso batterie ed elettronica.",
                "Las furgonetas y los pequeños coches eléctricos transforman las líneas de producción, y los proveedores se reconvierten a baterías y electrónica.",
                "Elektriska skåpbilar och små elbilar förändrar produktionslinjerna, och leverantörerna ställer om till batterier och elektronik.",
                "Elektryczne furgonetki i małe samochody elektryczne zmieniają linie produkcyjne, a dostawcy przestawiają się na baterie i elektronikę.",
            ),
            "Energy transition and green technology": (
                "Transizione energetica e tecnologie verdi",
                "Transición energética y tecnologías verdes",
                "Energiomställning och grön teknik",
                "Transformacja energetyczna i zielone technologie",
            ),
            "Mining regions retrain workers and reuse land for heat pumps, photovoltaics and energy-efficiency services.": (
                "Le aree minerarie riqualificano i lavoratori e riutilizzano i terreni per pompe di calore, fotovoltaico e servizi di efficienza energetica.",
                "Las zonas mineras recualifican a los trabajadores y reutilizan el suelo para bombas de calor, fotovoltaica y servicios de eficiencia energética.",
                "Gruvområden vidareutbildar arbetare och återanvänder mark för värmepumpar, solceller och energieffektiviseringstjänster.",
                "Regiony górnicze przekwalifikowują pracowników i ponownie wykorzystują tereny pod pompy ciepła, fotowoltaikę i usługi efektywności energetycznej.",
            ),
            "The EU Just Transition Fund finances new green jobs as mines close.": (
                "Il Fondo per una transizione giusta dell'UE finanzia nuovi posti di lavoro verdi mentre le miniere chiudono.",
                "El Fondo de Transición Justa de la UE financia nuevos empleos verdes a medida que cierran las minas.",
                "EU:s fond för en rättvis omställning finansierar nya gröna jobb när gruvorna stänger.",
                "Unijny Fundusz na rzecz Sprawiedliwej Transformacji finansuje nowe zielone miejsca pracy w miarę zamykania kopalń.",
            ),
        },
    },
    {
        "slug": "wielkopolska",
        "title": "Wielkopolska",
        "partner_name": "Wielkopolska Region",
        "partner_kind": RegionPage.PartnerKind.REGIONAL_AUTHORITY,
        "country": RegionPage.Country.POLAND,
        "nuts_code": "PL41",
        "latitude": "52.40637",
        "longitude": "16.92517",
        "intro": "Western Poland around Poznań: an entrepreneurial region on the Berlin–Warsaw corridor, strong in food processing, logistics and business services.",
        "desk_name": "Wielkopolska Investor and Exporter Service Centre",
        "desk_email": "invest@umww.example",
        "desk_phone": "+48 61 626 66 00",
        "desk_url": "https://www.investinwielkopolska.pl/",
        "sectors": ["agri-food", "logistics", "ict", "automotive"],
        "figures": [
            (POPULATION, "3490000", "", 2023, "GUS"),
            (GDP, "17900", "€", 2021, "GUS"),
            (EXPORTS, "30000", "", 2022, "GUS"),
            (ENTERPRISES, "460000", "", 2023, "GUS REGON"),
            (RND, "0.9", "%", 2021, "GUS"),
        ],
        "stakeholders": [
            (
                "Marshal's Office of the Wielkopolska Region",
                P,
                "https://www.umww.pl/",
                ROLE_POLICY,
            ),
            (
                "Poznań University of Technology",
                U,
                "https://www.put.poznan.pl/",
                ROLE_RESEARCH,
            ),
            (
                "Poznań Science and Technology Park",
                R,
                "https://www.ppnt.poznan.pl/",
                ROLE_RESEARCH,
            ),
            (
                "Wielkopolska Chamber of Industry and Commerce",
                C,
                "https://www.wipha.pl/",
                ROLE_EXPORT,
            ),
            ("Poznań Fairgrounds (MTP)", CO, "https://www.mtp.pl/", ROLE_CULTURE),
        ],
        "chains": [
            {
                "slug": "food-processing",
                "title": "Food processing",
                "sector": "agri-food",
                "summary": "Poland's largest farming region supplies meat, dairy, confectionery and beverage makers that export across Europe.",
                "stages": [
                    (STAGE_RAW, ["Family farms", "Cooperative dairies"]),
                    (
                        STAGE_PRODUCTION,
                        ["Meat and dairy processors", "Bahlsen Jarocin"],
                    ),
                    (STAGE_EXPORT, ["Polagra", "Poznań Fairgrounds (MTP)"]),
                ],
                "trends": "Plant-based products, organic labels and automation help processors face rising labour costs.",
                "figures": (3400, 70000, "35.0", 2022),
                "companies": ["Kompania Piwowarska", "Bahlsen Jarocin"],
            },
            {
                "slug": "logistics",
                "title": "Logistics on the Berlin–Warsaw corridor",
                "sector": "logistics",
                "summary": "Motorway A2, rail freight terminals and distribution centres make the Poznań area a hub for European e-commerce.",
                "stages": [
                    (
                        STAGE_SERVICES,
                        ["Warehouse developers", "Rail freight terminals"],
                    ),
                    (
                        STAGE_EXPORT,
                        [
                            "E-commerce fulfilment centres",
                            "Port Lotniczy Poznań-Ławica",
                        ],
                    ),
                ],
                "trends": "E-commerce growth and nearshoring from Asia keep warehouse demand high; automation and electric trucks follow.",
                "figures": (2100, 45000, "40.0", 2022),
                "companies": ["Amazon Fulfillment Poland", "Raben Group"],
            },
        ],
        "strings": {
            "Wielkopolska": (
                "Grande Polonia",
                "Gran Polonia",
                "Storpolen",
                "Wielkopolska",
            ),
            "Western Poland around Poznań: an entrepreneurial region on the Berlin–Warsaw corridor, strong in food processing, logistics and business services.": (
                "La Polonia occidentale attorno a Poznań: una regione imprenditoriale sul corridoio Berlino–Varsavia, forte nell'industria alimentare, nella logistica e nei servizi alle imprese.",
                "El oeste de Polonia en torno a Poznań: una región emprendedora en el corredor Berlín–Varsovia, fuerte en industria alimentaria, logística y servicios a empresas.",
                "Västra Polen kring Poznań: en entreprenöriell region i korridoren Berlin–Warszawa, stark inom livsmedelsindustri, logistik och företagstjänster.",
                "Zachodnia Polska wokół Poznania: przedsiębiorczy region w korytarzu Berlin–Warszawa, silny w przetwórstwie spożywczym, logistyce i usługach dla biznesu.",
            ),
            "Food processing": (
                "Industria alimentare",
                "Industria alimentaria",
                "Livsmedelsförädling",
                "Przetwórstwo spożywcze",
            ),
            "Poland's largest farming region supplies meat, dairy, confectionery and beverage makers that export across Europe.": (
                "La maggiore regione agricola della Polonia rifornisce produttori di carne, latticini, dolciumi e bevande che esportano in tutta Europa.",
                "La mayor región agrícola de Polonia abastece a productores de carne, lácteos, confitería y bebidas que exportan a toda Europa.",
                "Polens största jordbruksregion försörjer tillverkare av kött, mejeriprodukter, konfektyr och drycker som exporterar i hela Europa.",
                "Największy region rolniczy Polski zaopatruje producentów mięsa, nabiału, słodyczy i napojów eksportujących w całej Europie.",
            ),
            "Plant-based products, organic labels and automation help processors face rising labour costs.": (
                "Prodotti vegetali, marchi biologici e automazione aiutano i trasformatori ad affrontare l'aumento del costo del lavoro.",
                "Los productos vegetales, las etiquetas ecológicas y la automatización ayudan a los transformadores a afrontar el aumento de los costes laborales.",
                "Växtbaserade produkter, ekomärkning och automation hjälper förädlarna att möta stigande lönekostnader.",
                "Produkty roślinne, certyfikaty ekologiczne i automatyzacja pomagają przetwórcom stawić czoła rosnącym kosztom pracy.",
            ),
            "Logistics on the Berlin–Warsaw corridor": (
                "La logistica sul corridoio Berlino–Varsavia",
                "Logística en el corredor Berlín–Varsovia",
                "Logistik i korridoren Berlin–Warszawa",
                "Logistyka w korytarzu Berlin–Warszawa",
            ),
            "Motorway A2, rail freight terminals and distribution centres make the Poznań area a hub for European e-commerce.": (
                "L'autostrada A2, i terminal ferroviari merci e i centri di distribuzione fanno dell'area di Poznań un hub per l'e-commerce europeo.",
                "La autopista A2, las terminales ferroviarias de mercancías y los centros de distribución convierten el área de Poznań en un nodo del comercio electrónico europeo.",
                "Motorväg A2, järnvägsterminaler för gods och distributionscentraler gör Poznańområdet till ett nav för europeisk e-handel.",
                "Autostrada A2, kolejowe terminale towarowe i centra dystrybucyjne czynią okolice Poznania hubem europejskiego e-commerce.",
            ),
            "E-commerce growth and nearshoring from Asia keep warehouse demand high; automation and electric trucks follow.": (
                "La crescita dell'e-commerce e il rimpatrio di produzioni dall'Asia mantengono alta la domanda di magazzini; seguono automazione e camion elettrici.",
                "El auge del comercio electrónico y la relocalización desde Asia mantienen alta la demanda de almacenes; les siguen la automatización y los camiones eléctricos.",
                "Växande e-handel och produktion som flyttar hem från Asien håller efterfrågan på lager hög; automation och eldrivna lastbilar följer.",
                "Wzrost e-commerce i przenoszenie produkcji z Azji utrzymują wysoki popyt na magazyny; za nimi idą automatyzacja i elektryczne ciężarówki.",
            ),
        },
    },
]


def ensure_sectors(demo):
    english = Locale.get_default()
    sectors = {}
    table = {}
    for code, (name, texts) in SECTORS.items():
        sector, created = Sector.objects.get_or_create(
            code=code, locale=english, defaults={"name": name}
        )
        demo.count("snippets", int(created))
        sectors[code] = sector
        table[name] = texts
    strings = translations(table)
    for sector in sectors.values():
        demo.count("translations", translate(sector, strings, user=demo.user))
    return sectors


def region_page(data, sectors):
    return RegionPage(
        title=data["title"],
        slug=data["slug"],
        partner_name=data["partner_name"],
        partner_kind=data["partner_kind"],
        country=data["country"],
        nuts_code=data["nuts_code"],
        latitude=Decimal(data["latitude"]),
        longitude=Decimal(data["longitude"]),
        intro=data["intro"],
        desk_name=data["desk_name"],
        desk_email=data["desk_email"],
        desk_phone=data["desk_phone"],
        desk_url=data.get("desk_url", ""),
        search_description=data["intro"],
        region_sectors=[RegionSector(sector=sectors[code]) for code in data["sectors"]],
        key_figures=[
            RegionKeyFigure(
                label=label, value=Decimal(value), unit=unit, year=year, source=source
            )
            for label, value, unit, year, source in data["figures"]
        ],
        stakeholders=[
            StakeholderMember(
                organisation=organisation, category=category, website=website, role=role
            )
            for organisation, category, website, role in data["stakeholders"]
        ],
    )


def value_chain_page(chain, sectors):
    companies, employees, export_share, year = chain["figures"]
    return ValueChainPage(
        title=chain["title"],
        slug=chain["slug"],
        sector=sectors[chain["sector"]],
        summary=chain["summary"],
        search_description=chain["summary"],
        stages=[
            ("stage", {"name": name, "description": "", "key_actors": actors})
            for name, actors in chain["stages"]
        ],
        market_trends=f"<p>{chain['trends']}</p>",
        companies=companies,
        employees=employees,
        export_share=Decimal(export_share),
        figures_year=year,
        key_companies=[
            ("company", {"name": name, "activity": "", "website": ""})
            for name in chain["companies"]
        ],
    )


def ensure_index(demo, home):
    index = RegionIndexPage.objects.child_of(home).first()
    if index is None:
        index, created = add_child_once(
            home,
            RegionIndexPage(
                title=INDEX_TITLE,
                slug="territories",
                intro=INDEX_INTRO,
                show_in_menus=True,
                search_description=INDEX_INTRO,
            ),
            user=demo.user,
        )
        demo.count("pages", int(created))
    return index


def refresh_references(pages):
    """Index the references of the demo's pages once, at the end.

    Every save during the load (creation, revision, publication, translation)
    would otherwise re-index the page, which is most of the loader's time.
    """
    for page in pages:
        for translation in page.get_translations(inclusive=True).specific():
            ReferenceIndex.create_or_update_for_object(translation)


def load(demo):
    before = demo.created.get("translations", 0) + demo.created.get("pages", 0)
    with disable_reference_index_auto_update():
        pages = load_pages(demo)
    with disable_reference_index_auto_update():
        pages += action_plan_demo.load(demo, translations)
    if demo.created.get("translations", 0) + demo.created.get("pages", 0) > before:
        refresh_references(pages)


def load_pages(demo):
    home = HomePage.objects.get(locale=Locale.get_default(), depth=2)
    sectors = ensure_sectors(demo)
    index = ensure_index(demo, home)
    demo.count("translations", translate(index, translations(COMMON), user=demo.user))
    pages = [index]
    for data in REGIONS:
        strings = translations({**COMMON, **data["strings"]})
        region, created = add_child_once(
            index, region_page(data, sectors), user=demo.user
        )
        demo.count("pages", int(created))
        demo.count("translations", translate(region, strings, user=demo.user))
        pages.append(region)
        for chain in data["chains"]:
            page, created = add_child_once(
                region, value_chain_page(chain, sectors), user=demo.user
            )
            demo.count("pages", int(created))
            demo.count("translations", translate(page, strings, user=demo.user))
            pages.append(page)
    return pages
