package io.github.briefwright.core.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.briefwright.testing.RandomText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Plain scans that stand in for patterns in entity and figure finding find what the patterns found. */
class PlainScansTest {

    @Test
    void entityWordsAreTheRunsOfNonSpace() {
        String pieces = "aZ.' \t\n\u000B\f\r\u00a0\u2003\uD835\uDC00-";
        Pattern nonSpace = Pattern.compile("\\S+");
        Random random = new Random(9);
        for (int n = 0; n < 20_000; n++) {
            String s = RandomText.of(random, pieces, 12);
            List<String> expected = new ArrayList<>();
            Matcher m = nonSpace.matcher(s);
            while (m.find()) {
                expected.add((m.start() + 3) + "-" + (m.end() + 3));
            }
            assertEquals(expected, EntityFinder.words(s, 3).stream().map(w -> w[0] + "-" + w[1]).toList(), s);
        }
    }

    @Test
    void contractionsNeedAnApostrophe() {
        Pattern contraction = Pattern.compile("(?i)^(i|we|you|they|he|she|it|that|there|here|what|let|"
                + "who|where)['’](m|re|s|ve|ll|d)$");
        for (String word : List.of("I'm", "we’re", "They'll", "it's", "Its", "Im", "WHO'D", "there’s", "O'Neill",
                "let’s", "lets", "'s", "")) {
            assertEquals(contraction.matcher(word).matches(), EntityFinder.isContraction(word), word);
        }
    }

    @Test
    void noFigureOpenerIsLongerThanTheLongest() {
        assertEquals(FigureFinder.LONGEST_OPENER, FigureFinder.OPENERS.stream().mapToInt(String::length).max()
                .orElseThrow());
    }
}
