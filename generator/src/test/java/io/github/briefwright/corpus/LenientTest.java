package io.github.briefwright.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The lenient comparison of author labels with the authors found. */
class LenientTest {

    private static boolean right(String label, String... found) {
        return Lenient.authorsMatch(List.of(label), List.of(found));
    }

    @Test
    void theSameNamesInAnyCaseAndOrderAreRight() {
        assertTrue(right("By MEG KINNARD and ERRIN HAINES", "Errin Haines", "Meg Kinnard"));
        assertTrue(right("Jane DoeView ORCID Profile", "Jane Doe"));
    }

    @Test
    void aMissingOrAnExtraAuthorIsWrong() {
        assertFalse(right("Jane Doe and John Roe", "Jane Doe"));
        assertFalse(right("Jane Doe", "Jane Doe", "John Roe"));
        assertFalse(right("Jane Doe"));
        assertFalse(right("Jane Doe", "Example News")); // an author found that the label does not name
    }

    @Test
    void aRoleNewsroomDegreeOrAddressBesideAPersonIsNotExpected() {
        assertTrue(right("By TOM KRISHER, AP Auto Writer", "Tom Krisher"));
        assertTrue(right("Troy L. Smith, Cleveland.com", "Troy L. Smith"));
        assertTrue(right("Ilana Muhlstein, MS, RDN", "Ilana Muhlstein"));
        assertTrue(right("Jill Disis, CNN Business", "Jill Disis"));
        assertTrue(right("Mike Cason | mcason@al.com", "Mike Cason"));
        assertTrue(right("By MEG KINNARD and ERRIN HAINES, Associated Press", "Meg Kinnard", "Errin Haines"));
    }

    @Test
    void aNewsroomAloneIsStillExpected() {
        assertTrue(right("CBS News", "CBS News"));
        assertFalse(right("CBS News"));
        assertFalse(right("The Associated Press"));
    }
}
