package io.github.briefwright.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A rule's anchored patterns tried only on texts whose first characters they can begin with ({@link Openings}):
 * the answer is always the one the whole alternation gives, whatever the text begins with (a letter of another
 * case, a letter beyond ASCII, a symbol, one character, none).
 */
class OpeningsTest {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Alternatives of the shapes the noise rules use: words, classes, optional parts, case-sensitive groups. */
    private static final List<String> ALTERNATIVES = List.of("back to top\\s*[↑^]?$", "(photo|image)s?\\s*:",
            "\\d[\\d,.k]*\\s+comments?$", "(?-i:\\p{Lu})[\\p{L}'’-]+ photo$", "[«\"“]?read more\\b", "ß+ok$",
            "(?=.{0,20}\\bcookies?\\b).{0,40}accept$", "x?y?kelvin", "é(té|cole)\\b", "(?:)?$", "ab|ac|ad");

    private static final Pattern ALL = Pattern.compile("(?:" + String.join(")|(?:", ALTERNATIVES) + ")", FLAGS);

    private final Openings openings = new Openings(ALTERNATIVES, FLAGS);

    @Test
    void answersAsTheWholeAlternationOnTextsOfEveryBeginning() {
        List<String> texts = new ArrayList<>(List.of("", "b", "B", "Back to top ↑", "BACK TO TOP", "back to topic",
                "Photos: Lee", "images :", "12 comments", "1.2k Comments", "Jane photo", "jane photo", "“Read more",
                "ßok", "SSOK", "We use cookies; accept", "KELVIN", "\u212Aelvin", "yKelvin", "été", "École", "ÉCOLE",
                "ab", "AC", "a", "zz", "中文", "\uD83D\uDE00 emoji", "1", " "));
        Random random = new Random(7);
        String alphabet = "abcdefghijklmnopqrstuvwxyzBCKPRÉé ßk:\"“«12.,\u212A↑^中";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(14);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String prefix = ALTERNATIVES.get(random.nextInt(ALTERNATIVES.size())).replaceAll("[^a-z ]", "");
            texts.add(random.nextBoolean() ? text.toString() : prefix.substring(0, random.nextInt(prefix.length() + 1))
                    + text);
        }
        int matched = 0;
        for (String text : texts) {
            boolean expected = ALL.matcher(text).lookingAt();
            assertEquals(expected, openings.matchStart(text), text);
            matched += expected ? 1 : 0;
        }
        assertTrue(matched > 1_000, "the texts should exercise matches as well as misses: " + matched);
    }

    @Test
    void aTextThatNoAlternativeCanBeginIsNotMatched() {
        Openings comments = new Openings(List.of("\\d+ comments$", "back to top$"), FLAGS);
        assertTrue(comments.matchStart("12 Comments"));
        assertTrue(comments.matchStart("BACK TO TOP"));
        assertFalse(comments.matchStart("Backing the plan, 12 comments"));
        assertFalse(comments.matchStart("Comments"));
    }
}
