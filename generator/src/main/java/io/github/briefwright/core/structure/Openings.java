package io.github.briefwright.core.structure;

import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's patterns anchored at a text's start, tried only where they can match: for each first character up to
 * U+017F, and for each ASCII letter followed by an ASCII character, the alternatives that can begin so are
 * compiled into one pattern, and a text is tried against that one alone; for a later first character the same is
 * learnt the first time a text begins with it (up to {@value #MAX_BEYOND} characters; then, and for half of a
 * surrogate pair, a text is tried against them all). The answer is the same as trying every alternative: an
 * alternative that fails on the first character (or the first two) without reading past them fails on every text
 * that begins with them. Rules hold dozens of alternatives of which a text's first letters leave one or two.
 * Thread-safe: what is learnt is kept in concurrent maps, and each thread has matchers of its own.
 */
final class Openings {

    /** Characters up to this one are looked up one by one; a text that begins with a later one tries them all. */
    private static final int SINGLE = 0x180;
    private static final int ASCII = 128;
    /** How many first characters beyond {@link #SINGLE} each rule learns; a text that begins with another tries all. */
    private static final int MAX_BEYOND = 4096;
    /** What {@link #beyond} holds for a first character no alternative can begin with. */
    private static final Pattern NONE = Pattern.compile("(?!)");

    private final Pattern all;
    /** For each first character, the alternatives that can begin with it, or null when none can. */
    private final Pattern[] byFirst;
    /** For an ASCII letter then an ASCII character, the alternatives that can begin so; a null row: see byFirst. */
    private final Pattern[][] byPair;
    /**
     * For a first character beyond {@link #SINGLE} (a letter of Cyrillic, Greek, Arabic, Devanagari, a CJK ideograph),
     * learnt the first time a text begins with it: the alternatives that can begin with it, or {@link #NONE}.
     */
    private final Map<Character, Pattern> beyond = new ConcurrentHashMap<>();
    private final List<String> alternatives;
    private final int flags;
    private final Pattern[] each;
    private final Map<BitSet, Pattern> compiled = new ConcurrentHashMap<>();
    /** Each thread's matchers of these patterns, reset for each text instead of made anew. */
    private final ThreadLocal<Map<Pattern, Matcher>> matchers = ThreadLocal.withInitial(IdentityHashMap::new);

    /** The alternatives, each a pattern without its leading {@code ^}, compiled with {@code flags}. */
    Openings(List<String> alternatives, int flags) {
        this.all = join(alternatives, flags);
        this.alternatives = List.copyOf(alternatives);
        this.flags = flags;
        this.each = alternatives.stream().map(a -> Pattern.compile(withoutCaptures(a), flags))
                .toArray(Pattern[]::new);
        byFirst = new Pattern[SINGLE];
        byPair = new Pattern[ASCII][];
        for (char first = 0; first < SINGLE; first++) {
            BitSet may = starting(each, null, String.valueOf(first));
            byFirst[first] = subset(may);
            if (may.isEmpty() || first >= ASCII || !Character.isLetter(first)) {
                continue;
            }
            byPair[first] = new Pattern[ASCII];
            for (char second = 0; second < ASCII; second++) {
                BitSet pair = starting(each, may, new String(new char[] {first, second}));
                byPair[first][second] = subset(pair);
            }
        }
    }

    /** Whether one of the alternatives matches at the start of {@code text}. */
    boolean matchStart(String text) {
        Pattern pattern = patternFor(text);
        return pattern != null && matchers.get().computeIfAbsent(pattern, p -> p.matcher("")).reset(text).lookingAt();
    }

    private Pattern patternFor(String text) {
        if (text.isEmpty()) {
            return all;
        }
        char first = text.charAt(0);
        if (first >= SINGLE) {
            return beyond(first);
        }
        if (text.length() < 2 || first >= ASCII || byPair[first] == null || text.charAt(1) >= ASCII) {
            return byFirst[first];
        }
        return byPair[first][text.charAt(1)];
    }

    /**
     * The alternatives that can begin with {@code first}, a character beyond {@link #SINGLE}; all of them for half of
     * a surrogate pair (what follows it decides) or once {@link #MAX_BEYOND} characters are learnt.
     */
    private Pattern beyond(char first) {
        if (Character.isSurrogate(first)) {
            return all;
        }
        Pattern known = beyond.get(first);
        if (known == null) {
            if (beyond.size() >= MAX_BEYOND) {
                return all;
            }
            known = beyond.computeIfAbsent(first, c -> {
                Pattern may = subset(starting(each, null, String.valueOf(c)));
                return may == null ? NONE : may;
            });
        }
        return known == NONE ? null : known;
    }

    /** The alternatives (among {@code among}, or all) that match {@code start} or read past its end. */
    private static BitSet starting(Pattern[] each, BitSet among, String start) {
        BitSet may = new BitSet(each.length);
        for (int i = 0; i < each.length; i++) {
            if (among == null || among.get(i)) {
                Matcher m = each[i].matcher(start);
                if (m.lookingAt() || m.hitEnd()) {
                    may.set(i);
                }
            }
        }
        return may;
    }

    private Pattern subset(BitSet may) {
        if (may.isEmpty()) {
            return null;
        }
        return compiled.computeIfAbsent(may, m -> join(m.stream().mapToObj(alternatives::get).toList(), flags));
    }

    /** The alternatives as one pattern, their groups made non-capturing (a matcher's size and cost grow with them). */
    static Pattern join(List<String> alternatives, int flags) {
        return Pattern.compile(withoutCaptures("(?:" + String.join(")|(?:", alternatives) + ")"), flags);
    }

    /**
     * {@code regex} with each capturing group made non-capturing: the same matches, for a pattern that refers to no
     * group (no back reference, no named group) and whose caller asks only whether it matches.
     */
    static String withoutCaptures(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 32);
        int classDepth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            out.append(c);
            if (c == '\\' && i + 1 < regex.length()) {
                out.append(regex.charAt(++i));
            } else if (c == '[') {
                classDepth++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
            } else if (c == '(' && classDepth == 0 && (i + 1 == regex.length() || regex.charAt(i + 1) != '?')) {
                out.append("?:");
            }
        }
        return out.toString();
    }
}
