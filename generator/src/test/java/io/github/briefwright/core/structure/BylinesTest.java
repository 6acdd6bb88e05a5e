package io.github.briefwright.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.model.Author;
import io.github.briefwright.testing.Growth;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BylinesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "ByTravis Haney Dec 9, 2016#[Travis Haney]#2016-12-09",
        "By Nicole Gallucci  on December 13, 2016#[Nicole Gallucci]#2016-12-13",
        "Posted by Jane Doe on Nov 19, 2019#[Jane Doe]#2019-11-19",
        "By T.C. Sottek Nov 29, 2016, 10:00am EST#[T.C. Sottek]#2016-11-29",
        "  • By Grant Brisbee  Dec 6, 2016, 1:00pm PST#[Grant Brisbee]#2016-12-06",
        "著者：後藤大地#[後藤大地]#null",
        "By Lisa de Moraes View All#[Lisa de Moraes]#null",
        "BY TOM KRISHER, AP Auto Writer#[Tom Krisher]#null",
        "Analysis by Chris Cillizza, CNN Editor-at-large#[Chris Cillizza]#null",
        "By Paul WisemanFatima Hussein, The Associated Press#[Paul Wiseman, Fatima Hussein]#null",
        "Written by Jane Doe in Politics on 1 June 2019 at 08:34 PM EDT. 51 Comments#[Jane Doe]#2019-06-01",
        "Edited by Jane Doe (with inputs from Agencies)#[Jane Doe]#null",
        "December 10, 2021April 9, 2019 by Jane Doe#[Jane Doe]#2019-04-09",
        "BY JANE DOE AND JOHN ROE#[Jane Doe, John Roe]#null",
        "Story by Jane Doe; photos by John Roe#[Jane Doe]#null",
        "By Jane Doe with John Roe#[Jane Doe, John Roe]#null",
        "Von Erika Muster und Max Mustermann#[Erika Muster, Max Mustermann]#null",
        "Autorin: Erika Muster#[Erika Muster]#null",
        "Av Kari Nordmann#[Kari Nordmann]#null",
        "Texte : Marie Dupont#[Marie Dupont]#null",
        "Texto: Ana Souza#[Ana Souza]#null",
        "Tekst: Ola Nordmann#[Ola Nordmann]#null",
        "Reporter: Jane Doe#[Jane Doe]#null",
        "Words: Jane Doe#[Jane Doe]#null",
        "Opinion by Jane Doe#[Jane Doe]#null",
        "By Jane van der Berg#[Jane van der Berg]#null",
        "Por Juan Carlos de la Garza y Ximena Ortiz#[Juan Carlos de la Garza, Ximena Ortiz]#null",
        "Por José Ortega y Gasset#[José Ortega y Gasset]#null",
        "Door Sofie De Clercq en Wouter Peeters#[Sofie De Clercq, Wouter Peeters]#null",
        "Af Mads Nielsen og Sofie Holm#[Mads Nielsen, Sofie Holm]#null",
        "By Ahmad Faiz bin Hassan and Nurul Aina binti Rahman#[Ahmad Faiz bin Hassan, Nurul Aina binti Rahman]#null",
        "Texto de João Pedro Vasconcelos#[João Pedro Vasconcelos]#null",
        "By WANJIKU KAMAU More by this Author#[Wanjiku Kamau]#null",
        "編集委員 佐藤健一#[佐藤健一]#null",
        "ワシントン＝田中優子#[田中優子]#null",
        "By Jane Doe, Bloomberg, John Roe#[Jane Doe, John Roe]#null",
        // where the writer was: a match report's ground, a reporter's place
        "BY RHYS CALLAGHAN at Tannery Park#[Rhys Callaghan]#null",
        "By Jane Doe at Westminster#[Jane Doe]#null",
        // a date glued to the name; a readers' editor's label
        "By Jasper LindqvistJan 12, 2024#[Jasper Lindqvist]#2024-01-12",
        "Readers' editor: Beatrix Olawale#[Beatrix Olawale]#null",
        "Author of the article: Jean-Marc Tessier#[Jean-Marc Tessier]#null",
        // an advice column's respondent, a writer's trade before the name and "・"
        "回答者 作家・村瀬ゆかり#[村瀬ゆかり]#null",
        "回答者：弁護士・山田太郎#[山田太郎]#null",
        // who prepared a notice, in Lithuanian, Croatian, Bulgarian
        "Parengė: Rūta Jankauskienė, Komunikacijos ir kultūros skyriaus vyriausioji specialistė#[Rūta Jankauskienė]#null",
        "Pripremila: Ana Kovač#[Ana Kovač]#null",
        "Подготви: Мария Иванова#[Мария Иванова]#null",
        "By Jane Doe, The Washington Post, John Roe, The New York Times#[Jane Doe, John Roe]#null",
        "By Star Parker#[Star Parker]#null",
        "By data reporters Lachlan Pryor and Mei Tran#[Lachlan Pryor, Mei Tran]#null",
        "Piše: Ivana Barić#[Ivana Barić]#null",
        "Picha na maneno: Baraka Mwakilema#[Baraka Mwakilema]#null",
        "โดย ศิริพร แก้วมณี#[ศิริพร แก้วมณี]#null",
        "เรื่อง: กมลชนก ศรีสวัสดิ์#[กมลชนก ศรีสวัสดิ์]#null",
        "ໂດຍ: ທ້າວ ຄຳແພງ ສີລາວົງ#[ຄຳແພງ ສີລາວົງ]#null",
        "By Dr Nomvula Khumalo and Prof. Pieter van der Walt#[Nomvula Khumalo, Pieter van der Walt]#null",
        "เรื่องและภาพ: กมลชนก ศรีสวัสดิ์#[กมลชนก ศรีสวัสดิ์]#null",
        "Por Juan Pérez (EFE) en Buenos Aires#[Juan Pérez]#null",
        "【北京＝李明】#[李明]#null",
        "By Jane Doe in Washington and John Roe in London#[Jane Doe, John Roe]#null",
        "By Jane Doe example.com#[Jane Doe]#null",
        "By Jane Doe, www.example-gazette.co.uk, May 2, 2019#[Jane Doe]#2019-05-02",
        "By T.C. Sottek and J.R.R. Roe#[T.C. Sottek, J.R.R. Roe]#null",
        "By JANE DOE and JOHN ROE Associated Press#[Jane Doe, John Roe]#null",
        "By Jane Doe For Dailymail.com#[Jane Doe]#null",
        "By Jane Doe for The Example Times#[Jane Doe]#null",
        "Szerző: Kovács Ádám és Tóth Eszter#[Kovács Ádám, Tóth Eszter]#null",
        "Teksti Juha Virtanen#[Juha Virtanen]#null",
        // a date-led byline whose numeric date reads either way: the date is left to the head reader
        "11/02/2023 by Tessa Marlowe#[Tessa Marlowe]#null",
        // a name of a script without capitals before a meta line's other parts; a Hebrew "photos and text"
        "लेखक: अंकिता मिश्रा | प्रकाशित: 21 मई 2024, 08:30 PM IST#[अंकिता मिश्रा]#null",
        "צילום וטקסט: נועה בן-עמי#[נועה בן-עמי]#null",
        // a newsroom whose first word is in camel case is one name, not two glued together
        "By NorthShore Now Staff#[NorthShore Now]#null",
        "By Paul WisemanFatima Hussein#[Paul Wiseman, Fatima Hussein]#null",
        "Posted on 11/02/2023 by Tessa Marlowe · 9 Comments#[Tessa Marlowe]#null",
        "Posted on 24/02/2023 by Tessa Marlowe#[Tessa Marlowe]#2023-02-24",
        // "written by" and a writer's label in more languages
        "Geschrieben von Anna Schmidt#[Anna Schmidt]#null",
        "Verfasst von Anna Schmidt#[Anna Schmidt]#null",
        "Geschreven door Jan de Vries#[Jan de Vries]#null",
        "Écrit par Claire Dubois#[Claire Dubois]#null",
        "Propos recueillis par Claire Dubois#[Claire Dubois]#null",
        "Escrito por Ana Pérez#[Ana Pérez]#null",
        "Reportagem: João Silva#[João Silva]#null",
        "Scritto da Marco Rossi#[Marco Rossi]#null",
        "A cura di Marco Rossi#[Marco Rossi]#null",
        "Skrevet af Mette Holm#[Mette Holm]#null",
        "Skrevet av Kari Nordmann#[Kari Nordmann]#null",
        "Skrivet av Anna Lindqvist#[Anna Lindqvist]#null",
        "Kirjoittanut Mikko Virtanen#[Mikko Virtanen]#null",
        "Napisała Anna Nowak#[Anna Nowak]#null",
        "Napsala Jana Nováková#[Jana Nováková]#null",
        "Írta: Kiss Anna#[Kiss Anna]#null",
        "Scris de Ioana Pârvu#[Ioana Pârvu]#null",
        "Yazan: Ahmet Yılmaz#[Ahmet Yılmaz]#null",
        "Γράφει η Μαρία Παπαδοπούλου#[Μαρία Παπαδοπούλου]#null",
        "Mwandishi: Juma Mwangi#[Juma Mwangi]#null",
        "Pewarta: Siti Rahman#[Siti Rahman]#null",
        "نویسنده: نگار صالحی#[نگار صالحی]#null",
        "Filed by Jane Doe#[Jane Doe]#null",
        "Autor: Jan Novák a Petr Svoboda#[Jan Novák, Petr Svoboda]#null",
        "كتب: أحمد السيد#[أحمد السيد]#null",
        "作者：记者 李娜 张伟#[李娜, 张伟]#null",
        "2023-08-17 09:12\u3000来源：江城日报\u3000作者：记者 李娜 张伟#[李娜, 张伟]#2023-08-17",
        "2025-06-18 09:26:14\u3000来源：川西都市报\u3000作者：陈晓宇#[陈晓宇]#2025-06-18",
        "2024-05-20 08:30\u3000来源：晨星新闻网\u3000作者：李文静 王浩#[李文静, 王浩]#2024-05-20",
        "2024年4月3日\u3000著者：中村 浩二#[中村 浩二]#2024-04-03",
        "Von Sabine Kürner vor 3 Stunden#[Sabine Kürner]#null",
        "Live coverage by Bethan Rhys and Kwame Mensah#[Bethan Rhys, Kwame Mensah]#null",
        "By Amara Whitcombe, Energy Correspondent; Lukas Brenner, Data Editor; and Noor Haddad, Staff Writer#"
                + "[Amara Whitcombe, Lukas Brenner, Noor Haddad]#null",
        "By Jane Doe · 3h ago#[Jane Doe]#null",
        "Par Claire Dubois il y a 2 heures#[Claire Dubois]#null",
        "Por María López hace 3 horas#[María López]#null",
        "Door Jan de Vries 20 minuten geleden#[Jan de Vries]#null",
        "Von Katrin Vollmer 18.02.2025, 06:00 Uhr#[Katrin Vollmer]#2025-02-18",
        "Text: Annika Wohlleben   Fotos: Ruben Haas#[Annika Wohlleben]#null",
        "By Jane Doe | Photos by John Roe#[Jane Doe]#null",
        "글 홍길동#[홍길동]#null",
        "लेखक: अंकित शर्मा#[अंकित शर्मा]#null",
        "By Fotos Fotiou#[Fotos Fotiou]#null",
        "By Kiran Rede#[Kiran Rede]#null",
        // a meta line of parts, the byline inside one of them; the date is the line's earliest
        "Published: Sep 18, 2023 · Modified: Jan 4, 2024 by Hannah Lowry · This post may contain affiliate links · 14 "
                + "Comments#[Hannah Lowry]#2023-09-18",
        "汐見支局\u3000田中美咲記者#[田中美咲]#null",
        "田中美咲記者#[田中美咲]#null",
        "文・山田花子#[山田花子]#null",
        "文：山田花子#[山田花子]#null",
        "山岸 遼 記者#[山岸 遼]#null",
        // what the writer does, then where: no second name ("By Jane Doe, Bloomberg, John Roe" names two)
        "Af Mads Kjærgaard, lektor i sundhedsøkonomi, Vesterhavets Universitet#[Mads Kjærgaard]#null",
        "By Jane Doe, professor of history, Example University#[Jane Doe]#null",
        "By Jane Doe, Bloomberg, John Roe#[Jane Doe, John Roe]#null",
        // where the writer was: a match report's ground, a reporter's place
        "BY RHYS CALLAGHAN at Tannery Park#[Rhys Callaghan]#null",
        "By Jane Doe at Westminster#[Jane Doe]#null",
        // a date glued to the name; a readers' editor's label
        "By Jasper LindqvistJan 12, 2024#[Jasper Lindqvist]#2024-01-12",
        "Readers' editor: Beatrix Olawale#[Beatrix Olawale]#null",
        // "by" in Hebrew; "text and photos" in Norwegian; a Hindi name and role; a desk's word before a role (in
        // lower case or capitalised) is the role's, a name's third word is the name's
        "מאת נועה ברקוביץ'#[נועה ברקוביץ']#null",
        "Tekst og foto: Ingrid Solbakken#[Ingrid Solbakken]#null",
        "By Tom Aldous Court reporter#[Tom Aldous]#null",
        "By Daniel Pryce Court Reporter#[Daniel Pryce]#null",
        "By Hannah Okafor Housing correspondent#[Hannah Okafor]#null",
        "By Sarah Jane Whitfield reporter#[Sarah Jane Whitfield]#null",
        "रोहित मिश्रा, खेल संवाददाता#[रोहित मिश्रा]#null",
        // a title before a name of two words or more is left out, as a reader names the writer
        "By Dr. Lorraine Achike-Brandt#[Lorraine Achike-Brandt]#null",
        "By Prof Hannah Okafor and Mr. Tom Aldous#[Hannah Okafor, Tom Aldous]#null",
        // a writer's job that is no journalist's; Basque "text:", Egyptian "interview:", Bengali "wrote:" with the
        // writer's office after a comma, an Arabic name and its city after an Arabic comma
        "Posted on 3rd November 2024 by Fiona Strachan, Fundraising Coordinator#[Fiona Strachan]#2024-11-03",
        "By Margaret Hollins, Tower Captain#[Margaret Hollins]#null",
        "By Marta Quinn, Communications Officer#[Marta Quinn]#null",
        "Testua: Maialen Etxeberria#[Maialen Etxeberria]#null",
        "حوار: أحمد عبد الحميد#[أحمد عبد الحميد]#null",
        "লিখেছেন: তানজিলা রহমান, জনসংযোগ ও প্রকাশনা দপ্তর#[তানজিলা রহমান]#null",
        "كتب: أحمد السيد، القاهرة#[أحمد السيد]#null",
        // Afrikaans "by", Scottish Gaelic "author", Pashto "writer", Faroese "written has",
        // Xhosa "by" glued to the name, two Nepali names joined by "and"
        "Deur Jan-Hendrik Botha#[Jan-Hendrik Botha]#null",
        "Ùghdar: Mòrag NicLeòid#[Mòrag NicLeòid]#null",
        "لیکوال: نور احمد زاخېل#[نور احمد زاخېل]#null",
        "Skrivað hevur Rannvá Poulsen#[Rannvá Poulsen]#null",
        "NguSiphokazi Ndlela#[Siphokazi Ndlela]#null",
        "लेखक: सुजन तामाङ र प्रविना गुरुङ#[सुजन तामाङ, प्रविना गुरुङ]#null",
        // a report's writer and the desk after a comma; a press release's issuer in the last of a line's parts, its
        // date in the first; a team that posted the page, "&" inside its name
        "Report by Riley Thompson, Mountain Operations#[Riley Thompson]#null",
        "2025/03/28 | Price Updates | Issued by Ubuhle Gas & Energy#[Ubuhle Gas & Energy]#2025-03-28",
        "Posted by KopiGo Trust & Safety#[KopiGo Trust & Safety]#null",
        "By Jane Doe & John Roe#[Jane Doe, John Roe]#null",
        // Turkmen "author", Oromo "writer", Breton "by", West Frisian's date then "by", Malagasy "written by … and …"
        "Awtor: Meret Annaýewa#[Meret Annaýewa]#null",
        "Barreessaa: Caaltuu Abdiisaa#[Caaltuu Abdiisaa]#null",
        "Gant Nolwenn Ar Gall#[Nolwenn Ar Gall]#null",
        "Pleatst op 12 novimber 2024 troch Sjoerd Hoekstra#[Sjoerd Hoekstra]#2024-11-12",
        "Nosoratan'i Hery Rakotoarisoa sy Fara Andrianjafy#[Hery Rakotoarisoa, Fara Andrianjafy]#null",
        // a blog's count of comments after the writer's name; Lingala "written by"
        "27/02/2025 by Siobhán Ní Bhraonáin 6 Comments#[Siobhán Ní Bhraonáin]#2025-02-27",
        "By Jane Doe Leave a Comment#[Jane Doe]#null",
        "Ekomami na Patrick Lokwa#[Patrick Lokwa]#null",
        // a station's band and newsroom after its name: one newsroom, not a person and a newsroom
        "Posted by Gospel Wave FM News#[Gospel Wave FM News]#null",
        // Low German, Iban, Rarotongan and Dinka "by"; an Iban name with "anak"; a priest's and a comrade's title
        "Vun Hinnerk Lüschen#[Hinnerk Lüschen]#null",
        "Ulih Jabu anak Ngelai#[Jabu anak Ngelai]#null",
        "Na Tina Pōnia#[Tina Pōnia]#null",
        "Raan cï gɔ̈t: Mayen Ajak Dut#[Mayen Ajak Dut]#null",
        "By Fr Colm Mac Giolla and Áine Rooney#[Colm Mac Giolla, Áine Rooney]#null",
        "By Comrade Ngozi Eze-Okonkwo#[Ngozi Eze-Okonkwo]#null",
        // Picard "by"; Urdu's and Kashmiri's "report:"; a rescue team's convenor
        "Pér Jérôme Lefèbvre#[Jérôme Lefèbvre]#null",
        "رپورٹ: بشیر احمد ڈار#[بشیر احمد ڈار]#null",
        "By Pieter van Wyk, Safety Convenor#[Pieter van Wyk]#null",
        // Neapolitan "by", Luhya "written by", Awadhi's and Hindi's "correspondent:" with the town; a blog's photo
        // of its writer, the alternative text glued to the name
        "’E Salvatore Iaccarino#[Salvatore Iaccarino]#null",
        "Yahandikwa nende: Wycliffe Barasa Khaemba#[Wycliffe Barasa Khaemba]#null",
        "संवाददाता: बृजेस तिवारी, मधुबनपुर#[बृजेस तिवारी]#null",
        "Writer's pictureMika Tranter#[Mika Tranter]#null",
    })
    void prefixed(String line, String names, String date) {
        Bylines.Byline byline = Bylines.parsePrefixed(line);
        assertEquals(names, byline.names().toString());
        assertEquals(date, String.valueOf(byline.date()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "Tom DiChristopher@tdichristopher#[Tom DiChristopher]",
        "Jon Fingas, @jonfingas#[Jon Fingas]",
        "Saibal Dasgupta / TNN / Updated: Oct 9, 2019, 10:31 IST#[Saibal Dasgupta]",
        "Pete Evans · CBC News · Posted: Oct 14, 2022 4:00 AM ET#[Pete Evans]",
        "Mike Cason | mcason@al.com#[Mike Cason]",
        "Gina TrapaniCEO#[Gina Trapani]",
        "Jane Doe Senior Politics Editor, Example Post#[Jane Doe]",
        "Medical Daily 9/21/2016 Jane Doe#[Jane Doe]",
        "Jane Doe/November 18, 2016#[Jane Doe]",
        // a company's legal form after a comma is part of its name
        "Halvorsen Biotech, Inc.#[Halvorsen Biotech, Inc.]",
        "Nordvik Shipping, ASA#[Nordvik Shipping, ASA]",
        // a Catalan second surname after "i"; two people with a Polish "i" between them
        "Jordi Puigventós i Ferrer#[Jordi Puigventós i Ferrer]",
        "Jan Kowalski i Anna Nowak#[Jan Kowalski, Anna Nowak]",
        // the Bantu languages' "na" between two people (Swahili, Herero)
        "Uaripi Tjiueza na Karikondua Hengari#[Uaripi Tjiueza, Karikondua Hengari]",
    })
    void bare(String line, String names) {
        assertEquals(names, Bylines.parseBare(line).names().toString());
    }

    /** A reviewed book's or product's details under the date: a publisher and a price, no writer. */
    @ParameterizedTest
    @ValueSource(strings = {"Halcyon Books, 342 pp., $27.00", "Fourth Estate, 320 pages, £20", "Suhrkamp, 288 Seiten, 24 €"})
    void aBooksDetailsAreNoByline(String line) {
        assertNull(Bylines.parseBare(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"WEST", "CEST", "EEST", "AEDT", "NZST", "KST", "HKT", "MSK", "BRT", "Uhr"})
    void aTimeZoneAfterTheDateIsNoPartOfTheByline(String zone) {
        Bylines.Byline byline = Bylines.parseBare("Ana Belén Quintana - 19 may 2025 - 14:37 " + zone);
        assertEquals("[Ana Belén Quintana]", byline.names().toString(), zone);
        assertEquals(List.of(), byline.otherParts(), zone);
        assertEquals("2025-05-19", byline.date(), zone);
    }

    /** A credit without "by", read only beside a date: a role before the name, an interview's credit. */
    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "Rural reporter Jess Carmody#[Jess Carmody]",
        "Chief political correspondent Anna Park#[Anna Park]",
        "Röportaj: Can Demirtaş#[Can Demirtaş]",
        "Interview: Anna Keller#[Anna Keller]",
        "Haber: Elif Karaca#[Elif Karaca]",
        "Reviewed by Joanna Feld#[Joanna Feld]",
        "Reviewed by Dana Ruiz, PharmD#null",
        "Words and photos by Ellie Marchetti#[Ellie Marchetti]",
        "Photos and text by Ellie Marchetti#[Ellie Marchetti]",
        "Photographs and text by Soraya Delacroix-Ng#[Soraya Delacroix-Ng]",
        "Text and recipe by Serene Lim-Tay#[Serene Lim-Tay]",
        "Words & pictures by Ellie Marchetti#[Ellie Marchetti]",
        "Recipe by Serene Lim-Tay#[Serene Lim-Tay]",
        "Photography by Hafiz Rahmat#null",
        "Hosted by Gwen Tully and Rob Fenn#[Gwen Tully, Rob Fenn]",
        "Chris Hennessey at the Causeway Ground#[Chris Hennessey]",
        "Sam Whitley at Old Trafford#[Sam Whitley]",
        "Editor Picks Five Books for the Summer#null",
        "Why Leeds at the Top Still Worries Their Fans#null",
        "Reporter Jane Doe wins the prize for her series on flooding#null",
        // a label of one word in any language and a name alone; not a photograph's or a source's credit, nor a label
        // and a sentence
        "Ajtz'ib'al: Maribel Bartolón Ramírez#[Maribel Bartolón Ramírez]",
        "Mulepi: Amina Selemane Muhamudo#[Amina Selemane Muhamudo]",
        "Foto: Maria Lopez#null",
        "Location: Eastern Ontario#null", "Venue: Kerrawong Park#null",
        "Source: Hartwell County Council#null",
        "Mulepi: Amina Selemane ahimya wira#null",
    })
    void creditsWithoutBy(String line, String names) {
        Bylines.Byline byline = Bylines.parseCreditWithoutBy(line);
        assertEquals(names, byline == null ? "null" : byline.names().toString(), line);
        assertNull(Bylines.parsePrefixed(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"日経平均＝続伸", "円相場＝小幅高", "记者手记", "记者招待会", "特派員報告", "論説委員室から",
        "정치·경제 기자", "2025-06-18\u3000编辑：王五\u3000来源：新华网", "From Ukraine's Front Lines", "Words Fail Mark Carney", "Reporter Jane Doe wins the prize for her series on flooding",
        "Editor Picks Five Books for the Summer", "de Nederlandsche Bank",
        // a font-size button, a desk, a reviewer who checked another's text: read over a date only, as a credit
        "文字サイズ", "政治部記者", "Reviewed by Joanna Feld", "Haber: Elif Karaca", "Hosted by Ruth Abernathy",
        "Text and photographs by Maud Ellery", "地元紙記者", "外国人記者", "ヴェスタ特派員", "文字記者", "攝影記者", "文・理の壁"})
    void headlinesAndLabelsShapedLikeBylinesAreNone(String line) {
        assertNull(Bylines.parsePrefixed(line), line);
    }

    /** A byline's mark before separators alone ("文 ,", found by the fuzz test) names no one and stops nothing. */
    @ParameterizedTest
    @ValueSource(strings = {"文 ,", "文\f,", "文・,", "著者：,", "作者：、"})
    void aMarkBeforeSeparatorsAloneIsNoByline(String line) {
        assertNull(Bylines.parsePrefixed(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Museu do Ipiranga", "Huis ten Bosch", "Staatsbibliothek zu Berlin", "Art i Cultura"})
    void placesWithParticlesAreNoNames(String text) {
        org.junit.jupiter.api.Assertions.assertFalse(Names.isName(text), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "Above: A coworking space in San Francisco.",
        "Next-generation sedan makes global debut in Los Angeles",
    })
    void placesAfterAPhraseAreNotNames(String line) {
        assertNull(Bylines.parseBare(line));
    }

    /** Places of the shapes no person's name has, and labelled lists of the site's tags, are no bylines. */
    @ParameterizedTest
    @ValueSource(strings = {"Fort Collins", "New York, March 3, 2019", "NEW DELHI | Nov 19, 2019", "Los Angeles",
        "Port Harcourt | March 3, 2019", "Harris County", "Tags: Harris County, Local Government, Property Tax",
        "Topics: Elections, Jane Doe", "Teilen", "Partager",
        // a box of facts' line, a place after its comma; a button's words
        "Location: 4800 block of Larkspur Parkway, Lowell Springs", "Download PDF (214 KB)",
        // a label over what follows it: a share bar's in Mien, a speaker's in an interview
        "Faanh Bun:", "Jane Doe:", "Jane Doe："})
    void placesAndTagListsAreNoBylines(String line) {
        assertNull(Bylines.parseBare(line));
    }

    /** People whose names look like places, found by a review of the place words: still names. */
    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "Santa Ono#[Santa Ono]", "Lake Bell and John Smith#[Lake Bell, John Smith]", "David Harbour#[David Harbour]",
        "Rebecca Valley#[Rebecca Valley]", "Kevin Springs, Staff Writer#[Kevin Springs]", "West Cameron#[West Cameron]",
        "Published: March 3, 2024 | Jane Doe#[Jane Doe]",
    })
    void peopleWithPlaceWordsAreNames(String line, String names) {
        assertEquals(names, Bylines.parseBare(line).names().toString());
    }

    /** Headlines and captions that share a byline's words are no bylines (Arabic "كتب" is also "books"). */
    @ParameterizedTest
    @ValueSource(strings = {"كتب جديدة في معرض القاهرة", "كتب: فريق التحرير", "暴雨袭击江城\u3000记者 直击现场",
        "市民在东湖公园赏花。\u3000本报记者 陈晨 摄影"})
    void wordsOfABylineInAHeadlineAreNoByline(String line) {
        assertNull(Bylines.parsePrefixed(line));
    }

    /** A dateline that names a place where a byline would name a person gives the date, not an author. */
    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "New Delhi | Updated: Nov 19, 2019 10:15 IST#2019-11-19",
        "NEW YORK, March 3, 2019#2019-03-03",
        "Fort Collins, Saturday, October 14, 2023#2023-10-14",
        "Jane Doe | Nov 19, 2019#null",
        "New Delhi#null",
    })
    void placeDatelines(String line, String date) {
        assertEquals(date, String.valueOf(Bylines.placeDate(line)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "By Smart Shopping Team#true#Smart Shopping Team#null",
        "by Example News Desk Oct. 13, 2016#true#Example News Desk#2016-10-13",
        "By Reuters#true#Reuters#null",
        "Example Japan Staff 2019年04月28日 08時00分#false#Example Japan Staff#2019-04-28",
        "Paul#false#Paul#null",
        "By admin - 2018-09-16#true#admin#2018-09-16",
        // the date before "by", as blog software prints it
        "March 3, 2025 by Jess#true#Jess#2025-03-03",
        "Posted on October 12, 2020 by Marguerite#true#Marguerite#2020-10-12",
        "Reuters, Washington,#false#Reuters#null",
        "Example Wire Service, New Delhi#false#Example Wire Service#null",
        "Reuters November 18, 2019 11:03 PM#false#Reuters#2019-11-18",
        "Examplenews | October 06, 2018#false#Examplenews#2018-10-06",
        "Carrow Bay Department of Public Works#false#Carrow Bay Department of Public Works#null",
        // an office's word last, beside the date the office wrote on
        "Cathedral Office | Friday 7 June 2024#false#Cathedral Office#2024-06-07",
    })
    void organisationsAndSingleNames(String line, boolean prefixed, String name, String date) {
        Bylines.Byline byline = Bylines.parseOrganisation(line, prefixed);
        assertEquals(List.of(name), byline.names());
        assertEquals(date, String.valueOf(byline.date()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "By the time the council met#true",
        "Highlights#false",
        "Share#false",
        "Purple Rain#false",
        "By 2030 the fleet will be electric#true",
        "by train#true",
        "By admin#true",
        "March 3, 2025 by train#true",
        "In 2019 by contrast#true",
        "Purple Rain, Prince#false",
        "Smith, John#false",
        "Washington, D.C.#false",
        "Inflation, the bank says, is easing#false",
        "Politics, Economy#false",
        "Modified March 3, 2019#false",
        "Originally published March 3, 2019#false",
        "Created: March 3, 2019#false",
        "Last updated on March 3rd, 2019#false",
        "Stand: 03.03.2019 10:15 Uhr#false",
        "03.03.2019, 10:15 Uhr#false",
        "di 17 september 2019 om 14:05#true",
        "Press Release#false",
        // buttons beside the date in other languages, one word each
        "Del#false",
        "Gem#false",
        "Jaa#false",
        "Tallenna#false",
        "Save#false",
        // a site's section, which opens with the office's word
        "Department of Chemistry#false",
        // a photo's credit: no date beside it
        "Passport Office#false",
    })
    void notOrganisations(String line, boolean prefixed) {
        assertNull(Bylines.parseOrganisation(line, prefixed));
    }
    /** Korean "글" (text by) needs a space or a colon: "글씨크기 조절하기" is the page's font-size button. */
    @ParameterizedTest
    @ValueSource(strings = {"글씨크기 조절하기", "Fotografia de Inês Sobral"})
    void interfaceAndCreditLinesAreNoBylines(String line) {
        assertNull(Bylines.parsePrefixed(line), line);
        assertNull(Bylines.parseBare(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Texto de Rui Carvalhais", "Fotografia de Ruben Haas"})
    void aCreditsLabelIsNoPartOfAName(String line) {
        assertNull(Bylines.parseBare(line), line);
    }

    /** Fijian's article "Na" opens a caption's sentence: no Rarotongan "by" before a name alone. */
    @Test
    void theFijianArticleIsNoLabel() {
        assertNull(Bylines.parsePrefixed("Na kaveteni ni Vunimoli, Isikeli Vatuwai, ni vakacuruma tiko na imatai"));
    }

    /** Headlines that open with the Hindi words for "report" and "writer" (without the label's colon). */
    @ParameterizedTest
    @ValueSource(strings = {"रिपोर्ट: महंगाई से जनता परेशान", "लेखक सलमान रुश्दी पर हमला", "लेखक और पत्रकार का निधन"})
    void hindiHeadlinesAreNoBylines(String line) {
        assertNull(Bylines.parsePrefixed(line), line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {"Staff Writer#true", "Scotland political correspondent#true",
        "Local Journalism Initiative Reporter#true", "Star reporter quits the paper after 30 years.#false",
        "Staff shortages cripple rural hospitals#false",
        "Jane Doe#false", "Research Officer#false", "',,'#false", "', ,'#false",
        "Periodista i escriptor#true", "Policy Analyst#true", "Redakteurin#true",
        "The analyst who saw it coming.#false", "'Videojournalist, Prairie 7 News Fort Calder'#true",
        "'Senior Writer, The Harbour Ledger'#true",
        "'Reporter, said the police, who arrived late'#false", "'Writers, artists and musicians'#false",
        // a channel's number in its name; not a date's
        "NorthShore 12 News Reporter#true", "Reporter 12 May 2024#false",
        // a company's officers who write its blog; "cto" in lower case is no officer's title
        "Co-founder & CTO#true", "Co-founder & CEO#true", "Founder#true", "the cto#false"})
    void rolesOnALineOfTheirOwn(String line, boolean role) {
        assertEquals(role, Bylines.isRoleLine(line), line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "【ワシントン＝中村健一】米商務省は１０日、輸出規制を拡大する方針を明らかにした。#[中村健一]",
        "本报宁波3月13日电（记者王晓明、李静）13日上午10时，东岚跨海隧道实现全线贯通。#[王晓明, 李静]",
        "新华社北京3月1日电（记者 张伟）国务院新闻办公室1日举行发布会。#[张伟]",
    })
    void reportersInAStorysFirstWords(String text, String names) {
        assertEquals(names, Bylines.leadReporters(text).names().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"【速報】米商務省が輸出規制を拡大", "米商務省は１０日、輸出規制を拡大する方針を明らかにした。",
        "【写真＝山田太郎撮影】桜が満開となった公園で花見を楽しむ人たち", "【図表＝財務省資料】国の借金は過去最大に",
        "The minister said (reporters asked) nothing."})
    void otherFirstWordsNameNoReporter(String text) {
        assertNull(Bylines.leadReporters(text), text);
    }

    /**
     * The pattern that took a date's tail off a byline's line before {@link Bylines#withoutDateWords} (nested repeats:
     * seconds on a line of a few hundred spaces), kept here to check that the scan that replaced it takes the same.
     */
    private static final Pattern OLD_DATE_WORDS = Pattern.compile("(?i)(?:\\s*(?:[|·•,/-]|\\s)\\s*(?:last updated|"
            + "first published|on|at|published|updated|posted|mon|tue|tues|wed|thu|thurs|fri|sat|sun|monday|tuesday|"
            + "wednesday|thursday|friday|saturday|sunday)?\\s*:?)+$");

    @Test
    void aDatesTailIsTakenOffAsThePatternBeforeTookIt() {
        String[] parts = {" ", "  ", "|", "·", ",", "/", "-", ":", "on", "at", "Sat", "Updated", "last updated", "Doe",
            "Simon", "x", "+", "\t", "MONDAY", "first published"};
        Random random = new Random(20261205);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder text = new StringBuilder("Jane");
            for (int n = random.nextInt(8); n > 0; n--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            String line = text.toString();
            assertEquals(OLD_DATE_WORDS.matcher(line).replaceAll(""), Bylines.withoutDateWords(line), line);
        }
    }

    /**
     * A byline's line with a long run of spaces before a mark has its date's tail looked for in time linear in its
     * length (the pattern before took 0.26 s for 100 spaces, 1.9 s for 200 and 29 s for 400: the fuzzer's slow
     * units; with it this test runs out of time).
     */
    @Test
    @Timeout(60)
    void aLongRunOfSpacesOnABylinesLineIsReadInLinearTime() {
        Growth.assertLinear("spaces on a byline's line", 64 * 1024, n -> {
            String line = "By Jane Doe" + " ".repeat(n) + ". y*y*u  +";
            String tail = "By Jane Doe" + " ,".repeat(n / 2) + " | Updated on:";
            return () -> {
                assertEquals(line, Bylines.withoutDateWords(line));
                assertEquals("By Jane Doe", Bylines.withoutDateWords(tail));
            };
        });
    }

    @Test
    void aNewsroomsLineIsCapitalisedWordsEndingInAnOrganisationsWord() {
        assertTrue(Bylines.isNewsroomLine("Local Democracy Reporting Service"));
        assertTrue(Bylines.isNewsroomLine("Press Association Sport Desk"));
        assertFalse(Bylines.isNewsroomLine("Harriet Voss"), "a name");
        assertFalse(Bylines.isNewsroomLine("The council will review the service"), "a sentence's words");
        assertFalse(Bylines.isNewsroomLine("Service"), "one word");
    }

    @Test
    void aContributorsCreditIsARoleLine() {
        assertTrue(Bylines.isRoleLine("Special to The Harbour Ledger"));
        assertTrue(Bylines.isRoleLine("Special to the Star"));
        assertFalse(Bylines.isRoleLine("Special to me, and to my family"));
    }

    @Test
    void tagalogsByIsNoPartOfTheNameItStandsBefore() {
        // read as a byline only where a bare one is (beside a date): "Ni Una Menos" is a headline elsewhere
        assertNull(Bylines.parsePrefixed("Ni Carmela Dizon"));
        assertEquals("[Carmela Dizon]", Bylines.parseBare("Ni Carmela Dizon").names().toString());
        assertNull(Bylines.parsePrefixed("Ni Juan ni Pedro"));
    }

    @Test
    void aRoleOfManyWordsBesideTheNameIsNoSentence() {
        assertEquals("[Maya Okonkwo]", Bylines.parseBare("Maya Okonkwo | Consultant in emergency medicine at St Bride's "
                + "Hospital and chair of the Westmoor Trauma Network").names().toString());
        assertFalse(Bylines.isNewsroomLine("Duncan Orr, Data Team"), "a second writer and the desk");
    }

    @Test
    void aNameBesideASentenceIsADeksNotAByline() {
        assertNull(Bylines.parseBare("Warta Lesznowola – Orzeł Borkowice 3:2 (0:1). Gospodarze przegrywali jeszcze w 88. "
                + "minucie, a wygrali po golach Kubiaka i rezerwowego Sobczyka."));
        assertEquals("[Jane Doe]", Bylines.parseBare("Jane Doe – Senior Political Correspondent, Example News")
                .names().toString());
    }

    @Test
    void aNewsroomBeforeTheByAnInterviewersLabelAndARoleOpeningWithLocalLeaveTheWriter() {
        Bylines.Byline radio = Bylines.parsePrefixed("Great Basin Public Radio | By Ruth Castellanos");
        assertEquals(List.of("Ruth Castellanos"), radio.names());
        assertEquals(List.of("Great Basin Public Radio"), radio.otherParts());
        assertEquals(List.of("Екатерина Орлова"), Bylines.parsePrefixed("Беседовала Екатерина Орлова").names());
        assertEquals(List.of("Anna Nowak"), Bylines.parsePrefixed("Rozmawiała Anna Nowak").names());
        assertNull(Bylines.parsePrefixed("Подготовила Мария Иванова отчёт о выборах"), "a sentence");
        assertEquals(List.of("Rhys Pritchard"),
                Bylines.parsePrefixed("By Rhys Pritchard Local Democracy Reporter").names());
        assertTrue(Bylines.isRoleLine("NBA Insider"));
        assertTrue(Bylines.isAgency("NTB"));
        assertTrue(Bylines.isAgency("Belga"));
    }

    @Test
    void aDoctorsTitleInLowerCaseOpensAName() {
        assertTrue(Names.isName("lek. Anna Wróblewska"));
        assertTrue(Names.isName("dr hab. Jan Nowak"));
        assertFalse(Names.isName("lek. na kaszel"));
    }

    @Test
    void aNameASlashAndARoleAndAPressReleasesIssuer() {
        Bylines.Byline slashed = Bylines.parseBare("Kimberley Hylton/Staff Reporter");
        assertEquals(List.of("Kimberley Hylton"), slashed.names());
        assertEquals(List.of("Staff Reporter"), slashed.otherParts());
        assertNull(Bylines.parseBare("Politics/Business"));
        assertEquals(List.of("Example Water Resilience Agency"),
                Bylines.parsePrefixed("Issued by: Example Water Resilience Agency").names());
        assertEquals(List.of("Jane Doe"), Bylines.parsePrefixed("Issued by: Jane Doe").names());
        // a Catalan or German place after the name is where the writer is, no second writer
        assertEquals(List.of("Marta Puigvert"), Bylines.parseBare("Marta Puigvert, Sant Quirze de Vallfosca").names());
    }

    @Test
    void aNewsroomGluedToTheNameAndANewspaperNamedAfterIt() {
        Bylines.Byline glued = Bylines.parseBare("Sophie TranterLocal Democracy Reporting Service");
        assertEquals(List.of("Sophie Tranter"), glued.names());
        assertEquals(List.of("Local Democracy Reporting Service"), glued.otherParts());
        assertEquals(List.of("Paul Wiseman", "Fatima Hussein"),
                Bylines.parseBare("Paul WisemanFatima Hussein").names());
        assertEquals(List.of("Mariana Tavares"),
                Bylines.parsePrefixed("Por Mariana Tavares, Jornal Vertente — Belo Horizonte").names());
        assertEquals(List.of("Lukas Brunner"), Bylines.parsePrefixed("Von Lukas Brunner, Thuner Tagblatt").names());
    }

    @Test
    void aNameEndingInAnApostropheAndANameInTamilWithItsInitial() {
        assertEquals(List.of("Otieno Mbugua", "Achieng' Odhiambo"),
                Bylines.parsePrefixed("By Otieno Mbugua and Achieng' Odhiambo").names());
        assertEquals(List.of("ரா. பிரபாகரன்"), Bylines.nameWithoutCapitals("ரா. பிரபாகரன்").names());
        assertEquals(List.of("তানজিলা রহমান"), Bylines.nameWithoutCapitals("তানজিলা রহমান").names());
        assertNull(Bylines.nameWithoutCapitals("நேர்காணல்"), "a section's label of one word");
        // in another script of India with the town it was written from, as in Devanagari
        Bylines.Byline town = Bylines.nameWithoutCapitals("ಸುಮಿತ್ರಾ ಪೂಜಾರಿ, ನೆಲ್ಲಿಗುಡ್ಡೆ");
        assertEquals(List.of("ಸುಮಿತ್ರಾ ಪೂಜಾರಿ"), town.names());
        assertEquals(List.of("ನೆಲ್ಲಿಗುಡ್ಡೆ"), town.otherParts());
        assertNull(Bylines.nameWithoutCapitals("ಸುಮಿತ್ರಾ ಪೂಜಾರಿ, ನೆಲ್ಲಿಗುಡ್ಡೆ, ಮಂಗಳೂರು"), "two places");
    }

    @Test
    void aNameWithoutCapitalsBeforeHowLongAgoIsTheWriter() {
        assertEquals(List.of("दुलारी साहू"), Bylines.nameBesideStamp("दुलारी साहू | 3 घंटा पहिली").names());
        assertEquals(List.of("अंकित शर्मा"), Bylines.nameBesideStamp("अंकित शर्मा · 2 दिन पहले").names());
        assertNull(Bylines.nameBesideStamp("दुलारी साहू"), "no stamp: only over a date line");
        assertNull(Bylines.nameBesideStamp("3 घंटा पहिली"));
        Head head = HeadOf.head("जिला-जवार\n\nकेसरपुर के मंगलवारी बजार म भीसन आगी, चालीस ले जादा दुकान जर के राख\n\n"
                + "दुलारी साहू | 3 घंटा पहिली\n\n" + HeadOf.BODY);
        assertEquals("[दुलारी साहू]", head.authors().stream().map(Author::name).toList().toString());
        // Venetian "de" before a name is no byline's word: it credits a play's or a film's author as often
        assertNull(Bylines.parsePrefixed("de Toni Bortoluzzi"));
        assertEquals(List.of("Salvatore Iaccarino"), Bylines.parsePrefixed("'E Salvatore Iaccarino").names());
        assertNull(Bylines.parsePrefixed("'E Salvatore Iaccarino e Napule"), "a name alone");
    }

    @Test
    void aLabelBeforeItsDateOrNumberIsNoName() {
        assertNull(Bylines.parseBare("Date Entered: 02/05/2025"));
        assertNull(Bylines.parseBare("Views: 1,208"));
    }

    @Test
    void aWeekdaysNameBeforeTheDateIsNoNewsroom() {
        assertNull(Bylines.parseOrganisation("Alakamisy 6 Febroary 2025", false), "Malagasy Thursday");
        assertNull(Bylines.parseOrganisation("Rāhina, 13 Kohitātea 2025", false), "Māori Monday");
    }

    @Test
    void namesOfAScriptWithoutCapitalsJoinedByAnd() {
        assertEquals(List.of("હેતલ પટેલ", "ચિરાગ દેસાઈ"),
                Bylines.nameWithoutCapitals("હેતલ પટેલ અને ચિરાગ દેસાઈ").names());
        assertEquals(List.of("ರಮೇಶ್ ರಾವ್", "ಸುಮಾ ಭಟ್"),
                Bylines.nameWithoutCapitals("ರಮೇಶ್ ರಾವ್ ಮತ್ತು ಸುಮಾ ಭಟ್").names());
        assertNull(Bylines.nameWithoutCapitals("ખેતી અને હવામાન સમાચાર આજે અને કાલે સવારે"), "a phrase, not names");
    }

    @Test
    void aDateLinesDecidedDateOrdersItsUndecidedOne() {
        Bylines.Byline byline = Bylines.parsePrefixed(
                "By Shalini Menon | Posted on: 03/10/2021 | Last updated: 22/01/2024 | 86 Comments");
        assertEquals(List.of("Shalini Menon"), byline.names());
        assertEquals("2021-10-03", byline.date());
    }

    @Test
    void publishedByInMoreLanguagesAndByInWelshYorubaAndATastersNotes() {
        assertEquals(List.of("Uxía Carballo"),
                Bylines.parsePrefixed("Publicado por Uxía Carballo | 07/03/2025 | Categorías: Actividades").names());
        assertEquals(List.of("Elin Haf Prys"), Bylines.parsePrefixed("Gan Elin Haf Prys").names());
        assertEquals(List.of("Fúnmiláyọ̀ Adébáyọ̀"), Bylines.parsePrefixed("Láti ọwọ́ Fúnmiláyọ̀ Adébáyọ̀").names());
        assertEquals(List.of("Florian Stadlmayr"),
                Bylines.parsePrefixed("Verkostet und notiert von Mag. Florian Stadlmayr").names());
        assertEquals(List.of("Marco Rossi"), Bylines.parsePrefixed("Pubblicato da Marco Rossi").names());
        assertNull(Bylines.parsePrefixed("Gan fod y cyngor wedi cytuno ar y gyllideb"), "a Welsh sentence");
    }

    @Test
    void aLineOfCommasIsNoNameWithoutCapitals() {
        // found by the long fuzz run: a line of commas alone over a date line split into no part at all
        assertNull(Bylines.nameWithoutCapitals(","));
        assertNull(Bylines.nameWithoutCapitals(" , , "));
        assertEquals("[प्रियंका शर्मा]", Bylines.nameWithoutCapitals("प्रियंका शर्मा, भोपाल").names().toString());
    }

    @Test
    void aLionsOrRotaryMembersTitleAndAClubsOfficerAreNoNames() {
        Bylines.Byline byline = Bylines.parsePrefixed(
                "Posted: 11th June 2024 | By Lion Sarah Namutebi, Club PRO | Eye Health, Service Projects");
        assertEquals(List.of("Sarah Namutebi"), byline.names());
        assertEquals("2024-06-11", byline.date());
        assertEquals(List.of("Asha Mehta"), Bylines.parsePrefixed("By Rtn. Asha Mehta").names());
        assertEquals(List.of("Sarah Namutebi"), Bylines.parsePrefixed("By Sarah Namutebi, Assistant PRO").names());
        // a single name after "Lion" is the name itself: "Lion Feuchtwanger"
        assertEquals(List.of("Lion Feuchtwanger"), Bylines.parsePrefixed("By Lion Feuchtwanger").names());
    }

    @Test
    void writtenByInLigurianAndPiedmontese() {
        assertEquals(List.of("Luigin Parodi"), Bylines.parsePrefixed("Scrito da Luigin Parodi").names());
        assertEquals(List.of("Gioann Operti"), Bylines.parsePrefixed("Scrit da Gioann Operti").names());
    }

    @Test
    void aWeekdaysAbbreviationBesideTheDateIsNoPartOfTheByline() {
        Bylines.Byline byline = Bylines.parsePrefixed("Posted by Priya Lowther · Thu 06 Feb 2025 · 4 min read");
        assertEquals(List.of("Priya Lowther"), byline.names());
        assertEquals(List.of(), byline.otherParts());
        assertEquals("2025-02-06", byline.date());
    }

    @Test
    void aDateThatReadsEitherWayOrHowLongAgoBeforeByAndAnAssociationsLongName() {
        Bylines.Byline byline = Bylines.parseOrganisation(
                "Posted 3/12/2025 by Heartland Valley Chiropractic Association", true);
        assertEquals(List.of("Heartland Valley Chiropractic Association"), byline.names());
        assertEquals(List.of(), byline.otherParts()); // the date is the head's to read, with the page's evidence
        // a name of more than forty characters is a body's only when a body's word ends it
        assertNull(Bylines.parseOrganisation("by Heartlandxxxxxxxxxx Chiropractic Practice", true));
        assertEquals(List.of("Lupe Sapolu-Fiso"),
                Bylines.parsePrefixed("Posted 2 days ago by Lupe Sapolu-Fiso").names());
    }

    @Test
    void anyLanguagesShortAndBetweenTwoNamesButNoParticleOrVersus() {
        assertEquals(List.of("Nkoitiko ole Sankale", "Naserian Kipeen"),
                Bylines.parsePrefixed("By Nkoitiko ole Sankale o Naserian Kipeen").names());
        assertEquals(List.of("Jan Novák", "Petr Svoboda"),
                Bylines.parsePrefixed("By Jan Novák a Petr Svoboda").names());
        assertEquals(List.of("Pieter van der Walt"), Bylines.parsePrefixed("By Pieter van der Walt").names());
        // a role's words before a school's name, and a case's parties, are no two writers
        assertEquals(List.of("Mette Kjærgaard"),
                Bylines.parseBare("Mette Kjærgaard, formand for Forældreforeningen ved Solbjerg Skole").names());
        Bylines.Byline parties = Bylines.parsePrefixed("By Mathabo Ntšekhe v Maluti Crest Garments");
        assertTrue(parties == null || parties.names().size() < 2, String.valueOf(parties));
    }

    @Test
    void aLabelOfAnyLanguageCreditsNamesJoinedByAShortWordOrNamesWithoutCapitals() {
        assertEquals(List.of("Nkoitiko ole Sankale", "Naserian Kipeen"),
                Bylines.parseCreditWithoutBy("Aigeroo: Nkoitiko ole Sankale o Naserian Kipeen").names());
        assertEquals(List.of("पासाङ ल्हामो तामाङ"),
                Bylines.parseCreditWithoutBy("ब्रिबामी: पासाङ ल्हामो तामाङ").names());
        // English "and" inside an office's name: no credit of two names
        assertNull(Bylines.parseCreditWithoutBy("From: Medicines Safety and Licensing Agency"));
    }

    @Test
    void anOfficesCommunicationsUnitIsAnOrganisationAndNoNewsroomAfterAName() {
        assertEquals(List.of("SWAI Communications"), Bylines.parseOrganisation("SWAI Communications", false).names());
        assertEquals(List.of("Cedar Hollow USD Communications"),
                Bylines.parseOrganisation("By Cedar Hollow USD Communications", true).names());
        assertNull(Bylines.parsePrefixed("By Cedar Hollow USD Communications"));
    }

    @Test
    void anEngineersOrAnOfficersTitleIsNoPartOfTheName() {
        assertEquals(List.of("Sandeep Kulkarni"), Bylines.parsePrefixed("By Er. Sandeep Kulkarni").names());
        assertEquals(List.of("Wanjiru Kamau"),
                Bylines.parsePrefixed("Posted on 27th May 2024 by Capt. Wanjiru Kamau").names());
        // a journal's badge is no writer
        assertNull(Bylines.parseBare("Open Access"));
    }
}
