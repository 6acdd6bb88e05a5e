package io.github.briefwright.core.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** Key points read a sentence's words with a plain scan that finds exactly what their pattern found. */
class KeyPointWordsTest {

    @Test
    void theScanFindsWhatThePatternFinds() {
        String[] pieces = {"a", "Z", "é", "ß", "7", "²", "Ⅻ", "中", "\uD835\uDC00", "\uD83D\uDE00", "\u0301", "'", "’",
            "-", "--", ".", " ", "_", "\u00a0", "\uD835", "ǅ", "ʰ"};
        Random random = new Random(5);
        for (int n = 0; n < 30_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            List<String> expected = new ArrayList<>();
            Matcher m = KeyPointRanker.WORD.matcher(s);
            while (m.find()) {
                expected.add(m.group());
            }
            List<String> found = new ArrayList<>();
            for (int start = KeyPointRanker.wordStart(s, 0); start >= 0; ) {
                int end = KeyPointRanker.wordEnd(s, start);
                found.add(s.substring(start, end));
                start = KeyPointRanker.wordStart(s, end);
            }
            assertEquals(expected, found, s);
        }
    }
}
