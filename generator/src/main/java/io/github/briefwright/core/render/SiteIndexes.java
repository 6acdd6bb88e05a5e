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
import java.util.TreeMap;

/**
 * The cross-briefing groupings, made from the briefings' small summaries in passes over them: tags, the
 * timeline by year and month, and each briefing's related briefings by shared entities.
 */
public final class SiteIndexes {

    /** Entities in more briefings than this say nothing about which briefings are related. */
    private static final int COMMON_ENTITY = 200;
    private static final int RELATED = 3;

    private SiteIndexes() {
    }

    /** Tags with their briefings (newest first), by tag name. */
    public static List<Collection<BriefingSummary>> tags(List<BriefingSummary> newest) {
        Map<String, String> names = new TreeMap<>();
        Map<String, List<BriefingSummary>> members = new HashMap<>();
        for (BriefingSummary briefing : newest) {
            for (String tag : briefing.tags()) {
                String slug = Slugs.of(tag, "tag");
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
                scores[kept++] = -shared / Math.sqrt((double) mine * Math.max(1, briefings.get(j).entities().size()));
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
