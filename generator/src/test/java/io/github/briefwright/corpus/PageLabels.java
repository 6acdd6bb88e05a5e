package io.github.briefwright.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What is known about one corpus page's article, from two sources.
 *
 * <p>The benchmark's labels: {@code articleBody} for scrapinghub pages ({@code null} elsewhere); {@code title},
 * {@code author} and {@code date} for labelled postlight pages, where {@code null} means the page has none and
 * {@link #NO_EXPECTATION} ({@code "?"}) that the source expects nothing (always so for scrapinghub pages).
 *
 * <p>The page's own metadata, for any page: {@code metaTitle} from a JSON-LD {@code NewsArticle} (or another
 * {@code *Article} or {@code BlogPosting}) {@code headline}, else {@code og:title}; {@code metaAuthors} from its
 * {@code author}, else {@code meta[name=author]}; {@code metaDate} (ISO day) from its {@code datePublished}, else
 * {@code article:published_time}. Each is {@code null} (or empty) when the page does not say. A paste never holds
 * this metadata, so it is a fair label.
 */
public record PageLabels(String articleBody, String title, String author, String date, String metaTitle,
        List<String> metaAuthors, String metaDate) {

    public static final String NO_EXPECTATION = "?";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public PageLabels {
        metaAuthors = List.copyOf(metaAuthors);
    }

    /** Labels of a scrapinghub page: its body, and its metadata. */
    static PageLabels scrapinghub(String articleBody, Document page) {
        return metadata(articleBody, NO_EXPECTATION, NO_EXPECTATION, NO_EXPECTATION, page);
    }

    /** Labels of a postlight page: the expected head fields ({@code "?"} for every field of unlabelled pages). */
    static PageLabels postlight(String title, String author, String date, Document page) {
        return metadata(null, title, author, date, page);
    }

    private static PageLabels metadata(String body, String title, String author, String date, Document page) {
        String metaTitle = null;
        Set<String> metaAuthors = new LinkedHashSet<>();
        String metaDate = null;
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode article = article(script.data());
            if (article != null) {
                metaTitle = text(article.get("headline"));
                authors(article.get("author"), metaAuthors);
                metaDate = Lenient.day(text(article.get("datePublished")));
                break;
            }
        }
        if (metaTitle == null) {
            metaTitle = content(page, "meta[property=og:title]");
        }
        if (metaAuthors.isEmpty()) {
            String named = content(page, "meta[name=author]");
            if (named != null) {
                metaAuthors.add(named);
            }
        }
        if (metaDate == null) {
            metaDate = Lenient.day(content(page, "meta[property=article:published_time]"));
        }
        return new PageLabels(body, title, author, date, metaTitle, new ArrayList<>(metaAuthors), metaDate);
    }

    private static String content(Document page, String query) {
        Element meta = page.selectFirst(query);
        if (meta == null) {
            return null;
        }
        String content = meta.attr("content").strip();
        return content.isEmpty() ? null : content;
    }

    /** The first article object in a JSON-LD script, looking into arrays and {@code @graph}; null if none. */
    private static JsonNode article(String json) {
        try {
            return findArticle(JSON.readTree(json));
        } catch (Exception malformed) {
            return null;
        }
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticle(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        JsonNode type = node.get("@type");
        List<String> types = new ArrayList<>();
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type != null) {
            types.add(type.asText());
        }
        for (String t : types) {
            String lower = t.toLowerCase(Locale.ROOT);
            if (lower.endsWith("article") || lower.equals("blogposting")) {
                return node;
            }
        }
        return findArticle(node.get("@graph"));
    }

    private static void authors(JsonNode node, Set<String> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> authors(item, into));
        } else if (node.isObject()) {
            String name = text(node.get("name"));
            if (name != null) {
                into.add(name);
            }
        } else {
            String name = text(node);
            if (name != null) {
                into.add(name);
            }
        }
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String text = org.jsoup.parser.Parser.unescapeEntities(node.asText(), false).strip();
        return text.isEmpty() ? null : text;
    }
}
