package io.github.briefwright.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The search terms of a text, which {@code assets/search.js} makes of a query by the same rules. */
class SearchTermsTest {

    @Test
    void termsAreLowerCaseWithoutAccentsPossessivesPluralsOrCommonWords() {
        assertEquals(List.of("council", "budget", "mayor", "cafe", "naive", "rock", "roll"),
                SearchIndex.terms("The Council's budgets, the mayor’s café and naïve rock 'n' roll"));
        assertEquals(List.of("classe", "bus", "2019", "obrien"), SearchIndex.terms("Classes bus 2019 O'Brien"));
        assertEquals(List.of("東京都"), SearchIndex.terms("東京都"));
        assertEquals(List.of(), SearchIndex.terms("a I 's '' ’ — the and"));
    }

    /**
     * Random texts of the characters that matter (ASCII letters in both cases, digits, both apostrophes, an "s"
     * after one, accented and combining letters, letters that lower-case to ASCII (the Kelvin sign, "İ"), surrogates
     * alone and in pairs, ligatures, other scripts, spaces and punctuation) give the terms of the rules
     * written out plainly below, one string at a time.
     */
    @Test
    void theTermsAreThoseOfTheRulesWrittenPlainly() {
        String[] pieces = {"a", "b", "s", "S", "e", "Z", "0", "7", "'", "’", "'s", "’s", "ss", " ", " ", ",", ".", "-",
            "é", "É", "ï", "e\u0301", "ß", "ø", "東", "京", "ا", "Я", "д", "\u0301", "İ", "\n", "the", "which", "should",
            "shoulds", "ies", "Council", "budgets", "\u212A", "\uD835\uDC00", "\uD800", "\u017F", "\u0903", "\u20DD",
            "\uFB01", "\u01C5", "Σ", "ς", "\u00A0"};
        Random random = new Random(20261204);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(40);
            for (int k = 0; k < n; k++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertEquals(plainly(text.toString()), SearchIndex.terms(text.toString()), text::toString);
        }
    }

    private static final Set<String> STOP = Set.of("the", "and", "for", "that", "with", "this", "from", "are", "was",
            "were", "has", "have", "had", "not", "but", "its", "his", "her", "their", "they", "them", "than", "then",
            "which", "who", "will", "would", "can", "could", "should", "been", "into", "also", "about", "more", "some",
            "such", "only", "over", "other", "there", "what", "when", "where", "while", "these", "those", "our", "you");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** The rules, one string at a time: the implementation before the buffer. */
    private static List<String> plainly(String text) {
        List<String> terms = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c == '’') {
                c = '\'';
            }
            if (Character.isLetterOrDigit(c) || c == '\'' || Character.getType(c) == Character.NON_SPACING_MARK) {
                token.append(Character.toLowerCase(c));
            } else if (token.length() > 0) {
                String term = MARKS.matcher(Normalizer.normalize(token, Normalizer.Form.NFD)).replaceAll("");
                int start = 0;
                int end = term.length();
                while (start < end && term.charAt(start) == '\'') {
                    start++;
                }
                while (end > start && term.charAt(end - 1) == '\'') {
                    end--;
                }
                term = term.substring(start, end);
                if (term.endsWith("'s")) {
                    term = term.substring(0, term.length() - 2);
                }
                term = term.replace("'", "");
                if (term.length() > 4 && term.endsWith("s") && !term.endsWith("ss")) {
                    term = term.substring(0, term.length() - 1);
                }
                if (term.length() >= 2 && !STOP.contains(term)) {
                    terms.add(term);
                }
                token.setLength(0);
            }
        }
        return terms;
    }
}
