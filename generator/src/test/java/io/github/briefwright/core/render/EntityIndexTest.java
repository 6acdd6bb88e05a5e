package io.github.briefwright.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.briefwright.core.model.BriefingSummary;
import io.github.briefwright.core.model.EntityPage;
import io.github.briefwright.core.model.EntitySummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The entity index, made from every briefing or updated by the briefings that changed. */
class EntityIndexTest {

    @Test
    void anUpdatedIndexIsTheIndexMadeAgain() {
        Random random = new Random(11);
        for (int round = 0; round < 4; round++) {
            List<BriefingSummary> briefings = new ArrayList<>();
            int count = 200 + random.nextInt(200);
            for (int i = 0; i < count; i++) {
                briefings.add(briefing(random, "b" + i, 0));
            }
            EntityIndex.Kept kept = new EntityIndex.Kept();
            assertEquals(EntityIndex.of(newest(briefings)), EntityIndex.of(newest(briefings), kept));
            for (int edit = 1; edit <= 30; edit++) {
                int what = random.nextInt(10);
                if (what < 6) { // an edit: the briefing's summary made again, with other entities or another date
                    int at = random.nextInt(briefings.size());
                    briefings.set(at, briefing(random, briefings.get(at).slug(), edit));
                } else if (what < 8) {
                    briefings.add(briefing(random, "new" + round + "-" + edit, edit));
                } else {
                    briefings.remove(random.nextInt(briefings.size()));
                }
                if (random.nextInt(6) == 0) { // now and then several at once
                    briefings.set(0, briefing(random, briefings.get(0).slug(), edit));
                    briefings.add(briefing(random, "more" + round + "-" + edit, edit));
                }
                List<BriefingSummary> newest = newest(briefings);
                int before = kept.updates();
                List<EntityPage> updated = EntityIndex.of(newest, kept);
                assertEquals(before + 1, kept.updates(), "updated, not made again");
                assertEquals(EntityIndex.of(newest), updated, "round " + round + ", edit " + edit);
            }
        }
    }

    @Test
    void anUnchangedEntityKeepsItsPageAndManyChangesMakeTheIndexAgain() {
        Random random = new Random(3);
        List<BriefingSummary> briefings = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            briefings.add(briefing(random, "b" + i, 0));
        }
        EntityIndex.Kept kept = new EntityIndex.Kept();
        Map<String, EntityPage> first = byId(EntityIndex.of(newest(briefings), kept));
        BriefingSummary edited = briefings.get(7);
        briefings.set(7, new BriefingSummary(edited.slug(), edited.path(), edited.title() + " (edited)", null,
                edited.date(), null, List.of(), List.of(), null, 1, edited.entities(), List.of()));
        Map<String, EntityPage> second = byId(EntityIndex.of(newest(briefings), kept));
        assertEquals(1, kept.updates());
        java.util.Set<String> named = new java.util.HashSet<>();
        edited.entities().forEach(entity -> named.add(entity.id()));
        for (EntityPage page : second.values()) {
            if (!named.contains(page.id())) {
                assertSame(first.get(page.id()), page, page.id() + " is not named by the edited briefing");
            }
        }
        for (int i = 0; i < 20; i++) { // half of the briefings changed: made again
            briefings.set(i, briefing(random, briefings.get(i).slug(), 1));
        }
        assertEquals(EntityIndex.of(newest(briefings)), EntityIndex.of(newest(briefings), kept));
        assertEquals(1, kept.updates());
    }

    @Test
    void companionsAreTheEntitiesMostOftenNamedWithOneOnATieTheFirstId() {
        List<BriefingSummary> briefings = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            List<EntitySummary> entities = new ArrayList<>();
            entities.add(entity("hub", "Hub", null));
            for (int k = 0; k <= i % 10; k++) {
                entities.add(entity("c" + k, "C" + k, null));
            }
            if (i % 10 >= 6) {
                entities.add(entity("a9", "A9", null)); // as often as c6, and first by id
            }
            briefings.add(summary("b" + i, String.format("2024-01-%02d", i + 1), entities));
        }
        EntityPage hub = byId(EntityIndex.of(newest(briefings))).get("hub");
        List<String> companions = hub.companions().stream().map(c -> c.id() + "=" + c.briefings()).toList();
        assertEquals(List.of("c0=12", "c1=10", "c2=8", "c3=7", "c4=6", "c5=5", "a9=4", "c6=4"), companions);
    }

    private static Map<String, EntityPage> byId(List<EntityPage> pages) {
        Map<String, EntityPage> byId = new HashMap<>();
        pages.forEach(page -> byId.put(page.id(), page));
        return byId;
    }

    /** Newest first, as the site orders them; on a tie, by slug. */
    private static List<BriefingSummary> newest(List<BriefingSummary> briefings) {
        return briefings.stream().sorted(Comparator.comparing(BriefingSummary::date).reversed()
                .thenComparing(BriefingSummary::slug)).toList();
    }

    /**
     * A briefing naming a few common entities and some rare ones, some under another spelling or with a
     * description (so that an entity's name depends on which of its briefings comes first).
     */
    private static BriefingSummary briefing(Random random, String slug, int version) {
        List<EntitySummary> entities = new ArrayList<>();
        int many = random.nextInt(12) == 0 ? 70 + random.nextInt(20) : 1 + random.nextInt(15);
        for (int k = 0; k < many; k++) {
            int id = random.nextInt(8) == 0 ? random.nextInt(4) : (int) Math.abs(random.nextGaussian() * 60);
            String name = random.nextInt(5) == 0 ? "e" + id : "E" + id;
            String description = random.nextInt(7) == 0 ? "about " + id + " v" + version : null;
            EntitySummary entity = new EntitySummary("e" + id, name, id % 3 == 0 ? "place" : "org", description,
                    null, 1 + random.nextInt(4), "s-" + k, name + " said " + version + ".");
            entities.add(entity);
            if (random.nextInt(30) == 0) {
                entities.add(entity); // named twice, as two summaries
            }
        }
        return summary(slug, String.format("20%02d-%02d-%02d", 10 + random.nextInt(10), 1 + random.nextInt(12),
                1 + random.nextInt(28)), entities);
    }

    private static BriefingSummary summary(String slug, String date, List<EntitySummary> entities) {
        return new BriefingSummary(slug, "briefings/" + slug + "/index.html", "Title " + slug, null, date, null,
                List.of(), List.of(), null, 1, entities, List.of());
    }

    private static EntitySummary entity(String id, String name, String description) {
        return new EntitySummary(id, name, "org", description, null, 1, "s-1", name + ".");
    }
}
