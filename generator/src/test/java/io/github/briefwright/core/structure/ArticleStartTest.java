package io.github.briefwright.core.structure;

import static io.github.briefwright.core.structure.HeadOf.BODY;
import static io.github.briefwright.core.structure.HeadOf.head;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.load.FrontMatter;
import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.load.SeedFormat;
import io.github.briefwright.core.model.Author;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The head of a whole page selected: the article starts at the headline above its byline, not at the navigation. */
class ArticleStartTest {

    /** A page's navigation: a skip link, menus and short links, ten blocks. */
    private static final String NAVIGATION = "Skip to main content\n\nExample Gazette homepage\n\nLog in\n\n"
            + "  • News\n  • Sport\n  • Business\n  • Culture\n\nSite search\n\nMain menu\n\n"
            + "  • Politics\n  • World\n  • Opinion\n\nMost read this week\n\nWeather\n\nSections\n\n";

    private static List<String> authors(Head head) {
        return head.authors().stream().map(Author::name).toList();
    }

    private static Draft draft(String text) {
        return new Structurer().structure(new Seed("a.txt", Path.of("a.txt"), SeedFormat.TXT, text, 1,
                FrontMatter.NONE, List.of()));
    }

    @Test
    void aWholePageHasItsHeadUnderTheNavigation() {
        String page = NAVIGATION + "The Budget Nobody Wanted Passes at Midnight\n\nCouncillors gave in after a long night"
                + "\n\nBy Jane Doe\n\nMarch 4, 2021\n\n" + BODY;
        Head head = head(page);
        assertEquals("The Budget Nobody Wanted Passes at Midnight", head.title());
        assertEquals(List.of("Jane Doe"), authors(head));
        assertEquals("2021-03-04", head.date());
        Draft draft = draft(page);
        assertTrue(draft.removed().stream().anyMatch(r -> r.text().equals("Most read this week")),
                "the navigation above the headline is taken out: " + draft.removed());
        assertFalse(draft.blocks().stream().anyMatch(b -> b.text().contains("Site search")));
    }

    /** A local paper's head: its headline and dek over buttons and a section's label, over "By …" and the date. */
    private static final String LOCAL_HEAD = "Courts\n\nVan driver who ploughed into bus shelter while three times "
            + "the limit is jailed\n\nKieran Moss, 34, had been drinking at a christening before getting behind the "
            + "wheel\n\nBookmark\n\nShare\n\nComments\n\nNews\n\nBy Daniel Pryce Court Reporter\n\n"
            + "10:42, 3 OCT 2023 Updated 11:15, 3 OCT 2023\n\n"
            + "A van driver who smashed into a bus shelter while more than three times the limit has been jailed."
            + "\n\nKieran Moss, 34, had spent the afternoon drinking at a christening before climbing into his "
            + "van and setting off for home, the court heard.\n\nMinutes later the van mounted the pavement and "
            + "demolished the glass shelter, the prosecutor told the court.\n";

    private static void assertLocalHead(Head head) {
        assertEquals("Van driver who ploughed into bus shelter while three times the limit is jailed", head.title());
        assertEquals("Kieran Moss, 34, had been drinking at a christening before getting behind the wheel", head.dek());
        assertEquals(List.of("Daniel Pryce"), authors(head));
        assertEquals("2023-10-03", head.date());
    }

    @Test
    void aHeadlineOverButtonsAndASectionLabelAboveItsBylineStaysTheTitle() {
        // the article's start is found at the section's label over the byline; read from there the head has no
        // title, and the same byline and date as read from the top: the headline and dek over the buttons stay
        String page = "Skip to main content\n\nAshbridge Evening Courier\n\nSign in\n\nSubscribe\n\nNews\n\n"
                + "Ashbridge News\n\nCrime\n\nCourts\n\nSport\n\nWhat's On\n\nProperty\n\nJobs\n\n"
                + "Family Notices\n\nNewsletters\n\nLocal Weather\n\n" + LOCAL_HEAD;
        Head head = head(page);
        assertLocalHead(head);
        assertEquals("Ashbridge Evening Courier", head.publisher());
        Draft draft = draft(page);
        assertTrue(draft.removed().stream().anyMatch(r -> r.text().equals("Comments")),
                "the buttons between the dek and the byline are taken out: " + draft.removed());
        assertFalse(draft.removed().stream().anyMatch(r -> r.text().equals(head.title())),
                "the title is the head's, not navigation removed: " + draft.removed());
    }

    @Test
    void aDekNearestAboveTheTextGivesWayToItsHeadline() {
        // under a menu's line read as the title, the headline nearest above the text is looked for: the dek is
        // nearer, and the headline right over it says as much of the text
        assertLocalHead(head(NAVIGATION + LOCAL_HEAD));
    }

    @Test
    void theBylineAndDateLinesStackedOverAnUpdateLineAreItsOwnHeadNotTeasers() {
        // a recipe page under a consent box and menus: of the byline, date and update lines stacked under the
        // headline only the update line is near enough the text to mark the article's start, and the two right over
        // it are its own head's, not other teasers' dates
        String page = "Passer au contenu principal\n\n"
                + "Ce site utilise des témoins (cookies) afin d'améliorer votre expérience de navigation, de mesurer "
                + "l'audience et de vous proposer des contenus et des publicités adaptés. En poursuivant votre "
                + "navigation, vous acceptez leur utilisation. Pour en savoir plus, consultez notre politique de "
                + "confidentialité.\n"
                + "\nGérer mes préférences\n\nJ'accepte\n\nCuisine d'ici\n\nRecettes\n\nSaisons\n\nMenus de la "
                + "semaine\n\n"
                + "Techniques\n\nProduits du Québec\n\nVins et boissons\n\nMagazine\n\nVidéos\n\n"
                + "Rechercher une recette\n\nSe connecter\n\nS'abonner\n\nAccueil › Recettes › Desserts › Poudings\n"
                + "\nPouding chômeur à l'érable de ma grand-mère\n\nPar Geneviève Tremblay-Ouellet\n\n"
                + "Publié le 2 novembre 2023 à 6 h 00\n\nMis à jour le 3 novembre 2023 à 10 h 15\n\n"
                + "★★★★★ 4,8 (212 évaluations)\n\nEnregistrer\nImprimer\nPartager\n\nPhoto : Marc-Antoine Gagnon\n\n"
                + "Préparation : 20 min\nCuisson : 40 min\nPortions : 8\nSe congèle : oui\n\n"
                + "Chez ma grand-mère, le pouding chômeur n'était jamais un dessert qu'on planifiait. Il arrivait, "
                + "un dimanche de pluie, avec le grand plat en pyrex.\n"
                + "\n"
                + "La recette est née pendant la crise des années 1930, quand les ouvrières remplaçaient le beurre "
                + "par ce qu'elles avaient sous la main.\n"
                + "\n"
                + "Le secret du pouding, c'est le contraste entre la pâte dorée et le sirop d'érable au fond du plat.\n"
                + "\n";
        Head head = head(page);
        assertEquals("Pouding chômeur à l'érable de ma grand-mère", head.title());
        assertEquals(List.of("Geneviève Tremblay-Ouellet"), authors(head));
        assertEquals("2023-11-02", head.date());
    }

    @Test
    void aHeadlineWrittenAsSentencesOverItsBylineUnderTheNavigationIsTheTitle() {
        String page = NAVIGATION + "Episode 47\n\nThe council approved the budget. Now comes the hard part.\n\n"
                + "By Jane Doe\n\nMarch 4, 2021\n\n" + BODY;
        Head head = head(page);
        assertEquals("The council approved the budget. Now comes the hard part.", head.title());
        assertEquals(List.of("Jane Doe"), authors(head));
        // two such lines over the byline: the headline over its dek
        head = head(NAVIGATION + "Our libraries are not a luxury. Stop budgeting as if they were.\n\nCutting branch "
                + "hours saves the county less than it spends. It costs residents far more.\n\nBy Jane Doe\n\n"
                + "March 4, 2021\n\n" + BODY);
        assertEquals("Our libraries are not a luxury. Stop budgeting as if they were.", head.title());
    }

    @Test
    void aDateLineWhoseDayIsNotSaidStillMarksWhereTheArticleStarts() {
        // the date line under the name does not say which number is the day ("12.05.2025"); over a ticker of other
        // headlines and a consent box in another language
        String ticker = "Najnowsze\n\nBurze z gradem nad Polską. IMGW wydał ostrzeżenia trzeciego stopnia\n\n12 min. temu\n\n"
                + "Pociąg relacji Kraków–Gdynia opóźniony o trzy godziny. Awaria sieci trakcyjnej\n\n45 min. temu\n\n"
                + "Reprezentacja Polski zagra towarzysko z Mołdawią. Jest decyzja selekcjonera\n\n2 godz. temu\n\n";
        String page = NAVIGATION + ticker + "Zdrowie\nKleszcze atakują wcześniej niż zwykle\n"
                + "Ciepła zima sprawiła, że pajęczaki obudziły się już w lutym. Jak się chronić?\nMarta Zielińska\n"
                + "12.05.2025 07:30\naktualizacja: 12.05.2025 10:05\nUdostępnij\n" + BODY.replace("\n\n", "\n");
        Head head = head(page);
        assertEquals("Kleszcze atakują wcześniej niż zwykle", head.title());
        assertEquals(List.of("Marta Zielińska"), authors(head));
    }

    @Test
    void aBylineFoundInTheNavigationGivesWayToTheOneUnderTheHeadline() {
        String page = "Example Gazette\n\nBy Example Staff | Subscribe\n\n" + NAVIGATION
                + "The Budget Nobody Wanted Passes at Midnight\n\nBy Jane Doe\n\nMarch 4, 2021\n\n" + BODY;
        Head head = head(page);
        assertEquals("The Budget Nobody Wanted Passes at Midnight", head.title());
        assertEquals(List.of("Jane Doe"), authors(head));
        assertEquals("2021-03-04", head.date());
    }

    @Test
    void aListOfDatedTeasersIsNotTheArticle() {
        StringBuilder teasers = new StringBuilder();
        for (String title : List.of("Northern roads get new funding", "Libraries stay open late this summer",
                "The mayor answers questions from readers", "A new bridge for the old town centre",
                "Schools plan for more pupils next year", "The market square gets new benches")) {
            teasers.append(title).append("\n\nJune 2, 2019\n\nLOCAL NEWS\n\n");
        }
        String page = "The Budget Nobody Wanted Passes at Midnight\n\nBy Jane Doe\n\n"
                + "Councillors gave in after a long night\n\nMarch 4, 2021 13:42\n\nMORE STORIES LIKE THIS\n\n"
                + teasers + BODY;
        Head head = head(page);
        assertEquals("The Budget Nobody Wanted Passes at Midnight", head.title());
        assertEquals(List.of("Jane Doe"), authors(head));
        assertEquals("2021-03-04", head.date());
    }

    @Test
    void aBylineDeepInTheTextDoesNotMoveTheHead() {
        String page = "The Budget Nobody Wanted Passes at Midnight\n\n" + BODY + "\n" + BODY + "\nThe mayor said the vote was close and "
                + "that the council would return to the question of roads in the autumn session.\n\n"
                + "What the Residents Wrote to the Council\n\nBy John Roe\n\nMarch 4, 2021\n\n" + BODY;
        Head head = head(page);
        assertEquals("The Budget Nobody Wanted Passes at Midnight", head.title());
        assertTrue(head.authors().isEmpty());
        assertNull(head.date());
    }

    @Test
    void aJapaneseChineseYiOrThaiWordIsCountedByItsCharactersOnce() {
        assertEquals(2, HeadReader.words("保存 取消"), "two words of two characters: a pair of buttons, not a headline");
        assertEquals(4, HeadReader.words("Save and cancel buttons"));
        assertEquals(3, HeadReader.words("Raspberry Pi競合"), "a Latin word and two, and two characters");
        // counted up to a most: the count below it, the most as soon as it is reached
        assertEquals(4, HeadReader.words("Save and cancel buttons", 25));
        assertEquals(25, HeadReader.words("word ".repeat(40), 25));
        assertEquals(3, HeadReader.words("word word word", 3));
        assertEquals(2, HeadReader.words("保存取消", 25));
        assertEquals(25, HeadReader.words("保存取消".repeat(30), 25));
        // Yi, written without spaces, a syllable a character, counts as Han does: a paragraph of its text is one
        assertEquals(10, HeadReader.words("ꉃꁀꇾꃅꉘꉙꂻꊴꊃꐁꍧꆦꄮꁶꅃꏂꃅꑌꏦꃅ"));
        assertEquals(1, HeadReader.words("ꆈꌠ"), "a masthead's two syllables");
        // Thai spaces phrases, not words: four letters of a phrase count as a word, and what is left of them, its
        // vowel and tone marks not counted
        assertEquals(2, HeadReader.words("สกู๊ปพิเศษ"), "a section's label of seven letters");
        assertEquals(15, HeadReader.words("ยายบัวผัน กับกี่ทอผ้าที่ไม่ยอมหยุด เมื่อคนรุ่นใหม่กลับบ้านมาต่อลายผ้าของหมู่บ้าน"),
                "a headline of three phrases");
        assertEquals(3, HeadReader.words("แชร์ Facebook LINE"));
    }

    @Test
    void aThaiSectionLabelOverTheHeadlineIsNoTitle() {
        Head head = head("สกู๊ปพิเศษ\n\nยายบัวผัน กับกี่ทอผ้าที่ไม่ยอมหยุด เมื่อคนรุ่นใหม่กลับบ้านมาต่อลายผ้าของหมู่บ้าน\n\n"
                + "15 มี.ค. 2567 07:00 น.\n\nเรื่อง: กมลชนก ศรีสวัสดิ์\n\nแชร์\nFacebook\nLINE\nX\nคัดลอกลิงก์\n\n"
                + "ยายบัวผัน คำแสน วัย 79 ปี นั่งทอผ้าอยู่ใต้ถุนบ้านไม้ที่บ้านห้วยน้ำริน (ภาพ: ธนวัฒน์ ใจบุญ)\n\n"
                + "เสียงกระทบของฟืมดังเป็นจังหวะสม่ำเสมออยู่ใต้ถุนบ้านไม้หลังเก่าของยายบัวผัน ตั้งแต่ฟ้ายังไม่สว่าง "
                + "ที่บ้านห้วยน้ำริน หมู่บ้านเล็ก ๆ กลางหุบเขา\n\n"
                + "ลายผ้าที่ยายบัวผันพูดถึง คือลายผ้าซิ่นตีนจกที่คนในหมู่บ้านสืบทอดกันมาหลายชั่วคน\n");
        assertEquals("ยายบัวผัน กับกี่ทอผ้าที่ไม่ยอมหยุด เมื่อคนรุ่นใหม่กลับบ้านมาต่อลายผ้าของหมู่บ้าน", head.title());
        assertEquals(List.of("กมลชนก ศรีสวัสดิ์"), authors(head));
        assertEquals("2024-03-15", head.date());
    }

    /** A third paragraph of body text, so that BODY and it are a run of text. */
    private static final String MORE = "The mayor said the budget for roads would be looked at again in the autumn, "
            + "when the council knows what the libraries cost.\n";

    @Test
    void aWholePageWithNoBylineHasItsTitleRightAboveItsText() {
        // the navigation's last long line ("Latest stories from the regions") says nothing the text says
        String page = NAVIGATION.replace("Most read this week", "Latest stories from the regions")
                + "Council Passes a Budget for Libraries and Roads\n\nShare this article\n\n" + BODY + "\n" + MORE;
        Head head = head(page);
        assertEquals("Council Passes a Budget for Libraries and Roads", head.title());
        Draft draft = draft(page);
        assertTrue(draft.removed().stream().anyMatch(r -> r.text().equals("Latest stories from the regions")),
                "the navigation above the headline is taken out: " + draft.removed());
        assertTrue(draft.blocks().stream().anyMatch(b -> b.text().startsWith("The mayor said")));
    }

    @Test
    void aTitleWhoseWordsTheTextTakesUpStaysTheTitleHoweverFarTheTextIs() {
        String page = "Council Passes a Budget for Libraries and Roads\n\nPhoto: Example Agency\n\nShare\n\nTweet\n\n"
                + "Email\n\nPrint\n\nListen to this article\n\nSave for later\n\nBudget Talks at the Council Hall "
                + "over Libraries"
                + "\n\nThe town hall\n\n" + BODY + "\n" + MORE;
        // the line above the text is echoed by it too (budget, council, libraries): only the title's own echo keeps it
        assertTrue(HeadReader.echo("Budget Talks at the Council Hall over Libraries",
                " " + (BODY + MORE).toLowerCase(java.util.Locale.ROOT) + " ") >= 0.5);
        assertEquals("Council Passes a Budget for Libraries and Roads", head(page).title());
    }

    @Test
    void theEchoOfALineIsTheShareOfItsLongerWordsTheTextSaysAsWords() {
        assertEquals(2 / 3.0, HeadReader.echo("Budget for the Roads Passes", " the budget passed on roads "), 1e-9,
                "budget and roads of budget, roads, passes (\"for\" and \"the\" are short)");
        assertEquals(0, HeadReader.echo("Roads", " railroads "), "a word, not a part of one");
        assertEquals(-1, HeadReader.echo("A to B", " a to b "), "no word of four letters");
        assertEquals(-1, HeadReader.echo("異世界おもいで食堂", " 異世界おもいで食堂 "), "Japanese does not space its words");
    }

    /** The text of "The Price of Quiet", which takes up its dek's words (councils, budget, overruns, public view). */
    private static final String OVERRUNS = "Councils across the north have kept budget overruns out of public view for "
            + "years, according to documents seen by this newspaper.\n\n"
            + "The overruns, which reached millions on some projects, were reported to closed committees "
            + "rather than to the full council in public session.\n\n"
            + "Officials said the practice protected commercial negotiations, but critics say the public "
            + "has a right to know how its money is spent.\n";

    /** Opening the paste, or under a section label (then the nearest headline's dek guard keeps it). */
    @ParameterizedTest
    @ValueSource(strings = {"", "OPINION\n\n"})
    void aShortHeadlineWhoseDekTheTextTakesUpStaysTheTitle(String above) {
        Head head = head(above + "The Price of Quiet\n\nWhy Councils Keep Budget Overruns Out of Public View\n\n" + OVERRUNS);
        assertEquals("The Price of Quiet", head.title());
        assertEquals("Why Councils Keep Budget Overruns Out of Public View", head.dek());
    }

    @Test
    void theEchoOfAnOpeningLineOfThousandsOfWordsGrowsLinearlyWithTheText() throws Exception {
        // one opening line of hyphen-joined words over a headline and three long paragraphs: each word of a line is
        // looked up in the text's words once, not searched for in the text
        io.github.briefwright.testing.Growth.assertLinear("the echo of a long opening line", 64 * 1024, n -> {
            StringBuilder opening = new StringBuilder("Opening");
            for (int token = 0; token < 10; token++) { // a headline of ten words, each thousands of words joined
                opening.append(" Word");
                for (int end = opening.length() + n / 40; opening.length() < end; ) {
                    opening.append("-word").append(opening.length());
                }
            }
            StringBuilder paragraph = new StringBuilder("The council met to discuss the budget for libraries");
            while (paragraph.length() < n / 4) {
                paragraph.append(" and the council discussed roads ").append(paragraph.length());
            }
            paragraph.append(".\n\n");
            String page = opening + "\n\nMenu\n\nSearch\n\nCouncil Passes a Budget for Libraries\n\n"
                    + paragraph + paragraph + paragraph;
            return () -> head(page);
        });
    }

    /** Text under a byline whose words the headline "The Budget Nobody Wanted Passes at Midnight" takes up. */
    private static final String BUDGET_TEXT = "The budget that nobody on the council wanted passes at midnight, after "
            + "a long debate about libraries and roads.\n\nCouncillors who wanted cuts gave in when the mayor promised "
            + "a review of the budget in the spring.\n\nResidents who waited until midnight said the vote passes the "
            + "problem on to next year.\n";

    @Test
    void aNavigationLineTakenForTheTitleGivesWayToTheEchoedHeadlineAboveTheByline() {
        String page = "Your Profile and Saved Items\n\n  • Home\n  • World\n  • Opinion\n\n"
                + "The Budget Nobody Wanted Passes at Midnight\n\nBy Jane Doe\n\nMarch 4, 2021\n\n" + BUDGET_TEXT;
        Head head = head(page);
        assertEquals("The Budget Nobody Wanted Passes at Midnight", head.title());
        assertEquals(List.of("Jane Doe"), authors(head));
        assertEquals("2021-03-04", head.date());
        assertTrue(draft(page).removed().stream().anyMatch(r -> r.text().equals("Your Profile and Saved Items")),
                "the line above the headline is navigation");
    }

    @Test
    void aTitleTheTextTakesUpStaysOverAnEchoedDek() {
        String page = "Budget Passes at Midnight\n\nThe Budget Nobody Wanted Passes After a Long Debate\n\n"
                + "By Jane Doe\n\nMarch 4, 2021\n\n" + BUDGET_TEXT;
        assertEquals("Budget Passes at Midnight", head(page).title());
    }

    @Test
    void theValueOfALabelUnderTheTitleIsNoHeadline() {
        // "Author:" over a newsroom whose name the text takes up: the name is the byline's, not a headline
        String page = "Four Things to Do in October\n\nAuthor:\n\nBudget Council Editorial Staff\n\n"
                + "Date:\n\nOct 4, 2018\n\n" + BUDGET_TEXT;
        assertEquals("Four Things to Do in October", head(page).title());
    }

    @Test
    void aShortTitleOpeningThePasteKeepsItsEchoedDek() {
        // nothing above the title to be navigation: the line under it, however much the text takes it up, is its dek
        String page = "Hold the Phone, Again\n\nThe budget nobody wanted passes at midnight after a long debate\n\n"
                + "By Jane Doe\n\nMarch 4, 2021\n\n" + BUDGET_TEXT;
        Head head = head(page);
        assertEquals("Hold the Phone, Again", head.title());
        assertEquals("The budget nobody wanted passes at midnight after a long debate", head.dek());
    }

    @Test
    void aKoreanHeadlineKeepsItsDekThatNamesTheTextsInstitute() {
        // Korean joins its endings to its words: a dek naming the institute the text names, word for word, says no
        // more of the text than the headline, whose words come back with other endings
        String page = "소재·에너지\n\n바닷물서 리튬 골라 뽑는 분리막 개발…추출 효율 3배\n\n"
                + "한결과학기술원 정하윤 교수팀, 나노 기공 크기 조절\n\n김서연 기자\n\n입력 2024.05.21 14:32\n\n"
                + "국내 연구진이 바닷물에 녹아 있는 리튬을 기존보다 3배가량 효율적으로 걸러낼 수 있는 분리막을 개발했다. "
                + "한결과학기술원은 정하윤 교수 연구팀이 리튬 이온만 통과시키는 분리막을 개발했다고 밝혔다.\n\n"
                + "한결과학기술원 연구팀은 바닷물 속 리튬을 추출하는 효율을 높였다고 설명했다. 상용화까지는 5년 이상이 "
                + "걸릴 것으로 보인다.\n";
        assertEquals("바닷물서 리튬 골라 뽑는 분리막 개발…추출 효율 3배", head(page).title());
    }

    @Test
    void aHeadlinePastedAsAListItemOverNamesOverTheirDateIsTheTitle() {
        // the names and the date are paragraphs of their own; the names alone start no article, over the date they do
        String page = "  • Privacy\n  • Terms\n\n  • The Budget Nobody Wanted Passes at Midnight\n\n"
                + "Jane DoeTwitterNews & Culture Writer\nMarch 4, 2021\n\n  • Facebook\n  • Twitter\n\n" + BUDGET_TEXT;
        Head head = head(page);
        assertEquals("The Budget Nobody Wanted Passes at Midnight", head.title());
        assertEquals(List.of("Jane Doe"), authors(head));
        assertEquals("2021-03-04", head.date());
    }

    @Test
    void aVideosTitlePrintedTwiceIsNoTextAndASectionsLabelGivesWayToTheHeadline() {
        // "NFL" says no word of the text to compare; the teaser printed twice over the headline starts no text
        String page = "Skip to main content\nNFL\n\n  • NFL\n  • NBA\n  • Golf\n\nSUBSCRIBE\n\n"
                + "Packers vs. Cowboys: Will the rookies keep Aaron Rodgers off the field?\n"
                + "Packers vs. Cowboys: Will the rookies keep Aaron Rodgers off the field?\n\n"
                + "The Budget Nobody Wanted Passes at Midnight\n\n"
                + "How did the council pass a budget nobody wanted? Start with the one councillor who would stand up "
                + "to the mayor in a long debate about libraries and roads.\n\n  • Author:\nJane Doe\n"
                + "  • Publish date:\nMar 4, 2021\n\n" + BUDGET_TEXT;
        assertEquals("The Budget Nobody Wanted Passes at Midnight", head(page).title());
    }

    @Test
    void aMenusItemsGluedTogetherAreNoTitle() {
        assertTrue(HeadReader.gluedMenu("Example the Company & Its ProductsThe Company & its ProductsExample Terminal "
                + "Demo RequestExample Anywhere Remote LoginExample Customer Support"));
        assertFalse(HeadReader.gluedMenu("PlayStation and YouTube Sales Rise as JavaScript Jobs Fall"));
    }

    @Test
    void aNameOverItsFollowButtonIsTheWriter() throws java.io.IOException {
        // a blogging platform's head: the writer, the button, the publication, a reading time, the date far below
        String page = "The Budget Nobody Wanted Passes at Midnight\n\nCheaper roads were the easy part. The libraries "
                + "were not.\n\nJane Doe\n\nFollow\n\nPublished in Town Notes\n\n·\n\n7 min read\n\n·\n\n"
                + "Mar 4, 2021\n\n412\n\n" + BUDGET_TEXT;
        Head head = head(page);
        assertEquals(List.of("Jane Doe"), authors(head));
        assertEquals("2021-03-04", head.date());
        // the same where the name alone is no byline for lack of a date near it (a set by other hands' paste)
        assertEquals(List.of("Achieng' Otieno"),
                authors(head(HeadOf.paste("pastes-by-other-hands-19/pastes/23-kisumu-move-blog.txt"))));
        // a topic's follow button under a headline is no writer's
        assertEquals(List.of(), authors(head("The Budget Nobody Wanted Passes at Midnight\n\nLocal Politics\n\n"
                + "Follow\n\nMar 4, 2021\n\n" + BUDGET_TEXT)));
    }

    @Test
    void aSourceLineAboveTheNavigationStaysTheHeads() {
        String page = "https://example.com/news/story\n\nYour Profile and Saved Items\n\n"
                + "The Budget Nobody Wanted Passes at Midnight\n\nBy Jane Doe\n\nMarch 4, 2021\n\n" + BUDGET_TEXT;
        Head head = head(page);
        assertEquals("The Budget Nobody Wanted Passes at Midnight", head.title());
        assertEquals("https://example.com/news/story", head.sourceUrl());
    }

    /** Council news whose topic words the title below says again: council, budget, libraries, roads. */
    private static final String HEADLINE = "Council Passes a Budget for Libraries and Roads";
    /**
     * The navigation with a last long line that says none of the text's words ("Most read this week" says one in
     * three, "most": too many for a menu's line).
     */
    private static final String MENUS = NAVIGATION.replace("Most read this week", "Latest stories from the regions");

    @Test
    void aHeadlineWithNoBylineOrDateUnderTheMenusIsTheOneNearestAboveItsText() {
        // sixteen blocks between the headline and its text, two of four words or more: an author's name and handle,
        // a share bar of one-word lines, counts, a label
        String page = MENUS + "Submit a Tip or Contact the Gazette Team\n\nToggle dark mode\n\n" + HEADLINE
                + "\n\nJane Doe\n\n@janedoe\n\nShare\n\nFacebook\n\nTwitter\n\nLinkedIn\n\nReddit\n\nEmail\n\n"
                + "Print\n\n84.1K\n\n108\n\nFiled to: local\n\n•\n\nListen to this article\n\nPhoto: Example Agency\n\n"
                + BODY + "\n" + MORE;
        Head head = head(page);
        assertEquals(HEADLINE, head.title());
        Draft draft = draft(page);
        assertTrue(draft.removed().stream().anyMatch(r -> r.text().equals("Submit a Tip or Contact the Gazette Team")),
                "the menus above the headline are taken out: " + draft.removed());
        assertTrue(draft.blocks().stream().anyMatch(b -> b.text().startsWith("The mayor said")));
    }

    @Test
    void aTeaserOverADateGivesWayToTheHeadlineNearestAboveTheText() {
        String page = MENUS + "Initial Public Offerings: Is There Still a Pulse?\n\nWednesday 20 November 2019 9:22 am"
                + "\n\n" + HEADLINE + "\n\nJane Doe\n\nShare\n\n" + BODY + "\n" + MORE;
        assertEquals(HEADLINE, head(page).title());
    }

    @Test
    void aTitleOpeningThePasteStaysOverALineTheTextSaysMoreOf() {
        // nothing stands above the title to be a page's menus, however little of the text it says
        String page = "Tea and Sympathy at the Town Hall\n\nBy Jane Doe\n\nMarch 4, 2021\n\nPhotograph from the "
                + "council budget meeting on roads and libraries\n\n" + BODY + "\n" + MORE;
        assertEquals("Tea and Sympathy at the Town Hall", head(page).title());
    }

    @Test
    void aTitleOverItsOwnBylineStaysUnderASectionLabel() {
        // a pun says none of the text's words; the line under its byline and date says many
        String page = "OPINION\n\nTea and Sympathy at the Town Hall\n\nBy Jane Doe\n\nMarch 4, 2021\n\n"
                + "Councillors argue over the budget for libraries and roads\n\n" + BODY + "\n" + MORE;
        Head head = head(page);
        assertEquals("Tea and Sympathy at the Town Hall", head.title());
        assertEquals(List.of("Jane Doe"), authors(head));
    }

    @Test
    void aTitleOpeningThePasteStaysOverAShareBarAndACaption() {
        String page = "Tea and Sympathy at the Town Hall\n\nA long night of votes ends with more money for libraries"
                + "\n\nMarch 4, 2021\n\nShare\n\nFacebook\n\nTwitter\n\nEmail\n\nPrint\n\nSave\n\n"
                + "The council chamber during the budget vote on Tuesday\n\nPhoto: Example Agency\n\n" + BODY + "\n" + MORE;
        assertEquals("Tea and Sympathy at the Town Hall", head(page).title());
    }

    @Test
    void aTeasersBylineAndDateDoNotGoWithTheNextArticlesTitle() {
        String page = MENUS + "Initial Public Offerings: Is There Still a Pulse?\n\nBy Tom Teaser\n\n"
                + "Wednesday 20 November 2019 9:22 am\n\n" + HEADLINE + "\n\nShare\n\n" + BODY + "\n" + MORE;
        Head head = head(page);
        assertFalse(HEADLINE.equals(head.title()) && authors(head).contains("Tom Teaser"), head.toString());
    }

    @Test
    void aTitleWithNoWordToCompareIsNotTakenForAMenusLine() {
        // Korean words carry their particles, so the Korean title's echo is not known; the English line under it
        // says the text's words, and is still not the title
        String page = "홈 > 뉴스 > IT\n\n삼성전자, 새 무선 이어폰 공개\n\n2025년 5월 1일\n\n"
                + "Samsung Galaxy Buds Pro Wireless Earbuds\n\n"
                + "삼성전자가 1일 Samsung Galaxy Buds Pro 무선 이어폰을 공개했다. 새 제품은 소음 차단 기능을 강화했다.\n\n"
                + "회사는 Samsung Galaxy Buds Pro를 다음 달부터 판매한다고 밝혔다. 가격은 지난 모델과 같다.\n\n"
                + "업계는 Samsung Galaxy Buds Pro가 시장 점유율을 높일 것으로 본다. 경쟁사도 새 제품을 준비하고 있다.\n";
        assertEquals("삼성전자, 새 무선 이어폰 공개", head(page).title());
    }

    @Test
    void aMenusLineThatSaysOneInThreeOfTheTextsWordsOrAHeadlineThatSaysTooFewStays() {
        // "Most read this week" says "most" (one word in three): more than a menu's line does
        String page = NAVIGATION + "Submit a Tip or Contact the Gazette Team\n\n" + HEADLINE + "\n\nShare\n\n"
                + BODY + "\n" + MORE;
        assertEquals(1 / 3.0, HeadReader.topicEcho("Most read this week", HeadReader.ledeWords(BODY + MORE)), 1e-9);
        assertEquals("Most read this week", head(page).title());
        // the headline nearest above the text says one in six of its topic words (budget): not 0.25 more
        String headline = "Winter Talks Stall Downtown Budget Deals";
        assertEquals(1 / 6.0, HeadReader.topicEcho(headline, HeadReader.ledeWords(BODY + MORE)), 1e-9);
        String few = MENUS + "Submit a Tip or Contact the Gazette Team\n\n" + headline + "\n\nShare\n\n" + BODY + "\n" + MORE;
        assertNotEquals(headline, head(few).title());
    }

    @Test
    void aHeadlineWithARoleWordOrByInItIsNoCredit() {
        for (String headline : List.of("Library Chief Welcomes Council Budget for Roads",
                "Libraries and Roads Budget Passed By Council")) {
            String page = MENUS + "Submit a Tip or Contact the Gazette Team\n\nToggle dark mode\n\n" + headline
                    + "\n\nShare\n\n" + BODY + "\n" + MORE;
            assertEquals(headline, head(page).title());
        }
    }

    @Test
    void theTextAboveAHeadlineNearALaterRunOfParagraphsIsNotTakenAsNavigation() {
        // the article's paragraphs stand one by one between pictures; the first run of three is a box further down,
        // under a headline whose words the box says again by their stems (councils, debated, budgets, yearly)
        String junk = "\n\nPhoto: Example Agency\n\nAdvertisement\n\nShare\n\nImage 2 of 5\n\n";
        String page = MENUS + "Example Gazette Weekly Digest of the Regions\n\n" + BODY.split("\n\n")[0] + junk
                + BODY.split("\n\n")[1].strip() + junk + MORE.strip() + junk
                + "Councils Debated Budgets Yearly\n\n"
                + "The council budget for roads was cut last year after a long debate about the libraries.\n\n"
                + "Libraries in the north asked the council for more money for books and for longer hours.\n\n"
                + "The roads budget will be looked at again by the council when the winter repairs are known.\n";
        Draft draft = draft(page);
        assertTrue(draft.blocks().stream().anyMatch(b -> b.text().startsWith("The council met")),
                "the paragraphs above the box stay text: " + draft.removed());
    }

    @Test
    void theTopicEchoOfALineIsTheShareOfItsContentWordsTheTextTakesUpByTheirStems() {
        java.util.NavigableSet<String> lede = HeadReader.ledeWords("Human hibernation would make the spacecraft smaller.");
        assertEquals(1.0, HeadReader.topicEcho("Hibernating Spacecraft", lede), 1e-9,
                "hibernating and hibernation share all but the last two letters");
        assertEquals(1 / 3.0, HeadReader.topicEcho("Spacecraft Budgets With Delays", HeadReader.ledeWords(
                "the spacecraft grew")), 1e-9, "spacecraft of spacecraft, budgets, delays: with is a function word");
        assertEquals(-1, HeadReader.topicEcho("우주선에서 동면하는 연구진들", HeadReader.ledeWords("우주선에서 동면하는 연구진들")),
                "Korean words carry their particles: not compared");
        assertEquals(-1, HeadReader.topicEcho("宇宙船の冬眠", HeadReader.ledeWords("宇宙船の冬眠")));
    }

    @Test
    void aDateAndByWithOneNameIsABlogsByline() {
        assertTrue(HeadReader.datedOneName("September 10, 2018 | by Catherine"));
        assertTrue(HeadReader.datedOneName("Posted on March 3, 2019 by admin"));
        assertTrue(HeadReader.datedOneName("March 3, 2019 by Jdoe"));
    }

    @Test
    void aSentenceWithADateAndByIsNone() {
        assertFalse(HeadReader.datedOneName("Applications close March 1, 2019 by noon."));
        assertFalse(HeadReader.datedOneName("Applications close March 1, 2019 by noon"));
        assertFalse(HeadReader.datedOneName("The law takes effect January 1, 2020 by decree."));
        assertFalse(HeadReader.datedOneName("Sales to double from March 3, 2019 by mid-2020."));
        assertFalse(HeadReader.datedOneName("March 3, 2019 by Tuesday"));
        assertFalse(HeadReader.datedOneName("By Catherine"));
        assertFalse(HeadReader.datedOneName("03/04/2019 by Catherine")); // which day is not known
    }
    @Test
    void aLiveBlogsFirstEntryUnderAShareBarIsText() {
        Draft draft = draft("LIVE UPDATES\n\nMarathon live updates: champion defends title, record heat slows the field\n\n"
                + "By Jess Navarro\nUpdated April 14, 2024, 1:46 p.m. ET\n\nGift this article\nShare\n\n1:46 p.m.\n"
                + "Medical tents busy as temperatures reach 81 degrees\n\nRace officials say medical staff have "
                + "treated more "
                + "than 900 runners so far, most for heat exhaustion and dehydration, and that the tents are full.\n\n"
                + "12:58 p.m.\nKiprotich crosses the line first\n\nThe champion finished in two hours and nine "
                + "minutes, "
                + "three minutes slower than last year, in heat that slowed the whole field.\n");
        java.util.List<String> kept = draft.blocks().stream().map(io.github.briefwright.core.model.Block::text).toList();
        assertTrue(kept.stream().anyMatch(text -> text.contains("Medical tents busy")), kept.toString());
    }

    /** A headline and dek over "By" alone on its line, the writer's name, the writer's service and the date. */
    private static final String BY_APART = NAVIGATION + "Hadleigh Cross library will close in June despite petition, "
            + "council confirms\n\nCampaigners say the decision leaves thousands without a warm, safe space\n\nBy\n\n"
            + "Chloe Ashworth\n\nLocal Democracy Reporting Service\n\n14:52, 21 Mar 2024\n\n" + BODY;

    @Test
    void byAloneOnItsLineIsTheBylineWithTheNameUnderIt() {
        Head head = head(BY_APART);
        assertEquals("Hadleigh Cross library will close in June despite petition, council confirms", head.title());
        assertEquals(List.of("Chloe Ashworth"), authors(head));
        assertEquals("2024-03-21", head.date());
        Draft draft = draft(BY_APART);
        assertFalse(draft.blocks().stream().anyMatch(b -> b.text().strip().equals("By")),
                "the prefix goes with its byline, not into the text: " + draft.blocks());
        assertEquals(List.of("Francesca Rossi"), authors(head(NAVIGATION + "Il consiglio approva il bilancio dopo "
                + "una lunga notte\n\ndi\n\nFrancesca Rossi\n\n4 marzo 2021\n\n" + BODY)));
    }

    @Test
    void aLabelOrAMenuWordOverANameIsNotJoinedAsBy() {
        // "Written by" over an author's box is the box's label; "AV" in capitals a menu's item
        Draft draft = draft(BY_APART + "\nWritten by\n\n"
                + "Tan Wei Ming\n\nSenior Software Engineer, Payments Platform. Wei Ming works on the checkout and "
                + "payments APIs.\n");
        assertEquals(List.of("Chloe Ashworth"), authors(draft.head()));
        assertFalse(HeadReader.joinsAsBy("AV"));
        assertFalse(HeadReader.joinsAsBy("Author"));
        assertFalse(HeadReader.joinsAsBy("Written by"));
        assertTrue(HeadReader.joinsAsBy("By"));
        assertTrue(HeadReader.joinsAsBy("por"));
    }

    @Test
    void aLineOfABoxOfFactsOverTheTextIsNoHeadline() throws java.io.IOException {
        // a weather warning: "Area: …", "Valid: 9:00am Friday 14 Feb to 9:00am Saturday 15 Feb", "Forecast: …"
        Head head = head(HeadOf.paste("pastes-by-other-hands-17/pastes/29-red-rain-warning-kaiwhenua.txt"));
        assertEquals("RED Heavy Rain Warning for Kaiwhenua District and Upper Rangiora Valley", head.title());
        assertEquals("2025-02-14", head.date());
    }

    @Test
    void aHeadlineWithAColonIsNoBoxOfFacts() {
        java.util.List<io.github.briefwright.core.model.Block> blocks = java.util.List.of(
                io.github.briefwright.core.model.Block.plain(io.github.briefwright.core.model.Block.Kind.PARAGRAPH,
                        "Genetik: Das Geheimnis der parasitischen Riesenblumen", 1),
                io.github.briefwright.core.model.Block.plain(io.github.briefwright.core.model.Block.Kind.PARAGRAPH,
                        "Rafflesien haben ihr eigenes Genom fast aufgegeben, zeigt eine neue Studie.", 3));
        assertFalse(HeadReader.inFactBox(blocks, 0));
        assertTrue(HeadReader.inFactBox(List.of(blocks.get(0), io.github.briefwright.core.model.Block.plain(
                io.github.briefwright.core.model.Block.Kind.PARAGRAPH, "Ort: Berlin, Museum für Naturkunde", 3)), 0));
    }

    /** A headline, a dek of two sentences, the writer's name over the paper's, and a numeric date with its update. */
    private static final String NAME_OVER_PAPER = "Jury convicts former county treasurer of stealing $1.2 million from "
            + "tax accounts\n\nGail Whitcomb, 61, faces up to 20 years in prison. Her attorney says she will appeal."
            + "\n\nDaniel Ortega-Wills\n\nThe Tri-County Ledger\n\nPublished 04/09/2024 6:12 p.m. ET | Updated "
            + "04/10/2024 9:40 a.m. ET\n\n" + BODY;

    @Test
    void aDekOverANameOverItsPaperOverANumericDateIsTheHeads() {
        Head head = head(NAME_OVER_PAPER);
        assertEquals("Gail Whitcomb, 61, faces up to 20 years in prison. Her attorney says she will appeal.", head.dek());
        assertEquals(List.of("Daniel Ortega-Wills"), authors(head));
        assertEquals("2024-04-09", head.date());
        assertFalse(draft(NAME_OVER_PAPER).blocks().stream().anyMatch(b -> b.text().contains("Ortega-Wills")));
    }

    @Test
    void aMenusLabelWithItsColonOverTheTitleIsNavigation() {
        Draft draft = draft("Example Gazette\n\nLatest:\n\nThe Budget Nobody Wanted Passes at Midnight\n\n"
                + "By Jane Doe\n\nMarch 4, 2021\n\n" + BODY);
        assertEquals("The Budget Nobody Wanted Passes at Midnight", draft.head().title());
        assertFalse(draft.blocks().stream().anyMatch(b -> b.text().strip().equals("Latest:")), draft.blocks().toString());
        assertTrue(draft.removed().stream().anyMatch(r -> r.text().strip().equals("Latest:")), draft.removed().toString());
    }

    @Test
    void twoWritersEachOverItsRoleOverTheDateAreTheByline() {
        String page = NAVIGATION + "Moving 3 billion jobs a day off Redis without dropping one\n\nHow we migrated our "
                + "pipeline to a partitioned Postgres queue, and why we'd do it again.\n\nMaya Goldfarb\n\n"
                + "Staff Software Engineer\n\nTomás Echeverría\n\nSenior Software Engineer\n\nApr 22, 2025 · 11 min read"
                + "\n\n" + BODY;
        Head head = head(page);
        assertEquals(List.of("Maya Goldfarb", "Tomás Echeverría"), authors(head));
        assertEquals("How we migrated our pipeline to a partitioned Postgres queue, and why we'd do it again.", head.dek());
        assertEquals("2025-04-22", head.date());
        assertFalse(draft(page).blocks().stream().anyMatch(b -> b.text().contains("Software Engineer")));
    }

    @Test
    void aSecondWriterAndRoleUnderTheFirstUnderTheDateIsTheBylines() {
        Head head = head("Saruna aquifer falling faster than thought, report finds\n\nPublished 22 October 2024\n\n"
                + "Amani Sefu\n\nLead Researcher\n\nClara Voskuijlen\n\nPolicy Analyst\n\n" + BODY);
        assertEquals(List.of("Amani Sefu", "Clara Voskuijlen"), authors(head));
    }

    @Test
    void aDatesLabelAloneOverItIsNoPublisher() {
        String page = "Why your electricity bill will go up from July 1\n\nHigher fuel costs are behind the increase in "
                + "the quarterly tariff for households.\n\nSamantha Goh\n\nSenior Correspondent\n\nPublished\n\n"
                + "Jun 02, 2025, 07:15 PM\n\n" + BODY;
        Head head = head(page);
        assertNull(head.publisher());
        assertEquals("2025-06-02", head.date());
        assertEquals(List.of("Samantha Goh"), authors(head));
        assertFalse(draft(page).blocks().stream().anyMatch(b -> b.text().strip().equals("Published")));
    }

    @Test
    void aColumnsTitleNamesItsWriterWhenTheWritersNoteEndsTheText() {
        String column = "Opinion\n\nFiachra Ó Dálaigh: Our towns are not dying. We are letting them go\n\n"
                + "Mon Apr 15 2024 - 05:00\n\n" + BODY;
        assertEquals(List.of(), authors(head(column)), "a name before a colon alone may be a quote's speaker");
        assertEquals(List.of("Fiachra Ó Dálaigh"), authors(head(column + "\nFiachra Ó Dálaigh is a writer and "
                + "broadcaster based in Co Clare\n")));
        assertTrue(Names.isName("Niamh Ní Bhriain"));
    }

    @Test
    void anUpdateAfterThePlaceAndAComma() {
        Head head = head("Zorin Nova 5 Pro review: A great battery in search of better software\n\nSiddharth Menon\n\n"
                + "New Delhi,Updated: 14 Jan 2025, 03:12 PM IST\n\nPublished: 13 Jan 2025, 07:00 PM IST\n\n" + BODY);
        assertEquals("2025-01-13", head.date());
    }

    @Test
    void aColumnsNameOverItsHeadlineIsNoTitleWhenItOpensTheColumnsOtherHeadlines() {
        String letter = "Ask Aunty Bimpe\n\nMy husband's family expects us to pay for his brother's wedding, and I am "
                + "tired\n\nBimpe Adebayo-Cole\n\nPublished 16 February 2025\n\n" + BODY + "\nRELATED\n\n";
        assertEquals("My husband's family expects us to pay for his brother's wedding, and I am tired",
                head(letter + "Ask Aunty Bimpe: My wife earns more than me and my friends are mocking me\n").title());
        // the same name alone after the text (a footer's, a masthead's) is no evidence
        assertEquals("Ask Aunty Bimpe", head(letter + "Ask Aunty Bimpe\n").title());
    }

    @Test
    void aBreadcrumbOverTheHeadlineIsNoMasthead() {
        String page = "Lokales › Ebersfelden am Neckar\n\nHallenbad bleibt bis Herbst geschlossen\n\n"
                + "Von Jana Keller\n\n14.03.2024\n\n" + BODY;
        Head head = head(page);
        assertEquals("Hallenbad bleibt bis Herbst geschlossen", head.title());
        assertNull(head.publisher()); // a masthead there is the publisher: see the head over buttons above
    }

    @Test
    void aBylineListedAsItemsUnderTheHeadlineStartsTheArticle() {
        // a sports site's headline twice, its dek, then the byline, handle and date as the items of a list that
        // goes on with the text's first paragraph
        String headline = "Browns player says quarterback asked for the fight in the last minute\n\n";
        String page = NAVIGATION + "Up next:\n\n" + headline + headline
                + "One member of the defense did not hold back on Monday when asked about the fight\n\n"
                + "  • by Bryan DeArdo\n  • @BryanDeArdo\n  • Nov 18, 2019 at 9:24 pm ET • 2 min read\n"
                + "  • The Steelers spent Monday trying to distance themselves from the fight that led to suspensions "
                + "for the pass rusher on Thursday night.\n\n" + BODY;
        Head head = head(page);
        assertEquals("Browns player says quarterback asked for the fight in the last minute", head.title());
        assertEquals(List.of("Bryan DeArdo"), authors(head));
        assertEquals("2019-11-18", head.date());
    }

    @Test
    void anOrganisationsBylineStartsTheArticleAndTheDateOverTheHeadlineIsItsDate() {
        // a science site's breadcrumb ending with the article's date, then the headline and "by" an agency
        String page = NAVIGATION + "  • Home\n  • Astronomy & Space\n  • November 18, 2019\n\n"
                + "Hibernating astronauts would need smaller spacecraft\n\nby European Space Agency\n\n" + BODY;
        Head head = head(page);
        assertEquals("Hibernating astronauts would need smaller spacecraft", head.title());
        assertEquals("2019-11-18", head.date());
        // a month alone over the headline is an issue's, not the article's day
        assertNull(head(NAVIGATION + "  • Home\n  • Astronomy & Space\n  • November 2019\n\n"
                + "Hibernating astronauts would need smaller spacecraft\n\nby European Space Agency\n\n" + BODY)
                .date(), "no day over the headline: no date");
    }

    @Test
    void aRecipesCreditOverThePhotographersAndTheDateNamesItsWriter() {
        String head = "My grandmother's ayam pongteh, the one-pot dish that tastes like home\n\nThis slow-braised "
                + "chicken and potato stew needs just a handful of ingredients and a little patience\n\n";
        Head credited = head(head + "Text and recipe by Serene Lim-Tay\nPhotography by Hafiz Rahmat\n14 Mar 2025\n\n"
                + BODY);
        assertEquals(List.of("Serene Lim-Tay"), authors(credited));
        assertEquals("2025-03-14", credited.date());
        assertNull(credited.publisher(), "a photographer's credit is no source's name");
        assertNull(head(head + "By Serene Lim-Tay\nPhotography by Hafiz Rahmat\n14 Mar 2025\n\n" + BODY).publisher());
        // a role before a name over a picture's credit is a caption: no writer
        assertEquals(List.of(), authors(head(head + "Chief political correspondent Anna Park\nPhoto: Courtesy of NBN\n"
                + "January 9, 2024\n\n" + BODY)));
    }

    @Test
    void aReviewsBoxOfFactsDoesNotPushItsTextFromUnderItsByline() {
        String head = NAVIGATION + "Hearthmarch review: a slow-burn strategy game that rewards the patient\n\n"
                + "The studio's debut is dense, occasionally stubborn and very hard to put down\n\nPriya Lalonde\n\n"
                + "Posted: March 4, 2025 9:00 a.m. ET\n\n14 comments\n\nShare\n\nCopy link\n\nHearthmarch\n\n8.5\n\n"
                + "Great\n\n";
        String box = "Platforms: PC (reviewed), PlayStation 5\nDeveloper: Bramblegate Studios\n"
                + "Publisher: Northlight Interactive\nRelease date: March 6, 2025\nPrice: $54.99 CAD\n\n";
        Head reviewed = head(head + box + BODY);
        assertEquals("Hearthmarch review: a slow-burn strategy game that rewards the patient", reviewed.title());
        assertEquals(List.of("Priya Lalonde"), authors(reviewed));
        assertEquals("2025-03-04", reviewed.date(), "the game's release date is no date of the article");
    }

    @Test
    void anOfficeIssuingItsOwnReleaseIsItsWriterAndItsSite() {
        String page = "Skip to main content\n\nAccessibility\n\nRepublic of Trinidad and Tobago\n\n"
                + "Ministry of Labour and Workplace Relations\n\n\"Decent Work for All\"\n\nHome\n\nPress Releases"
                + "\n\nNational Minimum Wage to Increase to $22.50 per Hour\n\nMonday 30th September, 2024\n\n"
                + "Issued by: Ministry of Labour and Workplace Relations\n\n" + BODY
                + "\nCopyright © 2024 Ministry of Labour and Workplace Relations. All Rights Reserved.\n";
        Head head = head(page);
        assertEquals(List.of("Ministry of Labour and Workplace Relations"), authors(head));
        assertEquals("Ministry of Labour and Workplace Relations", head.publisher());
    }

    @Test
    void aKickerOfTwoWordsOverTheDekIsNoWriterWhenABylineSaysBy() {
        String page = "The Council's Promises to Libraries and Roads Were a Con\n\nMarch 9 2017 4:21 PM\n\n"
                + "Broken Pledge\n\nThe council's promises to readers and drivers have officially proved a con.\n\n"
                + "By Jamelle Bouie\n\n" + BODY;
        Head head = head(page);
        assertEquals(List.of("Jamelle Bouie"), authors(head));
        assertNotEquals("Broken Pledge", head.publisher(), "the kicker is no source's name");
        // a name alone next to the date with no "By" line under it is still the writer
        assertEquals(List.of("Jamelle Bouie"), authors(head(page.replace("Broken Pledge", "Jamelle Bouie")
                .replace("By Jamelle Bouie\n\n", ""))));
    }

    /** A sports page's score bar over its headline, the writer's name and "5 hrs ago" over the text. */
    @Test
    void aTimeSinceUnderTheWriterStartsTheArticle() {
        String page = "Live Scores\n\nFixtures\n\nResults\n\nSA 1st inn 412 & 2nd inn 198/6 (61.0 ov)\n\n"
                + "NZ 1st inn 356\n\nStumps, Day 4 – SA lead by 254 runs\n\nFull scorecard\n\nHome / News / Proteas\n\n"
                + "Nkosi's defiance keeps Proteas in charge after late strikes\n\nSipho Mabaso\n\n5 hrs ago\n\nShare"
                + "\n\n" + BODY;
        Head head = head(page);
        assertEquals("Nkosi's defiance keeps Proteas in charge after late strikes", head.title());
        assertEquals(List.of("Sipho Mabaso"), authors(head));
    }

    /** A latest-news list's headline over its "47 minutes ago" above the article's own head: a teaser, no start. */
    @Test
    void aTeasersTimeSinceStartsNoArticle() {
        String page = "Scores\n\nFixtures\n\nTables\n\nLatest\n\nRangers boss insists title race is far from over"
                + "\n\n47 minutes ago\n\nHibs confirm winger's ankle injury will keep him out\n\n2 hours ago\n\n"
                + "Premiership\n\nKilmarnock 2 – 1 Motherwell: McAllister marks first start with a late winner\n\n"
                + "By Stuart Kerr\n\nSaturday 22 February 2025, 17:21\n\nShare\n\nFacebook\n\nX\n\nWhatsApp\n\n"
                + "Email\n\n" + BODY;
        assertEquals("Kilmarnock 2 – 1 Motherwell: McAllister marks first start with a late winner",
                head(page).title());
    }

    /**
     * A business channel's page copied without blank lines: the byline and dates over a share bar of eight lines and
     * a summary's points, the text under them; the share bar's lines do not push the text out of reach of the byline.
     */
    @Test
    void aShareBarsLinesDoNotHideTheTextUnderTheByline() {
        String page = "Skip to main content\nBizNow TV\nWatch Live TV\nSign In\nSensex 74,812.36 ▲ 412.05 (0.55%)\n"
                + "Nifty 50 22,684.90 ▲ 118.40 (0.52%)\nGold ₹71,240 ▼ 85.00\nHome\nMarkets\nEconomy\nCompanies\n"
                + "Startups\nPersonal Finance\nMutual Funds\nIPO\nTech\n"
                + "Videos\nPodcasts\nTrending:\nQ4 Results\nGold Price Today\nHome › Companies › Retail\n"
                + "FreshCart Retail to merge with Annapurna SuperMart in all-stock deal\n"
                + "The merged entity will become India's third-largest supermarket chain by revenue\n"
                + "Reported By: Ananya Kulkarni, Rohit Sethi\nFirst Published: Apr 17, 2025 6:15 PM IST\n"
                + "Last Updated: Apr 17, 2025 8:42 PM IST\nShare\nFacebook\nX\nLinkedIn\nWhatsApp\nCopy link\n"
                + "Follow us on Google News\nSummary\nFreshCart and Annapurna boards approve all-stock merger\n"
                + "Combined entity to have 1,150 stores across 19 states\n"
                + "Deal needs nod from competition regulator, shareholders and creditors\n"
                + BODY.replace("\n\n", "\n");
        Head head = head(page);
        assertEquals("FreshCart Retail to merge with Annapurna SuperMart in all-stock deal", head.title());
        assertEquals(List.of("Ananya Kulkarni", "Rohit Sethi"), authors(head));
    }

    /**
     * No source's name: a section's path over the headline ("Fashion / Runway"), a writer's credentials after the
     * name ("RD"), a photographer's credit after a bar, a box's heading under the date ("Key takeaways").
     */
    @Test
    void sectionsCredentialsCreditsAndBoxHeadingsNameNoPublisher() {
        String title = "Marram's Fashion Week show was a quiet love letter to the coast\n\n";
        assertNull(head("Fashion / Runway\n\n" + title + "Words by Georgia Pene\n\n27 August 2025\n\n" + BODY)
                .publisher());
        assertNull(head(title + "Written by Simone Lafrenière, RD\n\nPublished Jan. 14, 2025\n\nKey takeaways\n\n"
                + BODY).publisher());
        assertNull(head(title + "Words by Elise Carrow | Photographs by Tomas Reyes\n\nPublished 18 May 2025\n\n"
                + BODY).publisher());
    }
}
