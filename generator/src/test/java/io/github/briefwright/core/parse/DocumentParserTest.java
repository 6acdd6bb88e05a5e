package io.github.briefwright.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

class DocumentParserTest {

    private static final Limits TEN_NOTES = Limits.DEFAULT.with(null, null, null, 10, null, null);

    static Document parse(String markdown, Limits limits, List<Problem> warnings) throws SeedException {
        Seed seed = new Seed("notes.md", Path.of("notes.md"), SeedFormat.MD, markdown, 1, FrontMatter.NONE, List.of());
        return new DocumentParser(false).parse(new Structurer().structure(seed), limits, warnings);
    }

    private static String footnotes(int count) {
        StringBuilder text = new StringBuilder("A claim");
        StringBuilder definitions = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            text.append(" and another[^n").append(i).append(']');
            definitions.append("[^n").append(i).append("]: Note ").append(i).append(".\n");
        }
        return text + ".\n\n" + definitions;
    }

    @Test
    void notesUpToTheLimitAreAllKeptWithoutAWarning() throws SeedException {
        List<Problem> warnings = new ArrayList<>();
        Document document = parse(footnotes(10), TEN_NOTES, warnings);
        assertEquals(10, document.notes().size());
        assertEquals(List.of(), warnings);
    }

    @Test
    void notesOverTheLimitStayAsWrittenWithOneWarning() throws SeedException {
        List<Problem> warnings = new ArrayList<>();
        Document document = parse(footnotes(30), TEN_NOTES, warnings);
        assertEquals(10, document.notes().size());
        assertEquals("Note 10.", document.notes().get(9).text());
        String html = document.blocks().get(0).html();
        assertEquals(10, html.chars().filter(c -> c == '\u27E6').count(), "a marker where each kept note stands");
        assertTrue(document.notes().stream().allMatch(note -> note.html().equals(note.text())), "notes' HTML");
        assertTrue(html.contains("[^n11]") && html.contains("[^n30]"), html);
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("notes.md: has 30 notes, more than the limit of 10 (briefwright.maxNotes); the first 10 are "
                + "kept as notes and the rest stay in the text as written", warnings.get(0).toString());
    }

    @Test
    void footnotesAndCommentsCountTogetherInTextOrder() throws SeedException {
        List<Problem> warnings = new ArrayList<>();
        Limits two = Limits.DEFAULT.with(null, null, null, 2, null, null);
        Document document = parse("One{>>first<<} two[^a] three{==marked==}{>>third<<} four{>>fourth<<} and[^a] "
                + "again.\n\n[^a]: The footnote.\n", two, warnings);
        assertEquals(List.of("comment", "footnote"), document.notes().stream().map(AuthoredNotes.Note::kind).toList());
        String text = document.blocks().get(0).text();
        assertTrue(text.contains("{>>third<<}") && text.contains("{>>fourth<<}"), text);
        assertTrue(warnings.get(0).message().startsWith("has 4 notes, more than the limit of 2"), warnings.toString());
    }

    @Test
    void blocksAreReadAsTheirPageShowsThem() throws SeedException {
        Document document = parse("""
                The [talks](https://example.org/talks "Talks") at *OPEC*
                ran in `Vienna` ![a chart](chart.png) for days.

                - First item, with [a link](https://example.org/).
                - Second item
                  - nested under it

                > A quote on one line.
                >
                > And a second paragraph.
                """, Limits.DEFAULT, new ArrayList<>());
        List<String> texts = document.blocks().stream().map(io.github.briefwright.core.model.Block::text).toList();
        assertEquals("The talks at OPEC ran in Vienna for days.", texts.get(0),
                "a link is its text, code its literal, an image not text, a line break a space");
        assertEquals(List.of("First item, with a link.", "Second item nested under it"), document.blocks().get(1).items(),
                "each list item has its text, a nested list in it too");
        assertEquals("A quote on one line. And a second paragraph.", texts.get(2), "no quotation marks added");
    }
}
