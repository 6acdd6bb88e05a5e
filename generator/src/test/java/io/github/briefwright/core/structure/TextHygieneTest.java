package io.github.briefwright.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TextHygieneTest {

    @Test
    void controlCharactersOtherThanTabAndNewlineAreRemoved() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            all.append(c);
        }
        all.append('\u007F');
        for (char c = 0x80; c <= 0x9F; c++) {
            all.append(c);
        }
        // CR becomes a line end; NEL (U+0085) too
        assertEquals("\t\n\n\n", TextHygiene.clean(all.toString()));
    }

    @Test
    void xmlInvalidNoncharactersAndUnpairedSurrogatesAreRemovedButPairsKept() {
        assertEquals("ab\uD83D\uDE00c", TextHygiene.clean("a\uFFFEb\uFFFF\uD83D\uDE00\uD800c\uDC00"));
    }

    @Test
    void bidiEmbeddingsOverridesAndIsolatesAreRemovedButMarksKept() {
        assertEquals("abcdefghij", TextHygiene.clean("a\u202Ab\u202Bc\u202Cd\u202De\u202Ef\u2066g\u2067h\u2068i\u2069j"));
        assertEquals("\u200E\u200F\u061C", TextHygiene.clean("\u200E\u200F\u061C"));
    }

    @Test
    void lineEndsAreNormalisedOneForOne() {
        assertEquals("a\nb\nc\n\nd", TextHygiene.clean("a\r\nb\rc\n\rd"));
        assertEquals("a\nb", TextHygiene.lineEnds("a\u0085b"));
    }

    @Test
    void cleanTextIsReturnedAsItIsAndCleaningTwiceChangesNothing() {
        String text = "Ordinary text, with \u00e9, tabs\tand\nlines, \u05D0\u200F and \uD83D\uDE00.";
        assertSame(text, TextHygiene.clean(text));
        String dirty = "x\u0007\u202Ey\r\n";
        assertEquals(TextHygiene.clean(dirty), TextHygiene.clean(TextHygiene.clean(dirty)));
    }

    @Test
    void oneLineTextHasNoLineEndsOrTabs() {
        assertEquals("a b c d", TextHygiene.oneLine("a\nb\tc\r\u001Bd"));
    }

    @Test
    void commonHygieneIncludesTheCleaning() {
        assertEquals("Title\n", TextHygiene.common("Ti\u202Etle\u0007\r"));
        assertEquals("a\nb", TextHygiene.common("a\u0085b"), "NEL is still a line end");
    }

    @Test
    void breakHintsAreDroppedButJoinersThatSpellWordsAreKept() {
        assertEquals("ab cd-e", TextHygiene.paste("a\u200Bb\u2060 c\uFEFFd-\u00ADe"));
        String persian = "\u0622\u0634 \u0631\u0634\u062A\u0647\u200C\u06CC";
        assertEquals(persian, TextHygiene.paste(persian), "a Persian word's non-joiner is part of its spelling");
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        assertEquals(family, TextHygiene.common(family), "an emoji sequence keeps its joiners");
    }
}
