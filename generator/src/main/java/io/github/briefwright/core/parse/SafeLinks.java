package io.github.briefwright.core.parse;

import io.github.briefwright.core.UrlPolicy;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.html.UrlSanitizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Applies the {@link UrlPolicy} to a seed's Markdown and raw HTML. A link whose URL the policy refuses is
 * removed and its text kept; an image whose URL it refuses is replaced by its alt text. Protocol-relative URLs
 * are written as {@code https:}. Thread-safe.
 */
final class SafeLinks {

    /** Resolves relative links while the sanitiser checks them; relative links are kept relative. */
    private static final String SANITISE_BASE = "https://sanitise.invalid/";

    /** jsoup's relaxed safelist, with a few editorial tags, and only the policy's schemes. */
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("mark", "ins", "del")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true);

    private SafeLinks() {
    }

    /** Unlinks links and replaces images that the policy refuses, in a parsed Markdown document. */
    static final PostProcessor MARKDOWN = SafeLinks::markdown;

    /** What commonmark writes as a link's or image's URL: the policy's, or nothing. */
    static final UrlSanitizer URLS = new UrlSanitizer() {
        @Override
        public String sanitizeLinkUrl(String url) {
            String safe = UrlPolicy.safe(url);
            return safe == null ? "" : safe;
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return sanitizeLinkUrl(url);
        }
    };

    private static Node markdown(Node document) {
        List<Node> links = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.add(link);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                links.add(image);
                visitChildren(image);
            }
        });
        for (Node node : links) {
            String url = node instanceof Link link ? link.getDestination() : ((Image) node).getDestination();
            String safe = UrlPolicy.safe(url);
            if (safe == null) {
                unwrap(node);
            } else if (node instanceof Link link) {
                link.setDestination(safe);
            } else {
                ((Image) node).setDestination(safe);
            }
        }
        return document;
    }

    /** Puts a node's children (a link's text, an image's alt text) in its place. */
    private static void unwrap(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }

    /**
     * Raw HTML sanitised with the safelist, then held to the policy: a link that lost its URL, or whose URL the
     * policy refuses, becomes its text; such an image becomes its alt text; such a {@code cite} is dropped.
     */
    static String clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, SANITISE_BASE);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        for (Element a : clean.body().select("a")) {
            String safe = a.hasAttr("href") ? UrlPolicy.safe(a.attr("href")) : null;
            if (safe == null) {
                a.unwrap();
            } else {
                a.attr("href", safe);
            }
        }
        for (Element img : clean.body().select("img")) {
            String safe = img.hasAttr("src") ? UrlPolicy.safe(img.attr("src")) : null;
            if (safe == null) {
                img.replaceWith(new TextNode(img.attr("alt")));
            } else {
                img.attr("src", safe);
            }
        }
        for (Element cited : clean.body().select("[cite]")) {
            String safe = UrlPolicy.safe(cited.attr("cite"));
            if (safe == null) {
                cited.removeAttr("cite");
            } else {
                cited.attr("cite", safe);
            }
        }
        return clean.body().html();
    }
}
