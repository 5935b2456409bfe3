"""Demo content of the branding app: brands and showcases of three regions, and
the "Invest" overview. Each translated string is English → (it, es, sv, pl)."""

from decimal import Decimal

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from branding.models import (
    BrandColour,
    BrandPage,
    Incentive,
    InvestIndexPage,
    InvestmentSite,
    ShowcasePage,
    ShowcaseSector,
    SuccessStory,
)
from branding.models.inquiries import inquiry_due_date
from cms.demo import add_child_once, publish, translate
from home.models import HomePage, StandardPage
from home.privacy_demo import PRIVACY_SLUG
from regions.demo import translations
from regions.models import RegionPage, Sector

G, TR, LO, GU, SE = (
    Incentive.Kind.GRANT,
    Incentive.Kind.TAX_RELIEF,
    Incentive.Kind.LOAN,
    Incentive.Kind.GUARANTEE,
    Incentive.Kind.SERVICE,
)
GF, BF, RE, RC = (
    InvestmentSite.Kind.GREENFIELD,
    InvestmentSite.Kind.BROWNFIELD,
    InvestmentSite.Kind.REAL_ESTATE,
    InvestmentSite.Kind.RESEARCH_CENTRE,
)

INVEST_TITLE = "Invest"
INVEST_INTRO = "Every partner region's offer to investors in one place: incentives, ready sites and the companies that already chose them. Filter by sector or by kind of site."
CONTACT_INTRO = "Tell us about your project: the investment desk answers in English or in your language within five working days, free of charge and in confidence."
GUIDELINES = "Partners and local companies may use the brand free of charge on products and events from the region. Keep the logo's clear space, use only the palette's colours and never distort the logo."
USE_PRODUCTION = "Production, logistics"
USE_OFFICES = "Offices, research and development"
USE_MIXED = "Production, offices, retail"
SP_SKILLS = "Skilled workforce"
SP_LOCATION = "Strategic location"
SP_CHAINS = "Strong supply chains"
SP_SUPPORT = "One-stop investor support"
AA = "Headlines and buttons"
BB = "Backgrounds and large areas"
CC = "Accents and illustrations"

COMMON = {
    INVEST_TITLE: ("Investire", "Invertir", "Investera", "Inwestuj"),
    "invest": ("investire", "invertir", "investera", "inwestuj"),
    "brand": ("marchio", "marca", "varumarke", "marka"),
    INVEST_INTRO: (
        "L'offerta di ogni regione partner agli investitori in un unico luogo: incentivi, aree pronte e le imprese che le hanno già scelte. Filtra per settore o per tipo di area.",
        "La oferta de cada región socia a los inversores en un solo lugar: incentivos, suelos disponibles y las empresas que ya los eligieron. Filtre por sector o por tipo de emplazamiento.",
        "Varje partnerregions erbjudande till investerare på ett ställe: stöd, färdiga tomter och företagen som redan valt dem. Filtrera efter bransch eller typ av tomt.",
        "Oferta każdego regionu partnerskiego dla inwestorów w jednym miejscu: zachęty, gotowe tereny i firmy, które już je wybrały. Filtruj według sektora lub rodzaju terenu.",
    ),
    CONTACT_INTRO: (
        "Raccontaci il tuo progetto: lo sportello investimenti risponde in inglese o nella tua lingua entro cinque giorni lavorativi, gratuitamente e in via riservata.",
        "Cuéntenos su proyecto: la oficina de inversiones responde en inglés o en su idioma en un plazo de cinco días hábiles, de forma gratuita y confidencial.",
        "Berätta om ditt projekt: investeringskontoret svarar på engelska eller på ditt språk inom fem arbetsdagar, kostnadsfritt och konfidentiellt.",
        "Opowiedz nam o swoim projekcie: biuro obsługi inwestorów odpowie po angielsku lub w Twoim języku w ciągu pięciu dni roboczych, bezpłatnie i poufnie.",
    ),
    GUIDELINES: (
        "Partner e imprese locali possono usare il marchio gratuitamente su prodotti ed eventi della regione. Rispettate l'area di rispetto del logo, usate solo i colori della palette e non deformate mai il logo.",
        "Los socios y las empresas locales pueden usar la marca gratuitamente en productos y eventos de la región. Respete el espacio de protección del logotipo, use solo los colores de la paleta y nunca deforme el logotipo.",
        "Partner och lokala företag får använda varumärket kostnadsfritt på produkter och evenemang från regionen. Respektera logotypens frizon, använd bara palettens färger och förvräng aldrig logotypen.",
        "Partnerzy i lokalne firmy mogą bezpłatnie używać marki na produktach i wydarzeniach z regionu. Zachowaj pole ochronne logo, używaj wyłącznie kolorów z palety i nigdy nie zniekształcaj logo.",
    ),
    USE_PRODUCTION: (
        "Produzione, logistica",
        "Producción, logística",
        "Produktion, logistik",
        "Produkcja, logistyka",
    ),
    USE_OFFICES: (
        "Uffici, ricerca e sviluppo",
        "Oficinas, investigación y desarrollo",
        "Kontor, forskning och utveckling",
        "Biura, badania i rozwój",
    ),
    USE_MIXED: (
        "Produzione, uffici, commercio",
        "Producción, oficinas, comercio",
        "Produktion, kontor, handel",
        "Produkcja, biura, handel",
    ),
    SP_SKILLS: (
        "Manodopera qualificata",
        "Mano de obra cualificada",
        "Kvalificerad arbetskraft",
        "Wykwalifikowana kadra",
    ),
    SP_LOCATION: (
        "Posizione strategica",
        "Ubicación estratégica",
        "Strategiskt läge",
        "Strategiczne położenie",
    ),
    SP_CHAINS: (
        "Filiere solide",
        "Cadenas de suministro sólidas",
        "Starka leverantörskedjor",
        "Silne łańcuchy dostaw",
    ),
    SP_SUPPORT: (
        "Assistenza unica agli investitori",
        "Atención integral al inversor",
        "Samlat stöd till investerare",
        "Kompleksowa obsługa inwestora",
    ),
    AA: (
        "Titoli e pulsanti",
        "Titulares y botones",
        "Rubriker och knappar",
        "Nagłówki i przyciski",
    ),
    BB: (
        "Sfondi e grandi superfici",
        "Fondos y grandes superficies",
        "Bakgrunder och stora ytor",
        "Tła i duże powierzchnie",
    ),
    CC: (
        "Accenti e illustrazioni",
        "Acentos e ilustraciones",
        "Accenter och illustrationer",
        "Akcenty i ilustracje",
    ),
    "Plant director, Crespellano": (
        "Direttore dello stabilimento, Crespellano",
        "Director de la planta, Crespellano",
        "Fabrikschef, Crespellano",
        "Dyrektor zakładu, Crespellano",
    ),
    "PowerCo project team": (
        "Il team di progetto di PowerCo",
        "Equipo del proyecto de PowerCo",
        "PowerCos projektgrupp",
        "Zespół projektowy PowerCo",
    ),
    "Plant management, Września": (
        "Direzione dello stabilimento, Września",
        "Dirección de la planta, Września",
        "Fabriksledningen, Września",
        "Kierownictwo zakładu, Września",
    ),
    "Germany": ("Germania", "Alemania", "Tyskland", "Niemcy"),
    "Japan": ("Giappone", "Japón", "Japan", "Japonia"),
    "United States": ("Stati Uniti", "Estados Unidos", "USA", "Stany Zjednoczone"),
    "Quality": ("Qualità", "Calidad", "Kvalitet", "Jakość"),
    "Innovation": ("Innovazione", "Innovación", "Innovation", "Innowacyjność"),
    "Openness": ("Apertura", "Apertura", "Öppenhet", "Otwartość"),
    "Hospitality": ("Ospitalità", "Hospitalidad", "Gästfrihet", "Gościnność"),
    "Entrepreneurship": (
        "Imprenditorialità",
        "Emprendimiento",
        "Entreprenörskap",
        "Przedsiębiorczość",
    ),
    "Reliability": ("Affidabilità", "Fiabilidad", "Pålitlighet", "Rzetelność"),
}

SHOWCASES = [
    {
        "region": "emilia-romagna",
        "brand": {
            "title": "The Emilia-Romagna brand",
            "brand_name": "Emilia-Romagna",
            "claim": "Where passion meets precision",
            "story": "The region's brand joins its food, its motors and its welcome in one story: a land where craft traditions became world-class industries.",
            "values": ["Quality", "Innovation", "Hospitality"],
            "colours": [
                ("Emilia red", "#B5121B", AA),
                ("Po valley green", "#2E6B30", CC),
                ("Sand", "#F2E3C6", BB),
            ],
            "typography": "Titillium Web for headings, Source Sans 3 for text.",
            "campaign": (
                "Motor Valley Fest",
                2023,
                "A festival of engines and design in Modena that presents the Motor Valley to visitors and investors.",
            ),
        },
        "showcase": {
            "title": "Invest in Emilia-Romagna",
            "headline": "Europe's manufacturing heart, with a law that co-invests with you",
            "intro": "Regional Law 14/2014 offers investment agreements to companies that create jobs and research in the region.",
            "points": [
                (
                    SP_SKILLS,
                    "Four universities and the Clust-ER network train engineers for industry.",
                ),
                (
                    SP_CHAINS,
                    "Automotive, packaging and ceramics suppliers within an hour's drive.",
                ),
                (
                    SP_SUPPORT,
                    "Invest in Emilia-Romagna follows your project from site search to permits.",
                ),
            ],
            "sectors": ["automotive", "ceramics", "mechatronics", "health"],
            "incentives": [
                (
                    "Investment agreements under Regional Law 14/2014",
                    G,
                    "5000000",
                    "Projects with R&D of at least €2 million and at least 20 new jobs.",
                    "https://www.investinemiliaromagna.eu/",
                ),
                (
                    "Measure 4.2 – internationalisation consortia",
                    SE,
                    "150000",
                    "Consortia of small firms that enter foreign markets together.",
                    "",
                ),
            ],
            "sites": [
                (
                    "Former sugar factory, Finale Emilia",
                    BF,
                    62000,
                    "Finale Emilia",
                    "44.83330",
                    "11.29410",
                    InvestmentSite.Availability.AVAILABLE,
                    USE_PRODUCTION,
                ),
                (
                    "Tecnopolo Bologna Manifattura",
                    RC,
                    8000,
                    "Bologna",
                    "44.51440",
                    "11.36950",
                    InvestmentSite.Availability.SOON,
                    USE_OFFICES,
                ),
            ],
            "story": (
                "Philip Morris International",
                "United States",
                "500000000",
                1200,
                2016,
                "Emilia-Romagna gave us the supply chain and the engineering talent to build our most advanced plant.",
                "Plant director, Crespellano",
            ),
        },
        "strings": {
            "The Emilia-Romagna brand": (
                "Il marchio Emilia-Romagna",
                "La marca Emilia-Romagna",
                "Varumärket Emilia-Romagna",
                "Marka Emilia-Romagna",
            ),
            "Where passion meets precision": (
                "Dove la passione incontra la precisione",
                "Donde la pasión se une a la precisión",
                "Där passion möter precision",
                "Gdzie pasja spotyka precyzję",
            ),
            "The region's brand joins its food, its motors and its welcome in one story: a land where craft traditions became world-class industries.": (
                "Il marchio della regione unisce cibo, motori e accoglienza in un unico racconto: una terra in cui le tradizioni artigiane sono diventate industrie di livello mondiale.",
                "La marca de la región une su gastronomía, sus motores y su acogida en un solo relato: una tierra donde las tradiciones artesanas se convirtieron en industrias de primer nivel mundial.",
                "Regionens varumärke förenar mat, motorer och gästfrihet i en berättelse: ett land där hantverkstraditioner blev industrier i världsklass.",
                "Marka regionu łączy jedzenie, motoryzację i gościnność w jedną opowieść: ziemię, na której rzemieślnicze tradycje stały się przemysłem światowej klasy.",
            ),
            "Emilia red": (
                "Rosso Emilia",
                "Rojo Emilia",
                "Emiliaröd",
                "Czerwień Emilii",
            ),
            "Po valley green": (
                "Verde Pianura Padana",
                "Verde del valle del Po",
                "Podalens grön",
                "Zieleń doliny Padu",
            ),
            "Sand": ("Sabbia", "Arena", "Sand", "Piaskowy"),
            "Titillium Web for headings, Source Sans 3 for text.": (
                "Titillium Web per i titoli, Source Sans 3 per il testo.",
                "Titillium Web para los titulares, Source Sans 3 para el texto.",
                "Titillium Web för rubriker, Source Sans 3 för brödtext.",
                "Titillium Web w nagłówkach, Source Sans 3 w tekście.",
            ),
            "A festival of engines and design in Modena that presents the Motor Valley to visitors and investors.": (
                "Un festival di motori e design a Modena che presenta la Motor Valley a visitatori e investitori.",
                "Un festival de motores y diseño en Módena que presenta el Motor Valley a visitantes e inversores.",
                "En festival för motorer och design i Modena som visar upp Motor Valley för besökare och investerare.",
                "Festiwal silników i designu w Modenie, który przedstawia Motor Valley zwiedzającym i inwestorom.",
            ),
            "Invest in Emilia-Romagna": (
                "Investire in Emilia-Romagna",
                "Invertir en Emilia-Romaña",
                "Investera i Emilia-Romagna",
                "Inwestuj w Emilii-Romanii",
            ),
            "Europe's manufacturing heart, with a law that co-invests with you": (
                "Il cuore manifatturiero d'Europa, con una legge che investe insieme a te",
                "El corazón industrial de Europa, con una ley que coinvierte con usted",
                "Europas industriella hjärta, med en lag som saminvesterar med dig",
                "Przemysłowe serce Europy, z ustawą, która współinwestuje razem z Tobą",
            ),
            "Regional Law 14/2014 offers investment agreements to companies that create jobs and research in the region.": (
                "La Legge regionale 14/2014 offre accordi per l'insediamento alle imprese che creano occupazione e ricerca nella regione.",
                "La Ley regional 14/2014 ofrece acuerdos de inversión a las empresas que crean empleo e investigación en la región.",
                "Regionallag 14/2014 erbjuder investeringsavtal till företag som skapar jobb och forskning i regionen.",
                "Ustawa regionalna 14/2014 oferuje umowy inwestycyjne firmom, które tworzą w regionie miejsca pracy i badania.",
            ),
            "Four universities and the Clust-ER network train engineers for industry.": (
                "Quattro università e la rete Clust-ER formano ingegneri per l'industria.",
                "Cuatro universidades y la red Clust-ER forman ingenieros para la industria.",
                "Fyra universitet och nätverket Clust-ER utbildar ingenjörer för industrin.",
                "Cztery uniwersytety i sieć Clust-ER kształcą inżynierów dla przemysłu.",
            ),
            "Automotive, packaging and ceramics suppliers within an hour's drive.": (
                "Fornitori di automotive, packaging e ceramica a meno di un'ora di strada.",
                "Proveedores de automoción, envase y cerámica a menos de una hora en coche.",
                "Leverantörer inom fordon, förpackning och keramik inom en timmes bilresa.",
                "Dostawcy branży motoryzacyjnej, opakowaniowej i ceramicznej w zasięgu godziny jazdy.",
            ),
            "Invest in Emilia-Romagna follows your project from site search to permits.": (
                "Invest in Emilia-Romagna segue il tuo progetto dalla ricerca dell'area ai permessi.",
                "Invest in Emilia-Romagna acompaña su proyecto desde la búsqueda de suelo hasta los permisos.",
                "Invest in Emilia-Romagna följer ditt projekt från tomtsökning till tillstånd.",
                "Invest in Emilia-Romagna prowadzi Twój projekt od wyboru terenu po pozwolenia.",
            ),
            "Investment agreements under Regional Law 14/2014": (
                "Accordi per l'insediamento (Legge regionale 14/2014)",
                "Acuerdos de inversión de la Ley regional 14/2014",
                "Investeringsavtal enligt regionallag 14/2014",
                "Umowy inwestycyjne na mocy ustawy regionalnej 14/2014",
            ),
            "Projects with R&D of at least €2 million and at least 20 new jobs.": (
                "Progetti con almeno 2 milioni di euro di R&S e almeno 20 nuovi posti di lavoro.",
                "Proyectos con al menos 2 millones de euros en I+D y al menos 20 nuevos empleos.",
                "Projekt med minst 2 miljoner euro i FoU och minst 20 nya jobb.",
                "Projekty z nakładami na B+R co najmniej 2 mln euro i co najmniej 20 nowymi miejscami pracy.",
            ),
            "Measure 4.2 – internationalisation consortia": (
                "Misura 4.2 – consorzi per l'internazionalizzazione",
                "Medida 4.2 – consorcios de internacionalización",
                "Åtgärd 4.2 – internationaliseringskonsortier",
                "Działanie 4.2 – konsorcja na rzecz internacjonalizacji",
            ),
            "Consortia of small firms that enter foreign markets together.": (
                "Consorzi di piccole imprese che entrano insieme nei mercati esteri.",
                "Consorcios de pequeñas empresas que entran juntas en mercados exteriores.",
                "Konsortier av små företag som tillsammans går in på utländska marknader.",
                "Konsorcja małych firm, które razem wchodzą na rynki zagraniczne.",
            ),
            "Former sugar factory, Finale Emilia": (
                "Ex zuccherificio, Finale Emilia",
                "Antigua azucarera, Finale Emilia",
                "Före detta sockerbruk, Finale Emilia",
                "Dawna cukrownia, Finale Emilia",
            ),
            "Tecnopolo Bologna Manifattura": (
                "Tecnopolo Bologna Manifattura",
                "Tecnopolo Bologna Manifattura",
                "Tecnopolo Bologna Manifattura",
                "Tecnopolo Bologna Manifattura",
            ),
            "Emilia-Romagna gave us the supply chain and the engineering talent to build our most advanced plant.": (
                "L'Emilia-Romagna ci ha dato la filiera e i talenti dell'ingegneria per costruire il nostro stabilimento più avanzato.",
                "Emilia-Romaña nos dio la cadena de suministro y el talento en ingeniería para construir nuestra planta más avanzada.",
                "Emilia-Romagna gav oss leverantörskedjan och ingenjörstalangerna för att bygga vår mest avancerade fabrik.",
                "Emilia-Romania dała nam łańcuch dostaw i talenty inżynierskie, by zbudować nasz najnowocześniejszy zakład.",
            ),
        },
    },
    {
        "region": "valencia",
        "brand": {
            "title": "The Comunitat Valenciana brand",
            "brand_name": "Comunitat Valenciana",
            "claim": "Mediterranean by nature, innovative by choice",
            "story": "The brand presents a region that lives from the sea and the sun and that builds its future on design, technology and start-ups.",
            "values": ["Openness", "Innovation", "Quality"],
            "colours": [
                ("Mediterranean blue", "#0B4F8A", AA),
                ("Orange blossom", "#F39200", CC),
                ("Whitewash", "#F7F4EE", BB),
            ],
            "typography": "Montserrat for headings, Open Sans for text.",
            "campaign": (
                "Valencia World Design Capital",
                2022,
                "A year of design events that presented Valencian companies and creators to the world.",
            ),
        },
        "showcase": {
            "title": "Invest in the Valencian Community",
            "headline": "A Mediterranean gateway to Europe's markets",
            "intro": "The region's foreign-investment law and IVACE support companies that bring industry, research and jobs.",
            "points": [
                (
                    SP_LOCATION,
                    "Valenciaport links the region to 1,000 ports and to Madrid by high-speed rail.",
                ),
                (
                    SP_CHAINS,
                    "Ceramics, automotive and agri-food clusters with their own technology institutes.",
                ),
                (
                    SP_SUPPORT,
                    "IVACE's investor desk handles permits, sites and incentives in one place.",
                ),
            ],
            "sectors": ["ceramics", "automotive", "logistics", "ict"],
            "incentives": [
                (
                    "IVACE grants for industrial investment",
                    G,
                    "2000000",
                    "Manufacturing companies that invest in new plants or modernise existing ones.",
                    "https://www.ivace.es/",
                ),
                (
                    "IVF loans for strategic projects",
                    LO,
                    "10000000",
                    "Projects that diversify the regional economy; lent by the Valencian Finance Institute.",
                    "https://www.ivf.gva.es/",
                ),
            ],
            "sites": [
                (
                    "Parc Sagunt II",
                    GF,
                    150000,
                    "Sagunto",
                    "39.65000",
                    "-0.24000",
                    InvestmentSite.Availability.AVAILABLE,
                    USE_PRODUCTION,
                ),
                (
                    "Valencia Innovation Campus",
                    RE,
                    4500,
                    "València",
                    "39.48020",
                    "-0.34150",
                    InvestmentSite.Availability.AVAILABLE,
                    USE_OFFICES,
                ),
            ],
            "story": (
                "PowerCo",
                "Germany",
                "3000000000",
                3000,
                2023,
                "We chose Sagunto for its port, its land and the support of the regional government.",
                "PowerCo project team",
            ),
        },
        "strings": {
            "The Comunitat Valenciana brand": (
                "Il marchio Comunitat Valenciana",
                "La marca Comunitat Valenciana",
                "Varumärket Comunitat Valenciana",
                "Marka Comunitat Valenciana",
            ),
            "Mediterranean by nature, innovative by choice": (
                "Mediterranea per natura, innovativa per scelta",
                "Mediterránea por naturaleza, innovadora por elección",
                "Medelhavsregion av naturen, innovativ av val",
                "Śródziemnomorska z natury, innowacyjna z wyboru",
            ),
            "The brand presents a region that lives from the sea and the sun and that builds its future on design, technology and start-ups.": (
                "Il marchio presenta una regione che vive del mare e del sole e che costruisce il suo futuro su design, tecnologia e start-up.",
                "La marca presenta una región que vive del mar y del sol y que construye su futuro sobre el diseño, la tecnología y las empresas emergentes.",
                "Varumärket visar en region som lever av havet och solen och som bygger sin framtid på design, teknik och startupföretag.",
                "Marka przedstawia region, który żyje z morza i słońca, a swoją przyszłość buduje na designie, technologii i start-upach.",
            ),
            "Mediterranean blue": (
                "Blu Mediterraneo",
                "Azul mediterráneo",
                "Medelhavsblå",
                "Błękit śródziemnomorski",
            ),
            "Orange blossom": (
                "Fiore d'arancio",
                "Azahar",
                "Apelsinblom",
                "Kwiat pomarańczy",
            ),
            "Whitewash": ("Bianco calce", "Blanco cal", "Kalkvit", "Biel wapienna"),
            "Montserrat for headings, Open Sans for text.": (
                "Montserrat per i titoli, Open Sans per il testo.",
                "Montserrat para los titulares, Open Sans para el texto.",
                "Montserrat för rubriker, Open Sans för brödtext.",
                "Montserrat w nagłówkach, Open Sans w tekście.",
            ),
            "A year of design events that presented Valencian companies and creators to the world.": (
                "Un anno di eventi di design che ha presentato al mondo imprese e creativi valenciani.",
                "Un año de eventos de diseño que presentó al mundo a empresas y creadores valencianos.",
                "Ett år av designevenemang som presenterade valencianska företag och kreatörer för världen.",
                "Rok wydarzeń projektowych, który przedstawił światu walenckie firmy i twórców.",
            ),
            "Invest in the Valencian Community": (
                "Investire nella Comunità Valenciana",
                "Invertir en la Comunitat Valenciana",
                "Investera i Valenciaregionen",
                "Inwestuj we Wspólnocie Walenckiej",
            ),
            "A Mediterranean gateway to Europe's markets": (
                "Una porta mediterranea verso i mercati europei",
                "Una puerta mediterránea a los mercados europeos",
                "En port vid Medelhavet till Europas marknader",
                "Śródziemnomorska brama do rynków Europy",
            ),
            "The region's foreign-investment law and IVACE support companies that bring industry, research and jobs.": (
                "La legge regionale sugli investimenti esteri e l'IVACE sostengono le imprese che portano industria, ricerca e lavoro.",
                "La ley autonómica de inversión extranjera y el IVACE apoyan a las empresas que aportan industria, investigación y empleo.",
                "Regionens lag om utländska investeringar och IVACE stöder företag som för med sig industri, forskning och jobb.",
                "Regionalna ustawa o inwestycjach zagranicznych i IVACE wspierają firmy, które przynoszą przemysł, badania i miejsca pracy.",
            ),
            "Valenciaport links the region to 1,000 ports and to Madrid by high-speed rail.": (
                "Valenciaport collega la regione a 1.000 porti e a Madrid con l'alta velocità.",
                "Valenciaport conecta la región con 1.000 puertos y con Madrid por alta velocidad.",
                "Valenciaport förbinder regionen med 1 000 hamnar och med Madrid via höghastighetståg.",
                "Valenciaport łączy region z 1000 portów, a z Madrytem koleją dużych prędkości.",
            ),
            "Ceramics, automotive and agri-food clusters with their own technology institutes.": (
                "Distretti della ceramica, dell'automotive e dell'agroalimentare con propri istituti tecnologici.",
                "Clústeres de cerámica, automoción y agroalimentación con sus propios institutos tecnológicos.",
                "Kluster inom keramik, fordon och livsmedel med egna teknikinstitut.",
                "Klastry ceramiczne, motoryzacyjne i rolno-spożywcze z własnymi instytutami technologicznymi.",
            ),
            "IVACE's investor desk handles permits, sites and incentives in one place.": (
                "Lo sportello investitori dell'IVACE gestisce permessi, aree e incentivi in un unico luogo.",
                "La oficina del inversor del IVACE gestiona permisos, suelo e incentivos en un solo lugar.",
                "IVACE:s investerarkontor hanterar tillstånd, tomter och stöd på ett ställe.",
                "Biuro obsługi inwestora IVACE załatwia pozwolenia, tereny i zachęty w jednym miejscu.",
            ),
            "IVACE grants for industrial investment": (
                "Contributi IVACE per gli investimenti industriali",
                "Ayudas del IVACE a la inversión industrial",
                "IVACE-bidrag för industriinvesteringar",
                "Dotacje IVACE na inwestycje przemysłowe",
            ),
            "Manufacturing companies that invest in new plants or modernise existing ones.": (
                "Imprese manifatturiere che investono in nuovi stabilimenti o ammodernano quelli esistenti.",
                "Empresas manufactureras que invierten en nuevas plantas o modernizan las existentes.",
                "Tillverkningsföretag som investerar i nya fabriker eller moderniserar befintliga.",
                "Firmy produkcyjne, które inwestują w nowe zakłady lub modernizują istniejące.",
            ),
            "IVF loans for strategic projects": (
                "Prestiti IVF per progetti strategici",
                "Préstamos del IVF para proyectos estratégicos",
                "IVF-lån för strategiska projekt",
                "Pożyczki IVF na projekty strategiczne",
            ),
            "Projects that diversify the regional economy; lent by the Valencian Finance Institute.": (
                "Progetti che diversificano l'economia regionale; prestiti dell'Istituto Valenciano di Finanza.",
                "Proyectos que diversifican la economía regional; préstamos del Instituto Valenciano de Finanzas.",
                "Projekt som breddar regionens ekonomi; lånen ges av Valencias finansinstitut.",
                "Projekty dywersyfikujące gospodarkę regionu; pożyczek udziela Walencki Instytut Finansów.",
            ),
            "Parc Sagunt II": (
                "Parc Sagunt II",
                "Parc Sagunt II",
                "Parc Sagunt II",
                "Parc Sagunt II",
            ),
            "Valencia Innovation Campus": (
                "Campus dell'innovazione di Valencia",
                "Campus de Innovación de València",
                "Valencias innovationscampus",
                "Kampus Innowacji w Walencji",
            ),
            "We chose Sagunto for its port, its land and the support of the regional government.": (
                "Abbiamo scelto Sagunto per il porto, i terreni e il sostegno del governo regionale.",
                "Elegimos Sagunto por su puerto, su suelo y el apoyo del gobierno autonómico.",
                "Vi valde Sagunto för hamnen, marken och stödet från regionregeringen.",
                "Wybraliśmy Sagunto ze względu na port, tereny i wsparcie władz regionu.",
            ),
        },
    },
    {
        "region": "wielkopolska",
        "brand": {
            "title": "The Wielkopolska brand",
            "brand_name": "Wielkopolska",
            "claim": "Good business, good life",
            "story": "The brand tells of a region known for hard work and reliability, where organised cities and green countryside make business and life easy.",
            "values": ["Entrepreneurship", "Reliability", "Openness"],
            "colours": [
                ("Wielkopolska navy", "#1D3557", AA),
                ("Field gold", "#E9C46A", CC),
                ("Linen", "#F1FAEE", BB),
            ],
            "typography": "Lato for headings and text.",
            "campaign": (
                "Wielkopolska – Good Place",
                2021,
                "A campaign for investors and talent at trade fairs in Germany and Scandinavia.",
            ),
        },
        "showcase": {
            "title": "Invest in Wielkopolska",
            "headline": "Your base between Berlin and Warsaw",
            "intro": "The Wielkopolska Investor and Exporter Service Centre and the TRIIP programme help companies settle and grow.",
            "points": [
                (
                    SP_LOCATION,
                    "Motorway A2 and rail put Berlin two and a half hours away.",
                ),
                (SP_SKILLS, "Poznań's universities graduate 25,000 students a year."),
                (
                    SP_SUPPORT,
                    "TRIIP links investors with local suppliers and partners.",
                ),
            ],
            "sectors": ["logistics", "agri-food", "automotive", "ict"],
            "incentives": [
                (
                    "Polish Investment Zone tax exemption",
                    TR,
                    "",
                    "New investments; the exemption depends on the project's size and location.",
                    "https://www.paih.gov.pl/",
                ),
                (
                    "Wielkopolska Regional Guarantee Fund",
                    GU,
                    "1000000",
                    "Small and medium enterprises that need collateral for investment loans.",
                    "",
                ),
            ],
            "sites": [
                (
                    "Września industrial park",
                    GF,
                    240000,
                    "Września",
                    "52.32500",
                    "17.56500",
                    InvestmentSite.Availability.AVAILABLE,
                    USE_PRODUCTION,
                ),
                (
                    "Former Cegielski works, Poznań",
                    BF,
                    12000,
                    "Poznań",
                    "52.39400",
                    "16.91200",
                    InvestmentSite.Availability.NEGOTIATION,
                    USE_MIXED,
                ),
            ],
            "story": (
                "Volkswagen Poznań",
                "Germany",
                "800000000",
                3000,
                2016,
                "In Wielkopolska we found space, skilled people and partners who keep their word.",
                "Plant management, Września",
            ),
        },
        "strings": {
            "The Wielkopolska brand": (
                "Il marchio Grande Polonia",
                "La marca Gran Polonia",
                "Varumärket Storpolen",
                "Marka Wielkopolska",
            ),
            "Good business, good life": (
                "Buoni affari, buona vita",
                "Buenos negocios, buena vida",
                "Goda affärer, gott liv",
                "Dobry biznes, dobre życie",
            ),
            "The brand tells of a region known for hard work and reliability, where organised cities and green countryside make business and life easy.": (
                "Il marchio racconta una regione nota per laboriosità e affidabilità, dove città ordinate e campagne verdi rendono facili lavoro e vita.",
                "La marca habla de una región conocida por su trabajo y su fiabilidad, donde ciudades ordenadas y un campo verde facilitan los negocios y la vida.",
                "Varumärket berättar om en region känd för flit och pålitlighet, där välordnade städer och grön landsbygd gör affärer och liv enkla.",
                "Marka opowiada o regionie znanym z pracowitości i rzetelności, gdzie uporządkowane miasta i zielona wieś ułatwiają biznes i życie.",
            ),
            "Wielkopolska navy": (
                "Blu Grande Polonia",
                "Azul marino de Gran Polonia",
                "Storpolens marinblå",
                "Granat wielkopolski",
            ),
            "Field gold": (
                "Oro dei campi",
                "Oro de los campos",
                "Fältguld",
                "Złoto pól",
            ),
            "Linen": ("Lino", "Lino", "Linne", "Len"),
            "Lato for headings and text.": (
                "Lato per titoli e testo.",
                "Lato para titulares y texto.",
                "Lato för rubriker och brödtext.",
                "Lato w nagłówkach i tekście.",
            ),
            "Wielkopolska – Good Place": (
                "Grande Polonia – Un buon posto",
                "Gran Polonia – Un buen lugar",
                "Storpolen – En bra plats",
                "Wielkopolska – Dobre miejsce",
            ),
            "A campaign for investors and talent at trade fairs in Germany and Scandinavia.": (
                "Una campagna per investitori e talenti nelle fiere in Germania e in Scandinavia.",
                "Una campaña para inversores y talento en ferias de Alemania y Escandinavia.",
                "En kampanj för investerare och talanger på mässor i Tyskland och Skandinavien.",
                "Kampania skierowana do inwestorów i talentów na targach w Niemczech i Skandynawii.",
            ),
            "Invest in Wielkopolska": (
                "Investire in Grande Polonia",
                "Invertir en Gran Polonia",
                "Investera i Storpolen",
                "Inwestuj w Wielkopolsce",
            ),
            "Your base between Berlin and Warsaw": (
                "La tua base tra Berlino e Varsavia",
                "Su base entre Berlín y Varsovia",
                "Din bas mellan Berlin och Warszawa",
                "Twoja baza między Berlinem a Warszawą",
            ),
            "The Wielkopolska Investor and Exporter Service Centre and the TRIIP programme help companies settle and grow.": (
                "Il Centro servizi per investitori ed esportatori della Grande Polonia e il programma TRIIP aiutano le imprese a insediarsi e crescere.",
                "El Centro de Atención al Inversor y al Exportador de Gran Polonia y el programa TRIIP ayudan a las empresas a instalarse y crecer.",
                "Storpolens servicecenter för investerare och exportörer och programmet TRIIP hjälper företag att etablera sig och växa.",
                "Centrum Obsługi Inwestorów i Eksporterów Wielkopolski oraz program TRIIP pomagają firmom osiedlić się i rozwijać.",
            ),
            "Motorway A2 and rail put Berlin two and a half hours away.": (
                "L'autostrada A2 e la ferrovia portano Berlino a due ore e mezza.",
                "La autopista A2 y el ferrocarril sitúan Berlín a dos horas y media.",
                "Motorväg A2 och järnvägen gör att Berlin ligger två och en halv timme bort.",
                "Autostrada A2 i kolej sprawiają, że Berlin jest o dwie i pół godziny drogi.",
            ),
            "Poznań's universities graduate 25,000 students a year.": (
                "Le università di Poznań laureano 25.000 studenti all'anno.",
                "Las universidades de Poznań gradúan a 25.000 estudiantes al año.",
                "Poznańs universitet examinerar 25 000 studenter per år.",
                "Uczelnie Poznania kształcą 25 000 absolwentów rocznie.",
            ),
            "TRIIP links investors with local suppliers and partners.": (
                "TRIIP mette in contatto gli investitori con fornitori e partner locali.",
                "TRIIP conecta a los inversores con proveedores y socios locales.",
                "TRIIP kopplar ihop investerare med lokala leverantörer och partner.",
                "TRIIP łączy inwestorów z lokalnymi dostawcami i partnerami.",
            ),
            "Polish Investment Zone tax exemption": (
                "Esenzione fiscale della Zona polacca degli investimenti",
                "Exención fiscal de la Zona Polaca de Inversiones",
                "Skattebefrielse i den polska investeringszonen",
                "Zwolnienie podatkowe w Polskiej Strefie Inwestycji",
            ),
            "New investments; the exemption depends on the project's size and location.": (
                "Nuovi investimenti; l'esenzione dipende dalla dimensione e dalla localizzazione del progetto.",
                "Nuevas inversiones; la exención depende del tamaño y la ubicación del proyecto.",
                "Nya investeringar; befrielsen beror på projektets storlek och läge.",
                "Nowe inwestycje; wysokość zwolnienia zależy od wielkości i lokalizacji projektu.",
            ),
            "Wielkopolska Regional Guarantee Fund": (
                "Fondo regionale di garanzia della Grande Polonia",
                "Fondo Regional de Garantías de Gran Polonia",
                "Storpolens regionala garantifond",
                "Wielkopolski Fundusz Poręczeniowy",
            ),
            "Small and medium enterprises that need collateral for investment loans.": (
                "Piccole e medie imprese che necessitano di garanzie per prestiti d'investimento.",
                "Pequeñas y medianas empresas que necesitan garantías para préstamos de inversión.",
                "Små och medelstora företag som behöver säkerhet för investeringslån.",
                "Małe i średnie przedsiębiorstwa, które potrzebują zabezpieczenia kredytów inwestycyjnych.",
            ),
            "Września industrial park": (
                "Parco industriale di Września",
                "Parque industrial de Września",
                "Industriparken i Września",
                "Park przemysłowy Września",
            ),
            "Former Cegielski works, Poznań": (
                "Ex stabilimenti Cegielski, Poznań",
                "Antiguos talleres Cegielski, Poznań",
                "Före detta Cegielskiverken, Poznań",
                "Dawne zakłady Cegielskiego, Poznań",
            ),
            "In Wielkopolska we found space, skilled people and partners who keep their word.": (
                "In Grande Polonia abbiamo trovato spazio, persone qualificate e partner che mantengono la parola.",
                "En Gran Polonia encontramos espacio, personal cualificado y socios que cumplen su palabra.",
                "I Storpolen hittade vi utrymme, kunnigt folk och partner som håller vad de lovar.",
                "W Wielkopolsce znaleźliśmy przestrzeń, wykwalifikowanych ludzi i partnerów, którzy dotrzymują słowa.",
            ),
        },
    },
]


def factsheet(demo, title):
    """A one-page PDF written by hand, so the demo needs no PDF library."""
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing is not None:
        return existing
    text = title.replace("(", "").replace(")", "")
    stream = f"BT /F1 20 Tf 72 760 Td ({text}) Tj ET".encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    pdf = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    document = Document(title=title, document_type="factsheet", language="en")
    document.file.save(
        f"{title.lower().replace(' ', '-')}.pdf", ContentFile(pdf), save=False
    )
    document.save()
    demo.count("documents")
    return document


def brand_page(data):
    return BrandPage(
        title=data["title"],
        slug="brand",
        brand_name=data["brand_name"],
        claim=data["claim"],
        search_description=data["claim"],
        story=f"<p>{data['story']}</p>",
        values=[
            ("value", {"name": name, "description": ""}) for name in data["values"]
        ],
        typography=data["typography"],
        usage_guidelines=f"<p>{GUIDELINES}</p>",
        campaigns=[
            (
                "campaign",
                {
                    "title": data["campaign"][0],
                    "year": data["campaign"][1],
                    "description": data["campaign"][2],
                    "url": "",
                },
            )
        ],
        colours=[
            BrandColour(name=name, hex=hex_code, usage=usage)
            for name, hex_code, usage in data["colours"]
        ],
    )


def showcase_page(data, sectors, document, privacy_page):
    investor, origin, amount, jobs, year, quote, quote_by = data["story"]
    return ShowcasePage(
        title=data["title"],
        slug="invest",
        headline=data["headline"],
        intro=data["intro"],
        search_description=data["headline"],
        selling_points=[
            ("point", {"title": title, "text": text}) for title, text in data["points"]
        ],
        factsheet=document,
        contact_intro=CONTACT_INTRO,
        privacy_page=privacy_page,
        showcase_sectors=[
            ShowcaseSector(sector=sectors[code]) for code in data["sectors"]
        ],
        incentives=[
            Incentive(
                name=name,
                kind=kind,
                max_amount_eur=Decimal(amount) if amount else None,
                eligibility=eligibility,
                link=link,
            )
            for name, kind, amount, eligibility, link in data["incentives"]
        ],
        investment_sites=[
            InvestmentSite(
                name=name,
                kind=kind,
                area_m2=area,
                municipality=municipality,
                latitude=Decimal(lat),
                longitude=Decimal(lon),
                availability=availability,
                admissible_uses=uses,
            )
            for name, kind, area, municipality, lat, lon, availability, uses in data[
                "sites"
            ]
        ],
        success_stories=[
            SuccessStory(
                investor=investor,
                country_of_origin=origin,
                amount_invested_eur=Decimal(amount),
                jobs_created=jobs,
                year=year,
                quote=quote,
                quote_by=quote_by,
            )
        ],
    )


def load(demo):
    before = demo.created.get("translations", 0) + demo.created.get("pages", 0)
    with disable_reference_index_auto_update():
        pages = load_pages(demo)
    if demo.created.get("translations", 0) + demo.created.get("pages", 0) > before:
        for page in pages:
            for translation in page.get_translations(inclusive=True).specific():
                ReferenceIndex.create_or_update_for_object(translation)


def link_privacy_notice(demo, privacy_page):
    """Showcases made by an earlier demo linked their form to the legal notice,
    which says nothing about personal data: point them (and their translations)
    at the privacy notice."""
    if privacy_page is None:
        return
    legal = Page.objects.filter(slug="legal-notice", depth=3).values("translation_key")
    stale = ShowcasePage.objects.filter(privacy_page__translation_key__in=legal)
    for showcase in stale:
        showcase.privacy_page = privacy_page
        publish(showcase, demo.user)
        demo.log(f"  {showcase.title}: the contact form now links the privacy notice")


def load_pages(demo):
    english = Locale.get_default()
    home = HomePage.objects.get(locale=english, depth=2)
    sectors = {sector.code: sector for sector in Sector.objects.filter(locale=english)}
    privacy_page = StandardPage.objects.filter(
        locale=english, slug=PRIVACY_SLUG
    ).first()
    link_privacy_notice(demo, privacy_page)
    pages = []
    invest, created = add_child_once(
        home,
        InvestIndexPage(
            title=INVEST_TITLE,
            slug="invest",
            intro=INVEST_INTRO,
            show_in_menus=True,
            search_description=INVEST_INTRO,
        ),
        user=demo.user,
    )
    demo.count("pages", int(created))
    demo.count("translations", translate(invest, translations(COMMON), user=demo.user))
    pages.append(invest)
    for data in SHOWCASES:
        region = RegionPage.objects.filter(locale=english, slug=data["region"]).first()
        if region is None:
            continue
        strings = translations({**COMMON, **data["strings"]})
        document = factsheet(demo, f"{data['showcase']['title']} factsheet")
        brand, created = add_child_once(
            region, brand_page(data["brand"]), user=demo.user
        )
        demo.count("pages", int(created))
        showcase, created = add_child_once(
            region,
            showcase_page(data["showcase"], sectors, document, privacy_page),
            user=demo.user,
        )
        demo.count("pages", int(created))
        for page in (brand, showcase):
            demo.count("translations", translate(page, strings, user=demo.user))
            pages.append(page)
    return pages


# Investor inquiries: one in each state, as the desks would have handled them.
# (showcase region, language, name, company, country, message, steps, notes)
INQUIRIES = [
    {
        "region": "emilia-romagna",
        "language": "it",
        "name": "Aiko Tanaka",
        "company": "Tanaka Precision Robotics",
        "email": "aiko.tanaka@tanaka-robotics.example",
        "country": "Japan",
        "sector": "automotive",
        "message": "Cerchiamo un'area di 20.000 m² vicino a Modena per un impianto di assemblaggio di robot collaborativi. Quali incentivi regionali si applicano?",
        "steps": [],
        "days_ago": 1,
    },
    {
        "region": "emilia-romagna",
        "language": "en",
        "name": "Lars Holm",
        "company": "Nordic Food Tech AB",
        "email": "lars.holm@nordicfoodtech.example",
        "country": "Sweden",
        "sector": "agri-food",
        "message": "We are looking for a research partner and a pilot plant for plant-based dairy alternatives in the Food Valley.",
        "steps": ["assign"],
        "note": "Forwarded the list of the food technopoles; call booked for next week.",
        "days_ago": 9,
        "priority": "high",
    },
    {
        "region": "valencia",
        "language": "es",
        "name": "María Sánchez",
        "company": "Ceramic Coatings Inc.",
        "email": "maria.sanchez@ceramiccoatings.example",
        "country": "United States",
        "sector": "ceramics",
        "message": "Queremos abrir un centro de I+D de esmaltes cerámicos en Castellón. ¿Qué suelo industrial hay disponible y qué ayudas ofrece la Generalitat?",
        "steps": ["assign", "answered"],
        "note": "Sent the IVACE site catalogue and the R&D grant call; the company will visit in spring.",
        "days_ago": 12,
    },
    {
        "region": "wielkopolska",
        "language": "pl",
        "name": "Jan Kowalski",
        "company": "Baltic Logistics Sp. z o.o.",
        "email": "jan.kowalski@balticlogistics.example",
        "country": "Poland",
        "sector": "",
        "message": "Szukamy terenu pod centrum logistyczne przy autostradzie A2 w pobliżu Poznania.",
        "steps": ["assign", "answered", "closed"],
        "note": "Three sites proposed; the company chose a site near Poznań. Closed.",
        "days_ago": 30,
    },
    {
        "region": "valencia",
        "language": "en",
        "name": "Best Offer",
        "company": "SEO Marketing Ltd",
        "email": "offers@seo-marketing.example",
        "country": "Unknown",
        "sector": "",
        "message": "We can bring your website to the first page of Google. Reply for a free offer!",
        "steps": ["spam"],
        "days_ago": 4,
    },
]


def load_cases(demo):
    """Investor inquiries in every state, assigned to the regions' coordinators."""
    import datetime

    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from branding.models import InvestorInquiry
    from cms.governance import source_region

    User = get_user_model()
    today = timezone.localdate()
    for data in INQUIRIES:
        if InvestorInquiry.objects.filter(email=data["email"]).exists():
            continue
        locale = Locale.objects.filter(language_code=data["language"]).first()
        region = RegionPage.objects.filter(
            slug=data["region"], locale__language_code=data["language"]
        ).first()
        if locale is None or region is None:
            continue
        showcase = ShowcasePage.objects.child_of(region).first()
        sector = Sector.objects.filter(code=data["sector"], locale=locale).first()
        inquiry = InvestorInquiry.objects.create(
            name=data["name"],
            company=data["company"],
            email=data["email"],
            country=data["country"],
            sector=sector,
            message=data["message"],
            consent=True,
            locale=locale,
            showcase=showcase,
            region=source_region(region),
            priority=data.get("priority", "normal"),
        )
        received = today - datetime.timedelta(days=data["days_ago"])
        InvestorInquiry.objects.filter(pk=inquiry.pk).update(
            created_at=timezone.make_aware(
                datetime.datetime.combine(received, datetime.time(10))
            ),
            due_date=inquiry_due_date(received),
        )
        inquiry.refresh_from_db()
        coordinator = User.objects.filter(
            username=f"{data['region']}-coordinator"
        ).first()
        for step in data["steps"]:
            if step == "assign":
                inquiry.assign(coordinator, user=demo.user)
            else:
                inquiry.transition(step, user=coordinator or demo.user)
        if data.get("note"):
            inquiry.add_note(coordinator or demo.user, data["note"])
        demo.count("inquiries")
