package io.github.briefwright.core.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.briefwright.core.model.GlossaryEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    @Test
    void aNameListedOnlyInCapitalsIsKnownOnlyWhenWrittenSo() {
        Gazetteer words = Gazetteer.DEFAULT;
        assertEquals("World Health Organization", words.known("WHO").name());
        assertNull(words.known("Who"), "a question word opening a sentence");
        assertNull(words.known("who"));
        assertNotNull(words.known("world health organization"), "other names keep ignoring case");
    }

    @Test
    void theGlossaryFollowsTheSameRuleAndCanLiftIt() {
        Gazetteer words = Gazetteer.DEFAULT.with(List.of(
                new GlossaryEntry("Agency for Research", List.of("AFR"), "organisation", null, null)));
        assertNotNull(words.known("AFR"));
        assertNull(words.known("Afr"));
        Gazetteer lifted = Gazetteer.DEFAULT.with(List.of(
                new GlossaryEntry("Who", List.of(), "organisation", "A band.", null)));
        assertEquals("Who", lifted.known("Who").name(), "a glossary name written in lower case is known as written");
    }

    @Test
    void capitalsMeanAtLeastTwoLettersAndNoLowerCase() {
        assertEquals(true, Gazetteer.isAcronym("U.N."));
        assertEquals(true, Gazetteer.isAcronym("WHO"));
        assertEquals(false, Gazetteer.isAcronym("Who"));
        assertEquals(false, Gazetteer.isAcronym("A"));
        assertEquals(false, Gazetteer.isAcronym("G7"), "one letter");
    }
}
