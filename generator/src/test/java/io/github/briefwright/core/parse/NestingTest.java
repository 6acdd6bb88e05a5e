package io.github.briefwright.core.parse;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.Limits;
import io.github.briefwright.core.Problem;
import io.github.briefwright.core.load.FrontMatter;
import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.load.SeedException;
import io.github.briefwright.core.load.SeedFormat;
import io.github.briefwright.core.structure.Structurer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NestingTest {

    private static final Limits FOUR = Limits.DEFAULT.with(null, null, 4, null, null, null);

    private static Problem tooDeep(String markdown, int firstLine, Limits limits) {
        SeedException e = assertThrows(SeedException.class, () -> Nesting.check("deep.md", markdown, firstLine, limits));
        assertEquals(1, e.problems().size());
        return e.problems().get(0);
    }

    private static void assertFine(String markdown, Limits limits) {
        assertDoesNotThrow(() -> Nesting.check("ok.md", markdown, 1, limits));
    }

    @Test
    void quotesAtTheLimitPassAndOneMoreFailsOnItsLine() {
        assertFine("# Title\n\n" + "> ".repeat(32) + "deep\n", Limits.DEFAULT);
        Problem problem = tooDeep("# Title\n\n" + "> ".repeat(33) + "deeper\n", 5, Limits.DEFAULT);
        assertEquals("deep.md:7: block quotes and lists nest 33 deep here, more than the limit of 32 "
                + "(briefwright.maxNesting); flatten them or raise the limit", problem.toString());
    }

    @Test
    void quoteMarksWrittenTogetherCountOneEach() {
        assertFine(">>>> four\n", FOUR);
        assertEquals(3, tooDeep("text\n\n>>>>> five\n", 1, FOUR).line());
        assertEquals(1, tooDeep(">".repeat(2000) + " text\n", 1, Limits.DEFAULT).line());
    }

    @Test
    void quotesOpenedLineByLineAreCountedWhereTheyGoTooDeep() {
        assertEquals(5, tooDeep("> a\n> > b\n> > > c\n> > > > d\n> > > > > e\n", 1, FOUR).line());
        assertFine("> a\n> > b\n> > > c\n> > > > d\n\n> > > > again four\n", FOUR);
    }

    @Test
    void listsNestByTheIndentationOfTheirItems() {
        String four = "- one\n  - two\n    1. three\n       * four\n";
        assertFine(four, FOUR);
        assertEquals(5, tooDeep(four + "         - five\n", 1, FOUR).line());
        // the same markers, not indented under the item before: siblings, not nested
        assertFine("- one\n- two\n- three\n- four\n- five\n- six\n", FOUR);
        assertFine("- one\n  - two\n- three\n  - four\n    - five\n", FOUR);
    }

    @Test
    void listsAndQuotesMix() {
        assertEquals(2, tooDeep("- > one\n  > - > - five\n", 1, FOUR).line());
    }

    @Test
    void lazyContinuationKeepsTheItemsOpen() {
        assertEquals(6, tooDeep("- a\n  - b\n    - c\nlazy text\n      - d\n        - e\n", 1, FOUR).line());
    }

    @Test
    void fencedCodeIsText() {
        assertFine("# Code\n\n```\n" + "> ".repeat(100) + "\n- - - - - - - x\n```\n\nAfter.\n", FOUR);
        assertFine("> ```\n> " + "> ".repeat(100) + "\n> ```\n", FOUR);
        assertFine("    " + "> ".repeat(100) + "\n", FOUR);
        // the fence closes, and what follows counts again
        assertEquals(5, tooDeep("~~~\n>>>>>\n~~~\n\n>>>>> five\n", 1, FOUR).line());
    }

    @Test
    void theLineIsTheLineInTheFile() {
        // the body starts on line 4 after three lines of front matter
        assertEquals(6, tooDeep("Intro.\n\n>>>>> five\n", 4, FOUR).line());
    }

    @Test
    void nestedEmphasisIsInlineNesting() {
        assertFine("*a _b **c ~d~** e_ f*\n", FOUR);
        Problem problem = tooDeep("Intro.\n\n" + "*a ".repeat(5) + "x" + " a*".repeat(5) + "\n", 1, FOUR);
        assertEquals(3, problem.line());
        assertTrue(problem.message().contains("emphasis, links and images nest 5 deep"), problem.message());
        assertEquals(1, tooDeep("*".repeat(5000) + "x" + "*".repeat(5000), 1, Limits.DEFAULT).line());
    }

    @Test
    void nestedImagesAreInlineNesting() {
        assertFine("![a [link](b) in it](c)\n", FOUR);
        assertEquals(1, tooDeep("![".repeat(5) + "x" + "](u)".repeat(5), 1, FOUR).line());
        assertEquals(3, tooDeep("Text over\n" + "![".repeat(3) + "*x*\n*a **b** c*" + "](u)".repeat(3), 1, FOUR).line());
    }

    @Test
    void marksThatCommonMarkLeavesFlatAreNotNesting() {
        assertFine("[".repeat(5000) + "x" + "]".repeat(5000) + "\n", Limits.DEFAULT);
        assertFine("*_".repeat(2500) + "x" + "_*".repeat(2500) + "\n", Limits.DEFAULT);
        assertFine("[".repeat(5000) + "x" + "](u)".repeat(5000) + "\n", FOUR);
        assertFine("\\*".repeat(50) + "x" + "\\*".repeat(50) + "\n", FOUR);
        assertFine("<div>".repeat(10_000) + "inside" + "</div>".repeat(10_000) + "\n", Limits.DEFAULT);
        assertFine("*a\n\n" .repeat(100) + "b*\n".repeat(100), FOUR);
    }

    @Test
    void aPasteIsNotMarkdownAndIsNotMeasured() throws SeedException {
        Seed seed = new Seed("paste.txt", Path.of("paste.txt"), SeedFormat.TXT, "A paste\n\n" + "> ".repeat(3000)
                + "quoted\n", 1, FrontMatter.NONE, List.of());
        List<Problem> warnings = new ArrayList<>();
        Document document = new DocumentParser(false).parse(new Structurer().structure(seed), Limits.DEFAULT, warnings);
        assertTrue(document.blocks().size() >= 1);
    }

    @Test
    void theParserChecksBeforeItReads() {
        Seed seed = new Seed("deep.md", Path.of("deep.md"), SeedFormat.MD, "# Deep\n\n" + "> ".repeat(2000) + "text\n",
                3, FrontMatter.NONE, List.of());
        SeedException e = assertThrows(SeedException.class, () -> new DocumentParser(false)
                .parse(new Structurer().structure(seed), Limits.DEFAULT, new ArrayList<>()));
        assertTrue(e.problems().get(0).toString().startsWith("deep.md:5: block quotes and lists nest 33 deep"),
                e.problems().toString());
    }
}
