package io.github.briefwright.core.analyse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences by rule. A sentence ends at {@code . ! ? …} (with any closing quotes or
 * brackets) followed by white space and a capital, a letter of a script without case (Korean, Arabic, Hindi…),
 * a digit or an opening quote, except after a known abbreviation ("Dr.", "Jan.", "U.S."), an initial
 * ("Meghan L. O'Sullivan") or inside a number ("3.5"). A full-width {@code 。！？} (Chinese, Japanese) ends one
 * with or without a space after it.
 *
 * <p>Hand code, not {@code java.text.BreakIterator} or ICU4J's: on news text both split after titles and
 * initials ("Gov. Kristi Noem", "John M. Ford", "5 p.m. Tuesday") that this list keeps; see the README.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "mx", "dr", "prof", "sr", "jr", "st", "mt", "ft", "rev", "hon", "pres", "gov",
            "sen", "rep", "amb", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl", "pvt", "insp",
            "supt", "det", "inc", "corp", "ltd", "co", "bros", "llc", "plc", "dept", "univ", "assn", "no", "nos",
            "vol", "vols", "fig", "figs", "ch", "p", "pp", "ed", "eds", "al", "vs", "etc", "approx", "est", "ca",
            "cf", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
            "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "ave", "blvd", "rd", "e.g", "i.e",
            "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "d.c", "u.s.a", "ph.d", "b.a", "m.a", "op", "art", "sec");

    private static final String CLOSERS = "\"'”’)]»」』）》";
    /** Full stops of Chinese and Japanese, which need no space after them. */
    private static final String WIDE_ENDS = "。！？";
    /** A note marker after a sentence's end belongs to that sentence. */
    private static final char NOTE_OPEN = '\u27E6';
    private static final char NOTE_CLOSE = '\u27E7';
    private static final String OPENERS = "\"'“‘([«「『《（";

    private SentenceSplitter() {
    }

    public static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean wide = WIDE_ENDS.indexOf(c) >= 0;
            if (c != '.' && c != '!' && c != '?' && c != '…' && !wide) {
                continue;
            }
            int end = i + 1;
            while (end < n && (text.charAt(end) == '.' || text.charAt(end) == '!' || text.charAt(end) == '?'
                    || WIDE_ENDS.indexOf(text.charAt(end)) >= 0 || CLOSERS.indexOf(text.charAt(end)) >= 0
                    || text.charAt(end) == NOTE_OPEN)) {
                if (text.charAt(end) == NOTE_OPEN) {
                    int close = text.indexOf(NOTE_CLOSE, end);
                    end = close < 0 ? n : close;
                }
                end++;
            }
            if (wide && end < n && !Character.isWhitespace(text.charAt(end))) {
                add(sentences, text.substring(start, end));
                start = end;
                i = end - 1;
                continue;
            }
            if (end >= n || !Character.isWhitespace(text.charAt(end))) {
                i = end - 1;
                continue;
            }
            int next = end;
            while (next < n && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next >= n) {
                break;
            }
            char following = text.charAt(next);
            boolean opensSentence = Character.isUpperCase(following) || Character.isDigit(following)
                    || OPENERS.indexOf(following) >= 0 || caseless(following);
            if (opensSentence && !(c == '.' && end == i + 1 && isAbbreviation(text, start, i))) {
                add(sentences, text.substring(start, end));
                start = next;
            }
            i = end - 1;
        }
        add(sentences, text.substring(start));
        return sentences;
    }

    /** A letter of a script without capitals (Hangul, Han, Arabic, Devanagari…), which may open a sentence. */
    private static boolean caseless(char c) {
        return Character.isLetter(c) && !Character.isLowerCase(c) && !Character.isUpperCase(c)
                && !Character.isTitleCase(c);
    }

    /** Whether the word ending just before the period at {@code dot} is an abbreviation or an initial. */
    private static boolean isAbbreviation(String text, int from, int dot) {
        int begin = dot;
        while (begin > from && !Character.isWhitespace(text.charAt(begin - 1))
                && OPENERS.indexOf(text.charAt(begin - 1)) < 0) {
            begin--;
        }
        String word = text.substring(begin, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void add(List<String> sentences, String sentence) {
        String trimmed = sentence.strip();
        if (!trimmed.isEmpty()) {
            sentences.add(trimmed);
        }
    }
}
