package io.github.briefwright.core.render;

import io.github.briefwright.core.analyse.Slugs;
import io.github.briefwright.core.model.BriefingSummary;
import io.github.briefwright.core.model.Collection;
import io.github.briefwright.core.model.EntitySummary;
import io.github.briefwright.core.model.TimelineEntry;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The cross-briefing groupings, made from the briefings' small summaries in passes over them: tags, the
 * timeline by year and month, and each briefing's related briefings by shared entities.
 */
public final class SiteIndexes {

    /** Entities in more briefings than this say nothing about which briefings are related. */
    private static final int COMMON_ENTITY = 200;
    private static final int RELATED = 3;
    /** The most briefings added and removed together that related lists are updated by (and a quarter of all). */
    static final int UPDATE_AT_MOST = 64;

    private SiteIndexes() {
    }

    /** Tags with their briefings (newest first), by tag name. */
    public static List<Collection<BriefingSummary>> tags(List<BriefingSummary> newest) {
        Map<String, String> names = new TreeMap<>();
        Map<String, List<BriefingSummary>> members = new HashMap<>();
        Map<String, String> slugs = new HashMap<>(); // a site has few tags, each on many briefings
        for (BriefingSummary briefing : newest) {
            for (String tag : briefing.tags()) {
                String slug = slugs.computeIfAbsent(tag, t -> Slugs.of(t, "tag"));
                names.putIfAbsent(slug, tag);
                List<BriefingSummary> list = members.computeIfAbsent(slug, s -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != briefing) {
                    list.add(briefing);
                }
            }
        }
        List<Collection<BriefingSummary>> tags = new ArrayList<>();
        names.forEach((slug, name) -> tags.add(new Collection<>(slug, name, members.get(slug))));
        tags.sort(Comparator.comparing(Collection::name, String.CASE_INSENSITIVE_ORDER));
        return tags;
    }

    /**
     * Every dated item with a known year, by year (newest first) and then month; items of a year alone (their
     * month not stated) last.
     */
    public static List<Collection<Collection<TimelineEntry>>> timeline(List<BriefingSummary> briefings) {
        TreeMap<String, TreeMap<String, List<TimelineEntry>>> years = new TreeMap<>(Comparator.reverseOrder());
        for (BriefingSummary briefing : briefings) {
            for (TimelineEntry entry : briefing.timeline()) {
                String year = entry.date().substring(0, 4);
                String month = entry.date().length() >= 7 && Character.isDigit(entry.date().charAt(5))
                        ? entry.date().substring(0, 7) : year;
                years.computeIfAbsent(year, y -> new TreeMap<>(Comparator.reverseOrder()))
                        .computeIfAbsent(month, m -> new ArrayList<>()).add(entry);
            }
        }
        List<Collection<Collection<TimelineEntry>>> result = new ArrayList<>();
        years.forEach((year, months) -> {
            List<Collection<TimelineEntry>> groups = new ArrayList<>();
            months.forEach((key, entries) -> {
                entries.sort(Comparator.comparing(TimelineEntry::date).reversed());
                String name = key.length() == 4 ? "Month not stated"
                        : Month.of(Integer.parseInt(key.substring(5, 7))).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        + " " + year;
                groups.add(new Collection<>(key, name, entries));
            });
            result.add(new Collection<>(year, year, groups));
        });
        return result;
    }

    /**
     * The timeline of one build, and what it was made from, for the next: {@link #timeline(List, Timeline)} updates
     * it by the briefings added and removed when those are few, making again only the months their items are in
     * and giving the very same months, years and list again where nothing in them changed.
     */
    public static final class Timeline {
        private Set<BriefingSummary> briefings;
        /** The months of the last timeline by year and month key, and its years by year. */
        private Map<String, Map<String, Collection<TimelineEntry>>> months;
        private Map<String, Collection<Collection<TimelineEntry>>> years;
        private List<Collection<Collection<TimelineEntry>>> made;
        /** Whether every item's path is its briefing's, so that a briefing's place is found by the path. */
        private boolean byPath;
        private int updates;

        /** How many times the timeline was updated rather than made again (for tests). */
        int updates() {
            return updates;
        }
    }

    /**
     * {@link #timeline(List)}, updated from {@code kept} when at most {@value #UPDATE_AT_MOST} briefings (and a
     * quarter of all) were added or removed; the same timeline as made again (a test holds it to that), and the
     * same list as last time when no item changed.
     */
    public static List<Collection<Collection<TimelineEntry>>> timeline(List<BriefingSummary> briefings,
            Timeline kept) {
        synchronized (kept) {
            if (kept.made != null && kept.byPath) {
                Set<BriefingSummary> now = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                now.addAll(briefings);
                List<BriefingSummary> added = new ArrayList<>();
                for (BriefingSummary briefing : briefings) {
                    if (!kept.briefings.contains(briefing)) {
                        added.add(briefing);
                    }
                }
                List<BriefingSummary> removed = new ArrayList<>();
                for (BriefingSummary briefing : kept.briefings) {
                    if (!now.contains(briefing)) {
                        removed.add(briefing);
                    }
                }
                // each briefing's place by its path, which each of its items has
                Map<String, Integer> position = new HashMap<>(briefings.size() * 2);
                for (int i = 0; i < briefings.size(); i++) {
                    position.put(briefings.get(i).path(), i);
                }
                boolean byPath = now.size() == briefings.size() && position.size() == briefings.size()
                        && added.stream().allMatch(SiteIndexes::byPath);
                if (byPath && added.size() + removed.size() <= Math.min(UPDATE_AT_MOST,
                        Math.max(1, briefings.size() / 4))) {
                    kept.briefings = now;
                    if (!added.isEmpty() || !removed.isEmpty()) {
                        try {
                            updateTimeline(kept, position, added, removed);
                        } catch (RuntimeException | Error e) {
                            kept.made = null; // half updated: made again next time, never trusted
                            throw e;
                        }
                    }
                    return kept.made;
                }
            }
            List<Collection<Collection<TimelineEntry>>> made = timeline(briefings);
            kept.briefings = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            kept.briefings.addAll(briefings);
            kept.byPath = briefings.stream().allMatch(SiteIndexes::byPath)
                    && briefings.stream().map(BriefingSummary::path).distinct().count() == briefings.size();
            kept.months = new HashMap<>();
            kept.years = new HashMap<>();
            for (Collection<Collection<TimelineEntry>> year : made) {
                kept.years.put(year.slug(), year);
                Map<String, Collection<TimelineEntry>> its = new HashMap<>();
                year.items().forEach(month -> its.put(month.slug(), month));
                kept.months.put(year.slug(), its);
            }
            kept.made = made;
            return made;
        }
    }

    private static boolean byPath(BriefingSummary briefing) {
        for (TimelineEntry entry : briefing.timeline()) {
            if (!entry.path().equals(briefing.path())) {
                return false;
            }
        }
        return true;
    }

    private static String year(TimelineEntry entry) {
        return entry.date().substring(0, 4);
    }

    private static String month(TimelineEntry entry) {
        String date = entry.date();
        return date.length() >= 7 && Character.isDigit(date.charAt(5)) ? date.substring(0, 7) : date.substring(0, 4);
    }

    private static String monthName(String year, String key) {
        return key.length() == 4 ? "Month not stated"
                : Month.of(Integer.parseInt(key.substring(5, 7))).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + year;
    }

    private static void updateTimeline(Timeline kept, Map<String, Integer> position, List<BriefingSummary> added,
            List<BriefingSummary> removed) {
        // a briefing's items are found by its path: a month kept for its equal items holds the items of an
        // earlier summary of the briefing, equal to its summary's but not the same objects
        Set<String> gone = new java.util.HashSet<>();
        Map<String, Set<String>> affected = new TreeMap<>();
        for (BriefingSummary briefing : removed) {
            gone.add(briefing.path());
            for (TimelineEntry entry : briefing.timeline()) {
                affected.computeIfAbsent(year(entry), y -> new java.util.TreeSet<>()).add(month(entry));
            }
        }
        Map<String, List<TimelineEntry>> coming = new HashMap<>();
        added.sort(Comparator.comparingInt(briefing -> position.get(briefing.path())));
        for (BriefingSummary briefing : added) {
            for (TimelineEntry entry : briefing.timeline()) {
                coming.computeIfAbsent(month(entry), m -> new ArrayList<>()).add(entry);
                affected.computeIfAbsent(year(entry), y -> new java.util.TreeSet<>()).add(month(entry));
            }
        }
        boolean changed = false;
        for (Map.Entry<String, Set<String>> year : affected.entrySet()) {
            Map<String, Collection<TimelineEntry>> months = kept.months.computeIfAbsent(year.getKey(),
                    y -> new HashMap<>());
            boolean yearChanged = false;
            for (String key : year.getValue()) {
                Collection<TimelineEntry> old = months.get(key);
                List<TimelineEntry> entries = new ArrayList<>();
                if (old != null) {
                    for (TimelineEntry entry : old.items()) {
                        if (!gone.contains(entry.path())) {
                            entries.add(entry);
                        }
                    }
                }
                // as made again: newest date first; on a tie the newer briefing's, then in its order. The items
                // kept are in that order already; each new one goes in after every item that comes before it
                Comparator<TimelineEntry> order = Comparator.comparing(TimelineEntry::date).reversed()
                        .thenComparingInt(entry -> position.get(entry.path()));
                for (TimelineEntry entry : coming.getOrDefault(key, List.of())) {
                    int low = 0;
                    int high = entries.size();
                    while (low < high) {
                        int middle = (low + high) >>> 1;
                        if (order.compare(entries.get(middle), entry) <= 0) {
                            low = middle + 1;
                        } else {
                            high = middle;
                        }
                    }
                    entries.add(low, entry);
                }
                if (old != null && old.items().equals(entries)) {
                    continue; // the same items: the same month
                }
                yearChanged = true;
                if (entries.isEmpty()) {
                    months.remove(key);
                } else {
                    months.put(key, new Collection<>(key, monthName(year.getKey(), key), entries));
                }
            }
            if (yearChanged) {
                changed = true;
                if (months.isEmpty()) {
                    kept.months.remove(year.getKey());
                    kept.years.remove(year.getKey());
                } else {
                    List<String> keys = new ArrayList<>(months.keySet());
                    keys.sort(Comparator.reverseOrder());
                    List<Collection<TimelineEntry>> groups = new ArrayList<>(keys.size());
                    keys.forEach(key -> groups.add(months.get(key)));
                    kept.years.put(year.getKey(), new Collection<>(year.getKey(), year.getKey(), groups));
                }
            } else if (months.isEmpty()) {
                kept.months.remove(year.getKey());
            }
        }
        if (changed) {
            List<String> keys = new ArrayList<>(kept.years.keySet());
            keys.sort(Comparator.reverseOrder());
            List<Collection<Collection<TimelineEntry>>> made = new ArrayList<>(keys.size());
            keys.forEach(key -> made.add(kept.years.get(key)));
            kept.made = made;
        }
        kept.updates++;
    }

    /**
     * The timeline cut into pages of at most {@code size} items, in order; a year or month cut by a page break
     * is on both pages, each with its own items. One page (the timeline itself) when it has {@code size} items or
     * fewer.
     */
    public static List<List<Collection<Collection<TimelineEntry>>>> timelinePages(
            List<Collection<Collection<TimelineEntry>>> years, int size) {
        int total = 0;
        for (Collection<Collection<TimelineEntry>> year : years) {
            for (Collection<TimelineEntry> month : year.items()) {
                total += month.items().size();
            }
        }
        if (total <= size) {
            return List.of(years);
        }
        List<List<Collection<Collection<TimelineEntry>>>> pages = new ArrayList<>();
        List<Collection<Collection<TimelineEntry>>> page = new ArrayList<>();
        int room = size;
        for (Collection<Collection<TimelineEntry>> year : years) {
            List<Collection<TimelineEntry>> months = new ArrayList<>();
            for (Collection<TimelineEntry> month : year.items()) {
                List<TimelineEntry> entries = month.items();
                int from = 0;
                while (from < entries.size()) {
                    int to = Math.min(entries.size(), from + room);
                    months.add(from == 0 && to == entries.size() ? month
                            : new Collection<>(month.slug(), month.name(), entries.subList(from, to)));
                    room -= to - from;
                    from = to;
                    if (room == 0) {
                        page.add(new Collection<>(year.slug(), year.name(), months));
                        pages.add(page);
                        page = new ArrayList<>();
                        months = new ArrayList<>();
                        room = size;
                    }
                }
            }
            if (!months.isEmpty()) {
                page.add(new Collection<>(year.slug(), year.name(), months));
            }
        }
        if (!page.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    /** Up to three related briefings for each briefing, by slug: the ones sharing the most entities with it. */
    public static Map<String, List<BriefingSummary>> related(List<BriefingSummary> briefings) {
        // entities numbered, each with the briefings that name it (ascending, each once per entity summary)
        Map<String, Integer> number = new HashMap<>();
        List<int[]> postings = new ArrayList<>();
        int[] sizes = new int[16];
        int[][] entitiesOf = new int[briefings.size()][];
        for (int i = 0; i < briefings.size(); i++) {
            List<EntitySummary> entities = briefings.get(i).entities();
            int[] mine = new int[entities.size()];
            for (int k = 0; k < mine.length; k++) {
                Integer known = number.get(entities.get(k).id());
                int e;
                if (known == null) {
                    e = postings.size();
                    number.put(entities.get(k).id(), e);
                    postings.add(new int[2]);
                    if (e == sizes.length) {
                        sizes = java.util.Arrays.copyOf(sizes, e * 2);
                    }
                } else {
                    e = known;
                }
                int[] posting = postings.get(e);
                if (sizes[e] == posting.length) {
                    posting = java.util.Arrays.copyOf(posting, posting.length * 2);
                    postings.set(e, posting);
                }
                posting[sizes[e]++] = i;
                mine[k] = e;
            }
            entitiesOf[i] = mine;
        }
        int[] size = sizes;
        // each briefing's list on its own, on all cores, with counts of its own; put together in order
        ThreadLocal<Counts> counts = ThreadLocal.withInitial(() -> new Counts(briefings.size()));
        List<List<BriefingSummary>> lists = java.util.stream.IntStream.range(0, briefings.size()).parallel()
                .mapToObj(i -> relatedTo(briefings, entitiesOf, postings, size, i, counts.get())).toList();
        Map<String, List<BriefingSummary>> related = new LinkedHashMap<>();
        for (int i = 0; i < briefings.size(); i++) {
            related.put(briefings.get(i).slug(), lists.get(i));
        }
        return related;
    }

    /**
     * The related briefings of one build, and what they were made from, for the next: {@link #related(List, Kept)}
     * updates them by the briefings added and removed when those are few (an edit in the preview server replaces
     * one summary with another), instead of counting every briefing's again.
     */
    public static final class Kept {
        /** Each briefing of the last build (by identity) with its related briefings. */
        private Map<BriefingSummary, List<BriefingSummary>> lists;
        /**
         * Each entity's briefings, a briefing once per summary of the entity in it, in no order; made at the first
         * update.
         */
        private Map<String, List<BriefingSummary>> postings;
        private int updates;

        /** How many times the lists were updated rather than counted again (for tests). */
        int updates() {
            return updates;
        }

        /**
         * Makes now what the first update would otherwise make (each entity's briefings), so that the preview
         * server's first edit does not wait for it; nothing when there are no lists or it is made.
         */
        public void prepare() {
            synchronized (this) {
                if (lists != null && postings == null) {
                    postings = postings(lists.keySet());
                }
            }
        }
    }

    /** Each entity's briefings, a briefing once per summary of the entity in it. */
    private static Map<String, List<BriefingSummary>> postings(java.util.Collection<BriefingSummary> briefings) {
        Map<String, List<BriefingSummary>> postings = new HashMap<>();
        for (BriefingSummary briefing : briefings) {
            for (EntitySummary entity : briefing.entities()) {
                postings.computeIfAbsent(entity.id(), id -> new ArrayList<>()).add(briefing);
            }
        }
        return postings;
    }

    /**
     * {@link #related(List)}, updated from {@code kept} when at most {@value #UPDATE_AT_MOST} briefings (and a
     * quarter of all) were added or removed: only the briefings that share a less common entity with one of them,
     * before or after, are counted again; the same lists as counting all (a test holds it to that).
     */
    public static Map<String, List<BriefingSummary>> related(List<BriefingSummary> briefings, Kept kept) {
        synchronized (kept) {
            Map<BriefingSummary, Integer> position = new java.util.IdentityHashMap<>(briefings.size() * 2);
            for (int i = 0; i < briefings.size(); i++) {
                position.put(briefings.get(i), i);
            }
            List<BriefingSummary> added = new ArrayList<>();
            if (kept.lists != null && position.size() == briefings.size()) {
                for (BriefingSummary briefing : briefings) {
                    if (!kept.lists.containsKey(briefing)) {
                        added.add(briefing);
                    }
                }
                int changes = added.size() + kept.lists.size() - (briefings.size() - added.size());
                if (changes <= Math.min(UPDATE_AT_MOST, Math.max(1, briefings.size() / 4))) {
                    try {
                        update(kept, briefings, position, added);
                    } catch (RuntimeException | Error e) {
                        kept.lists = null; // half updated: counted again next time, never trusted
                        throw e;
                    }
                    return byslug(briefings, kept.lists);
                }
            }
            Map<String, List<BriefingSummary>> related = related(briefings);
            Map<BriefingSummary, List<BriefingSummary>> lists = new java.util.IdentityHashMap<>(briefings.size() * 2);
            for (BriefingSummary briefing : briefings) {
                lists.put(briefing, related.get(briefing.slug()));
            }
            kept.lists = lists;
            kept.postings = null; // made from the lists' briefings at the first update: a one-off build needs none
            return related;
        }
    }

    private static Map<String, List<BriefingSummary>> byslug(List<BriefingSummary> briefings,
            Map<BriefingSummary, List<BriefingSummary>> lists) {
        Map<String, List<BriefingSummary>> related = new LinkedHashMap<>();
        for (BriefingSummary briefing : briefings) {
            related.put(briefing.slug(), lists.get(briefing));
        }
        return related;
    }

    /** Updates {@code kept} to {@code briefings}: {@code added} are new, the briefings not at {@code position} gone. */
    private static void update(Kept kept, List<BriefingSummary> briefings, Map<BriefingSummary, Integer> position,
            List<BriefingSummary> added) {
        if (kept.postings == null) {
            kept.postings = postings(kept.lists.keySet());
        }
        List<BriefingSummary> removed = new ArrayList<>();
        for (BriefingSummary briefing : kept.lists.keySet()) {
            if (!position.containsKey(briefing)) {
                removed.add(briefing);
            }
        }
        // the entities the changed briefings name, with how many briefings named them before the change
        Map<String, Integer> before = new HashMap<>();
        for (BriefingSummary briefing : removed) {
            for (EntitySummary entity : briefing.entities()) {
                before.putIfAbsent(entity.id(), kept.postings.get(entity.id()).size());
            }
        }
        for (BriefingSummary briefing : added) {
            for (EntitySummary entity : briefing.entities()) {
                List<BriefingSummary> posting = kept.postings.get(entity.id());
                before.putIfAbsent(entity.id(), posting == null ? 0 : posting.size());
            }
        }
        // whoever shares a less common entity with a changed briefing, before or after, is counted again
        Set<BriefingSummary> again = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Map.Entry<String, Integer> entity : before.entrySet()) {
            List<BriefingSummary> posting = kept.postings.get(entity.getKey());
            if (posting != null && entity.getValue() <= COMMON_ENTITY) {
                again.addAll(posting);
            }
        }
        for (BriefingSummary briefing : removed) {
            kept.lists.remove(briefing);
            for (EntitySummary entity : briefing.entities()) {
                List<BriefingSummary> posting = kept.postings.get(entity.id());
                for (int i = posting.size() - 1; i >= 0; i--) {
                    if (posting.get(i) == briefing) {
                        posting.remove(i);
                        break;
                    }
                }
                if (posting.isEmpty()) {
                    kept.postings.remove(entity.id());
                }
            }
        }
        for (BriefingSummary briefing : added) {
            for (EntitySummary entity : briefing.entities()) {
                kept.postings.computeIfAbsent(entity.id(), id -> new ArrayList<>()).add(briefing);
            }
        }
        // an entity that became common, or stopped being so, changes the counts of every briefing naming it
        Set<BriefingSummary> counted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Map.Entry<String, Integer> entity : before.entrySet()) {
            List<BriefingSummary> posting = kept.postings.get(entity.getKey());
            int after = posting == null ? 0 : posting.size();
            if (posting != null && after <= COMMON_ENTITY) {
                again.addAll(posting);
            }
            if (posting != null && (entity.getValue() <= COMMON_ENTITY) != (after <= COMMON_ENTITY)) {
                counted.addAll(posting);
            }
        }
        counted.addAll(added);
        again.removeAll(counted);
        Set<BriefingSummary> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        gone.addAll(removed);
        // for the others, only their counts with the changed briefings changed: a list that kept none of the
        // briefings removed takes in those added where they now rank; one that lost a briefing is counted again, as
        // the next best was not kept
        List<Map<String, Integer>> addedIds = added.stream().map(SiteIndexes::ids).toList();
        for (BriefingSummary briefing : again) {
            if (!position.containsKey(briefing)) {
                continue;
            }
            List<BriefingSummary> old = kept.lists.get(briefing);
            if (old == null || old.stream().anyMatch(gone::contains)) {
                counted.add(briefing);
                continue;
            }
            kept.lists.put(briefing, withAdded(briefing, old, added, addedIds, kept.postings, position));
        }
        for (BriefingSummary briefing : counted) {
            if (position.containsKey(briefing)) {
                kept.lists.put(briefing, relatedTo(briefing, kept.postings, position, briefings));
            }
        }
        kept.updates++;
    }

    /** How many of a briefing's entity summaries name each entity. */
    private static Map<String, Integer> ids(BriefingSummary briefing) {
        Map<String, Integer> ids = new HashMap<>();
        for (EntitySummary entity : briefing.entities()) {
            ids.merge(entity.id(), 1, Integer::sum);
        }
        return ids;
    }

    /**
     * How many of {@code briefing}'s less common entities {@code other} shares, as {@link #relatedTo} counts them:
     * each of its entity summaries once for each summary of the same entity in the other.
     */
    private static int shared(BriefingSummary briefing, Map<String, Integer> otherIds,
            Map<String, List<BriefingSummary>> postings) {
        int shared = 0;
        for (EntitySummary entity : briefing.entities()) {
            Integer times = otherIds.get(entity.id());
            if (times != null && postings.get(entity.id()).size() <= COMMON_ENTITY) {
                shared += times;
            }
        }
        return shared;
    }

    /** The related list {@code old} of {@code briefing}, with the briefings {@code added} put in where they rank. */
    private static List<BriefingSummary> withAdded(BriefingSummary briefing, List<BriefingSummary> old,
            List<BriefingSummary> added, List<Map<String, Integer>> addedIds,
            Map<String, List<BriefingSummary>> postings, Map<BriefingSummary, Integer> position) {
        int mine = Math.max(1, briefing.entities().size());
        boolean few = briefing.entities().size() <= 3;
        List<BriefingSummary> candidates = new ArrayList<>(old);
        List<Double> scores = new ArrayList<>();
        for (int k = 0; k < added.size(); k++) {
            BriefingSummary other = added.get(k);
            int shared = other == briefing ? 0 : shared(briefing, addedIds.get(k), postings);
            if (shared >= 2 || shared >= 1 && few) {
                candidates.add(other);
                scores.add(score(shared, mine, other));
            }
        }
        if (candidates.size() == old.size()) {
            return old; // none of the added is a candidate: the list as it was, its scores not needed
        }
        for (int k = old.size() - 1; k >= 0; k--) {
            BriefingSummary other = old.get(k);
            scores.add(0, score(shared(briefing, ids(other), postings), mine, other));
        }
        Integer[] order = new Integer[candidates.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, Comparator.<Integer>comparingDouble(scores::get)
                .thenComparingInt(k -> position.get(candidates.get(k))));
        List<BriefingSummary> result = new ArrayList<>(Math.min(RELATED, order.length));
        for (int k = 0; k < Math.min(RELATED, order.length); k++) {
            result.add(candidates.get(order[k]));
        }
        return List.copyOf(result);
    }

    /** How related {@code other} is to a briefing of {@code mine} entities sharing {@code shared}: lower is closer. */
    private static double score(int shared, int mine, BriefingSummary other) {
        return -shared / Math.sqrt((double) mine * Math.max(1, other.entities().size()));
    }

    /** {@link #relatedTo(List, int[][], List, int[], int, Counts)} for one briefing, counted with maps. */
    private static List<BriefingSummary> relatedTo(BriefingSummary briefing,
            Map<String, List<BriefingSummary>> postings, Map<BriefingSummary, Integer> position,
            List<BriefingSummary> briefings) {
        Map<BriefingSummary, int[]> shared = new java.util.IdentityHashMap<>();
        for (EntitySummary entity : briefing.entities()) {
            List<BriefingSummary> posting = postings.get(entity.id());
            if (posting.size() > COMMON_ENTITY) {
                continue;
            }
            for (BriefingSummary other : posting) {
                if (other != briefing) {
                    shared.computeIfAbsent(other, o -> new int[1])[0]++;
                }
            }
        }
        int mine = Math.max(1, briefing.entities().size());
        boolean few = briefing.entities().size() <= 3;
        List<int[]> candidates = new ArrayList<>(); // {position, shared}
        shared.forEach((other, count) -> {
            if (count[0] >= 2 || few) {
                candidates.add(new int[] {position.get(other), count[0]});
            }
        });
        double[] scores = new double[candidates.size()];
        Integer[] order = new Integer[candidates.size()];
        for (int k = 0; k < scores.length; k++) {
            int[] candidate = candidates.get(k);
            scores[k] = score(candidate[1], mine, briefings.get(candidate[0]));
            order[k] = k;
        }
        java.util.Arrays.sort(order, Comparator.<Integer>comparingDouble(k -> scores[k])
                .thenComparingInt(k -> candidates.get(k)[0]));
        List<BriefingSummary> result = new ArrayList<>(Math.min(RELATED, order.length));
        for (int k = 0; k < Math.min(RELATED, order.length); k++) {
            result.add(briefings.get(candidates.get(order[k])[0]));
        }
        return List.copyOf(result);
    }

    /** How many entities each briefing shares with the one at hand, and which briefings have a count. */
    private static final class Counts {
        final int[] shared;
        final int[] touched;

        Counts(int briefings) {
            shared = new int[briefings];
            touched = new int[briefings];
        }
    }

    /** The briefings most related to briefing {@code i}: those sharing the most of its less common entities. */
    private static List<BriefingSummary> relatedTo(List<BriefingSummary> briefings, int[][] entitiesOf,
            List<int[]> postings, int[] sizes, int i, Counts counts) {
        int seen = 0;
        for (int e : entitiesOf[i]) {
            if (sizes[e] > COMMON_ENTITY) {
                continue;
            }
            int[] posting = postings.get(e);
            for (int p = 0; p < sizes[e]; p++) {
                int j = posting[p];
                if (j != i && counts.shared[j]++ == 0) {
                    counts.touched[seen++] = j;
                }
            }
        }
        int mine = Math.max(1, briefings.get(i).entities().size());
        boolean few = briefings.get(i).entities().size() <= 3;
        int[] candidates = new int[seen];
        double[] scores = new double[seen];
        int kept = 0;
        for (int t = 0; t < seen; t++) {
            int j = counts.touched[t];
            int shared = counts.shared[j];
            counts.shared[j] = 0;
            if (shared >= 2 || few) {
                candidates[kept] = j;
                scores[kept++] = score(shared, mine, briefings.get(j));
            }
        }
        Integer[] order = new Integer[kept];
        for (int k = 0; k < kept; k++) {
            order[k] = k;
        }
        // most shared for their numbers of entities first; on a tie, the newer briefing
        java.util.Arrays.sort(order, Comparator.<Integer>comparingDouble(k -> scores[k])
                .thenComparingInt(k -> candidates[k]));
        List<BriefingSummary> result = new ArrayList<>(Math.min(RELATED, kept));
        for (int k = 0; k < Math.min(RELATED, kept); k++) {
            result.add(briefings.get(candidates[order[k]]));
        }
        return List.copyOf(result);
    }
}
