package io.github.briefwright.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.BuildConfig;
import io.github.briefwright.core.Reporter;
import io.github.briefwright.core.SiteBuilder;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline search, run in a real browser on the example site opened from disk. */
class SearchInBrowserTest {

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void buildTheExampleSite() throws Exception {
        Chromium.assumeInstalled();
        site = dir.resolve("site");
        new SiteBuilder(BuildConfig.builder().seedDirectory(Path.of("../seeds")).outputDirectory(site).build(),
                Reporter.SILENT).build();
    }

    private static Document search(String query) throws Exception {
        return search(site, query);
    }

    private static Document search(Path site, String query) throws Exception {
        String url = site.resolve("search/index.html").toUri() + "?q=" + java.net.URLEncoder.encode(query, "UTF-8");
        return Jsoup.parse(Chromium.dumpDom(url, dir.resolve("profile-" + Math.abs((site + query).hashCode()))));
    }

    @Test
    void aNameFindsTheBriefingThatMentionsItWithTheWordHighlighted() throws Exception {
        Document page = search("Soleimani");
        assertEquals("1 briefing matches.", page.select("#search-status").text());
        var link = page.select("#search-results a").first();
        assertEquals("../briefings/us-iraq-ties-after-soleimani/index.html", link.attr("href"));
        assertTrue(page.select("#search-results mark").eachText().stream().anyMatch(m -> m.equalsIgnoreCase("Soleimani")));
    }

    @Test
    void theLastWordMayBeTheStartOfOneAndAllWordsMustMatch() throws Exception {
        assertEquals("../briefings/grid-storage-memo/index.html",
                search("interconnection que").select("#search-results a").first().attr("href"));
        assertEquals("No briefing matches.", search("Soleimani interconnection").select("#search-status").text());
    }

    @Test
    void aLargeSitesIndexInPartsIsSearchedWholeAndAnEditWritesOnePart() throws Exception {
        Path seeds = java.nio.file.Files.createDirectories(dir.resolve("many"));
        int count = 600;
        for (int i = 0; i < count; i++) {
            java.nio.file.Files.writeString(seeds.resolve("note-" + i + ".md"), "---\ntitle: Field note " + i
                    + "\ndate: " + java.time.LocalDate.of(2020, 1, 1).plusDays(i) + "\n---\n\nThe widget survey "
                    + "counted marker" + i + " wells along the canal.\n");
        }
        Path many = dir.resolve("many-site");
        BuildConfig.Builder config = BuildConfig.builder().seedDirectory(seeds).outputDirectory(many)
                .cacheDirectory(dir.resolve("many-cache"));
        new SiteBuilder(config.build(), Reporter.SILENT).build();
        assertTrue(java.nio.file.Files.isRegularFile(many.resolve(io.github.briefwright.core.SitePaths.searchPart(1))),
                "600 briefings make an index of two parts");

        Document all = search(many, "widget survey");
        assertEquals("600 briefings match; the best 50 are shown.", all.select("#search-status").text());
        assertEquals("../briefings/note-599/index.html", all.select("#search-results a").first().attr("href"),
                "equal scores: newest first, from whichever part");
        for (int i : new int[] {7, 350, 598}) {
            Document one = search(many, "marker" + i + " wells");
            assertEquals("1 briefing matches.", one.select("#search-status").text());
            assertEquals("../briefings/note-" + i + "/index.html",
                    one.select("#search-results a").first().attr("href"));
        }

        java.nio.file.Files.writeString(seeds.resolve("note-7.md"), "---\ntitle: Field note 7\ndate: 2020-01-08\n"
                + "---\n\nThe widget survey counted marker7 and gauge7 wells along the canal.\n");
        var edited = new SiteBuilder(config.build(), Reporter.SILENT).build();
        assertEquals(List.of(io.github.briefwright.core.SitePaths.searchPart(
                io.github.briefwright.core.render.SearchIndex.part("note-7", 2))),
                edited.changed().stream().filter(path -> path.startsWith("search/")).toList());
        assertEquals("1 briefing matches.", search(many, "gauge7 wells").select("#search-status").text());

        java.nio.file.Files.delete(many.resolve(io.github.briefwright.core.SitePaths.searchPart(0)));
        Document partial = search(many, "widget survey");
        assertTrue(partial.select("#search-status").text().contains("Only 1 of the 2 parts of the search index "
                + "could be loaded"), partial.select("#search-status").text());
        assertTrue(!partial.select("#search-results a").isEmpty(), "the part that loaded is searched");
    }

    @Test
    void textFromTheBodyIsFoundTooWithAccentsAndCaseIgnored() throws Exception {
        Document page = search("CANAL meters");
        assertEquals("../briefings/field-notes-water-rights/index.html", page.select("#search-results a").first().attr("href"));
    }
}
