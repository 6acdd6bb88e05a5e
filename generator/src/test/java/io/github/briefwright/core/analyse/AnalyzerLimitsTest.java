package io.github.briefwright.core.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.Limits;
import io.github.briefwright.core.Problem;
import io.github.briefwright.core.load.FrontMatter;
import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.load.SeedFormat;
import io.github.briefwright.core.model.Briefing;
import io.github.briefwright.core.model.Entity;
import io.github.briefwright.core.model.Sentence;
import io.github.briefwright.core.model.TimelineItem;
import io.github.briefwright.core.parse.DocumentParser;
import io.github.briefwright.core.structure.Structurer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AnalyzerLimitsTest {

    private static final String PEOPLE = "A meeting of people\n\n"
            + "Anna Keller met Bruno Moreau in Paris. Carla Novak spoke to Dmitri Okafor. "
            + "Elena Petrov thanked Anna Keller and Farid Keller.\n";

    private static final String DATES = "A history\n\n"
            + "The council met on 3 March 1950. It met again on 4 April 1961. "
            + "A vote followed on 5 May 1972. The last session was on 6 June 1983.\n";

    @Test
    void entitiesOverTheLimitKeepTheFirstInTextOrderWithOneWarning() {
        Briefing all = analyse(PEOPLE, Limits.DEFAULT, new ArrayList<>());
        assertTrue(all.entities().size() > 3, "the text names more than three entities: " + names(all.entities()));
        List<Problem> warnings = new ArrayList<>();
        Briefing briefing = analyse(PEOPLE, limits(3, null), warnings);

        assertEquals(all.entities().subList(0, 3), briefing.entities());
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("people.txt: names " + all.entities().size() + " entities, more than the limit of 3 "
                + "(briefwright.maxEntities); the first 3 are kept", warnings.get(0).toString());
    }

    @Test
    void mentionsOfEntitiesLeftOutAreNotMarked() {
        Briefing briefing = analyse(PEOPLE, limits(2, null), new ArrayList<>());
        Set<String> kept = briefing.entities().stream().map(Entity::id).collect(Collectors.toSet());
        List<String> marked = briefing.sections().stream().flatMap(s -> s.paragraphs().stream())
                .flatMap(p -> p.sentences().stream()).flatMap(s -> s.mentions().stream())
                .map(Sentence.Mention::entity).toList();
        assertFalse(marked.isEmpty());
        assertTrue(kept.containsAll(marked), marked + " within " + kept);
    }

    @Test
    void datedItemsOverTheLimitKeepTheFirstInTextOrderWithOneWarning() {
        Briefing all = analyse(DATES, Limits.DEFAULT, new ArrayList<>());
        assertEquals(List.of("1950-03-03", "1961-04-04", "1972-05-05", "1983-06-06"),
                all.timeline().stream().map(TimelineItem::date).toList());
        List<Problem> warnings = new ArrayList<>();
        Briefing briefing = analyse(DATES, limits(null, 2), warnings);

        assertEquals(List.of("1950-03-03", "1961-04-04"), briefing.timeline().stream().map(TimelineItem::date).toList());
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("people.txt: has 4 dated items, more than the limit of 2 (briefwright.maxDatedItems); "
                + "the first 2 are kept", warnings.get(0).toString());
    }

    @Test
    void withinTheLimitsThereIsNoWarning() {
        List<Problem> warnings = new ArrayList<>();
        Briefing briefing = analyse(PEOPLE + "\n" + DATES, limits(50, 4), warnings);
        assertEquals(List.of(), warnings);
        assertEquals(4, briefing.timeline().size());
    }

    private static Limits limits(Integer entities, Integer datedItems) {
        return Limits.DEFAULT.with(null, null, null, null, entities, datedItems);
    }

    private static Briefing analyse(String text, Limits limits, List<Problem> warnings) {
        Seed seed = new Seed("people.txt", Path.of("people.txt"), SeedFormat.TXT, text, 1, FrontMatter.NONE, List.of());
        try {
            return new Analyzer().analyse(new DocumentParser(false).parse(new Structurer().structure(seed), limits,
                    warnings), limits, warnings);
        } catch (io.github.briefwright.core.load.SeedException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    private static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).toList();
    }
}
