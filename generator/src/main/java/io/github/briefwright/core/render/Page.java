package io.github.briefwright.core.render;

import java.io.Writer;
import java.util.Map;
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
 */
public record Page(String path, String template, Supplier<Map<String, Object>> model, Body body, String source,
        String key) {

    /** Writes a file without a template. */
    @FunctionalInterface
    public interface Body {
        void writeTo(Writer out) throws Exception;
    }

    /** A page rendered with {@code template}. */
    public static Page template(String path, String template, Supplier<Map<String, Object>> model, String source) {
        return new Page(path, template, model, null, source, null);
    }

    /** A file written by {@code body}. */
    public static Page file(String path, Body body, String source) {
        return new Page(path, null, null, body, source, null);
    }

    /** This page with {@code key}, made by {@link PageKeys#key}. */
    public Page keyed(String key) {
        return new Page(path, template, model, body, source, key);
    }
}
