package io.github.briefwright.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private static List<Block> split(String text) {
        return BlockSplitter.split(text, 1, DATE_LINE);
    }

    @Test
    void linesNumberedOneAfterAnotherAreANumberedListFromItsFirstNumber() {
        List<Block> read = split("1. Total employment rose by 6,100.\n2. Resident employment rose by 2,400.\n");
        assertEquals(1, read.size());
        assertEquals(Block.Kind.LIST, read.get(0).kind());
        assertEquals(1, read.get(0).start());
        assertEquals(List.of("Total employment rose by 6,100.", "Resident employment rose by 2,400."),
                read.get(0).items());
        // "2)" and "(2)" are numbers too, and a list may start at any number
        for (String marker : List.of("%d)", "(%d)", "%d.")) {
            Block list = split(String.format(marker, 2) + " Wages rose.\n" + String.format(marker, 3)
                    + " Prices rose too.\n   and so did rents.\n").get(0);
            assertEquals(2, list.start(), marker);
            assertEquals(List.of("Wages rose.", "Prices rose too. and so did rents."), list.items(), marker);
        }
    }

    @Test
    void aTelephonesAreaCodeInBracketsIsNoNumberedItem() {
        List<Block> read = split("Media Contact: Dana Whitfield, Communications Director\n(555) 014-2290\n");
        assertTrue(read.stream().noneMatch(b -> b.kind() == Block.Kind.LIST), read.toString());
        assertTrue(read.stream().anyMatch(b -> b.text().contains("(555) 014-2290")), read.toString());
    }

    @Test
    void numbersThatSkipOrMixWithBulletsStayInTheTextOfABulletedList() {
        Block gaps = split("1. Wages rose.\n3. Prices rose.\n7. Rents fell.\n").get(0);
        assertEquals(0, gaps.start());
        assertEquals(List.of("1. Wages rose.", "3. Prices rose.", "7. Rents fell."), gaps.items());
        Block mixed = split("• Wages rose.\n(2) Prices rose.\n3) Rents fell.\n").get(0);
        assertEquals(0, mixed.start());
        assertEquals(List.of("Wages rose.", "(2) Prices rose.", "3) Rents fell."), mixed.items());
        Block fromZero = split("0. Nothing yet.\n1. One thing.\n").get(0);
        assertEquals(0, fromZero.start());
        assertEquals(List.of("0. Nothing yet.", "1. One thing."), fromZero.items());
        // a numbered line standing alone is still a heading's paragraph, a day's date line still no item
        assertEquals(List.of(Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH, Block.Kind.LIST),
                split("1. Introduction\n\n3. März 2019\n\n4. The council met.\n").stream().map(Block::kind).toList());
    }

    @Test
    void aNumberedRunCutByACaptionGoesOnAsAListFromItsOwnNumber() {
        List<Block> read = split("1. Total employment rose by 6,100.\n2. Resident employment rose by 2,400.\n"
                + "Chart 1: Quarterly employment change\n3. Compared with a year ago, employment was 1.6% higher.\n"
                + "4. Unemployment held at 2.0%.\n\nTable 1: Unemployment rate\n\n5. Retrenchments were 3,300.\n");
        assertEquals(List.of(Block.Kind.LIST, Block.Kind.PARAGRAPH, Block.Kind.LIST, Block.Kind.PARAGRAPH,
                Block.Kind.LIST), read.stream().map(Block::kind).toList());
        assertEquals(List.of(1, 0, 3, 0, 5), read.stream().map(Block::start).toList());
        assertEquals(List.of("Compared with a year ago, employment was 1.6% higher.", "Unemployment held at 2.0%."),
                read.get(2).items());
    }

    @Test
    void aNumberedListThatLosesItemsKeepsItsNumbersTrue() {
        Block list = Block.list(List.of("Wages rose.", "Prices rose.", "Rents fell.", "Share this"), 3, 5);
        assertEquals(list, BlockSplitter.keep(list, List.of(0, 1, 2, 3)));
        // items lost at the ends: numbered on from the first kept item's number
        Block ends = BlockSplitter.keep(list, List.of(1, 2));
        assertEquals(4, ends.start());
        assertEquals(List.of("Prices rose.", "Rents fell."), ends.items());
        assertEquals("Prices rose.\nRents fell.", ends.text());
        assertEquals(5, ends.line());
        // an item lost between kept ones: the numbers would skip, so each item keeps its own in its text
        Block middle = BlockSplitter.keep(list, List.of(0, 2));
        assertEquals(0, middle.start());
        assertEquals(List.of("3. Wages rose.", "5. Rents fell."), middle.items());
        // a bulleted list only loses the items
        Block bulleted = BlockSplitter.keep(Block.list(List.of("a", "b", "c"), 0, 1), List.of(0, 2));
        assertEquals(List.of("a", "c"), bulleted.items());
        assertEquals(0, bulleted.start());
    }
}
