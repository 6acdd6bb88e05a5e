package io.github.briefwright.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.briefwright.core.load.FrontMatter;
import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.load.SeedFormat;
import io.github.briefwright.core.model.Block;
import io.github.briefwright.core.model.Block.Kind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructurerTest {

    private static List<Block> blocks(String text) {
        Seed seed = new Seed("a.txt", Path.of("a.txt"), SeedFormat.TXT, text, 1, FrontMatter.NONE, List.of());
        return new Structurer().structure(seed).blocks();
    }

    @Test
    void hygieneNormalisesLineEndsInvisibleCharactersTabsAndTrailingSpaces() {
        assertEquals("a b\nc d\n\ne", TextHygiene.paste("a\u00A0b  \r\nc\td\u200B\r\rе".replace('е', 'e')));
        assertEquals("x\ty  \nz", TextHygiene.common("x\ty  \r\nz\uFEFF"));
    }

    @Test
    void paragraphsAreSeparatedByBlankLinesAndHardWrapsReflowed() {
        List<Block> blocks = blocks("First line of a paragraph\nthat was wrapped.\n\nSecond paragraph.\n");
        assertEquals(2, blocks.size());
        assertEquals("First line of a paragraph that was wrapped.", blocks.get(0).text());
        assertEquals(1, blocks.get(0).line());
        assertEquals("Second paragraph.", blocks.get(1).text());
        assertEquals(4, blocks.get(1).line());
    }

    @Test
    void twoBlankLinesBreakASection() {
        List<Block> blocks = blocks("One.\n\n\nTwo.\n\nThree.\n");
        assertEquals(List.of(Kind.PARAGRAPH, Kind.BREAK, Kind.PARAGRAPH, Kind.PARAGRAPH),
                blocks.stream().map(Block::kind).toList());
    }

    @Test
    void bulletLinesBecomeListItemsWithTheirContinuations() {
        List<Block> blocks = blocks("Intro text.\n\n  • First item\n    continued\n  - Second item\n3) Third\nAfter.\n");
        assertEquals(Kind.LIST, blocks.get(1).kind());
        assertEquals(List.of("First item continued", "Second item", "Third"), blocks.get(1).items());
        assertEquals(Kind.PARAGRAPH, blocks.get(2).kind());
        assertEquals("After.", blocks.get(2).text());
    }

    @Test
    void shortUnpunctuatedLineBeforeAParagraphIsAHeading() {
        List<Block> blocks = blocks("Recommendations\n\nThe team recommends a standard.\n\nNot a heading.\n");
        assertEquals(Kind.HEADING, blocks.get(0).kind());
        assertEquals(Kind.PARAGRAPH, blocks.get(2).kind());
    }

    @Test
    void markdownOnlyGetsCommonHygiene() {
        Seed seed = new Seed("a.md", Path.of("a.md"), SeedFormat.MD, "# T\r\n\tcode  \r\n", 3, FrontMatter.NONE,
                List.of());
        Draft draft = new Structurer().structure(seed);
        assertEquals("# T\n\tcode  \n", draft.text());
        assertEquals(List.of(), draft.blocks());
    }
}
