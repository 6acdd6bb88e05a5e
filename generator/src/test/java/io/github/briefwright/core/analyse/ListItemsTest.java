package io.github.briefwright.core.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.briefwright.core.Limits;
import io.github.briefwright.core.load.FrontMatter;
import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.load.SeedException;
import io.github.briefwright.core.load.SeedFormat;
import io.github.briefwright.core.model.Briefing;
import io.github.briefwright.core.model.Paragraph;
import io.github.briefwright.core.model.Sentence;
import io.github.briefwright.core.parse.DocumentParser;
import io.github.briefwright.core.structure.Structurer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A list's paragraph knows its items' sentences and, numbered, its first number: from a raw paste and Markdown. */
class ListItemsTest {

    private static final String INTRO = "The ministry published its figures on Tuesday. They cover the first quarter.";

    private static Briefing analyse(String name, SeedFormat format, String text) {
        Seed seed = new Seed(name, Path.of(name), format, text, 1, FrontMatter.NONE, List.of());
        try {
            return new Analyzer().analyse(new DocumentParser(false).parse(new Structurer().structure(seed),
                    Limits.DEFAULT, new ArrayList<>()));
        } catch (SeedException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    private static List<Paragraph> lists(Briefing briefing) {
        return briefing.sections().stream().flatMap(s -> s.paragraphs().stream())
                .filter(p -> p.kind().equals("list")).toList();
    }

    private static List<String> texts(List<Sentence> sentences) {
        return sentences.stream().map(Sentence::text).toList();
    }

    @Test
    void anItemOfTwoSentencesHoldsBothAndANumberedListKnowsWhereItStarts() {
        Briefing briefing = analyse("a.txt", SeedFormat.TXT, "Quarterly figures\n\n" + INTRO + "\n\n"
                + "3. Employment rose by 6,100. Most of it was in finance.\n4. Unemployment held at 2.0%.\n\n"
                + "• Wages rose. Prices rose faster.\n• Rents fell.\n");
        List<Paragraph> lists = lists(briefing);
        assertEquals(2, lists.size(), briefing.sections().toString());
        Paragraph numbered = lists.get(0);
        assertEquals(3, numbered.start());
        assertEquals(List.of(2, 1), numbered.itemSentences());
        assertEquals(List.of("Employment rose by 6,100.", "Most of it was in finance.", "Unemployment held at 2.0%."),
                texts(numbered.sentences()));
        Paragraph bulleted = lists.get(1);
        assertEquals(0, bulleted.start());
        assertEquals(List.of(2, 1), bulleted.itemSentences());
        assertEquals(List.of("Wages rose.", "Prices rose faster.", "Rents fell."), texts(bulleted.sentences()));
        // other blocks have no items
        Paragraph intro = briefing.sections().get(0).paragraphs().get(0);
        assertEquals(List.of(), intro.itemSentences());
        assertEquals(0, intro.start());
    }

    @Test
    void anItemsKeptNumberIsPartOfItsFirstSentence() {
        Briefing briefing = analyse("a.txt", SeedFormat.TXT, "Quarterly figures\n\n" + INTRO + "\n\n"
                + "1. Employment rose. Most of it was in finance.\n3. Unemployment held.\n");
        Paragraph list = lists(briefing).get(0);
        assertEquals(0, list.start());
        assertEquals(List.of("1. Employment rose.", "Most of it was in finance.", "3. Unemployment held."),
                texts(list.sentences()));
        assertEquals(List.of(2, 1), list.itemSentences());
    }

    @Test
    void aMarkdownListHasTheSameShape() {
        Briefing briefing = analyse("a.md", SeedFormat.MD, INTRO + "\n\n"
                + "3. Employment rose by 6,100. Most of it was in finance.\n4. Unemployment held at 2.0%.\n\n"
                + "Between the lists.\n\n- Wages rose. Prices rose faster.\n- Rents fell.\n");
        List<Paragraph> lists = lists(briefing);
        assertEquals(List.of(3, 0), lists.stream().map(Paragraph::start).toList());
        assertEquals(List.of(List.of(2, 1), List.of(2, 1)), lists.stream().map(Paragraph::itemSentences).toList());
    }
}
