package io.github.briefwright.core.parse;

import io.github.briefwright.core.Limits;
import io.github.briefwright.core.Problem;
import io.github.briefwright.core.load.SeedException;
import io.github.briefwright.core.load.SeedFormat;
import io.github.briefwright.core.model.Block;
import io.github.briefwright.core.model.Block.Kind;
import io.github.briefwright.core.structure.Draft;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;

/**
 * Parses Markdown bodies with commonmark-java into blocks, each with its plain text and its HTML. Raw HTML in
 * a seed is sanitised with jsoup's relaxed safelist unless the user allowed raw HTML. Links and images, in
 * Markdown and in sanitised HTML, follow the {@link io.github.briefwright.core.UrlPolicy} (see
 * {@link SafeLinks}). Raw pastes are already in blocks and pass through: their text is never read as Markdown.
 * Immutable and thread-safe.
 */
public final class DocumentParser {

    private final Parser parser;
    private final HtmlRenderer html;
    private final TextContentRenderer text;
    private final boolean allowRawHtml;

    public DocumentParser(boolean allowRawHtml) {
        List<Extension> extensions = List.of(TablesExtension.create());
        this.parser = Parser.builder()
                .extensions(extensions)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                .postProcessor(SafeLinks.MARKDOWN)
                .build();
        this.html = HtmlRenderer.builder().extensions(extensions).sanitizeUrls(true).urlSanitizer(SafeLinks.URLS).build();
        this.text = TextContentRenderer.builder().extensions(extensions).build();
        this.allowRawHtml = allowRawHtml;
    }

    /**
     * Reads a draft's body into blocks. A Markdown body is first measured ({@link Nesting}): deeper than
     * {@code limits.nesting()} it is an error at its line. Of more than {@code limits.notes()} notes, the first are
     * kept as notes and the rest stay in the text as written, with one warning added to {@code warnings}. A raw
     * paste passes through unchecked: its text is never read as Markdown.
     *
     * @throws SeedException when the body nests too deep
     */
    public Document parse(Draft draft, Limits limits, List<Problem> warnings) throws SeedException {
        if (draft.seed().format() == SeedFormat.TXT) {
            return new Document(draft, draft.blocks());
        }
        int firstLine = draft.seed().bodyLine();
        Nesting.check(draft.seed().sourceFile(), draft.text(), firstLine, limits);
        List<Block> blocks = new ArrayList<>();
        if (!AuthoredNotes.present(draft.text())) {
            Node root = parser.parse(draft.text());
            for (Node node = root.getFirstChild(); node != null; node = node.getNext()) {
                blocks.add(block(node, node, firstLine + lineIndex(node)));
            }
            return new Document(draft, blocks);
        }
        AuthoredNotes.Result notes = AuthoredNotes.read(draft.text(), limits.notes());
        if (notes.found() > limits.notes()) {
            warnings.add(Problem.at(draft.seed().sourceFile(), 0, "has " + notes.found() + " notes, more than the limit of "
                    + limits.notes() + " (" + Limits.NOTES + "); the first " + limits.notes()
                    + " are kept as notes and the rest stay in the text as written"));
        }
        List<AuthoredNotes.Note> kept = new ArrayList<>();
        for (AuthoredNotes.Note note : notes.notes()) {
            kept.add(note.withHtml(inline(note.text())));
        }
        Node marked = parser.parse(notes.marked());
        Node plain = parser.parse(notes.plain());
        Node p = plain.getFirstChild();
        for (Node node = marked.getFirstChild(); node != null; node = node.getNext()) {
            Node reading = p != null && p.getClass() == node.getClass() ? p : node;
            blocks.add(block(node, reading, firstLine + lineIndex(node)));
            p = p == null ? null : p.getNext();
        }
        return new Document(draft, blocks, kept);
    }

    /** A note's Markdown as inline HTML, sanitised like the text. */
    private String inline(String markdown) {
        String rendered = html.render(parser.parse(markdown)).strip();
        if (rendered.startsWith("<p>") && rendered.endsWith("</p>")) {
            rendered = rendered.substring(3, rendered.length() - 4);
        }
        return allowRawHtml ? rendered : SafeLinks.clean(rendered);
    }

    /**
     * @param node    the block as the page shows it (editorial marks, note markers: the notes themselves are put in
     *                where their markers stand when the page is rendered)
     * @param reading the same block as read (marks applied), for its plain text
     */
    private Block block(Node node, Node reading, int line) {
        if (node instanceof Heading heading) {
            return new Block(Kind.HEADING, plain(reading), List.of(), heading.getLevel(), line, html(node), 0);
        }
        if (node instanceof ListBlock) {
            List<String> items = new ArrayList<>();
            for (Node item = reading.getFirstChild(); item != null; item = item.getNext()) {
                items.add(plain(item));
            }
            return new Block(Kind.LIST, String.join("\n", items), items, 0, line, html(node), start(node));
        }
        if (node instanceof ThematicBreak) {
            return Block.plain(Kind.BREAK, "", line);
        }
        Kind kind = kind(node);
        String rendered = html(node);
        String plain = kind == Kind.HTML || containsRawHtml(reading) ? Jsoup.parse(html(reading)).text()
                : plain(reading);
        return new Block(kind, plain, List.of(), 0, line, rendered, 0);
    }

    /**
     * The number of an ordered list's first item as written, as a raw paste's numbered list has it; 0 for a bullet
     * list, and for an ordered list from 0, which the model cannot tell from one (its HTML shows its numbers).
     */
    private static int start(Node list) {
        Integer start = list instanceof OrderedList ordered ? ordered.getMarkerStartNumber() : null;
        return start == null ? 0 : Math.max(start, 0);
    }

    private static Kind kind(Node node) {
        if (node instanceof Paragraph) {
            return Kind.PARAGRAPH;
        }
        if (node instanceof BlockQuote) {
            return Kind.QUOTE;
        }
        if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            return Kind.CODE;
        }
        if (node instanceof TableBlock) {
            return Kind.TABLE;
        }
        if (node instanceof HtmlBlock) {
            return Kind.HTML;
        }
        return Kind.PARAGRAPH;
    }

    /** A block's text as read: a table's cells apart as commonmark's text renderer writes them; else {@link ReadingText}. */
    private String plain(Node node) {
        return node instanceof TableBlock ? singleSpaced(text.render(node)).strip() : ReadingText.of(node);
    }

    /**
     * The text with each run of white space as {@code \s} means it (space, tab, line feed, vertical tab, form feed,
     * carriage return) made one space, as {@code replaceAll("\\s+", " ")} makes it, in one pass without a pattern.
     */
    static String singleSpaced(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && !(isSpace(text.charAt(i))
                && (text.charAt(i) != ' ' || i + 1 < n && isSpace(text.charAt(i + 1))))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n).append(text, 0, i);
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                out.append(' ');
                while (i < n && isSpace(text.charAt(i))) {
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private String html(Node node) {
        String rendered = html.render(node).strip();
        if (allowRawHtml || !containsRawHtml(node)) {
            return rendered;
        }
        return SafeLinks.clean(rendered);
    }

    private static boolean containsRawHtml(Node node) {
        boolean[] found = {node instanceof HtmlBlock};
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline htmlInline) {
                found[0] = true;
            }

            @Override
            public void visit(HtmlBlock htmlBlock) {
                found[0] = true;
            }
        });
        return found[0];
    }

    private static int lineIndex(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex();
    }

}
