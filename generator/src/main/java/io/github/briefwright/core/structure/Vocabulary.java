package io.github.briefwright.core.structure;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of one text, lowercased, hyphenated compounds both whole and in parts. Built in one pass. */
final class Vocabulary {

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:-[\\p{L}]+)*");

    private Vocabulary() {
    }

    static Set<String> of(String text) {
        Set<String> words = new HashSet<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            int end = matcher.end();
            // a word hyphenated at a line end is not evidence of anything
            if (end < text.length() && text.charAt(end) == '-') {
                continue;
            }
            String word = matcher.group().toLowerCase(Locale.ROOT);
            words.add(word);
        }
        return words;
    }
}
