package io.github.briefwright.core.check;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Crawls a built site on disk: every {@code href} and {@code src} of every page must be relative, lead to a file
 * inside the site (a folder does not count: links must name {@code index.html} to work from {@code file://}),
 * and every {@code #anchor} to an element with that id. Links to other hosts are listed, never fetched. Relative
 * links that leave the checked folder (the back link to a parent site, such as {@code ../index.html} from a
 * briefing site that is a Maven report) lead to what the site does not own: they are listed as outside the
 * site, like links to other hosts, and not checked.
 */
public final class LinkChecker {

    /**
     * What the crawl found.
     *
     * @param pages    pages read
     * @param links    internal links checked
     * @param broken   {@code page: link (why)} for each broken link, missing anchor or missing asset
     * @param external links to other hosts, each once
     * @param outside  relative links that leave the checked folder, each once as written (not checked)
     */
    public record Report(int pages, int links, List<String> broken, Set<String> external, Set<String> outside) {
        public boolean ok() {
            return broken.isEmpty();
        }
    }

    /** What {@link #problem} says of a link that leaves the checked folder. */
    private static final String LEAVES = "leaves the site";

    private LinkChecker() {
    }

    public static Report check(Path root) throws IOException {
        Path site = root.toAbsolutePath().normalize();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        Map<Path, Document> parsed = new HashMap<>();
        List<String> broken = new ArrayList<>();
        Set<String> external = new TreeSet<>();
        Set<String> outside = new TreeSet<>();
        int links = 0;
        for (Path page : pages) {
            Document document = parse(page, parsed);
            for (Element element : document.select("[href], [src]")) {
                String link = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                String lower = link.strip().toLowerCase(Locale.ROOT);
                if (lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//")) {
                    external.add(link.strip());
                    continue;
                }
                if (lower.startsWith("mailto:") || lower.startsWith("tel:")) {
                    continue;
                }
                String problem = problem(site, page, link, parsed);
                if (LEAVES.equals(problem)) {
                    outside.add(link.strip());
                    continue;
                }
                links++;
                if (problem != null) {
                    broken.add(site.relativize(page).toString().replace('\\', '/') + ": " + link + " (" + problem + ")");
                }
            }
        }
        return new Report(pages.size(), links, broken, external, outside);
    }

    private static String problem(Path site, Path page, String link, Map<Path, Document> parsed) throws IOException {
        if (link.startsWith("/") || link.startsWith("\\")) {
            return "not relative: it breaks under a sub-path and from file://";
        }
        try {
            if (new URI(link.replace(" ", "%20")).getScheme() != null) {
                return "not a link within the site";
            }
        } catch (URISyntaxException e) {
            return "not a valid link";
        }
        int hash = link.indexOf('#');
        String path = hash < 0 ? link : link.substring(0, hash);
        String fragment = hash < 0 ? null : URLDecoder.decode(link.substring(hash + 1), StandardCharsets.UTF_8);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        Path target = path.isEmpty() ? page
                : page.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
        if (!target.startsWith(site)) {
            return LEAVES;
        }
        if (Files.isDirectory(target)) {
            return "a folder: name its index.html, or the link fails from file://";
        }
        if (!Files.isRegularFile(target)) {
            return "no such file";
        }
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")
                && parse(target, parsed).getElementById(fragment) == null) {
            return "no element with id " + fragment;
        }
        return null;
    }

    private static Document parse(Path page, Map<Path, Document> parsed) throws IOException {
        Document document = parsed.get(page);
        if (document == null) {
            document = Jsoup.parse(page.toFile(), "UTF-8");
            parsed.put(page, document);
        }
        return document;
    }
}
