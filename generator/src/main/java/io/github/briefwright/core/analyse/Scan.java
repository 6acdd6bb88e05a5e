package io.github.briefwright.core.analyse;

import java.util.function.Consumer;
import java.util.regex.Matcher;

/**
 * Tries a pattern only where a match may start, instead of at every character: the finders' patterns are long
 * alternations, and most places in a text cannot start any of them. What may start there is the finder's call.
 */
final class Scan {

    /** The next place at or after {@code from} where a match may start, or -1. */
    @FunctionalInterface
    interface Starts {
        int next(String text, int from);
    }

    private Scan() {
    }

    /** Calls {@code found} for each match of {@code pattern} in {@code text}, left to right, not overlapping. */
    static void matches(Matcher pattern, String text, Starts starts, Consumer<Matcher> found) {
        pattern.reset(text).useTransparentBounds(true).useAnchoringBounds(false);
        int at = 0;
        while (at < text.length()) {
            int start = starts.next(text, at);
            if (start < 0) {
                return;
            }
            pattern.region(start, text.length());
            if (pattern.lookingAt()) {
                found.accept(pattern);
                at = Math.max(pattern.end(), start + 1);
            } else {
                at = start + 1;
            }
        }
    }
}
