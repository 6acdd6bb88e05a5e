package io.github.briefwright.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.briefwright.core.model.Block;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** How lines become blocks: where a line in lower case continues the one before it and where it starts a block. */
class BlockSplitterTest {

    /** The lines that start a block of their own in these tests: date lines, as the structurer passes them. */
    private static final Predicate<String> DATE_LINE = line -> Datelines.parse(line).isPresent();

    private static List<String> blocks(String text) {
        return blocks(text, DATE_LINE);
    }

    private static List<String> blocks(String text, Predicate<String> startsBlock) {
        return BlockSplitter.split(text, 1, startsBlock).stream().map(Block::text).toList();
    }

    @Test
    void aDateLineOpeningWithItsWeekdayInLowerCaseStartsABlock() {
        assertEquals(List.of("Sofie De Clercq en Wouter Peeters", "di 17 september 2019 om 14:05"),
                blocks("Sofie De Clercq en Wouter Peeters\ndi 17 september 2019 om 14:05\n"));
        assertEquals(List.of("Par Jeanne Martin", "mar. 4 juin 2019"), blocks("Par Jeanne Martin\nmar. 4 juin 2019\n"));
    }

    @Test
    void linesOfDialogueWithSpeechDashesAreParagraphsAndADashedListStaysAList() {
        String answer = "— Помню каждый, где не успели. Но стараюсь думать о тех, кого нашли прошлой зимой в лесу.";
        String other = "— Людей, как всегда. Особенно нужны водители с машинами повышенной проходимости и добровольцы.";
        String question = "— Вы помните свой самый тяжёлый поиск?";
        List<Block> read = BlockSplitter.split(other + "\n\n" + question + "\n\n" + answer + "\n", 1, DATE_LINE);
        assertEquals(List.of(other, question, answer), read.stream().map(Block::text).toList());
        assertEquals(List.of(Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH),
                read.stream().map(Block::kind).toList());
        // one dashed sentence is no dialogue: a list's item
        read = BlockSplitter.split(question + "\n\n" + answer + "\n", 1, DATE_LINE);
        assertEquals(Block.Kind.LIST, read.get(0).kind());
        // dashed lines one under another are a list, whatever they say
        String list = "– Spillover parking. Complaints rose by nine percent, about the same as the rise across the city.\n"
                + "– Rents. Asking rents for new flats in the area are about eleven percent below those elsewhere.\n";
        read = BlockSplitter.split(other + "\n\n" + answer + "\n\n" + list, 1, DATE_LINE);
        assertEquals(Block.Kind.LIST, read.get(2).kind());
        assertEquals(2, read.get(2).items().size());
    }

    @Test
    void aLineInLowerCaseStillContinuesASentence() {
        // after a word that cannot end a sentence, and after a comma, a date line is the rest of the sentence
        assertEquals(List.of("The council will vote on di 17 september 2019 om 14:05"),
                blocks("The council will vote on\ndi 17 september 2019 om 14:05\n"));
        assertEquals(List.of("The vote was held, di 17 september 2019 om 14:05"),
                blocks("The vote was held,\ndi 17 september 2019 om 14:05\n"));
        assertEquals(List.of("The council met late and voted to approve the budget"),
                blocks("The council met late\nand voted to approve the budget\n"));
        // a sentence wrapped after a lower-case word, its rest a date or a byline's shape ending the sentence
        assertEquals(List.of("De vergadering zal plaatsvinden op dinsdag 17 september 2019."),
                blocks("De vergadering zal plaatsvinden op\ndinsdag 17 september 2019.\n"));
        assertEquals(List.of("El mural es obra del equipo de Juan Pérez."),
                blocks("El mural es obra del equipo\nde Juan Pérez.\n", line -> Bylines.parsePrefixed(line) != null));
    }

    @Test
    void itemsInLowerCaseUnderALabelOfThePageAreNoRestOfIt() {
        Predicate<String> noise = line -> NoiseRules.defaults().reason(line) != null;
        assertEquals("Tag", blocks("Tag\nthriller\ncinema italiano\n", noise).get(0));
        assertEquals("Commenti (4)", blocks("Commenti (4)\nfede_noir\n20 ottobre 2023 alle 09:14\n", noise).get(0));
        // a sentence's rest in lower case still goes on
        assertEquals(List.of("The council met late and voted to approve the budget"),
                blocks("The council met late\nand voted to approve the budget\n", noise));
    }

    @Test
    void aBylineInLowerCaseUnderASentenceCaseHeadlineStartsABlock() {
        assertEquals(List.of("Venezia, dal 25 aprile torna il ticket d'accesso per i turisti", "di Chiara Zanetti Moro"),
                blocks("Venezia, dal 25 aprile torna il ticket d'accesso per i turisti\ndi Chiara Zanetti Moro\n",
                        line -> Bylines.parsePrefixed(line) != null));
    }

    @Test
    void aLineInLowerCaseAfterASentenceOrARoleUnderANameIsALineOfItsOwn() {
        // a byline opening with a doctor's title in lower case, under the dek; a role in lower case under a name
        assertEquals(List.of("Osoby starsze często nie czują pragnienia.", "lek. Anna Wróblewska",
                "specjalistka medycyny rodzinnej"),
                blocks("Osoby starsze często nie czują pragnienia.\nlek. Anna Wróblewska\nspecjalistka medycyny rodzinnej\n"));
        assertEquals(List.of("Kadri Lepik", "tõlkija"), blocks("Kadri Lepik\ntõlkija\n"));
        // an abbreviation's full stop, and a line with capitals under a name, go on as before
        assertEquals(List.of("Bring tents, stoves, etc. and plenty of water"),
                blocks("Bring tents, stoves, etc.\nand plenty of water\n"));
        assertEquals(List.of("AirPods Pro macOS Catalina"), blocks("AirPods Pro\nmacOS Catalina\n"));
    }
}
