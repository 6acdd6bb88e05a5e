package io.github.briefwright.core.parse;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The text of a Markdown block as a reader reads it on the page: what its text nodes and code spans say, a link as
 * its text (not its address), no image (its description is an attribute, not text), line breaks and the gaps between inner blocks (a
 * quote's paragraphs, a list item's nested list) as white space. commonmark's own text renderer writes for a
 * plain-text copy instead (a link as {@code "text" (address)}, code in quotes, a quote in « », and nothing for a
 * list item rendered on its own), which is not what analysis should read or quote. Raw HTML is left out: a block
 * holding some is read from its sanitised HTML instead. Linear in the block; pure.
 */
final class ReadingText extends AbstractVisitor {

    private final StringBuilder out = new StringBuilder();

    private ReadingText() {
    }

    /** The text of {@code node}, single-spaced, without white space at its ends. */
    static String of(Node node) {
        ReadingText text = new ReadingText();
        node.accept(text);
        return DocumentParser.singleSpaced(text.out.toString()).strip();
    }

    @Override
    public void visit(Text text) {
        out.append(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        out.append(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        out.append('\n');
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        out.append('\n');
    }

    @Override
    public void visit(Image image) {
        // an image's description is not part of the sentence it stands in (nor in the page's text)
    }

    @Override
    public void visit(HtmlInline htmlInline) {
        // raw HTML: a paragraph holding some is read from its sanitised HTML instead; a list item is read here,
        // where a line break written as a tag still parts two words
        String tag = htmlInline.getLiteral();
        if (tag.regionMatches(true, 0, "<br", 0, 3)) {
            out.append('\n');
        }
    }

    @Override
    public void visit(HtmlBlock htmlBlock) {
        // as above
    }

    @Override
    public void visit(FencedCodeBlock codeBlock) {
        out.append(codeBlock.getLiteral()).append('\n');
    }

    @Override
    public void visit(IndentedCodeBlock codeBlock) {
        out.append(codeBlock.getLiteral()).append('\n');
    }

    @Override
    protected void visitChildren(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            node.accept(this);
            if (node instanceof org.commonmark.node.Block) {
                out.append('\n'); // inner blocks are apart
            }
        }
    }
}
