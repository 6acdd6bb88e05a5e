package io.github.briefwright.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.load.FrontMatter;
import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.load.SeedFormat;
import io.github.briefwright.core.model.Author;
import io.github.briefwright.core.model.Block;
import io.github.briefwright.core.model.Block.Kind;
import io.github.briefwright.core.model.Removed;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructurerTest {

    private static final String BODY = "The council met on Tuesday to discuss the budget for the coming year, "
            + "and it agreed on most points.";
    private static final String OTHER = "Residents who spoke at the meeting asked for more money for libraries and "
            + "for the repair of roads in the north.";

    private static final String THIRD = "The vote on the final plan is expected next month, after a second round "
            + "of public meetings in every district.";

    private static Draft draft(String text) {
        Seed seed = new Seed("a.txt", Path.of("a.txt"), SeedFormat.TXT, text, 1, FrontMatter.NONE, List.of());
        return new Structurer().structure(seed);
    }

    private static List<Block> blocks(String text) {
        return draft(text).blocks();
    }

    private static List<String> authors(Draft draft) {
        return draft.head().authors().stream().map(Author::name).toList();
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().filter(b -> b.kind() != Kind.BREAK).map(Block::text).toList();
    }

    @Test
    void hygieneNormalisesLineEndsInvisibleCharactersTabsAndTrailingSpaces() {
        assertEquals("a b\nc d\n\ne", TextHygiene.paste("a\u00A0b  \r\nc\td\u200B\r\re"));
        assertEquals("x\ty  \nz", TextHygiene.common("x\ty  \r\nz\uFEFF"));
    }

    @Test
    void paragraphsAreSeparatedByBlankLinesAndHardWrapsReflowed() {
        List<Block> blocks = blocks(BODY + "\n\nFirst line of a paragraph that was wrapped by a PDF reader at\n"
                + "the usual width, and it goes on.\n");
        assertEquals(List.of(BODY, "First line of a paragraph that was wrapped by a PDF reader at the usual width, "
                + "and it goes on."), texts(blocks));
        assertEquals(3, blocks.get(1).line());
    }

    @Test
    void hyphenatedWordsAreJoinedAndCompoundsKept() {
        List<Block> blocks = blocks("The review found that inter-\nnational partners and the U.S.-\n"
                + "led coalition had a long-\nterm plan for the govern-\nment of the region, which is well-\n"
                + "known.\n");
        assertEquals("The review found that international partners and the U.S.-led coalition had a long-term "
                + "plan for the government of the region, which is well-known.", blocks.get(0).text());
    }

    @Test
    void theTextItselfDecidesAboutAHyphen() {
        assertTrue(Hyphenation.keepsHyphen("cease", "fire", java.util.Set.of("cease-fire")));
        assertFalse(Hyphenation.keepsHyphen("well", "being", java.util.Set.of("wellbeing")));
        assertTrue(Hyphenation.keepsHyphen("anti", "American", java.util.Set.of()));
    }

    @Test
    void twoBlankLinesBreakASection() {
        List<Block> blocks = blocks(BODY + "\n\n\n" + OTHER + "\n");
        assertEquals(List.of(Kind.PARAGRAPH, Kind.BREAK, Kind.PARAGRAPH), blocks.stream().map(Block::kind).toList());
    }

    @Test
    void bulletLinesBecomeListItemsWithTheirContinuations() {
        List<Block> blocks = blocks(BODY + "\n\n  • First item\n    continued\n  - Second item\n3) Third\n\n" + OTHER + "\n");
        assertEquals(Kind.LIST, blocks.get(1).kind());
        // a number among bullets stays in its item's text
        assertEquals(List.of("First item continued", "Second item", "3) Third"), blocks.get(1).items());
    }

    @Test
    void shortUnpunctuatedLineBeforeAParagraphIsAHeading() {
        List<Block> blocks = blocks(BODY + "\n\nRecommendations\n\n" + OTHER + "\n\nNot a heading.\n");
        assertEquals(Kind.HEADING, blocks.get(1).kind());
        assertEquals(Kind.PARAGRAPH, blocks.get(3).kind());
    }

    @Test
    void theHeadGivesTitleDekBylineDateAndSource() {
        Draft draft = draft("""
                OPINION

                The Budget Nobody Wanted

                Councillors agreed a plan that pleases no one and may not last the year

                By Jane Doe and JOHN ROE | Example Gazette
                Published Jan. 7, 2020 5:12 PM ET

                https://example.org/budget

                """ + BODY + "\n");
        Head head = draft.head();
        assertEquals("The Budget Nobody Wanted", head.title());
        assertEquals("Councillors agreed a plan that pleases no one and may not last the year", head.dek());
        assertEquals(List.of("Jane Doe", "John Roe"), head.authors().stream().map(Author::name).toList());
        assertEquals("2020-01-07", head.date());
        assertEquals("Example Gazette", head.publisher());
        assertEquals("https://example.org/budget", head.sourceUrl());
        assertEquals(List.of(BODY), texts(draft.blocks()));
        assertEquals(List.of(new Removed("section-label", "OPINION")), draft.removed());
    }

    @Test
    void datelinesInTheirManyForms() {
        assertEquals("2020-01-07", Datelines.parse("Updated 3:45 p.m. EST, Tue January 7, 2020").orElseThrow());
        assertEquals("2020-01-07", Datelines.parse("7 January 2020").orElseThrow());
        assertEquals("2021-03-03", Datelines.parse("March 3, 2021 at 9:15 a.m.").orElseThrow());
        assertEquals("2021-03-03", Datelines.parse("2021-03-03").orElseThrow());
        assertEquals("2021-03", Datelines.parse("March 2021").orElseThrow());
        assertEquals("2024-10-14", Datelines.parse("Senin, 14 Oktober 2024 | 09:15 WIB").orElseThrow());
        assertEquals("2025-05-19", Datelines.parse("19 May 2025 - 14:37 WEST").orElseThrow());
        assertTrue(Datelines.parse("On January 5, 2020, the parliament voted to expel foreign forces.").isEmpty());
        assertTrue(Datelines.parse("February 30, 2020").isEmpty());
    }

    @Test
    void noiseIsRemovedWhereverItStandsAndCarriesItsShortLines() {
        Draft draft = draft("""
                Share
                Tweet
                Email

                """ + BODY + """


                Advertisement

                The second paragraph of the story continues with more details on the budget vote.

                Related coverage
                Council approves new bus lanes
                Mayor faces questions over housing

                The third paragraph explains what happens next, and who will decide on the final plan.

                Topics: Budget, Council
                142 Comments
                """);
        assertEquals(3, texts(draft.blocks()).size(), texts(draft.blocks()).toString());
        assertEquals(List.of("share", "share", "share", "advertisement", "related", "related", "related", "tags",
                "comments"),
                draft.removed().stream().map(Removed::reason).toList());
    }

    @Test
    void aShortLineAfterNoiseThatIntroducesBodyTextIsKeptAsAHeading() {
        Draft draft = draft(BODY + "\n\nAdvertisement\n\nWhat comes next\n\n" + OTHER + "\n");
        assertEquals(Kind.HEADING, draft.blocks().get(1).kind());
        assertEquals("What comes next", draft.blocks().get(1).text());
    }

    @Test
    void authorBioAtTheEndFillsTheAuthorAndLeavesTheBody() {
        Draft draft = draft(BODY + "\n\nSubscribe Now\n  • JANE MCDONALD is a senior fellow at the Example "
                + "Institute.\n  • More By Jane McDonald\n");
        assertEquals(List.of(new Author("Jane McDonald", "JANE MCDONALD is a senior fellow at the Example Institute.")),
                draft.head().authors());
        assertEquals(List.of(BODY), texts(draft.blocks()));
    }

    @Test
    void aPersonDescribedInTheBodyIsNotAnAuthor() {
        Draft draft = draft("Barham K. Osei is the finance minister and has led the talks since 2019, aides said.\n\n"
                + BODY + "\n");
        assertTrue(draft.head().authors().isEmpty());
        assertEquals(2, draft.blocks().size());
    }

    @Test
    void pullQuotesAreTakenOutOfTheFlowAndPointToTheirSource() {
        String source = "The mayor said the plan was fair. Critics said it would cut services to the poorest "
                + "districts first, and that nobody had asked them.";
        Draft draft = draft(source + "\n\n" + BODY + "\n\n“It would cut services to the poorest districts first.”\n\n"
                + OTHER + "\n");
        assertEquals(1, draft.pullQuotes().size());
        assertEquals(1, draft.pullQuotes().get(0).sourceLine());
        assertEquals(3, draft.blocks().size());
    }

    @Test
    void aPullQuotesAttributionUnderItGoesWithIt() {
        String source = "The mayor said the plan was fair. Critics said it would cut services to the poorest "
                + "districts first, and that nobody had asked them.";
        for (String attribution : List.of("— Maria Lopez, councillor", "- Maria Lopez, councillor")) {
            Draft draft = draft(source + "\n\n" + BODY + "\n\n“It would cut services to the poorest districts first.”\n"
                    + attribution + "\n\n" + OTHER + "\n");
            assertEquals(List.of("“It would cut services to the poorest districts first.” — Maria Lopez, councillor"),
                    draft.pullQuotes().stream().map(PullQuoteMark::text).toList(), attribution);
            assertTrue(texts(draft.blocks()).stream().noneMatch(text -> text.contains("Maria Lopez")),
                    texts(draft.blocks()).toString());
        }
        Draft sentence = draft(source + "\n\n" + BODY + "\n\n“It would cut services to the poorest districts first.”\n\n"
                + "- The council will vote again in June.\n\n" + OTHER + "\n");
        assertTrue(texts(sentence.blocks()).stream().anyMatch(text -> text.contains("vote again in June")),
                "a sentence after a dash is text, not an attribution");
        Draft embed = draft(source + "\n\n" + BODY + "\n\n“It would cut services to the poorest districts first.”\n\n"
                + "— The Council (@council) October 9, 2018\n\n" + OTHER + "\n");
        assertTrue(texts(embed.blocks()).stream().anyMatch(text -> text.contains("(@council)")),
                "an embedded post's signature is text of its own");
        Draft demand = draft(source + "\n\n" + BODY + "\n\n“It would cut services to the poorest districts first.”\n\n"
                + "- Lower rents in university halls\n\n" + OTHER + "\n");
        assertTrue(texts(demand.blocks()).stream().anyMatch(text -> text.contains("Lower rents")),
                "a list item that names no one is no attribution");
    }

    @Test
    void paragraphsRepeatedSideBySideAreARepeatedStretchNotPullQuotes() {
        String first = "Breakfast is the same every day of the plan. Eat every three hours and drink water with "
                + "each meal.";
        String second = "Lunch changes with the day of the week. Portion containers: one green, one red and one "
                + "yellow.";
        Draft draft = draft(first + "\n\n" + second + "\n\n" + BODY + "\n\nEat every three hours and drink water "
                + "with each meal.\n\nPortion containers: one green, one red and one yellow.\n\n" + OTHER + "\n");
        assertTrue(draft.pullQuotes().isEmpty(), draft.pullQuotes().toString());
        assertEquals(6, texts(draft.blocks()).size(), texts(draft.blocks()).toString());
    }

    @Test
    void aShareBarDoesNotCarryTheQuantitiesOrDatesAfterIt() {
        Seed seed = new Seed("a.txt", Path.of("a.txt"), SeedFormat.TXT, BODY + "\n\n" + OTHER
                + "\n\nShare this on WhatsApp\n\nIngredients\n  • 8 ripe pears, cored and peeled\n"
                + "  • 1 lemon, or a quarter cup of lemon juice\n  • 2 tsp ground ginger\n", 1, FrontMatter.NONE,
                List.of());
        Draft draft = new Structurer(NoiseRules.defaults(), null).structure(seed);
        String kept = String.join("\n", draft.blocks().stream().map(Block::text).toList());
        assertTrue(kept.contains("8 ripe pears, cored and peeled"), kept);
        assertTrue(kept.contains("2 tsp ground ginger"), kept);
        assertEquals("share", draft.removed().get(0).reason());
    }

    @Test
    void aDatedLetterQuotedInTheTextStaysTheTextsAndNamesNoAuthor() {
        // a byline and a date, then two paragraphs, then a letter's place and date over its salutation: the head had
        // its byline and date already, so these are the text's, neither dropped nor read as a second byline
        Seed seed = new Seed("a.txt", Path.of("a.txt"), SeedFormat.TXT, "Council agrees budget\n\nBy Jane Doe\n"
                + "March 3, 2019\n\n" + BODY + "\n\n" + OTHER + "\n\nLisbon, March 3, 2019\nDear Mr President,\n\n"
                + THIRD + "\n", 1, FrontMatter.NONE, List.of());
        Draft draft = new Structurer(NoiseRules.defaults(), null).structure(seed);
        assertEquals(List.of("Jane Doe"), draft.head().authors().stream().map(a -> a.name()).toList());
        assertEquals(List.of(BODY, OTHER, "Lisbon, March 3, 2019", "Dear Mr President,", THIRD), texts(draft.blocks()));
        assertEquals(List.of(), draft.removed());
    }

    @Test
    void aLineOfTheBodyThatIsOnlyADateIsATimestampWhileTheHeadKeepsItsDate() {
        List<String> paragraphs = List.of(BODY, OTHER, THIRD, "Officials said the library hours would not change "
                + "before the summer, whatever the vote.", "The bus company asked for a new depot on the edge of town, "
                + "which the council refused.", "A second meeting on schools was set for the week after, at the "
                + "town hall.", "The mayor thanked the residents who came, and said the minutes would be online.");
        Seed seed = new Seed("a.txt", Path.of("a.txt"), SeedFormat.TXT, "Council agrees budget\n\nJan. 7, 2020\n\n"
                + String.join("\n\n", paragraphs.subList(0, 5)) + "\n\nPublished 7:07 PM EST Nov 19, 2019\n\n"
                + paragraphs.get(5) + "\n\n16 hours ago\n\n" + paragraphs.get(6) + "\n", 1, FrontMatter.NONE,
                List.of());
        Draft draft = new Structurer(NoiseRules.defaults(), null).structure(seed);
        assertEquals("2020-01-07", draft.head().date());
        assertEquals(paragraphs, texts(draft.blocks()));
        assertEquals(List.of("timestamp", "timestamp"), draft.removed().stream().map(Removed::reason).toList());
        Draft kept = new Structurer(NoiseRules.of(List.of("timestamp"), List.of()), null).structure(seed);
        assertTrue(texts(kept.blocks()).contains("Published 7:07 PM EST Nov 19, 2019"), texts(kept.blocks()).toString());
    }

    @Test
    void aRuleOfSeveralPartsIsKeptAndTurnedOffWhole() {
        // "photo-credit" is three rules of one name (English, other languages, credits with a slash): the rules as a
        // user's configuration makes them keep all three, and turning the name off turns off all three
        List<String> captions = List.of("The mayor at the meeting on Tuesday. (AP Photo/Jane Roe)",
                "De burgemeester tijdens de raadsvergadering van dinsdag. Beeld ANP",
                "El alcalde, durante el pleno del martes. EFE/Juan Pérez");
        NoiseRules configured = NoiseRules.of(List.of("share"), List.of());
        NoiseRules off = NoiseRules.of(List.of("photo-credit"), List.of());
        for (String caption : captions) {
            assertEquals("photo-credit", NoiseRules.defaults().reason(caption), caption);
            assertEquals("photo-credit", configured.reason(caption), caption);
            assertEquals(null, off.reason(caption), caption);
        }
    }

    @Test
    void commentHandlesShareCountsGalleryCountersAndNextPostLinksAreNoise() {
        NoiseRules rules = NoiseRules.defaults();
        assertEquals("comments", rules.reason("v2787 says:"));
        assertEquals("comments", rules.reason("• lonespeed says:"));
        assertEquals("share", rules.reason("0shares"));
        assertEquals("share", rules.reason("1,204 Shares"));
        assertEquals("photo-credit", rules.reason("Image 1 of 23"));
        assertEquals("photo-credit", rules.reason("Caption"));
        assertEquals("print-chrome", rules.reason("1  /  23"));
        assertEquals("print-chrome", rules.reason("Replay"));
        assertEquals("navigation", rules.reason("Next Post:Free scooter training for new riders"));
        assertEquals("related", rules.reason("Explore further"));
        assertEquals("related", rules.reason("MORE STORIES LIKE THIS ONE"));
        assertEquals("advertisement", rules.reason("Iklan"));
        assertEquals("advertisement", rules.reason("スポンサードリンク"));
        assertEquals("share", rules.reason("Sharing is caring!"));
        assertEquals("comments", rules.reason("Reply"));
        assertEquals("comments", rules.reason("Notify me via e-mail if anyone answers my comment."));
        assertEquals("navigation", rules.reason("Kabar Islam (3)"));
        assertEquals("tags", rules.reason("タグ: ソフトウェア"));
        assertEquals("print-chrome", rules.reason("View all"));
        assertEquals("print-chrome", rules.reason("View all (23)"));
        assertEquals("print-chrome", rules.reason("Back to Gallery"));
        assertEquals("photo-credit", rules.reason("The mayor at the meeting on Tuesday. (AP Photo/Jane Roe)"));
        assertNull(rules.reason("The debate has gone on for years: the electronic patient record (ePA)"));
        assertNull(rules.reason("Its chief executive spoke at the launch of the new phone (Apple)"));
        assertNull(rules.reason("The next post office will open in the spring, the council says."));
        // captions as the wire services write them
        assertEquals("photo-credit", rules.reason("In this Dec. 12, 2006, file photo, made available by the agency, "
                + "two astronauts work outside the station."));
        assertEquals("photo-credit", rules.reason("FILE - In this undated photo, the old bridge stands over the river."));
        assertEquals("photo-credit", rules.reason("In this photo taken on March 4, 2021, councillors vote."));
        assertNull(rules.reason("In this photo essay, we follow the river from its source to the sea over a year."),
                "a text about a photo is not a caption unless it starts as one");
        assertNull(rules.reason("In this town, the council met on Tuesday to discuss the budget."));
        assertEquals("comments", rules.reason("This site uses Akismet to reduce spam. Learn how your comment data is processed."));
        assertEquals("newsletter", rules.reason("Sign Up for e-mail newsletters"));
        assertEquals("newsletter", rules.reason("No spam, we promise. You can unsubscribe at any time and we'll never share your details."));
        assertEquals("subscribe", rules.reason("Get Example Monthly delivered through your letterbox every month"));
        assertNull(rules.reason("The parcels were delivered to your door by the council's own vans, the mayor said."),
                "in a sentence of the text that says so, a delivery is no offer");
    }

    @Test
    void anOrganisationsByLineDoesNotGoOnTheTitleAbove() {
        // pasted without blank lines: "by" in lower case would otherwise go on the headline above it
        Draft draft = draft("Exoplanet telescope completes final tests ahead of launch\nby European Space Agency\n"
                + "The telescope in the clean room before shipment. Credit: ESA/Airbus\n\n"
                + "A small space telescope designed to measure the sizes of planets has passed its final checks.\n\n"
                + "The satellite completed a series of tests in October that simulated the noise of launch.\n");
        assertEquals("Exoplanet telescope completes final tests ahead of launch", draft.head().title());
        assertEquals(List.of("European Space Agency"), authors(draft));
    }

    @Test
    void aCriticsRoleIsNoNameNorPublisher() {
        Draft draft = draft("The Last Crossing Sinks Under Its Own Weight\n\nBy Daniel Okoro, Film Critic\n\nNov. 14, 2025\n\n"
                + "There is a moment, about forty minutes into the film, when the ship finally sinks and the audience sighs.\n\n"
                + "The director has made a long film about a short voyage, and it shows in every scene of it.\n");
        assertEquals(List.of("Daniel Okoro"), authors(draft));
        assertNull(draft.head().publisher());
    }

    @Test
    void aRecipeCardsOrAQuestionPagesButtonIsNoName() {
        String body = "\n\nWarning: once you make banana bread with brown butter, there is no going back to the old way.\n\n"
                + "I have been making banana bread for as long as I have been baking, since my grandmother taught me.\n";
        assertEquals(List.of(), authors(draft("Brown Butter Banana Bread\n\nPin Recipe" + body)));
        assertEquals(List.of(), authors(draft("Why does my sourdough starter smell like nail polish?\n\nAsk Question" + body)));
    }

    @Test
    void aNewsroomAfterAByWordInAnotherLanguageIsTheAuthorWithoutIt() {
        Draft draft = draft("Vrouwen 1 te sterk voor Drachtster Boys\n\nDoor Redactie\n\n13 oktober 2024\n\n"
                + "De vrouwen van het eerste elftal hebben zondag met ruime cijfers gewonnen van Drachtster Boys.\n\n"
                + "Na een gelijke eerste helft liep de ploeg na rust uit naar een duidelijke overwinning thuis.\n");
        assertEquals(List.of("Redactie"), authors(draft));
    }

    @Test
    void aNameOverAPlaceAndADateIsTheAuthorAndThePlaceIsNot() {
        String body = "\n\nEl Unicaja de Málaga firmó anoche una de las remontadas más recordadas de la Copa, tras ir "
                + "perdiendo por 18 puntos ante el Barça a mitad del tercer cuarto.\n\nLos de Ibon Navarro encontraron en "
                + "la defensa zonal la clave del partido, y Kearns anotó 14 de sus 22 puntos en el último cuarto.\n";
        for (String placeAndDate : List.of("Gran Canaria - 22 feb 2025 - 23:48 CET", "Santa Cruz de Tenerife - 22 feb "
                + "2025 - 14:37 WEST", "Ciudad de México / 22.02.2025 08:47:12", "Sevilla - 22 may 2025 - 14:37 WEST")) {
            for (String lineEnd : List.of("\n", "\n\n")) { // lines as pasted, or with blank lines between
                Draft draft = draft(String.join(lineEnd, "El Unicaja remonta 18 puntos y se cita con el Real Madrid en "
                        + "la final", "El conjunto malagueño tumba al Barça en una segunda parte para el recuerdo",
                        "Carlos Ruiz Gallego", placeAndDate, "Compartir en Whatsapp") + body);
                assertEquals(List.of("Carlos Ruiz Gallego"), authors(draft), placeAndDate);
                assertEquals(placeAndDate.contains("may") ? "2025-05-22" : "2025-02-22", draft.head().date(),
                        placeAndDate);
                assertTrue(draft.blocks().stream().noneMatch(block -> block.text().contains("Carlos Ruiz")),
                        placeAndDate);
            }
        }
        // without a name over it, the line beside the date still names the author ("Jane Roe - 22 Feb 2025")
        Draft alone = draft("Council agrees budget after long debate\n\nJane Roe - 22 Feb 2025\n\n" + BODY + "\n\n" + OTHER + "\n");
        assertEquals(List.of("Jane Roe"), authors(alone));
    }

    @Test
    void aRoleUnderTheBylineIsNoSecondName() {
        for (String role : List.of("Local Democracy Reporter", "Senior Political Correspondent")) {
            Draft draft = draft("Lakes council votes to keep visitor levy plan alive\n\nBy Rachel Tui\n\n" + role
                    + "\n\n5:00 AM Tuesday, 15 October 2024\n\n" + BODY + "\n\n" + OTHER + "\n");
            assertEquals(List.of("Rachel Tui"), authors(draft), role);
            assertTrue(draft.blocks().stream().noneMatch(block -> block.text().equals(role)), role);
        }
        // a name with its role, on a line of its own next to the date, is still a byline
        Draft named = draft("Lakes council votes to keep visitor levy plan alive\n\nJane Roe, Staff Writer\n\n"
                + "15 October 2024\n\n" + BODY + "\n\n" + OTHER + "\n");
        assertEquals(List.of("Jane Roe"), authors(named));
    }

    @Test
    void aRoleWithoutANameOverTheDateIsNoDek() {
        Draft draft = draft("We built the flood wall. Now who is going to pay to keep it standing?\n\nGuest columnist\n\n"
                + "Sept. 3, 2023\n\n" + BODY + "\n\n" + OTHER + "\n\nJane Roe is a civil engineer and chair of the "
                + "Lower Tamsett Flood Board.\n\nGuest opinions do not necessarily reflect the views of the Valley "
                + "Courier. To submit a guest column, email the opinion desk. Columns should be no longer than 700 "
                + "words.\n");
        assertNull(draft.head().dek());
        assertTrue(draft.blocks().stream().noneMatch(block -> block.text().equals("Guest columnist")));
        // the bio after the text, over the paper's disclaimer, names the writer the byline did not
        assertEquals(List.of("Jane Roe"), authors(draft));
        assertEquals(List.of(BODY.strip(), OTHER.strip()), texts(draft.blocks()));
    }

    @Test
    void aSignatureOverANoteOnItsWriterNamesTheAuthor() {
        String head = "Opettaja, joka opetti kokonaisen kylän laulamaan\n\nEila Koskinen 1937–2023\n\n"
                + "Julkaistu 21.11.2023 5:00\n\nJaa\n\nTallenna\n\n";
        Draft draft = draft(head + BODY + "\n\n" + OTHER + "\n\nAino Rautiainen\n\nKirjoittaja on Eila Koskisen "
                + "entinen oppilas ja kuorolainen.\n");
        assertEquals(List.of("Aino Rautiainen"), authors(draft));
        assertEquals("Kirjoittaja on Eila Koskisen entinen oppilas ja kuorolainen.", draft.head().authors().get(0).bio());
        assertEquals(List.of(BODY.strip(), OTHER.strip()), texts(draft.blocks()));
        // the years of a life under the headline are its dek, not the publisher; the buttons name no one
        assertEquals("Eila Koskinen 1937–2023", draft.head().dek());
        assertNull(draft.head().publisher());
        // a name alone after the text, with no note on its writer under it, is no signature
        Draft unsigned = draft(head + BODY + "\n\n" + OTHER + "\n\nAino Rautiainen\n");
        assertEquals(List.of(), authors(unsigned));
        // the note alone is the text's: a letter's writer, a novel's author ("The writer was never identified.")
        String unknown = "The writer was never identified, and the letter is now in the town museum.";
        Draft noted = draft("Council agrees budget after long debate\n\nBy Jane Roe\n\nJan. 7, 2020\n\n" + BODY
                + "\n\n" + OTHER + "\n\n" + unknown + "\n");
        assertEquals(List.of(BODY.strip(), OTHER.strip(), unknown), texts(noted.blocks()));
        assertNull(noted.head().authors().get(0).bio());
        // an interview's speaker, named over each answer, is no signature over the last one
        Draft interview = draft("Nobody remembers the screenwriter\n\nBy Tom Ashdown\n\nJan. 7, 2020\n\n" + BODY
                + "\n\nDora Vellacott\n\nIt was a long time ago.\n\n" + OTHER + "\n\nDora Vellacott\n\n"
                + "The writer is always the one they blame.\n");
        assertEquals(List.of("Tom Ashdown"), authors(interview));
        assertTrue(interview.blocks().stream().anyMatch(b -> b.text().equals("The writer is always the one they blame.")));
    }

    @Test
    void twoWritersEachOverARoleJoinedByAnAndAreBothAuthors() {
        Draft draft = draft("Why is my mortgage going up when the central bank just cut rates?\n\n5 hours ago\n\n"
                + "Whitney Adebayo-Lowe\n\nEconomics correspondent\n\nand\n\nSam Ferreira\n\nBusiness reporter\n\n"
                + BODY + "\n\n" + OTHER + "\n");
        assertEquals(List.of("Whitney Adebayo-Lowe", "Sam Ferreira"), authors(draft));
        // how long ago it was posted is no dek, and the names, roles and "and" are no text
        assertNull(draft.head().dek());
        assertEquals(List.of(BODY.strip(), OTHER.strip()), texts(draft.blocks()));
    }

    @Test
    void aBoxOfFactsAfterTheTextIsNoTextButAListTheTextIntroducesIs() {
        String review = "La casa sul lago, un thriller che si spegne\n\ndi Marco Tessitore\n\n19 ottobre 2023\n\n"
                + BODY + "\n\n" + OTHER + "\n\n" + THIRD + "\n\n";
        Draft card = draft(review + "Voto: 6,5/10\nLA SCHEDA\nTitolo: La casa sul lago\nRegia: Alessia Corradini\n"
                + "Cast: Giulia Ferrantelli, Tommaso Brizzi\nDurata: 104'\n");
        assertEquals(List.of(BODY.strip(), OTHER.strip(), THIRD.strip()), texts(card.blocks()));
        assertTrue(card.removed().stream().anyMatch(r -> r.reason().equals("fact-box") && r.text().equals("LA SCHEDA")));
        // the same lines under a line of the text that ends in a colon are the text's list
        String list = "Principais cargos e salários:\nEnfermeiro: R$ 4.350\nProfessor: R$ 3.985\nTécnico: R$ 2.430\n";
        Draft introduced = draft(review + list);
        assertTrue(introduced.blocks().stream().anyMatch(block -> block.text().contains("Enfermeiro: R$ 4.350")));
    }

    @Test
    void aPodcastsHostsOverItsEpisodesTitleAreItsAuthors() {
        Draft draft = draft("The Long Table\nStories from the places in between\nHosted by Noor Haddad & Felix Brandt\n"
                + "Episode 142: The last lighthouse keeper of Gannet Rock\nJan 9, 2024 · 48 min\nPlay\n" + BODY + "\n"
                + OTHER + "\n");
        assertEquals("Episode 142: The last lighthouse keeper of Gannet Rock", draft.head().title());
        assertEquals(List.of("Noor Haddad", "Felix Brandt"), authors(draft));
    }

    @Test
    void aCriticsBoxAfterTheTextGivesTheBio() {
        Draft draft = draft("La casa sul lago, un thriller che si spegne\n\ndi Marco Tessitore\n\n19 ottobre 2023\n\n"
                + BODY + "\n\n" + OTHER + "\n\nMarco Tessitore\n\nCritico cinematografico, scrive di cinema italiano "
                + "e di genere.\n");
        assertEquals("Critico cinematografico, scrive di cinema italiano e di genere.", draft.head().authors().get(0).bio());
        assertEquals(List.of(BODY.strip(), OTHER.strip()), texts(draft.blocks()));
    }

    @Test
    void aKoreanLineOfWhenPostedAndUpdatedIsNoText() {
        Draft draft = draft("서울시, 내년부터 지하철 심야 운행 1시간 연장\n\n입력 2022.11.21 07:07 수정 2022.11.21 10:42\n"
                + "김민지 기자\n\n" + BODY + "\n\n" + OTHER + "\n");
        assertEquals("2022-11-21", draft.head().date());
        assertEquals(List.of(BODY.strip(), OTHER.strip()), texts(draft.blocks()));
    }

    @Test
    void aSourceLabelInAnotherLanguageNamesThePublisher() {
        Draft draft = draft("Großbrand in Lagerhalle bei Erfurt\n\nQuelle: mpa\n\nStand: 18.04.2024, 14:35 Uhr\n\n"
                + BODY + "\n\n" + OTHER + "\n");
        assertEquals("mpa", draft.head().publisher());
        assertNull(draft.head().dek());
    }

    @Test
    void aShoutedLabelUnderTheHeadlineIsNoPartOfIt() {
        // lines as pasted, without blank lines: "ANALYSIS" on its own line under the headline
        Draft draft = draft("Regional carriers bet on turboprops as jet delivery delays drag on\nANALYSIS\n"
                + "By Priya Raman\n23 October 2024 08:40 GMT\n" + BODY + "\n" + OTHER + "\n");
        assertEquals("Regional carriers bet on turboprops as jet delivery delays drag on", draft.head().title());
        assertEquals(List.of("Priya Raman"), authors(draft));
    }

    @Test
    void aSeedThatIsAllNoiseHasNoBody() {
        Draft draft = draft("Subscribe Now\n\nSign in\n\nAdvertisement\n");
        assertTrue(draft.blocks().isEmpty());
        assertEquals(3, draft.removed().size());
        assertNull(draft.head().title());
    }

    @Test
    void markdownOnlyGetsCommonHygiene() {
        Seed seed = new Seed("a.md", Path.of("a.md"), SeedFormat.MD, "# T\r\n\tcode  \r\n", 3, FrontMatter.NONE,
                List.of());
        Draft draft = new Structurer().structure(seed);
        assertEquals("# T\n\tcode  \n", draft.text());
        assertEquals(List.of(), draft.blocks());
    }

    @Test
    void aShareLabelOfAnotherLanguageOverSocialNetworksIsNoAuthorButANameIs() {
        String text = "Council backs the new budget after a long debate\n\n7 February 2024\n\nPodeli\n\nFacebook\n\n"
                + "Viber\n\nX\n\n" + BODY + "\n\n" + OTHER + "\n\n" + THIRD + "\n\nСподели\n\nFacebook\n\nEmail\n";
        Draft draft = draft(text);
        assertEquals(List.of(), authors(draft));
        assertEquals(List.of(BODY, OTHER, THIRD), texts(draft.blocks()));
        assertTrue(draft.removed().stream().anyMatch(r -> r.text().equals("Podeli")), draft.removed().toString());
        // a messaging app's button last under "share" in Thai
        String share = "แชร์\nFacebook\nX\nLine\n\n";
        Draft thai = draft("ภูมิภาค\nย้อนรอยน้ำท่วมท่าทราย สามครั้งใหญ่ในรอบสิบสามปี\n"
                + "ชาวบ้านริมแม่น้ำเล่าถึงน้ำท่วมสามครั้ง ที่ทำให้ทั้งชุมชนต้องเปลี่ยนวิธีใช้ชีวิต\nโดย กมลวรรณ ทองดี\n"
                + "12 ส.ค. 2567 09:30 น.\n\n" + share + "ชุมชนท่าทรายตั้งอยู่ริมแม่น้ำมาเกือบสองร้อยปี "
                + "ชาวบ้านส่วนใหญ่ทำนาและเลี้ยงปลาในกระชัง น้ำหลากในฤดูฝนเป็นเรื่องปกติของที่นี่\n\n"
                + "น้ำท่วมครั้งแรกมาถึงช้ากว่าที่ทุกคนคาด แต่ท่วมนานที่สุด ระดับน้ำในหมู่บ้านสูงเกือบสองเมตร\n");
        assertEquals("ย้อนรอยน้ำท่วมท่าทราย สามครั้งใหญ่ในรอบสิบสามปี", thai.head().title());
        assertTrue(thai.blocks().stream().noneMatch(b -> b.text().contains("Line")), texts(thai.blocks()).toString());
        assertTrue(NoiseRules.isButtonWord("คัดลอกลิงก์"), "'copy link' in Thai");
        assertTrue(NoiseRules.isButtonWord("LINE"));
        assertTrue(NoiseRules.isButtonWord("I-share"), "'share' in Tagalog");
        assertTrue(NoiseRules.isButtonWord("Kopyahin ang link"));
        assertTrue(NoiseRules.isButtonWord("Dalintis:"), "'share' in Lithuanian, with its colon");
        assertTrue(NoiseRules.isButtonWord("Jaga"));
        assertTrue(NoiseRules.isButtonWord("Distribuie:"));
        assertFalse(NoiseRules.isButtonWord("Lines"));
        // a writer of one name where a share label would stand (the label is known by its word, not its place)
        Draft named = draft("Jembatan gantung Sungai Lemau kembali dibuka\n\nKamis, 14 Maret 2024 10:25 WIB\n\nSuparman\n\n"
                + "Facebook\n\nX\n\n" + BODY + "\n\n" + OTHER + "\n\n" + THIRD + "\n");
        assertEquals(List.of("Suparman"), authors(named));
    }

    @Test
    void aHeadlineMayEndWithAUnitsFullStop() {
        String title = "Общинският съвет гласува поскъпване на билета за градския транспорт на 1,60 лв.";
        Draft draft = draft("Каменград / Общество\n\n" + title + "\n\nСлед близо тричасов дебат предложението мина с 22 "
                + "гласа „за“.\n\n15 ноември 2023, 17:42\n\n" + BODY + "\n\n" + OTHER + "\n\n" + THIRD + "\n");
        assertEquals(title, draft.head().title());
        // a reading time is no title
        assertEquals("Council Backs Budget", draft("Council Backs Budget\n\nLecture 4 min.\n\nMarch 3, 2024\n\n" + BODY
                + "\n\n" + OTHER + "\n").head().title());
    }

    @Test
    void aHeadlineInTitleCaseMayEndWithAFullStopUnderASectionPath() {
        Draft draft = draft("The Lakeshore Tribune\n\nOpinion | Guest Essay\n\nI Drive a School Bus. Here's Why Nobody Wants "
                + "My Job.\n\nBy Teresa Lindqvist-Moore\n\nSept. 9, 2024\n\n" + BODY + "\n\n" + OTHER + "\n\n" + THIRD + "\n");
        assertEquals("I Drive a School Bus. Here's Why Nobody Wants My Job.", draft.head().title());
        assertEquals(List.of(BODY, OTHER, THIRD), texts(draft.blocks()));
        // a text's first sentences, not in title case, are no title
        Draft plain = draft("Council Backs Budget\n\nMarch 3, 2024\n\nThe council met on Tuesday. It agreed on most points of "
                + "the plan.\n\n" + OTHER + "\n\n" + THIRD + "\n");
        assertEquals("Council Backs Budget", plain.head().title());
        assertEquals("The council met on Tuesday. It agreed on most points of the plan.", texts(plain.blocks()).get(0));
    }

    @Test
    void aStationsNewsroomIsOneWriterAndTheNoteOnTheStationNoSecond() throws java.io.IOException {
        // "Posted by Gospel Wave FM News" over the text, "Gospel Wave FM is a non-profit Christian radio station …"
        // after it: the newsroom wrote it, the note is on the station, which the copyright line names
        Head head = HeadOf.head(HeadOf.paste("pastes-by-other-hands-36/pastes/37-mount-kavuri-alert.txt"));
        assertEquals(List.of("Gospel Wave FM News"), head.authors().stream().map(Author::name).toList());
        assertEquals("Gospel Wave FM", head.publisher());
    }

    @Test
    void aClubOfficersRoleAfterTheNameIsNeitherWriterNorPublisher() {
        Head head = HeadOf.head("\"Old Jacob\" comes home: our tenor bell is back in the tower\n\n"
                + "By Margaret Hollins, Tower Captain\n\nPosted on 9th May 2024\n\n" + HeadOf.BODY + "\n");
        assertEquals(List.of("Margaret Hollins"), head.authors().stream().map(Author::name).toList());
        assertEquals(null, head.publisher());
        // a review's rating under the byline is no second writer
        head = HeadOf.head("Sarvik Tempo X7 road test: the seven-seater that gets it right\n\n"
                + "By Rohan Kulkarni & Sneha Pillai\n\nPublished: Jul 16, 2024, 09:30 AM IST\n\nMotorVeda Rating\n"
                + "4.0/5\n\n" + HeadOf.BODY + "\n");
        assertEquals(List.of("Rohan Kulkarni", "Sneha Pillai"), head.authors().stream().map(Author::name).toList());
    }

    @Test
    void aLabelledNameBesideTheDateIsTheWriterAndABlogsNameOverHowLongAgoToo() {
        // Mam's "writer:" over its "day:" (a glottal stop's apostrophe in both labels)
        Head head = HeadOf.head("Juez ma tz'ok tq'o'n tumil: 48 kwerd tx'otx' kye xjal te Tuj Ch'im\n\n"
                + "Ajtz'ib'al: Maribel Bartolón Ramírez\n\nQ'ij: 28/05/2024 · 10:45\n\n" + HeadOf.BODY + "\n");
        assertEquals(List.of("Maribel Bartolón Ramírez"), head.authors().stream().map(Author::name).toList());
        assertEquals("2024-05-28", head.date());
        // no date line beside it: a label and a name is no writer's
        head = HeadOf.head("Record-Breaking Vollmer Sells for S$1.98 Million\n\nMulepi: Amina Selemane Muhamudo\n\n"
                + HeadOf.BODY + "\n");
        assertEquals(List.of(), head.authors());
        // a blog's writer, how long ago it posted and its reading time
        head = HeadOf.head("Record-Breaking Vollmer Sells for S$1.98 Million at Keppel & Lowe\n\n"
                + "Darren Goh · 3 days ago · 6 min read\n\n" + HeadOf.BODY + "\n");
        assertEquals(List.of("Darren Goh"), head.authors().stream().map(Author::name).toList());
        assertEquals(null, head.publisher());
    }

    @Test
    void aSectionsNameTheBreadcrumbGivesIsNoPublisherUnderTheDate() {
        String page = "Oso » Nyunsu » Radio bigins a new programme\n\n"
                + "Radio bigins a new programme for all the week\n\nFu: Radio Kondre Sten\n\n23 oktober 2024\n\n"
                + "%s\n\n" + HeadOf.BODY + "\n";
        assertEquals(null, HeadOf.head(String.format(page, "Nyunsu")).publisher());
        // a share bar's label in a language no list holds, over the networks' buttons
        assertEquals(null, HeadOf.head("Porticeddu, apriu lu novu terminal dî traghetti\n\ndi Turi Scalisi\n\n"
                + "12 di ottùviru 2024 – 11:37\n\nCunnivìdi\n\nFacebook\n\nWhatsApp\n\n" + HeadOf.BODY + "\n")
                .publisher());
    }
}
