package io.github.briefwright.core.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Puts each authored note where its marker stands in a block's HTML, as a numbered sidenote that works without
 * JavaScript: a label with the number toggles a checkbox that shows the note inline on narrow screens; on wide
 * screens the stylesheet floats it into the margin. The note links back to its number. Built with jsoup's DOM;
 * the default stylesheet styles the classes {@code note}, {@code note-number}, {@code note-toggle},
 * {@code sidenote} and {@code note-back}.
 */
final class Sidenotes {

    private Sidenotes() {
    }

    /**
     * Puts the notes in. One pass: each element holding markers gets its children built anew, once, so a block
     * with 16,000 notes costs 16,000 note elements, not 16,000 splits of its text.
     *
     * @param notes note HTML (sanitised, inline) by number
     */
    static String insert(String html, Map<Integer, String> notes) {
        if (html.indexOf(AuthoredNotes.OPEN) < 0) {
            return html;
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        Set<Element> parents = new LinkedHashSet<>();
        body.traverse((node, depth) -> {
            if (node instanceof TextNode text && text.getWholeText().indexOf(AuthoredNotes.OPEN) >= 0
                    && text.parent() != null) {
                parents.add(text.parent());
            }
        });
        for (Element parent : parents) {
            List<Node> children = new ArrayList<>();
            for (Node child : parent.childNodes()) {
                if (child instanceof TextNode text && text.getWholeText().indexOf(AuthoredNotes.OPEN) >= 0) {
                    split(text.getWholeText(), notes, children);
                } else {
                    children.add(child);
                }
            }
            parent.empty();
            parent.appendChildren(children);
        }
        return body.html();
    }

    /** The text as text nodes with a note element where each marker stands. */
    private static void split(String text, Map<Integer, String> notes, List<Node> into) {
        Matcher m = AuthoredNotes.MARKER.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                into.add(new TextNode(text.substring(at, m.start())));
            }
            int number = Integer.parseInt(m.group(1));
            into.add(note(number, notes.getOrDefault(number, "")));
            at = m.end();
        }
        if (at < text.length()) {
            into.add(new TextNode(text.substring(at)));
        }
    }

    private static Element note(int number, String html) {
        String n = Integer.toString(number);
        Element note = new Element("span").addClass("note").attr("id", "note-ref-" + n);
        note.appendElement("label").addClass("note-number").attr("for", "note-toggle-" + n)
                .attr("title", "Note " + n).text(n);
        note.appendElement("input").addClass("note-toggle").attr("type", "checkbox").attr("id", "note-toggle-" + n)
                .attr("aria-label", "Show note " + n);
        Element side = note.appendElement("small").addClass("sidenote").attr("id", "note-" + n).attr("role", "note");
        side.appendElement("span").addClass("note-number").text(n);
        side.appendText(" ");
        Element content = side.appendElement("span").addClass("note-text");
        content.html(html);
        side.appendText(" ");
        side.appendElement("a").addClass("note-back").attr("href", "#note-ref-" + n)
                .attr("aria-label", "Back to the text of note " + n).text("↩");
        return note;
    }
}
