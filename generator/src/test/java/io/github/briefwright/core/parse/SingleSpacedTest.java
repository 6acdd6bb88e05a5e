package io.github.briefwright.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.briefwright.testing.RandomText;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A block's plain text is single-spaced without a pattern, exactly as {@code replaceAll("\\s+", " ")} did. */
class SingleSpacedTest {

    @Test
    void givesWhatTheReplacementGave() {
        String pieces = "ab \t\n\u000B\f\r\u00a0\u2003\u2028x";
        Random random = new Random(3);
        for (int n = 0; n < 20_000; n++) {
            String s = RandomText.of(random, pieces, 12);
            assertEquals(s.replaceAll("\\s+", " "), DocumentParser.singleSpaced(s), s);
        }
    }

    @Test
    void returnsSingleSpacedTextAsItIs() {
        String text = "Already single spaced, with a no-break\u00a0space.";
        assertSame(text, DocumentParser.singleSpaced(text));
    }
}
