package io.github.briefwright.core.analyse;

import io.github.briefwright.core.Limits;
import io.github.briefwright.core.Problem;
import io.github.briefwright.core.model.Entity;
import io.github.briefwright.core.model.TimelineItem;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a briefing keeps of its entities and dated items when a seed has more than its {@link Limits} allow:
 * the first ones in text order, with one warning naming the seed. Linear in what was found.
 */
final class Kept {

    private Kept() {
    }

    /**
     * At most {@code limit} entities, the first ones by first mention; the mentions of the others are dropped,
     * so they are not marked in the text.
     */
    static EntityFinder.Result entities(EntityFinder.Result found, int limit, String file, List<Problem> warnings) {
        int count = found.entities().size();
        if (count <= limit) {
            return found;
        }
        warnings.add(Problem.at(file, 0, "names " + count + " entities, more than the limit of " + limit + " ("
                + Limits.ENTITIES + "); the first " + limit + " are kept"));
        List<Entity> entities = List.copyOf(found.entities().subList(0, limit));
        Set<String> ids = new HashSet<>();
        entities.forEach(entity -> ids.add(entity.id()));
        Map<String, List<EntityFinder.Mention>> mentions = new LinkedHashMap<>();
        found.mentions().forEach((sentence, here) -> {
            List<EntityFinder.Mention> kept = here.stream().filter(m -> ids.contains(m.entity())).toList();
            if (!kept.isEmpty()) {
                mentions.put(sentence, kept);
            }
        });
        return new EntityFinder.Result(entities, mentions);
    }

    /** At most {@code limit} dated items, the first ones in text order. */
    static List<TimelineItem> datedItems(List<TimelineItem> items, int limit, String file, List<Problem> warnings) {
        if (items.size() <= limit) {
            return items;
        }
        warnings.add(Problem.at(file, 0, "has " + items.size() + " dated items, more than the limit of " + limit
                + " (" + Limits.DATED_ITEMS + "); the first " + limit + " are kept"));
        return List.copyOf(items.subList(0, limit));
    }
}
