package io.github.briefwright.core.render;

import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One file of the site's render plan: where it goes, and either the template that renders it with its data model
 * (made when the page is rendered, so the plan stays small) or what writes it directly (JSON, the search index).
 *
 * @param path     from the site root, as {@link io.github.briefwright.core.SitePaths} gives it
 * @param template the theme's template, or {@code null} when {@code body} writes the file
 * @param model    the template's data model, made on demand; {@code null} with {@code body}
 * @param body     writes the file when there is no template
 * @param source   the seed the page comes from, for messages; or {@code null}
 * @param key      a digest of everything the file's bytes follow from (see {@link PageKeys}): a file already written
 *                 with the same key need not be written again; {@code null} when not known (always written)
 * @param optional the names of the data model that the default theme's template does not read, each with the
 *                 digest of its value (made on demand): they count in the page's key only when its template read
 *                 them the last time it rendered the page ({@link #key(Set)}); a dotted name is a field of a
 *                 variable ({@code entity.companions}), read when the template read that field or listed the
 *                 variable's fields
 */
public record Page(String path, String template, Supplier<Map<String, Object>> model, Body body, String source,
        String key, Map<String, Supplier<String>> optional) {

    /** Separates a key from the optional names it covers. */
    private static final char READ = '+';

    /** Writes a file without a template. */
    @FunctionalInterface
    public interface Body {
        void writeTo(Writer out) throws Exception;
    }

    /** A page rendered with {@code template}. */
    public static Page template(String path, String template, Supplier<Map<String, Object>> model, String source) {
        return new Page(path, template, model, null, source, null, Map.of());
    }

    /** A file written by {@code body}. */
    public static Page file(String path, Body body, String source) {
        return new Page(path, null, null, body, source, null, Map.of());
    }

    /** This page with {@code key}, made by {@link PageKeys#key}. */
    public Page keyed(String key) {
        return new Page(path, template, model, body, source, key, optional);
    }

    /**
     * This page with {@code key} for what every template of it shows, and the digests of the {@code optional}
     * names of its data model: those the page's template may leave unread (see {@link #key(Set)}).
     */
    public Page keyed(String key, Map<String, Supplier<String>> optional) {
        return new Page(path, template, model, body, source, key, Map.copyOf(optional));
    }

    /**
     * The page's key when its template reads {@code read} of the data model ({@link PageRenderer#render} tells
     * which): {@link #key()} with the digests of the optional names read, followed by those names, so that the
     * next build knows which to digest ({@link #read(String)}). A page whose template read none of them keeps
     * its key whatever they hold: rendered again, it would read the same names of the same values and write the
     * same bytes. {@code null} when the page has no key.
     */
    public String key(Set<String> read) {
        if (key == null || optional.isEmpty()) {
            return key;
        }
        List<String> used = optional.keySet().stream()
                .filter(name -> read.contains(name) || read.contains(ReadModel.ALL)
                        || name.indexOf('.') > 0 && read.contains(name.substring(0, name.indexOf('.')) + ".*"))
                .sorted().toList();
        if (used.isEmpty()) {
            return key + READ;
        }
        io.github.briefwright.core.cache.Fingerprint fingerprint = new io.github.briefwright.core.cache.Fingerprint()
                .add(key);
        for (String name : used) {
            fingerprint.add(name).add(optional.get(name).get());
        }
        return fingerprint.hex() + READ + String.join(",", used);
    }

    /**
     * The names of the data model that a page with {@code key} (one {@link #key(Set)} made) was rendered reading,
     * of its optional ones; all of them ({@link ReadModel#ALL}) when the key does not say.
     */
    public static Set<String> read(String key) {
        int at = key == null ? -1 : key.indexOf(READ);
        if (at < 0) {
            return Set.of(ReadModel.ALL);
        }
        String names = key.substring(at + 1);
        return names.isEmpty() ? Set.of() : Set.of(names.split(","));
    }
}
