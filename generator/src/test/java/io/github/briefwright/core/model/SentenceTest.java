package io.github.briefwright.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A sentence keeps its entity mentions as spans of its text and cuts the text into parts only when asked. */
class SentenceTest {

    private static final String TEXT = "Ana Lima met Kofi Annan in Accra.";

    @Test
    void partsAreTheTextCutAtTheMentions() {
        Sentence sentence = new Sentence("s-1", TEXT, List.of(
                new Sentence.Mention(0, 8, "ana-lima", "person", true, "A minister.", "https://example.org/ana"),
                new Sentence.Mention(13, 23, "kofi-annan", "person", false, null, null),
                new Sentence.Mention(27, 32, "accra", "place", true, null, null)));

        assertEquals(List.of(
                new Sentence.Part("Ana Lima", "ana-lima", "person", true, "A minister.", "https://example.org/ana"),
                new Sentence.Part(" met ", null, null, false),
                new Sentence.Part("Kofi Annan", "kofi-annan", "person", false),
                new Sentence.Part(" in ", null, null, false),
                new Sentence.Part("Accra", "accra", "place", true),
                new Sentence.Part(".", null, null, false)), sentence.parts());
    }

    @Test
    void aSentenceWithoutMentionsIsOnePlainPart() {
        Sentence sentence = new Sentence("s-1", TEXT);

        assertEquals(List.of(), sentence.mentions());
        assertEquals(List.of(new Sentence.Part(TEXT, null, null, false)), sentence.parts());
        assertSame(TEXT, sentence.parts().get(0).text());
    }

    @Test
    void aMentionAtTheEndLeavesNoEmptyPart() {
        Sentence sentence = new Sentence("s-1", "They flew to Accra", List.of(
                new Sentence.Mention(13, 18, "accra", "place", true, null, null)));

        assertEquals(List.of(new Sentence.Part("They flew to ", null, null, false),
                new Sentence.Part("Accra", "accra", "place", true)), sentence.parts());
    }

    @Test
    void mentionsOutOfOrderOverlappingOrOutsideTheTextAreRefused() {
        Sentence.Mention accra = new Sentence.Mention(27, 32, "accra", "place", true, null, null);
        Sentence.Mention ana = new Sentence.Mention(0, 8, "ana-lima", "person", true, null, null);

        assertThrows(IllegalArgumentException.class, () -> new Sentence("s-1", TEXT, List.of(accra, ana)));
        assertThrows(IllegalArgumentException.class, () -> new Sentence("s-1", TEXT,
                List.of(ana, new Sentence.Mention(4, 12, "lima", "place", true, null, null))));
        assertThrows(IllegalArgumentException.class, () -> new Sentence("s-1", TEXT,
                List.of(new Sentence.Mention(27, 40, "accra", "place", true, null, null))));
    }
}
