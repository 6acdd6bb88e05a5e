package io.github.briefwright.core.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.Limits;
import io.github.briefwright.core.load.FrontMatter;
import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.load.SeedFormat;
import io.github.briefwright.core.model.Block;
import io.github.briefwright.core.model.Briefing;
import io.github.briefwright.core.model.Paragraph;
import io.github.briefwright.core.model.Section;
import io.github.briefwright.core.model.Sentence;
import io.github.briefwright.core.parse.Document;
import io.github.briefwright.core.parse.DocumentParser;
import io.github.briefwright.core.structure.Structurer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast path of sentence anchoring writes what jsoup's DOM writes, byte for byte, or steps aside. */
class PlainParagraphTest {

    /** A block's HTML as parsed (before anchoring), and its sentences as analysed (with their mentions). */
    private record Case(String html, List<Sentence> sentences) {
    }

    @Test
    void aPlainParagraphIsAnchoredAndMarkedWithoutTheDom() {
        List<Case> cases = cases("""
                The Bank of England met in Paris on Monday & said "rates" stay < 5% > 1%. [Anna \
                Keller](https://example.org/a?b=1&c=2 "A <title>") spoke to the Bank of England about *rates* and \
                `code & more`. Anna Keller agreed with the **Bank of England**. It was — as ever — a long day…

                Paris is large. The Bank of England is old.
                """);
        assertEquals(2, cases.size());
        for (Case c : cases) {
            String fast = PlainParagraph.anchorAndMark(c.html(), c.sentences());
            assertNotNull(fast, c.html());
            assertEquals(AnchoredHtml.withDom(c.html(), c.sentences()), fast);
        }
        String first = PlainParagraph.anchorAndMark(cases.get(0).html(), cases.get(0).sentences());
        assertTrue(first.startsWith("<span class=\"s-anchor\" id=\"s-"), "the sentence whose text holds the link's "
                + "address is not found, and is anchored before the paragraph: " + first);
        assertTrue(first.contains("<a class=\"entity entity-organisation\" href=\"../../entities/bank-of-england/"
                + "index.html\">The Bank of England</a> met in"), first);
        assertTrue(first.contains("&amp; said \"rates\" stay &lt; 5% &gt; 1%."), first);
    }

    @Test
    void aQuoteOfPlainParagraphsIsAnchoredWithoutTheDom() {
        List<Case> cases = cases("""
                > Paris is large. The Bank of England is *old*.
                >
                > Anna Keller agreed. [She](https://example.org) did not.
                """);
        assertEquals(1, cases.size());
        String fast = PlainParagraph.anchorAndMark(cases.get(0).html(), cases.get(0).sentences());
        assertNotNull(fast, cases.get(0).html());
        assertEquals(AnchoredHtml.withDom(cases.get(0).html(), cases.get(0).sentences()), fast);
        assertTrue(fast.contains("<blockquote>\n <p>"), fast);
    }

    @Test
    void blocksOfAnyOtherShapeAreLeftToTheDom() {
        Sentence sentence = new Sentence("s-1", "Some text here.");
        for (String html : List.of("<blockquote>\n<blockquote>\n<p>Some text here.</p>\n</blockquote>\n</blockquote>",
                "<blockquote>\n<ul>\n<li>Some text here.</li>\n</ul>\n</blockquote>", "<blockquote>\n</blockquote>",
                "<blockquote>\n<p>Some text here.</p>\n<p>More</p></blockquote>",
                "<ul>\n<li>Some text here.</li>\n</ul>", "<p>Some text\nhere.</p>", "<p>Some  text here.</p>",
                "<p>Some text&nbsp;here.</p>", "<p>Some <span class=\"note\">text</span> here.</p>",
                "<p>Some <em> text</em> here.</p>", "<p>Some text here. </p>", "<p>Some\u00a0text here.</p>",
                "<p>Some <a href=\"x\"><a href=\"y\">text</a></a> here.</p>", "<p>Some <em>text</strong> here.</p>",
                "<p>Some text here 😀.</p>")) {
            assertNull(PlainParagraph.anchorAndMark(html, List.of(sentence)), html);
            assertNotNull(AnchoredHtml.anchorAndMark(html, List.of(sentence)), html);
        }
    }

    @Test
    void generatedParagraphsGiveWhatTheDomGives() {
        Random random = new Random(20_260_310);
        String[] words = {"the", "Bank", "of", "England", "Paris", "Anna", "Keller", "said", "rates", "rose", "in",
            "March", "2024", "by", "3.5%", "&", "<b>", "a>b", "\"quoted\"", "'single'", "café", "naïve", "—", "…",
            "Dr.", "U.S.", "Ministry", "Finance", "Monday", "5,000", "tonnes", "über", "Zürich", "x&amp;y", "中文",
            "\u00a0", "😀", "A&B", "it’s"};
        int fast = 0;
        int total = 0;
        for (int n = 0; n < 400; n++) {
            StringBuilder markdown = new StringBuilder();
            int paragraphs = 1 + random.nextInt(3);
            for (int p = 0; p < paragraphs; p++) {
                int sentences = 1 + random.nextInt(5);
                for (int s = 0; s < sentences; s++) {
                    int length = 2 + random.nextInt(12);
                    for (int w = 0; w < length; w++) {
                        String word = words[random.nextInt(words.length)];
                        if (w == 0) {
                            word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                        }
                        markdown.append(switch (random.nextInt(24)) {
                            case 0 -> "**" + word + "**";
                            case 1 -> "*" + word + "*";
                            case 2 -> "`" + word + "`";
                            case 3 -> "[" + word + "](https://example.org/" + random.nextInt(9) + "?q=a&r=b)";
                            case 4 -> "[" + word + " " + word + "](/x \"t & <t>\")";
                            case 5 -> word + "\n";
                            case 6 -> word + " ";
                            case 7 -> "<em>" + word + "</em>";
                            default -> word;
                        });
                        markdown.append(w + 1 < length ? " " : ". ");
                    }
                }
                markdown.append("\n\n");
            }
            if (random.nextInt(3) == 0) { // the paragraphs as a quote
                markdown = new StringBuilder("> " + markdown.toString().strip().replace("\n", "\n> "));
            }
            for (Case c : cases(markdown.toString())) {
                String plain = PlainParagraph.anchorAndMark(c.html(), c.sentences());
                total++;
                if (plain != null) {
                    fast++;
                    assertEquals(AnchoredHtml.withDom(c.html(), c.sentences()), plain, c.html());
                }
            }
        }
        assertTrue(fast > total / 10, fast + " of " + total + " paragraphs took the fast path");
    }

    private static List<Case> cases(String markdown) {
        Seed seed = new Seed("text.md", Path.of("text.md"), SeedFormat.MD, markdown, 1, FrontMatter.NONE, List.of());
        Document document;
        try {
            document = new DocumentParser(false).parse(new Structurer().structure(seed), Limits.DEFAULT,
                    new ArrayList<>());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        Briefing briefing = new Analyzer().analyse(document);
        List<Block> blocks = document.blocks().stream()
                .filter(b -> b.kind() != Block.Kind.HEADING && b.kind() != Block.Kind.BREAK).toList();
        List<Paragraph> paragraphs = briefing.sections().stream().map(Section::paragraphs).flatMap(List::stream)
                .toList();
        assertEquals(blocks.size(), paragraphs.size());
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).html() != null && !paragraphs.get(i).sentences().isEmpty()) {
                cases.add(new Case(blocks.get(i).html(), paragraphs.get(i).sentences()));
                assertEquals(AnchoredHtml.withDom(blocks.get(i).html(), paragraphs.get(i).sentences()),
                        paragraphs.get(i).html());
            }
        }
        return cases;
    }
}
