package io.github.briefwright.core.analyse;

import io.github.briefwright.core.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Gives the sentences of a block rendered from Markdown their anchors inside its HTML, so that links to
 * {@code #s-…} work for Markdown seeds as for raw pastes. A sentence that lies within one run of text is wrapped
 * in {@code <span class="s" id="s-…">}; one that crosses inline markup (a link, emphasis) gets an empty anchor
 * where it starts; one that cannot be found gets an anchor at the start of the block. Built with jsoup's DOM.
 */
final class AnchoredHtml {

    private AnchoredHtml() {
    }

    /**
     * Marks entity mentions in the sentences of a block rendered from Markdown, as the templates do for plain
     * text: the first mention of an entity links to its page ({@code ../../entities/<id>/index.html} from a
     * briefing page), later ones are marked. Only sentences wrapped whole in their span are marked.
     */
    static String anchorAndMark(String html, List<Sentence> sentences) {
        if (html == null || sentences.isEmpty()) {
            return html;
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        anchor(body, sentences);
        markMentions(body, sentences);
        return body.html();
    }

    private static void markMentions(Element body, List<Sentence> sentences) {
        if (sentences.stream().allMatch(s -> s.parts().size() <= 1 && s.parts().get(0).entity() == null)) {
            return;
        }
        for (Sentence sentence : sentences) {
            Element span = body.getElementById(sentence.id());
            if (span == null || !span.hasClass("s") || span.childNodeSize() != 1
                    || !(span.childNode(0) instanceof TextNode text) || !text.getWholeText().equals(sentence.text())) {
                continue;
            }
            text.remove();
            for (Sentence.Part part : sentence.parts()) {
                if (part.entity() == null) {
                    span.appendText(part.text());
                } else if (part.first()) {
                    span.appendElement("a").addClass("entity").addClass("entity-" + part.type())
                            .attr("href", "../../entities/" + part.entity() + "/index.html").text(part.text());
                } else {
                    span.appendElement("span").addClass("entity").addClass("entity-" + part.type()).text(part.text());
                }
            }
        }
    }

    private static void anchor(Element body, List<Sentence> sentences) {
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element && (element.tagName().equals("code") || element.tagName().equals("pre")
                        || element.hasClass("note"))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode text && !text.isBlank()) {
                    texts.add(text);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        List<Sentence> missing = new ArrayList<>();
        int node = 0;
        int from = 0;
        for (Sentence sentence : sentences) {
            String wanted = sentence.text().strip();
            String prefix = wanted.substring(0, Math.min(16, wanted.length()));
            boolean placed = false;
            for (int i = node; i < texts.size() && !placed; i++) {
                TextNode text = texts.get(i);
                String content = text.getWholeText();
                int at = content.indexOf(prefix, i == node ? from : 0);
                if (at < 0) {
                    continue;
                }
                int end = at + wanted.length();
                if (end <= content.length() && content.substring(at, end).equals(wanted)) {
                    TextNode middle = at > 0 ? text.splitText(at) : text;
                    TextNode rest = wanted.length() < middle.getWholeText().length() ? middle.splitText(wanted.length()) : null;
                    Element span = new Element("span").addClass("s").attr("id", sentence.id());
                    middle.before(span);
                    span.appendChild(middle);
                    texts.set(i, rest != null ? rest : middle);
                    node = i;
                    from = 0;
                } else {
                    TextNode after = at > 0 ? text.splitText(at) : text;
                    after.before(new Element("span").addClass("s-anchor").attr("id", sentence.id()));
                    texts.set(i, after);
                    node = i;
                    from = Math.min(prefix.length(), after.getWholeText().length());
                }
                placed = true;
            }
            if (!placed) {
                missing.add(sentence);
            }
        }
        for (int i = missing.size() - 1; i >= 0; i--) {
            body.prependChild(new Element("span").addClass("s-anchor").attr("id", missing.get(i).id()));
        }
    }
}
