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
 * <p>Linear: the digest of each briefing summary is given once ({@link #summary}) and lists of summaries are
 * keyed by those digests; a value that several pages share (the tag list, an entity with many pages, the chart)
 * is digested once by the caller and passed as text. Thread-safe.
 */
public final class PageKeys {

    private final String base;
    /** Digests of appearances and timeline entries from the last build, and those of this one. */
    private final Map<Object, String> before;
    private final Map<Object, String> now = new ConcurrentHashMap<>();
    private final Map<BriefingSummary, String> summaries = java.util.Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<Object, String> shared = new ConcurrentHashMap<>();

    /**
     * @param code  a digest of the code that renders pages
     * @param theme the theme's {@link Theme#fingerprint()}
     * @param site  everything every page knows about the site ({@code SiteInfo}'s text), and any other setting
     */
    public PageKeys(String code, String theme, String site) {
        this(code, theme, site, Map.of());
    }

    /**
     * @param before {@link #remembered()} of the keys of the last build: the digests of appearances and
     *               timeline entries are looked up there by identity (a builder gives the same objects again for
     *               what did not change) rather than made again
     */
    public PageKeys(String code, String theme, String site, Map<Object, String> before) {
        this.base = new Fingerprint().add("briefwright-page").add(code).add(theme).add(site).hex();
        this.before = before;
    }

    /** The digests of the appearances and timeline entries of this build's pages, for the next build's keys. */
    public Map<Object, String> remembered() {
        return now;
    }

    /**
     * The digest of a value given field by field, remembered by identity: the values are immutable, and a builder
     * gives the same objects again for what did not change (kept summaries, {@link EntityIndex.Kept}).
     */
    private String remember(Object value, java.util.function.Supplier<String> digest) {
        Identity identity = new Identity(value);
        String known = before.get(identity);
        if (known == null) {
            known = now.get(identity);
        }
        if (known == null) {
            known = digest.get();
        }
        now.put(identity, known);
        return known;
    }

    /** Gives {@code summary} its digest, for {@link #list}: one that changes whenever the summary does. */
    public void summary(BriefingSummary summary, String digest) {
        summaries.put(summary, digest);
    }

    /** The digest of a list of summaries, in order, each by the digest given to {@link #summary} (else its text's). */
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

    /**
     * The digest of an entity's page, made once: the entity's own fields, its companions and its appearances,
     * field by field (an appearance's fields, not the whole summary of its briefing: an edit elsewhere in that
     * briefing leaves the page as it is).
     */
    public String entity(io.github.briefwright.core.model.EntityPage entity) {
        return shared.computeIfAbsent(new Identity(entity), identity -> {
            Fingerprint fingerprint = new Fingerprint().add("entity").add(entity.id()).add(entity.name())
                    .add(entity.type()).add(entity.description()).add(entity.link()).add(entity.mentions())
                    .add(entity.companions().size());
            for (var companion : entity.companions()) {
                fingerprint.add(companion.id()).add(companion.name()).add(companion.type())
                        .add(companion.briefings());
            }
            fingerprint.add(entity.briefings().size());
            for (var appearance : entity.briefings()) {
                fingerprint.add(remember(appearance, () -> new Fingerprint().add(appearance.title())
                        .add(appearance.path()).add(appearance.date()).add(appearance.sentence())
                        .add(appearance.snippet()).add(appearance.mentions()).hex()));
            }
            return fingerprint.hex();
        });
    }

    /** The digest of a page of the timeline: its years, their months and their entries, field by field. */
    public String timeline(List<io.github.briefwright.core.model.Collection<
            io.github.briefwright.core.model.Collection<io.github.briefwright.core.model.TimelineEntry>>> years) {
        Fingerprint fingerprint = new Fingerprint().add("timeline").add(years.size());
        for (var year : years) {
            fingerprint.add(year.slug()).add(year.name()).add(year.items().size());
            for (var month : year.items()) {
                fingerprint.add(month.slug()).add(month.name()).add(month.items().size());
                for (var entry : month.items()) {
                    fingerprint.add(remember(entry, () -> new Fingerprint().add(entry.date()).add(entry.label())
                            .add(entry.expression()).add(entry.snippet()).add(entry.sentence()).add(entry.title())
                            .add(entry.path()).hex()));
                }
            }
        }
        return fingerprint.hex();
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
