package io.github.briefwright.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.bench.PasteSets;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Pastes another hand wrote against a round's rules (each folder's README says what each column holds). Each case
 * checks up to three things: a phrase of the text stays, a phrase of the page goes, the authors are read
 * ({@link PasteSets#readCases}, which {@code bench/pastes.sh} prints paste by paste).
 * {@code adversarial-pastes-1}: 60 pastes against the eighteenth round's rules; with the code before that round 114
 * checks were right, after the round's fixes 139. {@code adversarial-pastes-2}: 50 pastes against the nineteenth
 * round's, written after reading its change; with the code before the round 94 of 114 checks were right, with the
 * round's first version 72 (its new forms took text and authors wherever they stood), after the fixes 106.
 * {@code adversarial-pastes-3}: 40 pastes against the twentieth round's, written after reading its change; with the
 * code before the round 80 of 90 checks were right, with the round's first version 58 (buttons' words that are also
 * subheadings, writers' notes that are sentences of the text, boxes of facts that are an interview's, a recipe's or
 * a programme's lines, labels and notes that open a sentence), after the fixes 90.
 */
class AdversarialPastesTest {

    /**
     * Pastes of the first set whose text phrase is lost, as with the code before the eighteenth round: Japanese
     * sentences shorter than a button under a share bar, a match's score lines under one, a text that speaks of "your
     * inbox" and of republishing stories, and a how-to's "Your email" subheading (a sign-up form's label elsewhere).
     */
    private static final Set<String> TEXT_STILL_LOST_1 = Set.of("29-ja-short-sentences-after-share.txt",
            "33-en-scores-after-share.txt", "36-newsletter-your-inbox.txt", "37-your-email-subheads.txt",
            "45-republish-text.txt");
    /**
     * Pastes of the second set whose text phrase is lost, as with the code before the nineteenth round: a Japanese
     * correspondent's kicker line, and an epigraph standing between the headline and the byline.
     */
    private static final Set<String> TEXT_STILL_LOST_2 = Set.of("07-ja-tokuhain-kicker.txt", "40-epigraph-over-byline.txt");

    @Test
    void theEighteenthRoundsRulesDoNoHarmBeyondWhatIsKnown() throws IOException {
        check("adversarial-pastes-1", 60, 139, TEXT_STILL_LOST_1);
    }

    @Test
    void theNineteenthRoundsRulesDoNoHarmBeyondWhatIsKnown() throws IOException {
        check("adversarial-pastes-2", 50, 106, TEXT_STILL_LOST_2);
    }

    @Test
    void theTwentiethRoundsRulesDoNoHarm() throws IOException {
        check("adversarial-pastes-3", 40, 90, Set.of());
    }

    private static void check(String folder, int expectedCases, int floor, Set<String> stillLost) throws IOException {
        PasteSets.CaseReading read;
        try {
            read = PasteSets.readCases(Path.of(Objects.requireNonNull(AdversarialPastesTest.class.getResource(folder),
                    folder).toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        assertEquals(expectedCases, read.cases(), folder);
        assertTrue(stillLost.containsAll(read.textLost()), folder + ": text lost in " + read.textLost());
        assertTrue(read.right() >= floor, folder + ": " + read.right() + " checks right, fewer than " + floor + ": "
                + read.wrong());
    }
}
