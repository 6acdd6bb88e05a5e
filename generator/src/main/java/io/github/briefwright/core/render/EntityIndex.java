package io.github.briefwright.core.render;

import io.github.briefwright.core.model.BriefingSummary;
import io.github.briefwright.core.model.EntityPage;
import io.github.briefwright.core.model.EntitySummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the entities of all briefings together, from the briefings' small summaries: one {@link EntityPage} per
 * entity id. The work is one pass over the briefings, plus, for the entities most often mentioned together,
 * a count over the pairs within each briefing (bounded by the entities of one briefing, never by the site).
 */
public final class EntityIndex {

    private static final int COMPANIONS = 8;

    private EntityIndex() {
    }

    /** @param briefings newest first */
    public static List<EntityPage> of(List<BriefingSummary> briefings) {
        Map<String, EntitySummary> first = new LinkedHashMap<>();
        Map<String, List<EntityPage.Appearance>> appearances = new HashMap<>();
        Map<String, Integer> mentions = new HashMap<>();
        Map<String, Map<String, Integer>> together = new HashMap<>();
        for (BriefingSummary briefing : briefings) {
            for (EntitySummary entity : briefing.entities()) {
                EntitySummary known = first.get(entity.id());
                if (known == null || known.description() == null && entity.description() != null) {
                    first.put(entity.id(), entity);
                }
                appearances.computeIfAbsent(entity.id(), id -> new ArrayList<>()).add(new EntityPage.Appearance(
                        briefing.title(), briefing.path(), briefing.date(), entity.sentence(), entity.snippet(),
                        entity.mentions()));
                mentions.merge(entity.id(), entity.mentions(), Integer::sum);
                Map<String, Integer> with = together.computeIfAbsent(entity.id(), id -> new HashMap<>());
                for (EntitySummary other : briefing.entities()) {
                    if (!other.id().equals(entity.id())) {
                        with.merge(other.id(), 1, Integer::sum);
                    }
                }
            }
        }
        List<EntityPage> pages = new ArrayList<>(first.size());
        for (EntitySummary entity : first.values()) {
            List<EntityPage.Companion> companions = together.get(entity.id()).entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(COMPANIONS)
                    .map(e -> new EntityPage.Companion(e.getKey(), first.get(e.getKey()).name(),
                            first.get(e.getKey()).type(), e.getValue()))
                    .toList();
            pages.add(new EntityPage(entity.id(), entity.name(), entity.type(), entity.description(), entity.link(),
                    appearances.get(entity.id()), mentions.get(entity.id()), companions));
        }
        pages.sort(Comparator.comparing(EntityPage::name, String.CASE_INSENSITIVE_ORDER));
        return pages;
    }
}
