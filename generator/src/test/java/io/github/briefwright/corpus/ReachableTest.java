package io.github.briefwright.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link Reachable} counts as a head label held by a paste, on handmade strings. */
class ReachableTest {

    private static final String PASTE = "Example News\n\nWhy the River Rose: A Look Back\n\n"
            + "By JANE DOE and John Q. Roe\nPublished 12/03/2019 10:32 AM\n\nThe water came up on Tuesday.";

    private static String folded() {
        return Lenient.fold(PASTE);
    }

    private static boolean author(String label) {
        return Reachable.author(label, folded(), Lenient.spaced(PASTE));
    }

    @Test
    void aTitleIsReachableWhenItsFoldedTextIsInThePaste() {
        assertTrue(Reachable.title("Why the river rose — a look back", folded()));
        assertFalse(Reachable.title("Why the river rose again", folded()));
        assertFalse(Reachable.title("", folded()), "an empty label is no title");
        assertTrue(Reachable.title(null, folded()), "no title expected: finding none is right");
    }

    @Test
    void everyNameOfAnAuthorLabelMustBeInThePaste() {
        assertTrue(author("Jane Doe"));
        assertTrue(author("By Jane Doe, John Q. Roe"));
        assertFalse(author("Jane Doe and Mary Major"), "one of two names is not enough");
        assertFalse(author("Mary Major"));
        assertTrue(author(null));
    }

    @Test
    void aNameWithAToolsQuirkGluedOnIsReachableByItsFirstTwoWords() {
        assertTrue(author("Jane Doe View ORCID Profile"));
        assertFalse(author("Jane Dole View ORCID Profile"));
    }

    @Test
    void aShortNameMustStandAsWholeWords() {
        assertFalse(author("Ris"), "inside 'River' is not the name");
        assertTrue(author("Roe"));
    }

    @Test
    void aDateIsReachableWhenThePasteWritesThatDayInAnyReadableForm() {
        // 12/03/2019 read either way: 12 March or 3 December
        assertTrue(Reachable.date("2019-12-03", PASTE));
        assertTrue(Reachable.date("2019-03-12", PASTE));
        assertTrue(Reachable.date("2019-12-04", PASTE), "a day off counts, as the scorer counts it");
        assertFalse(Reachable.date("2019-12-06", PASTE));
        assertFalse(Reachable.date("2019-12-03", "Posted 3 hours ago"), "a relative stamp is no date");
        assertTrue(Reachable.date("2016-12-09", "Updated Dec. 9, 2016, 4:00 PM"));
        assertTrue(Reachable.date(null, "no date here"));
    }

    @Test
    void aLabelWithNoExpectationIsNotCounted() {
        Reachable.Reach reach = Reachable.of(new PageLabels(null, "?", "Jane Doe", "?", null, List.of(), null), PASTE);
        assertNull(reach.title());
        assertEquals(Boolean.TRUE, reach.author());
        assertNull(reach.date());
        assertNull(reach.metaTitle(), "the page has no metadata title");
    }

    @Test
    void aMetadataTitleWithTheSiteNameAfterItIsReachableWithoutIt() {
        Reachable.Reach reach = Reachable.of(new PageLabels(null, "?", "?", "?",
                "Why the River Rose: A Look Back | Example News", List.of("Jane Doe", "Mary Major"), "2019-12-03"), PASTE);
        assertEquals(Boolean.TRUE, reach.metaTitle());
        assertEquals(Boolean.FALSE, reach.metaAuthor(), "Mary Major is not in the paste");
        assertEquals(Boolean.TRUE, reach.metaDate());
    }
}
