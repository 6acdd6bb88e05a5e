package io.github.briefwright.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.analyse.Analyzer;
import io.github.briefwright.core.load.SeedLoader;
import io.github.briefwright.core.model.Briefing;
import io.github.briefwright.core.model.Paragraph;
import io.github.briefwright.core.model.Quote;
import io.github.briefwright.core.model.Removed;
import io.github.briefwright.core.model.Sentence;
import io.github.briefwright.core.parse.DocumentParser;
import io.github.briefwright.core.structure.Structurer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's first seed, a raw paste of a magazine article, as the issue describes its expected structure. */
class ExampleSeedTest {

    private static final Path SEEDS = Path.of("../seeds");
    private static final String FILE = "us-iraq-ties-after-soleimani.txt";
    private static final String QUOTE_1 = "Without a U.S. presence, Baghdad will be much weaker, with strength accruing to Tehran.";
    private static final String QUOTE_2 = "The Iraqi government wants to be treated not as an arm of the Iranian regime but "
            + "as the sovereign entity.";

    private static Briefing briefing;
    private static List<String> bodyParagraphs;

    @BeforeAll
    static void structure() throws Exception {
        SeedLoader loader = new SeedLoader(SEEDS, StandardCharsets.UTF_8);
        briefing = new Analyzer().analyse(new DocumentParser(false).parse(new Structurer()
                .structure(loader.load(SEEDS.resolve(FILE))), Limits.DEFAULT, new java.util.ArrayList<>()));
        bodyParagraphs = briefing.sections().stream().flatMap(s -> s.paragraphs().stream()).map(Paragraph::text).toList();
    }

    /** The article's paragraphs as the paste has them: every block up to the paywall, less the two pull quotes. */
    private static List<String> articleParagraphs() throws Exception {
        String text = Files.readString(SEEDS.resolve(FILE));
        String article = text.substring(0, text.indexOf("You are reading a free article."));
        return Arrays.stream(article.split("\\n\\s*\\n")).map(p -> p.replaceAll("[\\s\\u00A0]+", " ").strip())
                .filter(p -> !p.isEmpty() && !p.equals(QUOTE_1) && !p.equals(QUOTE_2)).toList();
    }

    @Test
    void everyBodyParagraphIsKeptVerbatimAndInOrder() throws Exception {
        List<String> expected = articleParagraphs();
        assertEquals(13, expected.size());
        assertEquals(expected, bodyParagraphs);
    }

    @Test
    void theTwoPullQuotesAreFoundAndPointAtTheSentencesTheyRepeat() {
        assertEquals(List.of(QUOTE_1, QUOTE_2), briefing.pullQuotes().stream().map(Quote::text).toList());
        for (Quote quote : briefing.pullQuotes()) {
            Sentence source = briefing.sections().stream().flatMap(s -> s.paragraphs().stream())
                    .flatMap(p -> p.sentences().stream()).filter(s -> s.id().equals(quote.sentence()))
                    .findFirst().orElseThrow();
            assertTrue(source.text().startsWith(quote.text().substring(0, 60)), source.text());
        }
    }

    @Test
    void theAuthorAndHerBioComeFromTheEndOfThePaste() {
        assertEquals(1, briefing.authors().size());
        assertEquals("Meghan L. O'Sullivan", briefing.authors().get(0).name());
        assertTrue(briefing.authors().get(0).bio().startsWith("MEGHAN L. O’SULLIVAN is Jeane Kirkpatrick Professor"));
        assertTrue(bodyParagraphs.stream().noneMatch(p -> p.contains("Kirkpatrick")));
    }

    @Test
    void thePaywallItsBulletsSubscribeNowAndMoreByAreRemovedAndKept() {
        List<String> removed = briefing.removed().stream().map(Removed::text).toList();
        assertEquals(List.of("You are reading a free article.", "Subscribe to Foreign Affairs to get unlimited access.",
                "Paywall-free reading of new articles and a century of archives",
                "Unlock access to iOS/Android apps to save editions for offline reading",
                "Six issues a year in print, online, and audio editions", "Subscribe Now",
                "More By Meghan L. O’Sullivan"), removed);
        for (String noise : List.of("free article", "Subscribe", "Paywall-free", "Six issues", "More By")) {
            assertTrue(bodyParagraphs.stream().noneMatch(p -> p.contains(noise)), noise);
        }
        assertTrue(briefing.removed().stream().allMatch(r -> r.reason() != null && !r.reason().isBlank()));
    }

    @Test
    void theTitleIsDerivedByTheDocumentedRule() {
        assertTrue(briefing.titleDerived());
        assertEquals("The severing of ties between the United States and Iraq", briefing.title());
        assertNull(briefing.date());
    }

    @Test
    void peopleOrganisationsAndPlacesAreFoundWithTheirMentions() {
        java.util.Map<String, String> types = new java.util.HashMap<>();
        briefing.entities().forEach(e -> types.put(e.name(), e.type()));
        for (String person : List.of("Qasem Soleimani", "Adel Abdul-Mahdi", "Ali al-Sistani", "Donald Trump",
                "Barack Obama", "Barham Salih", "Saddam Hussein")) {
            assertEquals("person", types.get(person), person + " in " + types);
        }
        for (String place : List.of("Iraq", "Iran", "Syria", "Lebanon", "Baghdad", "Tehran", "United States")) {
            assertEquals("place", types.get(place), place);
        }
        for (String organisation : List.of("ISIS", "OPEC", "Quds Force")) {
            assertEquals("organisation", types.get(organisation), organisation);
        }
        for (String notEntity : List.of("Rather", "Moreover", "Subscribe", "Sunday", "January", "Iraqi", "Americans")) {
            assertFalse(types.containsKey(notEntity), notEntity);
        }
        var abdulMahdi = briefing.entities().stream().filter(e -> e.name().equals("Adel Abdul-Mahdi")).findFirst().orElseThrow();
        assertEquals("adel-abdul-mahdi", abdulMahdi.id());
        assertTrue(abdulMahdi.aliases().contains("Abdul-Mahdi"), "surname mentions resolve to the person");
        assertEquals(3, abdulMahdi.mentions().size());
        var isis = briefing.entities().stream().filter(e -> e.name().equals("ISIS")).findFirst().orElseThrow();
        assertTrue(isis.aliases().contains("Islamic State"), "the text's own definition is an alias");
        var us = briefing.entities().stream().filter(e -> e.name().equals("United States")).findFirst().orElseThrow();
        assertTrue(us.aliases().contains("U.S."), "short forms resolve");
        assertTrue(types.containsKey("Iraq") && briefing.entities().stream().filter(e -> e.name().equals("Iraq"))
                .findFirst().orElseThrow().aliases().contains("Iraq’s") == false, "possessives are the same entity");
    }

    @Test
    void theTimelineKeepsTheYearOfJanuaryFiveUnknownWithoutADate() {
        var january = briefing.timeline().stream().filter(t -> "--01-05".equals(t.date())).findFirst().orElseThrow();
        assertEquals("day", january.precision());
        assertFalse(january.yearKnown());
        assertTrue(january.text().startsWith("On January 5, the Iraqi parliament voted"));
        assertTrue(briefing.timeline().stream().anyMatch(t -> "2011".equals(t.date()) && t.yearKnown()));
        assertTrue(briefing.timeline().stream().anyMatch(t -> "--02".equals(t.date()) && !t.yearKnown()),
                "last February, with no date to count back from");
    }

    @Test
    void figuresKeyPointsAndSummaryComeFromTheText() {
        var figures = briefing.figures().stream().map(f -> f.value() + " " + f.what()).toList();
        assertTrue(figures.contains("5,200 U.S. forces"), figures.toString());
        assertTrue(figures.stream().anyMatch(f -> f.startsWith("approximately 170,000")), figures.toString());
        assertTrue(figures.stream().anyMatch(f -> f.startsWith("second-largest producer")), figures.toString());
        assertTrue(briefing.keyPoints().size() >= 3 && briefing.keyPoints().size() <= 5);
        List<String> sentenceIds = briefing.sections().stream().flatMap(s -> s.paragraphs().stream())
                .flatMap(p -> p.sentences().stream()).map(Sentence::id).toList();
        int previous = -1;
        for (Quote point : briefing.keyPoints()) {
            int at = sentenceIds.indexOf(point.sentence());
            assertTrue(at > previous, "key points in document order, each tied to its sentence");
            previous = at;
            assertFalse(point.text().equals(QUOTE_1) || point.text().equals(QUOTE_2), "never a pull quote");
        }
        assertNotNull(briefing.summary());
        assertTrue(briefing.summary().split("(?<=[.!?])\\s+").length <= 2, briefing.summary());
    }

    @Test
    void thePageShowsThePullQuotesOnceTheAuthorBoxAndTheRemovedText(@TempDir Path dir) throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.copy(SEEDS.resolve(FILE), seeds.resolve(FILE));
        new SiteBuilder(BuildConfig.builder().seedDirectory(seeds).outputDirectory(dir.resolve("site")).build(),
                Reporter.SILENT).build();
        Document page = Jsoup.parse(dir.resolve("site/briefings/us-iraq-ties-after-soleimani/index.html").toFile(), "UTF-8");
        assertEquals(2, page.select("aside.pull-quote").size());
        String flow = page.select(".briefing-body p.block").text();
        assertFalse(flow.contains("with strength accruing to Tehran. Moreover"), "pull quote not repeated in the flow");
        assertEquals(1, countOf(page.select(".briefing-body").text(), "as the sovereign entity."));
        for (var link : page.select("aside.pull-quote a[href^=#]")) {
            assertNotNull(page.getElementById(link.attr("href").substring(1)), link.attr("href"));
        }
        assertTrue(page.select("aside.authors").text().contains("Meghan L. O'Sullivan"));
        assertTrue(page.select("details.removed summary").text().contains("Removed from the source: 7 blocks"));
        assertTrue(page.select("details.removed").text().contains("Subscribe Now"));
        assertTrue(page.select("p.meta").text().contains("min read"));
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
