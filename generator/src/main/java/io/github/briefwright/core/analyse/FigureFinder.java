package io.github.briefwright.core.analyse;

import io.github.briefwright.core.model.Figure;
import io.github.briefwright.core.model.Sentence;
import io.github.briefwright.core.structure.DateText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds figures: a number with its qualifier, currency, scale and unit ("approximately 170,000", "$3 billion",
 * "40 percent", "£2.3bn", "5,200") and what it counts, the words after it up to the next function word or
 * punctuation ("U.S. forces"); also ranks ("second-largest producer"). Years, dates, times, and numbers that
 * are part of names are not figures. Linear in the text.
 */
final class FigureFinder {

    private static final java.util.regex.Pattern NOT_DIGITS = java.util.regex.Pattern.compile("[^0-9.,]");

    private static final Pattern FIGURE = Pattern.compile(
            "(?<value>(?:(?:approximately|about|around|nearly|almost|more than|over|under|less than|fewer than|some|"
            + "roughly|up to|at least|at most|as many as|as much as|only|just)\\s+)?"
            + "(?:[$£€¥]\\s?|(?:US|U\\.S\\.|C|A|NZ|HK)\\$\\s?|(?:NOK|SEK|DKK|EUR|USD|GBP|CHF|JPY)\\s)?"
            + "(?<!\\w)(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?"
            + "(?:\\s?(?:million|billion|trillion|thousand|bn|m|k|mn)\\b)?"
            + "(?:\\s?(?:percent|per cent|%|percentage points?|pp)\\b|%)?"
            + "(?:\\s?(?:MW|MWh|GW|GWh|kW|kWh|TWh|km|kg|tonnes|tons|mph|km/h|hectares?|acres?|barrels?|bpd)\\b)?)"
            + "|(?<rank>\\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))-"
            + "(?:largest|biggest|smallest|highest|lowest|most|least|fastest|richest|poorest|busiest|oldest)\\b)");
    private static final Pattern WHAT_WORD = Pattern.compile("[\\p{L}][\\p{L}.'’-]*");
    private static final Set<String> STOP = Set.of("a", "an", "and", "or", "but", "in", "on", "at", "to", "for", "by",
            "with", "from", "into", "that", "which", "who", "whom", "whose", "is", "are", "was", "were", "be", "been",
            "has", "have", "had", "will", "would", "could", "should", "can", "may", "might", "than", "as", "if", "when",
            "while", "since", "after", "before", "during", "per", "each", "this", "these", "those", "its", "their",
            "his", "her", "our", "the", "said", "says", "currently", "now", "still", "already", "also", "over", "under",
            "about", "between", "against", "across", "through", "because", "so", "not", "no", "do", "does", "did");
    private static final Pattern YEAR = Pattern.compile("^(1[89]\\d{2}|20\\d{2})$");
    private static final Pattern MONTH_BEFORE = Pattern.compile("(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|"
            + "dec)[a-z]*\\.?\\s*$");
    private static final int MAX_WHAT_WORDS = 4;
    private static final Pattern CURRENCY = Pattern.compile("[$£€¥]");
    private static final Pattern UNIT = Pattern.compile("(?i)million|billion|trillion|thousand|bn|percent|per cent|%|"
            + "[$£€¥]|points?|mw|gw|kw|twh|km|kg|tonnes|tons|hectares?|acres?|barrels?|bpd|nok|sek|usd|eur|gbp");
    private static final Pattern TIME_OR_MONTH_AFTER = Pattern.compile("a\\.m\\.|p\\.m\\.|am\\b|pm\\b|gmt|utc|et\\b|"
            + "(january|february|march|april|may|june|july|august|september|october|november|december)\\b");
    private static final Pattern RANK_WORD = Pattern.compile("-(?:largest|biggest|smallest|highest|lowest|most|least|"
            + "fastest|richest|poorest|busiest|oldest)\\b");
    /** A figure that stands without a noun after it: qualified ("approximately 170,000") or large ("1,412"). */
    private static final Pattern QUALIFIED = Pattern.compile("^[a-z]|\\d,\\d{3}|\\d\\.\\d");

    List<Figure> find(List<Sentence> sentences) {
        List<Figure> figures = new ArrayList<>();
        Matcher m = FIGURE.matcher("");
        for (Sentence sentence : sentences) {
            String text = sentence.text();
            if (!DateText.hasDigit(text) && !(text.contains("-") && RANK_WORD.matcher(text).find())) {
                continue; // a figure needs a digit, or a rank such as "second-largest"
            }
            Scan.matches(m, text, FigureFinder::nextStart, match -> {
                String value = match.group().strip();
                if (match.group("value") != null && !isFigure(text, match, value)) {
                    return;
                }
                String what = what(text, match.end());
                if (what.isEmpty() && match.group("rank") == null && !hasUnit(value) && !QUALIFIED.matcher(value).find()) {
                    return;
                }
                figures.add(new Figure(value, what.isEmpty() ? null : what, sentence.id()));
            });
        }
        return figures;
    }

    /** The next place a figure may start: a digit, a currency sign, or a word that can open one. */
    private static int nextStart(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != ','
                    && text.charAt(i - 1) != '.') || "$£€¥".indexOf(c) >= 0) {
                return i;
            }
            if (Character.isLetter(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                int end = i;
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                if (end - i <= LONGEST_OPENER && OPENERS.contains(text.substring(i, end).toLowerCase(Locale.ROOT))) {
                    return i;
                }
                i = end - 1;
            }
        }
        return -1;
    }

    /** The length of the longest opener, "approximately": a longer word is none (lower case is never shorter). */
    static final int LONGEST_OPENER = 13;
    static final Set<String> OPENERS = Set.of("approximately", "about", "around", "nearly", "almost", "more",
            "over", "under", "less", "fewer", "some", "roughly", "up", "at", "as", "only", "just", "us", "u", "c", "a",
            "nz", "hk", "nok", "sek", "dkk", "eur", "usd", "gbp", "chf", "jpy", "first", "second", "third", "fourth",
            "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");

    private static boolean isFigure(String text, Matcher m, String value) {
        String digits = NOT_DIGITS.matcher(value).replaceAll("");
        int start = m.start();
        if (YEAR.matcher(digits).matches() && !hasUnit(value) && !CURRENCY.matcher(value).find()) {
            return false;
        }
        if (start > 0 && (text.charAt(start - 1) == ':' || text.charAt(start - 1) == '/' || text.charAt(start - 1) == '-'
                || Character.isLetter(text.charAt(start - 1)))) {
            return false;
        }
        int end = m.end();
        if (end < text.length() && (text.charAt(end) == ':' || text.charAt(end) == '/')) {
            return false;
        }
        if (MONTH_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find()) {
            return false;
        }
        int next = end;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        // the longest word looked for after a figure is "september", with the character after it
        String after = text.substring(next, Math.min(text.length(), next + 16)).toLowerCase(Locale.ROOT);
        if (TIME_OR_MONTH_AFTER.matcher(after).lookingAt()) {
            return false;
        }
        return !digits.isEmpty() && !(digits.length() == 1 && !hasUnit(value) && after.isEmpty());
    }

    private static boolean hasUnit(String value) {
        return UNIT.matcher(value).find();
    }

    private static String withoutTrailing(String word, String marks) {
        int end = word.length();
        while (end > 0 && marks.indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        return word.substring(0, end);
    }

    /** Up to four words after the figure that say what it counts. */
    private static String what(String text, int from) {
        List<String> words = new ArrayList<>();
        int i = from;
        Matcher word = WHAT_WORD.matcher(text);
        while (words.size() < MAX_WHAT_WORDS) {
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            word.region(i, text.length());
            if (!word.lookingAt()) {
                break;
            }
            String raw = word.group();
            String w = withoutTrailing(raw, raw.lastIndexOf('.', raw.length() - 2) >= 0 ? ",;:" : ".,;:");
            if (w.isEmpty() || STOP.contains(w.toLowerCase(Locale.ROOT)) && !(w.equalsIgnoreCase("of") && words.isEmpty())) {
                break;
            }
            if (w.equalsIgnoreCase("of") && words.isEmpty()) {
                words.add(w);
                i = word.end();
                continue;
            }
            words.add(w);
            i = word.end();
            if (word.group().endsWith(",") || word.group().endsWith(".") && !w.contains(".")) {
                break;
            }
        }
        if (!words.isEmpty() && words.get(words.size() - 1).equalsIgnoreCase("of")) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }
}
