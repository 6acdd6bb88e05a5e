package io.github.briefwright.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.BuildConfig;
import io.github.briefwright.core.Reporter;
import io.github.briefwright.core.SiteBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of the example site is valid HTML by the W3C Nu Html Checker ({@code nu.validator:validator}), run
 * as its own command line on the test class path: 0 errors. The site is built with a base URL so that the pages
 * that only exist then (sitemap, canonical links) are checked too.
 */
class HtmlValidityTest {

    @TempDir
    Path dir;

    @Test
    void everyPageOfTheExampleSiteIsValidHtml() throws Exception {
        Path site = dir.resolve("site");
        new SiteBuilder(BuildConfig.builder().seedDirectory(Path.of("../seeds")).outputDirectory(site)
                .baseUrl("https://example.org/briefings/").build(), Reporter.SILENT).build();
        List<String> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).map(Path::toString).sorted().toList();
        }
        assertTrue(pages.size() > 20, "pages to check: " + pages.size());
        assertValid(pages);
    }

    /**
     * A Markdown seed with every kind of inline markup the page marks around: sentences across emphasis, links,
     * code, line breaks and blocks; notes in and out of links, repeated; a glossary entity first named in a link
     * and then in emphasis; lists, quotes, a table, an image, raw HTML sanitised.
     */
    @Test
    void aBriefingOfMarkdownWithNotesLinksAndMentionsIsValidHtml() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("glossary.yml"), """
                - name: OPEC
                  type: organisation
                  description: A cartel of oil producers.
                  link: https://www.opec.org/
                """);
        Files.writeString(seeds.resolve("marked.md"), """
                ---
                title: Marked up
                date: 2024-03-01
                ---

                See [the statement by OPEC[^a]](https://example.org/) first. *OPEC* ministers met
                in `Vienna` on Friday, and the *Bank of England\\
                said nothing*[^a]. A {==highlight==}{>>why<<}
                and {--a deletion--}{++an insertion++} from Paris.

                ![A chart](chart.png) The chart shows OPEC output.

                - OPEC in a list, with [a link](https://example.org/list).
                - Nested:
                  - Paris again

                > A quote that runs on
                >
                > into a second paragraph, from London.

                ## Output by country[^h]

                | Country | Output |
                |---|---|
                | Iraq | 4.2 |

                Raw <b onclick="x()">bold</b> text<script>alert(1)</script> from Berlin.

                [^a]: A note with a [link](https://example.org/note).
                [^h]: Estimates.
                """);
        Path site = dir.resolve("marked-site");
        new SiteBuilder(BuildConfig.builder().seedDirectory(seeds).outputDirectory(site).build(), Reporter.SILENT).build();
        String page = Files.readString(site.resolve("briefings/marked/index.html"));
        assertTrue(page.contains("class=\"note\"") && page.contains("note-glossary") && page.contains("class=\"s\""),
                "the page marks sentences, notes and the glossary's note");
        assertEquals(1, page.split("<li value=\"1\">", -1).length - 1, "a note referred to twice is listed once");
        assertFalse(page.contains("\u27E6"), "no note's marker is left");
        assertTrue(page.contains("Output by country<span class=\"note\""), "a heading's note at its end");
        assertValid(List.of(site.resolve("briefings/marked/index.html").toString()));
    }

    /** A raw paste's numbered lists (one from 1, one from 3) and a bulleted list of items of two sentences. */
    @Test
    void aPasteWithNumberedAndBulletedListsIsValidHtml() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("list-seeds"));
        Files.writeString(seeds.resolve("lists.txt"), """
                Quarterly figures

                The ministry published its figures on Tuesday. They cover the quarter.

                1. Employment rose by 6,100.
                2. Resident employment rose by 2,400.

                Chart 1: Quarterly employment change

                3. Employment was 1.6% higher than a year ago. Most of the rise was in finance.
                4. Unemployment held at 2.0%.

                • Wages rose. Prices rose faster.
                • Rents fell.
                """);
        Path site = dir.resolve("list-site");
        new SiteBuilder(BuildConfig.builder().seedDirectory(seeds).outputDirectory(site).build(), Reporter.SILENT)
                .build();
        String page = Files.readString(site.resolve("briefings/lists/index.html"));
        assertTrue(page.contains("<ol class=\"block block-list\"") && page.contains(" start=\"3\">")
                && page.contains("<ul class=\"block block-list\""), "the page has both kinds of list");
        assertValid(List.of(site.resolve("briefings/lists/index.html").toString()));
    }

    private static void assertValid(List<String> pages) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "nu.validator.client.SimpleCommandLineValidator",
                "--errors-only", "--format", "gnu"));
        command.addAll(pages);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("the Nu Html Checker did not finish");
        }
        assertEquals("", report.strip(), "the Nu Html Checker found errors");
        assertEquals(0, process.exitValue(), report);
    }
}
