package io.github.briefwright.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InterfaceWordsTest {

    @Test
    void aLineOfButtonsIsAllInterface() {
        assertEquals(1, InterfaceWords.share("Sign in My account"));
        assertEquals(1, InterfaceWords.share("Get in touch"));
        assertEquals(1, InterfaceWords.share("Zurück zur Übersicht"));
        assertEquals(1, InterfaceWords.share("S’abonner"));
        assertEquals(1, InterfaceWords.share("購読はこちら"));
    }

    @Test
    void aPhraseCountsOnlyWhenItsWordsStandTogether() {
        // "sign" and "in" apart, "back" without "to home", "touch" without "get in"
        assertEquals(0, InterfaceWords.share("Sign language in schools"));
        assertEquals(0, InterfaceWords.share("Back to school"));
        assertEquals(0, InterfaceWords.share("Keeping in touch with voters"));
    }

    @Test
    void functionWordsNeitherCountForNorAgainst() {
        // content words: "read", "now", "check", "out", "latest", "issue"; "read now" covers two of six
        assertEquals(2 / 6.0, InterfaceWords.share("Read now or check out the latest issue"), 1e-9);
        assertEquals(0, InterfaceWords.share("and the of"));
        assertEquals(0, InterfaceWords.share(""));
    }

    @Test
    void aHeadlineWithOneInterfaceWordIsMostlyNot() {
        assertEquals(0.25, InterfaceWords.share("Netflix raises subscription prices"), 1e-9);
    }

    @Test
    void aScreenReadersLinkAJournalsBadgeAndAWelcomeAreInterface() {
        assertEquals(1.0, InterfaceWords.share("Screen Reader Access"));
        assertEquals(1.0, InterfaceWords.share("Open Access"));
        assertEquals(0.5, InterfaceWords.share("Welcome to NUSMO"));
    }
}
