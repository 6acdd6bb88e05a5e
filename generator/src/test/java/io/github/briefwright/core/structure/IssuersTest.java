package io.github.briefwright.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.briefwright.core.load.FrontMatter;
import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.load.SeedFormat;
import io.github.briefwright.core.model.Author;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An organisation's own page names its issuer as its author; a newspaper's masthead names no author. */
class IssuersTest {

    private static final String REST = "Crews will work from 7 a.m. to 7 p.m. on weekdays, and the road will reopen "
            + "to traffic each evening after the crews have left the site for the night.\n\n"
            + "Residents with questions about access to their homes can call the project line during office hours.\n\n";

    private static List<String> authors(String text) {
        Seed seed = new Seed("a.txt", Path.of("a.txt"), SeedFormat.TXT, text, 1, FrontMatter.NONE, List.of());
        return new Structurer().structure(seed).head().authors().stream().map(Author::name).toList();
    }

    private static String page(String masthead, String opening, String copyright) {
        return "Skip to main content\n\n" + masthead + "\n\nResidents\n\nBusiness\n\nCouncil\n\n"
                + "Kestrel Avenue closed for watermain replacement from March 10\n\nMarch 3, 2025\n\n"
                + opening + "\n\n" + REST + "Contact us\n\nAccessibility\n\n" + copyright + "\n";
    }

    @Test
    void aCouncilsNoticeOpeningWithItsOwnNameIsTheCouncils() {
        assertEquals(List.of("City of Alder Bay"), authors(page("City of Alder Bay",
                "The City of Alder Bay will fully close Kestrel Avenue between 4th Street and Marlow Road starting "
                        + "Monday so crews can replace a section of watermain.",
                "© 2025 City of Alder Bay. All rights reserved.")));
    }

    /** A public body's media release names no writer and does not open with its name: the body wrote it. */
    @Test
    void aPublicBodysMediaReleaseIsTheBodys() {
        String opening = "Crews will fully close Kestrel Avenue between 4th Street and Marlow Road starting Monday so "
                + "they can replace a section of watermain.";
        assertEquals(List.of("City of Alder Bay"), authors(page("City of Alder Bay", "Media release\n\n" + opening,
                "© 2025 City of Alder Bay. All rights reserved.")));
        // not without the label, nor on a trade journal's page of other firms' releases
        assertEquals(List.of(), authors(page("City of Alder Bay", opening, "© 2025 City of Alder Bay.")));
        assertEquals(List.of(), authors(page("Cold Chain Review", "Press release\n\n" + opening,
                "© 2025 Cold Chain Review.")));
    }

    @Test
    void aCompanysOneWordNameCountsWhenItsCopyrightNamesIt() {
        assertEquals(List.of("НурБайланыш"), authors(page("НурБайланыш",
                "«НурБайланыш» абоненттерге келип чыккан ыңгайсыздык үчүн кечирим сурайт жана иштер бүгүн кечке "
                        + "чейин бүтөт деп билдирет.",
                "© 2025 «НурБайланыш» ЖЧК. Бардык укуктар корголгон.")));
    }

    @Test
    void aNewspapersMastheadNamesNoAuthor() {
        assertEquals(List.of(), authors(page("The Alder Bay Courier",
                "The city will fully close Kestrel Avenue between 4th Street and Marlow Road starting Monday so "
                        + "crews can replace a section of watermain.",
                "© 2025 The Alder Bay Courier. All rights reserved.")));
    }

    @Test
    void aCaptionsCreditAndAWiresNameInTheDatelineAreNoIssuer() {
        assertEquals(List.of(), authors(page("City of Alder Bay",
                "Map showing the closed section of Kestrel Avenue and the signed detour via Hollis Street and 6th "
                        + "Street (City of Alder Bay)",
                "© 2025 City of Alder Bay. All rights reserved.")));
        assertEquals(List.of(), authors(page("NaijaWire",
                "LAGOS, Nigeria, September 4, 2023 /NaijaWire/ -- Sanwo Cold Chain Limited today announced that it "
                        + "has raised $12 million to expand its network of cold rooms.",
                "Copyright © 2023 NaijaWire Media Ltd. All Rights Reserved.")));
    }

    @Test
    void withoutACopyrightLineOrWithAWriterNoIssuerIsNamed() {
        assertEquals(List.of(), authors(page("City of Alder Bay",
                "The City of Alder Bay will fully close Kestrel Avenue between 4th Street and Marlow Road starting "
                        + "Monday so crews can replace a section of watermain.",
                "Privacy")));
        assertEquals(List.of("Dana Whitfield"), authors(page("City of Alder Bay\n\nBy Dana Whitfield",
                "The City of Alder Bay will fully close Kestrel Avenue between 4th Street and Marlow Road starting "
                        + "Monday so crews can replace a section of watermain.",
                "© 2025 City of Alder Bay. All rights reserved.")));
    }

    private static String publisher(String text) {
        Seed seed = new Seed("a.txt", Path.of("a.txt"), SeedFormat.TXT, text, 1, FrontMatter.NONE, List.of());
        return new Structurer().structure(seed).head().publisher();
    }

    private static String newsPage(String masthead, String byline, String copyright) {
        return "Skip to main content\n\nAccept all\n\n" + masthead + "\n\nNews\n\nSport\n\nOpinion\n\n"
                + "Kestrel Avenue to close for six weeks of watermain work\n\n" + byline + "\n\nMarch 3, 2025\n\n"
                + "Kestrel Avenue will close between 4th Street and Marlow Road from Monday while crews replace a "
                + "section of watermain laid in the 1950s, the city said on Friday.\n\n" + REST
                + "Contact us\n\nAdvertise\n\n" + copyright + "\n";
    }

    /** A whole page's masthead that its copyright line opens with is the site's name: the page's publisher. */
    @Test
    void theMastheadTheCopyrightNamesIsThePublisher() throws java.io.IOException {
        assertEquals("Alder Bay Courier", publisher(newsPage("Alder Bay Courier", "By Jane Marlow",
                "© 2025 Alder Bay Courier Ltd. All rights reserved.")));
        assertEquals("Alder Bay Courier", publisher(newsPage("Alder Bay Courier", "By Jane Marlow",
                "Copyright © 2019–2025, Alder Bay Courier")));
        // a Tashelhit page whose head had given a share button as its publisher, and an Adyghe one its skip link
        assertEquals("Tasafut Info", publisher(HeadOf.paste(
                "pastes-by-other-hands-30/pastes/04-ssum-n-waman-water-tariff.txt")));
        assertEquals("Хэгъэгу Макъ", publisher(HeadOf.paste(
                "pastes-by-other-hands-30/pastes/33-youth-football-draw.txt")));
        // a masthead in capitals, spelled as the copyright line spells it, a Turkic dotless i too
        assertEquals("Alder Bay Courier", publisher(newsPage("ALDER BAY COURIER", "By Jane Marlow",
                "© 2025 Alder Bay Courier. All rights reserved.")));
        assertEquals("Yañı Devir", Issuers.site("YAÑI DEVIR\n\nHeadline\n\n© 2024 «Yañı Devir». Bütün aqlar "
                + "qorçalanğan.", List.of()));
        // a name that opens with an elided article's apostrophe (Neapolitan "the")
        assertEquals("'A Voce d''o Golfo", Issuers.site("'A Voce d''o Golfo\n\nHeadline\n\n© 2024 'A Voce d''o Golfo. "
                + "Tutte 'e diritte so' riservate.", List.of()));
        // "Copyright" after the sign
        assertEquals("The Parish Chronicle", Issuers.site("The Parish Chronicle\n\nHeadline\n\n"
                + "© Copyright 2025 The Parish Chronicle. All Rights Reserved.", List.of()));
        // the masthead named after the holder, its legal form or its company: spelled as the copyright line spells it
        assertEquals("The Sunday Meridian", Issuers.site("THE SUNDAY MERIDIAN\n\nHeadline\n\n© Meridian Media Group "
                + "Limited 2025. The Sunday Meridian is a registered trade mark.", List.of()));
        assertEquals("Nieuws Vandaag", Issuers.site("Nieuws Vandaag\n\nHeadline\n\n© Stichting Nieuws Vandaag",
                List.of()));
        // not the end of a longer name, nor a place after the holder's address
        assertEquals(null, Issuers.site("Earth Observation\n\nHeadline\n\nCopyright © 2024 Nakaseta Institute for "
                + "Space and Earth Observation. All rights reserved.", List.of()));
        assertEquals(null, Issuers.site("Millbrook, OH\n\nHeadline\n\n© Copyright 2024 Millbrook Courier, 214 Canal "
                + "St. Millbrook, OH | Terms of Use", List.of()));
    }

    @Test
    void aStationsMastheadWithItsFrequencyIsNamedAsItsCopyrightNamesIt() {
        // with the frequency when the copyright line has it, without it when that line has none
        assertEquals("Radio Ngolahun 97.1 FM", Issuers.site("RADIO NGOLAHUN 97.1 FM\n\nHeadline\n\n© 2024 Radio "
                + "Ngolahun 97.1 FM. Hinda gbi lɔ mu va.", List.of()));
        assertEquals("Radio Mabɔla", Issuers.site("RADIO MABƆLA 103.5 FM\n\nHeadline\n\n© 2024 Radio Mabɔla",
                List.of()));
        // a station that signs its own page ("Fu: Radio Kondre Sten"), its masthead with its frequency, is its site;
        // a writer of the same name without a frequency is a person whose newsletter it is
        assertEquals("Radio Kondre Sten", Issuers.site("Radio Kondre Sten 94.3 FM\n\nHeadline\n\n© 2024 Radio Kondre "
                + "Sten. Ala reti tapu.", List.of("Radio Kondre Sten")));
        assertEquals(null, Issuers.site("Nina Okafor\n\nHeadline\n\n© 2024 Nina Okafor", List.of("Nina Okafor")));
        assertEquals("Sanjal FM", Issuers.site("Sanjal FM 102.7\n\nHeadline\n\n© 2025 Sanjal FM. Kuwo bee.",
                List.of()));
        // the band before the name's end stays: "Sanjal FM" is no "Sanjal"
        assertEquals(null, Issuers.site("Sanjal FM 102.7\n\nHeadline\n\n© 2025 Sanjal Media", List.of()));
        // other numbers are no frequency: a masthead with digits names no site
        assertEquals(null, Issuers.site("Route 66 News\n\nHeadline\n\n© 2025 Route News", List.of()));
    }

    @Test
    void noMastheadOrNoCopyrightOrAWritersCopyrightNamesNoSite() {
        // the copyright line does not open with the line ("News" is no site because "© 2025 Westfield News Group"
        // holds the word)
        assertEquals(null, Issuers.site("News\n\nHeadline of the day\n\n© 2025 Westfield News Group", List.of()));
        assertEquals("Westfield News", Issuers.site("Westfield News\n\nHeadline\n\n© 2025 Westfield News Group",
                List.of()));
        assertEquals(null, Issuers.site("Westfield Newsroom\n\nHeadline\n\n© 2025 Westfield News", List.of()));
        // no copyright line: no site
        assertEquals(null, Issuers.site("Alder Bay Courier\n\nHeadline of the day\n\nContact us", List.of()));
        // a newsletter whose writer holds its copyright: its masthead is its name, the copyright no site's
        assertEquals(null, Issuers.site("Nina\n\nThe Tuesday Ledger\n\nHeadline\n\n© 2025 Nina Okafor",
                List.of("Nina Okafor")));
    }

    @Test
    void aPhotosCreditNamesTheOutletWhenThePasteNamesItAgain() {
        String caption = "Boats sit idle at the wharf in Brimstone Cove on Tuesday. ";
        assertEquals("Tidewater News", Issuers.credited("Kayla Penney · Tidewater News\n\n" + caption
                + "(Kayla Penney/Tidewater News)", List.of("Kayla Penney")), "the photographer, a slash, the outlet");
        assertEquals("Radio Mabɔla", Issuers.credited(caption + "(Foto: Alimamy S. Kamara / Radio Mabɔla)\n\n"
                + "© 2024 Radio Mabɔla", List.of()), "a credit's label before them");
        assertEquals("NCN News", Issuers.credited(caption + "(NCN News: Jessica Tran)\n\nMore from NCN News",
                List.of()), "the outlet, a colon, the photographer");
        assertEquals("Loom & Land", Issuers.credited("Photo: Arvind Meghwal for Loom & Land\n\nLoom & Land",
                List.of()), "the photographer for the outlet");
    }

    @Test
    void aCreditNamedOnceAnAgencyOrACreditsWordNamesNoOutlet() {
        String caption = "Boats sit idle at the wharf in Brimstone Cove on Tuesday. ";
        // named once: as often a picture agency's or its photographer's, in either order
        assertNull(Issuers.credited(caption + "(Kayla Penney/Tidewater News)", List.of()));
        assertNull(Issuers.credited(caption + "(Image: Allerbridge Advertiser/Tom Crewe)", List.of()),
                "the outlet first, its photographer after");
        assertNull(Issuers.credited(caption + "(UWS Photo/Rodrigo Salas)\n\nRodrigo Salas", List.of()),
                "an agency's photo, then its photographer");
        assertNull(Issuers.credited(caption + "(Jane Doe/Getty Images)\n\nGetty Images", List.of()));
        assertNull(Issuers.credited(caption + "(Jane Doe/The Canadian Press)\n\nThe Canadian Press", List.of()));
        assertNull(Issuers.credited(caption + "(Jane Doe/File Photo)\n\nFile Photo", List.of()));
        assertNull(Issuers.credited(caption + "(Foto cortesía: Jane Doe)\n\nFoto cortesía", List.of()));
        assertNull(Issuers.credited(caption + "(Jane Doe/Instagram)\n\nInstagram", List.of()), "one word");
        assertNull(Issuers.credited(caption + "(Kayla Penney/Jane Doe)\n\nJane Doe", List.of("Jane Doe")),
                "a writer of the byline");
    }

    @Test
    void aSitesPromotionOfItselfNamesIt() {
        String text = "The peloton rolled out of Baguio at dawn, and by noon the race had split in three.\n\n";
        assertEquals("Ahon", Issuers.promoted(text + "Thanks for reading Ahon! Subscribe for free to receive new posts "
                + "and support my work.", List.of()));
        assertEquals("Farm Gate Journal", Issuers.promoted(text + "Subscribe to Farm Gate Journal's free newsletters "
                + "for "
                + "the latest livestock news", List.of()));
        assertEquals("Radio Waitā", Issuers.promoted(text + "Get the Radio Waitā app for ad-free news", List.of()));
        assertEquals("Low Tide Notes", Issuers.promoted(text + "Low Tide Notes is a reader-supported publication.",
                List.of()));
        // a footer that says which company publishes the site
        assertEquals("Chairside Australia", Issuers.promoted(text + "Chairside Australia is published by Tallowwood "
                + "Media Pty Ltd.", List.of()));
        assertNull(Issuers.promoted(text + "The report is published by the ministry every year.", List.of()));
        // the head's publisher when the paste names no other
        assertEquals("Ahon", HeadOf.head("Stage four goes to the climbers on the road to Kabundukan\n\n"
                + "By Migs Dalisay\n\nFebruary 18, 2024\n\n" + HeadOf.BODY
                + "\nThanks for reading Ahon! Subscribe for free to receive new "
                + "posts and support my work.\n").publisher());
        // spelled as the masthead over the page spells it in full
        assertEquals("Nqaba FM 96.2", Issuers.promoted("Nqaba FM 96.2\n\n" + text + "Download the Nqaba FM app",
                List.of()));
    }

    @Test
    void aBreadcrumbThatOpensWithABodysNameNamesTheSite() {
        assertEquals("Cedar Pen Bowling Club", Issuers.crumbed("Cedar Pen Bowling Club › News\n\nCedar Pen fours "
                + "crowned national champions\n\nWhat a weekend!"));
        assertEquals("Holy Trinity Cathedral", Issuers.crumbed("Holy Trinity Cathedral › Cathedral News › "
                + "Restoration\n\nNew roof for Holy Trinity"));
        // a section's breadcrumb, or a body's name with no chevron after it
        assertNull(Issuers.crumbed("World News › Europe\n\nHeadline"));
        assertNull(Issuers.crumbed("Home › Cedar Pen Bowling Club › News\n\nHeadline"));
        assertNull(Issuers.crumbed("Cedar Pen Bowling Club\n\nHeadline"));
        // the head's publisher when the paste names no other
        assertEquals("Salelolo Bay Game Fishing Club", HeadOf.head("Salelolo Bay Game Fishing Club › Club News\n\n"
                + "Fewer fish, smaller fish: catch records show a steep decline\n\nPosted 14/10/2023 by Ana Schuster"
                + "\n\n" + HeadOf.BODY).publisher());
    }

    /** The site a writer's note or a disclaimer names, as the masthead spells it, without the section after it. */
    @Test
    void aWritersNoteOrADisclaimerNamesTheSite() {
        assertEquals("Flightline Bahamas", Issuers.noted("Flightline Bahamas | Unmanned Systems\n\nHeadline\n\n"
                + "Terrance Rolle is a contributing editor at Flightline Bahamas and a former air traffic controller.",
                List.of("Terrance Rolle")));
        assertEquals("Highveld Institute for Public Policy", Issuers.noted("Headline\n\nThe views expressed are "
                + "those of the authors and not necessarily of the Highveld Institute for Public Policy.", List.of()));
        assertEquals("The Coastline Herald", Issuers.noted("Headline\n\nJane Doe is a sports writer for The "
                + "Coastline Herald.", List.of()));
        // a text's sentence of someone's work, a writer's own name: none
        assertNull(Issuers.noted("Headline\n\nShe worked at the bank for years.", List.of()));
        assertNull(Issuers.noted("Jane Doe is a writer with Jane Doe.", List.of("Jane Doe")));
    }

    @Test
    void aWritersNameAnAgencyOrASentenceNamesNoPromotedSite() {
        String text = "The peloton rolled out of Baguio at dawn, and by noon the race had split in three.\n\n";
        assertNull(Issuers.promoted(text + "Thanks for reading Migs Dalisay! Subscribe for free.",
                List.of("Migs Dalisay")));
        assertNull(Issuers.promoted(text + "Download the Reuters app", List.of()));
        assertNull(Issuers.promoted(text + "Riders said they would get the team's app updated before the next stage, "
                + "and download the Strava app later.", List.of()), "in a sentence of the text");
        assertNull(Issuers.promoted(text + "Download the app", List.of()));
        assertNull(Issuers.promoted(text + "Thanks for reading my newsletter! Subscribe for free.", List.of()),
                "no name");
    }

    @Test
    void theOrganisationAReleasesBoilerplateDescribesIsTheSiteOfAnArticleSelection() {
        String release = "Power restored to Kimondo after substation fault\n\nLakeland Power wishes to inform "
                + "customers that supply has been restored to all areas affected by Tuesday's outage.\n\n" + REST;
        assertEquals("Lakeland Power", Issuers.described(release + "About Lakeland Power\n\nLakeland Power "
                + "Distribution Company Limited distributes and retails electricity to more than 1.9 million "
                + "customers.",
                List.of()));
        assertEquals("Lakeland Power", publisher(release + "About Lakeland Power\n\nLakeland Power "
                + "Distribution Company Limited distributes and retails electricity to more than 1.9 million "
                + "customers."));
        // a footer's link over another link, a blog's writer, "About us": none
        assertNull(Issuers.described(release + "About SBN News\n\nContact SBN News", List.of()));
        assertNull(Issuers.described(release + "About Hannah Price\n\nHannah Price is a baker and a mother of two who "
                + "writes about cakes from her kitchen in Leeds.", List.of("Hannah Price")));
        assertNull(Issuers.described(release + "About us\n\nWe are a small team of volunteers who keep the lights on "
                + "across the county.", List.of()));
        // the name under it is another's: no boilerplate of this one
        assertNull(Issuers.described(release + "About Lakeland Power\n\nThe regulator said on Monday it would review "
                + "the fault reports of every distributor in the region.", List.of()));
    }

    @Test
    void aSectionsLabelOverTheHeadlineIsNoPublisher() {
        assertNull(publisher("News & Stories\n\nNew guide dog centre opens in Molapo Ridge\n\nThandeka Mokoena | "
                + "2024/08/21\n\n" + REST));
        // the same page whose masthead a copyright line names
        assertEquals("Molapo Star", publisher("Molapo Star\n\nNews & Stories\n\nNew guide dog centre opens in Molapo "
                + "Ridge\n\nThandeka Mokoena | 2024/08/21\n\n" + REST + "© 2024 Molapo Star. All rights reserved."));
    }

    @Test
    void thePlaceBesideTheWritersNameThatTheTextOpensWithIsNoPublisher() {
        String head = "Ferry operators down tools over fuel price\n\n";
        String text = "Thousands of commuters were stranded at jetties across Lagos on Wednesday as ferry operators "
                + "withdrew their services to protest the latest rise in the price of diesel.\n\n" + REST;
        assertNull(publisher(head + "By Chinedu Okafor, Lagos\n\n" + text));
        assertNull(publisher(head + "رپورٹ: غلام فرید لاشاری، شاہ ولی آباد\n\n"
                + "شاہ ولی آباد دی وݙی سبزی منڈی وچ پیاز دا بھاء ہک ہفتے دے اندر ݙوڑھا تھی ڳیا اے۔ "
                + "منگل دی سویل منڈی وچ چالیہ کلو پیاز دی بوری وِکی، "
                + "جݙاں جو ہک مہینہ پہلے ایہا بوری ملدی ہئی۔\n\n" + REST));
        // a newsroom beside the name, which the text does not open with, is the publisher; a place's name inside a
        // longer word is no mention of it
        assertEquals("Coast Weekly", publisher(head + "By Chinedu Okafor, Coast Weekly\n\n" + text));
        assertEquals("Lago", publisher(head + "By Chinedu Okafor, Lago\n\n" + text));
    }

    @Test
    void aJournalsOpenAccessBadgeIsNoMastheadThoughItsCopyrightGrantsAnOpenAccessLicence() {
        String page = "West Atlantic Journal of Physiotherapy and Rehabilitation\n\nHome\n\nCurrent Issue\n\n"
                + "Open Access\n\nPatients wait up to 14 weeks for outpatient physiotherapy, audit finds\n\n"
                + "Fatmata B. Kamara, Ibrahim S. Conteh\n\nPublished: 27 February 2025\n\n"
                + "An audit of regional hospitals found that patients referred for outpatient physiotherapy waited up "
                + "to 14 weeks for a first appointment, far longer than the guideline of four weeks.\n\n"
                + "The audit covered six hospitals and more than 1,200 referrals made over the year.\n\n"
                + "Copyright (c) 2025 The Authors. This work is licensed under an open access licence (CC BY 4.0).";
        assertNull(Issuers.site(page, List.of("Fatmata B. Kamara", "Ibrahim S. Conteh")));
        assertEquals("West Atlantic Journal of Physiotherapy and Rehabilitation", publisher(page));
    }
}
