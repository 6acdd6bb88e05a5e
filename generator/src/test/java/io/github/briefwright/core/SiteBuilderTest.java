package io.github.briefwright.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.briefwright.testing.SiteAssertions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderTest {

    /** The repository's example seeds. */
    private static final Path EXAMPLE_SEEDS = Path.of("../seeds");

    @TempDir
    Path dir;
    Path seeds;
    Path out;

    @BeforeEach
    void folders() throws IOException {
        seeds = Files.createDirectories(dir.resolve("seeds"));
        out = dir.resolve("site");
    }

    private BuildResult build() throws BuildException {
        return build(BuildConfig.builder().seedDirectory(seeds).outputDirectory(out).projectDirectory(dir));
    }

    private BuildResult build(BuildConfig.Builder config) throws BuildException {
        return new SiteBuilder(config.build(), Reporter.SILENT).build();
    }

    private void seed(String name, String text) throws IOException {
        Path file = seeds.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private JsonNode json(String slug) throws IOException {
        return JsonMapper.builder().build().readTree(out.resolve("briefings/" + slug + "/briefing.json").toFile());
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void theExampleSeedsBecomeASiteWhoseLinksAllResolve() throws Exception {
        BuildResult result = build(BuildConfig.builder().seedDirectory(EXAMPLE_SEEDS).outputDirectory(out)
                .projectDirectory(dir));
        assertEquals(4, result.briefings());
        SiteAssertions site = new SiteAssertions(out);
        JsonNode iraq = site.assertBriefingPage("us-iraq-ties-after-soleimani",
                "Such is the first major diplomatic trial resulting from the United States’ use of military force");
        assertEquals("us-iraq-ties-after-soleimani.txt", iraq.get("sourceFile").asText());
        assertTrue(iraq.get("titleDerived").asBoolean());
        site.assertBriefingPage("grid-storage-memo", "The bottleneck is no longer hardware.");
        site.assertIndexLinksTo("us-iraq-ties-after-soleimani", "grid-storage-memo", "ministry-report-extract",
                "field-notes-water-rights");
        assertTrue(site.assertLinksResolve() >= 8);
        assertTrue(site.assertNoExternalResources() >= 10, "stylesheets and scripts are all local");
        assertFalse(Files.readString(out.resolve("assets/style.css")).matches("(?s).*(url\\(\\s*['\"]?(https?:)?//|@import).*"),
                "the stylesheet loads nothing from elsewhere");
    }

    @Test
    void briefingJsonFollowsTheContractInOrder() throws Exception {
        seed("a.md", "---\ntitle: T\nauthors: [A. Writer]\ndate: 2021-02-03\ntags: [x]\n---\nOne. Two.\n\nThree.\n");
        build();
        JsonNode json = json("a");
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("schema", "slug", "sourceFile", "source", "title", "titleDerived", "dek", "authors",
                "date", "tags", "wordCount", "readingMinutes", "summary", "summarySentences", "keyPoints", "sections", "pullQuotes",
                "removed", "entities", "timeline", "figures", "annotations"), fields);
        assertTrue(json.get("dek").isNull(), "absent values are present as null");
        assertEquals("A. Writer", json.at("/authors/0/name").asText());
        assertEquals("2021-02-03", json.get("date").asText());
        assertEquals(3, json.get("wordCount").asInt());
        JsonNode paragraph = json.at("/sections/0/paragraphs/0");
        assertEquals("One. Two.", paragraph.get("text").asText());
        assertEquals(2, paragraph.get("sentences").size());
        assertTrue(paragraph.get("id").asText().startsWith("p-"));
        assertTrue(paragraph.at("/sentences/0/id").asText().startsWith("s-"));
        assertFalse(paragraph.has("html"), "rendered HTML is page material, not data");
    }

    @Test
    void sentenceAnchorsAreStableWhenOtherTextChanges() throws Exception {
        seed("a.txt", "Alpha sentence here. Beta sentence here.\n\nGamma paragraph.\n");
        build();
        String beta = json("a").at("/sections/0/paragraphs/0/sentences/1/id").asText();
        seed("a.txt", "A new opening paragraph.\n\nAlpha sentence, edited. Beta sentence here.\n\nGamma paragraph.\n");
        build();
        assertEquals(beta, json("a").at("/sections/0/paragraphs/1/sentences/1/id").asText());
        Document page = page("briefings/a/index.html");
        assertEquals("Beta sentence here.", page.getElementById(beta).text());
    }

    @Test
    void aNumberedPasteKeepsItsNumbersAndEachItemIsOneListItem() throws Exception {
        seed("a.txt", "Quarterly figures\n\nThe ministry published its figures on Tuesday. They cover the quarter.\n\n"
                + "1. Total employment rose by 6,100.\n2. Resident employment rose by 2,400.\n\n"
                + "Chart 1: Quarterly employment change\n\n"
                + "3. Employment was 1.6% higher than a year ago. Most of the rise was in finance.\n"
                + "4. Unemployment held at 2.0%.\n\n"
                + "• Wages rose. Prices rose faster.\n• Rents fell.\n");
        build();
        Document page = page("briefings/a/index.html");
        var first = page.select("ol.block-list").first();
        assertEquals("", first.attr("start"), "a list from 1 needs no start");
        assertEquals(2, first.select("> li").size());
        var third = page.select("ol.block-list[start=3]").first();
        assertEquals(List.of("Employment was 1.6% higher than a year ago. Most of the rise was in finance.",
                "Unemployment held at 2.0%."), third.select("> li").eachText());
        var bullets = page.select("ul.block-list").first();
        assertEquals(List.of("Wages rose. Prices rose faster.", "Rents fell."), bullets.select("> li").eachText());
        // each sentence is still an anchor, with the id briefing.json gives it (the caption went as noise)
        JsonNode list = json("a").at("/sections/0/paragraphs/2");
        assertEquals(3, list.get("start").asInt());
        assertEquals("[2,1]", list.get("itemSentences").toString());
        assertEquals(list.at("/sentences/1/id").asText(), third.select("> li").first().select("span.s").get(1).id());
        assertEquals("Most of the rise was in finance.",
                page.getElementById(list.at("/sentences/1/id").asText()).text());
        JsonNode bulleted = json("a").at("/sections/0/paragraphs/3");
        assertFalse(bulleted.has("start"), "a bulleted list has no start");
        assertEquals("[2,1]", bulleted.get("itemSentences").toString());
        assertFalse(json("a").at("/sections/0/paragraphs/0").has("itemSentences"), "a paragraph has no items");
    }

    @Test
    void indexListsNewestFirstAndUndatedLast() throws Exception {
        seed("old.md", "---\ntitle: Old\ndate: 2019-05-01\n---\nText.\n");
        seed("undated.md", "---\ntitle: Undated\n---\nText.\n");
        seed("new.md", "---\ntitle: New\ndate: 2021-05-01T10:00:00Z\n---\nText.\n");
        build();
        List<String> titles = page("index.html").select(".briefing-list h2").eachText();
        assertEquals(List.of("New", "Old", "Undated"), titles);
    }

    @Test
    void theHomePageListsAHundredBriefingsAPage() throws Exception {
        for (int i = 1; i <= 250; i++) {
            seed(String.format("b%03d.md", i), String.format("---\ntitle: Briefing %d\ndate: 2020-01-01T00:%02d:%02dZ\n---\nText.%n",
                    i, i / 60, i % 60));
        }
        build();
        Document first = page("index.html");
        assertEquals(100, first.select(".briefing-list > li").size());
        assertEquals("Briefing 250", first.select(".briefing-list h2").first().text(), "newest first");
        assertEquals("page/2/index.html", first.select(".pagination a[rel=next]").attr("href"));
        assertTrue(first.select(".pagination a[rel=prev]").isEmpty());
        Document last = page("page/3/index.html");
        assertEquals(50, last.select(".briefing-list > li").size());
        assertEquals("Briefing 1", last.select(".briefing-list h2").last().text());
        assertEquals("../../page/2/index.html", last.select(".pagination a[rel=prev]").attr("href"));
        assertEquals("../../briefings/b050/index.html", last.select(".briefing-list a").first().attr("href"));
        new SiteAssertions(out).assertLinksResolve();
    }

    @Test
    void bigTagsEntitiesAndTimelinesArePaginated() throws Exception {
        for (int i = 1; i <= 130; i++) {
            seed(String.format("b%03d.md", i), String.format("---\ntitle: Briefing %d\ndate: 2020-01-01T00:%02d:%02dZ\n"
                    + "tags: [economy]\n---\nThe Fiscal Council met Maria Lindqvist in Lisbon. On 5 March 2019, "
                    + "on 6 March 2019, on 7 March 2019 and on 8 March 2019 it voted.%n", i, i / 60, i % 60));
        }
        build();
        Document tag = page("tags/economy/index.html");
        assertEquals(100, tag.select(".briefing-list > li").size());
        assertEquals("../../tags/economy/page/2/index.html", tag.select(".pagination a[rel=next]").attr("href"));
        Document tag2 = page("tags/economy/page/2/index.html");
        assertEquals(30, tag2.select(".briefing-list > li").size());
        assertEquals("../../../../tags/economy/index.html", tag2.select(".pagination a[rel=prev]").attr("href"));
        Document entity = page("entities/fiscal-council/index.html");
        assertEquals(100, entity.select(".appearances > li").size());
        assertTrue(entity.select(".entity-header .meta").text().contains("in 130 briefings"));
        assertEquals(30, page("entities/fiscal-council/page/2/index.html").select(".appearances > li").size());
        Document timeline = page("timeline/index.html");
        assertEquals(500, timeline.select(".timeline-list > li").size());
        assertEquals(1, timeline.select(".timeline-chart").size());
        Document timeline2 = page("timeline/page/2/index.html");
        assertEquals(20, timeline2.select(".timeline-list > li").size());
        assertTrue(timeline2.select(".timeline-chart").isEmpty(), "the chart is on the first page only");
        new SiteAssertions(out).assertLinksResolve();
    }

    @Test
    void slugCollisionsGetASuffixAndAWarning() throws Exception {
        seed("a/report.txt", "First report.\n");
        seed("b/report.md", "Second report.\n");
        BuildResult result = build();
        assertEquals("report", json("report").get("slug").asText());
        assertEquals("b/report.md", json("report-2").get("sourceFile").asText());
        assertTrue(result.warnings().stream().anyMatch(w -> w.file().equals("b/report.md")
                && w.message().contains("already used by a/report.txt")), result.warnings().toString());
    }

    @Test
    void frontMatterSlugCannotEscapeTheBriefingsFolder() throws Exception {
        seed("a.md", "---\nslug: ../../index\n---\nText.\n");
        BuildResult result = build();
        assertTrue(Files.isRegularFile(out.resolve("briefings/index/index.html")));
        assertTrue(result.warnings().stream().anyMatch(w -> w.message().contains("using 'index'")));
    }

    @Test
    void draftsAndEmptySeedsAreSkippedWithAReason() throws Exception {
        seed("draft.md", "---\ntitle: D\ndraft: true\n---\nText.\n");
        seed("empty.txt", "  \n\n");
        seed("real.txt", "Real text.\n");
        BuildResult result = build();
        assertEquals(1, result.briefings());
        assertEquals(List.of("draft.md", "empty.txt"), result.skipped().stream().map(Problem::file).sorted().toList());
        assertFalse(Files.exists(out.resolve("briefings/draft")));
        build(BuildConfig.builder().seedDirectory(seeds).outputDirectory(out).includeDrafts(true));
        assertTrue(Files.exists(out.resolve("briefings/draft/index.html")));
    }

    @Test
    void seedTextAndFrontMatterAreEscapedAndRawHtmlSanitised() throws Exception {
        seed("x.md", "---\ntitle: \"<script>alert(1)</script>\"\nsource: https://example.org/a?b=1&c=2\n---\n"
                + "Para <img src=x onerror=alert(2)> with <b>bold</b>.\n\n<script>alert(3)</script>\n\n"
                + "[link](javascript:alert(4))\n");
        seed("y.txt", "A paste with <script>alert(5)</script> in it.\n");
        build();
        String x = Files.readString(out.resolve("briefings/x/index.html"));
        String y = Files.readString(out.resolve("briefings/y/index.html"));
        for (String html : List.of(x, y)) {
            Document page = Jsoup.parse(html);
            assertTrue(page.select("script:not([type=application/ld+json])").isEmpty(), html);
            for (var data : page.select("script[type=application/ld+json]")) {
                JsonNode ld = JsonMapper.builder().build().readTree(data.data());
                assertEquals("Article", ld.get("@type").asText(), "the structured data is valid JSON");
            }
            for (var element : page.getAllElements()) {
                for (var attribute : element.attributes()) {
                    assertFalse(attribute.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on"), html);
                    assertFalse(attribute.getValue().toLowerCase(java.util.Locale.ROOT).contains("javascript:"), html);
                }
            }
        }
        assertFalse(x.contains("onerror"), "raw HTML is not even kept as text");
        assertTrue(x.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertEquals("<script>alert(1)</script>", JsonMapper.builder().build().readTree(Jsoup.parse(x)
                .select("script[type=application/ld+json]").first().data()).get("headline").asText(),
                "a title cannot close the structured data's script");
        assertFalse(x.contains("<script>alert"), "the title is written as \\u003C in the structured data");
        assertTrue(x.contains("<b>bold</b>"), "harmless markup is kept");
        assertTrue(y.contains("&lt;script&gt;alert(5)&lt;/script&gt;"));
        assertTrue(x.contains("href=\"https://example.org/a?b=1&amp;c=2\""), "attribute values are escaped");
    }

    @Test
    void usersAddNoisePatternsAndTurnBuiltInRulesOff() throws Exception {
        seed("a.txt", "Printed from the Example Intranet on 3 May\n\nThe council met to discuss the budget for the "
                + "coming year, and it agreed on most points.\n\nAdvertisement\n\nThe vote on the final plan is "
                + "expected next month, officials said.\n");
        build(BuildConfig.builder().seedDirectory(seeds).outputDirectory(out)
                .noisePatterns(List.of("^Printed from\\b")).disabledNoiseRules(List.of("advertisement")));
        JsonNode json = json("a");
        assertEquals("custom", json.at("/removed/0/reason").asText());
        assertEquals("Printed from the Example Intranet on 3 May", json.at("/removed/0/text").asText());
        assertEquals(1, json.get("removed").size());
        assertTrue(json.get("sections").toString().contains("\"Advertisement\""), "the turned-off rule removes nothing");
    }

    @Test
    void badNoiseConfigurationIsAClearError() {
        BuildException unknown = assertThrows(BuildException.class, () -> build(BuildConfig.builder()
                .seedDirectory(seeds).outputDirectory(out).disabledNoiseRules(List.of("adverts"))));
        assertTrue(unknown.getMessage().contains("unknown noise rule 'adverts'"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("advertisement"), "lists the rules there are");
        BuildException pattern = assertThrows(BuildException.class, () -> build(BuildConfig.builder()
                .seedDirectory(seeds).outputDirectory(out).noisePatterns(List.of("(unclosed"))));
        assertTrue(pattern.getMessage().contains("'(unclosed' is not a valid regular expression"), pattern.getMessage());
    }

    @Test
    void aSeedThatIsAllNoiseIsSkippedSayingSo() throws Exception {
        seed("noise.txt", "Subscribe Now\n\nSign in\n\nAdvertisement\n");
        seed("real.txt", "Real text.\n");
        BuildResult result = build();
        assertEquals(1, result.skipped().size());
        assertEquals("noise.txt", result.skipped().get(0).file());
        assertTrue(result.skipped().get(0).message().contains("is all noise (3 blocks removed"),
                result.skipped().get(0).message());
    }

    @Test
    void authoredNotesBecomeNumberedSidenotesWithBackLinks() throws Exception {
        seed("notes.md", """
                ---
                title: Notes
                ---
                The council {++finally ++}approved the plan.[^src] It was {--not --}close.

                The vote was {==seven to two==}{>>Check the minutes.<<} and the mayor {~~objected~>abstained~~}.{>>Odd.<<}

                Code keeps `{++this++}` as written.

                [^src]: The council's *own* minutes.
                """);
        build();
        JsonNode json = json("notes");
        JsonNode annotations = json.get("annotations");
        assertEquals(3, annotations.size(), annotations.toString());
        assertEquals("footnote", annotations.at("/0/kind").asText());
        assertEquals("The council's *own* minutes.", annotations.at("/0/text").asText());
        assertEquals("highlight", annotations.at("/1/kind").asText());
        assertEquals("comment", annotations.at("/2/kind").asText());
        JsonNode first = json.at("/sections/0/paragraphs/0");
        assertEquals("The council finally approved the plan. It was close.", first.get("text").asText());
        assertEquals(annotations.at("/0/anchor").asText(), first.at("/sentences/0/id").asText());
        assertEquals("The vote was seven to two and the mayor abstained.", json.at("/sections/0/paragraphs/1/text").asText());

        Document page = page("briefings/notes/index.html");
        assertEquals(3, page.select(".sidenote[role=note]").size());
        assertEquals("The council's own minutes.", page.select("#note-1 .note-text").text());
        assertEquals("own", page.select("#note-1 .note-text em").text(), "notes are Markdown too");
        assertEquals("#note-ref-1", page.select("#note-1 a.note-back").attr("href"));
        assertEquals("note-toggle-1", page.select("label[for=note-toggle-1]").attr("for"));
        assertEquals("finally", page.select("ins").first().text().strip());
        assertEquals("not", page.select("del").first().text().strip());
        assertEquals("seven to two", page.select("mark").text());
        assertEquals(List.of("objected"), page.select("del").eachText().subList(1, 2));
        assertTrue(page.select("code").text().contains("{++this++}"));
        assertFalse(page.html().contains("\u27E6"), "no note marker is left");
        new SiteAssertions(out).assertLinksResolve();
    }

    @Test
    void theGlossaryNamesEntitiesAndNotesTheirFirstMentionInEveryBriefing() throws Exception {
        Files.writeString(seeds.resolve("glossary.yml"), """
                - name: Northwind Books
                  type: organisation
                  aliases: [Northwind, NWB]
                  description: A small-business software firm in Tallinn.
                  link: https://example.org/northwind
                - name: Marta Kask
                  type: person
                  description: Northwind's founder.
                """);
        seed("a.txt", "Northwind said on Monday that sales had doubled, and Marta Kask agreed with the figures it gave.\n\n"
                + "Analysts said NWB had been lucky, but Northwind disagreed with them in a long statement.\n");
        seed("b.txt", "Shares in Northwind Books rose by a third after the company published its annual report.\n");
        build();
        JsonNode a = json("a");
        JsonNode northwind = null;
        for (JsonNode entity : a.get("entities")) {
            if (entity.get("name").asText().equals("Northwind Books")) {
                northwind = entity;
            }
        }
        assertTrue(northwind != null, a.get("entities").toString());
        assertEquals("organisation", northwind.get("type").asText());
        assertEquals("northwind-books", northwind.get("id").asText());
        assertEquals(2, northwind.get("mentions").size(), "aliases resolve to the entry");
        assertEquals("A small-business software firm in Tallinn.", northwind.get("description").asText());
        assertTrue(a.get("annotations").toString().contains("\"kind\":\"glossary\""), a.get("annotations").toString());
        for (String slug : List.of("a", "b")) {
            Document page = page("briefings/" + slug + "/index.html");
            assertEquals(1, page.select("#gloss-northwind-books").size(), "one note, at the first mention, in " + slug);
            assertTrue(page.select("#gloss-northwind-books").text().contains("software firm in Tallinn"));
            assertEquals("https://example.org/northwind", page.select("#gloss-northwind-books a[rel]").attr("href"));
        }
        new SiteAssertions(out).assertLinksResolve();
    }

    @Test
    void everyEntityHasAPageListingTheBriefingsThatMentionIt() throws Exception {
        seed("a.txt", "---\ntitle: First\ndate: 2024-01-02\n---\nOfficials in Baghdad met envoys from Tehran on Monday to "
                + "discuss the electricity debt.\n");
        seed("b.txt", "---\ntitle: Second\ndate: 2024-02-03\n---\nThe grid operator in Baghdad said imports would rise "
                + "this summer.\n");
        build();
        Document baghdad = page("entities/baghdad/index.html");
        assertEquals("Baghdad", baghdad.select("h1").text());
        assertEquals(List.of("Second", "First"), baghdad.select(".appearances > li h3 a").eachText(), "newest first");
        assertTrue(baghdad.select(".appearances blockquote a").first().attr("href").startsWith("../../briefings/b/index.html#s-"));
        assertEquals(List.of("Tehran"), baghdad.select(".entity-companions .chips a").stream().map(a -> a.ownText().strip()).toList());
        assertEquals(List.of("../../entities/tehran/index.html"), baghdad.select(".companion-picture a").eachAttr("href"));
        Document index = page("entities/index.html");
        assertTrue(index.select("#place + ul, section:has(#place) a").eachText().containsAll(List.of("Baghdad", "Tehran")));
        Document briefing = page("briefings/a/index.html");
        assertEquals("../../entities/baghdad/index.html", briefing.select(".briefing-body a.entity").first().attr("href"),
                "the first mention links to the entity's page");
        new SiteAssertions(out).assertLinksResolve();
    }

    @Test
    void frontMatterSummaryAndKeyPointsReplaceTheChosenOnes() throws Exception {
        String body = "The council met on Tuesday to discuss the budget for the coming year and the years after it. "
                + "It agreed on most points after a long debate about roads, schools and the library service. "
                + "The mayor said the vote showed that the city could still plan ahead when it had to do so.\n";
        seed("chosen.txt", body);
        seed("given.md", "---\nsummary: Our own summary.\nkeyPoints: [One point, Another point]\n---\n" + body);
        build();
        JsonNode chosen = json("chosen");
        assertTrue(chosen.get("summary").asText().startsWith("The council met on Tuesday"), chosen.get("summary").asText());
        assertEquals(chosen.at("/sections/0/paragraphs/0/sentences/0/id").asText(), chosen.at("/summarySentences/0").asText());
        JsonNode given = json("given");
        assertEquals("Our own summary.", given.get("summary").asText());
        assertEquals(0, given.get("summarySentences").size());
        assertEquals("One point", given.at("/keyPoints/0/text").asText());
        assertTrue(given.at("/keyPoints/0/sentence").isNull());
        assertEquals(2, given.get("keyPoints").size());
    }

    @Test
    void mentionsAreMarkedInMarkdownBlocksToo() throws Exception {
        seed("m.md", "Officials in Baghdad met envoys from Tehran. Later, **Baghdad** said talks would go on.\n");
        build();
        Document page = page("briefings/m/index.html");
        assertEquals("../../entities/baghdad/index.html", page.select("a.entity").first().attr("href"));
        assertEquals(List.of("Baghdad", "Tehran"), page.select("a.entity").eachText());
        new SiteAssertions(out).assertLinksResolve();
    }

    @Test
    void feedsSitemapRobotsAndNotFoundPageForPublishing() throws Exception {
        for (int i = 1; i <= 22; i++) {
            seed(String.format("b%02d.md", i), String.format("---\ntitle: Briefing %d\ndate: 2024-01-%02d\ntags: [Energy & Power]\n"
                    + "authors: [Jane Doe]\n---\nOfficials in Baghdad met envoys from Tehran on January %d to discuss the debt.%n", i, i, i));
        }
        BuildResult result = build();
        assertFalse(Files.exists(out.resolve("sitemap.xml")), "no sitemap without a base URL");
        assertTrue(result.warnings().stream().anyMatch(w -> w.file().equals("briefwright.baseUrl")));

        build(BuildConfig.builder().seedDirectory(seeds).outputDirectory(out).baseUrl("https://example.org/sub/path"));
        org.w3c.dom.Document atom = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(out.resolve("feed.xml").toFile());
        assertEquals(20, atom.getElementsByTagName("entry").getLength(), "the newest 20");
        assertEquals("Briefing 22", atom.getElementsByTagName("entry").item(0).getFirstChild().getNextSibling().getTextContent());
        assertTrue(Files.readString(out.resolve("feed.xml")).contains("href=\"https://example.org/sub/path/briefings/b22/index.html\""));
        JsonNode jsonFeed = JsonMapper.builder().build().readTree(out.resolve("feed.json").toFile());
        assertEquals("https://jsonfeed.org/version/1.1", jsonFeed.get("version").asText());
        assertEquals(20, jsonFeed.get("items").size());
        assertEquals("2024-01-22T00:00:00Z", jsonFeed.at("/items/0/date_published").asText());
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://example.org/sub/path/briefings/b01/index.html</loc>"));
        assertFalse(sitemap.contains("404.html"));
        assertTrue(Files.readString(out.resolve("robots.txt")).contains("Sitemap: https://example.org/sub/path/sitemap.xml"));
        assertEquals("https://example.org/sub/path/index.html", page("404.html").select("main a").attr("href"));
        Document briefing = page("briefings/b05/index.html");
        assertEquals("https://example.org/sub/path/briefings/b05/", briefing.select("link[rel=canonical]").attr("href"));
        assertEquals("article", briefing.select("meta[property=og:type]").attr("content"));
        assertEquals("Briefing 5", briefing.select("meta[property=og:title]").attr("content"));
        assertEquals(3, briefing.select(".related li").size(), "related briefings by shared entities");
        assertEquals("../../tags/energy-and-power/index.html", briefing.select(".tags a").attr("href"));
        assertEquals(22, page("tags/energy-and-power/index.html").select(".briefing-list > li").size());
        Document timeline = page("timeline/index.html");
        assertEquals("January 2024", timeline.select("h3").first().text());
        assertEquals(22, timeline.select(".timeline-list li").size());
        assertTrue(timeline.select(".timeline-list a").first().attr("href").startsWith("../briefings/b22/index.html#s-"));
        new SiteAssertions(out).assertLinksResolve();
    }

    @Test
    void aBadGlossaryFailsTheBuildWithItsLines() throws Exception {
        seed("a.txt", "Text.\n");
        Files.writeString(seeds.resolve("glossary.yml"), "- name: A\n  type: planet\n- type: place\n- name: B\n  type: place\n  link: ftp://x\n");
        BuildException e = assertThrows(BuildException.class, this::build);
        // the type and the link are named at their own lines; the entry without a name at its first line
        assertEquals(List.of("glossary.yml:2", "glossary.yml:3", "glossary.yml:6"),
                e.problems().stream().map(p -> p.file() + ":" + p.line()).toList());
    }

    @Test
    void rawHtmlIsKeptWhenTheUserOptsIn() throws Exception {
        seed("x.md", "Text with <kbd>Ctrl</kbd> and <span style=\"color:red\">red</span>.\n");
        build(BuildConfig.builder().seedDirectory(seeds).outputDirectory(out).allowRawHtml(true));
        assertTrue(Files.readString(out.resolve("briefings/x/index.html")).contains("style=\"color:red\""));
    }

    @Test
    void markdownStructureBecomesSectionsAndBlocks() throws Exception {
        seed("m.md", "# The Title\n\nIntro.\n\n## Part two\n\n- one\n- two\n\n> quoted\n\n```\ncode\n```\n");
        build();
        JsonNode json = json("m");
        assertEquals("The Title", json.get("title").asText());
        assertFalse(json.get("titleDerived").asBoolean());
        JsonNode sections = json.get("sections");
        assertEquals(2, sections.size());
        assertEquals("Part two", sections.at("/1/heading").asText());
        List<String> kinds = new ArrayList<>();
        for (Iterator<JsonNode> it = sections.at("/1/paragraphs").elements(); it.hasNext(); ) {
            kinds.add(it.next().get("kind").asText());
        }
        assertEquals(List.of("list", "quote", "code"), kinds);
        assertEquals(7, sections.at("/1/paragraphs/0/line").asInt());
    }

    @Test
    void badSeedsFailTheBuildListingEveryOneAndTheSiteStays() throws Exception {
        seed("good.txt", "Fine.\n");
        build();
        String before = Files.readString(out.resolve("index.html"));
        seed("bad1.md", "---\ndate: yesterday\n---\nText\n");
        Files.write(seeds.resolve("bad2.txt"), new byte[] {'o', 'k', '\n', (byte) 0xC3, '(', '\n'});
        BuildException e = assertThrows(BuildException.class, this::build);
        assertEquals(List.of("bad1.md:2", "bad2.txt:2"),
                e.problems().stream().map(p -> p.file() + ":" + p.line()).toList());
        assertTrue(e.getMessage().contains("2 seeds in"));
        assertEquals(before, Files.readString(out.resolve("index.html")));
    }

    @Test
    void aTemplateErrorNamesTheTemplateLineAndSeedAndKeepsTheSite() throws Exception {
        seed("good.txt", "Fine.\n");
        build();
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("briefing.ftlh"), "<p>${briefing.title}</p>\n<p>${briefing.nope}</p>\n");
        BuildException e = assertThrows(BuildException.class, () -> build(BuildConfig.builder()
                .seedDirectory(seeds).outputDirectory(out).templateDirectory(templates)));
        Problem problem = e.problems().get(0);
        assertTrue(problem.file().endsWith("templates/briefing.ftlh"), problem.file());
        assertEquals(2, problem.line());
        assertEquals(6, problem.column());
        assertTrue(problem.toString().matches(".*templates/briefing\\.ftlh:2:6: .*"), problem.toString());
        assertTrue(problem.message().contains("briefing.nope"), problem.message());
        assertTrue(problem.message().contains("while rendering good.txt"), problem.message());

        Files.writeString(templates.resolve("briefing.ftlh"), "<p>${briefing.title</p>\n");
        Problem syntax = assertThrows(BuildException.class, () -> build(BuildConfig.builder()
                .seedDirectory(seeds).outputDirectory(out).templateDirectory(templates))).problems().get(0);
        assertTrue(syntax.file().endsWith("templates/briefing.ftlh"), syntax.toString());
        assertEquals(1, syntax.line(), syntax.toString());
        assertTrue(Files.readString(out.resolve("briefings/good/index.html")).contains("Fine."));
    }

    @Test
    void userTemplatesAndAssetsOverrideTheDefaultThemeOneByOne() throws Exception {
        seed("good.txt", "Fine.\n");
        Path templates = Files.createDirectories(dir.resolve("templates/assets"));
        Files.writeString(templates.resolve("style.css"), "body { color: teal; }");
        Files.writeString(templates.resolve("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Files.writeString(dir.resolve("templates/index.ftlh"), "<p>custom ${briefings?size}</p>");
        build(BuildConfig.builder().seedDirectory(seeds).outputDirectory(out).templateDirectory(dir.resolve("templates")));
        assertEquals("<p>custom 1</p>", Files.readString(out.resolve("index.html")));
        assertEquals("body { color: teal; }", Files.readString(out.resolve("assets/style.css")));
        assertTrue(Files.exists(out.resolve("assets/logo.svg")));
        assertTrue(Files.readString(out.resolve("briefings/good/index.html")).contains("Fine."), "default briefing template");
    }

    @Test
    void aMissingSeedFolderIsAClearError() {
        BuildException e = assertThrows(BuildException.class, () -> build(BuildConfig.builder()
                .seedDirectory(dir.resolve("nope")).outputDirectory(out)));
        assertTrue(e.getMessage().contains("does not exist"));
    }

    @Test
    void anEmptySeedFolderGivesAnEmptyButWorkingSite() throws Exception {
        BuildResult result = build();
        assertEquals(0, result.briefings());
        assertTrue(page("index.html").text().contains("No briefings yet"));
    }
}
