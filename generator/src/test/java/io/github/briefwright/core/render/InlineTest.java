package io.github.briefwright.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.Limits;
import io.github.briefwright.core.analyse.Analyzer;
import io.github.briefwright.core.load.FrontMatter;
import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.load.SeedException;
import io.github.briefwright.core.load.SeedFormat;
import io.github.briefwright.core.model.Briefing;
import io.github.briefwright.core.model.GlossaryEntry;
import io.github.briefwright.core.model.Paragraph;
import io.github.briefwright.core.model.Section;
import io.github.briefwright.core.model.Sentence;
import io.github.briefwright.core.parse.DocumentParser;
import io.github.briefwright.core.structure.Structurer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Where a Markdown block is marked: sentences, mentions and notes found in its HTML, in one place. */
class InlineTest {

    private static Briefing briefing(String markdown, List<GlossaryEntry> glossary, boolean rawHtml) throws SeedException {
        Seed seed = new Seed("memo.md", Path.of("memo.md"), SeedFormat.MD, markdown, 1, FrontMatter.NONE, List.of());
        return new Analyzer(glossary).analyse(new DocumentParser(rawHtml).parse(new Structurer().structure(seed),
                Limits.DEFAULT, new ArrayList<>()), Limits.DEFAULT, new ArrayList<>());
    }

    private static Briefing briefing(String markdown) throws SeedException {
        return briefing(markdown, List.of(), false);
    }

    /** The pieces written out as the default theme writes them, with a mention as {@code <m>} (first: {@code <m first>}). */
    private static String page(Briefing briefing) {
        Map<String, List<Inline.Piece>> all = Inline.of(briefing);
        StringBuilder out = new StringBuilder();
        for (Section section : briefing.sections()) {
            for (Paragraph paragraph : section.paragraphs()) {
                out.append("<div>");
                for (Inline.Piece piece : all.get(paragraph.id())) {
                    if (piece.html() != null) {
                        out.append(piece.html());
                    } else if (piece.open() != null) {
                        out.append("<span class=\"s\" id=\"").append(piece.open()).append("\">");
                    } else if (piece.close()) {
                        out.append("</span>");
                    } else if (piece.anchor() != null) {
                        out.append("<span class=\"s-anchor\" id=\"").append(piece.anchor()).append("\"></span>");
                    } else if (piece.mention() != null) {
                        out.append(piece.mention().first() ? "<m first" : "<m").append(" e=\"")
                                .append(piece.mention().entity()).append("\">")
                                .append(org.jsoup.nodes.Entities.escape(piece.mention().text())).append("</m>");
                    } else {
                        out.append("<n").append(piece.again() ? " again" : "").append(" n=\"").append(piece.note().number())
                                .append("\">").append(piece.note().html()).append("</n>");
                    }
                }
                out.append("</div>\n");
            }
        }
        return out.toString();
    }

    private static List<Sentence> sentences(Briefing briefing) {
        return briefing.sections().stream().flatMap(s -> s.paragraphs().stream()).flatMap(p -> p.sentences().stream()).toList();
    }

    @Test
    void aSentenceAcrossInlineMarkupAndLineBreaksIsWrappedWhole() throws SeedException {
        Briefing briefing = briefing("The talks at the *Bank of England*\nran for [three days](https://example.org/)"
                + " in `London`. Then they stopped.\n");
        Element page = Jsoup.parseBodyFragment(page(briefing)).body();
        List<Sentence> sentences = sentences(briefing);
        assertEquals(2, sentences.size());
        assertEquals("The talks at the Bank of England ran for three days in London.", sentences.get(0).text());
        assertEquals(sentences.get(0).text(), page.getElementById(sentences.get(0).id()).text());
        assertEquals("Then they stopped.", page.getElementById(sentences.get(1).id()).text());
        assertTrue(page.select("span.s-anchor").isEmpty(), page.html());
        assertEquals(1, page.select("em m[first]").size(), "a mention inside emphasis is marked: " + page.html());
    }

    @Test
    void aSentenceAcrossBlocksGetsAnAnchorWhereItStarts() throws SeedException {
        Briefing briefing = briefing("> A quote that runs on\n>\n> into a second paragraph.\n");
        Element page = Jsoup.parseBodyFragment(page(briefing)).body();
        Sentence sentence = sentences(briefing).get(0);
        Element anchor = page.getElementById(sentence.id());
        assertEquals("s-anchor", anchor.className());
        assertEquals("p", anchor.parent().tagName(), "inside the first paragraph, where the sentence starts");
        assertEquals("A quote that runs on", anchor.parent().text());
    }

    @Test
    void aMentionInALinkIsMarkedButTheEntityIsLinkedAtItsNextMention() throws SeedException {
        GlossaryEntry opec = new GlossaryEntry("OPEC", List.of(), "organisation", "A cartel of oil producers.", null);
        Briefing briefing = briefing("See [the statement by OPEC](https://example.org/).\n\nOPEC said output would hold. "
                + "OPEC met again.\n", List.of(opec), false);
        Map<String, List<Inline.Piece>> pieces = Inline.of(briefing);
        List<Sentence.Part> mentions = pieces.values().stream().flatMap(List::stream)
                .filter(p -> p.mention() != null).map(Inline.Piece::mention).toList();
        assertEquals(3, mentions.size(), mentions.toString());
        assertFalse(mentions.get(0).first(), "a link cannot hold the entity's link");
        assertTrue(mentions.get(1).first());
        assertEquals("A cartel of oil producers.", mentions.get(1).note(), "the glossary note goes with it");
        assertFalse(mentions.get(2).first());
    }

    @Test
    void notesStandWhereTheirMarkersStoodOrAfterTheLinkTheyAreIn() throws SeedException {
        Briefing briefing = briefing("A claim[^a] and [a linked claim[^b]](https://example.org/) and the "
                + "first again[^a].\n\n[^a]: Note *one*.\n[^b]: Note two.\n");
        String page = page(briefing);
        assertFalse(page.contains("\u27E6"), page);
        assertTrue(page.contains("A claim<n n=\"1\">Note <em>one</em>.</n> and"), page);
        assertTrue(page.contains("linked claim</a><n n=\"2\">Note two.</n> and"), page);
        assertTrue(page.contains("first again<n again n=\"1\">"), page);
        Sentence sentence = sentences(briefing).get(0);
        assertEquals("A claim and a linked claim and the first again.", sentence.text());
        Element span = Jsoup.parseBodyFragment(page).body().getElementById(sentence.id());
        assertEquals("span", span.tagName(), "a sentence holding notes is still wrapped: " + page);
    }

    @Test
    void characterReferencesAndDeletionsAreReadAsThePageShowsThem() throws SeedException {
        Briefing briefing = briefing("AT&T said \"rates\" stay < 5% {--and rise--} at the Bank of England.\n");
        Element page = Jsoup.parseBodyFragment(page(briefing)).body();
        Sentence sentence = sentences(briefing).get(0);
        assertEquals("AT&T said \"rates\" stay < 5% at the Bank of England.", sentence.text());
        Element span = page.getElementById(sentence.id());
        assertEquals("span", span.tagName(), page.html());
        assertTrue(span.select("del").text().equals("and rise"), page.html());
        assertEquals(1, page.select("m").size(), page.html());
    }

    @Test
    void aNoteInATableIsShownAndListed() throws SeedException {
        Briefing briefing = briefing("| a |\n|---|\n| x[^1] |\n\nLater the first note again[^1].\n\n[^1]: Note.\n");
        String page = page(briefing);
        assertTrue(page.contains("<td>x<n n=\"1\">Note.</n></td>"), page);
        assertTrue(page.contains("again<n again n=\"1\">"), page);
        assertEquals(List.of(1, 1), briefing.annotations().stream().map(a -> a.number()).toList());
        assertTrue(briefing.annotations().get(0).anchor().startsWith("p-"), "a table's note belongs to the table");
    }

    @Test
    void bracketsLikeAMarkerButOfNoNoteAreText() throws SeedException {
        Briefing briefing = briefing("In semantics \u27E61\u27E7 denotes one. Code `\u27E62\u27E7` too.\n");
        String page = page(briefing);
        assertTrue(page.contains("\u27E61\u27E7 denotes") && page.contains("<code>\u27E62\u27E7</code>"), page);
    }

    @Test
    void rawHtmlIsReadAsBrowsersReadIt() throws SeedException {
        GlossaryEntry bank = new GlossaryEntry("Bank of England", List.of(), "organisation", "The central bank.", null);
        Briefing briefing = briefing("Read <a href=https://example.org/>what the Bank of England said</a> today. "
                + "The Bank of England met.\n\n<div title=don't>\n<abbr title=\"Rates rise today.\">Rates rise "
                + "today.</abbr>\n</div>\n\nMr.&nbsp;Smith <b>said</b> it<br>again.\n\n- First part<br>second part ends "
                + "here.\n", List.of(bank), true);
        String page = page(briefing);
        Element body = Jsoup.parseBodyFragment(page).body();
        assertTrue(body.select("a m").stream().noneMatch(m -> m.hasAttr("first")), "an unquoted address ending in "
                + "a slash does not close the link: " + page);
        assertEquals(1, body.select("m[first]").size(), page);
        assertEquals("Rates rise today.", body.selectFirst("abbr").attr("title"), "nothing marked in an attribute");
        List<Sentence> sentences = sentences(briefing);
        Sentence smith = sentences.stream().filter(x -> x.text().startsWith("Mr.")).findFirst().orElseThrow();
        assertEquals("span", body.getElementById(smith.id()).tagName(), "a no-break space and a line break: " + page);
        assertTrue(sentences.stream().anyMatch(x -> x.text().equals("First part second part ends here.")),
                sentences.toString());
    }

    @Test
    void aSentenceNotFoundIsAnchoredAtTheStartOfItsBlock() {
        Sentence lost = new Sentence("s-lost", "Nothing like this is in the block.");
        Sentence found = new Sentence("s-found", "Some text here.");
        List<Inline.Piece> pieces = inline().block("<p>Some text here.</p>", List.of(lost, found));
        assertEquals("s-lost", pieces.get(0).anchor());
        assertEquals("<p>", pieces.get(1).html());
        assertEquals("s-found", pieces.get(2).open());
    }

    private static Inline inline() {
        return new Inline(new Briefing(Briefing.SCHEMA, "x", "x.md", null, "X", false, null, List.of(), null,
                List.of(), 0, 0, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of()));
    }

    /**
     * Over generated Markdown (emphasis, links, code, breaks, character references, notes, raw HTML allowed or
     * not): the pieces put back together without the marks give back the block's text; every wrapped sentence holds
     * exactly its text; every mention holds its entity's words. Nothing is lost, duplicated or misplaced.
     */
    @Test
    void generatedBlocksAreMarkedWithoutLosingOrMovingText() throws SeedException {
        Random random = new Random(20261203);
        String[] words = {"the", "Bank", "of", "England", "said", "rates", "&", "<b>", "a>b", "\"quoted\"", "'single'",
            "café", "naïve", "—", "London", "Paris", "Reuters", "in", "on", "Friday", "3.5%", "OPEC", "😀", "x\u00a0y"};
        int wrapped = 0;
        int all = 0;
        for (int round = 0; round < 300; round++) {
            StringBuilder markdown = new StringBuilder();
            int notes = 0;
            for (int paragraph = 0; paragraph < 3; paragraph++) {
                for (int sentence = 0; sentence < 1 + random.nextInt(4); sentence++) {
                    for (int w = 0; w < 3 + random.nextInt(8); w++) {
                        String word = words[random.nextInt(words.length)];
                        String written = switch (random.nextInt(12)) {
                            case 0 -> "*" + word + "*";
                            case 1 -> "[" + word + "](https://example.org/" + w + ")";
                            case 2 -> "`" + word + "`";
                            case 3 -> word + "\n";
                            case 4 -> word + "[^n" + (++notes) + "]";
                            case 5 -> "**" + word + " " + words[random.nextInt(words.length)] + "**";
                            default -> word;
                        };
                        markdown.append(w == 0 ? "" : " ").append(written);
                    }
                    markdown.append(". ");
                }
                markdown.append(random.nextInt(5) == 0 ? "\n> " : "\n\n");
            }
            for (int n = 1; n <= notes; n++) {
                markdown.append("[^n").append(n).append("]: Note ").append(n).append(".\n");
            }
            Briefing briefing = briefing(markdown.toString(), List.of(), random.nextBoolean());
            String page = page(briefing);
            Element body = Jsoup.parseBodyFragment(page).body();
            for (Sentence sentence : sentences(briefing)) {
                all++;
                Element element = body.getElementById(sentence.id());
                assertTrue(element != null, sentence.id() + " in " + page);
                if (element.hasClass("s")) {
                    wrapped++;
                    Element copy = element.clone();
                    copy.select("n").remove();
                    assertEquals(sentence.text(), copy.text(), "a wrapped sentence holds its text: " + markdown);
                }
            }
            for (Element mention : body.select("m")) {
                assertTrue(briefing.entities().stream().anyMatch(e -> e.id().equals(mention.attr("e"))), page);
            }
            body.select("span.s-anchor, n").remove();
            body.select("span.s, m").unwrap();
            StringBuilder original = new StringBuilder();
            for (Section section : briefing.sections()) {
                for (Paragraph paragraph : section.paragraphs()) {
                    original.append("<div>").append(paragraph.html().replaceAll("\u27E6\\d+\u27E7", "")).append("</div>\n");
                }
            }
            assertEquals(Jsoup.parseBodyFragment(original.toString()).body().text(), body.text(), markdown.toString());
        }
        assertTrue(wrapped > all * 3 / 4, wrapped + " of " + all + " sentences wrapped whole");
    }

    @Test
    void anyTextIsCutWithoutFailing() {
        Random random = new Random(7);
        String alphabet = "<>/=\"' &;#amplt\u27E6\u27E71a b\n<p><a href=x/><em></em></a><!--x--><script>y</scripts>"
                + "</script><br>&nbsp;&#x1F600;<code>\u00a0";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder html = new StringBuilder();
            for (int i = 0; i < random.nextInt(60); i++) {
                html.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<Sentence> sentences = List.of(new Sentence("s-1", "a b"), new Sentence("s-2", "1a"));
            List<Inline.Piece> pieces = inline().block(html.toString(), sentences);
            StringBuilder back = new StringBuilder();
            pieces.stream().filter(p -> p.html() != null).forEach(p -> back.append(p.html()));
            assertEquals(html.toString(), back.toString(), "no text lost or doubled (markers of no note are text)");
        }
    }
}
