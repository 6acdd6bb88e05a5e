package io.github.briefwright.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.model.BriefingSummary;
import io.github.briefwright.core.model.Collection;
import io.github.briefwright.core.model.EntityPage;
import io.github.briefwright.core.model.EntitySummary;
import io.github.briefwright.core.model.TimelineEntry;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The cross-briefing steps (related briefings, the entity index with companions, tags, the timeline with its
 * pages and chart, the search index) cost the same per briefing on a large site as on a small one: the thread CPU
 * time per briefing at 2,000 synthetic briefings is within 1.3 times that at 500, best of several runs so that a
 * busy machine does not fail it. The briefings are cheap synthetic summaries, not analysed seeds: entities drawn
 * with a skew from a pool that grows with the site (a few names in most briefings, most in a few), tags from 50,
 * dated items over 30 years, search terms from a large vocabulary.
 */
class CrossBriefingScalingTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void perBriefingCostDoesNotGrowWithTheSite() {
        List<BriefingSummary> small = briefings(500);
        List<BriefingSummary> large = briefings(2000);
        Map<String, Map<String, Integer>> smallTerms = terms(small);
        Map<String, Map<String, Integer>> largeTerms = terms(large);
        crossBriefing(large, largeTerms); // warm up the JIT
        crossBriefing(small, smallTerms);
        double perSmall = Double.MAX_VALUE;
        double perLarge = Double.MAX_VALUE;
        double ratio = Double.MAX_VALUE;
        // up to three rounds of four runs: a pause of a busy machine can land on one size, growth fails every round
        for (int round = 0; round < 3 && ratio > 1.3; round++) {
            for (int run = 0; run < 4; run++) {
                perSmall = Math.min(perSmall, cpuNanos(() -> crossBriefing(small, smallTerms)) / (double) small.size());
                perLarge = Math.min(perLarge, cpuNanos(() -> crossBriefing(large, largeTerms)) / (double) large.size());
            }
            ratio = perLarge / perSmall;
        }
        System.out.printf(Locale.ROOT, "cross-briefing CPU per briefing: %.0f µs at 500, %.0f µs at 2,000 (%.2f times)%n", perSmall / 1000, perLarge / 1000, ratio);
        assertTrue(ratio <= 1.3, String.format(Locale.ROOT, "per-briefing CPU time %.0f µs at 2,000 briefings, "
                + "%.0f µs at 500: %.2f times", perLarge / 1000, perSmall / 1000, ratio));
    }

    @Test
    void aTimelineOfManyItemsIsCutIntoPagesInOrder() {
        List<BriefingSummary> site = briefings(100);
        var years = SiteIndexes.timeline(site);
        var pages = SiteIndexes.timelinePages(years, 500);
        List<TimelineEntry> all = flat(List.of(years));
        assertEquals(all, flat(pages));
        assertEquals((all.size() + 499) / 500, pages.size());
        for (int i = 0; i < pages.size() - 1; i++) {
            assertEquals(500, flat(List.of(pages.get(i))).size());
        }
        assertEquals(List.of(years), SiteIndexes.timelinePages(years, all.size()));
    }

    private static List<TimelineEntry> flat(List<List<Collection<Collection<TimelineEntry>>>> pages) {
        List<TimelineEntry> entries = new ArrayList<>();
        pages.forEach(page -> page.forEach(year -> year.items().forEach(month -> entries.addAll(month.items()))));
        return entries;
    }

    private static void crossBriefing(List<BriefingSummary> briefings, Map<String, Map<String, Integer>> terms) {
        Map<String, List<BriefingSummary>> related = SiteIndexes.related(briefings);
        List<EntityPage> entities = EntityIndex.of(briefings);
        var tags = SiteIndexes.tags(briefings);
        var years = SiteIndexes.timeline(briefings);
        var pages = SiteIndexes.timelinePages(years, 500);
        var chart = PageRenderer.timelineChart(years);
        try {
            SearchIndex.write(briefings, terms, Writer.nullWriter());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(related.size() == briefings.size() && !entities.isEmpty() && !tags.isEmpty() && !pages.isEmpty()
                && chart != null);
    }

    private static long cpuNanos(Runnable work) {
        long start = THREADS.getCurrentThreadCpuTime();
        work.run();
        return THREADS.getCurrentThreadCpuTime() - start;
    }

    /** An index in [0, n) with rank r drawn about as often as 1/r. */
    private static int skewed(Random random, int n) {
        return (int) Math.min(n - 1, Math.floor(Math.exp(random.nextDouble() * Math.log(n + 1))) - 1);
    }

    private static List<BriefingSummary> briefings(int n) {
        Random random = new Random(11);
        int pool = 200 + n / 2;
        List<BriefingSummary> briefings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String slug = "briefing-" + i;
            String path = "briefings/" + slug + "/index.html";
            String title = "Briefing " + i;
            Map<String, EntitySummary> entities = new java.util.LinkedHashMap<>();
            for (int e = 0; e < 30; e++) {
                int id = skewed(random, pool);
                String type = new String[] {"person", "organisation", "place"}[id % 3];
                entities.putIfAbsent("entity-" + id, new EntitySummary("entity-" + id, "Entity " + id, type, null, null,
                        1 + random.nextInt(5), "s-" + e, "A sentence naming entity " + id + "."));
            }
            List<String> tags = new ArrayList<>();
            for (int t = 1 + random.nextInt(4); t > 0; t--) {
                String tag = "tag " + skewed(random, 50);
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            }
            List<TimelineEntry> timeline = new ArrayList<>();
            for (int t = 0; t < 20; t++) {
                String date = String.format(Locale.ROOT, "%04d-%02d-%02d", 1995 + random.nextInt(30),
                        1 + random.nextInt(12), 1 + random.nextInt(28));
                timeline.add(new TimelineEntry(date, date, "on " + date, "Something happened on " + date + ".",
                        "s-" + t, title, path));
            }
            String date = String.format(Locale.ROOT, "2024-%02d-%02d", 1 + i % 12, 1 + i % 28);
            briefings.add(new BriefingSummary(slug, path, title, null, date, null, List.of("A. Writer"), tags,
                    "A summary of briefing " + i + ".", 5, List.copyOf(entities.values()), timeline));
        }
        return briefings;
    }

    private static Map<String, Map<String, Integer>> terms(List<BriefingSummary> briefings) {
        Random random = new Random(13);
        Map<String, Map<String, Integer>> terms = new HashMap<>();
        for (BriefingSummary briefing : briefings) {
            Map<String, Integer> weights = new HashMap<>();
            for (int t = 0; t < 150; t++) {
                weights.merge("term" + skewed(random, 20_000), 1 + random.nextInt(8), Math::max);
            }
            terms.put(briefing.slug(), weights);
        }
        return terms;
    }
}
