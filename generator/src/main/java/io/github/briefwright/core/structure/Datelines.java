package io.github.briefwright.core.structure;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication date lines: "Published January 7, 2020", "Jan. 7, 2020 5:12 PM ET", "7 January 2020",
 * "Updated 3:45 p.m. EST, Tue January 7, 2020", "2020-01-07", "March 2021". A line is a date line when,
 * once its date, time, time zone, weekday and words like "Published" or "Updated" are taken away, at most one
 * word is left. The result is an ISO 8601 date ({@code 2020-01-07}, or {@code 2021-03} for a month).
 */
final class Datelines {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME = Pattern.compile("(?i)\\d{1,2}(?:[:.]\\d{2}){1,2}(?:\\s*(?:a\\.?m\\.?|p\\.?m\\.?|น\\.))?"
            + "|\\d{1,2}\\s*(?:a\\.m\\.|p\\.m\\.|am|pm)\\b|\\d{1,2}h\\d{2}\\b|\\d{1,2}時\\d{1,2}分|[（(][月火水木金土日][）)]");
    private static final Pattern LEFTOVERS = Pattern.compile("(?iu)\\b(published|updated|posted|last updated|first published|"
            + "date|dated|datum|fecha|revised|issued|released|modified|created|on|at|last|first|mon(day)?|tue(s|sday)?|wed(nesday)?|"
            + "thu(rs|rsday)?|fri(day)?|sat(urday)?|sun(day)?|(\\d{1,2}([:.]\\d{2})?\\s*(a\\.?m\\.?|p\\.?m\\.?)?)|"
            + "a\\.m\\.|p\\.m\\.|am|pm|et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|gmt|utc|bst|cet|cest|ist|aest|aedt|jst|"
            + "wet|west|eet|eest|msk|kst|hkt|sgt|nzst|nzdt|wib|wita|wit|senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|"
            + "hrs|local time|time|publié|publie|mis à jour|le|à|um|uhr|am|veröffentlicht|aktualisiert|stand|publicado|"
            + "actualizado|atualizado|el|às|as|h|pubblicato|aggiornato|il|alle|ore|gepubliceerd|bijgewerkt|op|om|diterbitkan|"
            + "erstveröffentlichung|erstmals veröffentlicht|zuletzt aktualisiert|julkaistu|päivitetty|frissítve|publikálva|"
            + "közzétéve|publicat|actualizat|publicerad|uppdaterad|publiceret|opdateret|publisert|oppdatert|opublikowano|"
            + "zaktualizowano|aktualizacja|publikováno|aktualizováno|yayınlanma|güncelleme|güncellenme|"
            + "thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|cập nhật|"
            + "(segunda|terça|terca|quarta|quinta|sexta)-feira|sábado|domingo|lunes|martes|miércoles|jueves|viernes|montag|"
            + "dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\b\\.?"
            + "|更新日?|公開日?|投稿日?|配信日?|発行日?|掲載日?|日時|发布|发表|时间|日期|기사입력|최종수정|입력|수정|업데이트"
            + "|(?<!\\p{IsArabic})(?:الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|ص|م|نشر في|"
            + "تاريخ النشر|آخر تحديث|تحديث)(?!\\p{IsArabic})"
            // Neapolitan's "published" and "updated", its articles, "the" and "of": "Pubbrecato 'o 13 'e settembre
            // 2024, 'e 19:20"
            + "|\\b(?:pubbrecato|agghiurnato)\\b|(?<!\\p{L})['’][oe](?=\\s)");
    /**
     * A label's first word: two letters or more, maybe with a glottal stop's apostrophe between two of them (Mam
     * "Q'ij:", "day").
     */
    static final String LABEL_WORD = "[\\p{L}\\p{M}](?:[\\p{L}\\p{M}]|['’ʼ](?=[\\p{L}\\p{M}])){1,23}";
    /**
     * A word, or two or three, and a colon opening a date line, its label in any language: "Objavljeno: 19. srpnja
     * 2024.", "Imechapishwa: Jumapili, Septemba 22, 2024", "Data publikacji: 05.02.2025", "Fecha de publicación:" (the
     * date already taken out). In the head only, as the two below:
     * in the text, "Valid: 06:00 Friday 24/01/2025 to 21:00 Friday 24/01/2025" is a warning's, and "Fredag 8. mars
     * 2024 kl. 19.00" a programme's.
     */
    private static final Pattern LABEL = Pattern.compile("^\\s*" + LABEL_WORD + "(?:\\s+[\\p{L}\\p{M}]{1,24}){0,2}"
            + "\\s*[:：]");
    /**
     * The source a date line names in its last part, after a bar or a dot: "Last Updated : Nov 20, 2019 01:41 PM IST |
     * Source: Moneycontrol.com". In the head only, read off before the date.
     */
    private static final Pattern SOURCE_PART = Pattern.compile("(?i)\\s*[|·•]\\s*(?:source|quelle|fuente|fonte|"
            + "source de|via)\\s*[:：]\\s*[^|·•:]{1,60}$");
    /** What joins the two ends of a span of dates: a dash, or "to" in a few languages. */
    private static final Pattern RANGE = Pattern.compile("(?iu)\\s*(?:[–—-]|to|until|bis|au|al|a|tot|till)\\s*");

    /**
     * After a label of its own, another one after a separator, the update's ("प्रकाशित: 14 जनवरी 2024, 09:15 AM IST |
     * अपडेटेड: …", "Publicado: … | Actualizado: …"): a line of two dates, each labelled in any language.
     */
    private static final Pattern SECOND_LABEL = Pattern.compile("(?<=[|·•])\\s*[\\p{L}\\p{M}]{2,24}(?:\\s+[\\p{L}\\p{M}]{1,24}){0,2}"
            + "\\s*[:：]");
    /**
     * A word of one or two letters before a time: "u 12:30", "o 9:15", "à 10h30" ("at" in other languages), a
     * letter's vowel signs counted with it ("ಸಾಂಜೆ 5:40", Tulu's "evening", two letters as its reader counts them);
     * in a script with vowel signs, a part of the day's word of up to five ("सबेरे ९:४०", "morning" in Awadhi).
     */
    private static final Pattern BEFORE_TIME = Pattern.compile("(?<![\\p{L}\\p{M}])(?:(?:\\p{L}\\p{M}{0,3}){1,2}|"
            + "(?=[\\p{L}\\p{M}]{0,9}\\p{M})(?:\\p{L}\\p{M}{0,3}){3,5})\\.?\\s+"
            + "(?=\\d{1,2}(?:[:.h]\\d{2}))");
    /**
     * A word of one to four letters of a script other than Latin after a time, the part of the day's: "۰۴:۱۵ شام"
     * (Hindko and Urdu "evening"); a place's name after it is longer, and "p.m." or a zone is read otherwise.
     */
    private static final Pattern AFTER_TIME = Pattern.compile("(?<=\\d[:.]\\d{2})\\s+"
            + "(?:[\\p{L}&&[^\\p{IsLatin}]]\\p{M}{0,3}){1,4}(?![\\p{L}\\p{M}])");
    /**
     * A relative stamp beside the date, "Last Updated: 24 minutes ago", "1h ago", "Atualizado há 2 horas", "vor 3 Stunden": it
     * says when the page was read.
     */
    private static final Pattern AGO = Pattern.compile("(?i)\\b\\d{1,3}\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)"
            + "\\s+ago\\b|\\bjust now\\b|(?iu)\\b(?:há|hace|il y a|vor)\\s+\\d{1,3}\\s*(?:h|horas?|heures?|stunden?|"
            + "min(?:uto|ute|uten)?s?)\\b");
    /** A reading time beside the date, "5 min read", "Reading time: 4 minutes", "Lesedauer ca. 10 Minuten". */
    private static final Pattern READING = Pattern.compile("(?iu)\\b\\d{1,3}[\\s-]*(?:min(?:ute)?s?\\.?|mins?\\.?)\\s+"
            + "(?:read|reading|de lecture|de lectura|de leitura|di lettura|lesezeit)\\b"
            + "|\\b(?:reading time|read time|time to read|lesedauer|lesezeit|temps de lecture|tiempo de lectura|"
            + "tempo de leitura|tempo di lettura)\\s*:?\\s*(?:ca\\.?|approx\\.?|about|environ|aprox\\.?)?\\s*\\d{1,3}\\s*"
            + "(?:min(?:ute)?s?|minuten|minutos|minuti)?\\.?");
    /**
     * The weekdays of the other languages whose month names DateText reads, and the words around a Nordic or Polish
     * date and time ("Tirsdag den 5. marts 2024, kl. 05:00", "wtorek, 5 marca 2024, godz. 10:00"): words of a date
     * line in the head only. In the text, such a line is a programme's entry or a letter's heading ("Fredag 8. mars
     * 2024 kl. 19.00", "Kleinhorst, den 12. März 1952"), and "cuma" and "pazar" are words of Turkish sentences.
     */
    private static final Pattern HEAD_LEFTOVERS = Pattern.compile("(?iu)\\b(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|"
            + "søndag|måndag|tisdag|lördag|söndag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|luned[iì]|"
            + "marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|poniedziałek|wtorek|środa|czwartek|piątek|sobota|"
            + "niedziela|pondělí|úterý|středa|čtvrtek|pátek|neděle|pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar|"
            + "den|kl|klokken|godz)\\b\\.?");

    /** Whether a line gives a time of day: "09:30", "5.12 PM", "08h15", "10時30分". */
    static boolean hasTime(String line) {
        return DateText.hasDigit(line) && TIME.matcher(line).find();
    }

    /** Whether a text is a reading time and nothing else: "5 min read", "Reading time: 4 minutes". */
    static boolean isReadingTime(String text) {
        return READING.matcher(text).matches();
    }

    /** "ESTUpdated", "2016Updated": words glued where the page had a line break or a separate element. */
    private static final Pattern GLUED = Pattern.compile("(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})|(?<=\\d)(?=\\p{L})|(?<=\\p{Ll})(?=\\p{Lu})");

    /**
     * A date line written year first with a word beside each number in a script other than the Latin, as Tibetan,
     * Uyghur and Mongolian pages print it ("ཕྱི་ལོ་ 2024 ཟླ་ 11 ཚེས་ 20", "2024-يىلى 11-ئاينىڭ 5-كۈنى", "2024 оны 11
     * сарын 20"): a year, a month's number and a day's, a word or two of letters between them, a few words
     * before (a label) and one after (a weekday), maybe a time (", 16:40"), no other number; read on the line with its
     * digits as Western ones, in the head only.
     */
    private static final String WORDS_BETWEEN = "(?:[\\s-]*[[\\p{L}\\p{M}་]&&[^\\p{IsLatin}]]+){1,2}[\\s-]*";
    private static final Pattern YEAR_FIRST_WORDED = Pattern.compile("(?:[^\\d\\p{IsLatin}]*?[\\s:：་]|)"
            + "((?:19|20)\\d\\d)" + WORDS_BETWEEN + "(\\d{1,2})" + WORDS_BETWEEN
            + "(\\d{1,2})(?![\\d])[^\\d\\s\\p{IsLatin}]*(?:\\s+[^\\d\\s\\p{IsLatin}]+)?"
            + "(?:[,،\\s]+\\d{1,2}[:.]\\d{2})?\\s*");
    /**
     * The same in the Latin script, a short word after each number ("2024 yil 5 ay 18 kün 09:40" in Salar, "2024 m. 05
     * mėn. 18 d."): the whole line, a word of one to four letters after the year, the month and the day (a headline's
     * longer words, "2024 Season 5 Episode 18", are none), maybe a time.
     */
    private static final String SHORT_WORD = "[\\s-]*\\p{IsLatin}{1,4}\\.?";
    private static final Pattern YEAR_FIRST_LATIN = Pattern.compile("((?:19|20)\\d\\d)" + SHORT_WORD + "\\s+(\\d{1,2})"
            + SHORT_WORD + "\\s+(\\d{1,2})" + SHORT_WORD + "(?:[,\\s]+\\d{1,2}[:.]\\d{2})?");
    private static final int YEAR_FIRST_WORDS = 10;

    /** A modifier letter: a glottal stop ("ʻ"), a length mark; no letter of a word's length. */
    private static final Pattern MODIFIER = Pattern.compile("\\p{Lm}");

    private Datelines() {
    }

    /** Whether a line holds a time and nothing but a date line's words beside it: "Updated 10:15 AM", "14.30 Uhr". */
    static boolean isTimeLine(String line) {
        if (line.length() > 80 || !DateText.hasDigit(line) || !TIME.matcher(line).find()) {
            return false;
        }
        String rest = LEFTOVERS.matcher(TIME.matcher(line).replaceAll(" ")).replaceAll(" ");
        return rest.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** Whether a word is one a date line holds beside its date: "Updated", "Modified", "Stand", "Uhr", "Monday". */
    static boolean isLabel(String word) {
        return LEFTOVERS.matcher(word).matches();
    }

    /** The ISO date of a line that is a date line, or empty; numeric dates only when unambiguous. */
    static Optional<String> parse(String line) {
        return parse(line, DateText.Order.UNKNOWN);
    }

    /**
     * The ISO date of a line that is a date line, or empty. When a line has several dates ("Published … Updated
     * …"), the earliest is the publication date.
     */
    static Optional<String> parse(String line, DateText.Order order) {
        return parse(line, order, false);
    }

    /**
     * The ISO date of a line that is a date line, or empty.
     *
     * @param head whether the line stands in the paste's head: a reading time beside the date ("5 min read") and the
     *             words of {@link #HEAD_LEFTOVERS} are left out too (in the text such a line is page chrome, or the
     *             text's own)
     */
    static Optional<String> parse(String line, DateText.Order order, boolean head) {
        if (line.length() > REMEMBERED_CHARS) {
            return read(line, order, head);
        }
        Asked[] asked = ASKED.get();
        int slot = (line.hashCode() * 31 + order.ordinal() * 2 + (head ? 1 : 0)) & (REMEMBERED - 1);
        Asked last = asked[slot];
        if (last != null && last.head() == head && last.order() == order && last.line().equals(line)) {
            return last.answer();
        }
        Optional<String> answer = read(line, order, head);
        asked[slot] = new Asked(line, order, head, answer);
        return answer;
    }

    /**
     * How many of its last answers each thread keeps, by the line, the order and the head (one to a slot): the head
     * reader, the block splitter and the body's rules ask about the same lines of a paste again and again.
     */
    private static final int REMEMBERED = 512;
    /** The longest line whose answer is kept (longer ones are no date line, and are not held). */
    private static final int REMEMBERED_CHARS = 200;

    private record Asked(String line, DateText.Order order, boolean head, Optional<String> answer) {
    }

    private static final ThreadLocal<Asked[]> ASKED = ThreadLocal.withInitial(() -> new Asked[REMEMBERED]);

    private static Optional<String> read(String line, DateText.Order order, boolean head) {
        // Persian and Arabic-Indic digits read as Western ones, each in its place: "۱۸ بهمن ۱۴۰۲ - ۱۰:۳۰"
        String text = DateText.westernDigits(line.strip());
        if (text.length() > 120) {
            return Optional.empty();
        }
        if (head) {
            text = SOURCE_PART.matcher(text).replaceFirst("");
        }
        List<DateText.Found> dates = DateText.findAll(text, order);
        if (dates.isEmpty() && head) {
            Optional<String> worded = yearFirstWorded(text);
            if (worded.isPresent()) {
                return worded;
            }
        }
        String iso = null;
        StringBuilder rest = new StringBuilder();
        if (!dates.isEmpty()) {
            if (dates.get(0).ambiguous()) {
                return Optional.empty();
            }
            if (dates.size() == 2 && RANGE.matcher(text.substring(dates.get(0).end(), dates.get(1).start())).matches()) {
                return Optional.empty(); // a span, "June 11, 1938 – February 2, 2024": a life's or an event's, no date line
            }
            // the earliest: a line with two dates gives the publication and an update ("Published … Updated …"); a
            // journal's dates of receipt and acceptance come before its publication's and are passed over
            List<DateText.Found> kept = dates.size() > 1 ? published(text, dates) : dates;
            iso = kept.stream().filter(found -> !found.ambiguous()).map(DateText.Found::date)
                    .min(java.util.Comparator.naturalOrder()).orElseThrow().toString();
            int at = 0;
            for (DateText.Found found : dates) {
                rest.append(text, at, found.start()).append(' ');
                at = found.end();
            }
            rest.append(text.substring(at));
        } else {
            Matcher m = MONTH_YEAR.matcher(text);
            if (!m.find()) {
                return Optional.empty();
            }
            try {
                iso = YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1))).toString();
            } catch (DateTimeException e) {
                return Optional.empty();
            }
            rest.append(text, 0, m.start()).append(' ').append(text.substring(m.end()));
        }
        String left = AGO.matcher(rest).replaceAll(" ");
        if (head) {
            left = READING.matcher(left).replaceAll(" ");
            left = HEAD_LEFTOVERS.matcher(left).replaceAll(" ");
        }
        boolean labelled = false;
        if (head) {
            Matcher label = LABEL.matcher(left);
            labelled = label.lookingAt() && !isLabel(label.group().replaceAll("[\\s:：]", ""));
            left = labelled ? SECOND_LABEL.matcher(left.substring(label.end())).replaceAll(" ") : left;
            left = BEFORE_TIME.matcher(left).replaceAll(" ");
            left = AFTER_TIME.matcher(left).replaceAll(" ");
        }
        left = TIME.matcher(left).replaceAll(" ");
        left = GLUED.matcher(left).replaceAll(" ");
        left = LEFTOVERS.matcher(left).replaceAll(" ").replaceAll("[^\\p{L}\\p{M}\\p{N}]+", " ").strip();
        if (head && (left.indexOf(' ') > 0 || labelled)) {
            // a weekday of another language; after a label of its own, a word of one or two letters too ("di", "u")
            StringBuilder kept = new StringBuilder();
            for (String word : left.split(" ")) {
                kept.append(DateText.isWeekday(word) || labelled && letters(word) <= 2 ? "" : word + " ");
            }
            left = kept.toString().strip();
        }
        // a label of its own read off: nothing else may be left ("Deadline: midnight, 30 September 2024" is no date line)
        // a weekday's glottal stop, a modifier letter, is no letter of its length ("Tuʻapulelulu", Tongan Thursday)
        if (left.isEmpty() || !labelled && !left.contains(" ") && letters(MODIFIER.matcher(left).replaceAll("")) < 12) {
            return Optional.of(iso);
        }
        // the line's own digits: another calendar's date is shaped as one in its script's ({@link #dateShaped})
        return head && text.indexOf('|') > 0 ? besideOtherCalendar(line.strip(), order) : Optional.empty();
    }

    /**
     * The dates of a line but those a journal labels as received, submitted, accepted or revised ("Received: 14
     * February 2024 | Accepted: 22 May 2024 | Published: 11 June 2024"), when one is left; else all of them.
     */
    private static List<DateText.Found> published(String text, List<DateText.Found> dates) {
        List<DateText.Found> kept = new java.util.ArrayList<>();
        int from = 0;
        for (DateText.Found found : dates) {
            if (!RECEIVED.matcher(text.substring(from, found.start())).find() && !found.ambiguous()) {
                kept.add(found);
            }
            from = found.end();
        }
        return kept.isEmpty() ? dates : kept;
    }

    /** A journal's label of a date before its publication's. */
    private static final Pattern RECEIVED = Pattern.compile("(?i)\\b(?:received|submitted|accepted|revised)\\b");

    /**
     * The date of a line of parts between bars, one part a date and every other a date of another calendar, shaped
     * as one ({@link #dateShaped}), maybe after the place: "याङ्री, २०८१ साउन ५ गते | २० जुलाई २०२४" (the Nepali and
     * the Gregorian calendar's dates of one day), or empty.
     */
    private static Optional<String> besideOtherCalendar(String text, DateText.Order order) {
        String[] parts = text.split("\\s*\\|\\s*");
        Optional<String> date = Optional.empty();
        for (String part : parts) {
            Optional<String> read = part.isEmpty() ? Optional.empty() : read(part, order, true);
            if (read.isPresent() && date.isEmpty()) {
                date = read;
            } else if (!dateShaped(PLACE_BEFORE.matcher(part).replaceFirst(""))) {
                return Optional.empty();
            }
        }
        return date;
    }

    /** A place of one to three words and a comma before a date: "याङ्री, ". */
    private static final Pattern PLACE_BEFORE = Pattern.compile("^[\\p{L}\\p{M}]+(?:\\s+[\\p{L}\\p{M}]+){0,2}"
            + "\\s*[,،]\\s*");

    /**
     * The date of a line written year first with words beside its numbers ({@link #YEAR_FIRST_WORDED}, {@link
     * #YEAR_FIRST_LATIN}), or empty.
     */
    private static Optional<String> yearFirstWorded(String text) {
        if (text.split("\\s+").length > YEAR_FIRST_WORDS) {
            return Optional.empty();
        }
        Matcher m = YEAR_FIRST_WORDED.matcher(text.strip());
        if (!m.matches() || m.group(1).isEmpty()) {
            m = YEAR_FIRST_LATIN.matcher(text.strip());
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(java.time.LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A word of a date line: letters and marks, maybe an apostrophe or a full stop ("Ctembeṛ", "Apr.", "ga"). */
    private static final String DATE_WORD = "[\\p{L}\\p{M}][\\p{L}\\p{M}'’ʻ.]{0,15}";
    /**
     * A line shaped as a date whose month is a word no list holds: maybe a weekday of one to three words and a
     * comma, then a day and one or two words before the year ("Lwakubiri, 12 Muwakanya 2025", "Litinin, 10 ga Maris,
     * 2025", "Ass n larbeɛ, 4 Ctembeṛ 2024 - 11:20") or a word, a day, a comma and the year ("Pōʻalima, Malaki 21,
     * 2025"), maybe a time after it; or the year first in another script's digits, a word, the day and up to two
     * words ("२०८१ साउन ५ गते शनिबार", a date of the Nepali calendar).
     */
    private static final Pattern DATE_SHAPED = Pattern.compile("(?:" + DATE_WORD + "(?:\\s+" + DATE_WORD + "){0,2}"
            + "\\s*[,،]\\s*)?(?:\\p{Nd}{1,2}\\.?\\s+" + DATE_WORD + "(?:\\s+" + DATE_WORD + ")?\\s*,?|" + DATE_WORD
            + "\\s+\\p{Nd}{1,2}\\s*,)\\s*\\p{Nd}{4}"
            + "(?:\\s*[-–|,·]?\\s*\\p{Nd}{1,2}[:.]\\p{Nd}{2}(?:\\s*" + DATE_WORD + ")?)?"
            // the year first in another script's digits, a word, the day and up to two words: "२०८१ साउन ५ गते
            // शनिबार" (the Nepali calendar's; in Western digits, "2024 Election 3 Takeaways" is a headline)
            + "|[\\p{Nd}&&[^0-9]]{4}\\s+" + DATE_WORD + "\\s+[\\p{Nd}&&[^0-9]]{1,2}(?:\\s+" + DATE_WORD + "){0,2}");

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /**
     * Whether a line is shaped as a date of a month no list names ({@link #DATE_SHAPED}): a byline's or headline's
     * neighbour in the head, though its date cannot be read. The day is 1 to 31 and the year four digits of any
     * script, from 1900 to 2099.
     */
    static boolean dateShaped(String line) {
        String text = line.strip();
        if (text.length() > 60 || !DATE_SHAPED.matcher(text).matches()) {
            return false;
        }
        Matcher numbers = NUMBER.matcher(DateText.westernDigits(text)); // the day and the year, either first
        int first = numbers.find() ? Integer.parseInt(numbers.group()) : 0;
        int second = numbers.find() ? Integer.parseInt(numbers.group()) : 0;
        int day = Math.min(first, second);
        int year = Math.max(first, second);
        return day >= 1 && day <= 31 && year >= 1900 && year <= 2099;
    }

    /** A word's letters, its marks left out: "ਸ਼ਾਮ" has two, as its reader counts them. */
    private static long letters(String word) {
        return word.codePoints().filter(Character::isLetter).count();
    }

    private static int month(String name) {
        return DateText.month(name);
    }

}
