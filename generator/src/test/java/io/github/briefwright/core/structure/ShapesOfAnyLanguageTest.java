package io.github.briefwright.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.model.Author;
import io.github.briefwright.core.model.Block;
import io.github.briefwright.core.structure.DateText.Order;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forms read by their shape whatever the language, no word of it in a list: a word for "by" before a byline's name,
 * a date line whose month no list names, "of" between a day and a borrowed month's name, a label alone or before a
 * list of tags after the text.
 */
class ShapesOfAnyLanguageTest {

    /** A headline, then a byline, a date line and four paragraphs of a language no list holds (invented words). */
    private static String paste(String byline, String dateLine, String after) {
        return "Wakilu wa mbeza ku tondola ndalama za malo a sukulu\n\n" + byline + "\n\n" + dateLine + "\n\n"
                + "Wakilu wa mbeza wa tondola ndalama za malo a sukulu ku muzi wa Kalindi, ndi ana ake ambili ku "
                + "sukulu ya pamwamba, ndi amake ku msika wa tawuni.\n\n"
                + "Anthu a muzi wa Kalindi ku nena kuti malo a sukulu ali ndi mavuto ambili, ndi madzi ku mzinda ndi "
                + "kuwala ku nyumba za ana a sukulu.\n\n"
                + "Mkulu wa sukulu ku nena kuti ndalama izi ku thandiza ana ambili, ndi aphunzitsi ku sukulu ya "
                + "muzi, ndi makolo a ana ku muzi.\n\n"
                + "Ntchito ku yamba ku mwezi wa mawa, ndi anthu a muzi ku thandiza ndi manja ao ku malo a sukulu.\n\n"
                + after;
    }

    private static List<String> authors(String text) {
        return HeadOf.head(text).authors().stream().map(Author::name).toList();
    }

    @Test
    void aShortWordTheTextUsesInLowerCaseBeforeANameIsTheLanguagesBy() {
        assertEquals(List.of("Chimwemwe Banda Phiri"),
                authors(paste("Ku Chimwemwe Banda Phiri", "12 March 2025", "")),
                "'ku' stands in lower case all through the text: the word before the name is 'by'");
        assertEquals(List.of("Usman Adamu Garba"), ByWords.without(new Head("t", null,
                List.of(new Author("Daga Usman Adamu Garba", null)), null, null, null), List.of(
                        paragraph("An buga wasannin daga Kano, daga sassa daban-daban na jihar."))).authors().stream()
                .map(Author::name).toList());
    }

    @Test
    void aGivenNameOrAnOrganisationsWordIsNoBy() {
        // a given name the text never uses in lower case, or uses so in a language whose function words are known
        assertEquals("Hope Ama Mensah", without("Hope Ama Mensah", "The roof is done."));
        assertEquals("Hope Ama Mensah", without("Hope Ama Mensah",
                "They hope to finish the roof of the hall by June, and they hope for rain in the spring."));
        assertEquals("Chukwuemeka Ibekwe Obi", without("From Chukwuemeka Ibekwe Obi",
                "The road from the market to the school was tarred, and the lorries from the quarry came in June."),
                "'from' is a function word of English");
        // the rest of an organisation's name is used in lower case: "food", "safety"
        assertEquals("Food Safety Authority", without("Food Safety Authority",
                "The recall concerns food sold in May; food safety officers checked every shop and food stall."));
        // the text names the whole, first word and all
        assertEquals("The Editorial Board", without("The Editorial Board",
                "The Editorial Board is made of opinion writers; the board meets weekly and the editors vote."));
        // no person's name after the word: a wire
        assertEquals("The Associated Press", without("The Associated Press",
                "the police said the road was closed and the bridge was shut"));
        // a name of two words: the first is its own
        assertEquals("Ku Banda", without("Ku Banda", "ku muzi ku tawuni"));
    }

    /**
     * A byline in a language whose "by" no rule knows, read by where it stands, is no publisher's name: "Yanditswe na
     * Jean-Claude Niyonzima" (Kirundi, "written by") over its date line names the writer and no publisher; the
     * site's masthead, which its copyright line names, does.
     */
    @Test
    void theBylinesOwnLineNamesNoPublisher() throws java.io.IOException {
        Head head = HeadOf.head(HeadOf.paste("pastes-by-other-hands-28/pastes/24-kirundi-coffee-washing-station.txt"));
        assertEquals(List.of("Jean-Claude Niyonzima"), head.authors().stream().map(Author::name).toList());
        assertEquals("Rumuri Amakuru", head.publisher());
        head = HeadOf.head(HeadOf.paste("pastes-by-other-hands-28/pastes/24-kirundi-coffee-washing-station.txt")
                .replace("©", ""));
        assertEquals(null, head.publisher());
    }

    private static String without(String name, String text) {
        return ByWords.without(new Head("t", null, List.of(new Author(name, null)), null, null, null),
                List.of(paragraph(text))).authors().get(0).name();
    }

    private static Block paragraph(String text) {
        return new Block(Block.Kind.PARAGRAPH, text, List.of(), 0, 1, null, 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lwakubiri, 12 Muwakanya 2025", "Sonto, 17 Hukuri 2024"})
    void noDateIsReadFromAMonthNoListNames(String line) {
        assertTrue(DateText.find(line, Order.UNKNOWN).isEmpty(), line);
        assertTrue(Datelines.parse(line, Order.UNKNOWN, true).isEmpty(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lwakubiri, 12 Muwakanya 2025", "Ass n larbeɛ, 4 Ctembeṛ 2024 - 11:20",
        "Pōʻalima, Malaki 21, 2025", "12 Muwakanya 2025, 09:15", "Ku wa kabiri, 18 Ntwarante 2025 – 14:20",
        "Sonto, 17 Hukuri 2024"})
    void aLineShapedAsADateOfAMonthNoListNamesIsADateLine(String line) {
        assertTrue(Datelines.dateShaped(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Top 10 Films 2024", "Room 12 Building 2020", "Chapter 3 of 2024", "Ebirowoozo 2",
        "Lwakubiri, 40 Muwakanya 2025", "Lwakubiri, 12 Muwakanya 1850",
        "Sukulu ya Kalindi ku muzi wa Kalindi, 12 Muwakanya 2025"})
    void aHeadlineWithNumbersIsNoDateLine(String line) {
        assertFalse(Datelines.dateShaped(line), line);
    }

    /**
     * A whole page in Luganda: its skip link first, then the masthead and menus; the headline stands over "Written by"
     * and a date line whose month is the language's own word. That line is a date line by its shape, so the headline
     * over it is the title, not the skip link.
     */
    @Test
    void theHeadlineOverALineShapedAsADateIsTheTitle() throws java.io.IOException {
        Head head = HeadOf.head(HeadOf.paste("pastes-by-other-hands-23/pastes/31-saluuni-enviiri-kyeya.txt"));
        assertEquals("Engeri gy'oyinza okulabiriramu enviiri zo ez'obutonde mu kiseera ky'ekyeya", head.title());
        assertEquals(List.of("Sarah Nabukeera"), head.authors().stream().map(Author::name).toList());
        // a Krio page: the line shaped as a date under the headline makes it the title, not the skip link
        assertEquals("Magbontoso Sɛkɔndri Skul opin nyu sayns laboratri: \"Naw wi pikin dɛn go si sayns wit dɛn yon "
                + "yay\"", HeadOf.head(HeadOf.paste("pastes-by-other-hands-29/pastes/36-magbontoso-sayns-laboratri.txt"))
                .title());
    }

    @Test
    void aShortWordInLowerCaseBetweenTheDayAndABorrowedMonthIsOf() {
        assertEquals(java.time.LocalDate.of(2024, 11, 23),
                DateText.find("Publicatu u 23 di nuvembre 2024 à 7:45", Order.UNKNOWN).orElseThrow().date());
        assertEquals(java.time.LocalDate.of(2025, 3, 10),
                DateText.find("Litinin, 10 ga Maris, 2025", Order.UNKNOWN).orElseThrow().date());
        assertTrue(DateText.find("the 3 big Notes 2024", Order.UNKNOWN).isEmpty());
        assertTrue(DateText.find("23 DI nuvembre 2024", Order.UNKNOWN).isEmpty(), "the word between is in lower case");
    }

    @Test
    void aLabelAloneAfterTheTextGoes() {
        Draft draft = HeadOf.draft(paste("Ku Chimwemwe Banda Phiri", "12 March 2025", "Gawani:\n\nNdemanga zina\n"));
        assertFalse(draft.blocks().stream().anyMatch(b -> b.text().equals("Gawani:")));
        assertTrue(draft.removed().stream().anyMatch(r -> r.text().equals("Gawani:")
                && r.reason().equals(NoiseRules.AFTER_ARTICLE)));
        // inside the text, a label over its own paragraph stays
        Draft inside = HeadOf.draft(paste("Ku Chimwemwe Banda Phiri", "12 March 2025", "")
                .replace("Ntchito ku yamba", "Zofunika:\n\nNtchito ku yamba"));
        assertTrue(inside.blocks().stream().anyMatch(b -> b.text().equals("Zofunika:")));
        // with the rule that reads what follows the article off, it stays
        NoiseRules off = NoiseRules.of(List.of(NoiseRules.AFTER_ARTICLE), List.of());
        assertFalse(off.labelAlone("Gawani:"));
        assertTrue(NoiseRules.defaults().labelAlone("Ноджы бакæс:"));
        // a zero-width non-joiner inside an Indic or a Persian word is the word's: Tulu "share:", Persian "tags:"
        assertTrue(NoiseRules.defaults().labelAlone("ಹಂಚ್‌ಲೆ:"));
        assertTrue(NoiseRules.defaults().labelAlone("برچسب‌ها:"));
        assertFalse(NoiseRules.defaults().labelAlone("\u200C:"), "no letter first");
        assertFalse(NoiseRules.defaults().labelAlone("Phone 2:"), "a digit: a value's label");
        assertFalse(NoiseRules.defaults().labelAlone("Ntchito ku yamba ku mwezi:"), "four words");
    }

    @Test
    void aShareButtonOfAnyLanguageAfterTheTextGoes() {
        Draft draft = HeadOf.draft(paste("Ku Chimwemwe Banda Phiri", "12 March 2025",
                "Ak'o ta Facebook\n\nAk'o ta WhatsApp\n"));
        assertTrue(draft.removed().stream().anyMatch(r -> r.text().equals("Ak'o ta WhatsApp")
                && r.reason().equals("share")));
        NoiseRules rules = NoiseRules.defaults();
        assertTrue(rules.networkButton("Sanga ku X"));
        assertFalse(rules.networkButton("Ros x"), "a columnist's kiss");
        assertFalse(rules.networkButton("Why I finally quit Facebook"), "three words");
        assertFalse(NoiseRules.of(List.of(NoiseRules.AFTER_ARTICLE), List.of()).networkButton("Ak'o ta Facebook"));
    }

    @Test
    void aLabelledListOfShortItemsAfterTheTextIsTags() {
        Draft draft = HeadOf.draft(paste("Ku Chimwemwe Banda Phiri", "12 March 2025",
                "Etichette: oliu · agricultura · Cardetu · siccità\n"));
        assertTrue(draft.removed().stream().anyMatch(r -> r.text().startsWith("Etichette:")
                && r.reason().equals("tags")));
        NoiseRules rules = NoiseRules.defaults();
        assertTrue(rules.labelledList("Тегтер: астық, бидай, баға, экспорт"));
        assertTrue(rules.labelledList("ټګونه: کوپراتیف، مڼې، سړه خونه، بڼوالي"));
        assertFalse(rules.labelledList("Media contact: Dana Whitlock, Public Information Officer, (970) 555-0171"),
                "a telephone number is no tag");
        assertFalse(rules.labelledList("Ingredients: flour, salt"), "two items");
        assertFalse(rules.labelledList("Cast: Sioned Wyn Parry, Iwan Rhys Maddocks, and the town choir sang."),
                "a sentence");
        assertFalse(NoiseRules.of(List.of("tags"), List.of()).labelledList("Тегтер: астық, бидай, баға"));
    }

    @Test
    void aWordInLowerCaseBetweenTwoNamesIsTheLanguagesAnd() {
        assertEquals(List.of("Kafui Agbenyega", "Selasi Dzokoto"),
                Bylines.parseBare("Kafui Agbenyega kple Selasi Dzokoto").names());
        assertEquals(List.of("Teuku Raisul Fikri", "Nurul Azizah"),
                Bylines.parseBare("Teuku Raisul Fikri ngon Nurul Azizah").names());
        // over its date line under the headline, as an Acehnese page prints it
        assertEquals(List.of("Teuku Raisul Fikri", "Nurul Azizah"),
                authors(paste("Teuku Raisul Fikri ngon Nurul Azizah", "Jeumeu'at, 18 Oktober 2024 | 16.20 WIB", "")));
        // a name's particle, a function word, a word no name holds, one side of one word, two words in lower case
        assertEquals(List.of("Ana Paula da Costa Lima"), Bylines.parseBare("Ana Paula da Costa Lima").names());
        assertEquals(List.of("Mohd Faizal bin Abdul Rahman"),
                Bylines.parseBare("Mohd Faizal bin Abdul Rahman").names());
        assertEquals(List.of("Jane Doe"), Bylines.parseBare("Jane Doe in New York").names());
        assertFalse(String.valueOf(Bylines.parseBare("Paula Ortega con Radio Sur")).contains("Radio Sur]"));
        assertFalse(String.valueOf(Bylines.parseBare("Jane Doe for Harbour Weekly")).contains("Harbour Weekly]"));
        assertEquals(null, Bylines.parseBare("Kafui kple Selasi Dzokoto"));
        assertEquals(null, Bylines.parseBare("Kafui Agbenyega kple mana Selasi Dzokoto"));
    }

    @Test
    void aParagraphEndingWithAnotherScriptsFullStopIsNoButtonOfTheShareBarOverIt() throws java.io.IOException {
        // a Tigre page pasted without blank lines: the share bar's buttons, a caption, then the text, whose
        // paragraphs end with the Ethiopic full stop "።"
        Draft draft = HeadOf.draft(HeadOf.paste("pastes-by-other-hands-33/pastes/39-aurelian-open-final.txt"));
        String kept = draft.blocks().stream().map(Block::text).collect(java.util.stream.Collectors.joining("\n"));
        assertTrue(kept.contains("ፈረንሳዊ ተጻዋቲ ተኒስ ሉካ ቫረን፣ ዮም እት ፍናል"), "the text's first paragraph is kept");
        assertTrue(kept.contains("ለካልእ ውድድሩ እት ሰነ 23 እት ሐልፈሩ ግራስ ኦፕን ቱ።"), "and its last");
        assertTrue(draft.removed().stream().anyMatch(r -> r.text().strip().equals("ኢመይል")), "the bar's buttons go");
    }
}
