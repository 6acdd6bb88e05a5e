package io.github.briefwright.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.model.BriefingSummary;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;
import org.apache.maven.reporting.MavenReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The report page, written through a Doxia sink as maven-site-plugin's is: what it lists and links. */
class ReportPageTest {

    private static BriefingSummary summary(String slug, String title, String date, List<String> authors, String summary,
            String dek) {
        return new BriefingSummary(slug, "briefings/" + slug + "/index.html", title, dek, date, null, authors, List.of(),
                summary, 2, List.of(), List.of());
    }

    private static Document page(List<BriefingSummary> briefings) {
        StringWriter html = new StringWriter();
        Xhtml5BaseSink sink = new Xhtml5BaseSink(html);
        ReportMojo.page(sink, briefings);
        sink.close();
        return Jsoup.parseBodyFragment(html.toString());
    }

    @Test
    void listsTheBriefingsInTheOrderGivenWithDateAuthorsAndSummary() {
        Document page = page(List.of(
                summary("new", "New <news>", "2021-05-01", List.of("Bo Chen", "Cy Dee"), "What happened in 2021.", null),
                summary("old", "Old news", "2019-05-01", List.of("Ann Lee"), null, "A dek instead."),
                summary("undated", "Undated", null, List.of(), null, null)));
        assertEquals("Briefings", page.select("h1").text());
        assertTrue(page.select("p").first().text().startsWith("3 briefings, newest first."), page.html());
        assertEquals("briefings/index.html", page.select("p").first().select("a").attr("href"));
        List<Element> titles = page.select("h2 a");
        assertEquals(List.of("New <news>", "Old news", "Undated"), titles.stream().map(Element::text).toList());
        assertEquals(List.of("briefings/briefings/new/index.html", "briefings/briefings/old/index.html",
                "briefings/briefings/undated/index.html"), titles.stream().map(a -> a.attr("href")).toList());
        assertEquals("2021-05-01", page.select("time").first().attr("datetime"));
        String text = page.text();
        assertTrue(text.contains("2021-05-01 · By Bo Chen, Cy Dee"), text);
        assertTrue(text.contains("What happened in 2021."), text);
        assertTrue(text.contains("2019-05-01 · By Ann Lee"), text);
        assertTrue(text.contains("A dek instead."), text);
        assertEquals(2, page.select("time").size());
        assertFalse(page.html().contains("<news>"), "text is escaped by the sink");
    }

    @Test
    void oneBriefingAndNone() {
        String one = page(List.of(summary("a", "A", null, List.of("X"), null, null))).text();
        assertTrue(one.contains("1 briefing, newest first.") && one.endsWith("A By X"), one);
        assertTrue(page(List.of()).text().contains("0 briefings, newest first."));
    }

    @Test
    void itIsAProjectReportNamedBriefings() {
        ReportMojo report = new ReportMojo();
        assertEquals("briefings", report.getOutputName());
        assertEquals(MavenReport.CATEGORY_PROJECT_REPORTS, report.getCategoryName());
        assertEquals("Briefings", report.getName(Locale.ROOT));
        assertFalse(report.isExternalReport());
        report.setReportOutputDirectory(new java.io.File("site"));
        assertEquals(new java.io.File("site", "briefings"), report.briefingSite());
    }
}
