package io.github.briefwright.core.structure;

import static io.github.briefwright.core.structure.HeadOf.BODY;
import static io.github.briefwright.core.structure.HeadOf.head;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.load.FrontMatter;
import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.load.SeedFormat;
import io.github.briefwright.core.model.Author;
import io.github.briefwright.core.model.Block;
import io.github.briefwright.core.model.Block.Kind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A name alone on a line near the headline is the byline when the page names that person as its author again. */
class NamedAuthorsTest {

    private static final String HEADLINE = "The Budget Nobody Wanted Passes at Midnight";
    /** Six paragraphs: the head's byline search stops five paragraphs into the text. */
    private static final String TEXT = BODY + "\n" + BODY + "\n" + BODY;

    private static List<String> authors(String page) {
        return head(page).authors().stream().map(Author::name).toList();
    }

    private static Draft draft(String text) {
        return new Structurer().structure(new Seed("a.txt", Path.of("a.txt"), SeedFormat.TXT, text, 1,
                FrontMatter.NONE, List.of()));
    }

    /** A headline, a section, share counts and the date, and the headline again over a name: too far for a byline. */
    private static final String REPEATED_HEAD = HEADLINE + "\n\nPolitics\n\n  • 3\n  • 0\n\nDecember 12, 2016\n\n"
            + HEADLINE + "\n\n";

    @Test
    void aNameUnderTheHeadlineThatAnAuthorLabelRepeatsIsTheByline() {
        String page = REPEATED_HEAD + "Jane Doe\n\n" + TEXT + "\nShare\n\nAuthor\n\nJane Doe\n\nTags: budget, council\n";
        assertEquals(List.of("Jane Doe"), authors(page));
        Draft draft = draft(page);
        assertFalse(draft.blocks().stream().anyMatch(b -> b.text().strip().equals("Jane Doe")),
                "the name line is the byline, not a heading of the text: " + draft.blocks());
    }

    @Test
    void withoutTheAuthorLabelTheNameIsNoByline() {
        String page = REPEATED_HEAD + "Jane Doe\n\n" + TEXT + "\nShare\n\nJane Doe\n\nTags: budget, council\n";
        assertEquals(List.of(), authors(page));
    }

    @Test
    void aNameAboveTheHeadlineThatABioRepeatsIsTheByline() {
        // the bio is not at the end of the text, where bios are taken by themselves
        String page = "Menu\n\nSign In\n\nJane Doe\n\nPolitics\n\n" + HEADLINE + "\n\n" + BODY
                + "\nJane Doe is a staff writer covering the city council.\n\n" + BODY;
        assertEquals(List.of("Jane Doe"), authors(page));
        assertTrue(draft(page).removed().stream().noneMatch(r -> r.text().equals("Jane Doe")),
                "the byline is not shown as removed navigation");
    }

    @Test
    void moreFromANameAtTheEndConfirmsIt() {
        String page = REPEATED_HEAD + "John Roe\n\n" + TEXT + "\nMore from John Roe\n";
        assertEquals(List.of("John Roe"), authors(page));
    }

    @Test
    void aNameTheTextOnlyMentionsIsNoByline() {
        // the mayor is named alone on a line above the headline and in the text, never as the page's author
        String page = "Menu\n\nSign In\n\nMaria Lopez\n\nPolitics\n\n" + HEADLINE + "\n\n" + BODY
                + "\nMaria Lopez said the vote was fair and that the council would return to the roads.\n\n" + BODY;
        assertEquals(List.of(), authors(page));
    }

    @Test
    void aNameFarFromTheHeadlineIsNoByline() {
        // ten paragraphs under the headline: past the six blocks where a byline may stand
        StringBuilder page = new StringBuilder(HEADLINE + "\n\n");
        for (int i = 0; i < 10; i++) {
            page.append("A paragraph of the text that goes on about the council and its budget, number ").append(i)
                    .append(".\n\n");
        }
        page.append("Jane Doe\n\n").append(BODY).append("\nMore from Jane Doe\n");
        assertEquals(List.of(), authors(page.toString()));
    }

    @Test
    void aSentenceAboutThePersonTheTextIsAboutIsNoBio() {
        // "was elected mayor" is said of the text's subject; a bio of the author names a writer's role
        String page = "Menu\n\nSign In\n\nMaria Lopez\n\nPolitics\n\n" + HEADLINE + "\n\n" + BODY
                + "\nMaria Lopez was elected mayor in 2019 after a campaign about roads.\n\n" + BODY;
        assertEquals(List.of(), authors(page));
    }

    @Test
    void runsOfBlankLinesDoNotShortenTheWindow() {
        // three line breaks between blocks make a break block of their own between each two
        String page = (REPEATED_HEAD + "Jane Doe\n\n" + TEXT + "\nShare\n\nAuthor\n\nJane Doe\n").replace("\n\n", "\n\n\n");
        assertEquals(List.of("Jane Doe"), authors(page));
    }

    @Test
    void aBylineFoundIsKept() {
        String page = "Menu\n\nSign In\n\nJane Doe\n\nPolitics\n\n" + HEADLINE + "\n\nBy John Roe\n\n" + TEXT
                + "\nAuthor\n\nJane Doe\n";
        assertEquals(List.of("John Roe"), authors(page));
    }

    @Test
    void theFoundLineNamesItsBlock() {
        List<Block> blocks = List.of(
                Block.plain(Kind.PARAGRAPH, HEADLINE, 1),
                Block.plain(Kind.PARAGRAPH, "Jane Doe and John Roe", 3),
                Block.plain(Kind.PARAGRAPH, "Jane Doe is a reporter. John Roe writes about roads.", 5),
                Block.plain(Kind.PARAGRAPH, "John Roe writes about roads as a columnist for the paper.", 7));
        NamedAuthors.Found found = NamedAuthors.find(blocks, 0);
        assertEquals(1, found.block());
        assertEquals(List.of("Jane Doe", "John Roe"), found.names());
        assertNull(NamedAuthors.find(blocks.subList(0, 3), 0), "John Roe is not named as an author: no byline");
        assertNull(NamedAuthors.find(blocks, -1));
    }

    @Test
    void aNameGivenTwiceWinsOverANavigationLineReadAsABylineFromTheTop() {
        // the navigation's "Dismiss Banner" reads as a name near the first title the top of the page gives; the
        // headline is found further down, and the name above it is the one the page gives again in a bio
        String page = "Skip to main content\n\nOpen Navigation Menu\n\nDismiss Banner\n\n  \u2022 Business\n"
                + "  \u2022 Culture\n  \u2022 Science\n\nSign In\n\nSearch\n\nJane Doe\n\nScience\n\nMar 4, 2021 7:00 AM\n\n"
                + HEADLINE + "\n\nTime to count the cost, councillors.\n\n"
                + "The budget that nobody on the council wanted passes at midnight, after a long debate about libraries "
                + "and roads.\n\nCouncillors who wanted cuts gave in when the mayor promised a review of the budget in "
                + "the spring.\n\nResidents who waited until midnight said the vote passes the problem on to next year."
                + "\n\nJane Doe is a staff writer at the Example Gazette, covering the city council and its budget.\n\n"
                + "The mayor said the review would start in March and report to the council before the summer recess.\n";
        assertEquals(HEADLINE, head(page).title());
        assertEquals(List.of("Jane Doe"), authors(page));
    }
}
