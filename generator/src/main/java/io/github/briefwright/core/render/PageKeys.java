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

    /** How far ahead in the last list of an entity's appearances one is looked for (an edit moves a few). */
    private static final int ALIGN = 8;
    private final String base;
    /** What the keys of the last build remembered, and what this one's remember. */
    private final Memory before;
    private final Memory now;
    private final Map<BriefingSummary, String> summaries = java.util.Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<Object, String> shared = new ConcurrentHashMap<>();

    /**
     * @param code  a digest of the code that renders pages
     * @param theme the theme's {@link Theme#fingerprint()}
     * @param site  everything every page knows about the site ({@code SiteInfo}'s text), and any other setting
     */
    public PageKeys(String code, String theme, String site) {
        this(code, theme, site, new Memory());
    }

    /**
     * @param before {@link #remembered()} of the keys of the last build: an entity or a page of the timeline made
     *               of the same values (the same objects: a builder gives them again for what did not change)
     *               keeps its digest, and the digests of its appearances and of timeline entries are looked up there by
     *               identity rather than made again
     */
    public PageKeys(String code, String theme, String site, Memory before) {
        this.base = new Fingerprint().add("briefwright-page").add(code).add(theme).add(site).hex();
        this.before = before;
        this.now = new Memory(before);
    }

    /** What this build's keys remember, for the next build's. */
    public Memory remembered() {
        return now;
    }

    /**
     * What one build's keys remember for the next: the digests of timeline entries by identity, and each entity's
     * (with its appearances' digests) and each timeline page's digest with what it was made of.
     */
    public static final class Memory {
        private final Map<Object, String> digests;
        private final Map<String, Made> entities;
        private final Map<Integer, Made> timeline;
        private final Map<String, Listed> lists;
        private final Map<String, Keyed> keys;

        public Memory() {
            this(0, 0, 0, 0, 0);
        }

        /** An empty memory sized like {@code like}: a build remembers about as much as the last. */
        private Memory(Memory like) {
            this(like.digests.size(), like.entities.size(), like.timeline.size(), like.lists.size(), like.keys.size());
        }

        private Memory(int digests, int entities, int timeline, int lists, int keys) {
            this.digests = new ConcurrentHashMap<>(Math.max(16, digests));
            this.entities = new ConcurrentHashMap<>(Math.max(16, entities));
            this.timeline = new ConcurrentHashMap<>(Math.max(16, timeline));
            this.lists = new ConcurrentHashMap<>(Math.max(16, lists));
            this.keys = new ConcurrentHashMap<>(Math.max(16, keys));
        }
    }

    /** A page's key and what it was made of: the keys' base, the template and the parts. */
    private record Keyed(String base, String template, String[] parts, String key) {
    }

    /** A digest {@link #remembered} made, and what it was made of: the keys' base, objects and a text. */
    private record Listed(String base, Object[] items, String text, String digest) {
    }

    /**
     * A digest and the values it was made of; for an entity, also the digest of each of its appearances and, as its
     * {@code source}, those of its pages once made ({@link #entityPage}); for a page of the timeline, the list it was
     * given.
     */
    private record Made(Object of, String digest, byte[][] parts, Object source) {

        Made(Object of, String digest, byte[][] parts) {
            this(of, digest, parts, null);
        }
    }

    /**
     * The digest of a value given field by field, remembered by identity: the values are immutable, and a builder
     * gives the same objects again for what did not change (kept summaries, {@link EntityIndex.Kept}).
     */
    private String remember(Object value, java.util.function.Supplier<String> digest) {
        Identity identity = new Identity(value);
        String known = before.digests.get(identity);
        if (known == null) {
            known = now.digests.get(identity);
        }
        if (known == null) {
            known = digest.get();
        }
        now.digests.put(identity, known);
        return known;
    }

    /** Gives {@code summary} its digest, for {@link #list}: one that changes whenever the summary does. */
    public void summary(BriefingSummary summary, String digest) {
        summaries.put(summary, digest);
    }

    /**
     * {@link #list(List)}, remembered under {@code name} (a page's list: its path, say) for the next build, which
     * takes it again when given the very same summaries in the same order: an edit changes one summary, and a large
     * site has lists of tens of thousands.
     */
    public String list(String name, List<BriefingSummary> items) {
        return remembered("list " + name, items, "", () -> list(items));
    }

    /**
     * The digest {@code make} gives, remembered under {@code name} for the next build, which takes it again when
     * given the very same {@code items} in the same order (the model's values are immutable, and a builder gives the
     * same objects again for what did not change), an equal {@code text} and the same base (code, theme, site).
     * A {@code null} digest is not remembered.
     */
    public String remembered(String name, List<?> items, String text, java.util.function.Supplier<String> make) {
        Listed last = before.lists.get(name);
        if (last != null && last.base().equals(base) && last.text().equals(text) && sameObjects(last.items(), items)) {
            now.lists.put(name, last);
            return last.digest();
        }
        String digest = make.get();
        if (digest != null) {
            now.lists.put(name, new Listed(base, items.toArray(), text, digest));
        }
        return digest;
    }

    private static boolean sameObjects(Object[] before, List<?> now) {
        if (before.length != now.size()) {
            return false;
        }
        for (int i = 0; i < before.length; i++) {
            if (before[i] != now.get(i)) {
                return false;
            }
        }
        return true;
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
            Made last = before.entities.get(entity.id());
            if (last != null && same((io.github.briefwright.core.model.EntityPage) last.of(), entity)) {
                now.entities.put(entity.id(), last);
                return last.digest();
            }
            // the digests of the appearances it had last time, found by identity walking both lists side by side:
            // an edit takes out or puts in one or two of them
            List<io.github.briefwright.core.model.EntityPage.Appearance> before = last != null && last.parts() != null
                    ? ((io.github.briefwright.core.model.EntityPage) last.of()).briefings() : List.of();
            int j = 0;
            Fingerprint fingerprint = new Fingerprint().add("entity").add(entity.id()).add(entity.name())
                    .add(entity.type()).add(entity.description()).add(entity.link()).add(entity.mentions())
                    .add(entity.companions().size());
            for (var companion : entity.companions()) {
                fingerprint.add(companion.id()).add(companion.name()).add(companion.type())
                        .add(companion.briefings());
            }
            fingerprint.add(entity.briefings().size());
            // each appearance's digest as its 32 bytes: an entity in thousands of briefings digests them all again
            // when one changes
            byte[][] parts = new byte[entity.briefings().size()][];
            for (int i = 0; i < parts.length; i++) {
                var appearance = entity.briefings().get(i);
                byte[] digest = null;
                for (int ahead = j; ahead < Math.min(before.size(), j + ALIGN); ahead++) {
                    if (before.get(ahead) == appearance) {
                        digest = last.parts()[ahead];
                        j = ahead + 1;
                        break;
                    }
                }
                parts[i] = digest != null ? digest : new Fingerprint().add(appearance.title())
                        .add(appearance.path()).add(appearance.date()).add(appearance.sentence())
                        .add(appearance.snippet()).add(appearance.mentions()).raw();
                fingerprint.add(parts[i]);
            }
            String digest = fingerprint.hex();
            now.entities.put(entity.id(), new Made(entity, digest, parts, new ConcurrentHashMap<Integer, String>()));
            return digest;
        });
    }

    /**
     * The digest of what every page of an entity's pages shows whatever its template: the entity's own fields
     * (id, name, type, glossary description and link), page {@code page} of {@code pages} and the appearances on it
     * ({@code from} to {@code to} of all, by the digests {@link #entity} made). Its counts, its companions and the
     * list of all its appearances are the page's optional fields ({@link #entityParts}).
     */
    public String entityPage(io.github.briefwright.core.model.EntityPage entity, int page, int pages, int from, int to) {
        entity(entity);
        Made made = now.entities.get(entity.id());
        byte[][] parts = made.parts();
        // an entity whose pages are as they were keeps its pages' digests
        @SuppressWarnings("unchecked")
        Map<Integer, String> known = made.source() instanceof Map<?, ?> digests ? (Map<Integer, String>) digests : null;
        String kept = known == null ? null : known.get(page);
        if (kept != null) {
            return kept;
        }
        Fingerprint fingerprint = new Fingerprint().add("entity page").add(entity.id()).add(entity.name())
                .add(entity.type()).add(entity.description()).add(entity.link()).add(page).add(pages).add(to - from);
        for (int i = from; i < to; i++) {
            fingerprint.add(parts[i]);
        }
        String digest = fingerprint.hex();
        if (known != null) {
            known.put(page, digest);
        }
        return digest;
    }

    /**
     * The digests of the optional fields of an entity's pages, by dotted name: {@code entity.mentions},
     * {@code entity.companions}, {@code entity.briefings} (all its appearances), and {@code picture} (its companions
     * drawn), each made when asked.
     */
    public Map<String, java.util.function.Supplier<String>> entityParts(io.github.briefwright.core.model.EntityPage entity) {
        java.util.function.Supplier<String> companions = () -> {
            Fingerprint fingerprint = new Fingerprint().add(entity.companions().size());
            for (var companion : entity.companions()) {
                fingerprint.add(companion.id()).add(companion.name()).add(companion.type()).add(companion.briefings());
            }
            return fingerprint.hex();
        };
        return Map.of("entity.mentions", () -> Integer.toString(entity.mentions()),
                "entity.companions", companions,
                "entity.briefings", () -> entity(entity),
                "picture", () -> entity.name() + " " + entity.type() + " " + companions.get());
    }

    /** Whether two entity pages hold the same: equal fields and companions, and the very same appearances. */
    private static boolean same(io.github.briefwright.core.model.EntityPage a,
            io.github.briefwright.core.model.EntityPage b) {
        if (!a.id().equals(b.id()) || !a.name().equals(b.name()) || !a.type().equals(b.type())
                || !java.util.Objects.equals(a.description(), b.description())
                || !java.util.Objects.equals(a.link(), b.link()) || a.mentions() != b.mentions()
                || !a.companions().equals(b.companions()) || a.briefings().size() != b.briefings().size()) {
            return false;
        }
        for (int i = 0; i < a.briefings().size(); i++) {
            if (a.briefings().get(i) != b.briefings().get(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The digest of page {@code page} of the timeline: its years, their months and their entries, field by field;
     * the last build's when the page holds the same (the same entries, in the same years and months).
     */
    public String timeline(int page, List<io.github.briefwright.core.model.Collection<
            io.github.briefwright.core.model.Collection<io.github.briefwright.core.model.TimelineEntry>>> years) {
        Made last = before.timeline.get(page);
        if (last != null && last.source() == years) { // the very same page of the very same timeline
            now.timeline.put(page, last);
            return last.digest();
        }
        List<Object> flat = new java.util.ArrayList<>();
        for (var year : years) {
            flat.add(year.slug());
            flat.add(year.name());
            flat.add(year.items().size());
            for (var month : year.items()) {
                flat.add(month.slug());
                flat.add(month.name());
                flat.add(month.items().size());
                flat.addAll(month.items());
            }
        }
        if (last != null && same((List<?>) last.of(), flat)) {
            now.timeline.put(page, new Made(flat, last.digest(), null, years));
            return last.digest();
        }
        String digest = timeline(years);
        now.timeline.put(page, new Made(flat, digest, null, years));
        return digest;
    }

    /** Whether two lists hold the same: equal texts and numbers, and otherwise the very same values. */
    private static boolean same(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            if (x != y && !((x instanceof String || x instanceof Integer) && x.equals(y))) {
                return false;
            }
        }
        return true;
    }

    private String timeline(List<io.github.briefwright.core.model.Collection<
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
        // the same base, template and parts as the last build's key of this path: the same key, not digested again
        // (an edit leaves all but a few of tens of thousands of pages as they were)
        Keyed last = before.keys.get(path);
        if (last != null && last.base().equals(base) && java.util.Objects.equals(last.template(), template)
                && java.util.Arrays.equals(last.parts(), parts)) {
            now.keys.put(path, last);
            return last.key();
        }
        String key = digestKey(path, template, parts);
        now.keys.put(path, new Keyed(base, template, parts.clone(), key));
        return key;
    }

    private String digestKey(String path, String template, String... parts) {
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
