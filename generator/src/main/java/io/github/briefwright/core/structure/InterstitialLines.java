package io.github.briefwright.core.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The short lines a page prints again and again inside its text, between paragraphs ("Article content" four times on
 * one page, "IKLAN" on another), found by their shape whatever the language: a line alone of one to {@value #MAX_WORDS}
 * words, of letters alone (no digit, no sign), no writer's role or byline, that stands {@value #TIMES} times or more
 * between two paragraphs of {@value #LONG_WORDS} words or more, among at most {@value #MAX_RUN} short lines there. The
 * text's own headings do not repeat word for word ("Step 1", "Step 2" differ); a person's name ({@link Names#isName})
 * is left alone, as a transcript prints its speakers so. Every line of that form in the paste, inside the text or not,
 * is the site's. Linear in the paste's length.
 */
final class InterstitialLines {

    /** The most words such a line has. */
    private static final int MAX_WORDS = 4;
    /** The most characters such a line has. */
    private static final int MAX_CHARS = 40;
    /** The most short lines between two paragraphs among which such a line counts ("Advertisement 2" over it). */
    private static final int MAX_RUN = 3;
    /** How often it must stand between paragraphs. */
    private static final int TIMES = 2;
    /** The fewest words of a line that is a paragraph of the text. */
    private static final int LONG_WORDS = 15;
    /** The fewest letters such a line has: "Q" and "A" of an interview are the text's. */
    private static final int MIN_LETTERS = 4;
    /** How much of a paste is read. */
    private static final int MAX_PASTE_CHARS = 2_000_000;

    /** A sentence's end or a label's colon at a line's end. */
    private static final Pattern ENDS = Pattern.compile("[.!?:;,…。！？：]\\s*$");
    /**
     * Such a line's characters: letters and the spaces, hyphens, apostrophes and ampersands between them; no digit
     * (a stamp, "2 days ago", "Reply · 14 likes"), no sign of a table's head ("Pos Player Plays % Stats") or a
     * source's brackets ("[CNBC]").
     */
    private static final Pattern WORDS_ONLY = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}\\s'’&-]*");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private InterstitialLines() {
    }

    /** The lines of {@code text} (each stripped) that are such labels; empty when there are none. */
    static Set<String> of(String text) {
        if (text.length() > MAX_PASTE_CHARS) {
            return Set.of();
        }
        Map<String, Integer> inside = new HashMap<>();
        List<String> candidates = new ArrayList<>(); // the lines of a label's shape
        List<String> keys = new ArrayList<>(); // and their keys
        boolean afterParagraph = false;
        boolean labels = true; // the lines since the last paragraph are all short labels
        List<String> run = new ArrayList<>(); // their keys, where they have such a line's shape
        for (String raw : text.split("\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            int words = BlockFeatures.words(line).size(); // as the block classifier counts them: an ideograph one
            if (words >= LONG_WORDS) {
                if (afterParagraph && labels && run.size() <= MAX_RUN) {
                    run.stream().filter(Objects::nonNull).forEach(key -> inside.merge(key, 1, Integer::sum));
                }
                afterParagraph = true;
                labels = true;
                run.clear();
                continue;
            }
            // a heading over a line of its own ("Post-Workout Meal" over "Eat 1-2 hours after your workout", every
            // day of a meal plan) heads the text's parts
            labels &= words <= MAX_WORDS && !ENDS.matcher(line).find();
            String key = key(line, words);
            if (key != null) {
                candidates.add(line);
                keys.add(key);
            }
            run.add(key);
        }
        inside.values().removeIf(times -> times < TIMES);
        Set<String> names = new HashSet<>(); // "• Pamela Wilson", each comment's writer: no label
        for (int i = 0; i < candidates.size() && !inside.isEmpty(); i++) {
            if (inside.containsKey(keys.get(i))
                    && Names.isName(LEADING_MARKS.matcher(candidates.get(i)).replaceFirst(""))) {
                names.add(keys.get(i));
            }
        }
        Set<String> found = new HashSet<>();
        for (int i = 0; i < candidates.size() && !inside.isEmpty(); i++) {
            if (inside.containsKey(keys.get(i)) && !names.contains(keys.get(i))) {
                found.add(candidates.get(i));
            }
        }
        return Set.copyOf(found);
    }

    /**
     * A line's form in lower case, its spaces made one, when it has such a label's shape ({@code words} long); else
     * {@code null}.
     */
    private static String key(String line, int words) {
        if (line.length() > MAX_CHARS || words < 1 || words > MAX_WORDS
                || line.codePoints().filter(Character::isLetter).count() < MIN_LETTERS
                || !WORDS_ONLY.matcher(line).matches() || Bylines.isRoleLine(line)
                || Bylines.parsePrefixed(line) != null) {
            return null; // a writer's role or byline: read otherwise
        }
        return SPACES.matcher(line).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
