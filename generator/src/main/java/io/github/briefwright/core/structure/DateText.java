package io.github.briefwright.core.structure;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full dates (day, month and year) written in text, as pages print them: "Dec. 9, 2016", "Sept 3rd 2019",
 * "9 December 2016", "Tue, Dec 20 201610:32 AM EST" (a time glued to the year), "2016-12-20T10:32:00Z",
 * "2019/04/04", "2019年3月2日", "22 de outubro de 2010", "18. Juli 2022", "1er mars 2019", and numeric dates
 * ("11/28/2016", "21/06/2014", "19.07.2022"; with slashes also "12/16/16", a two-digit year standing for 1950
 * to 2049). Month names in English, German, French, Spanish, Italian,
 * Portuguese, Dutch and Indonesian, full or abbreviated, with or without a full stop, in the other languages of the
 * lists below, and in those of {@link #LOCALE_LANGUAGES} as the JDK's locale data (CLDR) names them (on a Java
 * runtime without that data, the lists alone).
 *
 * <p>A numeric date with the year last is read day-first or month-first only on evidence: a part above 12
 * settles it; otherwise the {@link Order} the caller found for the whole text ({@link #orderIn}); otherwise it is
 * <em>ambiguous</em>: found, with no date, never guessed. A date whose year comes first is always year, month,
 * day. Years from 1900 to 2099.
 */
public final class DateText {

    /** How the numeric dates of a text put day and month. */
    public enum Order {
        DAY_FIRST, MONTH_FIRST, UNKNOWN
    }

    /**
     * A date in the text.
     *
     * @param start     where it starts
     * @param end       where it ends (after a glued time's year)
     * @param date      the date, {@code null} when the text leaves day and month ambiguous
     * @param numeric   written with digits only ("11/28/2016"; not ISO or 年月日 forms)
     */
    public record Found(int start, int end, LocalDate date, boolean numeric) {

        public boolean ambiguous() {
            return date == null;
        }
    }

    /**
     * The languages whose month names come from the JDK's locale data (CLDR) besides the lists above: the languages
     * of Europe, and the widely published ones of Asia and Africa whose dates are written with a month's name. Not
     * every one of the JDK's 200-odd languages: a language few pages are written in adds short names ("can", "her",
     * "win") that are words in others.
     */
    private static final List<String> LOCALE_LANGUAGES = List.of("af", "am", "ar", "az", "be", "bg", "bn", "bs",
        "ca", "cs", "cy", "da", "de", "el", "es", "et", "eu", "fa", "fi", "fil", "fr", "ga", "gl", "gu", "ha", "he",
        "hi", "hr", "hu", "hy", "id", "is", "it", "ka", "kk", "km", "kn", "ky", "lb", "lo", "lt", "lv", "mk", "ml",
        "mn", "mr", "ms", "mt", "my", "nb", "ne", "nl", "nn", "no", "pa", "pl", "ps", "pt", "ro", "ru", "si", "sk",
        "sl", "so", "sq", "sr", "sv", "sw", "ta", "te", "th", "tk", "tr", "uk", "ur", "uz", "vi", "yo", "zu");

    /**
     * The languages whose abbreviated month names the locale data adds: those whose pages print a date with one and no
     * full stop ("18 ago 2023", "03 out 2023", "14 Eyl 2023", "14 Mac 2024"). Other languages' abbreviations are
     * words of their own ("pro", Czech "for" and December; "led", "sie", "lis"), and their pages write the month out.
     */
    private static final Set<String> ABBREVIATING = Set.of("es", "pt", "it", "ca", "gl", "tr", "id", "ms", "ro", "sv",
        "da", "nb", "nn", "no");

    /** A month's name as locale data gives it, to be read here: letters only. */
    private static final Pattern NAME_SHAPE = Pattern.compile("[\\p{L}\\p{M}]+");
    /** A month's full name may be two words, as some languages name a month by a moon ("Čhaŋpȟásapa Wí"). */
    private static final Pattern FULL_NAME_SHAPE = Pattern.compile("[\\p{L}\\p{M}]+(?: [\\p{L}\\p{M}]+)?");
    /**
     * The fewest letters of a full month's or weekday's name in the Latin script of a language not in {@link
     * #LOCALE_LANGUAGES}: its abbreviations and its shortest names are left out, which may be words in another
     * language ("can", "her", Breton October's "here").
     */
    private static final int OTHER_MIN_LETTERS = 5;

    /** The weekdays' full names in English and the languages of {@link #LOCALE_LANGUAGES}, lower case. */
    private static final Set<String> WEEKDAYS = new HashSet<>();
    /**
     * The abbreviations the locale data adds: read only before the year and after the day, as the languages they
     * come from write them ("03 out 2023"), not before a day ("sold out 5, 2019 units").
     */
    private static final Set<String> DAY_FIRST_ONLY = new HashSet<>();
    /** Thai and Lao month names as {@link #BUDDHIST} reads them, as the locale data writes them. */
    private static final Map<String, Integer> BUDDHIST_MONTHS = new HashMap<>();
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    /** Month names that are not English: a text using them writes numeric dates day-first. */
    private static final Map<String, Integer> FOREIGN = new HashMap<>();

    static {
        String[][] english = {{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
            {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"}, {"october", "oct"},
            {"november", "nov"}, {"december", "dec"}};
        String[][] foreign = {
            // German, French, Spanish, Italian, Portuguese, Dutch, Indonesian (shared spellings listed once)
            {"januar", "jänner", "janvier", "janv", "enero", "gennaio", "janeiro", "januari"},
            {"februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "fevereiro", "fev", "februari"},
            {"märz", "maerz", "mars", "marzo", "março", "marco", "maart", "mrt", "maret"},
            {"avril", "avr", "abril", "abr", "aprile"},
            {"mai", "mayo", "maggio", "maio", "mei"},
            {"juni", "juin", "junio", "giugno", "giu", "junho"},
            {"juli", "juillet", "juil", "julio", "luglio", "lug", "julho"},
            {"août", "aout", "agosto", "augustus", "agustus"},
            {"septembre", "septiembre", "setiembre", "settembre", "setembro"},
            {"oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro"},
            {"novembre", "noviembre", "novembro"},
            {"dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro", "desember"}};
        // Russian, as dates write them (genitive) and as calendars name them, with their abbreviations
        String[][] russian = {{"января", "январь", "янв"}, {"февраля", "февраль", "фев", "февр"}, {"марта", "март", "мар"},
            {"апреля", "апрель", "апр"}, {"мая", "май"}, {"июня", "июнь", "июн"}, {"июля", "июль", "июл"},
            {"августа", "август", "авг"}, {"сентября", "сентябрь", "сен", "сент"}, {"октября", "октябрь", "окт"},
            {"ноября", "ноябрь", "ноя", "нояб"}, {"декабря", "декабрь", "дек"}};
        // Polish (as dates write them, and as calendars name them), Czech, Turkish (and without its letters),
        // Swedish, Danish and Norwegian, Finnish, Romanian, Catalan, Mirandese (the months Portuguese spells otherwise)
        String[][] more = {
            {"stycznia", "styczeń", "ledna", "ocak", "tammikuuta", "ianuarie", "gener"},
            {"lutego", "luty", "února", "şubat", "subat", "helmikuuta", "februarie", "febrer"},
            {"marca", "marzec", "března", "mart", "marts", "maaliskuuta", "martie", "març", "márcio"},
            {"kwietnia", "kwiecień", "dubna", "nisan", "huhtikuuta", "aprilie"},
            {"maja", "maj", "května", "mayıs", "mayis", "toukokuuta", "maig"},
            {"czerwca", "czerwiec", "června", "haziran", "kesäkuuta", "iunie", "juny"},
            {"lipca", "lipiec", "července", "temmuz", "heinäkuuta", "iulie", "juliol"},
            {"sierpnia", "sierpień", "srpna", "ağustos", "agustos", "augusti", "elokuuta", "agost"},
            {"września", "wrzesień", "září", "eylül", "eylul", "syyskuuta", "septembrie", "setembre"},
            {"października", "październik", "října", "ekim", "lokakuuta", "octombrie", "outubre"},
            {"listopada", "listopad", "listopadu", "kasım", "kasim", "marraskuuta", "noiembrie", "nobembre"},
            {"grudnia", "grudzień", "prosince", "aralık", "aralik", "joulukuuta", "decembrie", "desembre",
                "dezembre"}};
        // Ukrainian and Greek, as dates write them (genitive)
        String[][] cyrillicGreek = {{"січня", "ιανουαρίου"}, {"лютого", "φεβρουαρίου"}, {"березня", "μαρτίου"},
            {"квітня", "απριλίου"}, {"травня", "μαΐου", "μαϊου"}, {"червня", "ιουνίου"}, {"липня", "ιουλίου"},
            {"серпня", "αυγούστου"}, {"вересня", "σεπτεμβρίου"}, {"жовтня", "οκτωβρίου"}, {"листопада", "νοεμβρίου"},
            {"грудня", "δεκεμβρίου"}};
        // Arabic: the months as Egypt and the Gulf name them, and as the Levant and Iraq do (four of them in two words)
        String[][] arabic = {{"يناير", "كانون الثاني"}, {"فبراير", "شباط"}, {"مارس", "آذار"},
            {"أبريل", "ابريل", "إبريل", "نيسان"}, {"مايو", "أيار", "ايار"}, {"يونيو", "يونيه", "حزيران"},
            {"يوليو", "يوليه", "تموز"}, {"أغسطس", "اغسطس", "آب"}, {"سبتمبر", "أيلول", "ايلول"},
            {"أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول"}, {"نوفمبر", "تشرين الثاني"},
            {"ديسمبر", "كانون الأول", "كانون الاول"}};
        // Hindi, with the spellings with and without the nukta and the half consonant
        String[][] hindi = {{"जनवरी"}, {"फ़रवरी", "फरवरी"}, {"मार्च"}, {"अप्रैल"}, {"मई"}, {"जून"}, {"जुलाई"}, {"अगस्त"},
            {"सितंबर", "सितम्बर"}, {"अक्टूबर", "अक्तूबर"}, {"नवंबर", "नवम्बर"}, {"दिसंबर", "दिसम्बर"}};
        // Bengali, as Bangladesh and West Bengal spell them
        String[][] bengali = {{"জানুয়ারি", "জানুয়ারী"}, {"ফেব্রুয়ারি", "ফেব্রুয়ারী"}, {"মার্চ"}, {"এপ্রিল"},
            {"মে"}, {"জুন"}, {"জুলাই"}, {"আগস্ট", "আগষ্ট"}, {"সেপ্টেম্বর"}, {"অক্টোবর"}, {"নভেম্বর"}, {"ডিসেম্বর"}};
        // Hungarian, with the abbreviations it prints with a full stop ("2025. febr. 11."); its November and December
        // are spelt as in English
        String[][] hungarian = {{"január"}, {"február", "febr"}, {"március", "márc"}, {"április", "ápr"},
            {"május", "máj"}, {"június", "jún"}, {"július", "júl"}, {"augusztus"}, {"szeptember", "szept"},
            {"október"}, {}, {}};
        // Somali, as its news pages write the months (the locale data names them by number: "Bisha Saddexaad")
        String[][] somali = {{"janaayo"}, {"febraayo"}, {"maarso"}, {"abriil"}, {"maajo"}, {"juun"}, {"luulyo"},
            {"agoosto"}, {"sebteembar"}, {"oktoobar"}, {"nofeembar"}, {"diseembar"}};
        // Samoan and Tokelauan, whose June and July are too short for a borrowed name's sounds ("10 Iuni 2025"); their
        // March ("Mati") and May ("Me") are words of other languages and left out
        String[][] polynesian = {{"ianuari", "ianuali"}, {"fepuari", "fepuali"}, {}, {"aperila", "apelila"}, {},
            {"iuni"}, {"iulai"}, {"aokuso"}, {"setema"}, {"oketopa"}, {"novema"}, {"tesema"}};
        // Acholi, whose months are numbered: "the month of the sixth", "14 Dwe me Abicel 2025"
        String[][] acholi = {{"dwe me acel"}, {"dwe me aryo"}, {"dwe me adek"}, {"dwe me angwen"}, {"dwe me abic"},
            {"dwe me abicel"}, {"dwe me abiro"}, {"dwe me aboro"}, {"dwe me aonwen"}, {"dwe me apar"},
            {"dwe me apar wie acel"}, {"dwe me apar wie aryo"}};
        // Rarotongan, its glottal stop written before three of them ("23 'Aukute 2024"); its March and May ("Māti",
        // "Mē") are words of other languages and left out
        String[][] rarotongan = {{"tianuare"}, {"pepueri"}, {}, {"āperira", "aperira"}, {}, {"tiunu"}, {"tiurai"},
            {"aukute"}, {"tepetema"}, {"okotopa"}, {"noema"}, {"tītema", "titema"}};
        // Picard, the months French spells otherwise ("6 d'novimbe 2024"); its March to July as French's
        String[][] picard = {{"janvié"}, {"févrié", "fevrié"}, {}, {"avri"}, {}, {}, {}, {}, {"sétimbe", "setimbe"},
            {"octobe"}, {"novimbe"}, {"décimbe", "decimbe"}};
        // Piedmontese, the months Italian and French spell otherwise ("16 ëd fërvé 2025"), with and without its
        // marks; its March, April and August as French's and Catalan's
        String[][] piedmontese = {{"gené", "gene"}, {"fërvé", "ferve"}, {}, {}, {"magg"}, {"giugn"}, {"luj"}, {},
            {"stèmber", "stember", "setèmber"}, {"otóber", "otober", "otòber"}, {"novèmber", "november"},
            {"dzèmber", "dzember", "dsèmber"}};
        // Dinka, whose months are numbered: "the month of ten", "12 Pɛɛi de Thiäär, 2024"
        String[] dinkaNumbers = {"tök", "rou", "diäk", "ŋuan", "dhïc", "dhetem", "dhorou", "bët", "dhoŋuan", "thiäär",
            "thiäär ku tök", "thiäär ku rou"};
        // Meru (Kimeru), whose months are numbered too: "the month of the seventh", "15 Mweri jwa Mũgwanja 2024";
        // with and without the tilde its vowels carry
        String[] meruNumbers = {"mbere", "kaĩrĩ", "kathatũ", "kana", "gatano", "gatantatũ", "mũgwanja", "kanana",
            "kenda", "ikũmi", "ikũmi na ũmwe", "ikũmi na ijĩrĩ"};
        for (int m = 0; m < 12; m++) {
            String dinka = "pɛɛi de " + dinkaNumbers[m];
            String meru = "mweri jwa " + meruNumbers[m];
            String[] listed = concat(hindi[m], arabic[m], hungarian[m], bengali[m], somali[m], polynesian[m], acholi[m],
                    rarotongan[m], picard[m], piedmontese[m], new String[] {dinka, dinka.replace("pɛɛi", "pɛi"), meru,
                        meru.replace('ũ', 'u').replace('ĩ', 'i')});
            for (String name : listed) {
                MONTHS.putIfAbsent(name, m + 1);
                FOREIGN.putIfAbsent(name, m + 1);
            }
            for (String name : english[m]) {
                MONTHS.put(name, m + 1);
            }
            for (String name : concat(foreign[m], russian[m], more[m], cyrillicGreek[m])) {
                MONTHS.putIfAbsent(name, m + 1);
                if (MONTHS.get(name) == m + 1 && !english[m][0].equals(name)) {
                    FOREIGN.put(name, m + 1);
                }
            }
            for (String name : concat(more[m], cyrillicGreek[m])) {
                // written without its marks ("wrzesnia", "ΜΑΪΟΥ" read as "μαιου"): the same month
                String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                if (!plain.equals(name)) {
                    MONTHS.putIfAbsent(plain, m + 1);
                    FOREIGN.putIfAbsent(plain, m + 1);
                }
            }
        }
        addLocaleNames();
        addLocaleWeekdays();
        // spelt the same in English (or too short to be evidence of a language)
        for (String shared : List.of("november", "september", "april", "august", "mars", "juni", "juli", "dez")) {
            FOREIGN.remove(shared);
        }
    }

    /**
     * Adds the month names of {@link #LOCALE_LANGUAGES}, full and abbreviated, as dates write them and as calendars
     * name them, from the JDK's locale data: each with the month it names when no other month has the same name in
     * another language and the lists above do not give it already; all but the English ones are evidence of a
     * language that writes numeric dates day first. A name of fewer than three letters ("mä"; two in the Ethiopic
     * script, whose letters are syllables: Tigrinya "ሰነ") is left out, and so are
     * names with full stops inside (Thai "ส.ค.", whose dates count years from another era), digits or spaces ("7月",
     * "tháng 7": other patterns read those dates, or none).
     */
    /** The weekdays' full names of English and {@link #LOCALE_LANGUAGES} from the locale data, for {@link #WEEKDAYS}. */
    private static void addLocaleWeekdays() {
        for (Locale locale : Locale.getAvailableLocales()) {
            if (locale.getCountry().isEmpty() && locale.getVariant().isEmpty() && locale.getScript().isEmpty()) {
                boolean listed = LOCALE_LANGUAGES.contains(locale.getLanguage()) || locale.getLanguage().equals("en");
                for (DayOfWeek day : DayOfWeek.values()) {
                    for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.FULL_STANDALONE}) {
                        String name = day.getDisplayName(style, locale).toLowerCase(Locale.ROOT);
                        if (NAME_SHAPE.matcher(name).matches() && name.length() >= minLetters(listed, name)) {
                            WEEKDAYS.add(name);
                        }
                    }
                }
            }
        }
        // the Polynesian weekdays, "day" and its number or name, which the locale data does not hold: Samoan "Aso
        // Lua", Tokelauan "Aho Lua" (Tuesday), "Aso Toʻonaʻi" (Saturday); each word is read as a weekday's
        WEEKDAYS.addAll(Set.of("aso", "aho", "gafua", "lua", "lulu", "tofi", "faraile", "falaile", "toonai", "tōnai",
                "toʻonaʻi"));
    }

    /**
     * The fewest letters a locale's name must have: three, two in the Ethiopic script, whose letters are syllables,
     * or {@link #OTHER_MIN_LETTERS} in the Latin script for a language not in {@link #LOCALE_LANGUAGES}.
     */
    private static int minLetters(boolean listed, String name) {
        Character.UnicodeScript script = Character.UnicodeScript.of(name.codePointAt(0));
        if (script == Character.UnicodeScript.ETHIOPIC) {
            return 2; // each letter a syllable: Tigrinya "ሰነ" (June) and "ጥሪ" (January) are whole names
        }
        return listed || script != Character.UnicodeScript.LATIN ? 3 : OTHER_MIN_LETTERS;
    }

    private static void addLocaleNames() {
        Map<String, Integer> names = new HashMap<>();
        Set<String> twice = new HashSet<>();
        Set<String> full = new HashSet<>();
        TextStyle[] styles = {TextStyle.FULL, TextStyle.SHORT,
            TextStyle.FULL_STANDALONE, TextStyle.SHORT_STANDALONE};
        for (Locale locale : Locale.getAvailableLocales()) {
            if (!locale.getCountry().isEmpty() || !locale.getVariant().isEmpty() || !locale.getScript().isEmpty()
                    || locale.getLanguage().equals("en")) {
                continue;
            }
            boolean listed = LOCALE_LANGUAGES.contains(locale.getLanguage());
            for (TextStyle style : styles) {
                boolean fullStyle = style == TextStyle.FULL || style == TextStyle.FULL_STANDALONE;
                if (!listed && !fullStyle) {
                    continue;
                }
                for (Month month : Month.values()) {
                    String name = month.getDisplayName(style, locale).toLowerCase(Locale.ROOT);
                    name = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
                    if (!(fullStyle ? FULL_NAME_SHAPE : NAME_SHAPE).matcher(name).matches()
                            || name.length() < minLetters(listed, name)) {
                        continue;
                    }
                    if (style == TextStyle.FULL || style == TextStyle.FULL_STANDALONE) {
                        full.add(name);
                    } else if (!ABBREVIATING.contains(locale.getLanguage())) {
                        continue;
                    }
                    Integer was = names.putIfAbsent(name, month.getValue());
                    if (was != null && was != month.getValue()) {
                        twice.add(name);
                    }
                }
            }
        }
        names.keySet().removeAll(twice);
        names.keySet().removeAll(MONTHS.keySet());
        names.forEach((name, month) -> {
            MONTHS.put(name, month);
            FOREIGN.put(name, month);
            if (!full.contains(name)) {
                DAY_FIRST_ONLY.add(name);
            }
        });
    }

    /**
     * A pattern matching any of {@code words} (letters, and a space between the words of a name), their shared
     * beginnings written once ("ju(?:l(?:y|i|…)|n…)"): tried at a place, it reads the text's letters one by one, not
     * each of the 1,300 names in turn. The longer of two names one of which begins the other is tried first.
     */
    static String alternation(Collection<String> words) {
        Branch root = new Branch();
        for (String word : words) {
            Branch node = root;
            for (int cp : word.codePoints().toArray()) {
                if (!Character.isLetter(cp) && cp != ' ' && Character.getType(cp) != Character.NON_SPACING_MARK
                        && Character.getType(cp) != Character.COMBINING_SPACING_MARK
                        && Character.getType(cp) != Character.ENCLOSING_MARK) {
                    throw new IllegalArgumentException("not a letter in " + word);
                }
                node = node.next.computeIfAbsent(cp, k -> new Branch());
            }
            node.ends = true;
        }
        StringBuilder out = new StringBuilder();
        root.write(out);
        return out.toString();
    }

    /** A place in {@link #alternation}'s tree: the letters that may follow, and whether a word may end here. */
    private static final class Branch {
        final TreeMap<Integer, Branch> next = new TreeMap<>();
        boolean ends;

        void write(StringBuilder out) {
            if (next.isEmpty()) {
                return;
            }
            boolean group = ends || next.size() > 1;
            out.append(group ? "(?:" : "");
            String or = "";
            for (Map.Entry<Integer, Branch> letter : next.entrySet()) {
                out.append(or).appendCodePoint(letter.getKey());
                letter.getValue().write(out);
                or = "|";
            }
            out.append(group ? ")" : "").append(ends ? "?" : "");
        }
    }

    private static String[] concat(String[]... lists) {
        return java.util.Arrays.stream(lists).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }

    private static final String MONTH = "(?<![\\p{L}])(" + alternation(MONTHS.keySet()) + ")(?![\\p{L}])\\.?";
    /** A four-digit year, possibly with a time glued to it ("201610:32", "20195:45"). */
    private static final String YEAR = "((?:19|20)\\d{2})(?:(?!\\d)|(?=\\d{1,2}:\\d{2}))";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /**
     * A month, a day, a time and maybe a zone before the year, as the Unix date writes it and mailing lists' archives
     * print it: "Mon Mar 10 16:02:11 EDT 2025" (always in English, the month in three letters).
     */
    private static final Pattern CTIME = Pattern.compile("(?<![\\p{L}])(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
            + "\\s+(\\d{1,2})\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s+[A-Z]{2,5}|\\s+[+-]\\d{4})?\\s+" + YEAR);
    private static final Pattern MDY = Pattern.compile(MONTH + "\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d),?\\s+(?:de\\s+)?" + YEAR,
            FLAGS);
    /**
     * A day, a month and a year: "4 March 2025", "4 de marzo de 2025", Maltese "17 ta' Lulju", Neapolitan "13 'e
     * settembre", Hausa "10 ga Maris",
     * Zapotec's and Mixtec's "month" before a Spanish month's name ("12 beeu mayo 2025", "22 yoo septiembre kuiya
     * 2025").
     */
    private static final Pattern DMY = Pattern.compile("(?<!\\d)(\\d{1,2})(?:(?:st|nd|rd|th|er|º|°|\\.)?\\s*"
            + "(?:de\\s+|of\\s+|d['’]|ta['’]\\s*|['’]e\\s+|ga\\s+|beeu\\s+|yoo\\s+|['‘’](?=\\p{L}))?"
            + MONTH + ",?\\s*(?:de\\s+|del\\s+|kuiya\\s+)?|-" + MONTH + "-)" + YEAR, FLAGS);
    /**
     * A day, a Thai or Lao month's name (full, or abbreviated with full stops: "ส.ค.") and a year, which Thai and Lao
     * pages count in the Buddhist era ("5 ส.ค. 2567": 5 August 2024, the era's year less 543) or in the common one.
     */
    private static final Pattern BUDDHIST = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*(" + buddhistMonths()
            + ")\\s*((?:25|19|20)\\d{2})(?!\\d)");
    private static final int BUDDHIST_ERA = 543;

    private static String buddhistMonths() {
        List<String> names = new ArrayList<>();
        for (String language : List.of("th", "lo")) {
            for (TextStyle style : new TextStyle[] {TextStyle.FULL,
                TextStyle.SHORT}) {
                for (Month month : Month.values()) {
                    String name = month.getDisplayName(style, Locale.forLanguageTag(language));
                    if (!name.chars().anyMatch(Character::isDigit) && !name.equals(month.name())) {
                        BUDDHIST_MONTHS.putIfAbsent(name, month.getValue());
                        names.add(Pattern.quote(name));
                    }
                }
            }
        }
        names.sort(Comparator.comparingInt(String::length).reversed());
        return names.isEmpty() ? "(?!)" : String.join("|", names);
    }

    private static LocalDate buddhist(Matcher m) {
        int year = Integer.parseInt(m.group(3));
        return at(String.valueOf(year >= 2400 ? year - BUDDHIST_ERA : year), BUDDHIST_MONTHS.get(m.group(2)), m.group(1));
    }

    /**
     * A day, a month of the Solar Hijri calendar and a year, as Iranian and Afghan pages date ("۱۸ بهمن ۱۴۰۲": 7
     * February 2024; "۱۲ عقرب ۱۴۰۳": 2 November 2024), its digits read as Western ones ({@link #westernDigits}). The
     * months by their Iranian names, the Afghan ones of the zodiac in Dari and the Afghan ones in Pashto.
     */
    private static final List<List<String>> JALALI_NAMES = List.of(
            List.of("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن",
                    "اسفند"),
            List.of("حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"),
            List.of("وری", "غویی", "غبرگولی", "چنگاښ", "زمری", "وږی", "تله", "لړم", "لیندۍ", "مرغومی", "سلواغه", "کب"));
    /** Each name of {@link #JALALI_NAMES} and its month's number. */
    private static final Map<String, Integer> JALALI_MONTHS = jalaliMonths();
    private static final Pattern JALALI = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*("
            + String.join("|", JALALI_MONTHS.keySet()) + ")\\s*(1[34]\\d{2})(?!\\d)");

    private static Map<String, Integer> jalaliMonths() {
        Map<String, Integer> months = new LinkedHashMap<>();
        JALALI_NAMES.forEach(names -> {
            for (int i = 0; i < names.size(); i++) {
                months.put(names.get(i), i + 1);
            }
        });
        return Collections.unmodifiableMap(months);
    }

    /** The years of the Solar Hijri calendar's 33-year cycles' breaks (the arithmetic of its leap years). */
    private static final int[] JALALI_BREAKS = {-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097,
        2192, 2262, 2324, 2394, 2456, 3178};

    /** The Gregorian date of a Solar Hijri one, or null outside the years this project reads (1900 to 2099). */
    private static LocalDate jalali(Matcher m) {
        int year = Integer.parseInt(m.group(3));
        int month = JALALI_MONTHS.get(m.group(2));
        int day = Integer.parseInt(m.group(1));
        if (day < 1 || day > (month <= 6 ? 31 : 30)) {
            return null;
        }
        LocalDate nowruz = nowruz(year);
        LocalDate date = nowruz.plusDays((month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1L);
        return date.getYear() < 1900 || date.getYear() > 2099 ? null : date;
    }

    /** The first day of a Solar Hijri year (Nowruz), in March of the Gregorian year 621 later. */
    static LocalDate nowruz(int year) {
        int leaps = -14;
        int previous = JALALI_BREAKS[0];
        int jump = 0;
        for (int i = 1; i < JALALI_BREAKS.length; i++) {
            jump = JALALI_BREAKS[i] - previous;
            if (year < JALALI_BREAKS[i]) {
                break;
            }
            leaps += jump / 33 * 8 + jump % 33 / 4;
            previous = JALALI_BREAKS[i];
        }
        int n = year - previous;
        leaps += n / 33 * 8 + (n % 33 + 3) / 4;
        if (jump % 33 == 4 && jump - n == 4) {
            leaps++;
        }
        int gregorian = year + 621;
        int gregorianLeaps = gregorian / 4 - (gregorian / 100 + 1) * 3 / 4 - 150;
        return LocalDate.of(gregorian, 3, 20 + leaps - gregorianLeaps);
    }

    /**
     * The text with the decimal digits of other scripts as Western ones, each in its place: Persian and Arabic-Indic
     * ("۱۴۰۲" as "1402"), Bengali ("২০২৫"), Devanagari, Thai and the rest of Unicode's decimal digits.
     */
    static String westernDigits(String text) {
        int first = 0;
        while (first < text.length() && !otherDigit(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text; // the common case: no digit of another script at all
        }
        char[] chars = text.toCharArray();
        for (int i = first; i < chars.length; i++) {
            if (otherDigit(chars[i])) {
                chars[i] = (char) ('0' + Character.digit(chars[i], 10));
            }
        }
        return new String(chars);
    }

    /** A decimal digit of a script other than the Latin (a character of the Basic Multilingual Plane). */
    private static boolean otherDigit(char c) {
        // the first decimal digits after the Latin ones are the Arabic-Indic, at U+0660
        return c >= '\u0660' && Character.isDigit(c);
    }

    private static boolean hasArabicScript(String text) {
        return hasCharBetween(text, '\u0600', '\u06FF');
    }

    /** Whether a character of the block from {@code low} to {@code high} stands in {@code text}. */
    private static boolean hasCharBetween(String text, char low, char high) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= low && c <= high) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern CJK = Pattern.compile("((?:19|20)\\d{2})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]");
    private static final Pattern YMD = Pattern.compile("(?<![\\d/.])((?:19|20)\\d{2})([-/.])(\\d{1,2})\\2(\\d{1,2})"
            + "(?:(?![\\d/])|(?=T\\d)|(?=\\d{1,2}:\\d{2}))");
    /** Year, month and day with a full stop and a space after each, as Korean and Hungarian write them: "2019. 3. 3.". */
    private static final Pattern YMD_SPACED = Pattern.compile("(?<![\\d/.])((?:19|20)\\d{2})\\.\\s(\\d{1,2})\\.\\s(\\d{1,2})\\.?(?!\\d)");
    /**
     * Year, month's name and day, the year with a full stop, as Hungarian writes them: "2025. február 11.", "2024.
     * márc. 3.".
     */
    private static final Pattern YEAR_NAMED = Pattern.compile("(?<![\\d/.])((?:19|20)\\d{2})\\.\\s" + MONTH
            + "\\s*(\\d{1,2})\\.?(?!\\d)", FLAGS);
    /** Day, month and year with a full stop and a space after the day and the month, as Czech and Slovak write them: "16. 11. 2022". */
    private static final Pattern DMY_SPACED = Pattern.compile("(?<![\\d/.])(\\d{1,2})\\.\\s(\\d{1,2})\\.\\s((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.:-])(\\d{1,2})([/.-])(\\d{1,2})\\2((?:19|20)\\d{2})"
            + "(?:(?![\\d/])|(?=\\d{1,2}:\\d{2}))");

    /**
     * A numeric date with a two-digit year (years 1950 to 2049), with slashes ("12/16/16"), with full stops, which
     * write the day first, both written with two digits ("18.02.25", as German, Russian or Hebrew pages do), or with
     * dashes, two digits each, with a time after it ("12-03-24, 06:00", as Dutch pages print it).
     */
    private static final Pattern SHORT_YEAR = Pattern.compile("(?<![\\d/.:-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{2})"
            + "(?![\\d/]|[.,]\\d)");

    /** A time right after a date with full stops and a two-digit year: "18.02.25, 09:14". */
    private static final Pattern DOTTED_TIME = Pattern.compile(",?\\s+\\d{1,2}:\\d{2}");
    /** A label right before such a date: "Publiziert: 18.02.25", "פורסם: 18.02.25". */
    private static final Pattern DOTTED_LABEL = Pattern.compile("[:：]\\s*$");

    private DateText() {
    }

    /**
     * The first date of {@code text} whose day and month are clear, its digits of any script read as Western ones, as
     * ISO text ("2025-03-03"); or {@code null}.
     */
    static String firstClearDate(String text) {
        return findAll(westernDigits(text), Order.UNKNOWN).stream().filter(found -> !found.ambiguous())
                .map(found -> found.date().toString()).findFirst().orElse(null);
    }

    /** The first date in {@code text}, ambiguous or not. */
    public static Optional<Found> find(String text, Order order) {
        List<Found> all = findAll(text, order);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * The matches of the day-first and numeric date patterns in {@code text}, as their scans find them
     * ({@code scanned}) or as a plain search does: the same, when the scans' tests of where a match may start rule
     * out no place where one does. For tests. (The month-first scan is left out: by design it does not start at a
     * word of ASCII letters that no digit follows, {@link #MONTH_FIRST_AT}.)
     */
    static List<String> matches(String text, boolean scanned) {
        List<String> all = new ArrayList<>();
        matches(all, "day first", DMY, DIGITS, DAY_FIRST_AT, text, scanned);
        matches(all, "numeric", NUMERIC, DIGITS, NUMERIC_AT, text, scanned);
        return all;
    }

    private static void matches(List<String> all, String kind, Pattern pattern, boolean[] opens, Start start,
            String text, boolean scanned) {
        Matcher m;
        java.util.function.BooleanSupplier next;
        if (scanned) {
            Scan scan = new Scan(pattern, text, opens, start);
            m = scan.matcher;
            next = scan::find;
        } else {
            m = pattern.matcher(text);
            next = m::find;
        }
        while (next.getAsBoolean()) {
            all.add(kind + " " + m.start() + " " + m.group());
        }
    }

    /** Every date in {@code text}, in order, none overlapping (a list that cannot be changed). */
    public static List<Found> findAll(String text, Order order) {
        return DATES.get(text, order.ordinal(), t -> Collections.unmodifiableList(scanAll(t, order)));
    }

    /**
     * The dates of the texts a thread read last: the head's stages ask for the dates of the same lines again and
     * again (four times each on average over a paste).
     */
    private static final LineMemo<List<Found>> DATES = new LineMemo<>(Order.values().length, 4096);

    private static List<Found> scanAll(String raw, Order order) {
        List<Found> found = new ArrayList<>();
        if (raw.length() < 6) {
            return found;
        }
        // Devanagari, Bengali or Arabic-Indic digits read as Western ones, each in its place ("१४ जुलाई २०२४"), so
        // every reader of a line's dates finds them, not only the date line's
        String text = westernDigits(raw);
        if (hasArabicScript(text)) {
            collect(found, JALALI.matcher(text), DateText::jalali, false);
        }
        if (!hasDigit(text)) {
            return found;
        }
        collect(found, new Scan(MDY, text, MONTH_OPENS, MONTH_FIRST_AT), m -> at(m.group(3), monthBeforeDay(m.group(1)), m.group(2)));
        collect(found, new Scan(DMY, text, DIGITS, DAY_FIRST_AT), m -> at(m.group(4), monthAfterDay(m), m.group(1)));
        collect(found, CJK.matcher(text), m -> at(m.group(1), Integer.parseInt(m.group(2)), m.group(3)), false);
        if (text.indexOf(':') >= 0) {
            collect(found, CTIME.matcher(text), m -> at(m.group(3), monthBeforeDay(m.group(1)), m.group(2)), false);
        }
        if (hasThaiOrLao(text)) {
            collect(found, BUDDHIST.matcher(text), DateText::buddhist, false);
        }
        collect(found, YMD.matcher(text), m -> at(m.group(1), Integer.parseInt(m.group(3)), m.group(4)), false);
        if (text.indexOf(". ") >= 0) {
            collect(found, YMD_SPACED.matcher(text), m -> at(m.group(1), Integer.parseInt(m.group(2)), m.group(3)), false);
            collect(found, DMY_SPACED.matcher(text), m -> at(m.group(3), Integer.parseInt(m.group(2)), m.group(1)), false);
            Matcher named = borrow(YEAR_NAMED, text);
            collect(found, named, m -> at(m.group(1), MONTHS.get(key(m.group(2))), m.group(3)), false);
            giveBack(YEAR_NAMED, named);
        }
        Matcher numeric = NUMERIC.matcher(text);
        while (numeric.find()) {
            int a = Integer.parseInt(numeric.group(1));
            int b = Integer.parseInt(numeric.group(3));
            LocalDate date = numeric(a, b, numeric.group(4), order);
            boolean possible = date != null || a <= 31 && b <= 31 && a >= 1 && b >= 1 && Math.min(a, b) <= 12;
            if (possible) {
                add(found, new Found(numeric.start(), numeric.end(), date, true));
            }
        }
        Matcher shortYear = SHORT_YEAR.matcher(text);
        while (shortYear.find()) {
            int a = Integer.parseInt(shortYear.group(1));
            int b = Integer.parseInt(shortYear.group(3));
            int yy = Integer.parseInt(shortYear.group(4));
            boolean dotted = shortYear.group(2).equals(".");
            boolean dashed = shortYear.group(2).equals("-");
            String year = String.valueOf(yy < 50 ? 2000 + yy : 1900 + yy);
            // with dashes, as with full stops, only with two digits each and a time after or a label before: "12-03-24,
            // 06:00" as Dutch pages print it (not a score or a code, "12-3-24")
            if ((dotted || dashed) && (shortYear.group(1).length() < 2 || shortYear.group(3).length() < 2
                    || !(DOTTED_TIME.matcher(text).region(shortYear.end(), text.length()).lookingAt()
                    || DOTTED_LABEL.matcher(text).region(0, shortYear.start()).find()))) {
                continue; // "2.3.19" or "Version: 2.3.19" is a version, "Siegerzeit: 2.08.15" a time: no date
            }
            LocalDate date = dotted ? (b <= 12 ? at(year, b, String.valueOf(a)) : null) : numeric(a, b, year, order);
            // with full stops, a date only as day first ("11.18.19" is no date)
            boolean possible = date != null || !dotted && a <= 31 && b <= 31 && a >= 1 && b >= 1 && Math.min(a, b) <= 12;
            if (possible) {
                add(found, new Found(shortYear.start(), shortYear.end(), date, true));
            }
        }
        if (found.isEmpty() && hasYear(text)) {
            // no known month's name: a day, a borrowed one ("12 Outubru 2024", "Novembala 3, 2025") and the year
            collect(found, BORROWED_DMY.matcher(text), m -> at(m.group(3), borrowed(m.group(2)), m.group(1)), false);
            collect(found, BORROWED_MDY.matcher(text), m -> at(m.group(3), borrowed(m.group(1)), m.group(2)), false);
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    /**
     * A day, a word that may be a month's name and a year: "12 Outubru 2024", "3 Novembala 2025"; maybe a short word
     * in lower case between the day and the month, "of" in the language ("23 di nuvembre 2024", "10 ga Maris, 2025").
     */
    private static final Pattern BORROWED_DMY = Pattern.compile("(?<![\\p{L}\\p{N}])(\\d{1,2})\\.?\\s+"
            + "(?:\\p{Ll}{1,3}\\s+)?(\\p{L}[\\p{L}\\p{M}]{3,20})\\.?,?\\s+(\\d{4})(?!\\d)");
    /** A word that may be a month's name, a day and a year: "Fepuari 11, 2025". */
    private static final Pattern BORROWED_MDY = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L}[\\p{L}\\p{M}]{3,20})\\s+"
            + "(\\d{1,2}),?\\s+(\\d{4})(?!\\d)");

    /** The month a borrowed name stands for ({@link BorrowedMonths}), or {@code null}. */
    private static Integer borrowed(String word) {
        int month = BorrowedMonths.month(word);
        if (month == 0 && word.contains("nm")) {
            // a vowel's nasal sound spelt with "n" before "m", as Seychellois Creole writes the months Mauritian
            // Creole spells without it: "Desanm", "Novanm" for "Desam", "Novam"
            month = month(NASAL_N.matcher(word).replaceAll(""));
        }
        return month == 0 ? null : month;
    }

    /** An "n" between a vowel and "m": a nasal vowel's sign ("Desanm"). */
    private static final Pattern NASAL_N = Pattern.compile("(?<=[aeiouAEIOU])n(?=m)");

    /** The month names known, in lower case, each with its month (1 to 12). */
    static Map<String, Integer> monthNames() {
        return java.util.Collections.unmodifiableMap(MONTHS);
    }

    /**
     * A numeric date and a time with an "h" between hours and minutes, "07/11/2023 05h00", "02/11/2023 à 08h15",
     * "10/02/2025 – 08 h 15", as French and Portuguese pages write them (not a duration, "1h30", "2h00:35", alone).
     */
    private static final Pattern H_TIME = Pattern.compile("(?<!\\d)\\d{1,2}/\\d{1,2}/\\d{2,4}(?:,?\\s+|\\s+[–-]\\s+)"
            + "(?:(?:à|às|a las)\\s+)?\\d{1,2} ?h ?\\d{2}(?![\\p{L}\\d:'’\"])");

    /** A weekday as Vietnamese writes it, "Thứ năm", "Chủ nhật": a Vietnamese page writes its dates day-first. */
    private static final Pattern VIETNAMESE_WEEKDAY = Pattern.compile("(?iu)\\b(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)\\b");

    /**
     * How the numeric dates of {@code text} put day and month, on evidence: a numeric date with a first part
     * above 12 (day-first) or a second part above 12 (month-first), when the text has only one kind; else dates
     * with dots ("19.07.2022"), a time written "08h15" after one or a Vietnamese weekday, or month names in a language other than English, which
     * write day-first; else month names written month-first ("June 21, 2014") or day-first ("21 June 2014") when
     * only one way occurs; else a numeric date with a time in an American zone (month-first, whatever the page's
     * language) or in the zone of a country that writes the day first ("19:46 IST", day-first), when only one of the
     * two stands; else the language of the text, when its function words are those of a language that writes the day
     * first ({@link #writtenDayFirst}); else {@link Order#UNKNOWN}.
     */
    /** How many numeric dates that read either way are kept to look for their named twins. */
    private static final int UNDECIDED_KEPT = 20;

    /**
     * The order in which the text's numeric dates that read either way ("Published: 04/09/2023") name a date the text
     * also writes with its month's name ("LAGOS, Nigeria, September 4, 2023"): the same date, written twice; else
     * {@link Order#UNKNOWN}, also when some read one way and some the other.
     */
    private static Order namedTwin(String text, List<int[]> undecided) {
        if (undecided.isEmpty()) {
            return Order.UNKNOWN;
        }
        java.util.Set<LocalDate> named = new java.util.HashSet<>();
        for (Found found : findAll(text, Order.UNKNOWN)) {
            if (!found.numeric() && found.date() != null) {
                named.add(found.date());
            }
        }
        int dayFirst = 0;
        int monthFirst = 0;
        for (int[] date : undecided) {
            dayFirst += named.contains(LocalDate.of(date[2], date[1], date[0])) ? 1 : 0;
            monthFirst += named.contains(LocalDate.of(date[2], date[0], date[1])) ? 1 : 0;
        }
        return dayFirst > 0 == monthFirst > 0 ? Order.UNKNOWN : dayFirst > 0 ? Order.DAY_FIRST : Order.MONTH_FIRST;
    }

    public static Order orderIn(String text) {
        int dayFirst = 0;
        int monthFirst = 0;
        int dotted = 0;
        boolean americanZone = false;
        boolean dayFirstZone = false;
        Scan dates = new Scan(NUMERIC, text, DIGITS, NUMERIC_AT);
        Matcher numeric = dates.matcher;
        Matcher zone = US_ZONE_AFTER.matcher(text);
        Matcher dayZone = DAY_FIRST_ZONE_AFTER.matcher(text);
        Matcher afternoon = AFTERNOON_ON_24_HOURS.matcher(text);
        List<int[]> undecided = new ArrayList<>(); // day, month and year each way: "04/09/2023"
        while (dates.find()) {
            int a = Integer.parseInt(numeric.group(1));
            int b = Integer.parseInt(numeric.group(3));
            if (a != b && a >= 1 && b >= 1 && a <= 12 && b <= 12 && undecided.size() < UNDECIDED_KEPT) {
                undecided.add(new int[] {a, b, Integer.parseInt(numeric.group(4))});
            }
            dayFirst += a > 12 && b <= 12 ? 1 : 0;
            monthFirst += b > 12 && a <= 12 ? 1 : 0;
            dotted += numeric.group(2).equals(".") ? 1 : 0;
            americanZone |= numeric.group(2).equals("/")
                    && zone.region(numeric.end(), Math.min(text.length(), numeric.end() + 30)).lookingAt();
            dayFirstZone |= dayZone.region(numeric.end(), Math.min(text.length(), numeric.end() + 30)).lookingAt()
                    || afternoon.region(numeric.end(), Math.min(text.length(), numeric.end() + 30)).lookingAt();
        }
        if (dayFirst > 0 != monthFirst > 0) {
            return dayFirst > 0 ? Order.DAY_FIRST : Order.MONTH_FIRST;
        }
        if (dayFirst > 0) {
            return Order.UNKNOWN; // both kinds: the text contradicts itself
        }
        Order named = namedTwin(text, undecided);
        if (named != Order.UNKNOWN) {
            return named;
        }
        if (!undecided.isEmpty() && LAKH.matcher(text).find()) {
            return Order.DAY_FIRST; // a South Asian page, which may name its dates month first ("October 10") too
        }
        if (dotted > 0 || hasHourMark(text) && H_TIME.matcher(text).find()
                || hasVietnameseWeekdayLetter(text) && VIETNAMESE_WEEKDAY.matcher(text).find()) {
            // dates with dots, or with a time written "08h15" (French, Portuguese), or a Vietnamese weekday
            return Order.DAY_FIRST;
        }
        int namedDayFirst = 0;
        int namedMonthFirst = 0;
        Scan dmy = new Scan(DMY, text, DIGITS, DAY_FIRST_AT);
        while (dmy.find()) {
            String name = dmy.matcher.group(2) != null ? dmy.matcher.group(2) : dmy.matcher.group(3);
            if (FOREIGN.containsKey(key(name))) {
                return Order.DAY_FIRST;
            }
            namedDayFirst++;
        }
        Scan mdy = new Scan(MDY, text, MONTH_OPENS, MONTH_FIRST_AT);
        while (mdy.find()) {
            if (monthBeforeDay(mdy.matcher.group(1)) != null) {
                namedMonthFirst++; // one is enough to tell
                break;
            }
        }
        if (namedDayFirst > 0 != namedMonthFirst > 0) {
            return namedDayFirst > 0 ? Order.DAY_FIRST : Order.MONTH_FIRST;
        }
        if (americanZone != dayFirstZone) {
            // "Publicado: 03/10/2024 05:42 PM ET": an American site, whatever its language; "Updated: 12-02-2025
            // 19:46 IST": a site in a country that writes the day first
            return americanZone ? Order.MONTH_FIRST : Order.DAY_FIRST;
        }
        if (!undecided.isEmpty()) {
            // a weekday before a day and a month without a year, as one side of the Atlantic writes it: "Friday,
            // October 6" (month first), "Friday 6 October" (day first); only when one way stands
            boolean monthDay = WEEKDAY_MONTH_DAY.matcher(text).find();
            boolean dayMonth = WEEKDAY_DAY_MONTH.matcher(text).find();
            if (monthDay != dayMonth) {
                return monthDay ? Order.MONTH_FIRST : Order.DAY_FIRST;
            }
        }
        return writtenDayFirst(text) || britishSpelling(text) || !undecided.isEmpty() && notEnglish(text)
                ? Order.DAY_FIRST : Order.UNKNOWN;
    }

    /**
     * A number grouped in lakhs, as South Asia writes it ("Visitor Count: 1,48,275", "₹2,50,000"): the pages of
     * India, Pakistan, Bangladesh, Nepal and Sri Lanka write numeric dates day first, though their English may name a
     * date month first ("from October 10"); no other grouping puts two digits between commas.
     */
    private static final Pattern LAKH = Pattern.compile("(?<![\\d,.])\\d{1,2},\\d{2},\\d{3}(?![\\d,]\\d)");

    /** An English weekday's name, then a comma maybe. */
    private static final String ENGLISH_WEEKDAY = "\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+";
    /** An English month's full name. */
    private static final String ENGLISH_MONTH = "(?:january|february|march|april|may|june|july|august|september|"
            + "october|november|december)";
    /** A weekday, a month and a day, no year after them: "Friday, October 6". */
    private static final Pattern WEEKDAY_MONTH_DAY = Pattern.compile("(?i)" + ENGLISH_WEEKDAY + ENGLISH_MONTH
            + "\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})");
    /** A weekday, a day and a month, no year after them: "Friday 6 October". */
    private static final Pattern WEEKDAY_DAY_MONTH = Pattern.compile("(?i)" + ENGLISH_WEEKDAY
            + "\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + ENGLISH_MONTH + "\\b(?!,?\\s*\\d{4})");

    /** Where a numeric date may start ({@link #NUMERIC}): a digit after none of the characters it may not follow. */
    private static final Start NUMERIC_AT = (text, at) -> isDigit(text.charAt(at))
            && (at == 0 || "0123456789/.:-".indexOf(text.charAt(at - 1)) < 0);

    /**
     * Whether a time written with an "h" between a digit and two more ("08h15") stands in {@code text}: without one,
     * {@link #H_TIME} cannot match, and this is found far more cheaply than the pattern's search.
     */
    private static boolean hasHourMark(String text) {
        for (int h = text.indexOf('h', 1); h >= 0 && h + 2 < text.length(); h = text.indexOf('h', h + 1)) {
            // "08h15", or with spaces around the "h" as West Africa's French pages print it ("08 h 15")
            int before = text.charAt(h - 1) == ' ' && h >= 2 ? h - 2 : h - 1;
            int after = text.charAt(h + 1) == ' ' ? h + 2 : h + 1;
            if (isDigit(text.charAt(before)) && after + 1 < text.length() && isDigit(text.charAt(after))
                    && isDigit(text.charAt(after + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text} holds a letter that {@link #VIETNAMESE_WEEKDAY} needs ("ứ" of "thứ", "ủ" of "chủ", in
     * either case): without one the pattern cannot match, and this is found far more cheaply than its search.
     */
    private static boolean hasVietnameseWeekdayLetter(String text) {
        return text.indexOf('\u1EE9') >= 0 || text.indexOf('\u1EE8') >= 0 || text.indexOf('\u1EE7') >= 0
                || text.indexOf('\u1EE6') >= 0;
    }

    /** A time right after a date, "9:15 AM ", "at 19:46 ", its zone to follow; %s is the mark between the parts. */
    private static final String TIME_BEFORE_ZONE = "\\s*,?\\s*(?:at\\s+)?\\d{1,2}%s\\d{2}\\s*"
            + "(?:(?i:[ap]\\.?m\\.?)\\s*)?";

    /** A time in an American time zone right after a numeric date: "04/05/2024 9:15 AM CT". */
    private static final Pattern US_ZONE_AFTER = Pattern.compile(String.format(TIME_BEFORE_ZONE, ":")
            + "(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|AKST|AKDT|HST)\\b");

    /**
     * A time in the zone of a country that writes the day first, after a numeric date: "12-02-2025 19:46 IST" (India,
     * Ireland, Israel), "AEST", "SAST", "CEST"; not a zone some countries share with month-first writers ("AST").
     */
    private static final Pattern DAY_FIRST_ZONE_AFTER = Pattern.compile(String.format(TIME_BEFORE_ZONE, "[:.]")
            + "(?:IST|PKT|NPT|BST|AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT|SAST|WAT|CAT|EAT|CET|CEST|EET|EEST|WET|WEST|MSK|"
            + "SGT|HKT|MYT|WIB|WITA|WIT)\\b");

    /**
     * An afternoon's or evening's hour on the 24-hour clock right after a numeric date, no "am" or "pm" after it:
     * "06/11/2024 · 14:20", "12/06/2024, 18.05". Sites that write the month first print a time of day on the
     * 12-hour clock; those that print one past noon on the 24-hour clock write the day first.
     */
    private static final Pattern AFTERNOON_ON_24_HOURS = Pattern.compile("\\s*[,·|•–-]?\\s*(?:1[3-9]|2[0-3])"
            + "[:.h][0-5]\\d(?!\\d|\\s*(?i:[ap]\\.?m))");

    /**
     * Function words of the European languages whose month names this class reads, none an English word (not "die",
     * "was", "to", "on", "by", "for", "at", "her", which are words of both): every one of these languages writes
     * a numeric date day first ("10/03/2024" is 10 March in an Italian or a Danish paste).
     */
    private static final Set<String> DAY_FIRST_WORDS = Set.of("der", "und", "das", "ist", "nicht",
            "mit", "sich", "auf", "ein", "eine", "dem", "des", "den", "le", "les", "et", "est", "une", "pour", "dans",
            "qui", "sur", "pas", "du", "au", "aux", "el", "los", "las", "del", "que", "por", "una", "para", "con", "es",
            "y", "não", "uma", "os", "dos", "em", "com", "ao", "il", "della", "che", "di", "gli", "nel", "alla",
            "sono", "anche", "het", "een", "van", "niet", "zijn", "ook", "voor", "op", "wordt", "og", "ikke", "det",
            "er", "til", "af", "på", "som", "med", "och", "att", "inte", "är", "för", "się", "nie", "jest", "że", "na",
            "w", "z", "oraz", "se", "je", "jsou", "který", "také", "ve", "bir", "bu", "için", "ile", "olarak", "çok",
            "de", "en", "da", "la", "un");
    /** English function words, none a word of those languages. */
    private static final Set<String> ENGLISH_WORDS = Set.of("the", "and", "of", "that", "with",
            "are", "it", "this", "be", "have", "from", "which", "has", "were", "would", "their", "they", "he", "she",
            "his", "but", "not", "or", "been", "will");

    /** How much of a text its language is read from: a paste's head and first paragraphs. */
    private static final int LANGUAGE_CHARS = 8_000;

    /**
     * Whether {@code text} is written in a language that puts the day first in a numeric date, read from its first
     * {@value #LANGUAGE_CHARS} characters: its function words are those of one of the European languages above, at
     * least 30 of them and four times as many as English ones. English itself says nothing (British pages write the
     * day first, American ones the month).
     */
    static boolean writtenDayFirst(String text) {
        int[] counts = new int[2]; // other, English
        eachWord(text, false, 7, word -> {
            counts[0] += word != null && DAY_FIRST_WORDS.contains(word) ? 1 : 0;
            counts[1] += word != null && ENGLISH_WORDS.contains(word) ? 1 : 0;
        });
        return counts[0] >= 30 && counts[0] >= 4 * counts[1];
    }

    /**
     * Each word of the first {@value #LANGUAGE_CHARS} characters of {@code text}, in order: a run of letters (with
     * {@code marks}, of letters and vowel signs, "पहले"), given in lower case when it is at most {@code longest}
     * characters long, else as {@code null}.
     */
    private static void eachWord(String text, boolean marks, int longest,
            java.util.function.Consumer<String> word) {
        int n = Math.min(text.length(), LANGUAGE_CHARS);
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetter(text.charAt(i)) || marks
                    && (Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK
                    || Character.getType(text.charAt(i)) == Character.COMBINING_SPACING_MARK))) {
                i++;
            }
            if (i > start) {
                word.accept(i - start <= longest ? text.substring(start, i).toLowerCase(Locale.ROOT) : null);
            }
        }
    }

    /** The fewest words {@link #notEnglish} reads a text's language from. */
    private static final int LANGUAGE_WORDS = 150;
    /** At most one word in this many of a text in another language is one of {@link #ENGLISH_WORDS}. */
    private static final int ENGLISH_SHARE = 50;

    /**
     * Whether {@code text} is in a language other than English, read from its first {@value #LANGUAGE_CHARS}
     * characters: {@value #LANGUAGE_WORDS} words or more, under one in {@value #ENGLISH_SHARE} of them an English
     * function word (a fifth or more of an English text's words are). Outside the United States and the few countries
     * that follow its usage, a numeric date puts the day first: a page in Purépecha, Ateso or Saraiki writes it so, as
     * the languages of {@link #writtenDayFirst} do, though no list could name all their words. Not a page in a
     * language of the Philippines, which writes the month first: one word in {@value #PHILIPPINE_SHARE} or more is one
     * of {@link #PHILIPPINE_WORDS}. A page in a language of Liberia, which also writes the month first, is read
     * day-first: no word tells it.
     */
    static boolean notEnglish(String text) {
        int[] counts = new int[3]; // words, English, Philippine
        eachWord(text, true, 6, word -> {
            counts[0]++;
            counts[1] += word != null && ENGLISH_WORDS.contains(word) ? 1 : 0;
            counts[2] += word != null && PHILIPPINE_WORDS.contains(word) ? 1 : 0;
        });
        return counts[0] >= LANGUAGE_WORDS && counts[1] * ENGLISH_SHARE < counts[0]
                && counts[2] * PHILIPPINE_SHARE < counts[0];
    }

    /**
     * Function words of the languages of the Philippines, none of English: Tagalog's, Cebuano's, Hiligaynon's and
     * Bikol's "ng", "mga", "ang", Kapampangan's "ning", "king", "kareng", Ilocano's "dagiti", "iti".
     */
    private static final Set<String> PHILIPPINE_WORDS = Set.of("ng", "mga", "ang", "ning", "king", "kareng", "dagiti",
            "iti");
    /** One word in this many of a text in a language of the Philippines is one of {@link #PHILIPPINE_WORDS}. */
    private static final int PHILIPPINE_SHARE = 40;

    /** Words spelt as British, Irish, Australian, New Zealand, Indian and South African English spell them. */
    private static final Set<String> BRITISH_WORDS = Set.of("colour", "colours", "coloured", "favour", "favourite",
            "favourites", "neighbour", "neighbours", "neighbourhood", "labour", "honour", "behaviour", "harbour",
            "humour", "rumour", "rumours", "flavour", "centre", "centres", "metre", "metres", "kilometres", "litres",
            "programme", "programmes", "organise", "organised", "organising", "organisation", "organisations",
            "recognise", "recognised", "realise", "realised", "apologise", "criticise", "criticised", "analyse",
            "analysed", "defence", "offence", "travelled", "travelling", "cancelled", "modelling", "modeller",
            "labelled", "fuelled", "jewellery", "whilst", "amongst", "tyre", "tyres", "kerb", "cheque", "catalogue",
            "licence");
    /** The same words as American English spells them, and Canadian English spells some of them. */
    private static final Set<String> AMERICAN_WORDS = Set.of("color", "colors", "colored", "favor", "favorite",
            "favorites", "neighbor", "neighbors", "neighborhood", "labor", "honor", "behavior", "harbor", "humor",
            "rumor", "rumors", "flavor", "center", "centers", "meter", "meters", "kilometers", "liters", "program",
            "programs", "organize", "organized", "organizing", "organization", "organizations", "recognize",
            "recognized", "realize", "realized", "apologize", "criticize", "criticized", "analyze", "analyzed",
            "defense", "offense", "traveled", "traveling", "canceled", "modeling", "modeler", "labeled", "fueled",
            "jewelry", "catalog");
    /** How much of a text its spelling is read from. */
    private static final int SPELLING_CHARS = 20_000;
    /** How many British spellings ({@link #BRITISH_WORDS}, "per cent") say that an English text puts the day first. */
    private static final int BRITISH_SPELLINGS = 2;

    /**
     * Whether the full stop at {@code stop} stands in a time of day between the hour and the minutes, "am" or "pm"
     * after it: "6.30pm", "7.15 a.m.", as English outside North America writes it (American English writes "6:30
     * p.m."); read by hand, as only a full stop between digits can start one.
     */
    private static boolean stoppedTime(String text, int stop) {
        int hourStart = stop - 1;
        while (hourStart > 0 && stop - hourStart < 2 && isDigit(text.charAt(hourStart - 1))) {
            hourStart--;
        }
        if (stop < 1 || !isDigit(text.charAt(stop - 1)) || stop + 4 >= text.length()
                || hourStart > 0 && ".:0123456789".indexOf(text.charAt(hourStart - 1)) >= 0 // "1.6.30pm", "112.30pm"
                || !isDigit(text.charAt(stop + 1)) || !isDigit(text.charAt(stop + 2))) {
            return false;
        }
        int hour = Integer.parseInt(text.substring(hourStart, stop));
        int at = stop + 3;
        at += text.charAt(at) == ' ' ? 1 : 0;
        if (hour < 1 || hour > 12 || text.charAt(stop + 1) > '5' || at + 1 >= text.length()
                || "aApP".indexOf(text.charAt(at)) < 0) {
            return false;
        }
        int end = text.startsWith(".m.", at + 1) || text.startsWith(".M.", at + 1) ? at + 4
                : "mM".indexOf(text.charAt(at + 1)) >= 0 ? at + 2 : -1;
        return end > 0 && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    /**
     * Whether {@code text}, read in its first {@value #SPELLING_CHARS} characters, spells as English outside North
     * America does ("centre", "organisation", "per cent", "£", a time written "6.30pm"; each use counts; and as no
     * American page measures, "4 km", "14°C"; or counts in euros or rupees, "€48,500", "₹74,850", as pages of
     * countries that write the day first do),
     * {@value #BRITISH_SPELLINGS} times or more, and never as American English does ("center", "organization"): such a
     * page writes the day first.
     */
    static boolean britishSpelling(String text) {
        int n = Math.min(text.length(), SPELLING_CHARS);
        int british = 0;
        int i = 0;
        boolean per = false;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '£' || c == '€' || c == '₹' || c == '.' && stoppedTime(text, i)
                    || c == '°' && i + 1 < n && text.charAt(i + 1) == 'C') {
                british++;
                i++;
                continue;
            }
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i - start == 2 && text.startsWith("km", start) && afterNumber(text, start)) {
                british++; // "4 km": a distance in kilometres, as no American page measures one
            }
            if (i - start < 3 || i - start > 13) {
                per = false;
                continue;
            }
            String word = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (AMERICAN_WORDS.contains(word) || word.equals("percent")) {
                return false;
            }
            british += BRITISH_WORDS.contains(word) || per && word.equals("cent") ? 1 : 0;
            per = word.equals("per");
        }
        return british >= BRITISH_SPELLINGS;
    }

    /** Whether a number stands right before {@code at}, maybe a space between: "4 km", "12km". */
    private static boolean afterNumber(String text, int at) {
        int before = at > 0 && text.charAt(at - 1) == ' ' ? at - 2 : at - 1;
        return before >= 0 && isDigit(text.charAt(before));
    }

    /**
     * Whether a word is a weekday's full name in English or one of the languages whose month names the JDK's locale
     * data gives here ("Jumapili", "srijeda", "Τετάρτη"), in any case.
     */
    static boolean isWeekday(String word) {
        return WEEKDAYS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The month of a day-first match, or {@code null}: an abbreviation of the locale data after an English ordinal
     * is none ("Kindle 11th Gen 2022": Italian "gen" is January, but no Italian date says "11th").
     */
    private static Integer monthAfterDay(Matcher m) {
        int name = m.group(2) != null ? 2 : 3;
        String key = key(m.group(name));
        if (DAY_FIRST_ONLY.contains(key)) {
            String between = m.group().substring(m.end(1) - m.start(), m.start(name) - m.start()).strip();
            if (between.regionMatches(true, 0, "st", 0, 2) || between.regionMatches(true, 0, "nd", 0, 2)
                    || between.regionMatches(true, 0, "rd", 0, 2) || between.regionMatches(true, 0, "th", 0, 2)) {
                return null;
            }
        }
        return MONTHS.get(key);
    }

    /** The month a name before a day stands for, or {@code null} (no month, or one read only after a day). */
    private static Integer monthBeforeDay(String name) {
        String key = key(name);
        return DAY_FIRST_ONLY.contains(key) ? null : MONTHS.get(key);
    }

    /** The month a name stands for (any of the languages), or 0. */
    static int month(String name) {
        Integer m = MONTHS.get(key(name));
        return m == null ? 0 : m;
    }

    private static LocalDate numeric(int a, int b, String year, Order order) {
        if (a > 12 && b > 12) {
            return null;
        }
        if (a > 12 || a == b) {
            return at(year, b, String.valueOf(a));
        }
        if (b > 12) {
            return at(year, a, String.valueOf(b));
        }
        return switch (order) {
            case DAY_FIRST -> at(year, b, String.valueOf(a));
            case MONTH_FIRST -> at(year, a, String.valueOf(b));
            case UNKNOWN -> null;
        };
    }

    private interface Reader {
        LocalDate read(Matcher m);
    }

    private static void collect(List<Found> found, Matcher m, Reader reader, boolean numeric) {
        while (m.find()) {
            LocalDate date = reader.read(m);
            if (date != null) {
                add(found, new Found(m.start(), m.end(), date, numeric));
            }
        }
    }

    private static void collect(List<Found> found, Scan scan, Reader reader) {
        while (scan.find()) {
            LocalDate date = reader.read(scan.matcher);
            if (date != null) {
                add(found, new Found(scan.matcher.start(), scan.matcher.end(), date, false));
            }
        }
    }


    /** Where a match of a pattern may start: a cheap test that never rules out a place where it matches. */
    private interface Start {
        boolean possible(String text, int at);
    }

    /** Whether a month's name begins with a character, lower case, of any script. */
    private static final boolean[] MONTH_INITIALS = initials();

    /** The characters (of the Basic Multilingual Plane) a match of {@link #DMY} or {@link #NUMERIC} begins with. */
    private static final boolean[] DIGITS = opening(c -> isDigit((char) c));
    /** The characters {@link #MONTH_FIRST_AT} lets a match of {@link #MDY} begin with. */
    private static final boolean[] MONTH_OPENS = opening(c -> MONTH_INITIALS[Character.toLowerCase((char) c)]
            || c >= 0x80 && caseFormIsAscii(c));

    private static boolean[] opening(java.util.function.IntPredicate opens) {
        boolean[] table = new boolean[Character.MAX_VALUE + 1];
        for (int c = 0; c < table.length; c++) {
            table[c] = opens.test(c);
        }
        return table;
    }

    /** Whether a character beyond ASCII has an ASCII letter among its case forms (as "ſ" has "s"). */
    private static boolean caseFormIsAscii(int code) {
        char c = (char) code;
        return Character.toLowerCase(Character.toUpperCase(c)) < 0x80 || Character.toLowerCase(c) < 0x80
                || Character.toUpperCase(c) < 0x80;
    }

    /**
     * {@link #DMY} starts with a day: one or two ASCII digits after no digit, then a letter (a suffix such as "st",
     * "de", "of" or the month), a space, a full stop, "º" or "°": a number followed by anything else (a time, a
     * dash, a comma, a per cent sign) never starts one.
     */
    private static final Start DAY_FIRST_AT = (text, at) -> {
        if (!isDigit(text.charAt(at)) || at > 0 && isDigit(text.charAt(at - 1))) {
            return false;
        }
        int end = at + 1 < text.length() && isDigit(text.charAt(at + 1)) ? at + 2 : at + 1;
        if (end >= text.length()) {
            return false;
        }
        char next = text.charAt(end);
        if (next == '-') {
            return end + 1 < text.length() && Character.isLetter(text.charAt(end + 1)) && monthInitial(text, end + 1);
        }
        if (!(Character.isLetter(next) || isSpace(next) || next == '.' || next == 'º' || next == '°')) {
            return false;
        }
        // where the month may begin: right after the day, or after its suffix ("3rd", "3.", "1er"); then after
        // spaces, and after "de" or "of" and spaces
        int suffix = end + suffixLength(text, end);
        return monthAfterSpaces(text, end) || suffix > end && monthAfterSpaces(text, suffix);
    };

    /** The length of a day's suffix at {@code at} ("st", "nd", "rd", "th", "er", "º", "°", "."), or 0. */
    private static int suffixLength(String text, int at) {
        char c = text.charAt(at);
        if (c == '.' || c == 'º' || c == '°') {
            return 1;
        }
        if (at + 1 >= text.length()) {
            return 0;
        }
        String two = text.substring(at, at + 2).toLowerCase(Locale.ROOT);
        return two.equals("st") || two.equals("nd") || two.equals("rd") || two.equals("th") || two.equals("er") ? 2 : 0;
    }

    /**
     * Whether a month's name may begin at {@code at} after spaces, after spaces and "d'" or a glottal stop's
     * apostrophe, or after spaces, "de" or "of" and spaces.
     */
    private static boolean monthAfterSpaces(String text, int at) {
        int i = at;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        if (monthInitial(text, i)) {
            return true;
        }
        if (i + 1 < text.length() && "'‘’".indexOf(text.charAt(i)) >= 0 && monthInitial(text, i + 1)) {
            return true; // a glottal stop before the name: Rarotongan "23 'Aukute 2024"
        }
        if (i + 2 < text.length() && (text.charAt(i) == 'd' || text.charAt(i) == 'D')
                && (text.charAt(i + 1) == '\'' || text.charAt(i + 1) == '’') && monthInitial(text, i + 2)) {
            return true; // "9 d'agost de 2024"
        }
        if (i + 3 < text.length() && text.regionMatches(true, i, "ta", 0, 2)
                && (text.charAt(i + 2) == '\'' || text.charAt(i + 2) == '’')) {
            return monthAfterSpaces(text, i + 3); // Maltese "17 ta' Lulju 2024"
        }
        if (i + 3 < text.length() && (text.charAt(i) == '\'' || text.charAt(i) == '’')
                && (text.charAt(i + 1) == 'e' || text.charAt(i + 1) == 'E') && isSpace(text.charAt(i + 2))) {
            return monthAfterSpaces(text, i + 3); // Neapolitan "13 'e settembre 2024"
        }
        int end = i;
        while (end < text.length() && end - i <= 4 && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end < text.length() && isSpace(text.charAt(end))
                && DAY_MONTH_WORDS.contains(text.substring(i, end).toLowerCase(Locale.ROOT))) {
            int j = end;
            while (j < text.length() && isSpace(text.charAt(j))) {
                j++;
            }
            return j < text.length() && monthInitial(text, j);
        }
        return false;
    }

    /** Words {@link #DMY} reads between a day and its month: "de", "of", Hausa "ga", Zapotec "beeu", Mixtec "yoo". */
    private static final Set<String> DAY_MONTH_WORDS = Set.of("de", "of", "ga", "beeu", "yoo");

    /**
     * Whether a month's name may begin with the character at {@code at}: an ASCII letter that begins one, or any
     * character beyond ASCII (left to the pattern, whose case-insensitive matching knows their case forms).
     */
    private static boolean monthInitial(String text, int at) {
        char c = text.charAt(at);
        if (!(c >= 0x80 || MONTH_OPENS[c])) {
            return false;
        }
        if (at + 1 >= text.length() || Character.isSurrogate(c) || Character.isSurrogate(text.charAt(at + 1))) {
            return true; // a letter beyond the Basic Multilingual Plane is left to the pattern
        }
        int first = fold(c);
        return MONTH_OPENINGS.contains(first << 16 | fold(text.charAt(at + 1))) || ONE_LETTER_MONTHS.contains(first);
    }

    /**
     * A character as the month patterns' case-insensitive matching compares it (its upper case's lower case): two
     * characters match when their folds are equal.
     */
    private static int fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * The first two characters of every month name, folded ({@link #fold}), as one number each: a day's month begins
     * with one of these, which rules out most numbers followed by a word ("5 people", "10 minutes") before the
     * pattern's alternation of the names is tried.
     */
    private static final Set<Integer> MONTH_OPENINGS = monthOpenings(false);
    /** The folded letter of any month name of one letter (none today), which may be followed by anything. */
    private static final Set<Integer> ONE_LETTER_MONTHS = monthOpenings(true);

    private static Set<Integer> monthOpenings(boolean oneLetter) {
        Set<Integer> openings = new java.util.HashSet<>();
        for (String name : MONTHS.keySet()) {
            if (name.length() == 1 && oneLetter) {
                openings.add(fold(name.charAt(0)));
            } else if (name.length() > 1 && !oneLetter) {
                openings.add(fold(name.charAt(0)) << 16 | fold(name.charAt(1)));
            }
        }
        return Set.copyOf(openings);
    }

    /**
     * {@link #MDY} starts with a month name, after no letter: the name's first letter, then (when the word is ASCII
     * letters only) the word's end, an optional full stop, spaces and a digit. Any other character than an ASCII
     * one is left to the pattern when a month's name begins with it, whatever the script ("জুলাই ২২, ২০২৪"), or its
     * case forms include an ASCII letter (as "ſ" matches "s").
     */
    private static final Start MONTH_FIRST_AT = (text, at) -> {
        char c = text.charAt(at);
        if (c >= 0x80) {
            return MONTH_OPENS[c];
        }
        if (!MONTH_OPENS[c] || at > 0 && isAsciiLetter(text.charAt(at - 1))) {
            return false;
        }
        int i = at + 1;
        int n = text.length();
        while (i < n && isAsciiLetter(text.charAt(i))) {
            i++;
        }
        if (i < n && text.charAt(i) >= 0x80) {
            return true;
        }
        if (i < n && text.charAt(i) == '.') {
            i++;
        }
        while (i < n && isSpace(text.charAt(i))) {
            i++;
        }
        return i < n && isDigit(text.charAt(i));
    };

    private static boolean[] initials() {
        boolean[] initials = new boolean[Character.MAX_VALUE + 1];
        for (String name : MONTHS.keySet()) {
            initials[name.charAt(0)] = true; // any script's: "জুলাই ২২, ২০২৪" is written month first too
        }
        return initials;
    }

    /**
     * The successive matches of a pattern in a text, the very ones {@link Matcher#find()} gives, but the pattern
     * is tried only where {@link Start} allows: in a long text, most places are ruled out far more cheaply than
     * the pattern's case-insensitive alternation of month names can.
     */
    private static final class Scan {
        final Matcher matcher;
        private final String text;
        private final Start start;
        private int from;

        private final Pattern pattern;
        private boolean done;
        /** The characters a match may begin with: only where one stands is {@link #start} asked. */
        private final boolean[] opens;

        Scan(Pattern pattern, String text, boolean[] opens, Start start) {
            this.pattern = pattern;
            this.opens = opens;
            this.matcher = borrow(pattern, text).useTransparentBounds(true).useAnchoringBounds(false);
            this.text = text;
            this.start = start;
        }

        /** The next match; at the end, the matcher goes back for the thread's next scan with the same pattern. */
        boolean find() {
            int n = text.length();
            for (int at = from; at < n; at++) {
                if (opens[text.charAt(at)] && start.possible(text, at)) {
                    matcher.region(at, n);
                    if (matcher.lookingAt()) {
                        from = Math.max(matcher.end(), at + 1);
                        return true;
                    }
                }
            }
            if (!done) {
                done = true;
                giveBack(pattern, matcher);
            }
            from = n;
            return false;
        }
    }

    /**
     * Each thread's matchers of the patterns that name months, free for its next scan. Such a pattern's tree of names
     * has hundreds of groups, and a new matcher allocates room for each: made anew for every line a paste's head is
     * read in, that cost more than the matching. A matcher is taken from here and put back when its scan ends (one
     * left unfinished is not put back, so that none is ever shared), holding no text.
     */
    private static final ThreadLocal<IdentityHashMap<Pattern, Matcher>> FREE =
            ThreadLocal.withInitial(IdentityHashMap::new);

    private static Matcher borrow(Pattern pattern, String text) {
        Matcher free = FREE.get().remove(pattern);
        return free == null ? pattern.matcher(text) : free.reset(text);
    }

    private static void giveBack(Pattern pattern, Matcher matcher) {
        FREE.get().put(pattern, matcher.reset(""));
    }

    private static boolean hasThaiOrLao(String text) {
        return hasCharBetween(text, '\u0E00', '\u0EFF');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** What {@code \s} matches without {@link Pattern#UNICODE_CHARACTER_CLASS}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static void add(List<Found> found, Found candidate) {
        for (Found f : found) {
            if (candidate.start() < f.end() && f.start() < candidate.end()) {
                return;
            }
        }
        found.add(candidate);
    }

    private static LocalDate at(String year, Integer month, String day) {
        if (month == null) {
            return null;
        }
        try {
            int y = Integer.parseInt(year);
            return y < 1900 || y > 2099 ? null : LocalDate.of(y, month, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String key(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace(".", "");
        return MONTHS.containsKey(lower) ? lower
                : Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /**
     * Whether the text may hold a four-digit year of {@link #YEAR} or of the Buddhist era ({@link #BUDDHIST}): "19",
     * "20" or "25" and two more digits. Every
     * date but a numeric one with a two-digit year ("12/16/16") has one, so without it {@link #findAll} finds
     * no date that names its month.
     */
    public static boolean hasYear(String text) {
        for (int i = 0; i + 3 < text.length(); i++) {
            char c = text.charAt(i);
            char d = text.charAt(i + 1);
            if ((c == '1' && d == '9' || c == '2' && (d == '0' || d == '5')) && isDigit(text.charAt(i + 2))
                    && isDigit(text.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text has an ASCII digit. */
    public static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
