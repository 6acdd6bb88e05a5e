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
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < briefings.size(); i++) {
            for (EntitySummary entity : briefings.get(i).entities()) {
                postings.computeIfAbsent(entity.id(), id -> new ArrayList<>()).add(i);
            }
        }
        // each briefing's list on its own, on all cores; put together in order
        List<List<BriefingSummary>> lists = java.util.stream.IntStream.range(0, briefings.size()).parallel()
                .mapToObj(i -> relatedTo(briefings, postings, i)).toList();
        Map<String, List<BriefingSummary>> related = new LinkedHashMap<>();
        for (int i = 0; i < briefings.size(); i++) {
            related.put(briefings.get(i).slug(), lists.get(i));
        }
        return related;
    }

    /** The briefings most related to briefing {@code i}: those sharing the most of its less common entities. */
    private static List<BriefingSummary> relatedTo(List<BriefingSummary> briefings, Map<String, List<Integer>> postings,
            int i) {
        BriefingSummary briefing = briefings.get(i);
        Map<Integer, Integer> shared = new HashMap<>();
        for (EntitySummary entity : briefing.entities()) {
            List<Integer> posting = postings.get(entity.id());
            if (posting.size() > COMMON_ENTITY) {
                continue;
            }
            for (int j : posting) {
                if (j != i) {
                    shared.merge(j, 1, Integer::sum);
                }
            }
        }
        int mine = Math.max(1, briefing.entities().size());
        return shared.entrySet().stream()
                .filter(e -> e.getValue() >= 2 || briefing.entities().size() <= 3)
                .sorted(Comparator.<Map.Entry<Integer, Integer>>comparingDouble(e -> -e.getValue()
                        / Math.sqrt((double) mine * Math.max(1, briefings.get(e.getKey()).entities().size())))
                        .thenComparing(Map.Entry::getKey))
                .limit(RELATED).map(e -> briefings.get(e.getKey())).toList();
    }
}
