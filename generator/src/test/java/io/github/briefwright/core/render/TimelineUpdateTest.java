package io.github.briefwright.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.briefwright.core.model.BriefingSummary;
import io.github.briefwright.core.model.TimelineEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cross-briefing timeline, made from every briefing or updated by the briefings that changed. */
class TimelineUpdateTest {

    @Test
    void anUpdatedTimelineIsTheTimelineMadeAgain() {
        Random random = new Random(23);
        List<BriefingSummary> briefings = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            briefings.add(briefing(random, "b" + i));
        }
        SiteIndexes.Timeline kept = new SiteIndexes.Timeline();
        assertEquals(SiteIndexes.timeline(newest(briefings)), SiteIndexes.timeline(newest(briefings), kept));
        for (int edit = 0; edit < 40; edit++) {
            int what = random.nextInt(12);
            if (what >= 10) { // made again with equal items (an edit elsewhere in it), then edited again
                int at = random.nextInt(briefings.size());
                briefings.set(at, copy(briefings.get(at)));
                SiteIndexes.timeline(newest(briefings), kept);
                briefings.set(at, briefing(random, briefings.get(at).slug()));
            } else if (what < 6) {
                int at = random.nextInt(briefings.size());
                briefings.set(at, briefing(random, briefings.get(at).slug()));
            } else if (what < 8) {
                briefings.add(briefing(random, "new" + edit));
            } else {
                briefings.remove(random.nextInt(briefings.size()));
            }
            int before = kept.updates();
            var updated = SiteIndexes.timeline(newest(briefings), kept);
            assertEquals(before + 1, kept.updates(), "updated, not made again");
            assertEquals(SiteIndexes.timeline(newest(briefings)), updated, "edit " + edit);
        }
    }

    @Test
    void aBriefingChangedOutsideItsDatedItemsLeavesTheVerySameTimeline() {
        Random random = new Random(2);
        List<BriefingSummary> briefings = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            briefings.add(briefing(random, "b" + i));
        }
        SiteIndexes.Timeline kept = new SiteIndexes.Timeline();
        var first = SiteIndexes.timeline(newest(briefings), kept);
        // the summary made again (an edit elsewhere in the briefing): equal items, other objects
        briefings.set(4, copy(briefings.get(4)));
        assertSame(first, SiteIndexes.timeline(newest(briefings), kept));
        briefings.set(5, briefing(random, "b5"));
        var third = SiteIndexes.timeline(newest(briefings), kept);
        assertNotSame(first, third);
        assertEquals(SiteIndexes.timeline(newest(briefings)), third);
    }

    /** The summary made again with another dek: equal items, other objects. */
    private static BriefingSummary copy(BriefingSummary old) {
        return new BriefingSummary(old.slug(), old.path(), old.title(), "a new dek", old.date(), null, List.of(),
                List.of(), null, 2, List.of(), old.timeline().stream().map(entry -> new TimelineEntry(entry.date(),
                        entry.label(), entry.expression(), entry.snippet(), entry.sentence(), entry.title(),
                        entry.path())).toList());
    }

    private static List<BriefingSummary> newest(List<BriefingSummary> briefings) {
        return briefings.stream().sorted(Comparator.comparing(BriefingSummary::date).reversed()
                .thenComparing(BriefingSummary::slug)).toList();
    }

    /** A briefing with dated items of every precision, some on the same day as others (ties). */
    private static BriefingSummary briefing(Random random, String slug) {
        String path = "briefings/" + slug + "/index.html";
        String title = "Title " + slug;
        List<TimelineEntry> entries = new ArrayList<>();
        for (int k = random.nextInt(6); k > 0; k--) {
            int year = 2015 + random.nextInt(4);
            String date = switch (random.nextInt(4)) {
                case 0 -> Integer.toString(year);
                case 1 -> String.format("%d-%02d", year, 1 + random.nextInt(3));
                default -> String.format("%d-%02d-%02d", year, 1 + random.nextInt(3), 1 + random.nextInt(3));
            };
            entries.add(new TimelineEntry(date, "item " + k, "on " + date, "It happened " + k + ".", "s-" + k,
                    title, path));
        }
        return new BriefingSummary(slug, path, title, null, String.format("2020-%02d-%02d", 1 + random.nextInt(12),
                1 + random.nextInt(28)), null, List.of(), List.of(), null, 1, List.of(), entries);
    }
}
