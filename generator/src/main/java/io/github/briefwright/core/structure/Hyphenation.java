package io.github.briefwright.core.structure;

import java.util.Locale;
import java.util.Set;

/**
 * Joins a word hyphenated across a line break. "inter-" + "national" becomes "international"; a real compound
 * keeps its hyphen: "U.S.-" + "led", "long-" + "term". The rule, in order:
 * <ol>
 *   <li>the hyphen stays when either part has a capital after its first letter, a digit or a period
 *       ("U.S.-led", "COVID-19-era"), or the second part starts with a capital ("anti-American");</li>
 *   <li>what the rest of the text says wins: the hyphen stays when the hyphenated form occurs elsewhere in the
 *       text, and goes when the joined form does;</li>
 *   <li>the hyphen stays when the first part is a common compound head ("well", "self", "long", "cross") or the
 *       second a common compound tail ("based", "led", "term", "making"), and goes otherwise.</li>
 * </ol>
 */
final class Hyphenation {

    private static final Set<String> HEADS = Set.of("well", "self", "long", "short", "high", "low", "full", "half",
            "non", "ex", "all", "cross", "decision", "policy", "law", "rule", "state", "world", "so", "co", "anti",
            "pro", "post", "pre", "multi", "one", "two", "three", "four", "five", "six", "ten", "first", "second",
            "third", "much", "ill", "far", "near", "mid", "middle", "counter", "semi", "quasi", "wide", "hard",
            "fast", "slow", "large", "small", "up", "down", "top", "bottom", "left", "right", "year", "day",
            "month", "week", "old", "new", "open", "closed", "cost", "risk", "fact", "health", "oil", "gas",
            "energy", "market", "military", "rank", "tax", "war", "peace", "life", "time", "record", "middle-class");
    private static final Set<String> TAILS = Set.of("based", "led", "run", "owned", "backed", "funded", "related",
            "term", "level", "scale", "making", "maker", "makers", "known", "made", "wide", "free", "like", "style",
            "year", "years", "old", "time", "day", "week", "month", "class", "standing", "sized", "up", "off", "in",
            "out", "over", "on", "down", "border", "party", "state", "line", "driven", "oriented", "focused",
            "centered", "centred", "speaking", "born", "elect", "general", "bound", "specific", "intensive");

    private static final int LONGEST_WORD = 64;

    private Hyphenation() {
    }

    /**
     * Whether {@code before} ends in a word hyphenated over the line break and {@code after} continues it. Reads
     * only the ends of the two lines: the word before the hyphen and the letters after the break.
     */
    static boolean isSplit(CharSequence before, CharSequence after) {
        return headStart(before) >= 0 && tailEnd(after) > 0;
    }

    /**
     * Joins {@code before} (ending in "word-") with {@code after} (starting with its continuation).
     *
     * @param words every word of the text, lowercased, for the evidence of rule 2
     */
    static String join(String before, String after, Set<String> words) {
        StringBuilder joined = new StringBuilder(before);
        join(joined, after, words);
        return joined.toString();
    }

    /**
     * Appends {@code after} to {@code before}, which ends in "word-", with or without the hyphen: the cost is that
     * of the word and {@code after}, not of all of {@code before}, so a paragraph of many lines is joined in
     * linear time.
     */
    static void join(StringBuilder before, String after, Set<String> words) {
        int head = headStart(before);
        int tail = tailEnd(after);
        if (head < 0 || tail <= 0) {
            before.append(' ').append(after);
            return;
        }
        if (!keepsHyphen(before.substring(head, before.length() - 1), after.substring(0, tail), words)) {
            before.setLength(before.length() - 1);
        }
        before.append(after);
    }

    /**
     * Where the word before a final hyphen starts (letters, digits and periods), or -1 when there is none. Of a
     * "word" longer than {@value #LONGEST_WORD} characters only the last {@value #LONGEST_WORD} are read.
     */
    private static int headStart(CharSequence text) {
        int end = text.length() - 1;
        if (end < 1 || text.charAt(end) != '-') {
            return -1;
        }
        int start = end;
        while (start > 0 && end - start < LONGEST_WORD && wordChar(text.charAt(start - 1))) {
            start--;
        }
        return start < end ? start : -1;
    }

    /** Where the letters (and apostrophes) that open {@code text} end; 0 when it does not open with a letter. */
    private static int tailEnd(CharSequence text) {
        if (text.length() == 0 || !Character.isLetter(text.charAt(0))) {
            return 0;
        }
        int end = 1;
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '\''
                || text.charAt(end) == '\u2019')) {
            end++;
        }
        return end;
    }

    private static boolean wordChar(char c) {
        return Character.isLetter(c) || c == '.' || switch (Character.getType(c)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    static boolean keepsHyphen(String head, String tail, Set<String> words) {
        if (head.chars().anyMatch(c -> Character.isDigit(c) || c == '.')
                || head.chars().skip(1).anyMatch(Character::isUpperCase)
                || Character.isUpperCase(tail.charAt(0))) {
            return true;
        }
        String h = head.toLowerCase(Locale.ROOT);
        String t = tail.toLowerCase(Locale.ROOT);
        if (words.contains(h + "-" + t)) {
            return true;
        }
        if (words.contains(h + t)) {
            return false;
        }
        return HEADS.contains(h) || TAILS.contains(t);
    }
}
