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
 * entity id, with the {@value #COMPANIONS} entities most often mentioned in the same briefings.
 *
 * <p>Companions are counted only among the {@value #LEADING} entities each briefing mentions most (in more
 * sentences; on a tie, the one named first): an entity's companion count for another is the number of briefings
 * that name both, where the other is one of those leading entities. A briefing with at most {@value #LEADING}
 * entities, which is nearly every briefing, is counted in full; a briefing naming thousands of entities costs
 * {@value #LEADING} counts per entity instead of one per pair. The work and memory are linear in the number of
 * entity appearances, and only one entity's counts are held at a time.
 */
public final class EntityIndex {

    private static final int COMPANIONS = 8;
    static final int LEADING = 64;

    private EntityIndex() {
    }

    /** @param briefings newest first */
    public static List<EntityPage> of(List<BriefingSummary> briefings) {
        Map<String, EntitySummary> first = new LinkedHashMap<>();
        Map<String, List<EntityPage.Appearance>> appearances = new HashMap<>();
        Map<String, Integer> mentions = new HashMap<>();
        Map<String, List<Integer>> appearsIn = new HashMap<>();
        List<List<String>> leading = new ArrayList<>(briefings.size());
        for (BriefingSummary briefing : briefings) {
            leading.add(leading(briefing.entities()));
            for (EntitySummary entity : briefing.entities()) {
                EntitySummary known = first.get(entity.id());
                if (known == null || known.description() == null && entity.description() != null) {
                    first.put(entity.id(), entity);
                }
                appearances.computeIfAbsent(entity.id(), id -> new ArrayList<>()).add(new EntityPage.Appearance(
                        briefing.title(), briefing.path(), briefing.date(), entity.sentence(), entity.snippet(),
                        entity.mentions()));
                mentions.merge(entity.id(), entity.mentions(), Integer::sum);
                List<Integer> in = appearsIn.computeIfAbsent(entity.id(), id -> new ArrayList<>());
                if (in.isEmpty() || in.get(in.size() - 1) != leading.size() - 1) {
                    in.add(leading.size() - 1);
                }
            }
        }
        List<EntityPage> pages = new ArrayList<>(first.size());
        for (EntitySummary entity : first.values()) {
            Map<String, Integer> together = new HashMap<>();
            for (int briefing : appearsIn.get(entity.id())) {
                for (String other : leading.get(briefing)) {
                    if (!other.equals(entity.id())) {
                        together.merge(other, 1, Integer::sum);
                    }
                }
            }
            List<EntityPage.Companion> companions = together.entrySet().stream()
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

    /** The distinct ids of the {@value #LEADING} entities of a briefing mentioned in most sentences, first named first on a tie. */
    private static List<String> leading(List<EntitySummary> entities) {
        Map<String, Integer> byId = new LinkedHashMap<>();
        for (EntitySummary entity : entities) {
            byId.putIfAbsent(entity.id(), entity.mentions());
        }
        List<String> ids = new ArrayList<>(byId.keySet());
        if (ids.size() > LEADING) {
            ids.sort(Comparator.comparing((String id) -> -byId.get(id))); // stable: text order on a tie
            ids = ids.subList(0, LEADING);
        }
        return List.copyOf(ids);
    }
}
