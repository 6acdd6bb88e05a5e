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
        return of(briefings, new Kept());
    }

    /**
     * The appearances one build of the index made, for the next: an appearance is made of a briefing's summary and
     * one of its entity summaries, and a builder keeps the summaries of unchanged briefings, so the next build can
     * give the same appearance again (the same object: {@link PageKeys} remembers digests by identity).
     */
    public static final class Kept {
        private Map<EntitySummary, EntityPage.Appearance> last = new java.util.IdentityHashMap<>();
        private Map<EntitySummary, EntityPage.Appearance> now = new java.util.IdentityHashMap<>();

        /** The appearance of {@code entity} in {@code briefing}: the one made last time when it is of the same. */
        EntityPage.Appearance of(BriefingSummary briefing, EntitySummary entity) {
            EntityPage.Appearance known = last.get(entity);
            if (known == null || known.title() != briefing.title() || known.path() != briefing.path()
                    || known.date() != briefing.date() || known.sentence() != entity.sentence()
                    || known.snippet() != entity.snippet() || known.mentions() != entity.mentions()) {
                known = new EntityPage.Appearance(briefing.title(), briefing.path(), briefing.date(),
                        entity.sentence(), entity.snippet(), entity.mentions());
            }
            now.put(entity, known);
            return known;
        }

        /** Ends a build: what it made is what the next build may give again. */
        void done() {
            last = now;
            now = new java.util.IdentityHashMap<>();
        }
    }

    /**
     * @param briefings newest first
     * @param kept      the appearances the last build made, given again where they are the same; updated
     */
    public static List<EntityPage> of(List<BriefingSummary> briefings, Kept kept) {
        synchronized (kept) { // one build's index at a time, even if an abandoned one is still running
            List<EntityPage> pages = index(briefings, kept);
            kept.done();
            return pages;
        }
    }

    private static List<EntityPage> index(List<BriefingSummary> briefings, Kept kept) {
        // entities are numbered in the order first seen, so that counts are kept in arrays, not maps of strings
        Map<String, Integer> number = new HashMap<>();
        List<EntitySummary> first = new ArrayList<>();
        List<List<EntityPage.Appearance>> appearances = new ArrayList<>();
        List<int[]> appearsIn = new ArrayList<>();
        int[] appearsCount = new int[16];
        long[] mentions = new long[16];
        List<int[]> leading = new ArrayList<>(briefings.size());
        for (BriefingSummary briefing : briefings) {
            int b = leading.size();
            for (EntitySummary entity : briefing.entities()) {
                Integer known = number.get(entity.id());
                int e;
                if (known == null) {
                    e = first.size();
                    number.put(entity.id(), e);
                    first.add(entity);
                    appearances.add(new ArrayList<>());
                    appearsIn.add(new int[4]);
                    if (e == mentions.length) {
                        mentions = java.util.Arrays.copyOf(mentions, e * 2);
                        appearsCount = java.util.Arrays.copyOf(appearsCount, e * 2);
                    }
                } else {
                    e = known;
                    if (first.get(e).description() == null && entity.description() != null) {
                        first.set(e, entity);
                    }
                }
                appearances.get(e).add(kept.of(briefing, entity));
                mentions[e] += entity.mentions();
                int[] in = appearsIn.get(e);
                int count = appearsCount[e];
                if (count == 0 || in[count - 1] != b) {
                    if (count == in.length) {
                        in = java.util.Arrays.copyOf(in, count * 2);
                        appearsIn.set(e, in);
                    }
                    in[count] = b;
                    appearsCount[e] = count + 1;
                }
            }
            List<String> ids = leading(briefing.entities());
            int[] numbers = new int[ids.size()];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = number.get(ids.get(i));
            }
            leading.add(numbers);
        }
        List<EntityPage> pages = new ArrayList<>(first.size());
        int[] together = new int[first.size()];
        int[] touched = new int[first.size()];
        for (int e = 0; e < first.size(); e++) {
            EntitySummary entity = first.get(e);
            int seen = 0;
            int[] in = appearsIn.get(e);
            for (int i = 0; i < appearsCount[e]; i++) {
                for (int other : leading.get(in[i])) {
                    if (other != e && together[other]++ == 0) {
                        touched[seen++] = other;
                    }
                }
            }
            Integer[] order = new Integer[seen];
            for (int i = 0; i < seen; i++) {
                order[i] = touched[i];
            }
            java.util.Arrays.sort(order, Comparator.<Integer>comparingInt(o -> -together[o])
                    .thenComparing(o -> first.get(o).id()));
            List<EntityPage.Companion> companions = new ArrayList<>(Math.min(COMPANIONS, seen));
            for (int i = 0; i < Math.min(COMPANIONS, seen); i++) {
                EntitySummary other = first.get(order[i]);
                companions.add(new EntityPage.Companion(other.id(), other.name(), other.type(), together[order[i]]));
            }
            for (int i = 0; i < seen; i++) {
                together[touched[i]] = 0;
            }
            pages.add(new EntityPage(entity.id(), entity.name(), entity.type(), entity.description(), entity.link(),
                    appearances.get(e), (int) mentions[e], companions));
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
