package io.github.briefwright.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.load.FrontMatter;
import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.load.SeedFormat;
import io.github.briefwright.core.model.Block;
import io.github.briefwright.core.model.Block.Kind;
import io.github.briefwright.core.model.Removed;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What follows an article on its page, from a heading that opens it ({@value NoiseRules#AFTER_ARTICLE}). */
class ArticleEndTest {

    /** Seven paragraphs, 150 words and more: an article whose end can be found. */
    private static final List<String> ARTICLE = List.of(
            "The council met on Tuesday to discuss the budget for the coming year, and it agreed on most points after "
                    + "a long debate.",
            "Residents who spoke at the meeting asked for more money for libraries and for the repair of roads in the "
                    + "north of the town.",
            "The vote on the final plan is expected next month, after a second round of public meetings in every "
                    + "district of the town.",
            "Officials said the library hours would not change before the summer, whatever the vote, and that the "
                    + "staff would stay.",
            "The bus company asked for a new depot on the edge of town, which the council refused for the second time "
                    + "this year.",
            "The mayor thanked the residents who came, and said the minutes of the meeting would be online by the end "
                    + "of the week.",
            "A second meeting, on the schools, was set for the week after, at the town hall, and it is open to anyone "
                    + "who lives in the town.");

    private static Draft draft(String text, NoiseRules rules) {
        Seed seed = new Seed("a.txt", Path.of("a.txt"), SeedFormat.TXT, text, 1, FrontMatter.NONE, List.of());
        return new Structurer(rules, null).structure(seed);
    }

    /** A paste of the sets by other hands, as its file holds it. */
    private static String resource(String path) throws java.io.IOException {
        try (java.io.InputStream in = java.util.Objects.requireNonNull(ArticleEndTest.class.getResourceAsStream(path),
                path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static String paste(String tail) {
        return "Council agrees budget after long debate\n\nBy Jane Roe\nJan. 7, 2020\n\n"
                + String.join("\n\n", ARTICLE) + "\n\n" + tail + "\n";
    }

    private static List<String> kept(Draft draft) {
        return draft.blocks().stream().filter(b -> b.kind() != Kind.BREAK).map(Block::text).toList();
    }

    private static List<String> removedAfterArticle(Draft draft) {
        return draft.removed().stream().filter(r -> r.reason().equals(NoiseRules.AFTER_ARTICLE)).map(Removed::text)
                .toList();
    }

    private static final String COMMENTS = "3 Comments\n\nMark Doe says:\n\nJanuary 8, 2020 at 9:12 am\n\n"
            + "They should have spent the money on the roads years ago, and everyone in the north knows it.\n\nReply\n\n"
            + "Anna Lee says:\n\nJanuary 8, 2020 at 10:40 am\n\nGood to see the libraries get something at last, after "
            + "all these years of cuts and closures.\n\nReply";

    @Test
    void aCommentThreadAfterTheArticleIsTakenOutWhole() {
        Draft draft = draft(paste(COMMENTS), NoiseRules.defaults());
        assertEquals(ARTICLE, kept(draft));
        List<String> after = removedAfterArticle(draft);
        assertTrue(after.stream().anyMatch(text -> text.startsWith("They should have spent")), after.toString());
        assertTrue(after.stream().anyMatch(text -> text.startsWith("Good to see the libraries")), after.toString());
    }

    /** Comments as themes print them: a bulleted line over each, its stamp under it, one sentence each. */
    private static final String BULLETED_COMMENTS = "  • markdoe says:\nJanuary 8, 2020 at 9:12 am\n\n"
            + "They should have spent the money on the roads years ago, and everyone in the north knows it.\n\n"
            + "  • Anna Lee says:\nJanuary 8, 2020 at 10:40 am\n\nGood to see the libraries get something at last, "
            + "after all these years of cuts and closures.\n\n  • Tom Ray on January 9, 2020 at 8:02 pm said:\n\n"
            + "The depot should go to the old station yard, which has stood empty for a decade.";

    @Test
    void commentsUnderTheLinesOverThemAreNoTextGoingOnAfterTheirHeading() {
        // the lines over the comments and their stamps are noise: passed over, they would leave the comments
        // standing as sentence paragraphs one after the other, which says the text goes on under the heading
        Draft draft = draft(paste("12 responses to “Council agrees budget after long debate”\n\n" + BULLETED_COMMENTS),
                NoiseRules.defaults());
        assertEquals(ARTICLE, kept(draft));
        assertTrue(removedAfterArticle(draft).stream().anyMatch(text -> text.startsWith("The depot should go")),
                draft.removed().toString());
    }

    @Test
    void aCountOfTheCommentsOnThisTextEndsItWhateverTheCommentsLookLike() {
        // comments without lines over them: sentence paragraphs one after the other, which would say the text goes on
        List<String> comments = List.of("They should have spent the money on the roads years ago, everyone knows it.",
                "Good to see the libraries get something at last, after all these years of cuts.",
                "The depot should go to the old station yard, which has stood empty for a decade.");
        String tail = "\n\n" + String.join("\n\n", comments);
        Draft counted = draft(paste("3 responses to “Council agrees budget after long debate”" + tail),
                NoiseRules.defaults());
        assertEquals(ARTICLE, kept(counted));
        // a count quoting another title is a box of another article's comments, or a quote: the text goes on
        Draft other = draft(paste("3 responses to “Ferry fares to rise in autumn”" + tail), NoiseRules.defaults());
        assertTrue(kept(other).containsAll(comments), kept(other).toString());
    }

    @Test
    void namesOverTheDateAndTimeOfTheirCommentsAreAThreadInAnyLanguage() {
        String thread = "Anna R.\n\n13/09/2024 'e 20:11\n\nGrazie a Dio so' sarvate. Forza Vicié, 'a varca "
                + "s'accuncia!\n\nPeppe 'o Marenaro\n\n13/09/2024 'e 21:47\n\nTene ragione Gaetano, ce vo' n'avviso "
                + "pe' 'e varche piccerelle.";
        Draft draft = draft(paste(thread), NoiseRules.defaults());
        assertEquals(ARTICLE, kept(draft));
        // Devanagari digits in the stamps, a part of the day's word before the time
        draft = draft(paste("गीता सिंह\n\n१४ अगस्त २०२४, दुपहर २:०२\n\nबहुत बढ़िया खबर भैया, अइसनै आवाज उठावत रहौ।\n\n"
                + "अनिल कुमार\n\n१४ अगस्त २०२४, साँझ ५:४८\n\nपरधान जी का धन्यबाद, धरना मा हमहूँ आउब।"),
                NoiseRules.defaults());
        assertEquals(ARTICLE, kept(draft));
        // one name over a date without a time is a dated entry of the text
        draft = draft(paste("Anna Lee\n\n13 September 2024\n\nWe walked to the harbour at dawn and counted the boats "
                + "that had come back."), NoiseRules.defaults());
        assertTrue(kept(draft).contains("We walked to the harbour at dawn and counted the boats that had come back."));
    }

    @Test
    void theHeadlineUnderABlogsPreviousPostLinkIsATeaser() {
        Draft draft = draft(paste("Post navigation\n\nPrevious Post\n\nClub night programme: February and March\n\n"
                + COMMENTS), NoiseRules.defaults());
        assertEquals(ARTICLE, kept(draft));
        assertTrue(draft.removed().stream().anyMatch(r -> r.text().equals("Club night programme: February and March")
                && r.reason().equals("related")));
    }

    @Test
    void aThreadOfCommentsWithoutAHeadingEndsTheArticle() {
        // no heading over the comments ("Satu Tanggapan", or none at all), after a post of under 150 words
        String text = "Council agrees budget\n\nBy Jane Roe\n\n" + ARTICLE.get(0) + "\n\n" + ARTICLE.get(1) + "\n\n"
                + "Satu Tanggapan\n\n" + BULLETED_COMMENTS + "\n";
        Draft draft = draft(text, NoiseRules.defaults());
        assertEquals(List.of(ARTICLE.get(0), ARTICLE.get(1), "Satu Tanggapan"), kept(draft));
    }

    @Test
    void oneLineLikeTheOneOverACommentIsNoThread() {
        // a quote's speaker alone on a line, once, or said: an article's lines before its quotes
        for (String speakers : List.of("Anna Lee says:|Tom Ray tells another story", "Anna Lee said:|Tom Ray said:",
                "He says:|She says:", "Dr Anna Lee says:|Professor Tom Ray says:")) {
            String[] two = speakers.split("\\|");
            String text = paste(two[0] + "\n\n“We have waited ten years for this, and we will wait no longer.”\n\n"
                    + two[1] + "\n\n“The money is there, and the roads need it more than anything else.”");
            Draft draft = draft(text, NoiseRules.defaults());
            assertTrue(kept(draft).contains("“The money is there, and the roads need it more than anything else.”"),
                    speakers + ": " + kept(draft));
            assertTrue(removedAfterArticle(draft).isEmpty(), speakers);
        }
    }

    @Test
    void theAuthorsBioOverTheCommentsIsTheBio() {
        // the comments under it are paragraphs too, but no paragraphs of the text: the bio stands after the text
        Draft draft = draft(paste("Jane Roe covers the council and the schools for The Courier.\n\n" + COMMENTS),
                NoiseRules.defaults());
        assertEquals(ARTICLE, kept(draft));
        assertEquals("Jane Roe covers the council and the schools for The Courier.",
                draft.head().authors().get(0).bio());
    }

    @Test
    void otherArticlesWithTheirBylinesAfterTheTextAreTeasers() {
        // headlines under the article, each with a newsroom's byline or a person's and a date, no heading over them;
        // after a short text too
        String teasers = "Ferry fares to rise in autumn\n\n  • By COURIER STAFF\n\nSchools plan a longer day from the "
                + "autumn term\n\n  • By John Doe\n\nMarch 5, 2024\n\nThe bridge that took ten years to repair\n\n"
                + "  • By Ann Smith\n\nMarch 4, 2024";
        String text = "Council agrees budget\n\nBy Jane Roe\n\n" + ARTICLE.get(0) + "\n\n" + ARTICLE.get(1) + "\n\n"
                + teasers + "\n";
        Draft draft = draft(text, NoiseRules.defaults());
        assertEquals(List.of(ARTICLE.get(0), ARTICLE.get(1)), kept(draft));
        assertTrue(removedAfterArticle(draft).contains("Ferry fares to rise in autumn"), draft.removed().toString());
    }

    @Test
    void otherArticlesWithTheirWritersNamesOverTheirDatesAreTeasers() {
        // no "By": each headline over its writer's name alone over the date, and a line of the text's start
        String teasers = "Ferry fares to rise in autumn\n\nJohn Doe\n\nMarch 5, 2024\n\nThe ferry company said fares "
                + "would rise.\n\nThe bridge that took ten years to repair\n\nAnn Smith\n\nMarch 4, 2024\n\n"
                + "Work on the bridge ended on Monday.";
        Draft draft = draft(paste(teasers), NoiseRules.defaults());
        assertEquals(ARTICLE, kept(draft));
        assertTrue(removedAfterArticle(draft).contains("Ferry fares to rise in autumn"), draft.removed().toString());
        // a live page's posts, each with its writer and the time over it, have text between them: no teasers
        String posts = paste("Vote count resumes\n\nJohn Doe\n\nMarch 5, 2024\n\n" + ARTICLE.get(2) + "\n\n"
                + ARTICLE.get(3) + "\n\nFirst seat filled\n\nAnn Smith\n\nMarch 4, 2024\n\n" + ARTICLE.get(4));
        assertTrue(kept(draft(posts, NoiseRules.defaults())).contains(ARTICLE.get(4)));
    }

    @Test
    void bylinesOverTextThatGoesOnAreNoTeasers() {
        // a digest of two pieces, each with its byline and paragraphs of its own; one signature after the text
        List<String> pieces = List.of("The ferry company said fares would rise by a tenth from September, the first "
                + "rise in four years.", "Season tickets for residents will cost the same as this year, the company added.",
                "Schools in the district will open an hour longer from the autumn term, the education office said.",
                "Parents are split on the change, and the teachers' union has asked for a vote before it starts.");
        String digest = paste("Ferry fares to rise in autumn\n\nBy John Doe\n\n" + pieces.get(0) + "\n\n"
                + pieces.get(1) + "\n\nSchools plan a longer day\n\nBy Ann Smith\n\n" + pieces.get(2) + "\n\n"
                + pieces.get(3));
        assertTrue(kept(draft(digest, NoiseRules.defaults())).containsAll(pieces));
        // a round-up of books, each with its author and one paragraph of review
        List<String> reviews = List.of("A quiet novel about a ferry captain who keeps the harbour's records for forty "
                + "years, and the town that forgets him the day he retires. It is slow, and it is worth every page of "
                + "its slowness.", "The history of the town's bridges, told through the people who built them and the "
                + "floods that took three of them away, with maps and photographs from the council's archive.");
        String roundUp = paste("The Salt Ledger\n\nBy Maren Holt\n\n" + reviews.get(0)
                + "\n\nBridges of the North\n\nBy Tomas Brenner\n\n" + reviews.get(1));
        assertTrue(kept(draft(roundUp, NoiseRules.defaults())).containsAll(reviews));
        // poems, each with its poet, and a round-up whose lines of praise are short
        String poems = paste("Stopping by Woods on a Snowy Evening\n\nBy Robert Frost\n\nWhose woods these are I think I "
                + "know.\n\nThe Darkling Thrush\n\nBy Thomas Hardy\n\nI leant upon a coppice gate");
        assertTrue(kept(draft(poems, NoiseRules.defaults())).contains("I leant upon a coppice gate"));
        String signed = paste("By Ann Smith, with reporting from the town hall\n\n" + "Ferry fares to rise in autumn");
        assertTrue(kept(draft(signed, NoiseRules.defaults())).contains("Ferry fares to rise in autumn"));
    }

    @Test
    void theLineOverAReadersComment() {
        NoiseRules rules = NoiseRules.defaults();
        for (String line : List.of("Marilyn says:", "• thelastchargersfan says:", "Bob. Just Bob. says:",
                "Catherine (GiveWell) on September 13, 2018 at 5:23 pm said:", "  • Alex on 17 September 2018 at 06:34 said:",
                "Pembuat Film Fitna | Berita Islami, on Desember 30, 2015 at 4:36 am said:", "jo_22 on 2019-11-19 wrote:")) {
            assertTrue(rules.headsComment(line), line);
            assertEquals("comments", rules.reason(line), line);
        }
        for (String line : List.of("He says:", "It says:", "Obama said:", "The minister says:",
                "At the meeting on 5 May 2020 the mayor said:", "Anna Lee says the vote was fair.",
                "In a statement on March 3, 2020, the company said:")) {
            assertFalse(rules.headsComment(line), line);
        }
        assertFalse(NoiseRules.of(List.of(NoiseRules.AFTER_ARTICLE), List.of()).headsComment("Marilyn says:"));
    }

    @Test
    void sidebarsOfOtherArticlesAfterTheArticleAreTakenOutInSeveralLanguages() {
        List<String> teasers = List.of("Schools plan a longer day from the autumn term",
                "Parents are split on the change, and the union wants a vote.", "A new bridge for the east side, at last",
                "The river crossing opens in May, two years late.");
        for (String heading : List.of("MOST POPULAR", "Most read in World", "• Trending now", "Meistgelesen",
                "Les plus lus", "Más leídos", "人気記事", "많이 본 뉴스", "热门文章", "More World", "More U.S.",
                "More from Business", "Trending Now on NYPost.com")) {
            Draft draft = draft(paste(heading + "\n\n" + String.join("\n\n", teasers)), NoiseRules.defaults());
            assertEquals(ARTICLE, kept(draft), heading);
            List<String> removed = draft.removed().stream().map(Removed::text).toList();
            assertTrue(removed.containsAll(teasers), heading + ": " + removed);
        }
    }

    @Test
    void aHeadingBeforeTheArticleHasSaidMuchIsNoEnd() {
        // "Comment" as a section's label, or comments under a short post: less than 150 words of text before it
        String text = "Council agrees budget\n\nBy Jane Roe\n\n" + ARTICLE.get(0) + "\n\nComments\n\n" + ARTICLE.get(1)
                + "\n\nPosted in Town\n";
        Draft draft = draft(text, NoiseRules.defaults());
        assertTrue(kept(draft).contains(ARTICLE.get(1)), kept(draft).toString());
        assertTrue(removedAfterArticle(draft).isEmpty());
    }

    @Test
    void theRuleCanBeTurnedOff() {
        Draft draft = draft(paste(COMMENTS), NoiseRules.of(List.of(NoiseRules.AFTER_ARTICLE), List.of()));
        assertTrue(kept(draft).stream().anyMatch(text -> text.startsWith("They should have spent")),
                kept(draft).toString());
        assertTrue(removedAfterArticle(draft).isEmpty());
        assertTrue(NoiseRules.builtInNames().contains(NoiseRules.AFTER_ARTICLE));
    }

    @Test
    void aSidebarInsideTheTextIsNoEndWhenShortParagraphsGoOnAfterIt() {
        // a sidebar's headlines, then the text again in short paragraphs: two of them one after the other, with an
        // advertisement's label between them, or ending in closing quotes
        for (List<String> more : List.of(
                List.of("A spokesperson for the ministry declined to comment on the figures on Tuesday.",
                        "The regional government has not said whether it will renew the grant."),
                List.of("Ein Sprecher sagte am Dienstag: „Wir haben in den letzten zwei Jahren in allen Werken neue "
                        + "Kapazitäten aufgebaut, und wir können jetzt auch in großen Mengen liefern.“",
                        "Die Nachfrage nach Wärmepumpen sei seit dem Sommer in allen Regionen des Landes stark gestiegen."))) {
            Draft draft = draft(paste("Most read\n\nThe bridge that took ten years to repair\n\n"
                    + "Ferry fares to rise in autumn\n\n" + more.get(0) + "\n\nAdvertisement\n\n" + more.get(1)),
                    NoiseRules.defaults());
            assertTrue(kept(draft).containsAll(more), kept(draft).toString());
        }
    }

    @Test
    void anAuthorBoxAfterTheTextGivesTheBioAndLeavesTheText() {
        // the byline's name alone, a role under it, and a bio that does not open with the name
        for (String bio : List.of("Hi, I'm Jane! I have covered the town hall for ten years, and I still love a budget night.",
                "Soy Jane, periodista local desde hace diez años. Cubro el ayuntamiento y sus presupuestos.")) {
            Draft draft = draft(paste("Jane Roe\n\nStaff Writer\n\n" + bio + "\n\nRelated\n\nFerry fares to rise in autumn"),
                    NoiseRules.defaults());
            assertEquals(bio, draft.head().authors().get(0).bio());
            assertEquals(ARTICLE, kept(draft));
            assertTrue(draft.removed().stream().anyMatch(r -> r.reason().equals("author-box") && r.text().equals("Staff Writer")),
                    draft.removed().toString());
        }
        // the same name as a speaker's label, more than once, is the text's
        String answer = "Then we raise the fares, and we keep the boats running every twenty minutes until the grant "
                + "comes back, whatever the council decides in March.";
        Draft draft = draft(paste("Jane Roe\n\nWhat happens if the grant ends?\n\nJohn Doe\n\nWe wait.\n\nJane Roe\n\n"
                + answer), NoiseRules.defaults());
        assertTrue(kept(draft).contains(answer), kept(draft).toString());
        assertTrue(draft.head().authors().get(0).bio() == null, draft.head().authors().toString());
    }

    @Test
    void otherStoriesUnderAHeadingInAnyLanguageGoAndTheTextAfterThemStays() {
        for (String heading : List.of("Lees ook", "Te puede interesar", "Mehr zum Thema", "More in Transit")) {
            Draft draft = draft(paste(heading + "\n\nZeehonden in de Oosterschelde doen het beter dan ooit\n\n"
                    + "Waterschap zet vispassages in bij twaalf stuwen"), NoiseRules.defaults());
            assertEquals(ARTICLE, kept(draft), heading);
        }
        // inside the text: the box's headline goes, the text's short sentences after it stay
        List<String> after = List.of("El gobierno autonómico aún no se ha pronunciado.", "Una portavoz declinó hacer comentarios.",
                "El pleno volverá a reunirse en septiembre.");
        Draft draft = draft(paste("Te puede interesar\n\nSube el precio del transbordador en otoño\n\n" + String.join("\n\n", after)),
                NoiseRules.defaults());
        assertTrue(kept(draft).containsAll(after), kept(draft).toString());
        assertFalse(kept(draft).contains("Sube el precio del transbordador en otoño"), kept(draft).toString());
    }

    @Test
    void aJapaneseTextUnderAShareBarStaysAndItsRelatedArticlesGo() {
        // pasted without blank lines: each paragraph a line of its own, right under the share buttons
        List<String> text = List.of(
                "利用者の減少が続く地方の鉄道路線の代わりとして、自動運転バスを走らせる実証実験が7月から始まる。",
                "実験では、定員20人の小型電気バス2台を使い、約半年間、1日8往復を運行する計画だ。",
                "国土交通省は、実験の結果を踏まえ、同様の取り組みを他の地域にも広げるかどうかを検討する方針だ。");
        Draft draft = draft("ローカル線の代替に自動運転バス 全国初の長距離区間で実証実験へ\n2024年4月3日 10時15分\n"
                + "シェア\nポスト\nLINEで送る\nリンクをコピー\n" + String.join("\n", text)
                + "\n関連記事\n地方鉄道の赤字路線、3割が「存続困難」 国交省調査\n運転手不足でバス減便相次ぐ 4月から規制強化\n",
                NoiseRules.defaults());
        assertEquals(text, kept(draft));
    }

    @Test
    void aLaoNoticesFirstClausesUnderAShareBarStay() {
        // Lao spaces phrases, not words: a clause of one or two spaces ending in ";" is no button
        String first = "ອີງຕາມ ກົດໝາຍວ່າດ້ວຍການຈັດຊື້-ຈັດຈ້າງດ້ວຍທຶນຂອງລັດ;";
        Draft draft = draft("ແຈ້ງການເຊີນຊວນປະມູນ ໂຄງການສ້ອມແປງເສັ້ນທາງ\nວັນທີ 18/03/2025\nແບ່ງປັນ\nFacebook\nWhatsApp\n"
                + first + "\nພະແນກໂຍທາທິການ ແລະ ຂົນສົ່ງ ແຂວງຫຼວງພະບາງ ຂໍແຈ້ງການເຊີນຊວນບັນດາບໍລິສັດກໍ່ສ້າງ "
                + "ທີ່ມີຄຸນສົມບັດຄົບຖ້ວນ ແລະ ມີຄວາມສົນໃຈ ເຂົ້າຮ່ວມປະມູນແບບເປີດກວ້າງພາຍໃນປະເທດ ເພື່ອສ້ອມແປງເສັ້ນທາງ.\n",
                NoiseRules.defaults());
        assertTrue(kept(draft).contains(first), kept(draft).toString());
        assertFalse(kept(draft).contains("WhatsApp"), kept(draft).toString());
    }

    @Test
    void aBioNamingTheAuthorAfterTheLastLongParagraphIsTheBio() {
        // above a newsletter box whose lines read as short paragraphs
        String bio = "Jane Roe is the Courier's city hall reporter.";
        Draft draft = draft(paste(bio + "\n\nThe Pulse, every weekday\n\nThe stories our city is talking about, in five "
                + "minutes or less.\n\nSubscribe"), NoiseRules.defaults());
        assertEquals(bio, draft.head().authors().get(0).bio());
        assertFalse(kept(draft).contains(bio), kept(draft).toString());
    }

    @Test
    void aPressReleasesAboutTheCompanyIsBoilerplateAndASectionAboutAStudyIsText() {
        Draft draft = draft(paste("About Aldervane Robotics\n\nFounded in 2015, Aldervane Robotics designs and builds "
                + "autonomous mobile robots.\n\nMedia contact: press@aldervane.example"), NoiseRules.defaults());
        assertEquals(ARTICLE, kept(draft));
        String study = "The researchers followed 2,000 households in the town for three years, and they asked each of them "
                + "about their use of the library.";
        draft = draft(paste("About the Study\n\n" + study), NoiseRules.defaults());
        assertTrue(kept(draft).contains(study), kept(draft).toString());
    }

    @Test
    void aBoxOfOtherStoriesInsideATextPastedWithoutBlankLinesTakesTwoHeadlinesAtMost() {
        // the text goes on right under the box: a dialogue, a subheading and a list, one-line sentences
        List<String> after = List.of("—¿Y ahora qué hacemos?", "—Esperar. Como siempre.", "Ingredienti per 4 persone",
                "400 g di farina 00");
        Draft draft = draft("Council agrees budget after long debate\n\nBy Jane Roe\nJan. 7, 2020\n\n" + ARTICLE.get(0)
                + "\nTe puede interesar\nLa sequía obliga a cortar el agua por la noche\nSube el precio del agua en otoño\n"
                + String.join("\n", after) + "\n" + String.join("\n", ARTICLE.subList(1, ARTICLE.size())) + "\n",
                NoiseRules.defaults());
        assertTrue(kept(draft).containsAll(after), kept(draft).toString());
        assertFalse(kept(draft).contains("Sube el precio del agua en otoño"), kept(draft).toString());
    }

    @Test
    void aNameAloneOverAnUpdateOrASpeakersWordsIsNoAuthorBox() {
        for (String under : List.of("Update, March 4: The county reopened the north trailhead on Monday after crews cleared "
                + "the last of the fallen trees.", "For the record, my own vote goes to the harbour plan, which neither of "
                + "you mentioned and which I will happily defend.")) {
            Draft draft = draft(paste("Jane Roe\n\n" + under + "\n\n3 Comments"), NoiseRules.defaults());
            assertTrue(kept(draft).contains(under), kept(draft).toString());
            assertTrue(draft.head().authors().get(0).bio() == null, draft.head().authors().toString());
        }
        // a bio that opens with the role is the author's
        String bio = "Redactora de la sección de Canarias. Antes trabajó en la agencia EFE.";
        Draft draft = draft(paste("Jane Roe\n\n" + bio), NoiseRules.defaults());
        assertEquals(bio, draft.head().authors().get(0).bio());
    }

    @Test
    void aHeadingOnlyACommentSectionHasOpensItHoweverTheCommentsRead() {
        List<String> comments = List.of("网友“深漂十年”：终于等到了！以前坐3号线挤到怀疑人生。", "网友“坪山小李”：希望晚上末班车能再晚一点。");
        Draft draft = draft(paste("热门评论\n\n" + String.join("\n\n", comments)), NoiseRules.defaults());
        assertEquals(ARTICLE, kept(draft));
        // the same lines quoted in a text, with no such heading over them, are the text's
        draft = draft(paste("有网友评论：\n\n" + String.join("\n\n", comments)), NoiseRules.defaults());
        assertTrue(kept(draft).containsAll(comments), kept(draft).toString());
    }

    @Test
    void howLongAgoInOtherLanguagesIsATimestamp() {
        for (String ago : List.of("před 2 hodinami", "vor 3 Stunden", "il y a 2 heures", "hace 5 minutos", "2 ore fa",
                "3 uur geleden", "2 godziny temu")) {
            Draft draft = draft(paste("Související články\n\nRecenze: Nejlepší chytré hlavice roku\n\n" + ago),
                    NoiseRules.defaults());
            assertTrue(draft.removed().stream().anyMatch(r -> r.reason().equals(NoiseRules.TIMESTAMP) && r.text().equals(ago)),
                    draft.removed().toString());
        }
    }

    @Test
    void onlyAHeadingAloneOpensWhatFollowsAnArticle() {
        NoiseRules rules = NoiseRules.defaults();
        for (String heading : List.of("Comments", "12 comments", "Leave a Reply", "Most read", "Popular posts",
                "Recent Posts", "Trending now", "Kommentare", "Comentarios:", "댓글", "Top Rated Comments",
                "34 responses to “Anthony Lynn: “We needed to win this game””", "One thought on \"Council agrees budget\"",
                "3 Kommentare zu „Warum die Fähre zurückkommt“", "Deja una respuesta", "Lascia un commento",
                "コメント（3）", "Comments 12", "■人気記事", "[많이 본 뉴스]", "【热门文章】", "Most read in World:",
                "Site Index", "Footer navigation", "Quick Links", "Plan du site", "サイトマップ", "Trending in Entertainment",
                "Самые популярные диеты", "Комментарии", "12 комментариев", "Meest gelezen", "Najczęściej czytane",
                "Kommentarer", "Diskuse (14)", "Vstoupit do diskuse", "Yorumlar", "Cite this article",
                "How to cite this article", "Article metrics", "Other recent recalls")) {
            assertTrue(rules.opensAfterArticle(heading), heading);
        }
        // a box of other articles, inside a text as often as after it; a section of the text; an opinion column's
        // label; a sentence
        for (String line : List.of("You may also like", "More from The Courier", "Read next", "関連記事", "Top stories",
                "Most popular girls' names", "Read more", "Related articles", "Don't miss", "More in Politics", "Discussion",
                "Comment", "Kommentar", "コメント", "Diskuse", "Tartışma", "Comments on the plan were due by Friday.",
                "The most popular option was a longer day.", "One response to the crisis was a new tax.",
                "Site visits rose by a third", "Footer: the last line of a page", "Other recent studies found more",
                "Cite this article as evidence")) {
            assertFalse(rules.opensAfterArticle(line), line);
        }
        assertFalse(NoiseRules.of(List.of(NoiseRules.AFTER_ARTICLE), List.of()).opensAfterArticle("Comments"));
    }
    /**
     * What a page prints after the text, in the forms of the seventh set of pastes by other hands (the nineteenth
     * round of issue 9): each leaves the article as it was.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Jane Roe can be reached at jroe@example.com or 419-555-0142.",
        "Do you have an opinion on the issues raised in this article? If you would like to submit a response of up to "
                + "300 words by email to be considered for publication in our letters section, please click here.",
        "Sur le même sujet\n\nAu festival, le court-métrage rural a le vent en poupe\n\nUn documentaire entre ciel et alpage",
        "Mehr Artikel der Autorin\n\nNewsletter „Oberland am Morgen“\n\nDas Wichtigste aus der Region – jeden Morgen um "
                + "6 Uhr kostenlos in Ihrem Postfach.",
        "Archivado en\n\nPresupuestos\n\nAyuntamientos",
        "Ämnen i artikeln\n\nSundsbygd\n\nSkola",
        "Meer over\n\nGemeenteraad\n\nBegroting",
        "Reader Interactions",
        "Sdílet článek",
        "Was this explainer helpful?\n\nYes\n\nNo",
        "More explainers\n\nWhat does a budget deficit actually mean?\n\nWhy do councils borrow?",
        "Share a memory or offer condolences to the family.\n\nSign the guest book",
        "The Ledger Line is a reader-supported publication. To receive new posts and support my work, consider "
                + "becoming a free or paid subscriber.",
        "Support independent criticism\n\nThe Quarterly Lantern is free to read and always will be. If you value "
                + "long-form reviews like this one, please consider a donation.",
        "This editorial represents the view of the Riverton Ledger Editorial Board.",
        "Fjellbygda Avis arbeider etter Vær Varsom-plakatens regler for god presseskikk.",
        "Get our best home tips, projects and product picks delivered weekly.",
        "Over de auteur\n\nJane Roe is verslaggever voor de stad.",
    })
    void whatPagesPrintAfterTheTextInMoreFormsGoes(String tail) {
        Draft draft = draft(paste(tail), NoiseRules.defaults());
        assertEquals(ARTICLE, kept(draft), tail);
    }

    /** A Japanese author box under "この記事を書いた人": the name, the bureau and the bio, which names no one, go. */
    @Test
    void anAuthorBoxUnderAboutTheAuthorInJapaneseGoes() {
        String paste = "老舗旅館の跡地に市立図書館\n\n2024年3月5日 19時30分\n汐見支局　田中美咲記者\n\n"
                + String.join("\n\n", ARTICLE) + "\n\nこの記事を書いた人\n田中美咲\n汐見支局\n"
                + "2019年入社。県政担当を経て2023年から汐見支局。地域の教育や文化を中心に取材している。\n";
        Draft draft = draft(paste, NoiseRules.defaults());
        assertEquals(ARTICLE, kept(draft));
        assertEquals("田中美咲", draft.head().authors().get(0).name());
        assertTrue(draft.head().authors().get(0).bio().startsWith("2019年入社"), draft.head().authors().toString());
    }

    /** Lines of text shaped like those forms stay. */
    @ParameterizedTest
    @ValueSource(strings = {
        "The governor can be reached for comment only through her office, a spokesman said on Wednesday evening.",
        "Readers like you have written to us about the parking plan, and many of the letters were angry ones.",
        "Sur le même sujet, le maire a promis une réunion publique avant la fin du mois de mars.",
        "The library is free to read in, the librarian joked, but the coffee costs two euros.",
    })
    void textShapedLikeThoseFormsStays(String line) {
        Draft draft = draft(paste(line), NoiseRules.defaults());
        assertTrue(kept(draft).contains(line), kept(draft).toString());
    }

    /** Topics a page lists under its article with no label over them, in a language no list holds. */
    private static final List<String> TAGS = List.of("Ngikel", "Daob", "Ngerdubech", "Hatchery");

    @Test
    void aRunOfTagsWithNoLabelAfterTheTextIsThePages() {
        for (String between : List.of("\n", "\n\n")) {
            Draft draft = draft(paste(String.join(between, TAGS) + "\n\nFacebook"), NoiseRules.defaults());
            assertEquals(ARTICLE, kept(draft));
            assertTrue(removedAfterArticle(draft).containsAll(TAGS), removedAfterArticle(draft).toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"The three camps run in these months:", "Three camps for the summer months ahead"})
    void shortLinesUnderAColonOrAHeadingAreTheTextsOwnList(String over) {
        List<String> list = List.of("Wasútȟuŋ Wí", "Čhaŋwápe Ǧí Wí", "Waníyetu Wí");
        Draft draft = draft(paste(over + "\n" + String.join("\n", list)), NoiseRules.defaults());
        assertTrue(kept(draft).containsAll(list), kept(draft).toString());
    }

    @Test
    void aWritersSignatureAndRoleUnderTheTextAreNoTags() {
        String paste = "Council agrees budget after long debate\n\n" + String.join("\n\n", ARTICLE)
                + "\n\nIng. Miroslav KUČERA\nprimátor mesta\nHorné Lazany\n";
        Draft draft = draft(paste, NoiseRules.defaults());
        assertEquals(List.of("Miroslav Kučera"), draft.head().authors().stream().map(a -> a.name()).toList());
    }

    @Test
    void theRunOfTagsStaysWhenTheRuleIsOff() {
        Draft draft = draft(paste(String.join("\n", TAGS)), NoiseRules.of(List.of(NoiseRules.AFTER_ARTICLE),
                List.of()));
        assertTrue(kept(draft).containsAll(TAGS), kept(draft).toString());
    }

    @Test
    void aThreadOfHandlesOverHowLongAgoTheyCommentedIsNoText() {
        String thread = "[ 167 comments ]\n\nTop Rated Comments\n\nWoyzeck\n\n2 days ago at 07:52 am\n\n"
                + "It is good to see them finally listen to what the people who use the roads every day have asked for."
                + "\n\nRating: 36 Votes\n\nNick A\n\n2 days ago at 07:47 am\n\nI think we will see the same "
                + "argument next year, and the year after that, until someone actually fixes the bridge.\n\n"
                + "Even if it costs a little more, this is a bridge that thousands of people cross every single day of "
                + "the week.\n\nRating: 25 Votes\n";
        Draft draft = draft(paste(thread), NoiseRules.defaults());
        assertTrue(kept(draft).contains(ARTICLE.get(ARTICLE.size() - 1)), "the text's last paragraph stays");
        assertFalse(kept(draft).stream().anyMatch(text -> text.contains("fixes the bridge")
                || text.contains("every single day")),
                "a reader's comment goes: " + kept(draft));
        assertTrue(BodyCleaner.isRelativeStamp("2 days ago at 07:52 am"));
        assertTrue(BodyCleaner.isRelativeStamp("5 hours ago, at 9:15 pm"));
        assertFalse(BodyCleaner.isRelativeStamp("2 days ago at the council"));
    }

    @Test
    void aTeaserThatAsksAQuestionGoesWithTheOthersUnderRelatedStories() {
        String teasers = "Related stories\n\nExplainer: What is free, prior and informed consent, and why does it "
                + "matter?\n\nTelaga dam approved despite objections, documents show\n\nHornbill nests found in the "
                + "reservoir area";
        Draft draft = draft(paste(teasers), NoiseRules.defaults());
        assertEquals(ARTICLE, kept(draft));
        // a longer question under the label is a paragraph of the text, which stays
        String question = "What happens to the families who have farmed the valley for three generations when the "
                + "water rises over their fields next spring?";
        assertTrue(kept(draft(paste("Related stories\n\n" + question), NoiseRules.defaults())).contains(question));
    }

    @Test
    void aReleasesEndMarkPastedAsAListEndsItAndItsNotesGo() {
        for (String mark : List.of("– END –", "- 30 -", "— ENDS —")) {
            Draft draft = draft(paste(mark + "\n\nNotes to editors\n\n1. Figures are for a household paying by "
                    + "direct debit.\n2. A full breakdown is on the council's website.\n\nAbout Example Council\n\n"
                    + "Example Council serves 120,000 residents across the north of the county."),
                    NoiseRules.defaults());
            assertEquals(ARTICLE, kept(draft), mark);
            assertTrue(draft.removed().stream().anyMatch(r -> r.reason().equals("boilerplate")
                    && r.text().startsWith("Figures are for")), draft.removed().toString());
        }
    }

    /**
     * "(Ends)" as a wire's report closes, "-ENDS-" with the boilerplate's heading pasted onto it, "END" in capitals.
     */
    @Test
    void anEndMarkInBracketsOrGluedToTheBoilerplateEndsTheText() {
        for (String end : List.of("(Ends)\n\nExample Council serves 120,000 residents across the county.",
                "-ENDS-About Example Council\n\nExample Council serves 120,000 residents across the county.",
                // "END" in capitals over the related releases, as a customs service's newsroom closes one
                "END\n\nRelated Press Releases\n\nCustoms officers seize undeclared cigarettes at the wharf\n\n"
                        + "Commissioner meets shipping agents on port congestion")) {
            Draft draft = draft(paste(end), NoiseRules.defaults());
            assertEquals(ARTICLE, kept(draft), end);
        }
    }

    /** A journal's "How to cite" under its text, and the citation under it, are no text of the article. */
    @Test
    void aJournalsHowToCiteAfterTheTextGoes() {
        Draft draft = draft(paste("How to cite\n\nKamara FB, Conteh IS, Koroma A. Patients wait up to 14 weeks for "
                + "outpatient physiotherapy. W Afr J Physiother. 2025;9(1):12-19."), NoiseRules.defaults());
        assertEquals(ARTICLE, kept(draft));
    }

    /** A health site's list of sources under its text is no text of the article. */
    @Test
    void aListOfSourcesAfterTheTextGoes() {
        Draft draft = draft(paste("Sources\n\nBouchard-Ng H, et al. Post-prandial walking and glycemic response. "
                + "Diabetes Care. 2024;47(3):412-420.\n\nNational Center for Health Statistics. Household Pulse "
                + "Survey."), NoiseRules.defaults());
        assertEquals(ARTICLE, kept(draft));
    }

    @Test
    void aLettersClosingAndTheWritersNameUnderTheTextAreTheSignature() {
        Draft draft = draft(paste("See you next Thursday,\n\nJane"), NoiseRules.defaults());
        assertEquals(ARTICLE, kept(draft));
        assertTrue(draft.removed().stream().anyMatch(r -> r.reason().equals("signature") && r.text().equals("Jane")));
        // another name under a closing is no signature of this writer's: it stays
        Draft other = draft(paste("See you next Thursday,\n\nMaria"), NoiseRules.defaults());
        assertTrue(kept(other).contains("Maria"));
    }

    @Test
    void aWiresDeskInitialsUnderItsTextGo() {
        String head = "Council agrees budget after long debate\n\n"
                + "WPNA | Kovalam Bay | Updated: 07-01-2020 18:20 IST\n\n";
        Draft draft = draft(head + String.join("\n\n", ARTICLE) + "\n\nWPNA ABK SRV\n", NoiseRules.defaults());
        assertEquals(List.of("WPNA"), draft.head().authors().stream().map(a -> a.name()).toList());
        assertEquals(ARTICLE, kept(draft));
        // initials that are not the byline's agency stay
        Draft other = draft(head + String.join("\n\n", ARTICLE) + "\n\nNASA ESA JAXA\n", NoiseRules.defaults());
        assertTrue(kept(other).contains("NASA ESA JAXA"));
    }

    /**
     * Bios under "About the authors" end at a block of words of their own: an aquarium's page, its teasers and its
     * footer under the writers' bios, the footer's "Tidewater Point Aquarium is a 501(c)(3) nonprofit organization" no
     * third writer's bio.
     */
    @Test
    void aFooterSentenceFarUnderTheAuthorsBiosIsNoBio() throws java.io.IOException {
        Draft draft = draft(resource("pastes-by-other-hands-40/pastes/01-shark-gallery-opens.txt"),
                NoiseRules.defaults());
        assertEquals(List.of("Dana Whitcombe", "Luis Arriaga"), draft.head().authors().stream().map(a -> a.name())
                .toList());
        assertEquals("Tidewater Point Aquarium", draft.head().publisher());
    }

    @Test
    void tagsOfAnyLanguageOverAShareBarInItsOwnLanguageGo() {
        Draft draft = draft(paste("Mo-kle: aksidan, Lari Royal, Rivière-Zonkil, sekirite routier\n\n"
                + "Partaz sa lartik-la\n\nFacebook\n\nWhatsApp\n\nX"), NoiseRules.defaults());
        assertEquals(ARTICLE, kept(draft));
        assertTrue(draft.removed().stream().anyMatch(r -> r.reason().equals("tags") && r.text().startsWith("Mo-kle")));
        assertTrue(draft.removed().stream().anyMatch(r -> r.reason().equals("share")
                && r.text().equals("Partaz sa lartik-la")));
        // a short line over one network's name alone, or a sentence over two, is no share bar's label
        Draft one = draft(paste("Follow the council\n\nFacebook"), NoiseRules.defaults());
        assertTrue(one.removed().stream().noneMatch(r -> r.text().equals("Follow the council")
                && r.reason().equals("share")));
    }

    /** A line of more than ten words ending in a closing single quote, an apostrophe as often, is no headline. */
    @Test
    void aLineEndingInASingleQuoteIsNoMoreHeadlineOfABox() {
        Draft draft = draft(paste("Related articles\n\nHeating engineers call for training grants to be extended\n\n"
                + "Survey: almost half of installers plan to retire\n\nWe went to the park with the students and "
                + "sang at the ‘Welcome Festival’"), NoiseRules.defaults());
        assertTrue(kept(draft).contains("We went to the park with the students and sang at the ‘Welcome Festival’"),
                kept(draft).toString());
    }

    @Test
    void aTeaserEndingInAQuotedPhraseIsOneMoreHeadlineOfItsBox() {
        Draft draft = draft(paste("Related articles\n\nHeating engineers call for training grants to be extended\n\n"
                + "Survey: almost half of installers plan to retire\n\nWomen in plumbing: \"I was the only girl on my "
                + "course\"\n\nMost read\n\nNew guidance: what installers need to know\n\n"
                + "Example Journal is published by Ferrule Media Ltd, Unit 4, Canalside Business Park, Stockbridge "
                + "Lane, "
                + "Netherfold. Registered in England and Wales with the number 01234567 since the year 1998."),
                NoiseRules.defaults());
        assertEquals(ARTICLE, kept(draft));
    }

    @Test
    void aLabelledListOfTagsOverReadersCommentsGoes() {
        Draft draft = draft(paste("Etichette: pesca · Portoveçio · sciòpero · gasòlio\n\n" + COMMENTS),
                NoiseRules.defaults());
        assertEquals(ARTICLE, kept(draft));
        assertTrue(draft.removed().stream().anyMatch(r -> r.reason().equals("tags")
                && r.text().startsWith("Etichette")), draft.removed().toString());
    }

    @Test
    void aSitesOpeningHoursAfterTheTextGoButNotInsideIt() {
        Draft draft = draft(paste("Example Distillery\n\nhello@example.com\n\nOpening hours\n\n"
                + "Mon – Sun, 10:00 – 17:00\n\nYou must be of legal drinking age to purchase alcohol from this site. "
                + "We do not sell to anyone under 18."), NoiseRules.defaults());
        assertFalse(kept(draft).contains("Opening hours"), kept(draft).toString());
        assertFalse(kept(draft).contains("Mon – Sun, 10:00 – 17:00"), kept(draft).toString());
        // inside the text, a shop's hours are the text's
        List<String> inside = new java.util.ArrayList<>(ARTICLE);
        inside.add(3, "Mon – Sat, 9:00 – 17:30");
        Draft text = draft("Council agrees budget after long debate\n\nBy Jane Roe\nJan. 7, 2020\n\n"
                + String.join("\n\n", inside) + "\n", NoiseRules.defaults());
        assertTrue(kept(text).contains("Mon – Sat, 9:00 – 17:30"), kept(text).toString());
    }

    /**
     * A box of other stories inside the text takes two headlines (more are the text's own subheadings), unless the
     * last stands over noise of its own: a wine shop's "Das könnte Sie auch interessieren" box over "Newsletter
     * abonnieren", with the shop's footer paragraphs under it.
     */
    @Test
    void aBoxsThirdHeadlineOverTheNextBoxsHeadingIsATeaser() throws java.io.IOException {
        Draft draft = draft(resource("pastes-by-other-hands-19/pastes/07-gruener-veltliner-2023.txt"),
                NoiseRules.defaults());
        assertTrue(draft.removed().stream().anyMatch(r -> r.reason().equals("related")
                && r.text().equals("Gemischter Satz – der Wiener Klassiker neu entdeckt")), draft.removed().toString());
    }

    @Test
    void anAboutTheClubBoxAfterTheTextGoes() {
        Draft draft = draft(paste("About the club\n\nSouthern Bay Dragon Boat Club has been paddling since 1998 and "
                + "welcomes new members of all ages."), NoiseRules.defaults());
        assertEquals(ARTICLE, kept(draft));
    }
}
