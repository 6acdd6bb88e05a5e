package io.github.briefwright.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** What {@link PasteSimulator} puts on the clipboard, rule by rule, on small handmade pages. */
class PasteSimulatorTest {

    private static String whole(String body) {
        return PasteSimulator.wholePage(Jsoup.parse("<html><head><title>T</title></head><body>" + body
                + "</body></html>"));
    }

    @Test
    void scriptsStylesAndTemplatesAreLeftOut() {
        assertEquals("a\n\nb", whole("<p>a</p><script>var x = 1;</script><style>p{}</style>"
                + "<noscript>Enable JavaScript</noscript><template><p>t</p></template><p>b</p>"));
    }

    @Test
    void hiddenElementsAreLeftOut() {
        assertEquals("shown", whole("<p>shown</p><p hidden>by attribute</p><p aria-hidden=\"true\">by aria</p>"
                + "<div style=\"color:red; display: none\">by style</div><span style=\"visibility:hidden\">x</span>"));
    }

    @Test
    void aClosedDetailsShowsOnlyItsSummary() {
        assertEquals("More\nopen text", whole("<details><summary>More</summary><p>folded</p></details>"
                + "<details open><summary>open text</summary></details>").replace("\n\n", "\n"));
    }

    @Test
    void paragraphsAndHeadingsStandBetweenBlankLines() {
        assertEquals("Title\n\nOne.\n\nTwo.", whole("<h1>Title</h1><p>One.</p><p>Two.</p>"));
    }

    @Test
    void otherBlocksStartALine() {
        assertEquals("By Jane Doe\nMay 1, 2020\n\nText.", whole("<div>By Jane Doe</div><div><span>May 1, 2020"
                + "</span></div><p>Text.</p>"));
    }

    @Test
    void listItemsAreBulletLines() {
        assertEquals("Intro\n\n  • one\n  • two\n\nAfter", whole("<p>Intro</p><ul><li>one</li><li> two </li></ul>"
                + "<p>After</p>"));
    }

    @Test
    void tableCellsAreSeparatedByTabs() {
        assertEquals("Year\tRate\n2020\t3.1", whole("<table><tr><th>Year</th><th>Rate</th></tr>"
                + "<tr><td>2020</td><td>3.1</td></tr></table>"));
    }

    @Test
    void whitespaceCollapsesAsInABrowser() {
        assertEquals("A b c d.", whole("<p>  A \n  b\t<b> c </b>  <i>d</i>.  </p>"));
    }

    @Test
    void preKeepsItsWhitespace() {
        assertEquals("x  = 1\n  y", whole("<pre>x  = 1\n  y</pre>"));
    }

    @Test
    void brBreaksALineAndTwoMakeABlankLine() {
        assertEquals("one\ntwo\n\nthree", whole("<div>one<br>two<br><br>three</div>"));
    }

    @Test
    void entitiesAreDecodedAndNoBreakSpacesCopyAsSpaces() {
        assertEquals("Tom & Jerry — “quoted” 5 km", whole("<p>Tom &amp; Jerry &mdash; &ldquo;quoted&rdquo; 5&nbsp;km</p>"));
    }

    @Test
    void theArticleAreaRunsFromTheHeadlineToTheEndOfTheArticle() {
        Document page = Jsoup.parse("<body><nav><a href=/>Home</a> <a href=/world>World</a></nav>"
                + "<main><h1>Storm hits the coast</h1><div class=byline>By Jane Doe</div>"
                + "<article><p>The storm reached the coast on Monday night, flooding roads in three towns.</p>"
                + "<p>Officials said the water would recede by Wednesday, but schools stay closed.</p></article>"
                + "<aside><p>Related: an older story about storms that nobody asked for here.</p></aside></main>"
                + "<footer><p>Copyright 2020 The Daily Example. All rights reserved in every way.</p></footer></body>");
        String paste = PasteSimulator.articleArea(page);
        assertTrue(paste.startsWith("Storm hits the coast\n\nBy Jane Doe\n"), paste);
        assertTrue(paste.endsWith("but schools stay closed."), paste);
        assertTrue(PasteSimulator.wholePage(page).startsWith("Home World\n"), PasteSimulator.wholePage(page));
    }

    @Test
    void withoutAnArticleElementTheParagraphsContainerIsTheArea() {
        Document page = Jsoup.parse("<body><div id=top><h1>Site name</h1></div><div class=wrap><div class=post>"
                + "<h2>Post title</h2><p>First paragraph of the post, long enough to count as text.</p>"
                + "<p>Second paragraph of the post, also long enough to count as text.</p></div>"
                + "<div class=side><p><a href=/x>A teaser link that is nothing but a link to elsewhere</a></p></div>"
                + "</div></body>");
        String paste = PasteSimulator.articleArea(page);
        assertTrue(paste.startsWith("Post title\n\nFirst paragraph"), paste);
        assertTrue(paste.endsWith("count as text."), paste);
    }

    @Test
    void paragraphsInPageFurnitureDoNotMakeTheArticle() {
        Document page = Jsoup.parse("<body><h1>Short news</h1><div class=story><p>Only one short paragraph of news"
                + " here.</p></div><div class=site-footer><p>A very long disclaimer paragraph about cookies, terms,"
                + " privacy, advertising partners and everything else a legal team writes at length.</p></div></body>");
        assertEquals("Short news\n\nOnly one short paragraph of news here.", PasteSimulator.articleArea(page));
    }
}
