package io.github.briefwright.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.BuildConfig;
import io.github.briefwright.core.Reporter;
import io.github.briefwright.core.SiteBuilder;
import java.nio.file.Path;
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
        String url = site.resolve("search/index.html").toUri() + "?q=" + java.net.URLEncoder.encode(query, "UTF-8");
        return Jsoup.parse(Chromium.dumpDom(url, dir.resolve("profile-" + Math.abs(query.hashCode()))));
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
    void textFromTheBodyIsFoundTooWithAccentsAndCaseIgnored() throws Exception {
        Document page = search("CANAL meters");
        assertEquals("../briefings/field-notes-water-rights/index.html", page.select("#search-results a").first().attr("href"));
    }
}
