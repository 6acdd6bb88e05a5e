package io.github.briefwright.core.analyse;

import io.github.briefwright.core.SitePaths;
import io.github.briefwright.core.model.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * The fast path of {@link AnchoredHtml}: a paragraph as commonmark renders it, {@code <p>} with text, emphasis,
 * code and links only, or a quote of such paragraphs, is read in one forward scan, and its anchors and marks are written through commonmark's
 * {@link HtmlWriter}, with no DOM built or serialised. The result is byte for byte what jsoup's DOM gives
 * ({@link AnchoredHtml#withDom}); any block outside that narrow shape (other tags, raw HTML, entities other than
 * the four commonmark writes, white space other than single spaces inside the text) is left to the DOM: {@link #anchorAndMark} then answers {@code null}. Linear in the block.
 */
final class PlainParagraph {

    private static final String OPEN = "<p>";
    private static final String CLOSE = "</p>";
    private static final String QUOTE_OPEN = "<blockquote>\n";
    private static final String QUOTE_CLOSE = "\n</blockquote>";
    /** The attributes of a link the fast path reads. */
    private static final List<String> LINK_ATTRIBUTES = List.of("href", "rel", "title");

    /** One piece of the paragraph: a tag (its source, from {@code start} to {@code end}) or text (decoded). */
    record Token(int start, int end, String text, boolean inCode) {
        boolean isText() {
            return text != null;
        }
    }

    private PlainParagraph() {
    }

    /** The block's HTML with its anchors and marks, or {@code null} when the block is not a plain paragraph. */
    static String anchorAndMark(String html, List<Sentence> sentences) {
        boolean quote = html.startsWith(QUOTE_OPEN) && html.endsWith(QUOTE_CLOSE);
        List<List<Token>> paragraphs = quote ? quoted(html) : single(html);
        if (paragraphs == null) {
            return null;
        }
        List<String> runs = new ArrayList<>();
        List<int[]> runOf = new ArrayList<>();
        for (List<Token> tokens : paragraphs) {
            int[] runIndex = new int[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                if (token.isText() && !token.inCode() && !token.text().isBlank()) {
                    runIndex[i] = runs.size();
                    runs.add(token.text());
                } else {
                    runIndex[i] = -1;
                }
            }
            runOf.add(runIndex);
        }
        List<Sentence> missing = new ArrayList<>();
        List<List<AnchoredHtml.Cut>> cuts = AnchoredHtml.cuts(runs, sentences, missing);
        Map<String, Sentence> byId = new LinkedHashMap<>();
        if (!AnchoredHtml.nothingToMark(sentences)) {
            for (Sentence sentence : sentences) {
                byId.put(sentence.id(), sentence);
            }
        }
        StringBuilder out = new StringBuilder(html.length() + 64 * sentences.size());
        HtmlWriter writer = new HtmlWriter(out);
        for (Sentence sentence : missing) { // anchored before the paragraph, on a line of their own
            if (!safe(sentence.id())) {
                return null;
            }
            writer.tag("span", attributes("class", "s-anchor", "id", sentence.id()));
            writer.tag("/span");
        }
        if (!missing.isEmpty()) {
            writer.line();
        }
        if (quote) {
            writer.raw(QUOTE_OPEN);
        }
        for (int p = 0; p < paragraphs.size(); p++) {
            List<Token> tokens = paragraphs.get(p);
            writer.raw(quote ? " " + OPEN : OPEN); // jsoup indents the paragraphs of a quote by one space
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                int run = runOf.get(p)[i];
                if (!token.isText()) {
                    writer.raw(html.substring(token.start(), token.end()));
                } else if (run < 0 || cuts.get(run) == null) {
                    text(writer, token.text());
                } else if (!pieces(writer, token.text(), cuts.get(run), byId)) {
                    return null;
                }
            }
            writer.raw(CLOSE);
            if (quote) {
                writer.raw("\n");
            }
        }
        if (quote) {
            writer.raw(QUOTE_CLOSE.substring(1));
        }
        return out.toString();
    }

    /** The tokens of a block that is one paragraph, or null. */
    private static List<List<Token>> single(String html) {
        List<Token> tokens = html.startsWith(OPEN) && html.endsWith(CLOSE)
                && html.length() >= OPEN.length() + CLOSE.length()
                ? tokens(html, OPEN.length(), html.length() - CLOSE.length()) : null;
        return tokens == null ? null : List.of(tokens);
    }

    /** The tokens of each paragraph of a quote made of paragraphs only, each on its own line, or null. */
    private static List<List<Token>> quoted(String html) {
        List<List<Token>> paragraphs = new ArrayList<>();
        int at = QUOTE_OPEN.length();
        int end = html.length() - QUOTE_CLOSE.length();
        while (at < end) {
            if (!html.startsWith(OPEN, at)) {
                return null;
            }
            int close = html.indexOf(CLOSE + "\n", at);
            if (close < 0 || close > end) {
                return null;
            }
            List<Token> tokens = tokens(html, at + OPEN.length(), close);
            if (tokens == null) {
                return null;
            }
            paragraphs.add(tokens);
            at = close + CLOSE.length() + 1;
        }
        return at == end + 1 && !paragraphs.isEmpty() ? paragraphs : null;
    }

    /** A text run cut at its sentences, as {@code AnchoredHtml.pieces} and {@code markMentions} make it. */
    private static boolean pieces(HtmlWriter writer, String content, List<AnchoredHtml.Cut> cuts,
            Map<String, Sentence> marked) {
        int at = 0;
        for (AnchoredHtml.Cut cut : cuts) {
            if (cut.at() > at) {
                text(writer, content.substring(at, cut.at()));
            }
            if (!safe(cut.id())) {
                return false;
            }
            if (cut.whole()) {
                writer.tag("span", attributes("class", "s", "id", cut.id()));
                String whole = content.substring(cut.at(), cut.end());
                Sentence sentence = marked.get(cut.id());
                if (sentence != null && whole.equals(sentence.text())) {
                    if (!parts(writer, sentence)) {
                        return false;
                    }
                } else {
                    text(writer, whole);
                }
                writer.tag("/span");
                at = cut.end();
            } else {
                writer.tag("span", attributes("class", "s-anchor", "id", cut.id()));
                writer.tag("/span");
                at = cut.at();
            }
        }
        if (at < content.length()) {
            text(writer, content.substring(at));
        }
        return true;
    }

    /** A sentence's text with its mentions marked: the first of an entity a link to its page. */
    private static boolean parts(HtmlWriter writer, Sentence sentence) {
        for (Sentence.Part part : sentence.parts()) {
            if (part.entity() == null) {
                text(writer, part.text());
                continue;
            }
            String classes = "entity entity-" + part.type();
            if (!safe(part.type()) || !safe(part.entity())) {
                return false;
            }
            if (part.first()) {
                String href = SitePaths.fromBriefing(SitePaths.entity(part.entity()));
                if (!safe(href)) {
                    return false;
                }
                writer.tag("a", attributes("class", classes, "href", href));
                text(writer, part.text());
                writer.tag("/a");
            } else {
                writer.tag("span", attributes("class", classes));
                text(writer, part.text());
                writer.tag("/span");
            }
        }
        return true;
    }

    private static Map<String, String> attributes(String... namesAndValues) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            attributes.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return attributes;
    }

    /** Whether a value is written the same by commonmark and by jsoup: printable ASCII that neither escapes. */
    private static boolean safe(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c >= 0x7F || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
                return false;
            }
        }
        return true;
    }

    /** Text as jsoup writes it: {@code & < >} escaped (the text holds no other character jsoup escapes). */
    private static void text(HtmlWriter writer, String text) {
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : null;
            if (entity != null) {
                writer.raw(text.substring(from, i));
                writer.raw(entity);
                from = i + 1;
            }
        }
        writer.raw(from == 0 ? text : text.substring(from));
    }

    /**
     * The paragraph's inner tokens, or {@code null} when it is not a plain paragraph: only {@code <strong>},
     * {@code <em>}, {@code <code>} and {@code <a>} (with {@code href}, {@code rel}, {@code title}), properly
     * nested, no tag in code, no link in a link; text of characters jsoup writes as they are or as
     * {@code &amp; &lt; &gt;}, single spaces only and none at the edge of an element.
     */
    static List<Token> tokens(String html, int from, int end) {
        List<Token> tokens = new ArrayList<>();
        List<String> open = new ArrayList<>();
        int inCode = 0; // how many of the open elements are code, and links: the stack is not searched
        int inLink = 0;
        int i = from;
        boolean spaceBefore = false;
        while (i < end) {
            if (html.charAt(i) == '<') {
                int close = html.indexOf('>', i);
                if (close < 0 || close >= end) {
                    return null;
                }
                String tag = html.substring(i + 1, close);
                if (tag.startsWith("/")) {
                    String name = tag.substring(1);
                    if (open.isEmpty() || !open.get(open.size() - 1).equals(name)) {
                        return null;
                    }
                    if (spaceBefore && lastIsText(tokens)) {
                        return null; // a space at the end of an element
                    }
                    open.remove(open.size() - 1);
                    inCode -= name.equals("code") ? 1 : 0;
                    inLink -= name.equals("a") ? 1 : 0;
                } else {
                    String name = openTag(tag);
                    if (name == null || inCode > 0 || name.equals("a") && inLink > 0) {
                        return null;
                    }
                    open.add(name);
                    inCode += name.equals("code") ? 1 : 0;
                    inLink += name.equals("a") ? 1 : 0;
                }
                tokens.add(new Token(i, close + 1, null, false));
                i = close + 1;
                continue;
            }
            int next = html.indexOf('<', i);
            int stop = next < 0 || next > end ? end : next;
            String text = decode(html, i, stop);
            if (text == null || text.contains("  ")) {
                return null;
            }
            Token previous = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
            if (text.charAt(0) == ' ' && (previous == null || !isClose(html, previous) || spaceBefore)) {
                return null; // a space at the start of an element, or two across tags
            }
            spaceBefore = text.charAt(text.length() - 1) == ' ';
            tokens.add(new Token(i, stop, text, inCode > 0));
            i = stop;
        }
        if (!open.isEmpty() || spaceBefore && lastIsText(tokens)) {
            return null;
        }
        return tokens;
    }

    private static boolean lastIsText(List<Token> tokens) {
        return !tokens.isEmpty() && tokens.get(tokens.size() - 1).isText();
    }

    private static boolean isClose(String html, Token tag) {
        return html.charAt(tag.start() + 1) == '/';
    }

    /** The element a start tag opens, when it is one the fast path reads as commonmark writes it; else null. */
    private static String openTag(String tag) {
        if (tag.equals("strong") || tag.equals("em") || tag.equals("code")) {
            return tag;
        }
        if (!tag.startsWith("a ")) {
            return null;
        }
        int i = 1;
        List<String> seen = new ArrayList<>();
        while (i < tag.length()) {
            if (tag.charAt(i) != ' ') {
                return null;
            }
            int equals = tag.indexOf("=\"", i);
            if (equals < 0) {
                return null;
            }
            String name = tag.substring(i + 1, equals);
            int quote = tag.indexOf('"', equals + 2);
            if (!LINK_ATTRIBUTES.contains(name) || seen.contains(name) || quote < 0
                    || !attributeValue(tag.substring(equals + 2, quote))) {
                return null;
            }
            seen.add(name);
            i = quote + 1;
        }
        return "a";
    }

    /** Whether jsoup writes an attribute value back as commonmark wrote it: printable ASCII, four entities. */
    private static boolean attributeValue(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < ' ' || c >= 0x7F || c == '<' || c == '>' || c == '\'') {
                return false;
            }
            if (c == '&' && entity(value, i) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text from {@code from} to {@code to} with commonmark's four entities decoded, or {@code null} when it
     * holds another entity or a character jsoup would write otherwise (controls, no-break space, surrogates,
     * white space other than a space).
     */
    private static String decode(String html, int from, int to) {
        StringBuilder text = null;
        int copied = from;
        for (int i = from; i < to; i++) {
            char c = html.charAt(i);
            if (c == '&') {
                char decoded = entity(html, i);
                if (decoded == 0) {
                    return null;
                }
                if (text == null) {
                    text = new StringBuilder(to - from);
                }
                text.append(html, copied, i).append(decoded);
                i = html.indexOf(';', i);
                copied = i + 1;
            } else if (!plain(c)) {
                return null;
            }
        }
        return text == null ? html.substring(from, to) : text.append(html, copied, to).toString();
    }

    /** The character an entity commonmark writes stands for, at {@code at}, or 0 for any other. */
    private static char entity(String html, int at) {
        if (html.startsWith("&amp;", at)) {
            return '&';
        }
        if (html.startsWith("&lt;", at)) {
            return '<';
        }
        if (html.startsWith("&gt;", at)) {
            return '>';
        }
        if (html.startsWith("&quot;", at)) {
            return '"';
        }
        return 0;
    }

    /** A character jsoup's text output keeps as it is (or escapes as commonmark does). */
    private static boolean plain(char c) {
        return c >= ' ' && c < 0x7F && c != '<' && c != '>'
                || c > 0xA0 && c < 0x2000 && c != 0xAD && c != 0x1680 && c != 0x180E
                || c >= 0x2010 && c <= 0x2027 || c >= 0x2030 && c < 0x205F
                || c >= 0x20A0 && c < 0xD800 && c != 0x3000 && c != 0x2800;
    }
}
