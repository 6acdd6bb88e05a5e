package io.github.briefwright.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.load.FrontMatter;
import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.load.SeedFormat;
import io.github.briefwright.core.model.Author;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The writer who signs under the text, read by the signature's shape in any language; and what is no signature. */
class SignaturesTest {

    private static final String TITLE = "Nova lex de aqua publica in urbe Veridia hodie lata est\n\n";
    private static final String TEXT = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod "
            + "tempor incididunt ut labore et dolore magna aliqua, ut enim ad minim veniam.\n\n"
            + "Quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat, duis aute irure "
            + "dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur.\n\n"
            + "Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est "
            + "laborum, sed ut perspiciatis unde omnis iste natus error sit voluptatem.\n\n"
            + "Nemo enim ipsam voluptatem quia voluptas sit aspernatur aut odit aut fugit.\n\n";

    private static Draft draft(String text) {
        Seed seed = new Seed("a.txt", Path.of("a.txt"), SeedFormat.TXT, text, 1, FrontMatter.NONE, List.of());
        return new Structurer().structure(seed);
    }

    private static List<String> signed(String after) {
        return draft(TITLE + TEXT + after).head().authors().stream().map(Author::name).toList();
    }

    @Test
    void aSurnameInCapitalsUnderTheTextSignsIt() {
        assertEquals(List.of("Светлана Ворончихина"), signed("Светлана ВОРОНЧИХИНА\n\nСуредъёс архивысьтыз"));
        assertEquals(List.of("Baxadir Ótepbergenov"), signed("Baxadir ÓTEPBERGENOV\n"));
        Draft draft = draft(TITLE + TEXT + "Baxadir ÓTEPBERGENOV\n");
        assertFalse(draft.blocks().stream().anyMatch(b -> b.text().contains("Baxadir")), "the signature is no text");
        assertTrue(draft.removed().stream()
                .anyMatch(r -> r.reason().equals("byline") && r.text().contains("Baxadir")));
    }

    @Test
    void aNameInBracketsSignsIt() {
        assertEquals(List.of("中村健太"), signed("（中村健太）\n\nこの記事を書いた人"));
        assertEquals(List.of("Ana Ruiz Peña"), signed("(Ana Ruiz Peña)\n"));
        // an agency's short name in brackets is no person's
        assertEquals(List.of(), signed("(AFP)\n"));
    }

    @Test
    void aJapaneseTextIsCountedByItsCharacters() {
        String text = "商店街の空き店舗が減っている\n\n"
                + "市の補助制度を使って空き店舗を改修し、新しい店を開く若い世代が増えている。昨年度は十二の店が開業した。\n\n"
                + "昨年十月に古書店を開いた岡田陽介さんは、東京の出版社を辞めて地元に戻った。店先で常連さんと話しながら本を手渡せるのがうれしいと話す。\n\n"
                + "一方で課題も残る。新しい店の多くは平日の客足が伸びず、営業を週末に限っている店もある。\n\n"
                + "市は来年度、補助の対象を空き店舗の二階部分を住居として改修する場合にも広げる方針だ。\n\n"
                + "（中村健太）\n\nこの記事を書いた人\n";
        assertEquals(List.of("中村健太"), draft(text).head().authors().stream().map(Author::name).toList());
    }

    @Test
    void aNameWithItsDateSignsItAndDatesIt() {
        Draft draft = draft(TITLE + TEXT + "Tessa Marlowe, 12 September 2023\n");
        assertEquals(List.of("Tessa Marlowe"), draft.head().authors().stream().map(Author::name).toList());
        assertEquals("2023-09-12", draft.head().date());
    }

    /** A name alone under the headline, printed once more in the writer's box under the text. */
    @Test
    void aNameAtTheTopPrintedAgainUnderTheTextIsTheWriter() {
        String top = TITLE + "Das bizarre Genom der größten Blütenpflanze der Welt offenbart, zu was Parasiten fähig "
                + "sind.\n\nChristie Wilcox\n\n© Maizal / stock.adobe.com (Ausschnitt)\n\n" + TEXT;
        assertEquals(List.of("Christie Wilcox"), draft(top + "• Christie Wilcox\n\nDie Autorin ist "
                + "Wissenschaftsautorin.\n").head().authors().stream().map(Author::name).toList());
        // printed once only, again without a note on the writer under it, or many times (an interview's speaker),
        // it names no writer
        assertEquals(List.of(), draft(top).head().authors());
        assertEquals(List.of(), draft(top + "• Christie Wilcox\n\nTags: genetics\n").head().authors());
        assertEquals(List.of(), draft(top + "Christie Wilcox\n\nYes, sure.\n\nChristie Wilcox\n\nNo.\n").head()
                .authors());
    }

    /** A magazine's credit line after the text and its related articles, the head naming no writer. */
    @Test
    void aCreditLineAfterTheTextNamesTheWriter() {
        String after = "RELATED ARTICLES\n\nThe font that hides a secret message\n\nTEXT BY ARIELLE PARDES\n\n"
                + "TRANSLATION BY CHIHIRO OKA\n";
        assertEquals(List.of("Arielle Pardes"), signed(after));
        // two credits naming different people are teasers' credits: none is read
        assertNull(Signatures.credit("Words by Ana Ruiz\n\nAnother story\n\nWords by Tom Hale\n"));
        assertEquals("Arielle Pardes", Signatures.credit("x\nText by Arielle Pardes\ny"));
        assertNull(Signatures.credit("Photos by Arielle Pardes\nText by the editors"));
    }

    /** A blog's line under its post, then its buttons: "Posted by Grace Njeri Kamau at 10:14". */
    @Test
    void aBlogsPostedByUnderThePostSignsIt() {
        Draft draft = draft(TITLE + TEXT + "Posted by Grace Njeri Kamau at 10:14\n\nEmail This\n\nBlogThis!\n\n"
                + "Labels: cheese, food\n");
        assertEquals(List.of("Grace Njeri Kamau"), draft.head().authors().stream().map(Author::name).toList());
        assertFalse(draft.blocks().stream().anyMatch(b -> b.text().contains("Posted by")), "the line is no text");
        assertEquals(List.of(), signed("Posted by Grace Njeri Kamau at the end of a long week\n"));
    }

    @Test
    void aNameWithARoleInLowerCaseSignsIt() {
        assertEquals(List.of("Олена Гнатюк"),
                signed("Олена Гнатюк, головна редакторка «Вісника»\n\nТеги: рада"));
        assertEquals(List.of("Miroslav Kučera"), signed("Ing. Miroslav Kučera\nprimátor mesta\nPrílohy"));
    }

    @Test
    void aNameAloneSignsItOverTheFurnitureOrAtTheEnd() {
        assertEquals(List.of("Dragana Lukić"), signed("Dragana Lukić\nTagovi:\nMilorad Jeftić"));
        assertEquals(List.of("Rob Ishikawa"), signed("Rob Ishikawa\n"));
    }

    @Test
    void aSpokespersonOverTheirRoleSignsARelease() {
        // a police officer's rank left out; the role in title case, as releases print it
        assertEquals(List.of("Chioma Ekwueme-Balogun"), signed("SP Chioma Ekwueme-Balogun\n"
                + "Police Public Relations Officer,\nFor: Commissioner of Police,\n"));
        assertEquals(List.of("Dana Whitfield"), signed("Dana Whitfield\nPress Secretary\nShare this"));
        // a title-case line that is no spokesperson's role does not make a name over it a signature
        assertEquals(List.of(), signed("Dana Whitfield\nRelated Stories From Veridia\nShare this"));
    }

    @Test
    void aNewsroomsAccountInTheHeadGivesWayToThePersonWhoSigns() {
        Draft draft = draft(TITLE + "Posted by: Command PRO | Category: Press Releases\n\n" + TEXT
                + "SP Chioma Ekwueme-Balogun\nPolice Public Relations Officer,\n");
        assertEquals(List.of("Chioma Ekwueme-Balogun"), draft.head().authors().stream().map(Author::name).toList());
        // a person's byline in the head stays
        Draft person = draft(TITLE + "By Jane Porter\n\n" + TEXT + "SP Chioma Ekwueme-Balogun\n"
                + "Police Public Relations Officer,\n");
        assertEquals(List.of("Jane Porter"), person.head().authors().stream().map(Author::name).toList());
    }

    @Test
    void aNameAfterAClosingOrAPlaceAndDateSignsIt() {
        assertEquals(List.of("Rumbidzai Chikomba"), signed("Ndini wenyu,\nRumbidzai Chikomba\nMukuru weChikoro\n"
                + "Govera:"));
        Draft draft = draft(TITLE + TEXT + "Bikorewe i Kabuyenge, ku wa 3 March 2025\n\nNyiraneza Claudine\n"
                + "Perezida w'Inama y'Ubutegetsi\n");
        assertEquals(List.of("Nyiraneza Claudine"), draft.head().authors().stream().map(Author::name).toList());
        assertEquals("2025-03-03", draft.head().date());
    }

    @Test
    void aBylineOverTheTextComesFirst() {
        Draft draft = draft(TITLE + "By Jane Porter\n\n" + TEXT + "Baxadir ÓTEPBERGENOV\n");
        assertEquals(List.of("Jane Porter"), draft.head().authors().stream().map(Author::name).toList());
    }

    @Test
    void aNameBeforeSpeechIsNone() {
        assertEquals(List.of(), signed("Councillor Janet Ormsby, chair of the planning committee, said:\n\n"
                + "\"This was a difficult decision and the committee listened carefully to everyone who spoke.\"\n"));
    }

    @Test
    void aCommentsNameIsNone() {
        // a name over a paragraph about something else heads a comment
        assertEquals(List.of(), signed("Liam O'Dwyer\n\nBrilliant news, drove past on Sunday and the lantern looks "
                + "like new, well done to everyone involved.\n"));
        // two signatures' shapes: a list of comments
        assertEquals(List.of(), signed("Gráinne Walsh, retired teacher\n\nSo happy to see it.\n\n"
                + "Tom Byrne, local historian\n"));
    }

    @Test
    void aNameInTheMiddleOfTheTextIsNone() {
        assertEquals(List.of(), draft(TITLE + TEXT + "Иван ПЕТРОВ\n\n" + TEXT + TEXT).head().authors());
    }

    @Test
    void teasersInTitleCaseAreNone() {
        assertEquals(List.of(), signed("Pasture Performance Award\nEnvironmental Sustainability Award\n"
                + "Farm Safety Award\n"));
        assertEquals(List.of(), signed("Honddwyn Valley Museum\nHeritage\n"));
    }

    @Test
    void aNameUnderALineThatIsNoSentenceIsNone() {
        assertEquals(List.of(), signed("Read more\n\nRob Ishikawa\n"));
        assertNull(Signatures.find(List.of()));
    }
}
