package io.github.briefwright.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.analyse.Analyzer;
import io.github.briefwright.core.load.FrontMatter;
import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.load.SeedFormat;
import io.github.briefwright.core.model.Briefing;
import io.github.briefwright.core.model.BriefingSummary;
import io.github.briefwright.core.model.EntityPage;
import io.github.briefwright.core.model.TimelineChart;
import io.github.briefwright.core.parse.Document;
import io.github.briefwright.core.parse.DocumentParser;
import io.github.briefwright.core.render.EntityIndex;
import io.github.briefwright.core.structure.Structurer;
import io.github.briefwright.testing.Growth;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The analyse and render stages grow linearly (or as {@code n log n}) with a seed's size, on inputs shaped to
 * find work that grows faster: thousands of distinct names, a hundred thousand dates, long paragraphs and long
 * sentences. Each case compares the time for {@code n} and {@code 4n} (see {@link Growth}).
 */
class ScalingTest {

    /** Limits that keep everything, so the work on all of it is measured. */
    private static final Limits UNLIMITED = Limits.DEFAULT.with(null, null, null, null, 1_000_000, 1_000_000);
    private static final String[] FIRST = {"Anna", "Bruno", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hassan"};
    private static final String[] SYLLABLES = {"ba", "ko", "ri", "ne", "tu", "sa", "mi", "lo", "de", "vu"};

    @Test
    void thousandsOfDistinctNamesThroughAnalysisAndTheEntityIndex() {
        Briefing largest = analyse("names.txt", SeedFormat.TXT, names(6_400), UNLIMITED);
        assertTrue(largest.entities().size() >= 6_000, largest.entities().size() + " entities");
        Growth.assertNotQuadratic("names through analyse and the entity index", 1_600,
                n -> document("names.txt", SeedFormat.TXT, names(n)), document -> {
                    Briefing briefing = new Analyzer().analyse(document, UNLIMITED, new ArrayList<>());
                    List<EntityPage> pages = EntityIndex.of(List.of(BriefingSummary.of(briefing, "briefings/names/index.html")));
                    assertEquals(briefing.entities().size(), pages.size());
                });
    }

    @Test
    void aHundredThousandDatesThroughTheTimelineChart() {
        Growth.assertNotQuadratic("dates through the timeline chart", 25_000, ScalingTest::dates, items -> {
            TimelineChart chart = TimelineChart.of(items);
            assertTrue(chart.points().size() <= TimelineChart.MAX_POINTS);
        });
    }

    @Test
    void aLongMarkdownParagraphThroughAnchorsAndMarks() {
        Growth.assertNotQuadratic("a long Markdown paragraph through sentence anchors and entity marks", 1_500,
                n -> document("long.md", SeedFormat.MD, "# Long\n\n" + markdownParagraph(n) + "\n"),
                document -> new Analyzer().analyse(document, UNLIMITED, new ArrayList<>()));
    }

    @Test
    void aLongPasteThroughAnalysis() {
        Growth.assertNotQuadratic("a long paste through analysis", 1_500,
                n -> document("long.txt", SeedFormat.TXT, "A long paste\n\n" + prose(n) + "\n"),
                document -> new Analyzer().analyse(document, UNLIMITED, new ArrayList<>()));
    }

    @Test
    void aLongSentenceThroughAnalysis() {
        Growth.assertNotQuadratic("one long sentence through analysis", 25_000,
                n -> document("sentence.txt", SeedFormat.TXT, "A long sentence\n\n" + sentence(n) + ".\n"),
                document -> new Analyzer().analyse(document, UNLIMITED, new ArrayList<>()));
    }

    @Test
    void aLongRunOfCapitalisedWordsThroughAnalysis() {
        Growth.assertNotQuadratic("a long run of capitalised words, with breakers, through analysis", 4_000,
                n -> document("run.txt", SeedFormat.TXT, "A long run\n\n" + "The Cat Of Kab And ".repeat(n)
                        + "the end.\n"),
                document -> new Analyzer().analyse(document, UNLIMITED, new ArrayList<>()));
    }

    @Test
    void aLongRunOfCapitalisedWordsInASentenceThatMayDefineANameThroughAnalysis() {
        Growth.assertNotQuadratic("a long run of capitalised words before \" as \" and \"(\" through analysis", 4_000,
                n -> document("defined.txt", SeedFormat.TXT, "A long run\n\nWe saw " + "Kab Dob ".repeat(n)
                        + "as well (in part).\n"),
                document -> new Analyzer().analyse(document, UNLIMITED, new ArrayList<>()));
    }

    @Test
    void aLongSentenceOfFiguresThroughAnalysis() {
        Growth.assertNotQuadratic("one long sentence of figures through analysis", 5_000,
                n -> document("figures.txt", SeedFormat.TXT, "Figures\n\nWe counted " + "5 apples, 7 pears and ".repeat(n)
                        + "more.\n"),
                document -> new Analyzer().analyse(document, UNLIMITED, new ArrayList<>()));
    }

    @Test
    void aFirstSentenceOfLongPunctuationRunsThroughTheDerivedTitle() {
        Growth.assertNotQuadratic("a first sentence of long runs of dots through the derived title", 20_000,
                n -> document("dots.md", SeedFormat.MD, "Words " + "a b c d e f g h i j k l m n o ".repeat(2)
                        + "x" + ".".repeat(n) + "y" + ".".repeat(n) + "z\n"),
                document -> new Analyzer().analyse(document, UNLIMITED, new ArrayList<>()));
    }

    /** {@code count} sentences, each naming a person no other names. */
    private static String names(int count) {
        StringBuilder text = new StringBuilder("A list of people\n\n");
        for (int i = 0; i < count; i++) {
            text.append(FIRST[i % FIRST.length]).append(' ').append(surname(i)).append(" spoke to reporters.");
            text.append(i % 50 == 49 ? "\n\n" : " ");
        }
        return text.toString();
    }

    private static String surname(int i) {
        StringBuilder name = new StringBuilder();
        for (int rest = i + 1000; rest > 0; rest /= 10) {
            name.append(SYLLABLES[rest % 10]);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static List<String[]> dates(int count) {
        Random random = new Random(count);
        List<String[]> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(new String[] {LocalDate.of(1900, 1, 1).plusDays(random.nextInt(45_000)).toString(),
                    "day: The council met.", "#s-" + i});
        }
        return items;
    }

    /** One paragraph of {@code count} sentences, some starting in emphasis, links or code, most naming people. */
    private static String markdownParagraph(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            switch (i % 4) {
                case 0 -> text.append("*Anna* ").append(surname(i)).append(" met the Bank of England on 3 March 1990.");
                case 1 -> text.append("Bruno Moreau said the [talks](https://example.org/").append(i).append(") went well.");
                case 2 -> text.append("The `index` rose by 40 percent in Paris.");
                default -> text.append("Carla Novak of the United Nations agreed with ").append(surname(i)).append('.');
            }
            text.append(i % 20 == 19 ? "\n" : " ");
        }
        return text.toString();
    }

    /** Paragraphs of ordinary news prose: names, places, organisations, dates, figures. */
    private static String prose(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(switch (i % 5) {
                case 0 -> "Prime Minister Anna " + surname(i) + " met officials of the European Central Bank (ECB) in Paris.";
                case 1 -> "The Islamic State, also known as ISIS, lost about 40 percent of its land by March 2017.";
                case 2 -> "Bruno Moreau said on Sunday that $3 billion would go to the U.S. Army Corps of Engineers.";
                case 3 -> "It was the second-largest programme since 1990, and the council met again on 5 May 2001.";
                default -> "However, the talks in Baghdad stalled last week as " + surname(i) + " left.";
            }).append(i % 8 == 7 ? "\n\n" : " ");
        }
        return text.toString();
    }

    /** One sentence of {@code words} words, lower case but for a place every tenth word, no hyphen, no full stop. */
    private static String sentence(int words) {
        StringBuilder text = new StringBuilder("Anna");
        for (int i = 1; i < words; i++) {
            text.append(' ').append(i % 10 == 0 ? surname(i) : i % 10 == 9 ? "in" : "word");
        }
        return text.toString();
    }

    private static Document document(String name, SeedFormat format, String text) {
        Seed seed = new Seed(name, Path.of(name), format, text, 1, FrontMatter.NONE, List.of());
        try {
            return new DocumentParser(false).parse(new Structurer().structure(seed), Limits.DEFAULT, new ArrayList<>());
        } catch (io.github.briefwright.core.load.SeedException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    private static Briefing analyse(String name, SeedFormat format, String text, Limits limits) {
        return new Analyzer().analyse(document(name, format, text), limits, new ArrayList<>());
    }
}
