"""Demo content: the privacy notice for investors' inquiries, in five languages.

The showcase contact forms link to it. What it promises is what the code does:
``INQUIRY_RETENTION_DAYS`` (365 by default, "twelve months") and the
``anonymise_inquiries`` job, erasure on request from the inquiry's admin page.
"""

PRIVACY_TITLE = "Privacy notice"
PRIVACY_SLUG = "privacy-notice"
PRIVACY_INTRO = (
    "How we handle the personal data you send us when you write to a region's "
    "investment desk through this site."
)
H_WHO = "Who is responsible"
P_WHO = (
    "The Municipality of Reggio Emilia, lead partner of COMPETE IN, and the partner "
    "whose investment desk you write to are jointly responsible for your data. For "
    "any question about it, write to info@compete-in.example or to that desk."
)
H_WHAT = "What we store"
P_WHAT = (
    "Your name, your company, your e-mail address, the country of your company, "
    "the sector you chose, your message, the language you wrote in and when you "
    "sent it. We do not store your IP address with your message; it is only counted "
    "for one hour to protect the form from abuse. We use no tracking cookies."
)
H_WHY = "Why we store it"
P_WHY = (
    "Only to answer your inquiry and to follow it up with you, because you asked us "
    "to and agreed to this notice (Article 6(1)(a) and (b) of the General Data "
    "Protection Regulation). We do not use it for marketing and we never sell it or "
    "pass it on outside the project."
)
H_WHO_SEES = "Who sees it"
P_WHO_SEES = (
    "The investment desk of the region you wrote to (its coordinators and the "
    "colleagues they ask to answer you) and the lead partner, which oversees the "
    "project. The other regions do not see your message. The company that delivers "
    "our e-mails handles it on our behalf, inside the European Union."
)
H_HOW_LONG = "How long we keep it"
P_HOW_LONG = (
    "As long as your inquiry is open, and then for twelve months after it is "
    "closed, in case you write back. After that your name, company, e-mail address "
    "and message are anonymised automatically, also where a note of the desk "
    "mentions them; we keep only anonymous figures, such as the number of inquiries "
    "per country and sector."
)
H_RIGHTS = "Your rights, and how to have your data erased"
P_RIGHTS = (
    "You may ask at any time to see your data, to correct it or to erase it, and "
    "you may withdraw your consent. Write to the desk that answered you, quoting "
    "the reference of our acknowledgement e-mail (for example INQ-2026-0001). We "
    "erase your data within one month and confirm it to you. If you believe we "
    "have not respected your rights, you may complain to the data protection "
    "authority of your country."
)

PRIVACY_SECTIONS = [
    (H_WHO, P_WHO),
    (H_WHAT, P_WHAT),
    (H_WHY, P_WHY),
    (H_WHO_SEES, P_WHO_SEES),
    (H_HOW_LONG, P_HOW_LONG),
    (H_RIGHTS, P_RIGHTS),
]

PRIVACY_TRANSLATIONS = {
    "it": {
        PRIVACY_TITLE: "Informativa sulla privacy",
        PRIVACY_SLUG: "informativa-privacy",
        PRIVACY_INTRO: (
            "Come trattiamo i dati personali che ci invii quando scrivi allo "
            "sportello investimenti di una regione attraverso questo sito."
        ),
        H_WHO: "Chi è responsabile",
        P_WHO: (
            "Il Comune di Reggio Emilia, capofila di COMPETE IN, e il partner al "
            "cui sportello investimenti scrivi sono contitolari del trattamento dei "
            "tuoi dati. Per qualsiasi domanda scrivi a info@compete-in.example o a "
            "quello sportello."
        ),
        H_WHAT: "Quali dati conserviamo",
        P_WHAT: (
            "Il tuo nome, la tua azienda, il tuo indirizzo e-mail, il paese della "
            "tua azienda, il settore che hai scelto, il tuo messaggio, la lingua in "
            "cui hai scritto e quando lo hai inviato. Non conserviamo il tuo "
            "indirizzo IP insieme al messaggio: viene solo conteggiato per un'ora "
            "per proteggere il modulo dagli abusi. Non usiamo cookie di "
            "tracciamento."
        ),
        H_WHY: "Perché li conserviamo",
        P_WHY: (
            "Soltanto per rispondere alla tua richiesta e darle seguito con te, "
            "perché ce lo hai chiesto e hai accettato questa informativa (articolo "
            "6, paragrafo 1, lettere a e b del Regolamento generale sulla protezione "
            "dei dati). Non li usiamo per attività di marketing e non li vendiamo né "
            "li cediamo mai al di fuori del progetto."
        ),
        H_WHO_SEES: "Chi li vede",
        P_WHO_SEES: (
            "Lo sportello investimenti della regione a cui hai scritto (i suoi "
            "coordinatori e i colleghi a cui chiedono di risponderti) e il "
            "capofila, che coordina il progetto. Le altre regioni non vedono il tuo "
            "messaggio. La società che recapita le nostre e-mail li tratta per "
            "nostro conto, all'interno dell'Unione europea."
        ),
        H_HOW_LONG: "Per quanto tempo li conserviamo",
        P_HOW_LONG: (
            "Finché la tua richiesta è aperta e poi per dodici mesi dalla sua "
            "chiusura, nel caso tu ci riscriva. Trascorso questo periodo il tuo "
            "nome, la tua azienda, il tuo indirizzo e-mail e il tuo messaggio "
            "vengono resi anonimi automaticamente, anche dove una nota dello "
            "sportello li cita; conserviamo solo dati aggregati anonimi, come il "
            "numero di richieste per paese e settore."
        ),
        H_RIGHTS: "I tuoi diritti e come chiedere la cancellazione",
        P_RIGHTS: (
            "Puoi chiedere in qualsiasi momento di accedere ai tuoi dati, di "
            "rettificarli o di cancellarli, e puoi revocare il consenso. Scrivi "
            "allo sportello che ti ha risposto indicando il riferimento della "
            "nostra e-mail di conferma (per esempio INQ-2026-0001). Cancelliamo i "
            "tuoi dati entro un mese e te lo confermiamo. Se ritieni che non "
            "abbiamo rispettato i tuoi diritti, puoi presentare reclamo all'autorità "
            "per la protezione dei dati del tuo paese."
        ),
    },
    "es": {
        PRIVACY_TITLE: "Aviso de privacidad",
        PRIVACY_SLUG: "aviso-de-privacidad",
        PRIVACY_INTRO: (
            "Cómo tratamos los datos personales que nos envías cuando escribes a "
            "la oficina de inversiones de una región a través de este sitio."
        ),
        H_WHO: "Quién es responsable",
        P_WHO: (
            "El Ayuntamiento de Reggio Emilia, socio principal de COMPETE IN, y el "
            "socio a cuya oficina de inversiones escribes son corresponsables del "
            "tratamiento de tus datos. Para cualquier pregunta, escribe a "
            "info@compete-in.example o a esa oficina."
        ),
        H_WHAT: "Qué datos guardamos",
        P_WHAT: (
            "Tu nombre, tu empresa, tu dirección de correo electrónico, el país de "
            "tu empresa, el sector que elegiste, tu mensaje, el idioma en que "
            "escribiste y cuándo lo enviaste. No guardamos tu dirección IP con tu "
            "mensaje: solo se cuenta durante una hora para proteger el formulario "
            "de abusos. No usamos cookies de seguimiento."
        ),
        H_WHY: "Por qué los guardamos",
        P_WHY: (
            "Solo para responder a tu consulta y hacerle seguimiento contigo, "
            "porque nos lo pediste y aceptaste este aviso (artículo 6, apartado 1, "
            "letras a y b, del Reglamento General de Protección de Datos). No los "
            "usamos con fines comerciales y nunca los vendemos ni los cedemos fuera "
            "del proyecto."
        ),
        H_WHO_SEES: "Quién los ve",
        P_WHO_SEES: (
            "La oficina de inversiones de la región a la que escribiste (sus "
            "coordinadores y los compañeros a quienes piden que te respondan) y el "
            "socio principal, que supervisa el proyecto. Las demás regiones no ven "
            "tu mensaje. La empresa que entrega nuestros correos los trata por "
            "cuenta nuestra, dentro de la Unión Europea."
        ),
        H_HOW_LONG: "Cuánto tiempo los guardamos",
        P_HOW_LONG: (
            "Mientras tu consulta esté abierta y, después, doce meses desde su "
            "cierre, por si vuelves a escribirnos. Pasado ese plazo, tu nombre, tu "
            "empresa, tu dirección de correo y tu mensaje se anonimizan "
            "automáticamente, también donde los mencione una nota de la oficina; "
            "solo conservamos cifras anónimas, como el número de consultas por país "
            "y sector."
        ),
        H_RIGHTS: "Tus derechos y cómo pedir que se borren tus datos",
        P_RIGHTS: (
            "Puedes pedir en cualquier momento ver tus datos, corregirlos o "
            "borrarlos, y puedes retirar tu consentimiento. Escribe a la oficina "
            "que te respondió indicando la referencia de nuestro correo de acuse "
            "de recibo (por ejemplo INQ-2026-0001). Borramos tus datos en el plazo "
            "de un mes y te lo confirmamos. Si crees que no hemos respetado tus "
            "derechos, puedes presentar una reclamación ante la autoridad de "
            "protección de datos de tu país."
        ),
    },
    "sv": {
        PRIVACY_TITLE: "Integritetsmeddelande",
        PRIVACY_SLUG: "integritetsmeddelande",
        PRIVACY_INTRO: (
            "Så hanterar vi de personuppgifter du skickar oss när du skriver till "
            "en regions investeringskontor via den här webbplatsen."
        ),
        H_WHO: "Vem som ansvarar",
        P_WHO: (
            "Reggio Emilias kommun, huvudpartner i COMPETE IN, och den partner vars "
            "investeringskontor du skriver till är gemensamt personuppgiftsansvariga "
            "för dina uppgifter. Skriv till info@compete-in.example eller till "
            "kontoret om du har frågor."
        ),
        H_WHAT: "Vad vi sparar",
        P_WHAT: (
            "Ditt namn, ditt företag, din e-postadress, ditt företags land, den "
            "bransch du valde, ditt meddelande, språket du skrev på och när du "
            "skickade det. Vi sparar inte din IP-adress tillsammans med "
            "meddelandet; den räknas bara under en timme för att skydda formuläret "
            "mot missbruk. Vi använder inga spårningskakor."
        ),
        H_WHY: "Varför vi sparar det",
        P_WHY: (
            "Bara för att besvara din förfrågan och följa upp den med dig, "
            "eftersom du bad oss om det och godkände det här meddelandet (artikel "
            "6.1 a och b i dataskyddsförordningen). Vi använder inte uppgifterna "
            "för marknadsföring och vi säljer dem aldrig eller lämnar ut dem utanför "
            "projektet."
        ),
        H_WHO_SEES: "Vem som ser det",
        P_WHO_SEES: (
            "Investeringskontoret i den region du skrev till (dess samordnare och "
            "de kollegor som de ber svara dig) och huvudpartnern, som leder "
            "projektet. De andra regionerna ser inte ditt meddelande. Företaget "
            "som levererar vår e-post behandlar uppgifterna för vår räkning, inom "
            "Europeiska unionen."
        ),
        H_HOW_LONG: "Hur länge vi sparar det",
        P_HOW_LONG: (
            "Så länge din förfrågan är öppen och därefter i tolv månader efter att "
            "den har avslutats, ifall du skriver igen. Sedan anonymiseras ditt "
            "namn, ditt företag, din e-postadress och ditt meddelande automatiskt, "
            "även där en anteckning från kontoret nämner dem; vi sparar bara "
            "anonym statistik, till exempel antalet förfrågningar per land och "
            "bransch."
        ),
        H_RIGHTS: "Dina rättigheter och hur du får dina uppgifter raderade",
        P_RIGHTS: (
            "Du kan när som helst begära att få se, rätta eller radera dina "
            "uppgifter, och du kan återkalla ditt samtycke. Skriv till kontoret som "
            "svarade dig och ange referensen i vår bekräftelse via e-post (till "
            "exempel INQ-2026-0001). Vi raderar dina uppgifter inom en månad och "
            "bekräftar det för dig. Om du anser att vi inte har respekterat dina "
            "rättigheter kan du klaga hos dataskyddsmyndigheten i ditt land."
        ),
    },
    "pl": {
        PRIVACY_TITLE: "Informacja o ochronie prywatności",
        PRIVACY_SLUG: "ochrona-prywatnosci",
        PRIVACY_INTRO: (
            "Jak postępujemy z danymi osobowymi, które przesyłasz nam, pisząc "
            "przez tę witrynę do biura inwestycyjnego regionu."
        ),
        H_WHO: "Kto odpowiada za dane",
        P_WHO: (
            "Gmina Reggio Emilia, partner wiodący projektu COMPETE IN, oraz "
            "partner, do którego biura inwestycyjnego piszesz, są "
            "współadministratorami Twoich danych. W razie pytań napisz na adres "
            "info@compete-in.example lub do tego biura."
        ),
        H_WHAT: "Jakie dane przechowujemy",
        P_WHAT: (
            "Twoje imię i nazwisko, nazwę firmy, adres e-mail, kraj siedziby firmy, "
            "wybrany sektor, treść wiadomości, język, w którym napisałeś, oraz datę "
            "jej wysłania. Nie przechowujemy Twojego adresu IP razem z wiadomością; "
            "jest on jedynie liczony przez godzinę, aby chronić formularz przed "
            "nadużyciami. Nie używamy śledzących plików cookie."
        ),
        H_WHY: "Dlaczego je przechowujemy",
        P_WHY: (
            "Wyłącznie po to, aby odpowiedzieć na Twoje zapytanie i prowadzić "
            "z Tobą dalszą korespondencję, ponieważ nas o to poprosiłeś "
            "i zaakceptowałeś tę informację (art. 6 ust. 1 lit. a i b ogólnego "
            "rozporządzenia o ochronie danych). Nie wykorzystujemy ich do celów "
            "marketingowych, nigdy ich nie sprzedajemy ani nie przekazujemy poza "
            "projekt."
        ),
        H_WHO_SEES: "Kto ma do nich dostęp",
        P_WHO_SEES: (
            "Biuro inwestycyjne regionu, do którego napisałeś (jego koordynatorzy "
            "i współpracownicy, których poproszą o odpowiedź), oraz partner "
            "wiodący, który nadzoruje projekt. Pozostałe regiony nie widzą Twojej "
            "wiadomości. Firma dostarczająca nasze e-maile przetwarza je w naszym "
            "imieniu, na terenie Unii Europejskiej."
        ),
        H_HOW_LONG: "Jak długo je przechowujemy",
        P_HOW_LONG: (
            "Dopóki Twoje zapytanie jest otwarte, a następnie przez dwanaście "
            "miesięcy od jego zamknięcia, na wypadek gdybyś napisał ponownie. Po "
            "tym czasie Twoje imię i nazwisko, nazwa firmy, adres e-mail i treść "
            "wiadomości są automatycznie anonimizowane, także tam, gdzie wspomina "
            "je notatka biura; zachowujemy jedynie anonimowe zestawienia, na "
            "przykład liczbę zapytań według kraju i sektora."
        ),
        H_RIGHTS: "Twoje prawa i jak zażądać usunięcia danych",
        P_RIGHTS: (
            "W każdej chwili możesz zażądać dostępu do swoich danych, ich "
            "sprostowania lub usunięcia, a także wycofać zgodę. Napisz do biura, "
            "które Ci odpowiedziało, podając numer referencyjny z naszego e-maila "
            "potwierdzającego (na przykład INQ-2026-0001). Usuwamy dane w ciągu "
            "miesiąca i potwierdzamy to. Jeśli uważasz, że nie przestrzegaliśmy "
            "Twoich praw, możesz złożyć skargę do organu ochrony danych w swoim "
            "kraju."
        ),
    },
}
