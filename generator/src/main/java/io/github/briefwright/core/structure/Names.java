package io.github.briefwright.core.structure;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** People's names as they appear in bylines and bios. */
final class Names {

    /**
     * One word of a name: "Meghan", "O’Sullivan", "Abdul-Mahdi", "Achieng'" (Kenyan), "Adébáyọ̀" (Yoruba, its tone
     * marks combining ones), "L.", "MEGHAN".
     */
    static final String WORD = "(?:(?:[dl][’'])?\\p{Lu}\\p{M}*[\\p{L}\\p{M}'’-]*\\p{L}\\p{M}*['’]?\\.?"
            + "|(?:\\p{Lu}\\.){1,3})";
    /**
     * Particles between a name's words, the Irish "Ó", "Ní", "Uí", "Nic" before a surname ("Fiachra Ó Dálaigh"), the
     * Maasai "ole" and "ene" (son and daughter of: "Nkoitiko ole Sankale").
     */
    private static final String PARTICLE = "(?:de|del|della|dela|der|den|van|von|da|di|du|le|la|al|el|bin|binti|ibn|ben"
            + "|anak|y|dos|das|Ó|Ní|Uí|Nic|ole|ene)";
    /**
     * Two to five words, up to two particles between two of them ("van der"), maybe a Catalan second surname after
     * "i" ("Jordi Puigventós i Ferrer", not "Jan Kowalski i Anna Nowak", two people).
     */
    static final String NAME = WORD + "(?:\\s+(?:" + PARTICLE + "\\s+){0,2}" + WORD + "){1,4}"
            + "(?:\\s+(?-i:i)\\s+" + WORD + "(?!\\s+\\p{Lu}))?";
    private static final Pattern WHOLE = Pattern.compile("^" + NAME + "$");
    /**
     * The job's nouns of a club's, a parish's or a charity's officer who wrote a page, a writer who is no journalist:
     * "Margaret Hollins, Tower Captain", "Fiona Strachan, Fundraising Coordinator"; no name's words.
     */
    static final List<String> OFFICERS = List.of("captain", "warden", "churchwarden", "coach", "headteacher",
            "coordinator", "organiser", "organizer", "volunteer", "secretary", "treasurer", "trustee", "chairman",
            "chairwoman", "chairperson", "librarian", "curator", "convenor", "convener");
    private static final Set<String> NOT_NAME_WORDS = Stream.concat(OFFICERS.stream(), Stream.of(
            "staff", "reporter", "reporters", "correspondent",
            "editor", "editors", "writer", "writers", "contributor", "contributing", "columnist", "critic", "bureau", "desk",
            "team", "news", "press", "agency", "associated", "reuters", "senior", "chief", "analyst", "fellow",
            "professor", "director", "the", "and", "for", "in", "at", "of", "with", "updated", "published", "photo",
            "photos", "video", "special", "guest", "opinion", "analysis", "report", "review", "times", "post",
            "journal", "daily", "weekly", "magazine", "gazette", "herald", "tribune", "courier", "chronicle",
            "observer", "telegraph", "examiner", "bulletin", "evening", "morning", "globe", "inquirer",
            "dispatch", "mirror", "express", "standard", "independent", "guardian", "register", "sentinel", "monitor",
            "affairs", "institute", "university", "center", "centre",
            "foundation", "council", "ministry", "department", "office", "government", "company", "group", "inc",
            "ltd", "llc", "media", "online", "digital", "service", "services", "international", "national",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "last", "update", "posted", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "share", "subscribe", "advertisement", "related", "more", "read", "by", "about", "author", "authors",
            "recipe", "recipes", "question", "questions", "answer", "answers", "rating", "ratings", "verdict",
            "executive", "managing", "deputy", "political", "economics", "science", "health", "security", "policy",
            "view", "all", "find", "your", "next", "car", "follow", "click", "comments", "comment", "email", "print",
            "menu", "home", "search", "sign", "login", "log", "newsletter", "profile", "articles", "posts", "stories",
            "see", "show", "watch", "live", "sponsored", "links", "tweet", "facebook", "twitter", "instagram",
            "business", "politics", "sports", "technology", "markets", "entertainment", "scientist", "scientists",
            "researcher", "researchers", "research", "engineer", "engineering", "manager", "student", "lecturer",
            "officer", "designer", "developer", "consultant", "economist", "strategist", "adviser", "advisor",
            "software", "product", "marketing", "communications", "operations", "intern", "scholar", "historian",
            "summit",
            "conference", "festival", "forum", "expo", "awards", "week", "county", "city", "province", "district",
            "borough", "township", "island", "islands", "heights", "initiative", "journalism", "programme", "program",
            "project", "network", "association", "society", "commission", "committee", "alliance", "coalition",
            "size", "text", "texto", "texte", "foto", "fotografia", "fotografie", "illustration", "ilustración",
            "ilustração", "grafik", "infografía",
            // the job's noun of a writer who is no journalist: "Fiona Strachan, Fundraising Coordinator"
            "coordinators", "producer", "specialist", "spokesperson", "spokeswoman", "spokesman", "photographer",
            "presenter", "attorney", "lawyer", "physician", "therapist", "pharmacist", "dietitian", "nutritionist",
            // a newspaper's word in other languages, named after the writer: "Por Mariana Tavares, Jornal Vertente"
            "jornal", "diário", "diario", "gazeta", "gazzetta", "folha", "correio", "corriere", "giornale", "zeitung",
            "tagblatt", "anzeiger", "rundschau", "krant", "dagblad", "quotidien", "periódico", "periodico", "tidning",
            "dziennik", "noviny", "novine", "gazete",
            // a button's or a box's words under a headline: "Download PDF (214 KB)", "Incident Summary", "Cite", a
            // journal's "Open Access"
            "download", "pdf", "summary", "cite", "access",
            // a club's public relations or information officer, as Lions and Rotary clubs sign: "Club PRO", "PIO"
            "club", "pro", "pio")).collect(Collectors.toUnmodifiableSet());
    /**
     * First words of place names, never of a person's: "Fort Collins", "Port Harcourt", "New Delhi", "Los Angeles",
     * Catalan "Sant Quirze", German "Sankt Gallen". Not "San", "Santa", "Lake", "West" or "North": Santa Ono, Lake Bell
     * and San Yamin Aung are people.
     */
    private static final Set<String> PLACE_FIRST_WORDS = Set.of("fort", "ft", "port", "mount", "mt", "cape", "los",
            "las", "new", "upper", "lower", "greater", "sant", "sankt");

    private Names() {
    }

    /**
     * A title before a name of two words or more, which a reader leaves out naming the writer: "Dr. Lorraine
     * Achike-Brandt", and as other languages write a doctor's, a professor's or an engineer's ("lek. Anna Wróblewska",
     * "dr hab. Jan Nowak", "MUDr. Petr Novák", "Dott.ssa Giulia Rossi", "Mag. Eva Huber", Lao's "ທ້າວ"; a
     * police officer's rank, as Nigeria's and India's police sign their releases: "SP Chioma Ekwueme-Balogun", "DCP
     * Hauwa Bello-Nnaji"; a priest's, a religious brother's or sister's and a trade unionist's: "Fr Colm Mac Giolla",
     * "Comrade Ngozi Eze-Okonkwo"; a Rotarian's and a Lions club member's, as their clubs' pages sign: "Rtn. Asha
     * Mehta", "Lion Sarah Namutebi").
     */
    private static final Pattern HONORIFIC = Pattern.compile(
            "^(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx|Fr|Revd?|Msgr|Sr|Br|Cde|Comrade|Rtn|Lion)\\.?"
            + "|(?:SP|ASP|DSP|CSP|ACP|DCP|CP|AIG|DIG|IGP)"
            + "|(?:[Dd]r|[Pp]rof|[Ll]ek|[Mm]gr|[Ii]n[żz]|[Ll]ek\\. med|MUDr|PhDr|JUDr|RNDr|Ing|"
            + "Mag|Dott|Dott\\.ssa|Dra|Lic|Mtro|Mtra|"
            // an engineer's, an officer's and a lawmaker's or an advocate's title, with its full stop: "Er. Sandeep
            // Kulkarni" (India), "Eng. …" (Kenya), "Capt. Wanjiru Kamau", "Hon. …", "Adv. …"
            + "Er|Eng|Capt|Cdr|Lt|Col|Maj|Sgt|Hon|Adv)\\.(?:\\s*(?:hab|n\\. med|med|inż)\\.)?|[Dd]r hab\\.|dr)\\s+"
            + "(?=\\p{Lu}[\\p{L}'’.-]*\\s+(?:" + PARTICLE + "\\s+){0,2}\\p{Lu})" // "Prof. Pieter van der Walt"
            // Lao's and Thai's "Mr", "Mrs", "Miss" before a name of two words: "ທ້າວ ຄຳແພງ ສີລາວົງ", "นาย สมชาย ใจดี"
            + "|^(?:ທ້າວ|ທ່ານ|ນາງ|ນາຍ|นาย|นางสาว|นาง)\\s+(?=\\S+\\s+\\S)");

    /** Whether {@code text} is just a person's name (two to five name words, none a role or organisation word). */
    /** Whether a word in lower case is one of the particles between a name's words ("van", "da", "bin"). */
    static boolean isParticle(String word) {
        return PARTICLE_WORD.matcher(word).matches();
    }

    private static final Pattern PARTICLE_WORD = Pattern.compile(PARTICLE);

    /** Whether a word in lower case is one no person's name holds ("and", "the", "staff", "in"). */
    static boolean isNotNameWord(String word) {
        return NOT_NAME_WORDS.contains(word);
    }

    static boolean isName(String text) {
        String candidate = text.strip();
        if (!candidate.isEmpty() && Character.isLowerCase(candidate.charAt(0))) {
            candidate = HONORIFIC.matcher(candidate).replaceFirst(""); // "lek. Anna Wróblewska"
        }
        if (!WHOLE.matcher(candidate).matches()) {
            return false;
        }
        String[] words = candidate.split("[\\s-]+");
        if (PLACE_FIRST_WORDS.contains(words[0].replaceAll("[.,]", "").toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (String word : words) {
            if (NOT_NAME_WORDS.contains(word.replaceAll("[.,]", "").toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text} is a place's name of a shape no person's has: "Fort Collins", "New Delhi", "Los Angeles". */
    static boolean isPlaceName(String text) {
        String candidate = text.strip();
        return WHOLE.matcher(candidate).matches()
                && PLACE_FIRST_WORDS.contains(candidate.split("[\\s-]+")[0].replaceAll("[.,]", "").toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a word that may open a place's name of {@link #isPlaceName}'s kind starts anywhere in {@code text} (after
     * its start or a character other than a letter): a cheap test before a line is cut into its parts.
     */
    static boolean mayHoldPlaceName(String text) {
        for (int at = 0; at < text.length(); at++) {
            if (at > 0 && Character.isLetter(text.charAt(at - 1))) {
                continue;
            }
            for (String word : PLACE_FIRST_WORDS) {
                if (text.regionMatches(true, at, word, 0, word.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A name as people write it: "MEGHAN L. O’SULLIVAN" becomes "Meghan L. O'Sullivan"; apostrophes are ASCII. */
    static String normalise(String name) {
        String plain = HONORIFIC.matcher(name.strip().replaceAll("\\s+", " ").replace('’', '\'').replace('‘', '\''))
                .replaceFirst("");
        boolean shouting = plain.chars().filter(Character::isLetter).noneMatch(Character::isLowerCase);
        if (!shouting) {
            return plain;
        }
        StringBuilder out = new StringBuilder(plain.length());
        boolean start = true;
        int wordLength = 0;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.isLetter(c)) {
                out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
                start = false;
                wordLength++;
                if (wordLength == 2 && out.substring(out.length() - 2).equals("Mc")) {
                    start = true;
                }
            } else {
                out.append(c);
                start = c == ' ' || c == '-' || c == '.' || (c == '\'' && wordLength == 1);
                wordLength = 0;
            }
        }
        return out.toString();
    }

    /** Same person: equal ignoring case, apostrophe style and spacing. */
    static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^\\p{L}']", "");
    }
}
