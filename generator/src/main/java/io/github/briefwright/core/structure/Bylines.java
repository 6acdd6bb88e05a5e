package io.github.briefwright.core.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bylines: "By A and B", "BY JANE DOE", "Words by Jane Doe", "By Jane Doe, Staff Reporter", "Jane Doe | Reuters",
 * "By Jane Doe · January 7, 2020", "Автор: Иван Петров", "김철수 기자". Parts after {@code |}, {@code ·} or a dash,
 * roles after a comma, a newsroom after a name ("Jane Doe Associated Press", "Jane Doe, USA TODAY", "Jane Doe for
 * The Guardian", "Jane Doe of The Example Times"), a reading time ("5 min read") and share links printed as words
 * ("Twitter Email") are not names; a date among them is returned too.
 */
final class Bylines {

    private static final Pattern PREFIXED = Pattern.compile(
            "^(?:by\\s*by\\s+|(?:(?:tekst|text|texto|texte|teksti)\\s+(?:og|och|und|y|e|et|en|ja|and)\\s+"
                    + "(?:foto|fotos|bilder|bild|kuvat|photos?)|(?:texto|texte|reportagem|reportaje|crónica|cronaca) de|"
                    + "(?:eine?\\s+)?(?:kommentar|analyse|gastbeitrag|bericht|reportage|kolumne|glosse)\\s+von|"
                    + "(?:une?\\s+)?(?:analyse|tribune|chronique|éditorial|editorial)\\s+de|(?:una?\\s+)?(?:análisis|columna|crónica)\\s+de|"
                    + "dal(?:la)?\\s+nostr[oa]\\s+(?:corrispondente|inviat[oa])|door\\s+onze\\s+(?:redacteur|correspondent|verslaggever)|"
                    + "de\\s+notre\\s+(?:correspondant|envoyée?\\s+spéciale?)|von\\s+unsere[mr]\\s+(?:korrespondent(?:en|in)?|redakteur(?:in)?)|"
                    + "from\\s+(?:cnn|abc|nbc|cbs|bbc|npr|ap|afp|reuters|bloomberg|the associated press)['’]s|[Тт]екст|"
                    + "by\\s+(?:(?:senior|chief|political|staff|foreign|economics|business|health|science|education|sports|"
                    + "our|special)\\s+){1,2}(?:reporter|correspondent|editor|writer)|"
                    // "By data reporters Lachlan Pryor and Mei Tran": any role in lower case
                    + "by\\s+(?-i:(?:\\p{Ll}[\\p{Ll}-]*\\s+){1,2})(?:reporters?|correspondents?|editors?|writers?)(?=\\s+\\p{Lu})|"
                    + "by|written by|words by|story by|text by|reporting by|reported by|report by|edited by|"
                    + "news provided by|"
                    + "compiled by|posted by|published by|contributed by|interview(?:ed)? by|(?:live )?(?:coverage|blog|updates) by|"
                    + "analysis by|opinion by|commentary by|column by|essay by|review by|article by|(?:a )?guest post by|"
                    + "as told to|author of (?:the|this) article|"
                    + "authors?|autor(?:in)?|auteur|autore|[Аа]втор(?:ы)?|yazar|penulis|tác giả|forfatter|författare|"
                    + "kirjoittaja|szerző|von|par|pér|por|door|oleh|di|av|af|texto|texte|tekst|teksti|بقلم|מאת|"
                    + "צילום וטקסט|טקסט וצילום|טקסט|"
                    + "piše|napisao|napisala|picha na maneno|โดย|ໂດຍ|ដោយ|เรื่อง(?:และภาพ)?\\s*:|"
                    // "written by" and a writer's label in more languages: German, Dutch, French, Spanish and
                    // Portuguese, Italian, Danish, Norwegian and Swedish, Finnish, Polish, Czech and Slovak, Hungarian,
                    // Romanian, Turkish, Greek, Swahili, Indonesian (a news agency's reporter), Persian; Ligurian's and
                    // Piedmontese's "written by" beside Italian's
                    + "geschrieben von|verfasst von|geschreven door|[éÉ]crit par|rédigé par|propos recueillis par|escrito por|"
                    + "redactado por|reportagem|scritto da|scrito da|scrit da|"
                    + "a cura di|skrevet af|skrevet av|skrivet av|skriven av|kirjoittanut|"
                    + "napisał|napisała|napsal|napsala|napísal|napísala|[íÍ]rta|scris de|yazan|[γΓ]ράφει (?:ο|η)|[σΣ]υντάκτης|"
                    + "mwandishi|pewarta|نویسنده|filed by|"
                    // Lingala "written by"
                    + "ekomami na|ekomi na|"
                    // Low German "by", Iban "by", Rarotongan's and Tumbuka's "by" before a name alone (in other
                    // languages "na" is "on" or "the": Fijian "Na kaveteni ni Vunimoli, …"), Dinka "the one who wrote:"
                    + "vun|ulih|(?-i:Na(?=\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*){1,3}\\s*$))|"
                    + "raan cï gɔ̈t\\s*:|"
                    // Neapolitan "by" before a name alone ("'E Salvatore Iaccarino"; not Venetian "de", which
                    // credits a play's or a film's author under its title as often), Luhya "written by"
                    + "(?-i:['’]E(?=\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*){1,3}\\s*$))|"
                    + "yahandikwa nende\\s*:|"
                    // Afrikaans "by", Scottish Gaelic "author", Pashto "writer", Faroese "written has" and
                    // "written by"; Turkmen "author", Oromo "writer", Breton and West Frisian "by", Malagasy
                    // "written by"
                    + "deur|[ùÙ]ghdar|لیکوال|skrivað hevur|skrivað av|awtor|barreessaa|gant|troch|nosoratan['’]i|"
                    // Basque "text", Bengali "wrote" and "reporter"
                    + "testua|লিখেছেন|প্রতিবেদক|"
                    // "published by" as a blog's software prints it in Galician, Spanish, Portuguese, French, Italian,
                    // German, Dutch; Welsh "by"; Yoruba "from the hand of"; a taster's notes in German
                    + "publicad[oa] por|publié par|pubblicato da|veröffentlicht von|gepubliceerd door|gan|"
                    + "láti ọwọ́|lati owo|(?:verkostet und )?notiert von|aufgezeichnet von|zusammengestellt von|"
                    // who prepared the text, as the Baltic and South Slavic languages credit a notice's writer:
                    // Lithuanian, Latvian, Estonian, Slovene and Slovak, Czech, Croatian and Serbian, Bulgarian
                    + "pareng[ėe]|sagatavoja|koostas|koostanud|pripravila?|připravila?|pripremi(?:o|la)|"
                    + "[Пп]одготви(?:л|ла)?|"
                    // who held an interview or took it down: Russian, Ukrainian, Polish, Czech, German
                    + "[Бб]еседовал(?:а|и)?|[Бб]еседу вел(?:а|и)?|[Зз]аписал(?:а|и)?|[Пп]одготовил(?:а|и)?|[Тт]екст|"
                    + "[Рр]озмовля(?:в|ла)|[Зз]аписа(?:в|ла)|[Пп]ідготува(?:в|ла)|rozmawiał(?:a)?|rozmawiali|ptal(?:a)? se|"
                    + "das (?:gespräch|interview) führte|"
                    + "issued by\\s*:)\\s*:?\\s+"
                    + "|(?:लेखक|संवाददाता)\\s*[:：]\\s*"
                    // Arabic "wrote", "interview"; Urdu and Kashmiri "report"
                    + "|(?:كتب|حوار|رپورٹ)\\s*[:：\\-–]\\s*"
                    // Xhosa "by" glued to the name: "NguSiphokazi Ndlela"
                    + "|By(?=\\p{Lu}\\p{Ll})|(?-i:Ngu)(?=(?-i:\\p{Lu}\\p{Ll}))|"
                    // a blog's photo of its writer, its alternative text glued to the name: "Writer's pictureMika
                    // Tranter"
                    + "writer['’]s picture\\s*|"

                    + "(?:reporters?|writers?|words|text|story|reporting|contributors?|correspondents?|columnist|department|"
                    + "(?:readers['’]?|public|standards) editor|ombudsman)\\s*:\\s*|"
                    + "by:\\s*)(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** The photographer's credit after the writer's name on a byline's line: "  Fotos: Ruben Haas", " | Photos by …". */
    private static final Pattern PHOTOS_AFTER = Pattern.compile("(?i)(?:\\s*[|/·•,;]\\s*|\\s{2,})(?:photos?|photography|"
            + "fotos?|fotografie|fotograf[íi]a|fotografias?|bilder?|illustrations?|grafik|infograf[íi]a)\\s*(?:by|de|von|di|"
            + "door|par|por|:)\\s*:?\\s*\\S.*$");
    private static final Pattern ROLE = Pattern.compile("(?i).*\\b(?:reporter|correspondent|editor|writer|staff|contributor|"
            + "columnist|critic|reviewer|ceo|founder|cto|president|director|analyst|chief|senior|bureau|desk|news|press)\\b.*");

    private static final Pattern WRITER = Pattern.compile("(?i).*\\b(?:reporter|correspondent|editor|writer|staff|contributor|"
            + "columnist|journalist|blogger|critic|insider)s?\\b.*");

    /** Whether a part of a byline beside the names is a writer's role ("Senior Politics Editor", "Staff Writer"). */
    static boolean isWriter(String part) {
        return WRITER.matcher(part).matches();
    }

    /**
     * Whether a line is only a writer's role, as pages print it on the line under the name: "Staff Writer",
     * "Scotland political correspondent", "Local Journalism Initiative Reporter" (six words at most, the last the
     * role's noun, no sentence, no digit).
     */
    static boolean isRoleLine(String line) {
        String text = line.strip();
        if (SPECIAL_TO.matcher(text).matches()) {
            return true;
        }
        int words = HeadReader.words(text);
        int comma = text.indexOf(", ");
        if (comma > 0 && words <= 12 && !HeadReader.endsSentence(text) && isRoleLine(text.substring(0, comma))
                && HeadReader.words(text.substring(0, comma)) <= 4
                && OUTLET_AFTER_ROLE.matcher(text.substring(comma + 2)).matches()) {
            return true; // "Videojournalist, Prairie 7 News Fort Calder": the role, then the newsroom
        }
        if (words < 1 || words > 6 || HeadReader.endsSentence(text) || DateText.hasDigit(text)
                && (text.length() > ROLE_LINE_CHARS
                || DateText.hasDigit(CHANNEL_NUMBER.matcher(text).replaceFirst("$1")))) {
            return false;
        }
        String[] all = text.split("[\\s,]+");
        // the role's noun ends it: not "Staff shortages cripple …" (a line of commas has no word at all)
        return all.length > 0 && (WRITER.matcher(all[all.length - 1]).matches()
                || OTHER_WRITER.matcher(all[all.length - 1]).matches());
    }

    /** The most characters of a role line with a number in it (a channel's). */
    private static final int ROLE_LINE_CHARS = 80;

    /** A channel's number after its name, the one number a role line holds: "NorthShore 12 News Reporter". */
    private static final Pattern CHANNEL_NUMBER = Pattern.compile("(\\p{Lu}[\\p{L}]*)\\s+\\d{1,3}(?=\\s)");

    /** A newsroom after a role and a comma: "Prairie 7 News Fort Calder", "The Harbour Ledger" (six words at most). */
    private static final Pattern OUTLET_AFTER_ROLE = Pattern.compile("(?:(?i:the)\\s+)?[\\p{Lu}\\d][\\p{L}\\d'’.&-]*"
            + "(?:\\s+[\\p{Lu}\\d][\\p{L}\\d'’.&-]*){0,5}");

    /** A contributor's credit under the name: "Special to The Harbour Ledger", "Special to the Star". */
    private static final Pattern SPECIAL_TO = Pattern.compile("(?i:special to)\\s+(?:(?i:the)\\s+)?\\p{Lu}[\\p{L}'’.&-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}'’.&-]*){0,4}");

    /**
     * Whether a line is only a newsroom's or a service's name, as pages print it under the writer's name: "Local
     * Democracy Reporting Service", "Press Association Sport Desk" (six words at most, capitalised but for "of",
     * "and", "for" and "the", the last a word of {@link #ORGANISATION}, no sentence, no digit).
     */
    static boolean isNewsroomLine(String line) {
        String text = line.strip();
        int words = HeadReader.words(text);
        if (words < 2 || words > 6 || HeadReader.endsSentence(text) || DateText.hasDigit(text) || text.contains(",")) {
            return false; // "Duncan Orr, Data Team": a writer and the desk
        }
        String[] all = text.split("\\s+");
        for (String word : all) {
            if (!Character.isUpperCase(word.codePointAt(0)) && !Set.of("of", "and", "for", "the").contains(word)) {
                return false;
            }
        }
        return ORGANISATION.contains(all[all.length - 1].toLowerCase(Locale.ROOT));
    }

    /**
     * A writer's role noun that ends a role line, in the other languages the structure stage reads, and a
     * researcher's, an analyst's or an engineer's ("Periodista i escriptor", "Lead Researcher", "Policy Analyst", "Staff
     * Software Engineer" on an engineering blog).
     */
    private static final Pattern OTHER_WRITER = Pattern.compile("(?iu)researchers?|analysts?|economists?|"
            + "(?:video|photo)journalists?|"
            + "engineers?|developers?|designers?|scientists?|"
            // a company's officers who write its blog: "Co-founder & CTO"
            + "(?-i:CEO|CTO|COO|CFO|CPO)|(?:co-?)?founders?|"
            + "periodistas?|escriptora?|escritora?|redactora?|corresponsal|columnistas?|cronistas?|journalistes?|"
            + "rédact(?:eur|rice)|chroniqueu(?:r|se)|journalist(?:in)?|redakteur(?:in)?|korrespondent(?:in)?|giornalista|"
            + "redatt(?:ore|rice)|inviat[oa]|editorialista|jornalista|repórter|colunista|correspondente|verslaggever|"
            + "toimittaja|kolumnisti|skribent|dziennikar(?:z|ka)|novinář(?:ka)?|redaktor(?:ka)?|újságíró|riporter|"
            + "gazeteci|muhabir|wartawan|jurnalis|nhà báo|phóng viên|журналист(?:ка)?|корреспондент|обозреватель|"
            + "журналіст(?:ка)?|кореспондент|оглядач|δημοσιογράφος|ανταποκριτής|ziarist[ăa]?|jurnalist[ăa]?|"
            + "corespondent|עיתונאי(?:ת)?|כתב(?:ת)?|صحفي(?:ة)?|مراسل(?:ة)?|संवाददाता|पत्रकार");

    /** A news agency or a broadcaster a byline names beside the writer: "Jane Doe, Reuters", "Jane Doe, for CNN". */
    private static final Pattern AGENCY = Pattern.compile("(?i)(?:the\\s+)?(?:reuters|afp|agence france-presse|ap|"
            + "associated press|bloomberg|cnn|bbc|npr|dpa|efe|ansa|xinhua|kyodo|pti|ians|upi|aap|canadian press|共同通信|時事通信|"
            + "新华社|新華社|中央社|연합뉴스|뉴시스|"
            // Europe's national agencies: Norway, Sweden, Denmark, Finland, the Netherlands, Belgium, Austria,
            // Switzerland, Portugal, Poland, Czechia, Romania, Turkey (Anadolu)
            + "ntb|tt|ritzau|stt|anp|belga|apa|keystone-sda|sda|lusa|pap|čtk|ctk|agerpres|anadolu ajansı|"
            + "anadolu agency)");

    /** Whether a part of a byline beside the names is a news agency or a broadcaster ("Reuters", "CNN"). */
    static boolean isAgency(String part) {
        return AGENCY.matcher(part.strip()).matches();
    }

    /** Whether a part of a byline beside the names is a role or a newsroom ("CEO", "CBC News"). */
    static boolean isRole(String part) {
        return ROLE.matcher(part).matches();
    }

    /** Words that make a line of capitalised words a newsroom or a team rather than a person: "AOL Staff". */
    private static final Set<String> ORGANISATION = Set.of("staff", "team", "desk", "news", "newsroom", "editors",
            "editor", "editorial", "reporters", "wire", "wires", "press", "agency", "agencies", "bureau", "service",
            "services", "media", "associated", "report", "reports", "board", "admin", "administrator", "department",
            "ministry", "office", "authority", "pro");
    /**
     * Words of a public office among those: one makes a newsroom only after the name of whose office it is and before
     * "of" ("Carrow Bay Department of Public Works"); a line that opens with one ("Department of Chemistry") is a
     * site's section, and "Westmarch Passport Office" under a caption the picture's credit.
     */
    private static final Set<String> OFFICES = Set.of("department", "ministry", "office", "authority");
    /** Words of page chrome, which no byline is made of: "Share", "Highlights", "Read More". */
    private static final Set<String> NOT_BYLINE = Set.of("share", "subscribe", "advertisement", "related", "more",
            "read", "view", "all", "find", "follow", "click", "comments", "comment", "email", "print", "menu", "home",
            "search", "sign", "login", "log", "newsletter", "profile", "articles", "posts", "stories", "see", "show",
            "watch", "live", "sponsored", "links", "tweet", "facebook", "twitter", "instagram", "highlights", "photo",
            "photos", "video", "videos", "image", "images", "credit", "loading", "play", "back", "next", "previous",
            "close", "open", "buy", "top", "latest", "popular", "categories", "category", "tags", "topics", "sections",
            "section", "opinion", "analysis", "review", "reviews", "updated", "published", "posted", "abstract",
            "introduction", "summary", "contents", "source", "sources", "release", "releases", "invitation", "design", "request", "appointment", "default",
            "numbers", "commenta", "comenta", "commenter", "kommentieren", "comentar", "comentários", "commentaires",
            "kommentare", "the", "a", "an", "in", "on", "at", "to",
            "for", "with", "is", "are", "was", "this", "that", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "ago", "min", "mins",
            // the same buttons in the other languages the structure stage reads
            "teilen", "partager", "compartir", "compartilhar", "condividi", "delen", "dela", "udostępnij", "drucken",
            "imprimer", "imprimir", "stampa", "afdrukken", "merken", "abonnieren", "anmelden", "suche", "startseite");
    /**
     * A site's sections, which pages print beside the date as they print a one-word newsroom ("Politics | March 3,
     * 2019", "Wirtschaft 03.03.2019"): one of these alone is no byline.
     */
    private static final Set<String> SECTIONS = Set.of("news", "world", "politics", "business", "economy", "markets",
            "money", "finance", "tech", "technology", "science", "health", "sport", "sports", "culture", "arts",
            "entertainment", "lifestyle", "life", "style", "fashion", "food", "travel", "books", "music", "film",
            "movies", "tv", "television", "media", "education", "environment", "climate", "weather", "local",
            "national", "international", "europe", "asia", "africa", "americas", "us", "uk", "nation", "metro",
            "crime", "justice", "law", "society", "religion", "features", "editorial", "editorials", "columns",
            "commentary", "letters", "obituaries", "investigations", "explainer", "explainers", "interview",
            "podcast", "podcasts", "events", "cars", "autos", "motoring", "property", "games", "gaming", "football",
            "soccer", "tennis", "golf", "cricket", "rugby", "nfl", "nba", "mlb", "nhl",
            "politik", "wirtschaft", "kultur", "wissen", "gesellschaft", "meinung", "panorama", "reise", "digital",
            "politique", "économie", "société", "monde", "idées", "sciences", "política", "economía", "cultura",
            "deportes", "sociedad", "mundo", "internacional", "opinión", "politica", "economia", "esteri", "cronaca",
            "esportes", "brasil", "analyse", "kommentar", "leitartikel", "commentaire", "chronique", "tribune",
            "éditorial", "análisis", "análise", "opinião", "analisi", "commento", "opinie", "essay", "reportage");
    /** A site's section's words beside {@link #SECTIONS}: "News & Stories", "Latest News". */
    private static final Set<String> SECTION_WORDS = Set.of("stories", "updates", "latest", "blog", "press", "releases",
            "announcements", "notices", "articles", "and", "&");

    /**
     * Whether a line only names a site's section with its words ({@link #SECTIONS}, {@link #SECTION_WORDS}): "News &
     * Stories", "News and Events", "Latest News"; no site's name.
     */
    static boolean sectionLabel(String line) {
        String[] words = line.strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length > 4 || words[0].isEmpty()) {
            return false;
        }
        for (String word : words) {
            if (!SECTIONS.contains(word) && !SECTION_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * English buttons a page prints as one word on its own line beside the date ("Save"); those of other languages
     * are {@link NoiseRules#isButtonWord}'s ("Del", "Gem", "Jaa", "Tallenna"). One of these alone is no byline; some
     * are words of names too ("del"), so they are only tried on a word alone.
     */
    private static final Set<String> BUTTONS = Set.of("save", "bookmark", "listen");
    /** Whether a word is one of a page's chrome, a month, a day or a function word, which no byline's name is. */
    static boolean isChromeWord(String word) {
        return NOT_BYLINE.contains(NOT_LETTER.matcher(word.toLowerCase(Locale.ROOT)).replaceAll(""));
    }

    /** A word that starts a role written right after a name, without a comma: "Sam Stein Senior Politics Editor". */
    /** A writer's role nouns, as written after the desk that says of what ("Court reporter", "Court Reporter"). */
    private static final Set<String> WRITER_NOUNS = Set.of("reporter", "correspondent", "editor", "writer",
            "columnist");
    /** A newsroom's desks, as they open a role ("Court reporter", "Housing correspondent"). */
    private static final Set<String> DESKS = Set.of("court", "courts", "crime", "health", "housing", "education",
            "political", "politics", "business", "sports", "sport", "science", "environment", "environmental",
            "climate",
            "transport", "technology", "tech", "arts", "culture", "music", "food", "travel", "city", "county", "local",
            "council", "weather", "energy", "legal", "security", "defence", "defense", "diplomatic", "economics",
            "economy", "finance", "property", "motoring", "agriculture", "farming", "religion", "social", "affairs",
            "investigations", "investigative", "data", "foreign", "world", "national", "regional", "community");
    private static final Set<String> ROLE_START = Set.of("senior", "staff", "chief", "contributing", "contributor",
            "editor", "reporter", "writer", "correspondent", "columnist", "associate", "managing", "deputy",
            "executive", "special", "political", "national", "foreign", "business", "sports", "science", "health",
            "technology", "tech", "bureau", "freelance", "guest", "politics", "markets", "entertainment", "world",
            "local");

    /** Japanese and Chinese byline marks: "著者：", "投稿者", "文：", "記者", "作者：", an advice column's "回答者". */
    private static final Pattern CJK_PREFIXED = Pattern.compile("^(?:(?:編集|論説|解説)委員(?:\\s+|\\s*[：:／/])|"
            + "(?:専門|特別|社会部|政治部|経済部)記者(?:\\s+|\\s*[：:／/])|特派員(?:\\s+|\\s*[：:／/])|"
            // Korean spaces its words: "글 홍길동", "글: 홍길동", not "글씨크기 조절하기" (font size)
            + "(?:著者|投稿者|執筆者?|筆者|記者|作者|撰文|编辑|編集|回答者)\\s*[：:／/]?|文(?:\\s+|\\s*[：:／/＝=・])|글(?:\\s+|\\s*[：:／/]))\\s*(.+)$");
    /**
     * A Japanese or Chinese story's first words, which name its reporter: "【ワシントン＝中村健一】米商務省は…",
     * "本报宁波3月13日电（记者王晓明、李静）13日上午…", "新华社北京3月1日电（记者 张伟）…".
     */
    private static final Pattern CJK_LEAD = Pattern.compile("^(?:【(?!写真|図|表|画像|動画|映像|イラスト|資料|グラフ)"
            + "[^【】＝=]{1,16}[＝=]([\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー・]{2,8})(?<!撮影|提供|資料|作成)】"
            + "|[^（(]{0,24}电\\s*[（(](?:本报)?记者\\s*(\\p{IsHan}{2,4}(?:\\s*[、，,\\s]\\s*\\p{IsHan}{2,4}){0,4})\\s*[）)])");

    /** The reporters a Japanese or Chinese story's first words name ({@link #CJK_LEAD}), or {@code null}. */
    static Byline leadReporters(String text) {
        if (text.isEmpty() || text.charAt(0) < '\u3000' && text.charAt(0) != '【') {
            return null;
        }
        Matcher lead = CJK_LEAD.matcher(text);
        if (!lead.lookingAt()) {
            return null;
        }
        if (lead.group(1) != null) {
            return new Byline(List.of(lead.group(1)), List.of(), null);
        }
        return chineseNames(lead.group(2).split("\\s*[、，,\\s]\\s*"), null);
    }

    /** The names among the words after "记者" (not a correspondent's or an intern's title), or {@code null}. */
    private static Byline chineseNames(String[] words, String date) {
        List<String> names = java.util.Arrays.stream(words).filter(word -> !CHINESE_NOT_NAMES.contains(word)).toList();
        return names.isEmpty() ? null : new Byline(names, List.of(), date);
    }

    /**
     * A Japanese byline that names the reporter before "記者", maybe after the bureau: "汐見支局　田中美咲記者",
     * "田中美咲記者" (not a desk: "政治部記者").
     */
    private static final Pattern JAPANESE_REPORTER = Pattern.compile("^(?:[\\p{IsHan}\\p{IsKatakana}ー]{1,10}"
            + "(?:支局|総局|本社|支社|報道部|編集部|通信部)[\\s\\u3000]+)?([\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]{2,6}?"
            + "|[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]{1,4}[ \\u3000][\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]{1,4})"
            + "[ \\u3000]?(?:記者|特派員)$");
    /**
     * What stands before "記者" and is no name: a desk, a paper, a station, a kind of reporter ("政治部記者", "地元紙記者",
     * "外国人記者", Taiwan's "文字記者" and "攝影記者"), or katakana alone, a foreign place ("ヴェスタ特派員").
     */
    private static final Pattern NOT_A_REPORTER = Pattern.compile("(?:部|紙|局|人|社|誌|者|員|団|会|所)$|^(?:文字|攝影|撮影|摄影|写真|"
            + "映像|動画|取材|編集|政治|経済|社会|国際|地元|外国)|^[\\p{IsKatakana}ー・]+$");
    /** Particles no name holds: "文・理の壁" is a subheading, not "text: 理の壁". */
    private static final Pattern PARTICLES = Pattern.compile("[のはがをにでとへや]");
    /** "文・写真", "文と写真": text and photographs by one writer, before the name. */
    private static final Pattern CJK_TEXT_AND_PHOTOS = Pattern.compile("^(?:文[・と／/]写真|写真[・と／/]文)\\s*[：:]?\\s*");
    /** A Chinese byline: "记者" and the names, one space between two of them: "记者 王晓明 李娜", "作者：记者 李娜". */
    private static final Pattern CHINESE_REPORTERS = Pattern.compile("^(?:作者\\s*[：:]\\s*)?(?:记者|本报记者|撰稿)(?:\\s+|\\s*[：:]\\s*)(\\p{IsHan}{2,4}(?:\\s+\\p{IsHan}{2,4}){0,4})"
            + "(?:\\s*[|｜/／]|\\s+\\d|$)");
    /** Words after "记者" that are no names: a correspondent, an intern, "reports", a photograph's credit. */
    private static final Set<String> CHINESE_NOT_NAMES = Set.of("通讯员", "实习生", "报道", "摄影", "摄", "编辑");
    /**
     * A Japanese newspaper's byline: where the writer wrote from, "＝", the writer: "ワシントン＝田中優子", "【北京＝李明】";
     * the place in katakana (a foreign city) unless the whole stands in 【】, as "日経平均＝続伸" is a market headline.
     */
    private static final Pattern CJK_PLACE_NAME = Pattern.compile("^(?:[\\p{IsKatakana}ー・]{2,12}[＝=]"
            + "([\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー・]{2,8})|【[\\p{IsHan}\\p{IsKatakana}ー・]{1,12}[＝=]"
            + "([\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー・]{2,8})】)$");
    /**
     * A name in Arabic script after a byline's prefix: two or three words ("كتب: أحمد السيد"), none a word of a team or
     * an office ("فريق التحرير", "وزير الخارجية").
     */
    private static final Pattern ARABIC_NAME = Pattern.compile("^(?!.*(?:فريق|التحرير|تحرير|وزير|الوزير|رئيس|الرئيس|مراسل|"
            + "محرر|قسم))\\p{IsArabic}{2,}(?:\\s+\\p{IsArabic}{2,}){1,2}$");
    /** A name in Devanagari, a comma and the writer's role: "रोहित मिश्रा, खेल संवाददाता" (sports correspondent). */
    private static final Pattern HINDI_REPORTER = Pattern.compile("^([\\p{IsDevanagari}\\u200C\\u200D\\s]{4,40}?)\\s*,\\s*"
            + "([\\p{IsDevanagari}\\u200C\\u200D\\s]{0,30}(?:संवाददाता|पत्रकार|रिपोर्टर|संपादक))$");
    /** A name in Hebrew script after a byline's prefix: two or three words ("מאת נועה ברקוביץ'"). */
    private static final Pattern HEBREW_NAME = Pattern.compile(
            "^\\p{IsHebrew}[\\p{IsHebrew}'׳-]+(?:\\s+\\p{IsHebrew}[\\p{IsHebrew}'׳-]*){1,2}$");
    /** A name in Devanagari after a byline's label: two or three words, none a postposition ("लेखक: अंकित शर्मा"). */
    private static final Pattern DEVANAGARI_NAME = Pattern.compile("^(?!.*(?:^|\\s)(?:पर|और|का|की|के|से|में|है|को|ने|एक)(?:\\s|$))"
            + "[[\\p{IsDevanagari}\\u200C\\u200D]&&[^।॥]]{2,}(?:\\s+[[\\p{IsDevanagari}\\u200C\\u200D]&&[^।॥]]{2,}){1,2}$");
    /**
     * A name after a byline's prefix in a script without capitals that no pattern above reads: two or three words of
     * letters with no case ("โดย ศิริพร แก้วมณี", Thai).
     */
    private static final Pattern CASELESS_NAME = Pattern.compile("^[\\p{Lo}\\p{M}]{2,}(?:\\s+[\\p{Lo}\\p{M}]{2,}){1,2}$");
    /**
     * A line that may be a name in Arabic, Hebrew, Devanagari or another script of India alone (two or three words, no
     * role word; in Devanagari maybe with its city after a comma): without capitals, such a line is a byline only
     * where it stands, right over
     * or under the date line in the head.
     */
    static Byline nameWithoutCapitals(String line) {
        String text = line.strip();
        if (ARABIC_NAME.matcher(text).matches() || HEBREW_NAME.matcher(text).matches()
                || INDIC_NAME.matcher(text).matches()) {
            return new Byline(List.of(text), List.of(), null);
        }
        List<String> joined = joinedCaseless(text, "");
        if (joined != null) {
            return new Byline(joined, List.of(), null); // "હેતલ પટેલ અને ચિરાગ દેસાઈ": two names and "and"
        }
        // a name in Devanagari, alone or with the city it was written from: "प्रियंका शर्मा, भोपाल"; in another script
        // of India with its town: "ಸುಮಿತ್ರಾ ಪೂಜಾರಿ, ನೆಲ್ಲಿಗುಡ್ಡೆ" (Tulu in Kannada script)
        String[] parts = text.split("\\s*,\\s*");
        boolean devanagari = parts.length >= 1 && parts.length <= 2 && DEVANAGARI_NAME.matcher(parts[0]).matches()
                && (parts.length == 1 || DEVANAGARI_PLACE.matcher(parts[1]).matches());
        boolean indic = parts.length == 2 && INDIC_NAME.matcher(parts[0]).matches()
                && INDIC_PLACE.matcher(parts[1]).matches();
        return devanagari || indic
                ? new Byline(List.of(parts[0]), parts.length == 2 ? List.of(parts[1]) : List.of(), null) : null;
    }

    /**
     * A name {@link #nameWithoutCapitals} reads before how long ago the page was posted, on one line ("दुलारी साहू | 3
     * घंटा पहिली", a Chhattisgarhi writer three hours ago): the stamp stands where a date would, or {@code null}.
     */
    static Byline nameBesideStamp(String line) {
        String stripped = line.strip();
        String rest = withoutAgo(stripped);
        return rest.length() < stripped.length() && !rest.isBlank() ? nameWithoutCapitals(rest) : null;
    }

    /** A letter of the scripts of India and Sri Lanka after Devanagari, with its vowel signs. */
    private static final String INDIC = "[\\p{IsBengali}\\p{IsGurmukhi}\\p{IsGujarati}\\p{IsOriya}\\p{IsTamil}"
            + "\\p{IsTelugu}\\p{IsKannada}\\p{IsMalayalam}\\p{IsSinhala}]";
    /**
     * A name in one of those scripts: two or three words, or one after initials with their full stops, as Tamil
     * names are written ("ரா. பிரபாகரன்").
     */
    private static final Pattern INDIC_NAME = Pattern.compile("^(?:" + INDIC + "{1,3}\\.\\s*){1,2}" + INDIC + "{2,}$|^"
            + INDIC + "{2,}(?:\\s+" + INDIC + "{2,}){1,2}$");

    /** A place in another script of India after a name and a comma: a word or two ("ನೆಲ್ಲಿಗುಡ್ಡೆ"). */
    private static final Pattern INDIC_PLACE = Pattern.compile(INDIC + "{2,}(?:\\s+" + INDIC + "{2,})?");

    /** A place in Devanagari after a name and a comma: a word or two ("भोपाल", "नई दिल्ली"). */
    private static final Pattern DEVANAGARI_PLACE = Pattern.compile("[\\p{IsDevanagari}\\u200C\\u200D]{2,}"
            + "(?:\\s+[\\p{IsDevanagari}\\u200C\\u200D]{2,})?");

    /**
     * Two to four names of a script without capitals joined by commas or that language's "and" ({@link #JOINER}),
     * each one {@link #caselessName} reads or a name of a script of India, or {@code null}.
     */
    private static List<String> joinedCaseless(String text, String prefix) {
        if (text.length() > MAX_JOINED_CHARS) {
            return null;
        }
        String[] parts = CASELESS_JOINS.split(text.strip());
        if (parts.length < 2 || parts.length > MAX_JOINED) {
            return null;
        }
        for (String part : parts) {
            if (!caselessName(part, prefix) && !INDIC_NAME.matcher(part).matches()) {
                return null;
            }
        }
        return List.of(parts);
    }

    private static final int MAX_JOINED = 4;
    private static final int MAX_JOINED_CHARS = 160;

    /** Whether a byline's name after {@code prefix} is one of a script without capitals that a pattern reads. */
    private static boolean caselessName(String name, String prefix) {
        return CJK_NAME.matcher(name).matches() || ARABIC_NAME.matcher(name).matches()
                || DEVANAGARI_NAME.matcher(name).matches() || HEBREW_NAME.matcher(name).matches()
                || CASELESS_NAME.matcher(name).matches() && caselessPrefix(prefix);
    }

    /**
     * The prefixes of the scripts {@link #CASELESS_NAME} is read after: Thai, Lao and Khmer "by"; Thai "story:" and
     * "story and photos:" ("เรื่อง: กมลชนก ศรีสวัสดิ์"); Bengali "wrote:" and "reporter:" ("লিখেছেন: তানজিলা রহমান").
     */
    private static boolean caselessPrefix(String prefix) {
        String p = prefix.strip();
        String by = p.replaceFirst("\\s*:$", ""); // "ໂດຍ: …"
        return by.equals("โดย") || by.equals("ໂດຍ") || by.equals("ដោយ") || THAI_STORY.matcher(p).matches()
                || p.startsWith("লিখেছেন") || p.startsWith("প্রতিবেদক");
    }

    private static final Pattern THAI_STORY = Pattern.compile("เรื่อง(?:และภาพ)?\\s*:");

    private static final Pattern CJK_NAME = Pattern.compile("^[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}ー・]{2,8}"
            + "(?:[\\s\\u3000][\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}ー・]{1,6})?$");
    /** The words for reporter and correspondent that follow a Korean name: "김철수 기자". */
    private static final String KOREAN_REPORTER_WORDS = "(?:기자|특파원|선임기자|객원기자)";
    private static final Pattern KOREAN_TITLE = Pattern.compile("\\s*" + KOREAN_REPORTER_WORDS + "$");
    /**
     * A Korean byline: a name and the word for reporter or correspondent after it, maybe the newsroom in brackets
     * before it and an e-mail address after it: "[서울=연합뉴스] 김철수 기자 = ", "김철수 기자 kim@example.com".
     */
    private static final Pattern KOREAN_REPORTER = Pattern.compile("^(?:\\[[^\\]]{1,30}\\]\\s*)?(\\p{IsHangul}{2,4}(?:\\s*[·ㆍ,]\\s*\\p{IsHangul}{2,4}){0,4})\\s*"
            + KOREAN_REPORTER_WORDS + "(?:\\s*=)?(?:\\s+[\\w.+-]+@[\\w.-]+)?\\s*=?$");
    private static final Pattern DATE_LABEL = Pattern.compile("日|公開|更新|投稿|配信|掲載|発行|時間|日期|发布|发表");
    /** A time as Japanese and Chinese pages write it: "09時00分", "14:27:02". */
    private static final Pattern CJK_TIME = Pattern.compile("\\d{1,2}時\\d{1,2}分|\\d{1,2}:\\d{2}(?::\\d{2})?");
    /** "for" and a capitalised word after a byline's names: the publication it was written for. */
    private static final Pattern FOR_PUBLICATION = Pattern.compile("\\s+(?i:for)\\s+(?=\\p{Lu}|the\\s+\\p{Lu})");
    /**
     * "for" and a publication after names on a line without "By": "for The Guardian", "for CNN", "for
     * Example.com", not "for President".
     */
    private static final Pattern BARE_FOR_PUBLICATION = Pattern.compile("\\s+(?i:for)\\s+(?=(?i:the)\\s+\\p{Lu}|\\p{Lu}{2,}\\b"
            + "|[\\p{L}\\d-]+\\.(?i:com|org|net|co\\.uk)\\b)");
    /** A name's last word that is a suffix, with its full stop: "Martin Luther King Jr.". */
    private static final Pattern SUFFIX = Pattern.compile("\\s(?:Jr|Sr)\\.$");
    /** A graduate's class year after a name in a university's news: "Kwame Asante ’24". */
    private static final Pattern CLASS_YEAR = Pattern.compile("(?<=\\p{L})\\s+[’']\\d{2}\\b");
    /** Patterns of single checks below, compiled once. */
    private static final Pattern TRAILING_MARKS = Pattern.compile("[.,;:/]+$");
    private static final Pattern DIGIT_OR_QUOTE = Pattern.compile(".*[\\d!?\"“”].*");
    private static final Pattern HANDLE_WORD = Pattern.compile("[\\p{Ll}\\d_.-]{2,20}");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'’.&-]*");
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]{0,60}\\)");
    private static final Pattern ON_AT_END = Pattern.compile("(?i)\\s+(?:on|at|for)\\s*(?=\\||$)");
    private static final Pattern PUNCTUATION_ONLY = Pattern.compile("[\\p{P}\\s]+");
    private static final Pattern EDGE_SEPARATORS = Pattern.compile("^[/|·•–—-]+\\s*|\\s*[/|·•–—-]+$");
    /** Share and follow links printed as words after a name: "Jane Doe Twitter Email". */
    private static final Pattern SOCIAL_TAIL = Pattern.compile("(?:(?:^|\\s+)(?:Twitter|Email|E-mail|Facebook|Instagram|"
            + "Linked[Ii]n|RSS|Threads|Bluesky|Mastodon|Website|Bio)){1,6}\\s*$");
    /** Handles, e-mail addresses and profile links glued to a name: "Tom DiChristopher@tdichristopher". */
    private static final Pattern HANDLE = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+|@\\w{2,}|\\(@\\w+\\)|https?://\\S+"
            // an address a mailing list's archive hides from robots: "mtallis at example-dsb.ca"
            + "|(?<![\\w.+-])[\\w.+-]+ at [\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,}(?![\\w.-])");
    /** A site's host name beside a name, "Jane Doe smithsonian.com": the publisher, a part of its own. */
    private static final Pattern HOST = Pattern.compile("(?<![\\w.@/-])(?:www\\.)?[\\p{L}\\d-]{2,}(?:\\.[\\p{L}\\d-]{2,})*"
            + "\\.(?i:com|org|net|edu|gov|info|news|co|io|uk|de|fr|jp|ca|au|in|br|it|es|nl|ie|nz|ch|at|be|se|no|dk|fi)"
            + "(?![\\w.@/-])");
    /**
     * Links and roles glued to the end of a name: "Gina TrapaniCEO", "Jane DoeView More Articles"; a social link
     * also when another word is glued after it ("Jane DoeTwitterEmail", "Jane DoeTwitterNews Writer").
     */
    private static final Pattern GLUED_TAIL = Pattern.compile("(?<=\\p{Ll})(?=(?:CEO|CTO|CFO|COO|Founder|Co-founder|Editor|"
            + "Senior|Staff|Contributor|Contributing|Reporter|Writer|Correspondent|Columnist|View|More|Follow|Read|"
            + "Updated|Published|Posted)\\b|(?:Twitter|Email|Facebook|Instagram|Linked[Ii]n)(?:\\b|(?=\\p{Lu})))"
            + "|(?<=Twitter|Email|Facebook|Instagram|Linked[Ii]n)(?=\\p{Lu}\\p{Ll})");
    /** Profile links after a name: "View All", "More Articles", "Follow". */
    private static final Pattern LINK_TAIL = Pattern.compile("(?i)\\s+(?:view (?:all|more|profile|full)|more (?:articles|stories|"
            + "posts)|more (?:by|from)|all (?:articles|stories|posts)|see (?:all|more)|follow(?: on)?|contact"
            + "|read (?:more|bio|full)"
            // a blog's count of comments after its writer's name: "27/02/2025 by Siobhán Ní Bhraonáin 6 Comments"
            + "|\\d{1,5} (?:comments?|responses?)|no comments|one comment|leave a comment)\\b.*$");
    /** A date glued to the end of a name: "By Jasper LindqvistJan 12, 2024". */
    private static final Pattern GLUED_MONTH = Pattern.compile("(?<=\\p{Ll})(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
            + "Oct|Nov|Dec)\\p{Ll}{0,6}\\.?\\s+\\d{1,2}\\b)");
    /**
     * Two names glued together: "Paul WisemanFatima Hussein" (a capital and four lower-case letters after a name's
     * first word, then a capital); not a word in camel case that opens the line, a newsroom's ("NorthShore Now Staff").
     */
    private static final Pattern GLUED_NAMES = Pattern.compile("(?<=\\p{L} )(\\p{Lu}\\p{Ll}{4,40})(?=\\p{Lu}\\p{Ll})");
    private static final Pattern TIME = Pattern.compile("(?i)\\b\\d{1,2}(?::\\d{2}){1,2}\\s*(?:a\\.?m\\.?|p\\.?m\\.?)?"
            + "(?:\\s*(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|WES?T|EES?T|IST|JST|KST|HKT|SGT|MSK|AE[SD]T|NZ[SD]T|BRT|Uhr)\\b"
            + "|\\s+(?:Eastern|Central|Mountain|Pacific|Atlantic|Alaska|Hawaii|Greenwich Mean|British Summer|"
            + "Central European|Eastern European|Western European|India|Japan|Korea|China|Australian Eastern)"
            + "(?:\\s+(?:Standard|Daylight|Summer))?\\s+Time\\b)?");
    /** The words a byline's end may hold beside its date ("on", "Updated", "Mon"); "last updated" ends in one. */
    private static final List<String> DATE_WORD_LIST = List.of("on", "at", "published", "updated", "posted", "mon",
            "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday");
    private static final Set<String> DATE_WORD_SET = Set.copyOf(DATE_WORD_LIST);
    /** The words a date's tail may hold ({@link #withoutDateWords}), the phrases of two words first. */
    private static final List<String> TAIL_WORDS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("last updated", "first published"), DATE_WORD_LIST.stream()).toList();
    /** What separates a tail's words: a bar, a dot, a comma, a slash or a dash, or a space. */
    private static final String TAIL_SEPARATORS = "|·•,/-";
    /** "January 7, 2020 by Jane Doe": a date, then the byline ("by" also in West Frisian, "troch"). */
    private static final Pattern DATE_BY = Pattern.compile("^(.{6,40}?)\\s+[-–—|·]?\\s*(?:by|troch)\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** What separates the parts of a byline line: a bar, a dot, a dash or a slash between spaces. */
    static final Pattern SEGMENTS = Pattern.compile("\\s*(?:\\||·|•|—|–|\\s-\\s|\\s/\\s)\\s*");
    private static final Pattern BULLET = Pattern.compile("^[•·▪◦‣●○■□➢►*]\\s+");
    /**
     * Between names: a comma or semicolon, "and" (also shouted, or in German, French, Italian, Portuguese, and the
     * Bantu languages' "na" after a name's second word: Swahili, Herero; "Yanditswe na …" is Kirundi's "written
     * by"), "&", "with".
     */
    private static final Pattern NAME_LIST = Pattern.compile("\\s*(?:[,;]\\s*(?:and|AND)\\s+|[,;]\\s*"
            + "|(?=\\s+na\\s)(?<=\\S\\s\\p{Lu}[\\p{L}'’-]{1,30})\\s+na\\s+|\\s+(?:and|AND|und|et|e|with|WITH)\\s+"
            + "|\\s*&\\s*(?=[^\\s&,;]+\\s+[^\\s&,;]))\\s*");

    /** What a byline line says. */
    record Byline(List<String> names, List<String> otherParts, String date) {
        Byline {
            names = List.copyOf(names); // kept by the memo and shared: never changed after
            // a date's word left beside the date read from the line ("· Thu 06 Feb 2025 ·"): no part of its own
            otherParts = otherParts.stream()
                    .filter(part -> !DATE_WORD_SET.contains(part.strip().toLowerCase(Locale.ROOT))).toList();
        }
    }

    private Bylines() {
    }

    /** The byline, when the line starts with "By" (or the like) and names at least one person. */
    static Byline parsePrefixed(String line) {
        return READ.get(line, PREFIXED_LINE, Bylines::readPrefixed);
    }

    /**
     * The head reader, the candidate scorer and the title chooser each ask what the same lines say, several times a
     * paste; the answers (immutable, a function of the line alone) are kept per thread, a bounded number of lines.
     */
    private static final LineMemo<Byline> READ = new LineMemo<>(2, 4096);
    private static final int PREFIXED_LINE = 0;
    private static final int BARE_LINE = 1;

    /**
     * How long ago, as a page prints it after the byline ("By Jane Doe · 3 hours ago", "Von Sabine Kürner vor 3
     * Stunden"): no date a reader can place without the day the page was read, and no name. Each form's last word is
     * in {@link #AGO_ENDS}, which must list every word a form here can end with.
     */
    private static final Pattern AGO = Pattern.compile("(?iu)(?:\\s*[|·•,–—-])?\\s+(?:(?:(?:last\\s+)?updated\\s+)?"
            + "(?:about\\s+|around\\s+|over\\s+|nearly\\s+|almost\\s+)?(?:\\d{1,3}|an?)\\s*(?:secs?|seconds?|mins?|minutes?|"
            + "hours?|hrs?|h|days?|d|weeks?|months?|years?)\\s+ago|vor\\s+\\d{1,3}\\s+(?:sekunden|minuten|stunden|tagen|wochen|"
            + "monaten|jahren)|il y a\\s+\\d{1,3}\\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans)|hace\\s+\\d{1,3}\\s+"
            + "(?:segundos?|minutos?|horas?|días?|semanas?|meses?|años?)|há\\s+\\d{1,3}\\s+(?:segundos?|minutos?|horas?|dias?|"
            + "semanas?|meses?|anos?)|\\d{1,3}\\s+(?:secondi|minuti|ore|giorni|settimane|mesi|anni)\\s+fa|\\d{1,3}\\s+(?:seconden|"
            + "minuten|uur|dagen|weken|maanden|jaar)\\s+geleden"
            // Hindi, Chhattisgarhi and Awadhi: "3 घंटे पहले", "3 घंटा पहिली"
            + "|\\d{1,3}\\s+(?:सेकंड|मिनट|घंटा|घंटे|घण्टा|घण्टे|दिन|हफ्ता|हफ्ते|सप्ताह|महीना|महीने|साल|बरस)\\s+"
            + "(?:पहले|पहिले|पहिली))\\s*$");

    /** The last words {@link #AGO} can end with; a line ending otherwise is not searched for it. */
    private static final Set<String> AGO_ENDS = Set.of("ago", "sekunden", "minuten", "stunden", "tagen", "wochen", "monaten",
            "jahren", "seconde", "secondes", "minute", "minutes", "heure", "heures", "jour", "jours", "semaine", "semaines",
            "mois", "ans", "segundo", "segundos", "minuto", "minutos", "hora", "horas", "día", "días", "semana", "semanas",
            "mes", "mese", "meses", "año", "años", "dia", "dias", "ano", "anos", "fa", "geleden", "पहले", "पहिले",
            "पहिली");

    /**
     * The line without "… ago" at its end: every form counts in digits and ends in one of {@link #AGO_ENDS}, so a line
     * without a digit or ending in another word is not searched.
     */
    private static String withoutAgo(String stripped) {
        if (!DateText.hasDigit(stripped)) {
            return stripped;
        }
        int end = stripped.length();
        int start = end;
        while (start > 0 && (Character.isLetter(stripped.charAt(start - 1))
                || Character.getType(stripped.charAt(start - 1)) == Character.NON_SPACING_MARK
                || Character.getType(stripped.charAt(start - 1)) == Character.COMBINING_SPACING_MARK)) {
            start--; // a word's letters and its vowel signs ("पहले")
        }
        return start < end && AGO_ENDS.contains(stripped.substring(start, end).toLowerCase(Locale.ROOT))
                ? AGO.matcher(stripped).replaceFirst("") : stripped;
    }

    private static Byline readPrefixed(String line) {
        String stripped = line.strip();
        String text = CJK_TEXT_AND_PHOTOS.matcher(BULLET.matcher(withoutAgo(stripped)).replaceFirst("")).replaceFirst("文 ");
        Matcher chinese = CHINESE_REPORTERS.matcher(text);
        boolean reporters = chinese.find();
        if (!reporters && (text.indexOf('\u3000') > 0 || text.indexOf("作者") > 0)
                && (text.contains("来源") || DateText.hasDigit(text))) {
            // a Chinese page's meta line, its parts apart by ideographic spaces, with its source or date:
            // "2023-08-17 09:12　来源：江城日报　记者 陈晨", "… 作者：陈晓宇" (not a headline's or a caption's parts)
            for (String part : text.split("\u3000+|\\s+(?=作者|记者|来源|编辑|责任编辑)")) {
                chinese = CHINESE_REPORTERS.matcher(part.strip());
                if (chinese.find()) {
                    reporters = true;
                    break;
                }
                Matcher labelled = CJK_PREFIXED.matcher(part.strip());
                // the page's editor ("编辑：", "責任编辑：") is no author of the text
                Byline named = labelled.matches() && !part.contains("编辑") && !part.contains("編集")
                        ? cjkNames(labelled.group(1)) : null;
                if (named != null) {
                    List<DateText.Found> dates = DateText.findAll(text, DateText.Order.UNKNOWN);
                    // "作者：李文静 王浩" on a Chinese line ("来源", simplified: no Japanese page has it) is two people; a
                    // Japanese "中村 浩二" is one
                    List<String> names = named.names().size() == 1 && text.contains("来源")
                            && HAN_NAMES.matcher(named.names().get(0)).matches()
                            ? List.of(named.names().get(0).split("\\s+")) : named.names();
                    return new Byline(names, named.otherParts(),
                            dates.isEmpty() || dates.get(0).date() == null ? null : dates.get(0).date().toString());
                }
            }
        }
        if (reporters) {
            List<DateText.Found> dates = DateText.findAll(text, DateText.Order.UNKNOWN);
            String date = dates.isEmpty() || dates.get(0).date() == null ? null : dates.get(0).date().toString();
            return chineseNames(chinese.group(1).split("\\s+"), date);
        }
        Matcher japanese = JAPANESE_REPORTER.matcher(text);
        if (japanese.matches() && !NOT_A_REPORTER.matcher(japanese.group(1)).find()) {
            return new Byline(List.of(japanese.group(1)), List.of(), null);
        }
        Matcher cjk = CJK_PREFIXED.matcher(text);
        if (cjk.matches()) {
            return text.startsWith("文") && PARTICLES.matcher(cjk.group(1)).find() ? null : cjkNames(cjk.group(1));
        }
        Matcher placed = CJK_PLACE_NAME.matcher(text);
        if (placed.matches()) {
            return new Byline(List.of(placed.group(1) != null ? placed.group(1) : placed.group(2)), List.of(), null);
        }
        Matcher hindi = HINDI_REPORTER.matcher(text);
        if (hindi.matches() && DEVANAGARI_NAME.matcher(hindi.group(1)).matches()) {
            return new Byline(List.of(hindi.group(1)), List.of(hindi.group(2)), null); // "रोहित मिश्रा, खेल संवाददाता"
        }
        Matcher korean = KOREAN_REPORTER.matcher(text);
        if (korean.matches()) {
            // "이서연·김도윤 기자"; names joined so are of three syllables or more: "정치·경제 기자" is a desk
            List<String> people = List.of(korean.group(1).split("\\s*[·ㆍ,]\\s*"));
            if (people.size() == 1 || people.stream().allMatch(name -> name.length() >= 3)) {
                return new Byline(people, List.of(), null);
            }
        }
        Matcher matcher = PREFIXED.matcher(text);
        if (matcher.matches() && ISSUED_BY.matcher(text).lookingAt()) {
            // a press release's issuer is an organisation: "Issued by: Example Water Resilience Agency"
            Byline issuer = parseOrganisation(text, true);
            if (issuer != null) {
                return issuer;
            }
        }
        if (matcher.matches()) {
            // "By Jane Doe For Dailymail.com", "By Mary Ann Jones for Reuters": the publication is no name; after a
            // Spanish or French "by", "en" is "in" ("Por Juan Pérez en Buenos Aires"), not Dutch "and"
            String rest = ROMANCE_PREFIX.matcher(text.substring(0, matcher.start(1))).lookingAt()
                    ? ROMANCE_IN.matcher(matcher.group(1)).replaceAll(" in ") : matcher.group(1);
            rest = PHOTOS_AFTER.matcher(rest).replaceFirst(""); // "Text: Annika Wohlleben   Fotos: Ruben Haas"
            rest = AT_PLACE.matcher(rest).replaceFirst(""); // "BY RHYS CALLAGHAN at Tannery Park": where it was written
            Byline byline = names(FOR_PUBLICATION.matcher(rest).replaceFirst(" | "));
            String name = matcher.group(1).strip();
            if (byline == null && SEGMENTS.matcher(name).find()) {
                // a name of a script without capitals before the meta line's other parts: "लेखक: अंकिता मिश्रा |
                // प्रकाशित: 21 मई 2024"; the date is read from the line by the head
                name = SEGMENTS.split(name, 2)[0].strip();
            }
            List<String> other = List.of();
            String prefix = text.substring(0, matcher.start(1));
            String[] parts = name.split("\\s*[,،]\\s*", 2);
            if (byline == null && parts.length == 2 && caselessName(parts[0], prefix)) {
                // the name, a comma and the writer's office: "লিখেছেন: তানজিলা রহমান, জনসংযোগ ও প্রকাশনা দপ্তর"
                name = parts[0];
                other = List.of(parts[1]);
            }
            List<String> joined = byline == null && !caselessName(name, prefix) ? joinedCaseless(name, prefix) : null;
            if (joined != null) {
                return new Byline(joined, other, null); // "लेखक: सुजन तामाङ र प्रविना गुरुङ"
            }
            if (byline == null && POSTED_BY.matcher(prefix).matches()) {
                // a team or an organisation that posted the page: "Posted by KopiGo Trust & Safety"
                Byline organisation = parseOrganisation(text, true);
                if (organisation != null) {
                    return organisation;
                }
            }
            return byline != null || !caselessName(name, prefix)
                    ? byline
                    : new Byline(List.of(Names.normalise(name)), other, null); // "By 김철수", "كتب: أحمد السيد"
        }
        Matcher newsroom = NEWSROOM_THEN_BY.matcher(text);
        if (newsroom.matches()) {
            // "Great Basin Public Radio | By Ruth Castellanos": the newsroom, then the writer with "By"
            Byline byline = readPrefixed(newsroom.group(2));
            if (byline != null) {
                List<String> parts = new ArrayList<>(byline.otherParts());
                parts.add(0, newsroom.group(1).strip());
                return new Byline(byline.names(), List.copyOf(parts), byline.date());
            }
        }
        Matcher dated = DATE_BY.matcher(line.strip());
        if (dateBy(dated)) {
            Byline byline = names(dated.group(2));
            return byline == null ? null
                    : new Byline(byline.names(), byline.otherParts(), Datelines.parse(dated.group(1)).orElse(null));
        }
        Byline segment = prefixedSegment(line.strip());
        return segment != null ? segment : datedPart(line.strip());
    }

    /**
     * A byline with its prefix in a later part of a line of parts ("2025/03/28 | Price Updates | Issued by Ubuhle Gas
     * &amp; Energy"), with the date the other parts hold, or {@code null}.
     */
    private static Byline prefixedSegment(String text) {
        if (text.length() > MAX_SEGMENTED_CHARS || !SEGMENTS.matcher(text).find()) {
            return null;
        }
        String[] parts = SEGMENTS.split(text);
        if (parts.length < 2 || parts.length > MAX_SEGMENTS) {
            return null;
        }
        for (int k = 1; k < parts.length; k++) {
            String part = parts[k].strip();
            boolean issued = ISSUED_BY.matcher(part).lookingAt();
            if (!issued && !PREFIXED.matcher(part).matches()) {
                continue;
            }
            // a press release's issuer, an organisation: "Issued by Ubuhle Gas & Energy"
            Byline byline = issued ? parseOrganisation(part.substring("issued ".length()), true) : readPrefixed(part);
            if (byline == null || byline.names().isEmpty()) {
                return null;
            }
            List<String> others = new ArrayList<>();
            String date = byline.date();
            for (int j = 0; j < parts.length; j++) {
                if (j == k) {
                    continue;
                }
                java.util.Optional<String> found = Datelines.parse(parts[j]);
                if (found.isPresent()) {
                    date = date == null || found.get().compareTo(date) < 0 ? found.get() : date;
                } else {
                    others.add(parts[j].strip());
                }
            }
            return new Byline(byline.names(), others, date);
        }
        return null;
    }

    private static final int MAX_SEGMENTED_CHARS = 200;
    private static final int MAX_SEGMENTS = 6;

    /** "Posted by" and "Published by" before the names. */
    private static final Pattern POSTED_BY = Pattern.compile("(?i)\\s*(?:posted|published)\\s+by\\s*:?\\s*");

    /** The last word of an organisation's unit that writes its releases: "SWAI Communications". */
    private static final Set<String> UNITS = Set.of("communications", "comms");

    /** The last word of a body's name: "… Chiropractic Association", "… Embroiderers' Guild". */
    private static final Set<String> BODIES = Set.of("association", "society", "guild", "club", "council", "union",
            "federation", "institute", "chamber", "league", "trust", "foundation");

    /** The label of a press release's issuer. */
    private static final Pattern ISSUED_BY = Pattern.compile("(?i)issued by\\b");

    /** A newsroom's name of up to six words, a bar or a dot, then "By" and the writer: "Example Radio | By Jane Doe". */
    private static final Pattern NEWSROOM_THEN_BY = Pattern.compile("(\\p{Lu}[\\p{L}&'’.-]+(?:\\s+[\\p{L}&'’.-]+){0,5})\\s*[|·•]\\s*"
            + "((?i:by)\\s+\\p{Lu}.*)");

    /** Whether a line is a date, then "by" ({@link #DATE_BY}): "January 7, 2020 by Jane Doe". */
    private static boolean dateBy(Matcher dated) {
        return dated.matches() && (Datelines.parse(dated.group(1)).isPresent() || ambiguousDate(dated.group(1))
                || HeadReader.RELATIVE_STAMP.matcher(dated.group(1)).matches()); // "Posted 2 days ago by …"
    }

    /**
     * Whether a text is a date line whose numeric date reads either way ("11/02/2023 by Tessa Marlowe"): a date-led
     * byline all the same, its date left to the head reader, which knows how the paste writes numeric dates.
     */
    private static boolean ambiguousDate(String text) {
        return DateText.hasDigit(text) && Datelines.parse(text, DateText.Order.DAY_FIRST).isPresent()
                && Datelines.parse(text, DateText.Order.MONTH_FIRST).isPresent();
    }

    /**
     * A meta line of parts, one of them a date and "by" a name, the others dates or the page's words: "Published:
     * Sep 18, 2023 · Modified: Jan 4, 2024 by Hannah Lowry · This post may contain affiliate links · 14 Comments".
     * The date is the earliest of the line's dates.
     */
    private static Byline datedPart(String text) {
        if (text.length() > 240 || text.indexOf(" by ") < 0 || !SEGMENTS.matcher(text).find()) {
            return null;
        }
        String[] parts = SEGMENTS.split(text);
        if (parts.length > 8) {
            return null;
        }
        for (String part : parts) {
            Matcher dated = DATE_BY.matcher(part);
            if (dateBy(dated)) {
                Byline byline = names(dated.group(2));
                if (byline == null) {
                    return null;
                }
                String date = java.util.stream.Stream.concat(java.util.Arrays.stream(parts), java.util.stream.Stream.of(
                        dated.group(1))).map(Datelines::parse).flatMap(java.util.Optional::stream).min(String::compareTo)
                        .orElse(null);
                return new Byline(byline.names(), byline.otherParts(), date);
            }
        }
        return null;
    }

    /**
     * A line of names without "By", possibly with roles or a publisher after a comma or bar: "Jane Doe, Senior
     * Correspondent", "Helena Voss and Tomasz Brenner". Only trustworthy where the caller knows a byline stands.
     */
    static Byline parseBare(String line) {
        return READ.get(line, BARE_LINE, l -> notAFactLine(l, readBare(l)));
    }

    /**
     * {@code byline}, read bare from {@code line}, unless the line ends with a colon (a label of what follows) or is a
     * box of facts' line, a label opening it and a place after its comma: "Location: 4800 block of Larkspur Parkway,
     * Lowell Springs" names no writer ("Texto: Ana Lima, Lisboa" does, in its first part; "Published: March 3, 2024 |
     * Jane Doe" does, after its date).
     */
    private static Byline notAFactLine(String line, Byline byline) {
        String stripped = line.strip();
        if (byline != null && (stripped.endsWith(":") || stripped.endsWith("："))) {
            return null; // a label over what follows it: "Faanh Bun:" (share) over the buttons, a speaker's "Jane Doe:"
        }
        if (byline == null || byline.names().isEmpty() || byline.date() != null
                || !Titles.LABEL_COLON.matcher(line.strip()).lookingAt()) {
            return byline;
        }
        String first = line.split("[,|]", 2)[0];
        return byline.names().stream().anyMatch(first::contains) ? byline : null;
    }

    /** A label of a site's lists before a colon at the start of a line: "Tags:", "Topics:", "Schlagworte:". */
    private static final Pattern LIST_LABEL = Pattern.compile("(?i)^(?:tags?|topics?|categories|category|filed under|"
            + "keywords|schlagworte|themen|etiquetas|temas|mots-clés|sujets|argomenti|onderwerpen|tagit|címkék)\\s*:");

    /** A price or a number of pages: a reviewed book's or product's details ("Halcyon Books, 342 pp., $27.00"). */
    private static final Pattern BOOK_OR_PRICE = Pattern.compile("[$€£¥]\\s?\\d|\\d\\s?(?:€|kr|zł|Kč)|"
            + "(?<!\\d)\\d+\\s*(?:pp|pages|Seiten|páginas|pagine|"
            + "sider|sidor|stron|stran|oldal|sivua|страниц|сторінок|σελίδες|עמודים|صفحة|页|ページ)(?![\\p{L}])");

    /** Whether a line gives a book's price or its pages ("Kinneret, 312 pages"): a credit over it is the book's. */
    static boolean bookDetails(String line) {
        return line.length() <= 200 && BOOK_OR_PRICE.matcher(line).find();
    }

    /** A name, a slash and what follows it: "Kimberley Hylton/Staff Reporter". */
    private static final Pattern NAME_SLASH_ROLE = Pattern.compile("([^/]{4,60}?)\\s*/\\s*([^/]{3,60})");

    private static Byline readBare(String line0) {
        String stripped = line0.strip();
        String line = withoutAgo(stripped);
        if (LIST_LABEL.matcher(line.strip()).lookingAt() || BOOK_OR_PRICE.matcher(line).find()) {
            return null; // "Tags: Harris County, Property Tax": a list of the site's labels; a book's publisher and price
        }
        if (LABEL_THEN_NUMBERS.matcher(line.strip()).matches()) {
            return null; // "Date Entered: 02/05/2025": a label and its date, no name
        }
        // "Jane Doe for The Guardian": the publication is no name; Tagalog's "by" before a name alone is no part of it
        // ("Ni Carmela Dizon", read as a byline only where a bare one is: beside a date, under a title)
        line = TAGALOG_BY.matcher(line.strip()).replaceFirst("");
        Matcher slashed = NAME_SLASH_ROLE.matcher(line.strip());
        if (slashed.matches() && isRoleLine(slashed.group(2)) && Names.isName(slashed.group(1))) {
            // "Kimberley Hylton/Staff Reporter", as Caribbean papers print a byline: the name, a slash, the role
            return new Byline(List.of(Names.normalise(slashed.group(1).strip())), List.of(slashed.group(2).strip()),
                    null);
        }
        Byline byline = names(BARE_FOR_PUBLICATION.matcher(line.strip()).replaceFirst(" | "));
        if (byline == null) {
            byline = cjkDated(line.strip());
        }
        if (byline != null && (HeadReader.endsSentence(line) || SENTENCE_INSIDE.matcher(line).find())
                && byline.otherParts().stream().anyMatch(part -> HeadReader.words(part) >= SENTENCE_WORDS)) {
            return null; // "Warta Lesznowola – Orzeł Borkowice 3:2 (0:1). Gospodarze przegrywali …": a dek's sentence
        }
        return byline;
    }

    /** A label and, after its colon, digits and their signs alone: "Date Entered: 02/05/2025", "Views: 1,208". */
    private static final Pattern LABEL_THEN_NUMBERS = Pattern.compile("[^:：\\p{N}]{1,40}[:：]\\s*[\\p{N}\\s/.,:\\-–]+");

    /** Tagalog's "by" before a name of two or three words alone on its line. */
    private static final Pattern TAGALOG_BY = Pattern.compile("^Ni\\s+(?=\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{Ll}'’-]+){1,2}$)");

    /**
     * Words that, with a sentence's end, make a part beside a name a sentence: a role that long has no full stop
     * ("Consultant in emergency medicine at St Bride's Hospital and chair of the Westmoor Trauma Network").
     */
    private static final int SENTENCE_WORDS = 10;
    /** A sentence's end inside a part: a full stop, a question or an exclamation mark, a space and a capital. */
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?]\\s+\\p{Lu}");

    /** A Japanese or Chinese name with a date glued to it and nothing else: "松村太郎2019年04月13日 09時00分". */
    private static Byline cjkDated(String line) {
        List<DateText.Found> dates = DateText.findAll(line, DateText.Order.UNKNOWN);
        if (dates.isEmpty() || dates.get(0).ambiguous() || dates.get(0).start() < 2) {
            return null;
        }
        String name = line.substring(0, dates.get(0).start());
        if (name.isBlank() || Character.isWhitespace(name.charAt(name.length() - 1)) || DATE_LABEL.matcher(name).find()) {
            return null; // the name is glued to the date, as two elements of a page are; "公開日 …" is a label
        }
        String rest = CJK_TIME.matcher(line.substring(dates.get(0).end())).replaceAll("").strip();
        return rest.isEmpty() && CJK_NAME.matcher(name).matches() && !name.contains(" ")
                ? new Byline(List.of(name), List.of(), dates.get(0).date().toString()) : null;
    }

    /** The words a photograph's, a picture's or a source's credit opens with, in the languages pages print them. */
    static final String PHOTO_WORDS = "photos?|fotos?|φωτο|фото|bild|images?|pictures?|credits?|illustrations?|video|"
            + "source|quelle|fuente|fonte";

    /**
     * The labels of a box of facts whose value may be capitalised words, no writer's: "Location: Eastern Ontario",
     * "Venue: Kerrawong Park", "Contact: Jane Doe".
     */
    static final String FACT_WORDS = "location|place|venue|where|when|region|area|country|city|town|category|section|"
            + "topic|type|status|event|organi[sz]er|host|contact|phone|address|time|date|price|cost|tickets?|speaker|"
            + "guest|interviewee|cast|director|starring|team|club|school|subject|re";

    /** A letter or mark of the scripts without capitals whose names a label can credit: Devanagari, Arabic. */
    private static final String CASELESS_WORD = "[\\p{IsDevanagari}\\p{IsArabic}\\u200C\\u200D]";

    /**
     * A credit that names its writer without "by", read only beside a date (a caption or a headline has the same
     * form: "Investigative reporter Jane Dorsey" under a photo, "Interview: Mara Lindqvist" as a title): a role in lower
     * case after a word or two and the name all that follows ("Rural reporter Jess Carmody", "Chief political
     * correspondent Anna Park"; not "Editor Picks Five Books"), an interview's credit ("Interview: Jan Koch",
     * "Röportaj: Can Demirtaş": the interviewer), a Turkish story's ("Haber: Elif Karaca"), a critic's ("Reviewed by
     * Joanna Feld"; over anything but a date, a reviewer who checked another's text), a podcast's hosts ("Hosted by
     * Gwen Tully and Rob Fenn"; an event's host in a listing elsewhere), text and photographs by one hand ("Words and
     * photos by Ellie Marchetti", "Text and recipe by …", "Recipe by …"; a book's credit in a list elsewhere), or a
     * match report's writer at the ground ("Chris Hennessey at the Causeway Ground").
     */
    private static final Pattern CREDIT_WITHOUT_BY = Pattern.compile("^(?:\\p{Lu}[\\p{Ll}-]+\\s+(?:\\p{Ll}[\\p{Ll}-]+\\s+)?"
            + "(?:reporter|correspondent|editor|writer|columnist)\\s+(?=\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2}\\s*$)|"
            + "(?i:interview|röportaj|entrevista|intervista|entretien|wywiad|haber|muhabir)\\s*:\\s*|"
            // a label of one word in any language and a name alone, no photograph's or source's credit ("Ajtz'ib'al:
            // Maribel Bartolón Ramírez" in Mam, "Mulepi: Amina Selemane Muhamudo" in Makhuwa)
            + "(?!(?iu:" + PHOTO_WORDS + "|" + FACT_WORDS + ")\\s*:)"
            + Datelines.LABEL_WORD + "\\s*:\\s*"
            // names maybe joined by a short word of another language than English, whose "and" joins an office's
            // name as often ("Aigeroo: Nkoitiko ole Sankale o Naserian Kipeen", Maasai), or a
            // name of two or three words in a script without capitals ("ब्रिबामी: पासाङ ल्हामो तामाङ", Tamang)
            + "(?=\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+(?:(?!(?:and|of|for|the|to|in|at|on)\\s)\\p{Ll}{1,3}\\s+)?"
            + "\\p{Lu}[\\p{L}\\p{M}'’-]*){1,5}\\s*$"
            + "|" + CASELESS_WORD + "{2,}(?:\\s+" + CASELESS_WORD + "{2,}){1,2}\\s*$)|(?i:reviewed by|hosted by|"
            + "(?:words|text|story) (?:and|&) (?:photos?|photographs|pictures|images|video|recipes?) by|"
            + "(?:photos?|photographs|pictures) (?:and|&) (?:words|text) by|recipes? by)\\s+)(.+)$"
            // a match report's credit, the writer at the ground: "Chris Hennessey at the Causeway Ground"
            + "|^(\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})\\s+at\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}$");

    /** Where the writer wrote from, after the name: " at Tannery Park", " at the Causeway Ground", " at Westminster". */
    private static final Pattern AT_PLACE = Pattern.compile("\\s+at\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}$");

    /** Whether a line is a credit that says "by" ("Hosted by …", "Words and photos by …"): no headline. */
    static boolean isByCredit(String line) {
        String text = line.strip();
        return !text.regionMatches(true, 0, "interview", 0, 9)
                && (text.contains(" by ") || text.contains(" By ") || text.contains(" BY ")) && parseCreditWithoutBy(text) != null;
    }

    /** The names a credit without "by" gives ({@link #CREDIT_WITHOUT_BY}), or {@code null}. */
    static Byline parseCreditWithoutBy(String line) {
        Matcher credit = CREDIT_WITHOUT_BY.matcher(line.strip());
        if (!credit.matches()) {
            return null;
        }
        Byline byline = parsePrefixed("By " + (credit.group(1) != null ? credit.group(1) : credit.group(2)));
        // "Reviewed by Dana Ruiz, PharmD": a reviewer with a credential checked another's text
        return byline != null && !byline.otherParts().isEmpty() && REVIEWED.matcher(line.strip()).lookingAt() ? null : byline;
    }

    private static final Pattern REVIEWED = Pattern.compile("(?i)reviewed by\\b");

    /**
     * Byline forms read in the head only, not among the text's first paragraphs where the candidate scorer also looks
     * (a record's "Women · 4:41:07 · set on June 8, 2023 by Greta Olsen"): "News provided by", "Department:", and a
     * byline inside a meta line of parts.
     */
    static boolean headOnly(String line) {
        String text = line.strip();
        return HEAD_ONLY.matcher(text).lookingAt() || !PREFIXED.matcher(text).matches()
                && !dateBy(DATE_BY.matcher(text)) && datedPart(text) != null;
    }

    private static final Pattern HEAD_ONLY = Pattern.compile("(?i)(?:news provided by|department\\s*:)");

    /** Two to five Chinese names, two to four characters each, a space between two. */
    private static final Pattern HAN_NAMES = Pattern.compile("\\p{IsHan}{2,4}(?:\\s+\\p{IsHan}{2,4}){1,4}");

    /** A writer's trade before a Japanese name and "・": "作家・村瀬ゆかり" (writer), "弁護士・", "精神科医・". */
    private static final Pattern JAPANESE_ROLE = Pattern.compile("^(?:作家|小説家|記者|編集者|弁護士|医師|精神科医|臨床心理士|"
            + "公認心理師|教授|准教授|評論家|漫画家|ジャーナリスト|コラムニスト|エッセイスト|ライター|カウンセラー|税理士|"
            + "社会保険労務士|ファイナンシャルプランナー)\\s*・\\s*");

    private static Byline cjkNames(String text) {
        String date = null;
        String rest = text;
        List<DateText.Found> dates = DateText.findAll(text, DateText.Order.UNKNOWN);
        if (!dates.isEmpty()) {
            date = dates.get(0).date() == null ? null : dates.get(0).date().toString();
            rest = text.substring(0, dates.get(0).start());
        }
        String[] parts = rest.split("\\s*[|｜,，、　／/]\\s*|\\s{2,}");
        if (parts.length == 0) {
            return null; // separators alone: "文 ,"
        }
        String first = JAPANESE_ROLE.matcher(KOREAN_TITLE.matcher(parts[0].strip()).replaceFirst("")).replaceFirst("");
        if (CJK_NAME.matcher(first).matches()) {
            return new Byline(List.of(first), List.of(), date);
        }
        Byline latin = names(rest);
        return latin == null ? null : new Byline(latin.names(), latin.otherParts(), date);
    }

    /** A line holding one word and nothing else but a closing mark or separator: "Paul", "Reuters |". */
    private static final Pattern SINGLE_NAME_LINE = Pattern.compile("\\p{L}[\\p{L}'’.&-]*\\s*[.,:;|·•/–—-]?");
    /** Separators between a single name and what follows it on its line. */
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s|·•/–—,:-]+");
    /** A place and its region in brackets, as a dateline: "Saint-Étienne-du-Rouvray (Seine-Maritime)". */
    private static final Pattern PLACE_AND_REGION = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*\\s*\\(\\p{Lu}[\\p{L}'’. -]{1,30}\\)");
    /** One to three capitalised words: a place ("Washington", "New Delhi"). */
    private static final Pattern PLACE = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2}");

    /**
     * Whether a byline's name is a newsroom's or an account's, not a person's: "AOL Staff", "Command PRO" (a public
     * relations officer's account), "admin".
     */
    static boolean isNewsroom(String name) {
        return hasOrganisationWord(name);
    }

    private static boolean hasOrganisationWord(String text) {
        for (String word : text.split("\\s+")) {
            if (ORGANISATION.contains(NOT_LETTER.matcher(word.toLowerCase(Locale.ROOT)).replaceAll(""))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The byline of a line that names a newsroom, a team or one person by a single name: "By Reuters", "by BWW
     * News Desk Oct. 13, 2016", "AOL Staff", "Paul". Only where the caller knows a byline stands: after "By"
     * ({@code prefixed}), or on a line of its own next to a date. One to five capitalised words, none of them page
     * chrome; without "By", a single word or words with a newsroom word ("Staff", "Desk") in them, and a place
     * after a comma is where the newsroom wrote from when the line ends in a comma ("Reuters, Washington,") or the
     * name has a newsroom word ("Example Wire Service, New Delhi").
     */
    static Byline parseOrganisation(String line, boolean prefixed) {
        String text = BULLET.matcher(line.strip()).replaceFirst("");
        boolean english = false; // "By", "Posted by": the prefix blog software prints before a user name
        if (prefixed) {
            Matcher matcher = PREFIXED.matcher(text);
            Matcher dated = DATE_BY.matcher(text);
            if (!matcher.matches() && dateBy(dated) && Character.isUpperCase(dated.group(2).codePointAt(0))) {
                // the date before "by" and a capitalised name, as blog software prints it: "March 3, 2025 by Jess"
                // reads as "by Jess - March 3, 2025"
                text = "by " + dated.group(2) + " - " + dated.group(1);
                matcher = PREFIXED.matcher(text);
            }
            if (!matcher.matches()) {
                return null;
            }
            english = text.substring(0, matcher.start(1)).toLowerCase(Locale.ROOT).contains("by");
            text = matcher.group(1);
        }
        Cleaned cleaned = clean(text);
        if (cleaned == null || cleaned.segments().isEmpty()) {
            return null;
        }
        String first = TRAILING_MARKS.matcher(cleaned.segments().get(0)).replaceAll("").strip();
        if (isAgency(first)) {
            // "THE CANADIAN PRESS", "dpa / Mo., 13.03.2023": an agency however it is written
            List<String> others = new ArrayList<>(cleaned.segments().subList(1, cleaned.segments().size()));
            return new Byline(List.of(first.equals(first.toUpperCase(Locale.ROOT)) && first.length() > 6
                    ? Names.normalise(first) : first), others, cleaned.date());
        }
        if (!prefixed && PLACE_AND_REGION.matcher(text).lookingAt()) {
            return null; // "Saint-Étienne-du-Rouvray (Seine-Maritime)": a town and its region
        }
        if (prefixed && first.startsWith("the ")) {
            first = first.substring(4).strip(); // "By the Editorial Board"
        }
        int comma = first.indexOf(',');
        boolean wroteFrom = false;
        if (!prefixed && comma > 0) {
            // "Reuters, Washington,": a newsroom and where it wrote from, the line ending in a comma as a dateline
            // does; or a name with a newsroom word before a place ("Example Wire Service, New Delhi"). Not "Smith,
            // John", "Washington, D.C." or "Inflation, the bank says"
            String newsroom = first.substring(0, comma).strip();
            boolean place = PLACE.matcher(first.substring(comma + 1).strip()).matches();
            boolean dateline = text.strip().endsWith(",");
            if (place && (dateline || hasOrganisationWord(newsroom))) {
                first = newsroom;
                wroteFrom = true;
            }
        }
        String[] words = first.split("\\s+");
        if (!prefixed && words[0].equalsIgnoreCase("by")) {
            return null; // a "By" line that parsePrefixed could not read is no newsroom
        }
        // up to five words, seven with a newsroom's or an office's word: "Carrow Bay Department of Public Works"
        // up to 40 characters, 60 with such a word or a body's last: "Heartland Valley Chiropractic Association"
        boolean office = hasOrganisationWord(first);
        boolean body = office || BODIES.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
        if (first.isEmpty() || first.length() > (body ? 60 : 40) || words.length > (office ? 7 : 5)
                || DIGIT_OR_QUOTE.matcher(first).matches()) {
            return null;
        }
        if (english && words.length == 1 && cleaned.date() != null && HANDLE_WORD.matcher(first).matches()
                && !NOT_BYLINE.contains(first)) {
            // "By admin - 2018-09-16": a user name, as blog software prints it, when a date stands on the line
            return new Byline(List.of(first), cleaned.segments().subList(1, cleaned.segments().size()), cleaned.date());
        }
        boolean organisation = false;
        for (int k = 0; k < words.length; k++) {
            String word = words[k];
            String key = NOT_LETTER.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
            boolean connective = word.equals("&") || word.equals("of") || word.equals("and") || prefixed && word.equals("the");
            // a weekday's name before the date is none ("Alakamisy 6 Febroary 2025", Malagasy Thursday)
            if (NOT_BYLINE.contains(key) && !(prefixed && key.equals("the"))
                    || words.length == 1 && (SECTIONS.contains(key) || BUTTONS.contains(key)
                    || NoiseRules.isButtonWord(key) || NoiseRules.isButtonWord(word) || DateText.isWeekday(key))
                    || !connective && !CAPITALISED.matcher(word).matches()) {
                return null;
            }
            // an office's word before "of" ("Department of Public Works"), not a photo's credit ("Passport Office");
            // an office's word last, beside the date the office wrote on ("Cathedral Office | Friday 7 June 2024")
            // an office's unit last: "SWAI Communications" (as a name's end, "… USD Communications", no newsroom)
            organisation |= k > 0 && k + 1 == words.length && UNITS.contains(key);
            organisation |= ORGANISATION.contains(key) && !(OFFICES.contains(key)
                    && (k == 0 || k + 1 >= words.length || !words[k + 1].equals("of"))
                    && !(k > 0 && k + 1 == words.length && cleaned.date() != null));
        }
        if (!prefixed && !organisation && words.length > 1) {
            return null;
        }
        if (!prefixed && !organisation && !wroteFrom && !aloneOrBeforeItsDate(text.strip(), first)) {
            return null;
        }
        List<String> others = new ArrayList<>(cleaned.segments().subList(1, cleaned.segments().size()));
        return new Byline(List.of(first), others, cleaned.date());
    }

    /** A radio station's band: "FM", "AM". */
    private static final Pattern BAND = Pattern.compile("(?:FM|AM)");

    /**
     * Whether the words from {@code k} on are a newsroom of two to four capitalised words, one of them a newsroom
     * word: "Jane Doe Associated Press", "Jane Doe CBS News"; not "European Space Agency", nor a station's band and
     * newsroom after its name ("Gospel Wave FM News").
     */
    private static boolean newsroomAfter(String[] words, int k) {
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
        if (words.length - k > 4 || words.length - k < 2 || name.equals(name.toUpperCase(Locale.ROOT))) {
            return false; // "NEW YORK DAILY NEWS" is a newsroom whole
        }
        if (BAND.matcher(words[k]).matches()) {
            return false; // "Gospel Wave FM News": a station's band ends its name, whose newsroom it is
        }
        for (int i = k; i < words.length; i++) {
            if (!CAPITALISED.matcher(words[i]).matches()) {
                return false;
            }
        }
        return hasOrganisationWord(String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length)));
    }

    /**
     * Whether the words before {@code k} are shouted and word {@code k} is not, and what follows is a newsroom or
     * a role: "JOHN ROE Associated Press", not "FACT CHECK Did the council …" or "LOS ANGELES Police said …".
     */
    private static boolean shoutedUntil(String[] words, int k) {
        String rest = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
        if (words.length - k > 5 || !hasOrganisationWord(rest) && !isRole(rest)) {
            return false;
        }
        for (int i = 0; i <= k; i++) {
            String letters = NOT_LETTER.matcher(words[i]).replaceAll("");
            boolean shouted = letters.length() > 1 && letters.equals(letters.toUpperCase(Locale.ROOT));
            if (shouted != (i < k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a single name stands alone on its line ("Paul" above the date, "Reuters |") or shares it with its date
     * ("Reuters November 18, 2019 11:03 PM", "Reuters, March 3, 2019", "March 3, 2019 | AFP"), and is not a word a
     * date line holds beside its date ("Modified March 3, 2019", "Stand: 03.03.2019", "10:15 Uhr") nor an adverb
     * before one ("Originally published …").
     */
    private static boolean aloneOrBeforeItsDate(String line, String word) {
        if (SINGLE_NAME_LINE.matcher(line).matches()) {
            return true;
        }
        String bare = TRAILING_MARKS.matcher(word).replaceAll("");
        if (Datelines.isLabel(bare)) {
            return false;
        }
        int at = line.indexOf(word);
        int after = at < 0 ? -1 : at + bare.length();
        if (after >= 0 && after < line.length() && (line.charAt(after) == ':' || line.charAt(after) == '：')
                && DateText.hasDigit(line.substring(after)) && !isAgency(bare)) {
            return false; // a word and a colon before the date is its label in any language ("Objavljeno: 19. srpnja
                          // 2024.", "Imechapishwa: …"), as "Published:" is
        }
        if (at > 0 && DateText.hasDigit(line.substring(0, at)) && !isAgency(bare) && !shoutedWord(bare)) {
            return false; // after its date a word is a newsroom ("March 3, 2019 | AFP"), not a place ("· Lagos")
        }
        String rest = at < 0 ? "" : LEADING_SEPARATORS.matcher(line.substring(at + word.length())).replaceFirst("");
        return !(bare.toLowerCase(Locale.ROOT).endsWith("ly") && !rest.isEmpty() && Character.isLowerCase(rest.codePointAt(0)));
    }

    /** A word in capitals of two to six letters: an agency's initials ("AFP", "PTI"). */
    private static boolean shoutedWord(String word) {
        return word.length() >= 2 && word.length() <= 6 && word.chars().allMatch(Character::isUpperCase);
    }

    /** A byline's text with dates, times, handles and links taken out, in its segments, and the first date. */
    private record Cleaned(List<String> segments, String date) {
    }

    private static Cleaned clean(String raw) {
        if (raw.length() > 200) {
            return null;
        }
        String date = null;
        // each pattern is tried only where the text holds the character it needs: most lines hold none
        String text = raw.indexOf('@') >= 0 || raw.contains("http") || raw.contains(" at ")
                ? HANDLE.matcher(raw).replaceAll(" ") : raw;
        text = text.indexOf('.') >= 0 ? HOST.matcher(text).replaceAll(" | $0 | ") : text;
        text = text.indexOf('(') >= 0 ? BRACKETED.matcher(text).replaceAll(" | ") : text;
        text = text.indexOf('’') >= 0 || text.indexOf('\'') >= 0 ? CLASS_YEAR.matcher(text).replaceAll("") : text;
        text = lowerBeforeUpper(text) ? GLUED_MONTH.matcher(text).replaceAll(" ") : text;
        List<DateText.Found> dates = DateText.findAll(text, DateText.Order.UNKNOWN);
        if (!dates.isEmpty()) {
            // "Posted on: 03/10/2021 | Last updated: 22/01/2024": the line's decided date orders its undecided one
            DateText.Order order = dates.stream().anyMatch(found -> found.numeric() && found.date() != null)
                    ? DateText.orderIn(text) : DateText.Order.UNKNOWN;
            dates = order == DateText.Order.UNKNOWN ? dates : DateText.findAll(text, order);
            date = earliest(dates);
            StringBuilder cut = new StringBuilder();
            int at = 0;
            for (DateText.Found found : dates) {
                cut.append(text, at, found.start()).append(" | ");
                at = found.end();
            }
            text = cut.append(text.substring(at)).toString();
        }
        text = text.indexOf(':') >= 0 ? TIME.matcher(text).replaceAll(" | ") : text;
        boolean glued = lowerBeforeUpper(text);
        text = glued ? GLUED_TAIL.matcher(text).replaceAll(" | ") : text;
        text = LINK_TAIL.matcher(text).replaceAll(" | ");
        text = glued ? gluedNames(text) : text;
        text = ON_AT_END.matcher(text).replaceAll(" ");
        text = text.strip();
        text = mayEndInDateWords(text) ? withoutDateWords(text).strip() : text;
        if (text.length() > 160) {
            return null;
        }
        List<String> segments = new ArrayList<>();
        for (String segment0 : SEGMENTS.split(text)) {
            // "| / Jane Doe" where a date was cut out before a slash: the separator left at either end goes
            String segment = EDGE_SEPARATORS.matcher(SOCIAL_TAIL.matcher(segment0.strip()).replaceFirst("")).replaceAll("");
            if (segment.isEmpty() || PUNCTUATION_ONLY.matcher(segment).matches() || Datelines.isReadingTime(segment)) {
                continue; // "5 min read" beside the name says how long the article is, not who wrote it
            }
            var when = Datelines.parse(segment);
            if (when.isPresent()) {
                date = date == null ? when.get() : date;
                continue;
            }
            segments.add(segment);
        }
        return new Cleaned(segments, date);
    }

    /**
     * The text with a comma between two names glued together ("Paul WisemanFatima Hussein"), and a separator between a
     * name and the newsroom glued to it ("Sophie TranterLocal Democracy Reporting Service", {@link #isNewsroomLine}).
     */
    private static String gluedNames(String text) {
        Matcher matcher = GLUED_NAMES.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String after = text.substring(matcher.end());
            int bar = after.indexOf('|');
            boolean newsroom = isNewsroomLine(bar < 0 ? after : after.substring(0, bar));
            matcher.appendReplacement(out, newsroom ? "$1 | " : "$1, ");
        }
        return matcher.appendTail(out).toString();
    }

    /**
     * The date of a dateline that names a place where a byline would name a person ("New Delhi | Nov 19, 2019",
     * "NEW YORK, March 3, 2019 /PRNewswire/"), or null: the place is no author, the date is the text's.
     */
    static String placeDate(String line) {
        if (!DateText.hasDigit(line) || !Names.mayHoldPlaceName(line)) {
            return null; // no date, or no word a place of that kind starts with: most lines of a head
        }
        Cleaned cleaned = clean(line.strip());
        return cleaned != null && cleaned.date() != null && !cleaned.segments().isEmpty()
                && cleaned.segments().stream().allMatch(Names::isPlaceName) ? cleaned.date() : null;
    }

    /** Whether a lower-case letter stands right before an upper-case one, as in glued words ("Jane DoeEditor"). */
    private static boolean lowerBeforeUpper(String text) {
        boolean lower = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (lower && Character.isUpperCase(c)) {
                return true;
            }
            lower = Character.isLowerCase(c);
            i += Character.charCount(c);
        }
        return false;
    }

    /**
     * {@code text} without the tail a date was cut from ("Jane Doe | Updated:", "Jane Doe, Mon", "Jane Doe on"): the
     * longest end that opens with a separator or a space and holds only separators, spaces, words of a date's line
     * (each after a separator or a space) and colons after them. One pass from the end, so a long run of spaces costs
     * its length (a pattern of nested repeats took seconds on a line of a few hundred).
     */
    static String withoutDateWords(String text) {
        int length = text.length();
        int cut = length;
        int i = length;
        while (i > 0) {
            char c = text.charAt(i - 1);
            if (tailSeparator(c)) {
                i--;
                cut = i;
            } else if (c == ':' && (i == length || tailSeparator(text.charAt(i)))) {
                i--;
            } else if (Character.isLetter(c) && (i == length || tailSeparator(text.charAt(i)) || text.charAt(i) == ':')) {
                int word = tailWordStart(text, i);
                if (word < 0) {
                    break;
                }
                i = word;
            } else {
                break;
            }
        }
        return text.substring(0, cut);
    }

    /** A separator of a tail's words, or a space as {@code \\s} reads one (ASCII). */
    private static boolean tailSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                || TAIL_SEPARATORS.indexOf(c) >= 0;
    }

    /**
     * Where a word of a date's tail that ends at {@code end} starts, after a separator or a space ("Sat" in "…, Sat",
     * not "at"), or -1.
     */
    private static int tailWordStart(String text, int end) {
        for (String word : TAIL_WORDS) {
            int start = end - word.length();
            if (start > 0 && text.regionMatches(true, start, word, 0, word.length())
                    && tailSeparator(text.charAt(start - 1))) {
                return start;
            }
        }
        return -1;
    }

    /**
     * Whether {@link #withoutDateWords} can take something from the end of a stripped text: it ends in a mark, or
     * in one of the words it takes off (a text ending in any other letter keeps its end).
     */
    private static boolean mayEndInDateWords(String text) {
        int end = text.length();
        if (end == 0 || !Character.isLetter(text.charAt(end - 1))) {
            return end > 0;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return DATE_WORD_SET.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /** The earliest of the dates on a byline line: a page that prints two gives the first publication and an update. */
    private static String earliest(List<DateText.Found> dates) {
        return dates.stream().filter(found -> found.date() != null).map(DateText.Found::date)
                .min(java.util.Comparator.naturalOrder()).map(Object::toString).orElse(null);
    }

    private static Byline names(String raw) {
        Cleaned cleaned = clean(raw);
        if (cleaned == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String segment0 : cleaned.segments()) {
            // "By Rania Haddad (AP) and Tomás Villanueva (Reuters)": the names go on after the bracket taken out
            Matcher goesOn = JOINED_SEGMENT.matcher(segment0);
            boolean moreNames = !names.isEmpty() && others.isEmpty() && goesOn.lookingAt();
            String segment = moreNames ? segment0.substring(goesOn.end()) : segment0;
            if (!moreNames && (!names.isEmpty() || others.size() > 1 || others.stream().anyMatch(o -> o.split("\\s+").length > 4))) {
                others.add(segment); // names come first, or after a short publisher's name: "Medical Daily | Jane Doe"
                continue;
            }
            Matcher office = OFFICE_OF_TWO.matcher(segment.strip());
            if (office.matches()) {
                names.add(office.group(1)); // "Ministry of Labour and Workplace Relations": one office, not two names
                continue;
            }
            List<String> found = new ArrayList<>();
            List<String> rest = new ArrayList<>();
            boolean mixedCase = false; // a name read so far is written in mixed case
            Matcher between = NAME_LIST.matcher(segment);
            int from = 0;
            boolean afterComma = false; // the part follows a comma alone, not "and" or "&"
            boolean afterDescription = false; // the part before was a description in lower case: "lektor i økonomi"
            while (from <= segment.length()) {
                boolean more = between.find();
                String part = segment.substring(from, more ? between.start() : segment.length());
                boolean comma = afterComma;
                afterComma = more && between.group().chars().anyMatch(c -> c == ',' || c == ';')
                        && between.group().chars().noneMatch(Character::isLetter);
                from = more ? between.end() : segment.length() + 1;
                String candidate = TRAILING_MARKS.matcher(part.strip()).replaceAll("");
                if (SUFFIX.matcher(part.strip()).find()) {
                    candidate += "."; // "Martin Luther King Jr." keeps its full stop
                }
                boolean shouted = candidate.equals(candidate.toUpperCase(Locale.ROOT))
                        && candidate.chars().anyMatch(Character::isLetter);
                List<String> joined = joinedNames(candidate);
                if (comma && !found.isEmpty() && COMPANY_SUFFIX.matcher(part.strip()).matches()) {
                    // "Halvorsen Biotech, Inc.": the company's legal form is part of its name
                    found.set(found.size() - 1, found.get(found.size() - 1) + ", " + part.strip());
                    continue;
                }
                boolean description = afterDescription;
                afterDescription = !candidate.isEmpty() && Character.isLowerCase(candidate.codePointAt(0));
                if (shouted && mixedCase && comma || comma && !more && !found.isEmpty() && !rest.isEmpty()
                        && NEWSPAPER.matcher(rest.get(rest.size() - 1)).matches()
                        || comma && description && AFFILIATION.matcher(candidate).matches()) {
                    // "Jane Doe, USA TODAY": a newsroom in capitals after a name in mixed case; "Jane Doe, Example
                    // Herald, New Delhi": the last part, after a newspaper, is where it wrote from, not another name
                    // ("By Jane Doe, Bloomberg, John Roe" names two people); "Af Mads Kjærgaard, lektor i
                    // sundhedsøkonomi, Vesterhavets Universitet": where the writer works, after what the writer does
                    rest.add(candidate);
                } else if (joined != null) {
                    mixedCase |= !shouted;
                    joined.forEach(name -> found.add(Names.normalise(name)));
                } else if (Names.isName(candidate)) {
                    mixedCase |= !shouted;
                    found.add(Names.normalise(candidate));
                } else if (!candidate.isEmpty()) {
                    String name = nameBeforeRole(candidate, found.isEmpty());
                    if (name != null) {
                        mixedCase |= !name.equals(name.toUpperCase(Locale.ROOT));
                        found.add(Names.normalise(name));
                        rest.add(candidate.substring(name.length()).strip());
                    } else {
                        rest.add(candidate);
                    }
                }
            }
            names.addAll(found);
            others.addAll(rest);
        }
        return names.isEmpty() ? null : new Byline(names, others, cleaned.date());
    }

    /** Capitalised words: "Workplace Relations". */
    private static final String CAPITALISED_WORDS = "\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*)*";
    /**
     * A public office whose name joins two fields with "and" or "&", as a government prints it after "Issued by":
     * "Ministry of Labour and Workplace Relations", "the Department for Culture, Media and Sport" (the office without
     * "the").
     */
    private static final Pattern OFFICE_OF_TWO = Pattern.compile("(?:[Tt]he\\s+)?((?:Ministry|Department|Office|"
            + "Authority|Agency|Bureau|Commission)\\s+(?:of|for)\\s+(?:the\\s+)?" + CAPITALISED_WORDS + "(?:\\s*,\\s*"
            + CAPITALISED_WORDS + ")*\\s+(?:and|&)\\s+" + CAPITALISED_WORDS + ")");

    /**
     * A place of work after what a writer does ("lektor i sundhedsøkonomi, Vesterhavets Universitet"); after "head
     * teacher", "Mark Osei" is a second writer.
     */
    private static final Pattern AFFILIATION = Pattern.compile("(?iu).*\\b(?:universit\\p{L}*|yliopisto|college|"
            + "institut\\p{L}*|istituto|school|skole|skola|koulu|hochschule|högskola|høgskole|hospital|sykehus|clinic|klinik"
            + "\\p{L}*|council|ministry|department|centre|center|foundation|stiftung|academ\\p{L}*|akadem\\p{L}*|society|"
            + "bank|agency|trust|association|laborator\\p{L}*|museum|library|press|fakultet|faculty|group)\\b.*");

    /** A company's legal form after its name and a comma: "Inc.", "Ltd", "LLC", "GmbH", "S.A.". */
    private static final Pattern COMPANY_SUFFIX = Pattern.compile("(?:Inc|Ltd|LLC|L\\.L\\.C|Corp|Co|plc|PLC|GmbH|S\\.A|"
            + "N\\.V|B\\.V|ASA|Oyj|SpA|S\\.p\\.A|Pty Ltd|LLP)\\.?"); // not "NV", "SA", "AB": states' and provinces' codes

    /** A segment that goes on with more names: "and Tomás Villanueva". */
    private static final Pattern JOINED_SEGMENT = Pattern.compile("(?:and|&|und|et|y|e|och|og)\\s+(?=\\p{Lu})");
    /** A Spanish, French or Portuguese "by" before a byline. */
    private static final Pattern ROMANCE_PREFIX = Pattern.compile("(?i)(?:por|par|texto de|texte de|reportagem de|reportaje de)\\b");
    /** "en" between words: "in" in Spanish and French. */
    private static final Pattern ROMANCE_IN = Pattern.compile("\\s+en\\s+");

    /**
     * "And" between names in other languages: Spanish "y", Dutch "en", Danish and Norwegian "og", Swedish "och", Polish
     * "i", Malay "dan", Hungarian "és", Finnish "ja", Czech "a", Romanian "și", Turkish "ve", Russian "и", Greek "και",
     * Vietnamese "và"; Nepali "र" and "अनि", Hindi "और", Marathi "आणि", Bengali "ও" and "এবং", Punjabi "ਅਤੇ", Gujarati
     * "અને", Kannada "ಮತ್ತು", Telugu "మరియు", Tamil "மற்றும்", Pashto "او"; Malagasy "sy".
     */
    private static final Pattern JOINER = Pattern.compile("\\s+(?:y|Y|en|og|och|i|dan|és|ja|a|și|ve|и|και|và|sy|"
            + "र|अनि|और|आणि|ও|এবং|ਅਤੇ|અને|ಮತ್ತು|మరియు|மற்றும்|او)\\s+");
    /** Between the names of a byline in a script without capitals: a comma or an "and" ({@link #JOINER}). */
    private static final Pattern CASELESS_JOINS = Pattern.compile("\\s*[,،、]\\s*|" + JOINER.pattern());
    /** Words of a newspaper's name: after one, a last part after a comma is where it wrote from, not a person. */
    private static final Pattern NEWSPAPER = Pattern.compile("(?i).*\\b(?:times|post|herald|tribune|journal|gazette|chronicle|"
            + "courier|observer|telegraph|examiner|bulletin|star|globe|inquirer|dispatch|mirror|express|standard|"
            + "independent|guardian|register|sentinel|monitor|news|daily|weekly|magazine|review|mail)\\b.*");

    /**
     * Two names joined by another language's "and" ("Juan Garza y Ximena Ortiz", "Sofie De Clercq en Wouter Peeters"),
     * when both sides are names of two words or more: "José Ortega y Gasset" is one name.
     */
    private static List<String> joinedNames(String text) {
        Matcher joiner = JOINER.matcher(text);
        while (joiner.find()) {
            String first = text.substring(0, joiner.start());
            String second = text.substring(joiner.end());
            if (Names.isName(first) && Names.isName(second)) {
                return List.of(first, second);
            }
        }
        return namesJoinedByAnyWord(text);
    }

    /** One word in lower case between two names: "Kafui Agbenyega kple Selasi Dzokoto", Maasai "o". */
    private static final Pattern ANY_JOINER = Pattern.compile("(?<=\\s)(?:[a-z]|\\p{Ll}[\\p{Ll}\\p{M}]{1,3})(?=\\s)");
    /** "Versus" between a case's parties, no "and": "Ntšekhe v Maluti Crest Garments". */
    private static final Set<String> VERSUS = Set.of("v", "vs", "x");

    /**
     * Two names joined by a word of a language no list holds ({@link #JOINER}): "Kafui Agbenyega kple Selasi Dzokoto"
     * (Ewe), "Teuku Raisul Fikri ngon Nurul Azizah" (Acehnese), "Nkoitiko ole Sankale o Naserian Kipeen" (Maasai).
     * The word is the only one in lower case but a name's particles, one to four letters, no "versus", no particle of
     * a name ("da", "van", "bin": "Ana Paula da Costa Lima" is one name), no function word
     * of a language the stop-word list holds ("in", "an", "en": "Jane Doe in New York" is a name and a place) and no
     * word a name never holds; both sides are names of two words or more.
     */
    private static List<String> namesJoinedByAnyWord(String text) {
        Matcher joiner = ANY_JOINER.matcher(text);
        String word = null;
        int start = -1;
        int end = -1;
        while (joiner.find()) {
            if (Names.isParticle(joiner.group())) {
                continue; // a name's particle beside the word: "Nkoitiko ole Sankale o Naserian Kipeen"
            }
            if (word != null) {
                return null;
            }
            word = joiner.group();
            start = joiner.start();
            end = joiner.end();
        }
        // a Latin letter alone between two names of two words is their "and" though it is a function word elsewhere
        // (Maasai "o", Spanish "or"): no byline names two people either way
        if (word == null || word.length() > 1 && BlockFeatures.isStopWord(word) || Names.isNotNameWord(word)
                || VERSUS.contains(word)) {
            return null;
        }
        // a name has two words or more (Names.isName)
        String first = text.substring(0, start).strip();
        String second = text.substring(end).strip();
        return Names.isName(first) && Names.isName(second) ? List.of(first, second) : null;
    }

    /**
     * The name at the start of "Sam Stein Senior Politics Editor" or "Jane Doe in Politics", where a role or a
     * category follows a name with no comma; only the category ("John Roe in London") after the first name, so
     * that "AP Auto Writer" is no name.
     */
    private static String nameBeforeRole(String text, boolean role) {
        String[] words = text.split("\\s+");
        for (int k = 2; k < words.length && k <= 5; k++) {
            String word = words[k].toLowerCase(Locale.ROOT);
            boolean placeOrNewsroom = k + 1 < words.length && (word.equals("in")
                    && Character.isUpperCase(words[k + 1].codePointAt(0)) || word.equals("of") && k <= 3
                    && words[k + 1].equalsIgnoreCase("the") && k + 2 < words.length
                    && Character.isUpperCase(words[k + 2].codePointAt(0)));
            if (role && ROLE_START.contains(word) || placeOrNewsroom || shoutedUntil(words, k) || newsroomAfter(words, k)) {
                // a role's noun after a desk's word: that word is the role's ("Tom Aldous Court reporter", "Daniel
                // Pryce Court Reporter"), the name before it of two words at least
                int end = role && k >= 3 && WRITER_NOUNS.contains(word)
                        && DESKS.contains(words[k - 1].toLowerCase(Locale.ROOT)) ? k - 1 : k;
                String name = String.join(" ", java.util.Arrays.copyOfRange(words, 0, end));
                return Names.isName(name) && text.startsWith(name) ? name : null;
            }
        }
        return null;
    }
}
