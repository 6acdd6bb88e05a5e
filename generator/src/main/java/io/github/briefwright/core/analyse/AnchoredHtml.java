package io.github.briefwright.core.analyse;

import io.github.briefwright.core.model.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
 *
 * <p>Linear in the block: the sentences are looked for in order in the block's text (its text runs one after
 * another, code and notes left out), each by its first {@value #PREFIX} characters and within the next
 * {@value #SLACK} characters plus twice the length of the sentences since the last one found, at most
 * {@value #MAX_WINDOW}; then each element whose text runs are cut gets its new children in one go.
 */
final class AnchoredHtml {

    /** How many leading characters of a sentence are looked for. */
    static final int PREFIX = 16;
    static final int SLACK = 1_024;
    static final int MAX_WINDOW = 16_384;

    /** A place in a text run: a sentence wrapped whole ({@code end} its end), or an anchor at {@code at}. */
    record Cut(int at, int end, String id, boolean whole) {
    }

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
        String plain = PlainParagraph.anchorAndMark(html, sentences);
        return plain != null ? plain : withDom(html, sentences);
    }

    /** {@link #anchorAndMark} through jsoup's DOM, for any block: the reference the fast path must equal. */
    static String withDom(String html, List<Sentence> sentences) {
        Element body = Jsoup.parseBodyFragment(html).body();
        Map<String, Element> wrapped = anchor(body, sentences);
        markMentions(wrapped, sentences);
        return body.html();
    }

    /** Whether no sentence has an entity mention to mark. */
    static boolean nothingToMark(List<Sentence> sentences) {
        return sentences.stream().allMatch(s -> s.parts().size() <= 1 && s.parts().get(0).entity() == null);
    }

    private static void markMentions(Map<String, Element> wrapped, List<Sentence> sentences) {
        if (nothingToMark(sentences)) {
            return;
        }
        for (Sentence sentence : sentences) {
            Element span = wrapped.get(sentence.id());
            if (span == null || span.childNodeSize() != 1
                    || !(span.childNode(0) instanceof TextNode text) || !text.getWholeText().equals(sentence.text())) {
                continue;
            }
            text.remove();
            for (Sentence.Part part : sentence.parts()) {
                if (part.entity() == null) {
                    span.appendText(part.text());
                } else if (part.first()) {
                    span.appendElement("a").addClass("entity").addClass("entity-" + part.type())
                            .attr("href", io.github.briefwright.core.SitePaths.fromBriefing(
                                    io.github.briefwright.core.SitePaths.entity(part.entity()))).text(part.text());
                } else {
                    span.appendElement("span").addClass("entity").addClass("entity-" + part.type()).text(part.text());
                }
            }
        }
    }

    /** Places the sentences' anchors; the spans of the sentences wrapped whole, by id. */
    private static Map<String, Element> anchor(Element body, List<Sentence> sentences) {
        List<TextNode> texts = texts(body);
        List<String> runs = new ArrayList<>(texts.size());
        for (TextNode text : texts) {
            runs.add(text.getWholeText());
        }
        List<Sentence> missing = new ArrayList<>();
        List<List<Cut>> found = cuts(runs, sentences, missing);
        Map<Integer, List<Cut>> cuts = new HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i) != null) {
                cuts.put(i, found.get(i));
            }
        }
        Map<String, Element> wrapped = new HashMap<>();
        Map<Node, Map<Node, List<Node>>> byParent = new IdentityHashMap<>();
        cuts.forEach((node, list) -> byParent.computeIfAbsent(texts.get(node).parent(), p -> new IdentityHashMap<>())
                .put(texts.get(node), pieces(texts.get(node).getWholeText(), list, wrapped)));
        byParent.forEach((parent, replaced) -> {
            List<Node> children = new ArrayList<>();
            for (Node child : parent.childNodes()) {
                children.addAll(replaced.getOrDefault(child, List.of(child)));
            }
            ((Element) parent).empty().appendChildren(children);
        });
        List<Node> anchors = new ArrayList<>();
        for (Sentence sentence : missing) {
            anchors.add(new Element("span").addClass("s-anchor").attr("id", sentence.id()));
        }
        if (!anchors.isEmpty()) {
            body.insertChildren(0, anchors);
        }
        return wrapped;
    }

    /**
     * Where the sentences go in the text runs (one after another, in order): the cuts of each run, in order, or
     * {@code null} for a run without any; the sentences not found are added to {@code missing}.
     */
    static List<List<Cut>> cuts(List<String> runs, List<Sentence> sentences, List<Sentence> missing) {
        int[] starts = new int[runs.size() + 1];
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < runs.size(); i++) {
            starts[i] = all.length();
            all.append(runs.get(i));
        }
        starts[runs.size()] = all.length();
        String joined = all.toString();
        List<List<Cut>> cuts = new ArrayList<>(java.util.Collections.nCopies(runs.size(), null));
        int from = 0;
        int pending = 0;
        for (Sentence sentence : sentences) {
            String wanted = sentence.text().strip();
            String prefix = wanted.substring(0, Math.min(PREFIX, wanted.length()));
            pending += wanted.length();
            int at = prefix.isEmpty() ? -1 : indexOf(joined, prefix, from, Math.min(MAX_WINDOW, SLACK + 2 * pending));
            if (at < 0) {
                missing.add(sentence);
                continue;
            }
            int node = nodeAt(starts, at);
            int end = at + wanted.length();
            boolean whole = end <= starts[node + 1] && joined.startsWith(wanted, at);
            if (cuts.get(node) == null) {
                cuts.set(node, new ArrayList<>());
            }
            cuts.get(node).add(new Cut(at - starts[node], end - starts[node], sentence.id(), whole));
            from = whole ? end : at + prefix.length();
            pending = 0;
        }
        return cuts;
    }

    /** The text runs anchors may go in: not blank, not in code or a note. */
    private static List<TextNode> texts(Element body) {
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
        return texts;
    }

    /** A text run cut at its sentences: text, wrapped sentences and anchors, in order. */
    private static List<Node> pieces(String content, List<Cut> cuts, Map<String, Element> wrapped) {
        List<Node> pieces = new ArrayList<>();
        int at = 0;
        for (Cut cut : cuts) {
            if (cut.at() > at) {
                pieces.add(new TextNode(content.substring(at, cut.at())));
            }
            if (cut.whole()) {
                Element span = new Element("span").addClass("s").attr("id", cut.id());
                span.appendChild(new TextNode(content.substring(cut.at(), cut.end())));
                wrapped.put(cut.id(), span);
                pieces.add(span);
                at = cut.end();
            } else {
                pieces.add(new Element("span").addClass("s-anchor").attr("id", cut.id()));
                at = cut.at();
            }
        }
        if (at < content.length()) {
            pieces.add(new TextNode(content.substring(at)));
        }
        return pieces;
    }

    /** Where {@code prefix} starts at or after {@code from} and within {@code window} characters of it, or -1. */
    private static int indexOf(String text, String prefix, int from, int window) {
        int end = Math.min(text.length(), from + window + prefix.length());
        if (from >= end) {
            return -1;
        }
        int at = text.substring(from, end).indexOf(prefix);
        return at < 0 ? -1 : from + at;
    }

    /** The text run holding position {@code at} of the joined text. */
    private static int nodeAt(int[] starts, int at) {
        int found = Arrays.binarySearch(starts, 0, starts.length - 1, at);
        if (found >= 0) {
            while (found + 1 < starts.length - 1 && starts[found + 1] == at) {
                found++;
            }
            return found;
        }
        return -found - 2;
    }
}
