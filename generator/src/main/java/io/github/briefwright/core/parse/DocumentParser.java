package io.github.briefwright.core.parse;

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
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Parses Markdown bodies with commonmark-java into blocks, each with its plain text and its HTML. Raw HTML in
 * a seed is sanitised with jsoup's relaxed safelist unless the user allowed raw HTML. Raw pastes are already
 * in blocks and pass through: their text is never read as Markdown. Immutable and thread-safe.
 */
public final class DocumentParser {

    private static final String SANITISE_BASE = "https://sanitise.invalid/";

    private final Parser parser;
    private final HtmlRenderer html;
    private final TextContentRenderer text;
    private final boolean allowRawHtml;
    private final Safelist safelist = Safelist.relaxed().preserveRelativeLinks(true);

    public DocumentParser(boolean allowRawHtml) {
        List<Extension> extensions = List.of(TablesExtension.create());
        this.parser = Parser.builder()
                .extensions(extensions)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                .build();
        this.html = HtmlRenderer.builder().extensions(extensions).sanitizeUrls(true).build();
        this.text = TextContentRenderer.builder().extensions(extensions).build();
        this.allowRawHtml = allowRawHtml;
    }

    public Document parse(Draft draft) {
        if (draft.seed().format() == SeedFormat.TXT) {
            return new Document(draft, draft.blocks());
        }
        Node root = parser.parse(draft.text());
        int firstLine = draft.seed().bodyLine();
        List<Block> blocks = new ArrayList<>();
        for (Node node = root.getFirstChild(); node != null; node = node.getNext()) {
            blocks.add(block(node, firstLine + lineIndex(node)));
        }
        return new Document(draft, blocks);
    }

    private Block block(Node node, int line) {
        if (node instanceof Heading heading) {
            return new Block(Kind.HEADING, plain(node), List.of(), heading.getLevel(), line, html(node));
        }
        if (node instanceof ListBlock) {
            List<String> items = new ArrayList<>();
            for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                items.add(plain(item));
            }
            return new Block(Kind.LIST, String.join("\n", items), items, 0, line, html(node));
        }
        if (node instanceof ThematicBreak) {
            return Block.plain(Kind.BREAK, "", line);
        }
        Kind kind = kind(node);
        String rendered = html(node);
        String plain = kind == Kind.HTML || containsRawHtml(node) ? Jsoup.parse(rendered).text() : plain(node);
        return new Block(kind, plain, List.of(), 0, line, rendered);
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

    private String plain(Node node) {
        return text.render(node).replaceAll("\\s+", " ").strip();
    }

    private String html(Node node) {
        String rendered = html.render(node).strip();
        if (allowRawHtml || !containsRawHtml(node)) {
            return rendered;
        }
        return Jsoup.clean(rendered, SANITISE_BASE, safelist);
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
