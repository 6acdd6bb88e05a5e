package io.github.briefwright.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.load.FrontMatter;
import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.load.SeedFormat;
import io.github.briefwright.core.model.Author;
import io.github.briefwright.core.model.Block;
import io.github.briefwright.core.model.Removed;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Short lines a page prints again and again inside its text ({@link InterstitialLines}, the {@code interstitial}
 * noise rule): taken out whatever their language, the text's own repeated headings, a transcript's speakers and
 * numbered steps left alone.
 */
class InterstitialLinesTest {

    private static final String[] PARAGRAPHS = {
        "The harbour board agreed on Tuesday to dredge the eastern channel before the winter storms, after two "
                + "trawlers ran aground on the sandbar in the space of a single week in October.",
        "Skippers had warned for years that the channel was silting up, and the board's own survey in the spring "
                + "found less than two metres of water at low tide in places along the wall.",
        "The work will cost about four hundred thousand pounds and will be paid for by the harbour's reserves, the "
                + "chair told a meeting that ran for more than three hours in the old fish market.",
        "A contractor from the north coast is expected to start in the second week of November, weather allowing, "
                + "and the channel will stay open to boats at high water while the dredger works."};

    private static String text(String between) {
        return "Harbour board to dredge eastern channel before winter\n\n" + PARAGRAPHS[0] + "\n\n" + between + "\n\n"
                + PARAGRAPHS[1] + "\n\n" + between + "\n\n" + PARAGRAPHS[2] + "\n\n" + between + "\n\n"
                + PARAGRAPHS[3] + "\n";
    }

    private static Draft draft(String text, NoiseRules rules) {
        return new Structurer(rules).structure(new Seed("a.txt", Path.of("a.txt"), SeedFormat.TXT, text, 1,
                FrontMatter.NONE, List.of()));
    }

    private static List<String> kept(Draft draft) {
        return draft.blocks().stream().map(Block::text).map(String::strip).toList();
    }

    @Test
    void aLabelBetweenTheParagraphsAgainAndAgainIsTheSites() {
        for (String label : List.of("Article content", "Sambungan artikel", "Lesen Sie weiter",
                "Статья продолжается")) {
            Draft draft = draft(text(label), NoiseRules.defaults());
            assertTrue(kept(draft).stream().noneMatch(label::equals), label + " kept: " + kept(draft));
            assertEquals(3, draft.removed().stream().filter(r -> r.text().strip().equals(label)
                    && r.reason().equals(NoiseRules.INTERSTITIAL)).count(), draft.removed().toString());
            assertEquals(4, kept(draft).stream().filter(t -> t.split(" ").length > 20).count(), "every paragraph kept");
        }
    }

    @Test
    void itIsNoTitle() throws java.io.IOException {
        // a whole page whose label over each part of its text had been read as the title, and the byline with it
        Head head = HeadOf.head(HeadOf.paste("pastes-by-other-hands-29/pastes/05-salt-marsh-restoration.txt"));
        assertEquals("Dike breached on purpose as Minas Flats salt marsh project enters final phase", head.title());
        assertEquals(List.of("Claire Thibodeau"), head.authors().stream().map(Author::name).toList());
    }

    @Test
    void theTextsOwnLinesStay() {
        // a speaker's name before each answer of an interview
        assertEquals(3, kept(draft(text("Margaret Okonjo"), NoiseRules.defaults())).stream()
                .filter("Margaret Okonjo"::equals).count());
        // numbered steps differ; a heading over a line of its own (each day of a plan) heads a part of the text
        assertEquals(Set.of(), InterstitialLines.of(text("Step 1").replaceFirst("Step 1", "Step 2")));
        assertEquals(Set.of(), InterstitialLines.of(text("Morning Meal\n\nEat within an hour of waking up")));
        // once between paragraphs is no pattern
        assertEquals(Set.of(), InterstitialLines.of("Title\n\n" + PARAGRAPHS[0] + "\n\nRead more\n\n" + PARAGRAPHS[1]
                + "\n\nRead more\n"));
        // a stamp, a table's head, a sentence
        assertEquals(Set.of(), InterstitialLines.of(text("2 days ago")));
        assertEquals(Set.of(), InterstitialLines.of(text("Pos Player Plays % Stats")));
        assertEquals(Set.of(), InterstitialLines.of(text("It rained.")));
    }

    @Test
    void twoLabelsTogetherAreCountedBoth() {
        assertEquals(Set.of("Anzeige", "Weiterlesen"), InterstitialLines.of(text("Anzeige\nWeiterlesen")));
    }

    @Test
    void theRuleCanBeTurnedOff() {
        Draft draft = draft(text("Article content"), NoiseRules.of(List.of(NoiseRules.INTERSTITIAL), List.of()));
        assertEquals(3, kept(draft).stream().filter("Article content"::equals).count());
        assertTrue(draft.removed().stream().map(Removed::reason).noneMatch(NoiseRules.INTERSTITIAL::equals));
    }
}
