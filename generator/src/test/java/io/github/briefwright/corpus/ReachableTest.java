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

    @Test
    void aTitleIsReachableWhenItsFoldedTextIsInThePaste() {
        assertTrue(Reachable.title("Why the river rose — a look back", folded()));
        assertFalse(Reachable.title("Why the river rose again", folded()));
        assertFalse(Reachable.title("", folded()), "an empty label is no title");
        assertTrue(Reachable.title(null, folded()), "no title expected: finding none is right");
    }

    @Test
    void everyNameOfAnAuthorLabelMustBeInThePaste() {
        assertTrue(Reachable.author("Jane Doe", folded()));
        assertTrue(Reachable.author("By Jane Doe, John Q. Roe", folded()));
        assertFalse(Reachable.author("Jane Doe and Mary Major", folded()), "one of two names is not enough");
        assertFalse(Reachable.author("Mary Major", folded()));
        assertTrue(Reachable.author(null, folded()));
    }

    @Test
    void aNameWithAToolsQuirkGluedOnIsReachableByItsFirstTwoWords() {
        assertTrue(Reachable.author("Jane Doe View ORCID Profile", folded()));
        assertFalse(Reachable.author("Jane Dole View ORCID Profile", folded()));
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
    }
}
