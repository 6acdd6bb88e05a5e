package io.github.briefwright.core.analyse;

import io.github.briefwright.core.model.Sentence;
import io.github.briefwright.core.model.TimelineItem;
import io.github.briefwright.core.structure.DateText;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions and resolves them against the briefing's own date, when it has one:
 * "January 5, 2020" and "5 January 2020" (day), "Jan. 5" (day; its year is the briefing's, or unknown),
 * "March 2021" (month), "in 2011" and other years from 1800 to 2099 (year; before 1800 after "in", "of", "since"
 * or "by" and after a treaty's, war's or like event's "of", "the treaty of 1648"), "by the end of the year", "last February", "this year",
 * "next month", "last week" (relative; a week as {@code 2023-W10}), "on Sunday" (the last such day on or before
 * the briefing's date), "today", "in July" (a month alone: the briefing's year, or the year before when that
 * would put it more than six months after the briefing), "Q3 2024" and "the second quarter", "the first half of
 * 2026" ({@code 2026-H1}), "last summer" (the year of that season), "early 2024", "2020-01-07". Without a
 * briefing date nothing is guessed: a day or month keeps its unknown year ({@code --01-05},
 * {@code yearKnown: false}) and an expression that only makes sense against a date ("on Sunday", "last year")
 * is kept with no date. Linear in the text.
 */
final class DateFinder {

    private static final String MONTH = "(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?"
            + "|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    /** The number words an amount before "ago" is written in ("three days ago", "twenty years ago"), in order. */
    private static final List<String> NUMBER_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty");
    static final Pattern EXPRESSION = Pattern.compile(String.join("|",
            "(?<mdy>(?:on\\s+)?(?<mdyM>" + MONTH + ")\\s+(?<mdyD>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<mdyY>\\d{4}))?)(?![\\d:])",
            "(?<dmy>(?:on\\s+)?(?<dmyD>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<dmyM>" + MONTH + ")(?:,?\\s+(?<dmyY>\\d{4}))?)\\b",
            "(?<iso>(?<isoY>\\d{4})-(?<isoM>\\d{2})-(?<isoD>\\d{2}))\\b",
            "(?<my>(?:in\\s+|since\\s+|by\\s+|until\\s+)?(?<myM>" + MONTH + "),?\\s+(?<myY>\\d{4}))\\b",
            "(?<half>(?:the\\s+)?(?<halfN>first|second)\\s+half\\s+of\\s+(?<halfY>\\d{4}))\\b",
            "(?<quarter>(?:the\\s+)?(?<quarterN>first|second|third|fourth)\\s+quarter(?:\\s+of\\s+(?<quarterY>\\d{4}))?)\\b",
            "(?<season>(?:(?<seasonW>(?i:last|this|next))|(?i:in)\\s+the|by\\s+the|before\\s+the|over\\s+the|until\\s+the|during\\s+the)\\s+"
                    + "(?<seasonS>spring|summer|fall|autumn|winter)(?:\\s+of\\s+(?<seasonY>\\d{4}))?)\\b",
            "(?<ybl>(?i:the\\s+year\\s+before\\s+last))\\b",
            "(?<eoy>(?<eoyBy>[Bb]y\\s+)?(?:[Tt]he\\s+)?end\\s+of\\s+(?:the|this)\\s+year)\\b(?!-|\\s+(?:before\\s+last|\\d))",
            "(?<rel>(?i:last|next|this)\\s+(?:(?<relM>" + MONTH + ")|(?<relU>year|month|week)))\\b",
            "(?<decade>(?:the\\s+)?(?:(?:early|mid|late)[- ]?)?(?<decadeY>1[89]\\d0|20\\d0|1[0-7][1-9]0)[’']?s)\\b",
            "(?<decadeA>(?:the\\s+)?(?:(?:early|mid|late)[- ]?)?[’'](?<decadeD>\\d)0s)\\b",
            "(?<ago>(?i:(?<agoN>a|an|" + String.join("|", NUMBER_WORDS) + "|a\\s+few|a\\s+couple\\s+of|\\d{1,2})\\s+"
                    + "(?<agoU>day|week|fortnight|month|year|decade)s?\\s+ago))\\b",
            "(?<part>(?:early|late|mid-?|the\\s+end\\s+of|the\\s+start\\s+of|the\\s+beginning\\s+of)\\s*(?<partY>\\d{4}))\\b",
            "(?<today>\\b(?i:(?:earlier\\s+|later\\s+)?today|(?:the\\s+day\\s+before\\s+)?yesterday"
                    + "|(?:the\\s+day\\s+after\\s+)?tomorrow|tonight|this\\s+(?:morning|afternoon|evening)))\\b",
            "(?<bm>(?:(?:in|since|by|until|from|through|during|before|after|early|late|mid-?|end\\s+of|beginning\\s+of|of)\\s+)?"
                    + "(?<bmM>January|February|March|April|June|July|August|September|October|November|December|"
                    + "Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|(?<=\\b(?:in|since|by|until|of)\\s)May))"
                    + "(?![\\p{L}])(?!\\s*\\d)",
            "(?<wd>(?<!(?:Black|Good|Super|Cyber|Holy|Ash|Palm|Easter|Bloody|Giving)\\s)(?:(?i:on|last|this|next|late|early|"
                    + "since|by|until|from)\\s+)?(?<wdD>" + WEEKDAY + ")(?:\\s+(?:morning|afternoon|evening|night))?)\\b"
                    + "(?!-|\\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Star|Night\\s+Football|Sun\\b|Club|[Mm]arkets?\\b|"
                    + "prayers?\\b|[Ss]ervices?\\b|[Mm]ass\\b|sermon|editions?\\b|supplement))",
            "(?<q>\\b(?<qQ>Q[1-4])\\s+(?<qY>\\d{4}))\\b",
            "(?<hol>(?<holN>Christmas\\s+(?:Day|Eve)|New\\s+Year['’]s\\s+(?:Day|Eve)|Boxing\\s+Day))\\b",
            "(?<year>(?:(?:in|since|by|until|from|before|after|during|of|to|and|through|around)\\s+)?(?<![\\d][,.])"
                    + "\\b(?=[12]\\d{3})(?<!(?:Room|Flight|Route|Gate|Platform|Suite|Model|No\\.|Number|Apartment|Bus|Highway|"
                    + "Interstate)\\s)"
                    + "(?<yY>1[89]\\d{2}|20\\d{2})(?!\\s*(?:percent|per cent|%|people|troops|jobs|homes|km|miles))(?![,.]\\d))\\b",
            // a year before 1800 only after a word that makes a number a year ("In 1492", "since 1776", "by 1750",
            // "the treaty of 1648"; not "around", "of" or "from", which count: "around 1500 protesters", "a group of
            // 1200 migrants", "from 1200 to 1500 dollars"), and not before a clock's zone or what it would count
            "(?<old>(?:(?i:in|since|before|after|by)|(?i:treaty|war|battle|peace|revolution|act|fire|plague|siege|edict|"
                    + "rebellion|uprising|earthquake|constitution|charter|famine)\\s+of)\\s+(?<oldY>1[0-7]\\d{2})\\b)"
                    + "(?![,.]\\d)(?!\\s*(?:%|percent|per cent|people|persons|soldiers|troops|men|women|children|workers|"
                    + "residents|students|jobs|homes|houses|years|days|hours|minutes|seconds|km|miles|metres|meters|feet|tonnes|tons|"
                    + "dollars|pounds|euros|acres|words|pages|points|votes|seats|units|times|copies|cases|deaths|GMT|UTC|"
                    + "hrs|local|BC|BCE|B\\.C\\.)(?![\\p{L}]))"));
    /** Words without which a sentence with no digit cannot hold a date. */
    static final Pattern TRIGGER = Pattern.compile("\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Chr|Box|"
            + "Wed|Thu|Fri|Sat|Sun|(?i:today|yesterday|tomorrow|tonight|this morning|this afternoon|this evening|week|month|"
            + "year|decade|ago|day|spring|summer|fall|autumn|winter|quarter))");
    /** A sentence about what is to come: a day or month without a year is then the next one, not the last. */
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:will|shall|'ll|is due|are due|is expected|are expected|"
            + "is scheduled|are scheduled|is set to|are set to|is forecast|are forecast|plans? to|begins|starts|opens|ahead of)\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    /** A date found: ISO text, precision, whether the year is known, the expression and its sentence. */
    record Found(TimelineItem item, String expression) {
    }

    private final LocalDate reference;

    /** @param briefingDate the briefing's ISO date, or {@code null} */
    DateFinder(String briefingDate) {
        LocalDate date = null;
        if (briefingDate != null && briefingDate.length() >= 10) {
            try {
                date = LocalDate.parse(briefingDate.substring(0, 10));
            } catch (RuntimeException e) {
                date = null;
            }
        }
        this.reference = date;
    }

    List<Found> find(List<Sentence> sentences) {
        List<Found> found = new ArrayList<>();
        Matcher m = EXPRESSION.matcher("");
        Matcher trigger = TRIGGER.matcher("");
        for (Sentence sentence : sentences) {
            String text = sentence.text();
            if (!DateText.hasDigit(text) && !hasTrigger(trigger, text)) {
                continue; // no digit and no date word: nothing for the full expression to find
            }
            List<int[]> spans = new ArrayList<>(); // start, end and index in found (-1: no item) of each match
            Scan.matches(m, text, new Starts(), match -> {
                TimelineItem item = item(match, sentence);
                spans.add(new int[] {match.start(), match.end(), item == null ? -1 : found.size()});
                if (item != null) {
                    found.add(new Found(item, match.group().strip()));
                }
            });
            if (DateText.hasYear(text)) {
                otherLanguages(sentence, spans, found);
            }
        }
        found.removeIf(java.util.Objects::isNull);
        return found;
    }

    /**
     * The full dates of a sentence that the expressions above, written for English, do not read: month names in
     * the other languages the structure stage reads ("3. März 2019", "12 de marzo de 2019", "3 марта 2019"), and
     * year-first dates ("2019年3月3日", "2019/03/03"), by the structure stage's own parser. Such a date replaces
     * what the expressions read inside it (its year alone); where they read a day there, theirs stays. Numeric
     * dates with the year last are left alone: which of day and month comes first is not known here.
     */
    private static void otherLanguages(Sentence sentence, List<int[]> spans, List<Found> found) {
        String text = sentence.text();
        for (DateText.Found date : DateText.findAll(text, DateText.Order.UNKNOWN)) {
            if (date.date() == null || date.numeric()) {
                continue;
            }
            List<int[]> inside = new ArrayList<>();
            boolean taken = false;
            for (int[] span : spans) {
                if (span[0] < date.end() && date.start() < span[1]) {
                    boolean within = span[0] >= date.start() && span[1] <= date.end();
                    boolean coarser = span[2] < 0 || !"day".equals(found.get(span[2]).item().precision());
                    taken |= !(within && coarser);
                    inside.add(span);
                }
            }
            if (taken) {
                continue;
            }
            TimelineItem day = new TimelineItem(date.date().toString(), "day", true, text, sentence.id());
            Found full = new Found(day, text.substring(date.start(), date.end()).strip());
            int at = inside.stream().filter(span -> span[2] >= 0).mapToInt(span -> span[2]).min().orElse(-1);
            if (at < 0) {
                found.add(full);
            } else {
                found.set(at, full); // in place of the year read inside it
                for (int[] span : inside) {
                    if (span[2] >= 0 && span[2] != at) {
                        found.set(span[2], null);
                    }
                }
            }
        }
    }

    /**
     * Whether {@link #TRIGGER} occurs in {@code text}. It is looked for from the first place one of its words
     * starts (found with a plain scan), since it cannot match before: the same answer, without trying the
     * pattern at every character.
     */
    private static boolean hasTrigger(Matcher trigger, String text) {
        int at = Cores.firstTrigger(text);
        return at >= 0 && trigger.reset(text).find(at);
    }

    /**
     * The places a date expression may start ({@link #nextStart}), less those too far from the next core of an
     * expression ({@link Cores}) for any expression to start there: the words an expression may begin with
     * ("the beginning of", "a couple of decades") come to at most {@value Cores#LEAD} characters other than white
     * space. Asked for places in increasing order, within one sentence; linear in it.
     */
    static final class Starts implements Scan.Starts {
        /** The first core at or after the last place asked for, -1 for none, -2 before the first question. */
        private int core = -2;

        @Override
        public int next(String text, int from) {
            int at = from;
            while (true) {
                int start = nextStart(text, at);
                if (start < 0) {
                    return -1;
                }
                if (core == -2 || core >= 0 && core < start) {
                    core = Cores.next(text, start);
                }
                if (core < 0) {
                    return -1;
                }
                if (Cores.within(text, start, core)) {
                    return start;
                }
                at = start + 1;
            }
        }
    }

    /**
     * The next place a date expression may start: a word that begins with a capital, a digit or an apostrophe before
     * a digit, or one of the few lower-case words an expression can begin with. Trying the expression only there keeps it fast.
     */
    private static int nextStart(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            if (Character.isUpperCase(c) || Character.isDigit(c)
                    || (c == '\'' || c == '’') && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                return i; // "'90s" begins with its apostrophe
            }
            if (Character.isLowerCase(c)) {
                int end = i;
                boolean mixed = false; // "tHIS week": the patterns read some words in any case
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    mixed |= Character.isUpperCase(text.charAt(end));
                    end++;
                }
                String word = text.substring(i, end);
                if (STARTERS.contains(word) || mixed && CASELESS_STARTERS.contains(word.toLowerCase(Locale.ROOT))) {
                    return i;
                }
                i = end;
            }
        }
        return -1;
    }

    /** The words an expression may begin with that its patterns read in any case ("tHIS week"). */
    private static final java.util.Set<String> CASELESS_STARTERS = withNumberWords("last", "this", "next", "in",
            "on", "late", "early", "since", "by", "until", "from", "earlier", "later", "today", "yesterday", "tomorrow",
            "tonight", "a", "an");

    private static final java.util.Set<String> STARTERS = withNumberWords("on", "in", "since", "by", "until", "from",
            "through", "during", "before", "after", "early", "late", "mid", "end", "beginning", "of", "last", "next",
            "this", "the", "today", "yesterday", "tomorrow", "first", "second", "third", "fourth", "and", "to", "around",
            "over", "tonight", "earlier", "later", "a", "an", "treaty", "war", "battle", "peace", "revolution", "act",
            "fire", "plague", "siege", "edict", "rebellion", "uprising", "earthquake", "constitution", "charter",
            "famine");

    private static java.util.Set<String> withNumberWords(String... words) {
        java.util.Set<String> all = new java.util.HashSet<>(List.of(words));
        all.addAll(NUMBER_WORDS);
        return java.util.Set.copyOf(all);
    }

    private TimelineItem item(Matcher m, Sentence sentence) {
        String text = sentence.text();
        String id = sentence.id();
        if (m.group("mdy") != null) {
            return day(month(m.group("mdyM")), Integer.parseInt(m.group("mdyD")), m.group("mdyY"), text, id);
        }
        if (m.group("dmy") != null) {
            return day(month(m.group("dmyM")), Integer.parseInt(m.group("dmyD")), m.group("dmyY"), text, id);
        }
        if (m.group("iso") != null) {
            return day(Integer.parseInt(m.group("isoM")), Integer.parseInt(m.group("isoD")), m.group("isoY"), text, id);
        }
        if (m.group("my") != null) {
            return new TimelineItem(YearMonth.of(Integer.parseInt(m.group("myY")), month(m.group("myM"))).toString(),
                    "month", true, text, id);
        }
        if (m.group("half") != null) {
            return new TimelineItem(m.group("halfY") + (m.group("halfN").equalsIgnoreCase("first") ? "-H1" : "-H2"),
                    "half", true, text, id);
        }
        if (m.group("quarter") != null) {
            int q = List.of("first", "second", "third", "fourth").indexOf(m.group("quarterN").toLowerCase(Locale.ROOT)) + 1;
            // a quarter without its year is this year's, or last year's when it is still to come and the text
            // speaks of it as past ("the fourth quarter" written in February)
            String year = m.group("quarterY") != null ? m.group("quarterY") : reference == null ? null
                    : String.valueOf(q > (reference.getMonthValue() + 2) / 3 && !FUTURE.matcher(text).find()
                            ? reference.getYear() - 1 : reference.getYear());
            return year == null ? null : new TimelineItem(year + "-Q" + q, "quarter", true, text, id);
        }
        if (m.group("season") != null) {
            return season(m.group("seasonW"), m.group("seasonS").toLowerCase(Locale.ROOT), m.group("seasonY"), text, id);
        }
        if (m.group("decade") != null) {
            return new TimelineItem(m.group("decadeY") + "s", "decade", true, text, id);
        }
        if (m.group("decadeA") != null) {
            // "the '90s": the twentieth century's decade, unless this century's had ended by the briefing's date
            // ("the '10s" written in 2024); "the '20s" written in 2024 is the 1920s. Without a briefing date, the
            // '00s and '10s are this century's
            int tens = (m.group("decadeD").charAt(0) - '0') * 10;
            boolean ended = reference != null ? 2000 + tens + 10 <= reference.getYear() : tens <= 10;
            int decade = ended ? 2000 + tens : 1900 + tens;
            return new TimelineItem(decade + "s", "decade", true, text, id);
        }
        if (m.group("ago") != null) {
            return ago(m.group("agoN").toLowerCase(Locale.ROOT), m.group("agoU").toLowerCase(Locale.ROOT), text, id);
        }
        if (m.group("part") != null) {
            return new TimelineItem(m.group("partY"), "year", true, text, id);
        }
        if (m.group("today") != null) {
            if (reference == null) {
                return new TimelineItem(null, "day", false, text, id);
            }
            String word = m.group("today").toLowerCase(Locale.ROOT).replaceFirst("^(?:earlier|later)\\s+", "");
            LocalDate date = word.endsWith("yesterday") ? reference.minusDays(word.startsWith("the") ? 2 : 1)
                    : word.endsWith("tomorrow") ? reference.plusDays(word.startsWith("the") ? 2 : 1) : reference;
            return new TimelineItem(date.toString(), "day", true, text, id);
        }
        if (m.group("bm") != null) {
            int month = month(m.group("bmM"));
            if (reference == null) {
                return new TimelineItem(String.format("--%02d", month), "month", false, text, id);
            }
            YearMonth candidate = YearMonth.of(reference.getYear(), month);
            // a month after "since" is past, whatever else the sentence says is to come
            if (FUTURE.matcher(text).find() && !m.group("bm").regionMatches(true, 0, "since", 0, 5)) {
                candidate = candidate.isBefore(YearMonth.from(reference)) ? candidate.plusYears(1) : candidate;
            } else if (candidate.isAfter(YearMonth.from(reference).plusMonths(6))) {
                candidate = candidate.minusYears(1);
            }
            return new TimelineItem(candidate.toString(), "month", true, text, id);
        }
        if (m.group("ybl") != null) {
            return reference == null ? new TimelineItem(null, "year", false, text, id)
                    : new TimelineItem(String.valueOf(reference.getYear() - 2), "year", true, text, id);
        }
        if (m.group("eoy") != null) {
            // "by the end of the year" (a deadline) is the briefing's year; "at the end of the year" too when the text
            // speaks of what is to come or is written in December, else it is last year's ("Sales slumped at the
            // end of the year", written in January)
            if (reference == null) {
                return new TimelineItem(null, "year", false, text, id);
            }
            boolean coming = m.group("eoyBy") != null || FUTURE.matcher(text).find() || reference.getMonthValue() == 12;
            return new TimelineItem(String.valueOf(coming ? reference.getYear() : reference.getYear() - 1), "year", true,
                    text, id);
        }
        if (m.group("rel") != null) {
            return relative(m.group("rel").toLowerCase(Locale.ROOT), m.group("relM"), m.group("relU"), text, id);
        }
        if (m.group("wd") != null) {
            if (reference == null) {
                return new TimelineItem(null, "day", false, text, id);
            }
            DayOfWeek day = DayOfWeek.valueOf(m.group("wdD").toUpperCase(Locale.ROOT));
            String lead = m.group("wd").toLowerCase(Locale.ROOT);
            // "next" and "last" are the next and the last one; "this" the one of the briefing's week; a weekday
            // after a word of the future ("will meet on Friday") the coming one; else the last one on or before
            Matcher future = FUTURE.matcher(text);
            LocalDate date = lead.startsWith("next") ? reference.with(TemporalAdjusters.next(day))
                    : lead.startsWith("last") ? reference.with(TemporalAdjusters.previous(day))
                    : lead.startsWith("this") ? reference.with(java.time.temporal.ChronoField.DAY_OF_WEEK, day.getValue())
                    : future.find() && future.start() < m.start("wdD") ? reference.with(TemporalAdjusters.nextOrSame(day))
                    : reference.with(TemporalAdjusters.previousOrSame(day));
            return new TimelineItem(date.toString(), "day", true, text, id);
        }
        if (m.group("hol") != null) { // a holiday on a fixed day, its year as for a day written without one
            String holiday = m.group("holN").toLowerCase(Locale.ROOT);
            return holiday.startsWith("christmas") ? day(12, holiday.endsWith("eve") ? 24 : 25, null, text, id)
                    : holiday.startsWith("boxing") ? day(12, 26, null, text, id)
                    : holiday.endsWith("eve") ? day(12, 31, null, text, id) : day(1, 1, null, text, id);
        }
        if (m.group("q") != null) {
            return new TimelineItem(m.group("qY") + "-" + m.group("qQ"), "quarter", true, text, id);
        }
        if (m.group("year") != null) {
            return new TimelineItem(m.group("yY"), "year", true, text, id);
        }
        if (m.group("old") != null) {
            return new TimelineItem(m.group("oldY"), "year", true, text, id);
        }
        return null;
    }

    private TimelineItem day(int month, int day, String year, String text, String id) {
        try {
            if (year != null) {
                return new TimelineItem(LocalDate.of(Integer.parseInt(year), month, day).toString(), "day", true, text, id);
            }
            if (reference != null) {
                LocalDate date = LocalDate.of(reference.getYear(), month, day);
                if (FUTURE.matcher(text).find()) {
                    date = date.isBefore(reference) ? date.plusYears(1) : date;
                } else if (date.isAfter(reference.plusMonths(6))) {
                    date = date.minusYears(1);
                }
                return new TimelineItem(date.toString(), "day", true, text, id);
            }
            LocalDate.of(2000, month, day); // validates the day of the month (2000 is a leap year)
            return new TimelineItem(String.format("--%02d-%02d", month, day), "day", false, text, id);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private TimelineItem relative(String expression, String monthName, String unit, String text, String id) {
        String which = expression.substring(0, expression.indexOf(' '));
        if (monthName != null) {
            int month = month(monthName);
            if (reference == null) {
                return new TimelineItem(String.format("--%02d", month), "month", false, text, id);
            }
            YearMonth now = YearMonth.from(reference);
            YearMonth candidate = YearMonth.of(reference.getYear(), month);
            if (which.equals("last") && !candidate.isBefore(now)) {
                candidate = candidate.minusYears(1);
            } else if (which.equals("next") && !candidate.isAfter(now)) {
                candidate = candidate.plusYears(1);
            }
            return new TimelineItem(candidate.toString(), "month", true, text, id);
        }
        if (reference == null) {
            return new TimelineItem(null, unit, false, text, id);
        }
        int shift = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
        if ("week".equals(unit)) {
            LocalDate day = reference.plusWeeks(shift);
            return new TimelineItem(String.format("%d-W%02d", day.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                    day.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)), "week", true, text, id);
        }
        if ("year".equals(unit)) {
            return new TimelineItem(String.valueOf(reference.getYear() + shift), "year", true, text, id);
        }
        return new TimelineItem(YearMonth.from(reference).plusMonths(shift).toString(), "month", true, text, id);
    }

    /** An amount before "ago": "a", "an", digits or one of {@link #NUMBER_WORDS}. */
    private static int count(String amount) {
        if (amount.equals("a") || amount.equals("an")) {
            return 1;
        }
        if (Character.isDigit(amount.charAt(0))) {
            return Integer.parseInt(amount);
        }
        int index = NUMBER_WORDS.indexOf(amount); // one to nineteen, then twenty, thirty, forty, fifty
        return index < 19 ? index + 1 : (index - 17) * 10;
    }

    /**
     * "a week ago", "three days ago", "a few years ago": the briefing's date less that much, as precise as the unit
     * ("a few" and "a couple of" leave the amount uncertain: a decade for years, a month for days and weeks).
     */
    private TimelineItem ago(String amount, String unit, String text, String id) {
        if (unit.equals("fortnight")) { // two weeks each: "a fortnight ago"
            return ago(amount.startsWith("a ") ? amount : String.valueOf(2 * count(amount)), "week", text, id);
        }
        if (reference == null) {
            return new TimelineItem(null, unit, false, text, id);
        }
        boolean vague = amount.startsWith("a ");
        int n = vague ? 2 : count(amount);
        LocalDate date = switch (unit) {
            case "day" -> reference.minusDays(n);
            case "week" -> reference.minusWeeks(n);
            case "month" -> reference.minusMonths(n);
            case "year" -> reference.minusYears(n);
            default -> reference.minusYears(10L * n);
        };
        if (vague && (unit.equals("day") || unit.equals("week"))) {
            return new TimelineItem(YearMonth.from(date).toString(), "month", true, text, id);
        }
        return switch (vague ? "decade" : unit) {
            case "day" -> new TimelineItem(date.toString(), "day", true, text, id);
            case "week" -> new TimelineItem(String.format("%d-W%02d", date.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                    date.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)), "week", true, text, id);
            case "month" -> new TimelineItem(YearMonth.from(date).toString(), "month", true, text, id);
            case "year" -> new TimelineItem(String.valueOf(date.getYear()), "year", true, text, id);
            default -> new TimelineItem((date.getYear() / 10 * 10) + "s", "decade", true, text, id);
        };
    }

    /** A season as the year it falls in: "last summer" said in March 2024 is 2023. */
    private TimelineItem season(String which, String season, String year, String text, String id) {
        if (year != null) {
            return new TimelineItem(year, "season", true, text, id);
        }
        if (reference == null) {
            return new TimelineItem(null, "season", false, text, id);
        }
        int starts = switch (season) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "fall", "autumn" -> 9;
            default -> 12;
        };
        int y = reference.getYear();
        if ("last".equalsIgnoreCase(which) && starts >= reference.getMonthValue()) {
            y--;
        } else if ("next".equalsIgnoreCase(which) && starts <= reference.getMonthValue()) {
            y++;
        }
        return new TimelineItem(String.valueOf(y), "season", true, text, id);
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    }

    /**
     * What every date expression holds, found with plain string comparisons: its core, the part no expression
     * goes without (a digit, a month or weekday name, "Q", "quarter", a season, "year", "month", "week", "ago",
     * "today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening"); and the words of
     * {@link #TRIGGER}. A core or trigger word made of letters starts a word in every match (after white space,
     * after {@code \b}, or where the match starts, which {@link #nextStart} puts at a word's start), so only
     * word starts are looked at. Both are found wherever the patterns could find them and sometimes elsewhere
     * (in any case, as the start of a longer word): a place with neither is a place the patterns cannot match.
     */
    static final class Cores {

        /** The most characters other than white space an expression has before its core. */
        static final int LEAD = 24;
        /**
         * Month and weekday names, as the patterns write them (capitalised), by their first three letters; and the
         * holidays on a fixed day ("Christmas Day", "Boxing Day"; "New Year's Day" has "Year").
         */
        private static final String[][] NAMES = byLetter("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                "Oct", "Nov", "Dec", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Chr", "Box");
        private static final String[][] CORE_WORDS = byLetter("quarter", "spring", "summer", "fall", "autumn",
                "winter", "year", "month", "week", "ago", "today", "yesterday", "tomorrow", "tonight", "morning",
                "afternoon", "evening");
        private static final String[][] TRIGGER_WORDS = byLetter("today", "yesterday", "tomorrow", "tonight",
                "this morning", "this afternoon", "this evening", "week", "month", "year", "decade", "ago", "day",
                "spring", "summer", "fall", "autumn", "winter", "quarter");

        private Cores() {
        }

        /** The first place at or after {@code from} where a core starts, or -1. */
        static int next(String text, int from) {
            for (int i = from; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9' || c == 'Q' || wordStart(text, i, c)
                        && (name(text, i, c) || word(text, i, c, CORE_WORDS))) {
                    return i;
                }
            }
            return -1;
        }

        /** The first place a word of {@link #TRIGGER} starts, or -1: no match of it starts before. */
        static int firstTrigger(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (wordStart(text, i, c) && (name(text, i, c) || word(text, i, c, TRIGGER_WORDS))) {
                    return i;
                }
            }
            return -1;
        }

        /** Whether at most {@link #LEAD} characters other than white space ({@code \s}) come from start to core. */
        static boolean within(String text, int start, int core) {
            int count = 0;
            for (int i = start; i < core; i++) {
                char c = text.charAt(i);
                if (c != ' ' && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r' && ++count > LEAD) {
                    return false;
                }
            }
            return true;
        }

        /** Whether an ASCII letter {@code c} at {@code i} starts a word (after no letter or digit). */
        private static boolean wordStart(String text, int i, char c) {
            return (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
        }

        private static boolean name(String text, int i, char c) {
            if (c > 'Z') {
                return false;
            }
            for (String name : NAMES[c - 'A']) {
                if (text.startsWith(name, i)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether one of {@code words} starts at {@code i}, its ASCII letters in either case. */
        private static boolean word(String text, int i, char c, String[][] words) {
            for (String word : words[(c | 0x20) - 'a']) {
                if (startsFolded(text, i, word)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether {@code word} (lower case) starts at {@code i}, each character as it is or with bit 0x20 unset. */
        private static boolean startsFolded(String text, int i, String word) {
            if (i + word.length() > text.length()) {
                return false;
            }
            for (int j = 0; j < word.length(); j++) {
                if ((text.charAt(i + j) | 0x20) != word.charAt(j)) {
                    return false;
                }
            }
            return true;
        }

        /** Words by their first letter (in lower case), a to z. */
        private static String[][] byLetter(String... words) {
            String[][] byLetter = new String[26][];
            for (int letter = 0; letter < 26; letter++) {
                char first = (char) ('a' + letter);
                byLetter[letter] = java.util.Arrays.stream(words)
                        .filter(w -> Character.toLowerCase(w.charAt(0)) == first).toArray(String[]::new);
            }
            return byLetter;
        }
    }
}
