package io.github.briefwright.corpus;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text a reader gets by selecting part of a web page in a browser and copying it: what a {@code .txt} seed
 * holds. Two selections are made from a page ({@code ../shared/extraction-corpus/README.md} defines them):
 *
 * <ul>
 *   <li>{@link #wholePage}: Ctrl-A, the whole {@code <body>} with navigation, share buttons, related links and
 *       footer;</li>
 *   <li>{@link #articleArea}: from the headline to the end of the article's container ({@link #locate}).</li>
 * </ul>
 *
 * <p>Rendering follows what browsers put on the clipboard as plain text (close to {@code innerText}):
 *
 * <ul>
 *   <li>{@code script}, {@code style}, {@code noscript}, {@code template}, embedded media and form controls are
 *       left out, and so are hidden elements: the {@code hidden} attribute, {@code aria-hidden="true"}, an inline
 *       {@code display:none} or {@code visibility:hidden}, a closed {@code <details>} (but its summary) or
 *       {@code <dialog>};</li>
 *   <li>paragraphs, headings, block quotes, {@code pre}, lists, tables and figures stand between blank lines
 *       (browsers add an extra line after a paragraph's or heading's margin); other block elements
 *       ({@code div}, {@code section}, {@code li}, {@code tr}…) start a new line;</li>
 *   <li>a list item's line starts with {@code "  • "}; table cells in a row are separated by a tab;</li>
 *   <li>runs of spaces, tabs and line ends collapse to one space and vanish at the start and end of a line,
 *       except inside {@code pre}; a no-break space copies as a space; {@code <br>} is a line break, two of
 *       them a blank line; character entities are decoded (by the parser).</li>
 * </ul>
 *
 * <p>CSS from style sheets is not applied, so an element hidden only by a class stays in the text, as it would
 * for a reader whose browser showed it.
 */
public final class PasteSimulator {

    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "title",
            "meta", "link", "base", "svg", "math", "iframe", "object", "embed", "video", "audio", "canvas", "map",
            "select", "datalist", "input", "textarea", "img", "picture", "source", "track", "param", "frameset",
            "frame");
    /** Blocks that stand between blank lines. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "pre", "ul", "ol", "dl", "table", "figure", "listing", "xmp", "plaintext");
    /** Blocks that start a line of their own. */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "center", "details", "dialog",
            "dd", "div", "dt", "fieldset", "figcaption", "footer", "form", "header", "hgroup", "hr", "li", "main",
            "nav", "section", "summary", "tr", "caption", "legend", "menu", "dir", "option", "optgroup", "body",
            "html", "search", "thead", "tbody", "tfoot", "noframes");
    private static final Set<String> PREFORMATTED = Set.of("pre", "listing", "xmp", "plaintext");
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "(?i)(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)\\s*(?:!important\\s*)?(?:;|$)");
    /** A class or id token naming page furniture: "footer", "site-footer", "comments-area", "sidebar"… */
    private static final Pattern FURNITURE = Pattern.compile("(?i)(?:[a-z]+-)?(?:footer|comments?|sidebar|related|"
            + "newsletter|copyright|disclaimer|cookies?)(?:[-_]?(?:wrap|wrapper|container|area|section|list))?");
    /** A paragraph shorter than this does not count towards its container's text. */
    private static final int MIN_PARAGRAPH = 25;

    private PasteSimulator() {
    }

    /** Ctrl-A, Ctrl-C: everything visible in the page's body. */
    public static String wholePage(Document page) {
        return render(page.body(), null, null);
    }

    /** A selection from the headline to the end of the article's container ({@link #locate}). */
    public static String articleArea(Document page) {
        Area area = locate(page);
        return area == null ? wholePage(page) : render(page.body(), area.start(), area.container());
    }

    /** Where the article-area selection starts ({@code start}, the headline) and whose end it ends at. */
    public record Area(Element start, Element container) {
    }

    /**
     * Finds the article area without any label, from the page's markup alone:
     *
     * <ol>
     *   <li>Paragraphs are the visible {@code <p>} elements (and other blocks with at least 80 characters of text
     *       of their own, for pages that write paragraphs as text and {@code <br>} in a {@code div}) with at least
     *       25 characters whose text is less than half link text, and that do not stand in page furniture: a
     *       {@code footer}, {@code nav} or {@code aside}, or an element with a class or id that is one of footer,
     *       comment(s), sidebar, related, newsletter, copyright, disclaimer, cookie(s), optionally after one
     *       prefix word and before wrap/wrapper/container/area/section/list ({@code site-footer},
     *       {@code comments-area}).</li>
     *   <li>Each paragraph's length counts fully for its parent and half for its grandparent; the element with
     *       the highest count is the core of the article.</li>
     *   <li>The container is the closest {@code <article>} (or {@code itemprop="articleBody"} element, or element
     *       typed as a schema.org Article) around the core that holds no more than twice the core's paragraph
     *       text; without one, the core grows to its parent while the parent adds at least a fifth more
     *       paragraph text but no more than one and a half times more (an article split into sibling
     *       sections, not a page of teasers).</li>
     *   <li>The headline is the first visible {@code <h1>} inside the container, else the last {@code <h1>}
     *       before it; without one the selection starts at the container.</li>
     * </ol>
     *
     * <p>No label is used: the benchmark's {@code articleBody} neither finds nor cuts the area.
     *
     * @return the area, or {@code null} when the page has no paragraph at all
     */
    public static Area locate(Document page) {
        Element body = page.body();
        Map<Element, Integer> order = new IdentityHashMap<>();
        Map<Element, Integer> paragraphText = new IdentityHashMap<>();
        Map<Element, Double> score = new IdentityHashMap<>();
        List<Element> headlines = new java.util.ArrayList<>();
        List<Integer> paragraphs = new java.util.ArrayList<>();
        index(body, order, paragraphText, score, headlines, paragraphs);
        Element core = null;
        double best = 0;
        for (Map.Entry<Element, Double> entry : score.entrySet()) {
            if (entry.getValue() > best || entry.getValue() == best && core != null
                    && order.get(entry.getKey()) < order.get(core)) {
                best = entry.getValue();
                core = entry.getKey();
            }
        }
        if (core == null) {
            return null;
        }
        int coreText = paragraphText.getOrDefault(core, 0);
        Element container = null;
        for (Element up = core; up != null && up != body; up = up.parent()) {
            if (isArticle(up)) {
                if (paragraphText.getOrDefault(up, 0) <= 2 * coreText) {
                    container = up;
                }
                break;
            }
        }
        if (container == null) {
            container = core;
            while (container.parent() != null && container.parent() != body) {
                int here = paragraphText.getOrDefault(container, 0);
                int there = paragraphText.getOrDefault(container.parent(), 0);
                if (there >= 1.2 * here && there <= 2.5 * here && linkDensity(container.parent()) < 0.35) {
                    container = container.parent();
                } else {
                    break;
                }
            }
        }
        int first = order.get(container);
        int last = lastDescendant(container, order);
        int firstParagraph = Integer.MAX_VALUE;
        for (int at : paragraphs) {
            if (at >= first && at <= last) {
                firstParagraph = Math.min(firstParagraph, at);
            }
        }
        Element inside = null;
        Element before = null;
        for (Element heading : headlines) {
            int at = order.get(heading);
            boolean h1 = heading.normalName().equals("h1");
            if (at >= first && at <= last && (h1 || at < firstParagraph)) {
                if (h1) {
                    inside = heading;
                    break;
                }
                if (inside == null) {
                    inside = heading;
                }
            } else if (at < first && h1) {
                before = heading;
            }
        }
        Element start = inside != null ? inside : before;
        return new Area(start == null ? container : start, container);
    }

    /** Whether an element stands in a page's footer, navigation, side bar, comments or similar furniture. */
    private static boolean inFurniture(Element element) {
        for (Element up = element; up != null && !up.normalName().equals("body"); up = up.parent()) {
            String name = up.normalName();
            if (name.equals("footer") || name.equals("nav") || name.equals("aside")
                    || FURNITURE.matcher(up.id()).matches()) {
                return true;
            }
            for (String token : up.classNames()) {
                if (FURNITURE.matcher(token).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double linkDensity(Element element) {
        int length = element.text().length();
        int links = 0;
        for (Element a : element.select("a")) {
            links += a.text().length();
        }
        return length == 0 ? 1 : links / (double) length;
    }

    private static boolean isArticle(Element element) {
        return element.normalName().equals("article") || element.attr("itemprop").equalsIgnoreCase("articleBody")
                || element.attr("itemtype").toLowerCase(Locale.ROOT).endsWith("article");
    }

    private static int lastDescendant(Element element, Map<Element, Integer> order) {
        Element last = element;
        while (last.childrenSize() > 0) {
            Element child = last.lastElementChild();
            if (!order.containsKey(child)) {
                // a hidden last child was not indexed: fall back to the highest index among the descendants
                int max = order.get(element);
                for (Element e : element.getAllElements()) {
                    max = Math.max(max, order.getOrDefault(e, max));
                }
                return max;
            }
            last = child;
        }
        return order.get(last);
    }

    /** Numbers visible elements in document order and adds each paragraph's length to its ancestors. */
    private static void index(Element element, Map<Element, Integer> order, Map<Element, Integer> paragraphText,
            Map<Element, Double> score, List<Element> headlines, List<Integer> paragraphs) {
        order.put(element, order.size());
        String name = element.normalName();
        if ((name.equals("h1") || name.equals("h2")) && !element.text().isBlank()) {
            headlines.add(element);
        }
        boolean paragraph = name.equals("p") || (BLOCKS.contains(name) || PARAGRAPHS.contains(name))
                && ownTextLength(element) >= 80;
        if (paragraph && !inFurniture(element)) {
            String text = element.text();
            int length = text.length();
            int links = 0;
            for (Element a : element.select("a")) {
                links += a.text().length();
            }
            if (length >= MIN_PARAGRAPH && links * 2 < length) {
                paragraphs.add(order.get(element));
                int share = name.equals("p") ? length : ownTextLength(element);
                // only elements of the body are indexed (ancestors before their descendants)
                for (Element up = element.parent(); up != null && order.containsKey(up); up = up.parent()) {
                    paragraphText.merge(up, share, Integer::sum);
                }
                Element parent = element.parent();
                if (parent != null && order.containsKey(parent)) {
                    score.merge(parent, (double) share, Double::sum);
                    if (parent.parent() != null && order.containsKey(parent.parent())) {
                        score.merge(parent.parent(), share / 2.0, Double::sum);
                    }
                }
            }
            if (name.equals("p")) {
                for (Element child : element.children()) {
                    indexOrderOnly(child, order, headlines);
                }
                return;
            }
        }
        for (Element child : element.children()) {
            if (!hidden(child)) {
                index(child, order, paragraphText, score, headlines, paragraphs);
            }
        }
    }

    private static void indexOrderOnly(Element element, Map<Element, Integer> order, List<Element> headlines) {
        if (hidden(element)) {
            return;
        }
        order.put(element, order.size());
        for (Element child : element.children()) {
            indexOrderOnly(child, order, headlines);
        }
    }

    private static int ownTextLength(Element element) {
        int length = 0;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                length += text.text().strip().length();
            } else if (child instanceof Element inline && !BLOCKS.contains(inline.normalName())
                    && !PARAGRAPHS.contains(inline.normalName()) && !hidden(inline)) {
                length += inline.text().length();
            }
        }
        return length;
    }

    /** Whether a reader would not see the element (or copies nothing from it). */
    static boolean hidden(Element element) {
        String name = element.normalName();
        if (SKIPPED.contains(name) || element.hasAttr("hidden")
                || element.attr("aria-hidden").equalsIgnoreCase("true")
                || HIDDEN_STYLE.matcher(element.attr("style")).find()) {
            return true;
        }
        if (name.equals("dialog") && !element.hasAttr("open")) {
            return true;
        }
        Element parent = element.parent();
        return parent != null && parent.normalName().equals("details") && !parent.hasAttr("open")
                && !name.equals("summary");
    }

    /** Renders {@code root}; with a {@code start}, only from it to the end of {@code end}. */
    static String render(Element root, Element start, Element end) {
        Out out = new Out(start == null);
        try {
            walk(root, out, false, start, end);
        } catch (Done done) {
            // the end of the selection
        }
        return out.text();
    }

    /** Thrown to stop the walk at the end of the selection. */
    private static final class Done extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Done() {
            super(null, null, false, false);
        }
    }

    private static void walk(Element element, Out out, boolean pre, Element start, Element end) {
        if (element == start) {
            out.on = true;
        }
        String name = element.normalName();
        int breaks = PARAGRAPHS.contains(name) ? 2 : BLOCKS.contains(name) ? 1 : 0;
        boolean inPre = pre || PREFORMATTED.contains(name);
        out.block(breaks);
        if (name.equals("li") && out.on) {
            out.prefix = "  • ";
        } else if (name.equals("td") || name.equals("th")) {
            Element previous = element.previousElementSibling();
            while (previous != null && hidden(previous)) {
                previous = previous.previousElementSibling();
            }
            if (previous != null) {
                out.tab();
            }
        } else if (name.equals("br")) {
            out.br();
        }
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                if (out.on) {
                    out.text(text.getWholeText(), inPre);
                }
            } else if (child instanceof Element inner && !hidden(inner)) {
                walk(inner, out, inPre, start, end);
            }
        }
        out.block(breaks);
        if (element == end) {
            throw new Done();
        }
    }

    /** The clipboard text being written, with the line breaks and space still owed to it. */
    private static final class Out {
        private final StringBuilder text = new StringBuilder();
        boolean on;
        private int breaks;
        private boolean brRun;
        private boolean space;
        private boolean lineStart = true;
        String prefix;

        Out(boolean on) {
            this.on = on;
        }

        void block(int count) {
            if (count > 0 && on) {
                breaks = Math.max(breaks, count);
                brRun = false;
                space = false;
            }
        }

        void br() {
            if (on) {
                breaks = brRun ? breaks + 1 : Math.max(breaks, 1);
                brRun = true;
                space = false;
            }
        }

        void tab() {
            if (on) {
                flush();
                text.append('\t');
                lineStart = true;
                space = false;
            }
        }

        void text(String chunk, boolean pre) {
            for (int i = 0; i < chunk.length(); i++) {
                char c = chunk.charAt(i);
                if (pre) {
                    if (c == '\n') {
                        breaks = brRun ? breaks + 1 : Math.max(breaks, 1);
                        brRun = true;
                    } else {
                        put(c == '\u00A0' ? ' ' : c);
                    }
                } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                    space = true;
                } else {
                    if (space && !lineStart && breaks == 0) {
                        text.append(' ');
                    }
                    put(c == '\u00A0' ? ' ' : c);
                }
            }
        }

        private void put(char c) {
            flush();
            text.append(c);
            lineStart = false;
            space = false;
            brRun = false;
        }

        private void flush() {
            if (breaks > 0) {
                if (!text.isEmpty()) {
                    text.append("\n".repeat(breaks));
                }
                breaks = 0;
                lineStart = true;
            }
            if (prefix != null) {
                text.append(prefix);
                prefix = null;
                lineStart = true;
            }
        }

        String text() {
            return text.toString().replaceAll("(?m) +$", "").stripTrailing();
        }
    }
}
