package io.github.briefwright.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.briefwright.core.load.FrontMatter;
import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.load.SeedFormat;
import io.github.briefwright.core.model.Author;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A byline read by where it stands, over or beside the date line under the title, in a language whose byline labels
 * no rule knows; and what stands there without being one.
 */
class PlacedBylinesTest {

    private static final String TEXT = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod "
            + "tempor incididunt ut labore et dolore magna aliqua, ut enim ad minim veniam.\n\n"
            + "Quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat, duis aute irure "
            + "dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur.\n\n"
            + "Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est "
            + "laborum, sed ut perspiciatis unde omnis iste natus error sit voluptatem.\n";

    private static Draft draft(String head) {
        Seed seed = new Seed("a.txt", Path.of("a.txt"), SeedFormat.TXT, head + "\n\n" + TEXT, 1, FrontMatter.NONE,
                List.of());
        return new Structurer().structure(seed);
    }

    private static List<String> authors(String head) {
        return draft(head).head().authors().stream().map(Author::name).toList();
    }

    private static final String TITLE = "Nova lex de aqua publica in urbe Veridia hodie lata est\n\n";

    @Test
    void aLabelOfAnUnknownLanguageOverTheDateLineNamesTheWriter() {
        assertEquals(List.of("Tavita Leaupepe"), authors(TITLE + "Tusitala: Tavita Leaupepe\n\n14 March 2025"));
        // the label's line is the byline's, not the text's
        assertFalse(draft(TITLE + "Tusitala: Tavita Leaupepe\n\n14 March 2025").blocks().stream()
                .anyMatch(b -> b.text().contains("Tavita")));
    }

    @Test
    void aLabelOfUpToFourWordsNamesTheWriter() {
        // Urhobo's "who wrote the story"; five words before the colon are a sentence's, no label
        assertEquals(List.of("Oghenekaro Edafe-Ighovie"),
                authors(TITLE + "Ọ ya ẹmro na: Oghenekaro Edafe-Ighovie\n\n11 March 2025"));
        assertEquals(List.of(), authors(TITLE + "Ọ ya ẹmro na vwẹ: Oghenekaro Edafe-Ighovie\n\n11 March 2025"));
    }

    @Test
    void aDekBetweenTheTitleAndTheBylineIsPassedOver() {
        assertEquals(List.of("Tavita Leaupepe"), authors(TITLE + "Ko e ʻaho fakaʻosi ki hono tuku mai ʻo e ngaahi tohi "
                + "kole ko e 28 ʻo Maʻasi, pea ʻe fakahā ʻa e ola ʻi ʻEpeleli.\n\nTusitala: Tavita Leaupepe\n\n"
                + "14 March 2025"));
    }

    @Test
    void aNameAfterItsLabelKeepsItsRoleApart() {
        assertEquals(List.of("Mele Tupou"), authors(TITLE + "Fa'u'aki: Mele Tupou, Talēkita Pule\n\n3 April 2025"));
    }

    @Test
    void aSecondNameAfterTheWritersIsACoWriterWhenThePasteNamesHimAgain() {
        String head = TITLE + "Bichigender: Ayana Oinokova, Ermek Shatinov\n\n14.09.2024, 11:20\n\n";
        assertEquals(List.of("Ayana Oinokova"), authors(head), "named nowhere else: a role or a place, as above");
        assertEquals(List.of("Ayana Oinokova", "Ermek Shatinov"), authors(head + "Foto: Ermek Shatinov"),
                "named again over the photo");
        assertEquals(List.of("Айана Ойнокова", "Эрмек Шатинов"), authors(TITLE
                + "Бичигендер: Айана Ойнокова, Эрмек Шатинов\n\n14.09.2024, 11:20\n\nФото: Эрмек Шатинов"));
        assertEquals(List.of("Palesa Mofokeng"), authors(TITLE + "Ka: Palesa Mofokeng, Ramotse wa Masepala\n\n"
                + "3 April 2025\n\nFoto: Ramotse wa Masepala"), "a role the rules read so, though named again");
    }

    @Test
    void aTibetanNameOfSyllablesAfterItsLabel() {
        assertEquals(List.of("ཚེ་རིང་དོལ་མ"), authors(TITLE + "རྩོམ་པ་པོ། ཚེ་རིང་དོལ་མ།\n\nཕྱི་ལོ་ ༢༠༢༥ ཟླ་ ༤ ཚེས་ ༢"));
    }

    @Test
    void labelWordsBeforeACapitalisedNameNameTheWriter() {
        assertEquals(List.of("Kemal Sunu"), authors(TITLE + "Tulisan saking Kemal Sunu\n\n3 April 2025, 09:10"));
    }

    @Test
    void aNameAloneInAScriptWithoutCapitalsOverTheDateLine() {
        assertEquals(List.of("ნინო ბერიძე"), authors(TITLE + "ნინო ბერიძე\n\n22.05.2025 10:30"));
    }

    @Test
    void aDateLineOfAnUnknownMonthNameStillPlacesTheByline() {
        assertEquals(List.of("Tavita Leaupepe"),
                authors(TITLE + "Tusitala: Tavita Leaupepe\n\nAso Tofi, 14 Mati 2025"));
    }

    @Test
    void aWriterInAPartOfTheDateLine() {
        assertEquals(List.of("Tavita Leaupepe"), authors(TITLE + "Lomiga: 14.03.2025 | Tusitala: Tavita Leaupepe"));
    }

    @Test
    void aWeekdayOfAnUnknownLanguageBeforeTheDateIsNoAuthor() {
        Draft draft = draft(TITLE + "Hakerek na'in: Zélia Amaral\n\nKinta, 10 Outubru 2024 | 14:32");
        assertEquals(List.of("Zélia Amaral"), draft.head().authors().stream().map(Author::name).toList());
        assertEquals("2024-10-10", draft.head().date());
        assertEquals(List.of(), authors(TITLE + "Kinta, 10 Outubru 2024 | 14:32"));
    }

    @Test
    void aPhotosCreditIsNoByline() {
        assertEquals(List.of(), authors(TITLE + "ΦΩΤΟ: Γιώργος Λάμπρου\n\n14 March 2025"));
        assertNull(PlacedBylines.read("Foto: Tavita Leaupepe"));
    }

    @Test
    void aBoxOfFactsIsNoByline() {
        assertEquals(List.of(), authors(TITLE + "Incident Type: Structure Fire – Commercial\n\n"
                + "Date/Time of Call: 03/08/2025, 11:42 PM\n\nLocation: 4800 block of Larkspur Parkway"));
    }

    @Test
    void whatIsNoNameIsNone() {
        assertNull(PlacedBylines.read("Difficulty: Beginner"), "one word of a script with capitals");
        assertNull(PlacedBylines.read("Web Summit Lisbon"), "one capitalised word before a name");
        assertNull(PlacedBylines.read("字号：大 中 小"), "letters of a script the rules read without spaces");
        assertNull(PlacedBylines.read("Lomiga: March Tuesday"), "a month's or a weekday's name");
        assertNull(PlacedBylines.read("Tusitala: tavita leaupepe"), "lower case in a script with capitals");
        assertNull(PlacedBylines.read("Tusitala: Tavita Leaupepe 2025"), "digits");
        assertNull(PlacedBylines.read("ნინო"), "one word alone");
    }

    @Test
    void aLineTheRulesReadIsReadByThemAndNothingStandsFarFromTheDate() {
        assertEquals(List.of("Jane Doe"), authors(TITLE + "By Jane Doe\n\n14 March 2025"));
        assertEquals(List.of(), authors(TITLE + "Tusitala: Tavita Leaupepe\n\nA short line\n\nAnother line\n\n"
                + "14 March 2025"));
    }

    @Test
    void aWriterInAPartOfTheDateLineTakesTheLineOutOfTheTextAndDatesTheHead() {
        Draft draft = draft(TITLE + "Tusitala: Tavita Leaupepe | 14 March 2025");
        assertEquals(List.of("Tavita Leaupepe"), draft.head().authors().stream().map(Author::name).toList());
        assertEquals("2025-03-14", draft.head().date());
        assertNull(draft.head().dek());
        assertFalse(draft.blocks().stream().anyMatch(b -> b.text().contains("Tavita")));
    }
}
