package io.github.briefwright.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks on a written site, shared by the unit tests and the invoker ITs' verify scripts: pages exist, seed text
 * is on its page, and every internal link and {@code #anchor} resolves within the output folder.
 */
public final class SiteAssertions {

    private final Path root;

    public SiteAssertions(Path root) {
        this.root = root;
    }

    /** The briefing's page and JSON exist, the page shows {@code bodyText}, the JSON follows the contract. */
    public JsonNode assertBriefingPage(String slug, String bodyText) {
        Path page = root.resolve("briefings/" + slug + "/index.html");
        Path json = root.resolve("briefings/" + slug + "/briefing.json");
        check(Files.isRegularFile(page), "missing page " + page);
        check(Files.isRegularFile(json), "missing briefing.json " + json);
        String text = parse(page).body().text();
        check(text.contains(bodyText), "page " + page + " does not show: " + bodyText);
        JsonNode data = readJson(json);
        check("briefwright/briefing/1".equals(data.path("schema").asText()), "wrong schema in " + json);
        check(slug.equals(data.path("slug").asText()), "wrong slug in " + json);
        for (String field : List.of("sourceFile", "source", "title", "titleDerived", "dek", "authors", "date",
                "tags", "wordCount", "readingMinutes", "summary", "keyPoints", "sections", "pullQuotes", "removed",
                "entities", "timeline", "figures", "annotations")) {
            check(data.has(field), json + " lacks the contract field " + field);
        }
        return data;
    }

    /** The index links to a page for each slug. */
    public void assertIndexLinksTo(String... slugs) {
        Document index = parse(root.resolve("index.html"));
        for (String slug : slugs) {
            String href = "briefings/" + slug + "/index.html";
            check(!index.select("a[href=" + href + "]").isEmpty(), "index.html does not link to " + href);
        }
    }

    /**
     * Every {@code href} and {@code src} in every page is relative and resolves to a file in the site, and every
     * {@code #anchor} to an element with that id (the check {@code briefwright:check} runs). Returns how many
     * links were checked.
     */
    public int assertLinksResolve() {
        return assertLinksResolve(java.util.Set.of());
    }

    /**
     * As {@link #assertLinksResolve()}, where the only links that leave the site are {@code outside} (the back
     * link to a parent site, as each page writes it). Returns how many links were checked.
     */
    public int assertLinksResolve(java.util.Set<String> outside) {
        try {
            io.github.briefwright.core.check.LinkChecker.Report report = io.github.briefwright.core.check.LinkChecker.check(root);
            check(report.ok(), "broken links:\n  " + String.join("\n  ", report.broken()));
            check(outside.containsAll(report.outside()), "links that leave the site: " + report.outside());
            check(report.links() > 0, "no internal links found under " + root);
            return report.links();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * No page loads anything from another host: every stylesheet, script, image, frame and media source is a
     * relative path within the site. Returns how many resources were checked.
     */
    public int assertNoExternalResources() {
        List<String> external = new ArrayList<>();
        int checked = 0;
        for (Path page : pages()) {
            Document document = parse(page);
            for (Element element : document.select("link[rel~=(?i)stylesheet|icon|preload|modulepreload|manifest], "
                    + "script[src], img[src], img[srcset], iframe[src], source[src], source[srcset], video[src], audio[src], "
                    + "embed[src], object[data], image[href]")) {
                checked++;
                for (String attribute : List.of("href", "src", "srcset", "data")) {
                    String value = element.attr(attribute).strip().toLowerCase(Locale.ROOT);
                    if (value.startsWith("http:") || value.startsWith("https:") || value.startsWith("//")) {
                        external.add(root.relativize(page) + ": " + element.tagName() + " " + value);
                    }
                }
            }
            for (Element style : document.select("style, [style]")) {
                String css = (style.tagName().equals("style") ? style.data() : style.attr("style")).toLowerCase(Locale.ROOT);
                if (css.contains("url(http") || css.contains("url(//") || css.contains("@import")) {
                    external.add(root.relativize(page) + ": inline style loads " + css);
                }
            }
        }
        check(external.isEmpty(), "resources from another host:\n  " + String.join("\n  ", external));
        return checked;
    }

    private List<Path> pages() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readJson(Path json) {
        try {
            return JsonMapper.builder().build().readTree(json.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
