package io.github.briefwright.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.briefwright.core.model.BriefingSummary;
import io.github.briefwright.core.model.EntitySummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Related briefings, as counted with arrays, are the ones the plain definition gives. */
class RelatedTest {

    @Test
    void theRelatedBriefingsAreThoseSharingTheMostLessCommonEntities() {
        Random random = new Random(5);
        for (int round = 0; round < 5; round++) {
            List<BriefingSummary> briefings = new ArrayList<>();
            int count = 300 + random.nextInt(300);
            for (int i = 0; i < count; i++) {
                List<EntitySummary> entities = new ArrayList<>();
                int many = random.nextInt(10) < 2 ? 1 + random.nextInt(3) : 4 + random.nextInt(20);
                for (int k = 0; k < many; k++) {
                    // a few entities are in most briefings (too common to relate them); most are rare
                    int id = random.nextInt(10) == 0 ? random.nextInt(3) : (int) Math.abs(random.nextGaussian() * 120);
                    entities.add(new EntitySummary("e" + id, "E" + id, "org", null, null, 1, "s-1", "E" + id + "."));
                }
                briefings.add(new BriefingSummary("b" + i, "briefings/b" + i + "/index.html", "B" + i, null, null,
                        null, List.of(), List.of(), null, 1, entities, List.of()));
            }
            assertEquals(plain(briefings), SiteIndexes.related(briefings));
        }
    }

    @Test
    void updatedListsAreTheListsCountedAgain() {
        Random random = new Random(17);
        List<BriefingSummary> briefings = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            briefings.add(briefing(random, "b" + i));
        }
        SiteIndexes.Kept kept = new SiteIndexes.Kept();
        assertEquals(SiteIndexes.related(briefings), SiteIndexes.related(briefings, kept));
        kept.prepare(); // as the preview server does after its first build; the updates are the same
        for (int edit = 0; edit < 200; edit++) {
            int what = random.nextInt(10);
            if (what < 6) {
                int at = random.nextInt(briefings.size());
                briefings.set(at, briefing(random, briefings.get(at).slug()));
            } else if (what < 8) {
                briefings.add(random.nextInt(briefings.size()), briefing(random, "new" + edit));
            } else {
                briefings.remove(random.nextInt(briefings.size()));
            }
            if (random.nextInt(5) == 0) {
                briefings.set(0, briefing(random, briefings.get(0).slug()));
            }
            int before = kept.updates();
            Map<String, List<BriefingSummary>> updated = SiteIndexes.related(briefings, kept);
            assertEquals(before + 1, kept.updates(), "updated, not counted again");
            assertEquals(plain(briefings), updated, "edit " + edit);
        }
    }

    /** Briefings naming a few entities that are in many of them, some near the common limit, and rare ones. */
    private static BriefingSummary briefing(Random random, String slug) {
        List<EntitySummary> entities = new ArrayList<>();
        int many = random.nextInt(10) < 2 ? 1 + random.nextInt(3) : 4 + random.nextInt(20);
        for (int k = 0; k < many; k++) {
            int id = random.nextInt(10) == 0 ? random.nextInt(3) : random.nextInt(12) == 0 ? 3
                    : (int) Math.abs(random.nextGaussian() * 120);
            entities.add(new EntitySummary("e" + id, "E" + id, "org", null, null, 1, "s-1", "E" + id + "."));
        }
        return new BriefingSummary(slug, "briefings/" + slug + "/index.html", slug.toUpperCase(), null, null,
                null, List.of(), List.of(), null, 1, entities, List.of());
    }

    /** The definition, counted with maps: up to three, by entities shared for their numbers; newer on a tie. */
    private static Map<String, List<BriefingSummary>> plain(List<BriefingSummary> briefings) {
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < briefings.size(); i++) {
            for (EntitySummary entity : briefings.get(i).entities()) {
                postings.computeIfAbsent(entity.id(), id -> new ArrayList<>()).add(i);
            }
        }
        Map<String, List<BriefingSummary>> related = new LinkedHashMap<>();
        for (int i = 0; i < briefings.size(); i++) {
            BriefingSummary briefing = briefings.get(i);
            Map<Integer, Integer> shared = new HashMap<>();
            for (EntitySummary entity : briefing.entities()) {
                List<Integer> posting = postings.get(entity.id());
                if (posting.size() > 200) {
                    continue;
                }
                for (int j : posting) {
                    if (j != i) {
                        shared.merge(j, 1, Integer::sum);
                    }
                }
            }
            int mine = Math.max(1, briefing.entities().size());
            related.put(briefing.slug(), shared.entrySet().stream()
                    .filter(e -> e.getValue() >= 2 || briefing.entities().size() <= 3)
                    .sorted(Comparator.<Map.Entry<Integer, Integer>>comparingDouble(e -> -e.getValue()
                            / Math.sqrt((double) mine * Math.max(1, briefings.get(e.getKey()).entities().size())))
                            .thenComparing(Map.Entry::getKey))
                    .limit(3).map(e -> briefings.get(e.getKey())).toList());
        }
        return related;
    }
}
