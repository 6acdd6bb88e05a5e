package io.github.briefwright.core.render;

import io.github.briefwright.core.cache.Fingerprint;
import io.github.briefwright.core.model.BriefingSummary;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys of the site's pages: a SHA-256 over everything a page's bytes follow from, so that a page whose key
 * is unchanged since it was last written need not be rendered again. Each key covers the code (the renderer and
 * the model classes), the theme's files, the site's settings, the page's path and template, and the values the
 * page is made from, each given as a text or as the digest of a value.
 *
 * <p>Linear: the digest of each briefing summary is made once ({@link #summaries}) and lists of summaries are
 * keyed by those digests; a value that several pages share (the tag list, an entity with many pages, the chart)
 * is digested once by the caller and passed as text. Thread-safe once {@link #summaries} has run.
 */
public final class PageKeys {

    private final String base;
    private final Map<BriefingSummary, String> summaries = java.util.Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<Object, String> shared = new ConcurrentHashMap<>();

    /**
     * @param code  a digest of the code that renders pages
     * @param theme the theme's {@link Theme#fingerprint()}
     * @param site  everything every page knows about the site ({@code SiteInfo}'s text), and any other setting
     */
    public PageKeys(String code, String theme, String site) {
        this.base = new Fingerprint().add("briefwright-page").add(code).add(theme).add(site).hex();
    }

    /** Digests each summary once (in parallel); they must not change afterwards. */
    public void summaries(List<BriefingSummary> all) {
        Map<BriefingSummary, String> made = new IdentityHashMap<>();
        List<String> digests = all.parallelStream().map(summary -> digest(summary.toString())).toList();
        for (int i = 0; i < all.size(); i++) {
            made.put(all.get(i), digests.get(i));
        }
        summaries.putAll(made);
    }

    /** The digest of a list of summaries given to {@link #summaries}, in order. */
    public String list(List<BriefingSummary> items) {
        Fingerprint fingerprint = new Fingerprint().add("summaries").add(items.size());
        for (BriefingSummary item : items) {
            String digest = summaries.get(item);
            fingerprint.add(digest != null ? digest : digest(item.toString()));
        }
        return fingerprint.hex();
    }

    /**
     * The digest of a value shared by several pages, made once: its text ({@code toString}, which for the model's
     * records and lists covers every field) digested.
     */
    public String shared(Object value) {
        return shared.computeIfAbsent(new Identity(value), identity -> digest(String.valueOf(value)));
    }

    /** The key of a page at {@code path} made with {@code template} (or written directly, {@code null}) from {@code parts}. */
    public String key(String path, String template, String... parts) {
        Fingerprint fingerprint = new Fingerprint().add(base).add(path).add(template).add(parts.length);
        for (String part : parts) {
            fingerprint.add(part);
        }
        return fingerprint.hex();
    }

    /** The digest of a text. */
    public static String digest(String text) {
        return new Fingerprint().add(text).hex();
    }

    /** A key that compares by identity, so that equal but distinct values are not confused with the one digested. */
    private record Identity(Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity that && that.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }
}
