package io.github.briefwright.core.structure;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern TRAILING = Pattern.compile("(\\S*?)([\\p{L}\\p{N}.]+)-$");
    private static final Pattern LEADING = Pattern.compile("^([\\p{L}][\\p{L}'’]*)");
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

    private Hyphenation() {
    }

    /** Whether {@code before} ends in a word hyphenated over the line break and {@code after} continues it. */
    static boolean isSplit(String before, String after) {
        return TRAILING.matcher(before).find() && LEADING.matcher(after).find();
    }

    /**
     * Joins {@code before} (ending in "word-") with {@code after} (starting with its continuation).
     *
     * @param words every word of the text, lowercased, for the evidence of rule 2
     */
    static String join(String before, String after, Set<String> words) {
        Matcher left = TRAILING.matcher(before);
        Matcher right = LEADING.matcher(after);
        if (!left.find() || !right.find()) {
            return before + " " + after;
        }
        String head = left.group(2);
        String tail = right.group(1);
        String withoutHyphen = before.substring(0, before.length() - 1);
        return keepsHyphen(head, tail, words) ? before + after : withoutHyphen + after;
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
