package io.github.briefwright.hardening;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What every successful build of untrusted seeds must give, whatever the seeds held: no script but the theme's own
 * and the structured data; no event-handler attribute; no URL with a scheme other than http, https or mailto; no
 * frame, object, embed, base or refresh; feeds and sitemaps that are well-formed XML and JSON; no control or bidi
 * override character in any text file; and no byte of a file from outside the seed folder.
 */
final class SafeOutput {

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "srcset", "action", "formaction",
            "poster", "data", "xlink:href", "cite", "background", "ping", "manifest", "longdesc", "usemap");
    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("iframe", "frame", "frameset", "object", "embed",
            "base", "applet", "portal", "math", "template");
    private static final Pattern ALLOWED_SCHEME = Pattern.compile("(?i)(https?|mailto)");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern UNSAFE_CHARACTER = Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\x{80}-\\x{9F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FFFE}\\x{FFFF}]");

    private SafeOutput() {
    }

    /** Every problem found in the site, as a readable list (empty when the site is safe). */
    static List<String> problems(Path site) {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : (Iterable<Path>) walk::iterator) {
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                String name = site.relativize(file).toString().replace('\\', '/');
                byte[] bytes = Files.readAllBytes(file);
                String text = new String(bytes, StandardCharsets.UTF_8);
                if (text.contains(Project.SECRET)) {
                    problems.add(name + ": contains the secret from outside the seed folder");
                }
                if (!isText(name)) {
                    continue;
                }
                var unsafe = UNSAFE_CHARACTER.matcher(text);
                if (unsafe.find()) {
                    problems.add(name + ": has the character U+" + String.format("%04X", (int) unsafe.group().charAt(0))
                            + " at offset " + unsafe.start());
                }
                if (name.endsWith(".html")) {
                    html(name, Jsoup.parse(text), site, file, problems);
                } else if (name.endsWith(".xml")) {
                    xml(name, bytes, problems);
                } else if (name.endsWith(".json")) {
                    json(name, bytes, problems);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    /** The problems of an HTML fragment (a block's HTML): scripts, event handlers, unsafe URLs, forbidden elements. */
    static List<String> fragmentProblems(String html) {
        List<String> problems = new ArrayList<>();
        Document fragment = Jsoup.parseBodyFragment(html);
        for (Element script : fragment.select("script")) {
            problems.add("a script: " + abbreviate(script.outerHtml()));
        }
        fragment.select("script").remove();
        html("fragment", fragment, null, null, problems);
        return problems;
    }

    private static boolean isText(String name) {
        return name.endsWith(".html") || name.endsWith(".xml") || name.endsWith(".json") || name.endsWith(".js")
                || name.endsWith(".txt") || name.endsWith(".css");
    }

    private static void html(String name, Document page, Path site, Path file, List<String> problems) {
        for (Element element : page.getAllElements()) {
            String tag = element.normalName();
            if (FORBIDDEN_ELEMENTS.contains(tag)) {
                problems.add(name + ": has a <" + tag + "> element");
            }
            if (tag.equals("meta") && !element.attr("http-equiv").isEmpty()) {
                problems.add(name + ": has <meta http-equiv=" + element.attr("http-equiv") + ">");
            }
            if (tag.equals("script")) {
                script(name, element, site, file, problems);
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on")) {
                    problems.add(name + ": <" + tag + "> has the event attribute " + key);
                }
                if (URL_ATTRIBUTES.contains(key) || key.equals("style") && attribute.getValue().contains("url(")) {
                    url(name, tag, key, attribute.getValue(), problems);
                }
            }
        }
    }

    private static void script(String name, Element script, Path site, Path file, List<String> problems) {
        if (script.attr("type").equals("application/ld+json")) {
            try {
                JsonMapper.builder().build().readTree(script.data());
            } catch (IOException e) {
                problems.add(name + ": structured data is not JSON: " + e.getMessage());
            }
            if (script.data().toLowerCase(Locale.ROOT).contains("</script")) {
                problems.add(name + ": structured data closes its script");
            }
            return;
        }
        String src = script.attr("src");
        if (src.isEmpty() || !script.data().isBlank()) {
            problems.add(name + ": has an inline script: " + abbreviate(script.outerHtml()));
            return;
        }
        Path target = file.getParent().resolve(src).normalize();
        if (SCHEME.matcher(src).find() || src.startsWith("//") || !target.startsWith(site) || !Files.isRegularFile(target)) {
            problems.add(name + ": loads a script that is not the site's own: " + src);
        }
    }

    private static void url(String name, String tag, String key, String value, List<String> problems) {
        String compact = value.replaceAll("[\\s\\x00-\\x20]", "");
        for (String part : key.equals("srcset") ? compact.split(",") : new String[] {compact}) {
            String url = part.startsWith("url(") ? part.substring(4) : part;
            var scheme = SCHEME.matcher(url);
            if (scheme.find() && !ALLOWED_SCHEME.matcher(scheme.group(1)).matches()) {
                problems.add(name + ": <" + tag + " " + key + "> has a " + scheme.group(1) + ": URL: " + abbreviate(value));
            }
            if (key.equals("style") && compact.toLowerCase(Locale.ROOT).matches(".*url\\((?!['\"]?(https?:|/|\\.|#)).*")) {
                problems.add(name + ": a style loads " + abbreviate(value));
            }
        }
    }

    private static void xml(String name, byte[] bytes, List<String> problems) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            problems.add(name + ": is not well-formed XML: " + e.getMessage());
        }
    }

    private static void json(String name, byte[] bytes, List<String> problems) {
        try {
            JsonMapper.builder().build().readTree(bytes);
        } catch (IOException e) {
            problems.add(name + ": is not JSON: " + e.getMessage());
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "…";
    }
}
