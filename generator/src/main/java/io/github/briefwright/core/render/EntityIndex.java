package io.github.briefwright.core.render;

import io.github.briefwright.core.model.BriefingSummary;
import io.github.briefwright.core.model.EntityPage;
import io.github.briefwright.core.model.EntitySummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts the entities of all briefings together, from the briefings' small summaries: one {@link EntityPage} per
 * entity id, with the {@value #COMPANIONS} entities most often mentioned in the same briefings, in the order of
 * their names (case ignored, then as written, then by id).
 *
 * <p>Companions are counted only among the {@value #LEADING} entities each briefing mentions most (in more
 * sentences; on a tie, the one named first): an entity's companion count for another is the number of briefings
 * that name both, where the other is one of those leading entities. A briefing with at most {@value #LEADING}
 * entities, which is nearly every briefing, is counted in full; a briefing naming thousands of entities costs
 * {@value #LEADING} counts per entity instead of one per pair. The work and memory are linear in the number of
 * entity appearances, and only one entity's counts are held at a time.
 *
 * <p>Given what it made last time ({@link Kept}), the index is updated rather than made again when few briefings
 * were added or removed (an edit in the preview server replaces one briefing's summary with another): only the
 * entities those briefings name are made again, and the companions of others that list one of them renamed. The
 * update gives the same pages as making the index again (a test holds it to that).
 */
public final class EntityIndex {

    private static final int COMPANIONS = 8;
    static final int LEADING = 64;
    /** The most briefings added and removed together that an index is updated by (and at most a quarter of all). */
    static final int UPDATE_AT_MOST = 64;
    /** The order of entity pages: by name, case ignored, then as written, then by id (which is unique). */
    private static final Comparator<EntityPage> ORDER = Comparator.comparing(EntityPage::name,
            String.CASE_INSENSITIVE_ORDER).thenComparing(EntityPage::name).thenComparing(EntityPage::id);

    private EntityIndex() {
    }

    /** @param briefings newest first */
    public static List<EntityPage> of(List<BriefingSummary> briefings) {
        return of(briefings, new Kept());
    }

    /**
     * What one build of the index made, for the next: the appearances (an appearance is made of a briefing's summary
     * and one of its entity summaries, and a builder keeps the summaries of unchanged briefings, so the next build
     * can give the same appearance again, the same object: {@link PageKeys} remembers digests by identity), and the
     * index itself with what it was made of, to be updated by what changed.
     */
    public static final class Kept {
        private Map<EntitySummary, EntityPage.Appearance> appearances = new IdentityHashMap<>();
        /** The briefings of the last index (by identity), each with the numbers of its leading entities. */
        private Map<BriefingSummary, int[]> leading;
        /** Entities by number, and their numbers; an entity gone keeps its number until the index is made again. */
        private List<String> ids;
        private Map<String, Integer> number;
        /** Each entity's mentions: every summary of it in a briefing, newest briefing first, then in text order. */
        private Map<String, List<Mention>> members;
        private Map<String, EntityPage> byId;
        private List<EntityPage> pages;
        private int updates;

        /** How many indexes this has updated rather than made again (for tests). */
        int updates() {
            return updates;
        }

        /** The appearance of {@code entity} in {@code briefing}: the one made last time when it is of the same. */
        private EntityPage.Appearance appearance(BriefingSummary briefing, EntitySummary entity) {
            EntityPage.Appearance known = appearances.get(entity);
            if (known == null || known.title() != briefing.title() || known.path() != briefing.path()
                    || known.date() != briefing.date() || known.sentence() != entity.sentence()
                    || known.snippet() != entity.snippet() || known.mentions() != entity.mentions()) {
                known = new EntityPage.Appearance(briefing.title(), briefing.path(), briefing.date(),
                        entity.sentence(), entity.snippet(), entity.mentions());
            }
            return known;
        }
    }

    /** One summary of an entity in a briefing. */
    private record Mention(BriefingSummary briefing, EntitySummary entity, EntityPage.Appearance appearance) {
    }

    /**
     * @param briefings newest first
     * @param kept      what the last build made, given again where it is the same, and updated
     */
    public static List<EntityPage> of(List<BriefingSummary> briefings, Kept kept) {
        synchronized (kept) { // one build's index at a time, even if an abandoned one is still running
            Map<BriefingSummary, Integer> position = new IdentityHashMap<>(briefings.size() * 2);
            for (int i = 0; i < briefings.size(); i++) {
                position.put(briefings.get(i), i);
            }
            if (kept.pages != null && position.size() == briefings.size()) {
                List<BriefingSummary> added = new ArrayList<>();
                for (BriefingSummary briefing : briefings) {
                    if (!kept.leading.containsKey(briefing)) {
                        added.add(briefing);
                    }
                }
                int removed = kept.leading.size() - (briefings.size() - added.size());
                int changes = added.size() + removed;
                if (changes <= Math.min(UPDATE_AT_MOST, Math.max(1, briefings.size() / 4))) {
                    if (changes > 0) {
                        try {
                            update(kept, position, added);
                        } catch (RuntimeException | Error e) {
                            kept.pages = null; // half updated: made again next time, never trusted
                            throw e;
                        }
                    }
                    return kept.pages;
                }
            }
            index(briefings, kept);
            return kept.pages;
        }
    }

    /** Makes the index from every briefing; keeps it, and what it was made of, in {@code kept}. */
    private static void index(List<BriefingSummary> briefings, Kept kept) {
        // entities are numbered in the order first seen, so that counts are kept in arrays, not maps of strings
        Map<String, Integer> number = new HashMap<>();
        List<EntitySummary> first = new ArrayList<>();
        List<List<EntityPage.Appearance>> appearances = new ArrayList<>();
        List<int[]> appearsIn = new ArrayList<>();
        int[] appearsCount = new int[16];
        long[] mentions = new long[16];
        List<int[]> leading = new ArrayList<>(briefings.size());
        Map<BriefingSummary, int[]> leadingNumbers = new IdentityHashMap<>(briefings.size() * 2);
        List<List<Mention>> mentioned = new ArrayList<>();
        Map<EntitySummary, EntityPage.Appearance> now = new IdentityHashMap<>();
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
                    mentioned.add(new ArrayList<>());
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
                EntityPage.Appearance appearance = kept.appearance(briefing, entity);
                now.put(entity, appearance);
                appearances.get(e).add(appearance);
                mentioned.get(e).add(new Mention(briefing, entity, appearance));
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
            leadingNumbers.put(briefing, numbers);
        }
        List<EntityPage> pages = new ArrayList<>(first.size());
        Map<String, List<Mention>> members = new HashMap<>(first.size() * 2);
        List<String> idOf = new ArrayList<>(first.size());
        int[] together = new int[first.size()];
        int[] touched = new int[first.size()];
        for (int e = 0; e < first.size(); e++) {
            EntitySummary entity = first.get(e);
            int seen = 0;
            int[] in = appearsIn.get(e);
            members.put(entity.id(), mentioned.get(e));
            idOf.add(entity.id());
            for (int i = 0; i < appearsCount[e]; i++) {
                for (int other : leading.get(in[i])) {
                    if (other != e && together[other]++ == 0) {
                        touched[seen++] = other;
                    }
                }
            }
            int[] best = top(together, touched, seen, o -> first.get(o).id());
            List<EntityPage.Companion> companions = new ArrayList<>(best.length);
            for (int o : best) {
                EntitySummary other = first.get(o);
                companions.add(new EntityPage.Companion(other.id(), other.name(), other.type(), together[o]));
            }
            for (int i = 0; i < seen; i++) {
                together[touched[i]] = 0;
            }
            pages.add(new EntityPage(entity.id(), entity.name(), entity.type(), entity.description(), entity.link(),
                    appearances.get(e), (int) mentions[e], companions));
        }
        pages.sort(ORDER);
        Map<String, EntityPage> byId = new HashMap<>(pages.size() * 2);
        pages.forEach(page -> byId.put(page.id(), page));
        kept.appearances = now;
        kept.leading = leadingNumbers;
        kept.ids = idOf;
        kept.number = number;
        kept.members = members;
        kept.byId = byId;
        kept.pages = List.copyOf(pages);
    }

    /**
     * The (at most) {@value #COMPANIONS} entities of {@code touched[0..seen)} shared most often by {@code together},
     * on a tie the first by id: picked in one pass, not every candidate sorted.
     */
    private static int[] top(int[] together, int[] touched, int seen, java.util.function.IntFunction<String> id) {
        int[] best = new int[COMPANIONS];
        int chosen = 0;
        for (int i = 0; i < seen; i++) {
            int candidate = touched[i];
            if (chosen == COMPANIONS && !before(together[candidate], id.apply(candidate),
                    together[best[chosen - 1]], id.apply(best[chosen - 1]))) {
                continue;
            }
            int at = Math.min(chosen, COMPANIONS - 1);
            while (at > 0 && before(together[candidate], id.apply(candidate), together[best[at - 1]],
                    id.apply(best[at - 1]))) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = candidate;
            chosen = Math.min(COMPANIONS, chosen + 1);
        }
        return java.util.Arrays.copyOf(best, chosen);
    }

    /** Whether a companion shared {@code count} times comes before one shared {@code otherCount} times. */
    private static boolean before(int count, String id, int otherCount, String otherId) {
        return count != otherCount ? count > otherCount : id.compareTo(otherId) < 0;
    }

    /**
     * Updates the index in {@code kept} to the briefings at {@code position}: the briefings of the last index that
     * are not there are taken out, {@code added} put in, and the entities any of them names made again.
     */
    private static void update(Kept kept, Map<BriefingSummary, Integer> position, List<BriefingSummary> added) {
        Set<String> affected = new LinkedHashSet<>();
        List<BriefingSummary> removed = new ArrayList<>();
        for (BriefingSummary briefing : kept.leading.keySet()) {
            if (!position.containsKey(briefing)) {
                removed.add(briefing);
            }
        }
        // how each affected entity's companion counts change: less the leading entities of each removed briefing
        // that names it, plus those of each added one
        Map<String, Map<Integer, Integer>> changes = new HashMap<>();
        for (BriefingSummary briefing : removed) {
            count(changes, kept, briefing, kept.leading.remove(briefing), -1);
            for (EntitySummary entity : briefing.entities()) {
                kept.appearances.remove(entity);
                List<Mention> its = kept.members.get(entity.id());
                for (int i = its.size() - 1; i >= 0; i--) {
                    if (its.get(i).entity() == entity && its.get(i).briefing() == briefing) {
                        its.remove(i);
                        break;
                    }
                }
                affected.add(entity.id());
            }
        }
        for (BriefingSummary briefing : added) {
            for (EntitySummary entity : briefing.entities()) {
                if (!kept.number.containsKey(entity.id())) {
                    kept.number.put(entity.id(), kept.ids.size());
                    kept.ids.add(entity.id());
                }
                EntityPage.Appearance appearance = kept.appearance(briefing, entity);
                kept.appearances.put(entity, appearance);
                // in place: after every mention in a briefing before this one (or in this one, named earlier)
                List<Mention> its = kept.members.computeIfAbsent(entity.id(), k -> new ArrayList<>());
                int at = position.get(briefing);
                int low = 0;
                int high = its.size();
                while (low < high) {
                    int middle = (low + high) >>> 1;
                    if (position.get(its.get(middle).briefing()) <= at) {
                        low = middle + 1;
                    } else {
                        high = middle;
                    }
                }
                its.add(low, new Mention(briefing, entity, appearance));
                affected.add(entity.id());
            }
            List<String> ids = leading(briefing.entities());
            int[] numbers = new int[ids.size()];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = kept.number.get(ids.get(i));
            }
            kept.leading.put(briefing, numbers);
            count(changes, kept, briefing, numbers, 1);
        }
        // the affected entities' own fields and appearances first: their companions are named after them
        Map<String, EntityPage> made = new HashMap<>();
        Map<String, List<BriefingSummary>> briefingsOf = new HashMap<>();
        for (String id : affected) {
            List<Mention> its = kept.members.get(id);
            if (its == null || its.isEmpty()) {
                kept.members.remove(id);
                made.put(id, null);
                continue;
            }
            // in order already: the mentions of unchanged briefings keep theirs, new ones were put in place
            EntitySummary first = null;
            List<EntityPage.Appearance> appearances = new ArrayList<>(its.size());
            List<BriefingSummary> distinct = new ArrayList<>(its.size());
            long mentions = 0;
            for (Mention mention : its) {
                EntitySummary entity = mention.entity();
                if (first == null || first.description() == null && entity.description() != null) {
                    first = entity;
                }
                appearances.add(mention.appearance());
                mentions += entity.mentions();
                if (distinct.isEmpty() || distinct.get(distinct.size() - 1) != mention.briefing()) {
                    distinct.add(mention.briefing());
                }
            }
            briefingsOf.put(id, distinct);
            made.put(id, new EntityPage(id, first.name(), first.type(), first.description(), first.link(),
                    appearances, (int) mentions, List.of()));
        }
        Map<String, EntityPage> byId = kept.byId;
        java.util.function.Function<String, EntityPage> now = id -> made.containsKey(id) ? made.get(id) : byId.get(id);
        // each entity's companions on its own, on all cores: an entity in thousands of briefings counts the
        // leading entities of each
        int numbers = kept.ids.size();
        ThreadLocal<int[][]> arrays = ThreadLocal.withInitial(() -> new int[][] {new int[numbers], new int[numbers]});
        List<EntityPage> withCompanions = made.values().parallelStream().filter(java.util.Objects::nonNull)
                .map(page -> {
                    EntityPage old = byId.get(page.id());
                    List<EntityPage.Companion> changed = old == null ? null
                            : changed(old.companions(), changes.get(page.id()), kept, now);
                    if (changed != null) {
                        return withCompanions(page, changed);
                    }
                    int[][] mine = arrays.get();
                    return withCompanions(page, companions(kept, briefingsOf.get(page.id()),
                            kept.number.get(page.id()), mine[0], mine[1], now));
                }).toList();
        withCompanions.forEach(page -> made.put(page.id(), page));
        // an entity renamed (or retyped) is named so in the companions of the others
        Set<String> renamed = new java.util.HashSet<>();
        made.forEach((id, page) -> {
            EntityPage old = byId.get(id);
            if (page == null || old == null || !old.name().equals(page.name()) || !old.type().equals(page.type())) {
                renamed.add(id);
            }
        });
        List<EntityPage> pages = new ArrayList<>(kept.pages.size() + made.size());
        for (EntityPage page : kept.pages) {
            if (made.containsKey(page.id())) {
                continue;
            }
            if (!renamed.isEmpty() && page.companions().stream().anyMatch(c -> renamed.contains(c.id()))) {
                List<EntityPage.Companion> companions = new ArrayList<>();
                for (EntityPage.Companion companion : page.companions()) {
                    EntityPage named = now.apply(companion.id());
                    companions.add(new EntityPage.Companion(named.id(), named.name(), named.type(),
                            companion.briefings()));
                }
                page = new EntityPage(page.id(), page.name(), page.type(), page.description(), page.link(),
                        page.briefings(), page.mentions(), companions);
                byId.put(page.id(), page);
            }
            pages.add(page);
        }
        made.forEach((id, page) -> {
            if (page == null) {
                byId.remove(id);
            } else {
                byId.put(id, page);
                pages.add(page);
            }
        });
        pages.sort(ORDER); // nearly in order: the pages made again were added at the end
        kept.pages = List.copyOf(pages);
        kept.updates++;
    }

    /** Adds {@code sign} for each of {@code leading} (but itself) to the changes of each entity {@code briefing} names. */
    private static void count(Map<String, Map<Integer, Integer>> changes, Kept kept, BriefingSummary briefing,
            int[] leading, int sign) {
        Set<String> ids = new LinkedHashSet<>();
        briefing.entities().forEach(entity -> ids.add(entity.id()));
        for (String id : ids) {
            int e = kept.number.get(id);
            Map<Integer, Integer> change = changes.computeIfAbsent(id, k -> new HashMap<>());
            for (int other : leading) {
                if (other != e) {
                    change.merge(other, sign, Integer::sum);
                }
            }
        }
    }

    /**
     * The companions {@code old} becomes with the counts changed by {@code change} (entity number to difference),
     * or {@code null} when that cannot be told without counting again: when an entity not among them gains while
     * they are the top {@value #COMPANIONS} of more (its count is not known), or one of them loses (the next one,
     * not known, may pass it). When they are fewer, they are every entity named with it, each with its count.
     */
    private static List<EntityPage.Companion> changed(List<EntityPage.Companion> old, Map<Integer, Integer> change,
            Kept kept, java.util.function.Function<String, EntityPage> named) {
        boolean all = old.size() < COMPANIONS;
        Map<Integer, Integer> counts = new HashMap<>();
        for (EntityPage.Companion companion : old) {
            counts.put(kept.number.get(companion.id()), companion.briefings());
        }
        if (change != null) {
            for (Map.Entry<Integer, Integer> one : change.entrySet()) {
                int by = one.getValue();
                if (by == 0) {
                    continue;
                }
                Integer count = counts.get(one.getKey());
                if (count == null && (by > 0 ? !all : all) || count != null && by < 0 && !all) {
                    return null;
                }
                if (count != null || by > 0) {
                    counts.put(one.getKey(), (count == null ? 0 : count) + by);
                }
            }
        }
        List<Map.Entry<Integer, Integer>> order = new ArrayList<>();
        for (Map.Entry<Integer, Integer> one : counts.entrySet()) {
            if (one.getValue() > 0) {
                order.add(one);
            }
        }
        order.sort(Comparator.comparingInt((Map.Entry<Integer, Integer> one) -> -one.getValue())
                .thenComparing(one -> kept.ids.get(one.getKey()))); // the order of before()
        List<EntityPage.Companion> companions = new ArrayList<>(Math.min(COMPANIONS, order.size()));
        for (Map.Entry<Integer, Integer> one : order.subList(0, Math.min(COMPANIONS, order.size()))) {
            EntityPage other = named.apply(kept.ids.get(one.getKey()));
            companions.add(new EntityPage.Companion(other.id(), other.name(), other.type(), one.getValue()));
        }
        return companions;
    }

    private static EntityPage withCompanions(EntityPage page, List<EntityPage.Companion> companions) {
        return new EntityPage(page.id(), page.name(), page.type(), page.description(), page.link(), page.briefings(),
                page.mentions(), companions);
    }

    /**
     * The companions of entity {@code e}, named in {@code briefings}: the entities most often among their leading
     * ones, with the counts in {@code together} (all zero, and left so) and {@code touched}.
     */
    private static List<EntityPage.Companion> companions(Kept kept, List<BriefingSummary> briefings, int e,
            int[] together, int[] touched, java.util.function.Function<String, EntityPage> named) {
        int seen = 0;
        for (BriefingSummary briefing : briefings) {
            for (int other : kept.leading.get(briefing)) {
                if (other != e && together[other]++ == 0) {
                    touched[seen++] = other;
                }
            }
        }
        int[] best = top(together, touched, seen, kept.ids::get);
        List<EntityPage.Companion> companions = new ArrayList<>(best.length);
        for (int candidate : best) {
            EntityPage other = named.apply(kept.ids.get(candidate));
            companions.add(new EntityPage.Companion(other.id(), other.name(), other.type(), together[candidate]));
        }
        for (int i = 0; i < seen; i++) {
            together[touched[i]] = 0;
        }
        return companions;
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
