package io.github.briefwright.core.structure;

import static io.github.briefwright.core.structure.HeadOf.BODY;
import static io.github.briefwright.core.structure.HeadOf.head;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.model.Author;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The head of pastes whose title, byline or date only scored candidates find. */
class HeadCandidatesTest {

    private static List<String> authors(Head head) {
        return head.authors().stream().map(Author::name).toList();
    }

    @Test
    void aWiresCreditAtTheEndNamesWhoReportedNotWhoEdited() {
        Head head = head("Asia's chipmakers race to lock in water supplies\n\n" + BODY
                + "\n\n(Reporting by Hsu Mei-ling in Taipei and Rahul Menon in Singapore; Editing by Graham Lowther)\n");
        assertEquals(List.of("Hsu Mei-ling", "Rahul Menon"), authors(head));
    }

    @Test
    void aWritersCreditWithItsLabelUnderTheTextNamesTheAuthorOfAPasteWithoutByline() {
        assertEquals(List.of("Aino Pelkonen"), authors(head("Kirjasto aukeaa ympäri vuorokauden\n\n" + BODY
                + "\n\nTeksti: Aino Pelkonen\nAsiasanat\nkirjasto\n")));
        assertEquals(List.of("Jane Doe"), authors(head("Council approves budget\n\n" + BODY + "\n\nBy Jane Doe\n")));
        // not who took the photos
        assertEquals(List.of(), authors(head("Council approves budget\n\n" + BODY + "\n\nPhotos by Jane Doe\n")));
    }

    @Test
    void aCountOfCommentsBesideTheBylineAndTheTitleItselfAreNoPublisher() throws Exception {
        Head head = head("Skip to content\n\nSmall Hours\n\nHome\nAbout\nArchive\nNewsletter\nContact\n\nLetting go of the seat\n\n"
                + "Posted on 11/02/2023 by Tessa Marlowe · 9 Comments\n\n" + BODY + "\n");
        assertEquals("Letting go of the seat", head.title());
        assertEquals(List.of("Tessa Marlowe"), authors(head));
        assertEquals("Small Hours", head.publisher()); // the masthead
        head = head("Council approves budget\n\nBy Jane Doe | 12 Comments\nMarch 3, 2024\n\n" + BODY + "\n");
        assertEquals(List.of("Jane Doe"), authors(head));
        assertEquals(null, head.publisher());
        // the head read again from the article's start keeps the first reading's publisher, not when that is the title;
        // the site's name is its masthead, which its copyright line names ("Small Hours", "© 2023 Small Hours")
        head = head(java.nio.file.Files.readString(java.nio.file.Path.of(HeadCandidatesTest.class.getResource(
                "pastes-by-other-hands-11/pastes/08-letting-go-of-the-seat.txt").toURI())));
        assertEquals("Letting go of the seat", head.title());
        assertEquals("Small Hours", head.publisher());
    }

    @Test
    void aMastheadsDateOfTheDayAboveTheTitleYieldsToTheArticlesDateUnderIt() {
        Head head = head("Skip to content\n\nTuesday, March 5, 2024\n\nThe Daily Example\n\nHome\nNews\nSport\n\n"
                + "Cocoa farmers count the cost of black pod disease\n\nBy Kofi Mensah\nMarch 4, 2024\n\n" + BODY + "\n");
        assertEquals("2024-03-04", head.date());
        assertEquals(List.of("Kofi Mensah"), authors(head));
        // "Today's Paper | May 23, 2024" in the page's top bar names no one
        head = head("Today's Paper | May 23, 2024\n\nThe National Ledger\n\nHome\nLatest\nWorld\n\n"
                + "Goods transporters' strike enters third day as fuel, toll hikes bite\n\n"
                + "Asim Raza Qureshi Published May 22, 2024 Updated about 21 hours ago\n\nWhatsApp\nFacebook\n\n" + BODY + "\n");
        assertEquals("2024-05-22", head.date());
        assertEquals(List.of("Asim Raza Qureshi"), authors(head));
        // with nothing under the title, the date above it is the head's; a date line with a time above the title too
        head = head("Tuesday, March 5, 2024\n\nThe Daily Example\n\nHome\nNews\n\nCocoa farmers count the cost of black"
                + " pod disease\n\n" + BODY + "\n");
        assertEquals("2024-03-05", head.date());
    }

    @Test
    void aListsItemUnderALabelBesideADateIsNoByline() {
        Head head = head("Board adopts school calendar\n\nKey dates\n\n  • Thanksgiving Day (no school): Monday, October 13,"
                + " 2025\n  • Family Day (no school): Monday, February 16, 2026\n\n" + BODY + "\n");
        assertEquals(List.of(), authors(head));
    }

    @Test
    void aMailingListsArchiveNamesItsSenderOverTheDateAsUnixPrintsIt() {
        Head head = head("[Families] Board notice: school calendar adopted\n\nMaureen Tallis mtallis at example-dsb.ca\n"
                + "Mon Mar 10 16:02:11 EDT 2025\n\n" + BODY + "\n");
        assertEquals(List.of("Maureen Tallis"), authors(head));
        assertEquals("2025-03-10", head.date());
    }

    @Test
    void aCreditWithoutByIsReadBesideADateOnly() {
        Head head = head("Farmers count the cost as mice return to the plains\n\nRural reporter Jess Carmody\n"
                + "Posted Tue 5 Mar 2024 at 4:12pm\n\n" + BODY + "\n");
        assertEquals(List.of("Jess Carmody"), authors(head));
        // a photo's caption of the same form, away from the date, names the text's subject
        head = head("Reporter wins prize for flood investigation\nHer series showed that the county's flood sirens failed.\n"
                + "Investigative reporter Jane Dorsey\nPhoto: Riverton Post\nBy Tom Price\nApril 30, 2024\n\n" + BODY + "\n");
        assertEquals(List.of("Tom Price"), authors(head));
        head = head("Reporter wins prize for flood investigation\n\nBy Tom Price\nApril 30, 2024\n\n"
                + "Investigative reporter Jane Dorsey\nPhoto: Riverton Post\n\n" + BODY + "\n");
        assertEquals(List.of("Tom Price"), authors(head));
        head = head("Interview: Mara Lindqvist\n\nThe Swedish singer on grief and the album she almost did not release.\n"
                + "By Sam Okoro\nSeptember 12, 2023\n\n" + BODY + "\n");
        assertEquals(List.of("Sam Okoro"), authors(head));
        assertEquals("Interview: Mara Lindqvist", head.title());
    }

    @Test
    void aNewswiresCompanyAndACitysDepartmentAreTheAuthors() {
        Head head = head("Bridgeline Newswire\nNews\nProducts\n\nNews provided by\nHalvorsen Energy\nJan 23, 2024, 08:00 ET\n\n"
                + "Share this article\n\nHalvorsen Energy Completes Larkin Ridge Solar Project\n\n" + BODY + "\n");
        assertEquals(List.of("Halvorsen Energy"), authors(head));
        head = head("News Flash\nPublic Works\nPosted on: September 12, 2023\nBoil Water Advisory issued for Eastside "
                + "pressure zone\nDepartment: Ashford Falls Public Works\n\n" + BODY + "\n");
        assertEquals(List.of("Ashford Falls Public Works"), authors(head));
    }

    @Test
    void aMatchReportsWriterAtTheGroundIsTheBylineNotTheTitle() {
        Head head = head("Sport\nFootball\n\nKingsbridge Town 2-1 Portwell Rovers: Late Dacosta header sends Town top\n\n"
                + "Chris Hennessey at the Causeway Ground\nSaturday 17 February 2024 17:12, UK\n\nShare this article\n\n"
                + BODY + "\n");
        assertEquals("Kingsbridge Town 2-1 Portwell Rovers: Late Dacosta header sends Town top", head.title());
        assertEquals(List.of("Chris Hennessey"), authors(head));
        assertEquals("2024-02-17", head.date());
    }

    @Test
    void aReviewerIsTheAuthorOfAReviewButNotOfAnotherWritersText() {
        Head head = head("Drawn in Pencil: a debut novel about grief\n\nReviewed by Joanna Feld\nFebruary 3, 2024\n\n"
                + "Halcyon Books, 342 pp., $27.00\n\n" + BODY + "\n");
        assertEquals(List.of("Joanna Feld"), authors(head));
        head = head("How to Replace a Leaky Kitchen Faucet Cartridge in Under an Hour\nWritten by Kelsey Brandt\n"
                + "Reviewed by Omar Haddad, licensed master plumber\nLast updated: 2024-01-15\n\n" + BODY + "\n");
        assertEquals(List.of("Kelsey Brandt"), authors(head));
    }

    @Test
    void aNumericDateIsReadDayFirstInALanguageThatWritesItSo() {
        String italian = "Il Castelverde ribalta la Pro Ardena nel recupero\n\ndi Marco Ferretti\n10/03/2024 22:48\n\n"
                + "Sotto di un gol all'intervallo, i biancoverdi la riprendono con Sartori e la vincono nel finale con un "
                + "colpo di testa. La squadra di casa è partita male e il gol degli ospiti è arrivato dopo un errore della "
                + "difesa, che non ha seguito il centravanti.\n\nNel secondo tempo il Castelverde ha cambiato modulo e il "
                + "pareggio è arrivato al 71' con un tiro di Sartori che il portiere non ha trattenuto. Poi la rete di "
                + "Bellandi, che ha segnato di testa su un cross di Conti per la gioia dei tifosi che sono rimasti fino "
                + "alla fine in una serata di pioggia e di vento.\n";
        assertEquals("2024-03-10", head(italian).date());
        // in English the same date says nothing of its order: left unread; an evening's hour on the 24-hour clock
        // after it says the day comes first
        assertEquals(null, head("The council agrees its budget\n\nBy Marco Ferretti\n10/03/2024 9:48 PM\n\n"
                + BODY).date());
        assertEquals("2024-03-10", head("The council agrees its budget\n\nBy Marco Ferretti\n10/03/2024 22:48\n\n"
                + BODY).date());
    }

    @Test
    void aWiresCreditNamesWhoAddedReportingToo() {
        Head head = head("Asia's chipmakers race to lock in water supplies\n\n" + BODY + "\n\n(Reporting by Hsu Mei-ling in "
                + "Taipei; additional reporting by Rahul Menon in Singapore; Editing by Graham Lowther)\n");
        assertEquals(List.of("Hsu Mei-ling", "Rahul Menon"), authors(head));
    }

    @Test
    void aNameAloneUnderTheLastParagraphIsNoByline() {
        // a topic's tag, a quote's signature, a place: not the writer, though some pages sign an article so
        for (String last : List.of("Elon Musk", "Karen Bass", "Buenos Aires", "Mark Thompson")) {
            Head head = head("Tesla shares slide after delivery figures disappoint\n\n" + BODY + "\n\n" + last + "\n");
            assertEquals(List.of(), authors(head), last);
        }
    }

    @Test
    void namesOverALineOfTheirRoleAreTheByline() {
        Head head = head("Ferry contract row: committee to call shipyard bosses\n\n2 hours ago\n\nFergus Doyle\n"
                + "Scotland political correspondent\nReporting from Edinburgh\n\n" + BODY);
        assertEquals(List.of("Fergus Doyle"), authors(head));
    }

    @Test
    void aJapaneseStorysFirstWordsNameItsReporter() {
        Head head = head("米商務省、半導体製造装置の輸出規制を拡大へ\n\n2025/03/11 18:30\n\n【ワシントン＝中村健一】米商務省は１０日、"
                + "先端半導体の製造装置を対象とした輸出規制を拡大する方針を明らかにした。新たに保守・修理サービスも規制の対象に含める。\n\n"
                + "同省の高官は記者団に対し、「既存の装置が稼働し続ける限り、規制の効果は限定的だ」と説明した。\n");
        assertEquals(List.of("中村健一"), authors(head));
    }

    @Test
    void aNewsroomAfterByIsTheByline() {
        Head head = head("The Budget Nobody Wanted\n\nBy Example News Desk Oct. 13, 2016\n\n" + BODY);
        assertEquals(List.of("Example News Desk"), authors(head));
        assertEquals("2016-10-13", head.date());
    }

    @Test
    void aSingleNameRightAboveTheDateIsTheByline() {
        Head head = head("The Budget Nobody Wanted\n\nPaul\nDecember 23, 2016\nGazette\n\n" + BODY);
        assertEquals(List.of("Paul"), authors(head));
        assertEquals("2016-12-23", head.date());
    }

    @Test
    void aWordBesideTheDateIsTheDatesLabelNotItsAuthor() {
        for (String line : List.of("Modified March 3, 2019", "Last updated on March 3rd, 2019",
                "Originally published March 3, 2019", "Stand: 03.03.2019 10:15 Uhr", "Datum 03.03.2019")) {
            Head head = head("The Budget Nobody Wanted\n\n" + line + "\n\n" + BODY);
            assertEquals(List.of(), authors(head), line);
            assertEquals("2019-03-03", head.date(), line);
        }
    }

    @Test
    void theBylineRepeatedInAListOfHandleAndDateLeavesTheText() {
        String page = "Every team that has a place at the tournament\n\nTwenty teams have their tickets\n\n"
                + "  • by Jane Doe\n  • @janedoe\n  • Nov 19, 2019 at 6:46 pm ET • 2 min read\n\n" + BODY;
        assertEquals(List.of("Jane Doe"), authors(head(page)));
        assertTrue(HeadOf.draft(page).blocks().stream().noneMatch(block -> block.text().contains("Jane Doe")),
                "the byline's list item is not text of the body");
        assertTrue(BodyCleaner.repeatsByline("by Jane Doe", List.of("Jane Doe")));
        assertTrue(BodyCleaner.repeatsByline("By Jane Doe, Staff Writer", List.of("Jane Doe")));
        assertFalse(BodyCleaner.repeatsByline("Written by Jane Doe, illustrated by John Roe", List.of("Jane Doe")),
                "a credit with more than the byline's names and roles is no repeated byline");
        assertFalse(BodyCleaner.repeatsByline("By Jane Doe and John Roe", List.of("Jane Doe")));
    }

    @Test
    void aPhotosCreditIsNoByline() {
        Head head = head("The Budget Nobody Wanted\n\nJane Doe / Getty Images\nMarch 3, 2019\n\n" + BODY);
        assertEquals(List.of(), authors(head));
        assertEquals("2019-03-03", head.date());
    }

    @Test
    void shareButtonsBetweenTheTitleAndANameDoNotPushItAway() {
        Head head = head("The Budget Nobody Wanted\n\nShare\nTweet\nShare\nEmail\nPrint\nShare\nTweet\n\nJane Doe\n\n"
                + BODY);
        assertEquals(List.of("Jane Doe"), authors(head));
    }

    @Test
    void theBylinesOwnLineLeavesTheBody() {
        String page = "The Budget Nobody Wanted\n\nIt passed at midnight, after a long and bitter debate.\n\n"
                + "Share\nTweet\nEmail\n\nJane Doe\n\n" + BODY;
        assertEquals(List.of("Jane Doe"), authors(head(page)));
        assertTrue(HeadOf.draft(page).blocks().stream().noneMatch(block -> block.text().strip().equals("Jane Doe")),
                "the byline's line is not text of the body");
    }

    @Test
    void namesListedUnderALabelAreNotTheByline() {
        Head head = head("Heat, Water and the City: A Panel on Extreme Summers\n\nShare\nEmail\n\nSpeakers:\n"
                + "Jane Doe, Chief Resilience Officer\nJohn Roe, Professor of Engineering\n\n" + BODY);
        assertEquals(List.of(), authors(head));
    }

    @Test
    void aSiteNameAfterTheBylinesNameIsNotPartOfIt() {
        Head head = head("The Budget Nobody Wanted\n\nIt passed at midnight, after a long and bitter debate that split "
                + "the council.\n\nBy Jane Doe\nexample.com\nMarch 4, 2021\n\n" + BODY);
        assertEquals(List.of("Jane Doe"), authors(head));
        assertEquals("2021-03-04", head.date());
    }

    @Test
    void aNameAloneUnderTheTitleIsTheByline() {
        Head head = head("The Budget Nobody Wanted\n\nJane Doe\n\n" + BODY);
        assertEquals(List.of("Jane Doe"), authors(head));
    }

    @Test
    void anAuthorLabelOnItsOwnLineGivesTheNextLine() {
        Head head = head("The Budget Nobody Wanted\n\n  • Author:\nJane Doe\n  • Publish date:\nJan 12, 2017\n\n" + BODY);
        assertEquals(List.of("Jane Doe"), authors(head));
        assertEquals("2017-01-12", head.date());
    }

    @Test
    void anUpdatedLabelOnTheLineAboveMakesADateTheUpdate() {
        Head head = head("The Budget Nobody Wanted\n\n  • Author:\nJane Doe\n  • Updated:\nMar 6, 2018\nOriginal:\n"
                + "Dec 21, 2016\n\n" + BODY);
        assertEquals("2016-12-21", head.date());
    }

    @Test
    void aBylineGluedInsideALineIsFound() {
        Head head = head("The Budget Nobody Wanted\n\nAll IndiaEdited by Jane Doe (with inputs from Agencies)Updated: "
                + "April 07, 2020 03:49 pm IST\n\n" + BODY);
        assertEquals(List.of("Jane Doe"), authors(head));
        assertEquals("2020-04-07", head.date());
    }

    @Test
    void aSectionLabelAboveTheTitleIsNoByline() {
        Head head = head("EVENT TRANSCRIPT\nThe Budget Nobody Wanted\nTuesday, August 22, 2023\n\n" + BODY);
        assertTrue(head.authors().isEmpty());
    }

    @Test
    void aLongHeadlineInTitleCaseIsTheTitleNotTheBody() {
        String title = "Mayor Has Skipped Nearly All Budget Briefings? Her Reasoning Is ‘Well, I Get It When I Need "
                + "It, Like Everyone Else In The Hall’";
        Head head = head(title + "\n\n" + BODY);
        assertEquals(title, head.title());
    }

    @Test
    void aTitleInBracketsIsATitle() {
        Head head = head("【Budget】 The council agrees a plan nobody wanted\n\nBy Jane Doe\n\n" + BODY);
        assertEquals("【Budget】 The council agrees a plan nobody wanted", head.title());
    }

    @Test
    void aShortTitleRightAboveItsBylineIsNoMasthead() {
        Head head = head("2021 Budget Outline\n\nDecember 10, 2021 by Jane Doe\n\nBudget: the 2021 outline, in full "
                + "detail\n\n" + BODY);
        assertEquals("2021 Budget Outline", head.title());
    }

    @Test
    void navigationBetweenTheMastheadAndTheTitleIsPassedOver() {
        Head head = head("Example Journal\nRSS Feed\nBack\n  • News\n  • Opinion\n  • Videos\nJane Doe/November 18, 2016\n"
                + "Council Agrees A Budget Nobody Wanted\n\n" + BODY);
        assertEquals("Council Agrees A Budget Nobody Wanted", head.title());
        assertEquals("Example Journal", head.publisher());
        assertEquals(List.of("Jane Doe"), authors(head));
        assertEquals("2016-11-18", head.date());
    }

    @Test
    void aJapaneseBylineMarkOnItsOwnLineGivesTheNextLine() {
        Head head = head("異世界の食堂を訪ねる記事のタイトル\n\n著者\nお米ゴハン\n\n" + BODY);
        assertEquals(List.of("お米ゴハン"), authors(head));
    }

    @Test
    void aJapaneseNameGluedToItsDateIsTheByline() {
        Head head = head("セキュリティとAI進化の両立なるか\n\n松村太郎2019年04月13日 09時00分\n\n" + BODY);
        assertEquals(List.of("松村太郎"), authors(head));
        assertEquals("2019-04-13", head.date());
        assertTrue(authors(head("セキュリティとAI進化の両立なるか\n\n公開日 2019年2月13日\n\n" + BODY)).isEmpty());
    }

    @Test
    void aQuotedPostInTheBodyIsNoByline() {
        Head head = head("The Budget Nobody Wanted\n\nJane Doe\n\n" + BODY + "\nThe mayor said so on television "
                + "and a reporter posted it on the site that evening.\n\n  • John Roe (@johnroe) December 11, 2016\n\n"
                + BODY);
        assertEquals(List.of("Jane Doe"), authors(head));
    }

    @Test
    void theEditorialBoardIsTheByline() {
        assertEquals(List.of("Editorial Board"), authors(head("The Budget Nobody Wanted\n\nBy the Editorial Board\n\n" + BODY)));
    }

    @Test
    void namesOnTwoLinesAboveTheDateAreBothAuthors() {
        Head head = head("The Budget Nobody Wanted\n\nJane Doe\nJohn Roe\nMarch 3, 2021\n\n" + BODY);
        assertEquals(List.of("Jane Doe", "John Roe"), authors(head));
        assertEquals("2021-03-03", head.date());
    }

    @Test
    void aNameWithAWritersRoleInAListIsTheByline() {
        Head head = head("The Budget Nobody Wanted\n\nMarch 3, 2021\n1k\n\n  • Jane Doe Senior Politics Editor, Example "
                + "Gazette\n\n" + BODY);
        assertEquals(List.of("Jane Doe"), authors(head));
    }

    @Test
    void anUpdateLineIsNotThePublicationDate() {
        Head head = head("The Budget Nobody Wanted\n\nBy Jane Doe\nUpdated March 4, 2021\nPublished March 3, 2021\n\n" + BODY);
        assertEquals("2021-03-03", head.date());
        assertEquals("2021-03-04", head("The Budget Nobody Wanted\n\nBy Jane Doe\nUpdated March 4, 2021\n\n" + BODY).date());
    }

    @Test
    void aDateLineBelowABylineBlockAndALongDekIsFound() {
        Head head = head("The Budget Nobody Wanted\n\nThere are more plans, more promises and more consultations than ever "
                + "before, and here is how to tell which of them the council will keep this year.\n\nBy\nJane Doe\n\nJane Doe"
                + "\nExample Gazette\n  • Biography\n  • @janedoe\n  • jane.doe@example.org\n\nMar. 3, 2021 8:03 am ET\n\n"
                + BODY);
        assertEquals(List.of("Jane Doe"), authors(head));
        assertEquals("2021-03-03", head.date());
    }

    @Test
    void aBylineFarBelowTheTitleIsFoundWhenItSaysBy() {
        StringBuilder player = new StringBuilder();
        for (String control : List.of("Video Player is loading.", "Play Video", "Play", "Unmute", "Current Time 0:00", "/",
                "Duration 0:00", "Loaded: 0%", "Progress: 0%", "Stream Type LIVE", "Remaining Time -0:00",
                "Playback Rate", "Chapters", "Descriptions", "Captions", "Audio Track", "Fullscreen")) {
            player.append(control).append("\n\n");
        }
        String text = "The Budget Nobody Wanted\n\n  • The council agreed a plan\n  • Nobody is pleased\n\n" + player
                + "The council met on Tuesday to discuss the budget for the coming year, and it agreed on most points after "
                + "a long debate that ran late.\n\n" + player + "By\n\nJane Doe\n\n+Follow\n\n" + BODY;
        assertEquals(List.of("Jane Doe"), authors(head(text)));
    }

    @Test
    void aTwoDigitYearOnTheBylineGivesTheDate() {
        assertEquals("2016-12-16", head("The Budget Nobody Wanted\n\nBy Jane Doe • 12/16/16 12:21pm\n\n" + BODY).date());
    }

    @Test
    void aRelativeStampBesideTheDateLeavesADateLine() {
        assertEquals("2022-10-14",
                Datelines.parse("Posted: Oct 14, 2022 9:27 AM ET | Last Updated: 24 minutes ago").orElseThrow());
        assertEquals("2022-10-14", Datelines.parse("Oct 14, 2022 · 1h ago").orElseThrow());
        assertTrue(Datelines.parse("Oct 14, 2022: the council met two hours ago").isEmpty());
    }

    @Test
    void aReadingTimeBesideTheDateLeavesItADateLine() {
        // the date stands four lines under the byline, past the section links: a date line counts there, a line
        // that only holds a date among other words does not
        Head head = head("The Budget Nobody Wanted\n\nBy Jane Doe\n@janedoe\nCity Hall\nCouncil\nLibraries\n"
                + "Dec 19, 2016 at 2:19 pm ET \u2022 5 min read\n\n" + BODY);
        assertEquals("2016-12-19", head.date());
    }

    @Test
    void aReadingTimeIsLeftOutOnlyWhereTheHeadReadsDates() {
        assertEquals("2016-12-19", Datelines.parse("Dec 19, 2016 \u2022 5 min read", DateText.Order.UNKNOWN, true)
                .orElseThrow());
        assertEquals("2021-03-04", Datelines.parse("Reading time: 4 minutes \u00b7 4 March 2021", DateText.Order.UNKNOWN,
                true).orElseThrow());
        assertEquals("2022-07-19", Datelines.parse("19.07.2022 Lesedauer ca. 10 Minuten", DateText.Order.DAY_FIRST,
                true).orElseThrow());
        assertTrue(Datelines.parse("Dec 19, 2016 \u2022 5 min read").isEmpty(),
                "elsewhere a reading time still keeps a line from being a date line (the noise rules' timestamp test is unchanged)");
    }

    @Test
    void aNewsroomAndWhereItWroteFromAboveTheDateIsTheByline() {
        Head head = head("The Budget Nobody Wanted\n\nNewswire, Washington,\n\n  \u2022 Nov 20 2019, 11:06am ist\n"
                + "  \u2022 updated: Nov 20 2019, 15:24pm ist\n\n" + BODY);
        assertEquals(List.of("Newswire"), authors(head));
        assertEquals("2019-11-20", head.date());
        assertEquals(null, head.dek(), "the byline is not the dek");
    }

    @Test
    void aNameOrPlaceOrSentenceWithACommaAboveTheDateIsNoNewsroom() {
        for (String line : List.of("Smith, John", "Washington, D.C.", "London, England", "Politics, Economy")) {
            Head head = head("The Budget Nobody Wanted\n\n" + line + "\nDecember 23, 2016\n\n" + BODY);
            assertEquals(List.of(), authors(head), line);
        }
        Head head = head("The Budget Nobody Wanted\n\nInflation, the bank says, is easing\n\nDecember 23, 2016\n\n" + BODY);
        assertEquals(List.of(), authors(head));
        assertEquals("Inflation, the bank says, is easing", head.dek());
    }

    @Test
    void aDateLineWithAReadingTimeUnderTheTitleIsTheDateNotTheDek() {
        Head head = head("The Budget Nobody Wanted\n\nDec 19, 2016 \u2022 5 min read\n\n" + BODY);
        assertEquals("2016-12-19", head.date());
        assertEquals(null, head.dek());
    }

    @Test
    void anAuthorLabelInAnotherLanguageOnItsOwnLineGivesTheNextLine() {
        Head head = head("The Budget Nobody Wanted\n\nAutorin:\nErika Muster\n\n" + BODY);
        assertEquals(List.of("Erika Muster"), authors(head));
    }

    @Test
    void aNewsAgencyRightUnderTheTitleIsTheByline() {
        Head head = head("Drone sightings halt Copenhagen airport flights\n\nAFP\n\nCopenhagen, Denmark\n\n"
                + "Published: Sat 23 Sep 2023, 10:12 PM\n\n" + BODY);
        assertEquals(List.of("AFP"), authors(head));
        assertEquals("2023-09-23", head.date());
    }

    @Test
    void aNewsAgencyUnderACaptionOrBeforeAHeadlineIsNoByline() {
        Head credit = head("Floods sweep through southern Brazil\n\nJane Doe\n\nResidents wade through a flooded street in "
                + "Porto Alegre on Sunday.\n\nReuters\n\n" + BODY);
        assertEquals(List.of("Jane Doe"), authors(credit));
        Head teaser = head("Markets wait for the Fed\n\nPosted March 3, 2024\n\nBloomberg – Fed officials signal patience "
                + "on rate cuts\n\n" + BODY);
        assertEquals(List.of(), authors(teaser));
    }

    @Test
    void aNameOverItsAddressItsRoleInLowerCaseOrItsAgencyIsTheByline() {
        assertEquals(List.of("Lars Öhman"), authors(head("Båtbyggaren som satte Norrvik på kartan har avlidit\n"
                + "Lars Öhman\nlars.ohman@kustposten.example\nPublicerad: 11 februari 2025 kl. 06.00\n\n" + BODY + "\n")));
        assertEquals(List.of("Kadri Lepik"), authors(head("Isa kirjutusmasin ja suvi, mil õppisin kuulama\n\n"
                + "Kadri Lepik\ntõlkija\n\n" + BODY + "\n")));
        assertEquals(List.of("Anna Wróblewska"), authors(head("Odwodnienie u seniora. Lekarka wyjaśnia objawy\n"
                + "Osoby starsze często nie czują pragnienia, nawet gdy organizm potrzebuje wody.\n"
                + "lek. Anna Wróblewska\nspecjalistka medycyny rodzinnej\n\n" + BODY + "\n")));
        // a national agency under the dek names the author; under a name it is the writer's agency
        assertEquals(List.of("NTB"), authors(head("Politiet ber om tips etter ran på Storemyr\n\n"
                + "Politiet leter etter tre unge menn etter at en gutt ble ranet mandag kveld.\n\nNTB\n\n"
                + "Publisert 03.12.2024 14:22\n\n" + BODY + "\n")));
        assertEquals(List.of("Mikko Järvenpää"), authors(head("Kunta leikkaa kirjastojen aukioloaikoja\n\n"
                + "Mikko Järvenpää\nSTT\n15.3.2023 7:30\n\n" + BODY + "\n")));
    }

    @Test
    void aLongHeadlineOverItsDekAndAReviewsStarsStayTheTitle() {
        // a headline of nineteen words over a dek of sixteen, over the byline and its role
        String headline = "NBA trade deadline rumors: Hawks listening on Marcus Delaney, Suns chase a backup center, "
                + "Bulls still want a first";
        Head head = head("Skip to main content\nScores\nSchedule\nStandings\n" + headline + "\nWith three days until the "
                + "deadline, here's where the biggest conversations around the league stand\nJake Morrow\nNBA Insider\n"
                + "Feb 3, 2025, 11:42 AM ET\nShare\n" + BODY + "\n");
        assertEquals(headline, head.title());
        assertEquals(List.of("Jake Morrow"), authors(head));
        // the stars between a review's headline and its dek are neither a dek nor a label over a headline
        head = head("Naar hoofdinhoud\nHet Scheldeblad\nNieuws\nCultuur\nRecensie\n"
                + "Polderklanken 2024: Lonnie Maes zet de wei in vuur en vlam\n★★★★☆\n"
                + "Een festival dat weet wat het wil, met één uitschieter en één tegenvaller\nTom Vermeulen\n"
                + "zo 21 juli 2024 om 14:12\n" + BODY + "\n");
        assertEquals("Polderklanken 2024: Lonnie Maes zet de wei in vuur en vlam", head.title());
        assertEquals("Een festival dat weet wat het wil, met één uitschieter en één tegenvaller", head.dek());
        assertEquals("Het Scheldeblad", head.publisher());
    }

    @Test
    void aLiveBlogsHeadlineWithItsBylineUnderItIsNotTradedForTheLatestPost() throws java.io.IOException {
        // the first run of text is the latest post's, under the key events; the headline has its names and date
        Head head = HeadOf.draft(HeadOf.paste("pastes-by-other-hands-13/pastes/03-spring-statement-live.txt")).head();
        assertEquals("Spring statement 2025 live: Holloway confirms £4bn welfare cuts as OBR halves UK growth forecast",
                head.title());
        assertEquals(List.of("Helen Marsh", "Daniel Okafor"), authors(head));
        // the names over a date block of two lines, the latest post with its own writer's name under a key events list
        head = HeadOf.draft(HeadOf.paste("pastes-by-other-hands-14/pastes/04-sydney-rail-live.txt")).head();
        assertEquals("Sydney rail disruption live: commuters face third day of delays as signalling fault persists",
                head.title());
        assertEquals(List.of("Lachlan Price", "Mei Chen", "Tom Garrity"), authors(head));
    }

    @Test
    void entriesOfAListEachOpeningWithTheSameNameAreNoByline() {
        // a recall's batches under the text's first paragraph, each a product's name, a weight and a date
        Head head = head("Salmonellen in Sesampaste: Diese Chargen sollten Sie nicht mehr essen\n\n23. Jänner 2024, 14:37"
                + "\n\nDer Lebensmittelimporteur Levantia Feinkost GmbH mit Sitz in Niederösterreich ruft vorsorglich "
                + "die Sesampaste zurück. Bei einer Eigenkontrolle seien Salmonellen festgestellt worden.\n\n"
                + "Betroffen sind nach Angaben des Unternehmens folgende Produkte:\n\n"
                + "Levantia Tahina Extra, 300 g, Glas, Mindesthaltbarkeitsdatum 14.09.2025, Chargennummer L23254\n"
                + "Levantia Tahina Extra, 500 g, Glas, Mindesthaltbarkeitsdatum 02.10.2025, Chargennummer L23275\n\n"
                + "Andere Chargen und Mindesthaltbarkeitsdaten sowie andere Produkte des Herstellers sind nicht "
                + "betroffen, teilte das Unternehmen mit.\n");
        assertEquals(List.of(), authors(head));
        assertEquals("2024-01-23", head.date());
    }

    @Test
    void aDateInBracketsOpeningTheTextIsTheHeadsWhenItHasNone() {
        String head = "7th Circ. Mass Arbitration Ruling Leaves Gig Platforms Few Good Options\n\nBy Priya Raman\n\n";
        String text = "A Seventh Circuit decision requiring a ride-hail company to pay the filing fees for more than "
                + "11,000 arbitrations leaves gig platforms with few good options, lawyers said.\n\n" + BODY;
        assertEquals("2024-04-02", head(head + "Bench & Bar Daily (April 2, 2024, 4:12 PM EDT) -- " + text).date());
        assertNull(head(head + "Bench & Bar Daily (the firm's newsletter) -- " + text).date());
        // a date line in the head is the head's
        assertEquals("2024-04-01", head(head.replace("\n\nBy", "\n\nApril 1, 2024\n\nBy")
                + "Bench & Bar Daily (April 2, 2024, 4:12 PM EDT) -- " + text).date());
    }

    @Test
    void aLineOfTheSitesInterfaceAboveTheTitleIsNoMasthead() {
        Head head = head("Print subscriptions\n\nThe Albion Herald\n\nCouncil approves the budget for next year\n\n"
                + "By Jane Doe\nMarch 3, 2024\n\n" + BODY + "\n");
        assertEquals("Council approves the budget for next year", head.title());
        assertNotEquals("Print subscriptions", head.publisher());
        head = head("Portada\n\nLas lluvias anegan medio Valencia\n\nPor Ana García\n29 oct 2024\n\n" + BODY + "\n");
        assertNotEquals("Portada", head.publisher());
    }

    @Test
    void aNameInArabicOverTheDateLineAndADutchBylineOverItsShortDateAreRead() {
        Head head = head("ثقافة وفنون\n\nالخطاط سليم العمري: الحرف العربي يحتاج صبراً\n\nسلمى الحداد\n\n"
                + "الأحد، 17 تشرين الثاني 2024   09:30 ص\n\n" + BODY + "\n");
        assertEquals(List.of("سلمى الحداد"), authors(head));
        assertEquals("2024-11-17", head.date());
        head = head("Factcheck: Verlaat 40 procent van de kinderen de basisschool zonder zwemdiploma?\n"
                + "Een veelgedeeld bericht op sociale media stelt dat bijna de helft van de kinderen niet kan zwemmen.\n"
                + "Sanne de Wit\n12-03-24, 06:00\nLaatste update: 09:14\n"
                + ("Het bericht verscheen vorige week op Facebook en werd inmiddels ruim 18.000 keer gedeeld door ouders en "
                + "leraren die zich zorgen maken over de zwemvaardigheid van de kinderen in hun buurt en op hun school.\n")
                .repeat(4)); // Dutch text: dates put the day first
        assertEquals(List.of("Sanne de Wit"), authors(head));
        assertEquals("2024-03-12", head.date());
    }

    @Test
    void aNameInDevanagariWithItsCityUnderTheDekOverATwiceLabelledDateLineIsTheByline() {
        Head head = head("होम / एक्सप्लेनर\n\nExplainer: किसानों को 90% सब्सिडी पर मिलेगा सोलर पंप, कौन कर सकता है आवेदन?\n\n"
                + "मध्य प्रदेश सरकार ने मुख्यमंत्री किसान सौर ऊर्जा योजना के तहत आवेदन मांगे हैं। किसानों को पंप की "
                + "कीमत का केवल 10 प्रतिशत देना होगा।\n\nप्रियंका शर्मा, भोपाल\n\n"
                + "प्रकाशित: 14 जनवरी 2024, 09:15 AM IST | अपडेटेड: 14 जनवरी 2024, 11:40 AM IST\n\n" + BODY + "\n");
        assertEquals(List.of("प्रियंका शर्मा"), authors(head));
        assertEquals("2024-01-14", head.date());
        // not a phrase of the text further down
        assertEquals(List.of(), authors(head("Explainer: किसानों को सब्सिडी पर मिलेगा सोलर पंप\n\n" + BODY + "\n\n"
                + BODY + "\n\nप्रियंका शर्मा, भोपाल\n\n14 जनवरी 2024\n")));
    }

    @Test
    void aTagalogBylineInLowerCaseUnderAHeadlinePastedWithoutBlankLinesIsTheByline() {
        Head head = head("BALITA\nSignal No. 2 itinaas sa 6 lalawigan habang lumalakas si Bagyong Dindo\n"
                + "ni Jomar Villanueva\nHulyo 23, 2024 | 5:32 PM\nI-share\nI-tweet\nKopyahin ang link\n"
                + BODY.replace("\n\n", "\n"));
        assertEquals("Signal No. 2 itinaas sa 6 lalawigan habang lumalakas si Bagyong Dindo", head.title());
        assertEquals(List.of("Jomar Villanueva"), authors(head));
        assertEquals("2024-07-23", head.date());
        // a French film's title over its director is one title
        assertEquals("Le Cercle rouge de Jean-Pierre Melville",
                head("Le Cercle rouge\nde Jean-Pierre Melville\n\n" + BODY).title());
    }

    @Test
    void aDateLineWithTwoLabelledDatesIsReadInAnyLanguage() {
        assertEquals("2024-01-14", Datelines.parse("प्रकाशित: 14 जनवरी 2024, 09:15 AM IST | अपडेटेड: 14 जनवरी 2024, 11:40 "
                + "AM IST", DateText.Order.UNKNOWN, true).orElseThrow());
        assertEquals("2024-03-03", Datelines.parse("Publicado: 3 de marzo de 2024 | Actualizado: 4 de marzo de 2024",
                DateText.Order.UNKNOWN, true).orElseThrow());
        assertTrue(Datelines.parse("Deadline: 30 September 2024 | Prize: 500 euros", DateText.Order.UNKNOWN, true)
                .isEmpty());
    }

    @Test
    void aHeadlineWrittenAsAQuestionOverItsBylineAndADateWithItsJournalsNameIsTheTitle() {
        Head head = head("News\n\nWhy is whooping cough surging again, and what should clinicians watch for?\n\n"
                + "Wendy Tremblay\n\nCJCP News | May 27, 2024\n\n" + BODY + "\n");
        assertEquals("Why is whooping cough surging again, and what should clinicians watch for?", head.title());
        assertEquals(List.of("Wendy Tremblay"), authors(head));
        assertEquals("2024-05-27", head.date());
    }

    @Test
    void aQuestionUnderASectionsLabelsAndTheDateAloneIsTheHeadline() {
        String question = "Người thuê nhà có phải dọn đi khi chủ nhà bán căn hộ?";
        Head head = head("Pháp luật\nTư vấn\nThứ ba, 4/3/2025, 06:00 (GMT+7)\n" + question + "\n"
                + "Tôi thuê một căn hộ chung cư ở TP HCM, hợp đồng hai năm, mới ở được 8 tháng. Nay chủ nhà báo đã bán căn "
                + "hộ và yêu cầu tôi dọn đi trong một tháng.\n" + BODY + "\n");
        assertEquals(question, head.title());
        // a question under a title is the text's
        head = head("Council approves the budget\n\nBy Jane Doe\n\nWhat did the council decide about the budget on "
                + "Tuesday night?\n\n" + BODY + "\n");
        assertEquals("Council approves the budget", head.title());
    }

    @Test
    void anAssociationPostingOnADateThatReadsEitherWayIsTheWriterAndNoTitle() {
        Head head = head("Association News\n\nHVCA Board Adopts New Code of Professional Conduct for Members\n\n"
                + "Posted 3/12/2025 by Heartland Valley Chiropractic Association\n\n" + BODY);
        assertEquals("HVCA Board Adopts New Code of Professional Conduct for Members", head.title());
        assertEquals(List.of("Heartland Valley Chiropractic Association"), authors(head));
    }

    @Test
    void aWritersTownAfterTheCommaIsNoSecondWriterWhenTheTextOpensWithIt() {
        String head = "ڈھیری بانڈی وچ تیہہ ورہیاں بعد گھڑولی نی رسم ولا زندہ ہو گئی\n\n"
                + "نعمان خان تنولی، ڈھیری بانڈی\n\nشائع: ۲۲ مارچ ۲۰۲۵، ۰۴:۱۵ شام\n\n";
        String text = "پہاڑی پنڈ ڈھیری بانڈی وچ پچھلے ہفتے ہک ویاہ نے موقعے تے تقریباً ۳۰ ورہیاں بعد گھڑولی بھرن نی "
                + "پرانی رسم ولا کیتی گئی۔\n\nایس رسم وچ ویاہ توں ہک دن پہلے لاڑے نی بھین یا بھابھی چشمے یا کھوہ توں "
                + "پانی نی گھڑولی بھرنی اے، تے ایس پانی نال اگلی سویر لاڑے کی نہلایا جاندا اے۔\n";
        Head read = head(head + text);
        assertEquals(List.of("نعمان خان تنولی"), authors(read));
        assertEquals("2025-03-22", read.date());
        // a text that does not name the second: two writers, as the comma joins them
        assertEquals(2, authors(head(head.replace("ڈھیری بانڈی\n", "علی رضا\n") + text)).size());
    }

    @Test
    void aNameWithoutCapitalsOverADateInDevanagariDigitsIsTheWriter() {
        Head head = head("लखुआ नदी पर बनी रहलऽ पुल केरऽ तीन पाया ढहि गेलै, कोय हताहत नै\n\n"
                + "रंजीत कुमार मंडल, बिहपुरा\n\n"
                + "प्रकाशित: रविवार, १४ जुलाई २०२४ | सांझ ६:२० बजे\n\nशेयर करऽ\n\n" + BODY);
        assertEquals(List.of("रंजीत कुमार मंडल"), authors(head));
        assertEquals("2024-07-14", head.date());
    }

    @Test
    void aLabelOfAnyLanguageOverTheDatesOfTwoCalendarsCreditsTheWriter() {
        Head head = head("तामाङ ह्युल खबर\n\nमूल पेज\n\nस्वास्थ्य\n\nशिक्षा\n\n"
                + "याङ्रीरी दादुरा–रुबेला खोप अभियान शुरु, कोलागदे १२ हजारदा खोप पिन्बा लक्ष्य\n\n"
                + "ब्रिबामी: पासाङ ल्हामो तामाङ\n\nयाङ्री, २०८१ साउन ५ गते | २० जुलाई २०२४\n\n" + BODY);
        assertEquals("याङ्रीरी दादुरा–रुबेला खोप अभियान शुरु, कोलागदे १२ हजारदा खोप पिन्बा लक्ष्य", head.title());
        assertEquals(List.of("पासाङ ल्हामो तामाङ"), authors(head));
        assertEquals("2024-07-20", head.date());
    }

    @Test
    void anOfficersRoleBesideTheNameIsNoPublisher() {
        Head head = head("Probation Service Headquarters Moves to New Justice Annex\n\n"
                + "By Emmanuel K. Wleh, Information Officer\n\nThursday, 27 March 2025\n\n" + BODY);
        assertEquals(List.of("Emmanuel K. Wleh"), authors(head));
        assertNull(head.publisher());
    }

    @Test
    void aPostsCategoriesBesideItsBylineAreNoPublisher() {
        Head head = head("NUSMO, ship operators sign new wage agreement\n\nPosted On: Thursday, 15 August 2024\n\n"
                + "By Chinedu Okafor and Aisha Bello\n\nNews, Press Releases\n\n" + BODY);
        assertNull(head.publisher());
        assertEquals(List.of("Chinedu Okafor", "Aisha Bello"), authors(head));
        // and no heading of the text either: set aside with the head
        Draft draft = HeadOf.draft("NUSMO, ship operators sign new wage agreement\n\nPosted On: Thursday, 15 August "
                + "2024\n\nBy Chinedu Okafor and Aisha Bello\n\nNews, Press Releases\n\n" + BODY);
        assertTrue(draft.blocks().stream().noneMatch(block -> block.text().equals("News, Press Releases")),
                draft.blocks().toString());
    }
}
