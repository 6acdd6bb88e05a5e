package io.github.briefwright.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.BuildConfig;
import io.github.briefwright.core.BuildException;
import io.github.briefwright.core.Reporter;
import io.github.briefwright.core.SiteBuilder;
import io.github.briefwright.core.UrlPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seeds' links and images on the built pages follow the URL policy, and their text is kept. */
class SafeLinksTest {

    @TempDir
    Path dir;
    Path seeds;
    Path out;

    @BeforeEach
    void folders() throws IOException {
        seeds = Files.createDirectories(dir.resolve("seeds"));
        out = dir.resolve("site");
    }

    private void build() throws BuildException {
        new SiteBuilder(BuildConfig.builder().seedDirectory(seeds).outputDirectory(out).projectDirectory(dir).build(),
                Reporter.SILENT).build();
    }

    private Document page(String slug) throws IOException {
        return Jsoup.parse(out.resolve("briefings/" + slug + "/index.html").toFile(), "UTF-8");
    }

    /** Every URL on the page passes the policy, and none of them is one the seed should have lost. */
    private static void assertOnlyAllowedUrls(Document page) {
        for (Element element : page.select("[href], [src], [cite], [srcset], [action], [formaction]")) {
            for (String attribute : List.of("href", "src", "cite", "srcset", "action", "formaction")) {
                if (element.hasAttr(attribute)) {
                    String url = element.attr(attribute);
                    assertTrue(UrlPolicy.allows(url), element.outerHtml());
                    String lower = url.toLowerCase(Locale.ROOT);
                    for (String bad : List.of("javascript", "vbscript", "data:", "file:")) {
                        assertFalse(lower.contains(bad), element.outerHtml());
                    }
                }
            }
        }
    }

    @Test
    void markdownLinksImagesAndAutolinksWithARefusedUrlKeepOnlyTheirText() throws Exception {
        Files.writeString(seeds.resolve("links.md"), """
                ---
                title: Links
                ---
                Data link [data text](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) here.

                Script image ![script alt](javascript:alert(1)) here.

                Autolink <javascript:alert(1)> here.

                Upper case [case text](JaVaScRiPt:alert(1)) and an SVG ![svg alt](DATA:image/svg+xml,x) here.

                Entity-encoded [entity text](&#106;avascript:alert(1)) and [colon text](javascript&colon;alert(1)).

                Reference [ref text][bad] and [good text][good] and [proto text](//ok.example/p).

                Fine ones: [rel text](../x), [frag text](#s-1), [query text](?q=1), [mail text](mailto:a@b.c)
                and <https://ok.example/auto>.

                [bad]: vbscript:msgbox(1)
                [good]: https://ok.example/good
                """);
        build();
        Document page = page("links");
        assertOnlyAllowedUrls(page);
        String text = page.text();
        for (String kept : List.of("data text", "script alt", "javascript:alert(1)", "case text", "svg alt",
                "entity text", "colon text", "ref text", "good text", "proto text")) {
            assertTrue(text.contains(kept), kept + " in " + text);
        }
        for (String gone : List.of("data text", "script alt", "case text", "entity text", "colon text", "ref text")) {
            assertTrue(page.select(".briefing-body a").stream().noneMatch(a -> a.text().contains(gone)), gone + " is no longer a link");
        }
        assertTrue(page.select("img").isEmpty(), page.select("img").outerHtml());
        assertEquals("good text", page.select("a[href=https://ok.example/good]").text());
        assertEquals("proto text", page.select("a[href=https://ok.example/p]").text(), "protocol-relative as https");
        assertEquals("rel text", page.select("a[href=../x]").text());
        assertEquals("frag text", page.select("a[href=#s-1]").text());
        assertEquals("query text", page.select("a[href=?q=1]").text());
        assertEquals("mail text", page.select("a[href=mailto:a@b.c]").text());
        assertEquals(1, page.select("a[href=https://ok.example/auto]").size());
    }

    @Test
    void rawHtmlLinksAndImagesWithARefusedUrlKeepOnlyTheirText() throws Exception {
        Files.writeString(seeds.resolve("raw.md"), """
                ---
                title: Raw
                ---
                Raw <a href="data:text/html,x">raw text</a> and <img src="data:image/png;base64,AAAA" alt="raw alt">
                and <a href="java&#9;script:alert(1)">tab text</a> and <a href=" javascript:alert(1)">space text</a>
                and <a href="&#106;avascript:alert(1)">entity text</a> and <a href="//ok.example/r">proto text</a>
                and <a href="ftp://ok.example/f">ftp text</a> and <a href="https://ok.example/h">fine text</a>.

                <div><a href="vbscript:msgbox(1)">block text</a> <q cite="file:///etc/passwd">quoted</q>
                <img src="javascript:alert(1)" alt="block alt"> <img src="https://ok.example/i.png" alt="fine alt"></div>
                """);
        build();
        Document page = page("raw");
        assertOnlyAllowedUrls(page);
        String text = page.text();
        for (String kept : List.of("raw text", "raw alt", "tab text", "space text", "entity text", "proto text",
                "ftp text", "fine text", "block text", "quoted", "block alt")) {
            assertTrue(text.contains(kept), kept + " in " + text);
        }
        for (String gone : List.of("raw text", "tab text", "space text", "entity text", "ftp text", "block text")) {
            assertTrue(page.select(".briefing-body a").stream().noneMatch(a -> a.text().contains(gone)), gone + " is no longer a link");
        }
        assertEquals("fine text", page.select("a[href=https://ok.example/h]").text());
        assertEquals("proto text", page.select("a[href=https://ok.example/r]").text());
        assertEquals(List.of("https://ok.example/i.png"), page.select(".briefing-body img").eachAttr("src"));
        assertFalse(page.select("q").isEmpty());
        assertFalse(page.select("q").hasAttr("cite"));
    }

    @Test
    void notesFollowThePolicyToo() throws Exception {
        Files.writeString(seeds.resolve("notes.md"), """
                ---
                title: Notes
                ---
                A claim with a note.[^1] And a comment.{>>See [comment text](javascript:alert(1)).<<}

                [^1]: See [note text](data:text/html,x) and [fine note](https://ok.example/n).
                """);
        build();
        Document page = page("notes");
        assertOnlyAllowedUrls(page);
        assertTrue(page.text().contains("note text"));
        assertTrue(page.text().contains("comment text"));
        assertEquals("fine note", page.select("a[href=https://ok.example/n]").text());
    }

    @Test
    void aRawPasteMakesNoLinksOfItsText() throws Exception {
        Files.writeString(seeds.resolve("paste.txt"), """
                A Pasted Report

                Click <a href="javascript:alert(1)">here</a> or javascript:alert(1) or data:text/html,x today.

                The ministry said the figures would be published in March, after a review of the data.
                """);
        build();
        Document page = page("paste");
        assertOnlyAllowedUrls(page);
        assertTrue(page.text().contains("<a href=\"javascript:alert(1)\">here</a>"), "shown as text");
    }

    @Test
    void aSourceThatIsNotAWebAddressIsAnError() throws Exception {
        Files.writeString(seeds.resolve("bad-source.md"), """
                ---
                title: Bad source
                source: javascript:alert(1)
                ---
                Text.
                """);
        BuildException e = assertThrows(BuildException.class, this::build);
        assertTrue(e.toString().contains("bad-source.md"), e.toString());
    }

    @Test
    void aSourceFoundInAPasteIsAPolicyCheckedLink() throws Exception {
        Files.writeString(seeds.resolve("sourced.txt"), """
                A Sourced Report

                Source: https://ok.example/report?id=1

                The ministry said the figures would be published in March, after a review of the data.
                """);
        build();
        Document page = page("sourced");
        assertOnlyAllowedUrls(page);
        assertEquals("https://ok.example/report?id=1", page.select("a:containsOwn(Source)").attr("href"));
    }

    @Test
    void aGlossaryLinkThatIsNotAWebAddressIsAnError() throws Exception {
        Files.writeString(seeds.resolve("glossary.yml"), """
                - name: Ministry of Water
                  type: organisation
                  description: The water ministry.
                  link: data:text/html,x
                """);
        Files.writeString(seeds.resolve("a.md"), "The Ministry of Water said so.\n");
        BuildException e = assertThrows(BuildException.class, this::build);
        assertTrue(e.toString().contains("glossary"), e.toString());
    }
}
