package io.github.briefwright.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.check.LinkChecker;
import io.github.briefwright.core.model.BriefingSummary;
import io.github.briefwright.core.model.ParentSite;
import io.github.briefwright.testing.SiteAssertions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a briefing site that belongs to another (a Maven site, with the briefings as its report) needs from the
 * core: a link back on every page, and the briefings' summaries from the build for the report page.
 */
class ParentSiteTest {

    @TempDir
    Path dir;
    Path seeds;
    Path out;

    @BeforeEach
    void folders() throws IOException {
        seeds = Files.createDirectories(dir.resolve("seeds"));
        out = dir.resolve("site/briefings");
        Files.writeString(seeds.resolve("old.md"), "---\ntitle: Old news\ndate: 2019-05-01\nauthors: [Ann Lee]\n"
                + "summary: What happened in 2019.\n---\nText of the old one.\n");
        Files.writeString(seeds.resolve("undated.md"), "---\ntitle: Undated\n---\nSome text without a date.\n");
        Files.writeString(seeds.resolve("new.md"), "---\ntitle: New news\ndate: 2021-05-01\n"
                + "authors: [Bo Chen, Cy Dee]\nsummary: What happened in 2021.\n---\nText of the new one.\n");
    }

    private BuildResult build(ParentSite parent) throws BuildException {
        return new SiteBuilder(BuildConfig.builder().seedDirectory(seeds).outputDirectory(out).projectDirectory(dir)
                .parentSite(parent).build(), Reporter.SILENT).build();
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void everyPageLinksBackToTheParentSiteFromWhereverItIs() throws Exception {
        build(ParentSite.of("Example Project", "../index.html"));
        for (var c : List.of(List.of("index.html", "../index.html"),
                List.of("briefings/old/index.html", "../../../index.html"),
                List.of("entities/index.html", "../../index.html"),
                List.of("search/index.html", "../../index.html"))) {
            var back = page(c.get(0)).select("header a.parent-site");
            assertEquals(1, back.size(), c.get(0));
            assertEquals(c.get(1), back.attr("href"), c.get(0));
            assertTrue(back.text().contains("Example Project"), back.text());
        }
        // every link back leads to the parent's home page, next to the briefing site
        Files.writeString(dir.resolve("site/index.html"), "<!DOCTYPE html><title>Maven site</title>");
        for (Path page : List.of(out.resolve("index.html"), out.resolve("briefings/new/index.html"))) {
            String href = Jsoup.parse(page.toFile(), "UTF-8").select("a.parent-site").attr("href");
            assertEquals(dir.resolve("site/index.html"), page.getParent().resolve(href).normalize());
        }
        // the back links are the only links out of the site, and everything else resolves
        new SiteAssertions(out).assertLinksResolve(Set.of("../index.html", "../../index.html", "../../../index.html"));
        LinkChecker.Report report = LinkChecker.check(out);
        assertTrue(report.ok(), report.broken().toString());
        assertTrue(report.outside().contains("../../../index.html"), report.outside().toString());
    }

    @Test
    void anAbsoluteParentAddressIsUsedAsItIs() throws Exception {
        build(ParentSite.of("Home", "https://example.org/project/"));
        assertEquals("https://example.org/project/", page("briefings/new/index.html").select("a.parent-site").attr("href"));
    }

    @Test
    void withoutAParentSiteThereIsNoLinkBack() throws Exception {
        build(null);
        assertTrue(page("index.html").select("a.parent-site").isEmpty());
        assertEquals(Set.of(), LinkChecker.check(out).outside());
    }

    @Test
    void parentAddressesAreRelativePathsOrHttpAddresses() {
        assertTrue(ParentSite.of("A", "../index.html").relative());
        assertTrue(ParentSite.of("A", "../../docs/index.html#top").relative());
        assertFalse(ParentSite.of("A", "HTTPS://example.org/").relative());
        assertEquals("Project site", ParentSite.of(" ", "../index.html").label());
        for (String bad : List.of("", " ", "javascript:alert(1)", "/index.html", "//evil.example/", "data:text/html,x",
                "file:///etc/passwd")) {
            assertThrows(IllegalArgumentException.class, () -> ParentSite.of("A", bad), bad);
        }
    }

    @Test
    void theBuildReturnsTheBriefingsSummariesNewestFirst() throws Exception {
        BuildResult result = build(null);
        List<BriefingSummary> summaries = result.summaries();
        assertEquals(List.of("New news", "Old news", "Undated"), summaries.stream().map(BriefingSummary::title).toList());
        BriefingSummary newest = summaries.get(0);
        assertEquals("2021-05-01", newest.date());
        assertEquals(List.of("Bo Chen", "Cy Dee"), newest.authors());
        assertEquals("What happened in 2021.", newest.summary());
        assertEquals("briefings/new/index.html", newest.path());
        assertTrue(Files.isRegularFile(out.resolve(newest.path())));
        assertEquals(List.of("Ann Lee"), summaries.get(1).authors());
        assertEquals(null, summaries.get(2).date());
        assertEquals(result.briefings(), summaries.size());
    }
}
