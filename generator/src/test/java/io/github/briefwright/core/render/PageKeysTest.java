package io.github.briefwright.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.briefwright.core.model.Collection;
import io.github.briefwright.core.model.EntityPage;
import io.github.briefwright.core.model.TimelineEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Page keys remembered from one build to the next change exactly when what a page shows changes. */
class PageKeysTest {

    private static EntityPage entity(List<EntityPage.Appearance> appearances, int mentions) {
        return new EntityPage("basra", "Basra", "place", null, null, appearances, mentions,
                List.of(new EntityPage.Companion("iraq", "Iraq", "place", 2)));
    }

    private static EntityPage.Appearance appearance(String title, String snippet) {
        return new EntityPage.Appearance(title, "briefings/" + title + "/index.html", "2024-01-02", "s-1", snippet, 1);
    }

    @Test
    void anEntityMadeOfTheSameAppearancesKeepsItsDigestAndAnyChangeMakesANewOne() {
        var a = appearance("a", "Basra was dry.");
        var b = appearance("b", "Basra again.");
        PageKeys first = new PageKeys("code", "theme", "site");
        String digest = first.entity(entity(List.of(a, b), 2));

        PageKeys second = new PageKeys("code", "theme", "site", first.remembered());
        assertEquals(digest, second.entity(entity(List.of(a, b), 2)), "the same appearances, a new entity page");

        PageKeys third = new PageKeys("code", "theme", "site", second.remembered());
        assertNotEquals(digest, third.entity(entity(List.of(a, appearance("b", "Basra, edited.")), 2)),
                "an appearance with another snippet");
        assertNotEquals(digest, new PageKeys("code", "theme", "site", second.remembered())
                .entity(entity(List.of(a, b), 3)), "another count of mentions");
        assertNotEquals(digest, new PageKeys("code", "theme", "site", second.remembered())
                .entity(entity(List.of(b, a), 2)), "another order");
        EntityPage otherCompanion = new EntityPage("basra", "Basra", "place", null, null, List.of(a, b), 2,
                List.of(new EntityPage.Companion("iraq", "Iraq", "place", 3)));
        assertNotEquals(digest, new PageKeys("code", "theme", "site", second.remembered()).entity(otherCompanion),
                "a companion shared by more briefings");
        EntityPage described = new EntityPage("basra", "Basra", "place", "A port city.", null, List.of(a, b), 2,
                List.of(new EntityPage.Companion("iraq", "Iraq", "place", 2)));
        assertNotEquals(digest, new PageKeys("code", "theme", "site", second.remembered()).entity(described),
                "a description from the glossary");
        assertEquals(digest, new PageKeys("code", "theme", "site").entity(entity(List.of(appearance("a",
                "Basra was dry."), appearance("b", "Basra again.")), 2)), "equal values made anew: the same digest");
    }

    @Test
    void aTimelinePageOfTheSameEntriesKeepsItsDigestAndAnyChangeMakesANewOne() {
        var one = new TimelineEntry("2024-01-02", "date", "2 January 2024", "It rained.", "s-1", "A", "briefings/a/");
        var two = new TimelineEntry("2024-01-09", "date", "9 January 2024", "It snowed.", "s-2", "A", "briefings/a/");
        PageKeys first = new PageKeys("code", "theme", "site");
        String digest = first.timeline(1, years(one, two));
        PageKeys second = new PageKeys("code", "theme", "site", first.remembered());
        assertEquals(digest, second.timeline(1, years(one, two)));
        var edited = new TimelineEntry("2024-01-09", "date", "9 January 2024", "It hailed.", "s-2", "A", "briefings/a/");
        assertNotEquals(digest, new PageKeys("code", "theme", "site", second.remembered()).timeline(1, years(one, edited)));
        assertNotEquals(digest, new PageKeys("code", "theme", "site", second.remembered()).timeline(1, years(one)));
        assertEquals(digest, new PageKeys("code", "theme", "site").timeline(1, years(one, two)), "made anew");
        var twoMonths = List.of(new Collection<>("2024", "2024", List.of(
                new Collection<>("2024-01", "January", List.of(one)),
                new Collection<>("2024-02", "February", List.of(two)))));
        assertNotEquals(digest, new PageKeys("code", "theme", "site", second.remembered()).timeline(1, twoMonths),
                "the same entries under other months");
    }

    private static List<Collection<Collection<TimelineEntry>>> years(TimelineEntry... entries) {
        return List.of(new Collection<>("2024", "2024", List.of(new Collection<>("2024-01", "January", List.of(entries)))));
    }
}
