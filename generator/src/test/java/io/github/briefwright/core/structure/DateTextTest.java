package io.github.briefwright.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.structure.DateText.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "By Travis Haney Dec 9, 2016#2016-12-09",
        "Published Tue, Dec 20 201610:32 AM ESTUpdated Tue, Dec 20 20166:29 PM EST#2016-12-20",
        "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:02, Tue, Nov 19, 2019#2019-11-19",
        "Nov 15, 20195:45 AM#2019-11-15",
        "Sept. 3rd, 2019#2019-09-03",
        "9 December 2016#2016-12-09",
        "2016-12-20T10:32:00Z#2016-12-20",
        "2019/04/04 17:23#2019-04-04",
        "2019年3月2日09:18 by 深海#2019-03-02",
        "2019年04月28日 08時00分#2019-04-28",
        "sexta-feira, 22 de outubro de 2010 às 20:13#2010-10-22",
        "18. Juli 2022#2022-07-18",
        "1er mars 2019#2019-03-01",
        "3 Desember 2015#2015-12-03",
        "11/28/2016#2016-11-28",
        // as the Unix date writes it, in a mailing list's archive
        "Mon Mar 10 16:02:11 EDT 2025#2025-03-10",
        "Wed Jan 31 18:40:02 GMT 2024#2024-01-31",
        "Tue Feb  4 09:15 2025#2025-02-04",
        "21/06/2014 Tony Carter#2014-06-21",
        "05/05/2014#2014-05-05",
        "By Jane Doe • 12/16/16 12:21pm#2016-12-16",
        "posted 13/4/98#1998-04-13",
        "3 марта 2019 г.#2019-03-03",
        "Опубликовано 12 сент. 2018#2018-09-12",
        "03-Mar-2019#2019-03-03",
        "Filed 17-DEC-2018 10:15#2018-12-17",
        "2019년 3월 3일#2019-03-03",
        "2019. 3. 3. 오후 2:15#2019-03-03",
        "2019. 03. 03.#2019-03-03",
        "3 marca 2019#2019-03-03",
        "12 października 2018 r.#2018-10-12",
        "3. března 2019#2019-03-03",
        "3 Mart 2019 Pazar#2019-03-03",
        "12 Kasım 2018#2018-11-12",
        "12 KASIM 2018#2018-11-12",
        "12 Aralik 2018#2018-12-12",
        "3 augusti 2019#2019-08-03",
        "3. maaliskuuta 2019#2019-03-03",
        "3 martie 2019#2019-03-03",
        "3 de març de 2019#2019-03-03",
        "3 березня 2019#2019-03-03",
        "3 Μαΐου 2019#2019-05-03",
        "3 ΜΑΪΟΥ 2019#2019-05-03",
        "प्रकाशित: 14 मार्च 2025, 09:12 AM (IST)#2025-03-14",
        "3 सितम्बर 2019#2019-09-03",
        "פורסם: 18.02.25, 09:14#2025-02-18",
        "Stand: 03.04.25#2025-04-03",
        // Hungarian, year first with a full stop; Catalan "d'" before the month
        "2025. február 11. 14:37#2025-02-11",
        "2024. márc. 3.#2024-03-03",
        "dimarts, 6 d'agost de 2024, 05:00#2024-08-06",
    })
    void readsDates(String text, String iso) {
        assertEquals(iso, DateText.find(text, Order.UNKNOWN).orElseThrow().date().toString());
    }

    @Test
    void numericDatesAreReadOnEvidenceOnly() {
        assertTrue(DateText.find("03/04/2019", Order.UNKNOWN).orElseThrow().ambiguous());
        assertEquals("2019-04-03", DateText.find("03/04/2019", Order.DAY_FIRST).orElseThrow().date().toString());
        assertEquals("2019-03-04", DateText.find("03/04/2019", Order.MONTH_FIRST).orElseThrow().date().toString());
    }

    /** The order of a text's numeric dates, told by its other dates, its month names, its times or its language. */
    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "Posted 03/04/2019. Updated 21/06/2019.#DAY_FIRST",
        "Posted 03/04/2019. Updated 06/21/2019.#MONTH_FIRST",
        "Posted 03/04/2019.#UNKNOWN",
        "Stand: 03.04.2019#DAY_FIRST",
        "Publié le 3 avril 2019, 03/04/2019#DAY_FIRST",
        "13/04/2019 and 04/13/2019#UNKNOWN",
        "07/11/2023 05h00 · Atualizado há 2 horas#DAY_FIRST",
        "Le 02/11/2023 à 08h15#DAY_FIRST",
        "Thứ năm, 6/4/2023, 08:30 (GMT+7)#DAY_FIRST",
        "CHỦ NHẬT, 6/4/2023, 08:30 (GMT+7)#DAY_FIRST",
        "THỨ HAI 6/4/2023#DAY_FIRST",
        // a number glued to a colon, a slash, a dot or a dash is no date's day: only the second date counts
        "Ref 5:13/04/2019, posted 03/04/2019#UNKNOWN",
        "Ref 5-13/04/2019, posted 03/04/2019#UNKNOWN",
        "Ref 5:13/04/2019, posted 13/04/2019#DAY_FIRST",
        "07/11/2023, a 5h30m run#UNKNOWN",
        "Published 10/9/2023. She finished the marathon in 2h00:35.#UNKNOWN",
        "3/4/2024 Total time: 1h30#UNKNOWN",
        // the language of the text: Italian, Danish or Polish write the day first, English says nothing
        "10/03/2024 22:48 Il Castelverde ribalta la Pro Ardena nel recupero. Sotto di un gol all'intervallo, i "
                + "biancoverdi la riprendono con Sartori e la vincono nel finale con un colpo di testa. La squadra di "
                + "casa è partita male e il gol degli ospiti è arrivato dopo un errore della difesa. Nel secondo tempo "
                + "il Castelverde ha cambiato modulo e il pareggio è arrivato al 71' con un tiro di Sartori che il "
                + "portiere non ha trattenuto. Poi la rete di Bellandi, che ha segnato di testa su un cross di Conti "
                + "per la gioia dei tifosi che sono rimasti fino alla fine in una serata di pioggia e di vento.#DAY_FIRST",
        // an American site's date, with its zone, in Spanish
        "Publicado: 03/10/2024 05:42 PM ET. Las familias que ganan menos de 67,000 dólares al año podrán recibir ayuda "
                + "gratuita para preparar su declaración de impuestos en las bibliotecas del condado, que abren sus puertas "
                + "a los voluntarios de la universidad y de las organizaciones de la comunidad que trabajan con los "
                + "vecinos de los barrios del sur, donde viven muchas de las familias que no tienen computadora en casa.#MONTH_FIRST",
        // a time written "08 h 15", as West Africa's French pages print it
        "Cɛn: 10/02/2025 – 08 h 15#DAY_FIRST",
        // a time in the zone of a country that writes the day first: India's "IST", Australia's "AEDT"
        "DPNS | Kondapalem | Updated: 12-02-2025 19:46 IST#DAY_FIRST",
        "Published 04/09/2024, 6:12 AEDT#DAY_FIRST",
        "Published 04/09/2024 6:12 PM ET, shared 04/09/2024 19:46 IST#UNKNOWN",
        "Updated: 12-02-2025 7:46 ISTANBUL#UNKNOWN",
        // an afternoon's hour on the 24-hour clock after the date, its seconds too; not a morning's, nor one with "pm"
        "Nihiku: 06/11/2024 · 14:20#DAY_FIRST", "Posted 06/11/2024, 18.05#DAY_FIRST", "Posted 06/11/2024 10:20#UNKNOWN",
        "Posted 06/11/2024 at 2:20 pm#UNKNOWN", "Posted 06/11/2024 14:20 pm#UNKNOWN", "06/11/2024 14:20:33#DAY_FIRST",
        "10/03/2024 The council met on Tuesday to discuss the budget for the coming year, and it agreed on most "
                + "points after a long debate that lasted until the evening. Residents who spoke at the meeting asked "
                + "for more money for the libraries of the town and for the repair of the roads in the north, which "
                + "have been closed since the floods of the winter. Le Monde and El País and Der Spiegel were cited.#UNKNOWN",
    })
    void orderOfNumericDates(String text, Order order) {
        assertEquals(order, DateText.orderIn(text), text);
    }

    @Test
    void twoDigitYearsFollowTheSameEvidence() {
        assertTrue(DateText.find("3/4/16", Order.UNKNOWN).orElseThrow().ambiguous());
        assertEquals("2016-03-04", DateText.find("3/4/16", Order.MONTH_FIRST).orElseThrow().date().toString());
        assertTrue(DateText.find("a ratio of 3/4/165", Order.MONTH_FIRST).isEmpty());
    }

    @Test
    void leavesNumbersThatAreNotDates() {
        assertTrue(DateText.find("version 1.2.2019 of 3/4", Order.UNKNOWN).isEmpty()
                || DateText.find("version 1.2.2019 of 3/4", Order.UNKNOWN).get().ambiguous());
        assertTrue(DateText.find("scored 45/50/2019", Order.UNKNOWN).isEmpty());
        assertTrue(DateText.find("sold out 5, 2019 units", Order.UNKNOWN).isEmpty());
        // full stops and a two-digit year: a date only day first, and beside a label or a time
        assertTrue(DateText.find("Version 2.3.19", Order.UNKNOWN).isEmpty());
        assertTrue(DateText.find("Opening Bell 11.18.19", Order.UNKNOWN).isEmpty());
        assertTrue(DateText.find("Updated: 11.18.19", Order.UNKNOWN).isEmpty());
        assertTrue(DateText.find("Version: 2.3.19", Order.UNKNOWN).isEmpty());
        assertTrue(DateText.find("Firmware: 8.2.24", Order.UNKNOWN).isEmpty());
        assertTrue(DateText.find("Siegerzeit: 2.08.15", Order.UNKNOWN).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "Published Tue, Dec 20 201610:32 AM ESTUpdated Tue, Dec 20 20166:29 PM EST#2016-12-20",
        "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:02, Tue, Nov 19, 2019#2019-11-19",
        "2019/02/22 17:23#2019-02-22",
        "sexta-feira, 22 de outubro de 2010 às 20:13#2010-10-22",
        "Nov 15, 20195:45 AM#2019-11-15",
        "Jan. 7, 2020 5:12 PM ET#2020-01-07",
        "Erstveröffentlichung: 14.03.2024, 18:22 Uhr#2024-03-14",
        "Julkaistu 14.5.2023 6:00#2023-05-14",
        "Frissítve: 2023.02.08. 15:44#2023-02-08",
        "الأحد 10 سبتمبر 2023 - 04:30 م#2023-09-10",
        "Publicat: 22 noiembrie 2023, 14:10#2023-11-22",
        "Publié le 2 novembre 2023 à 08h15#2023-11-02",
        "22 March 2024 · Atualizado há 2 horas#2024-03-22",
        // Bengali months and digits, Devanagari digits
        "২৩ জানুয়ারি ২০২৫#2025-01-23",
        "৪ মার্চ ২০২৪, ১০:৩০#2024-03-04",
        "१४ जनवरी २०२४#2024-01-14",
    })
    void dateLines(String line, String iso) {
        assertEquals(iso, Datelines.parse(line).orElseThrow());
    }

    /**
     * Date lines of a paste's head in more languages: weekdays and the words around a date and a time ("den", "kl.",
     * "godz."). In the text the same line is a programme's entry or a letter's heading, no date line.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "Tirsdag den 5. marts 2024, kl. 05:00#2024-03-05#false",
        "wtorek, 5 marca 2024, godz. 10:00#2024-03-05#false",
        "Fredag 8. mars 2024 kl. 19.00#2024-03-08#false",
        // one word beside the date is allowed anywhere
        "9 Nisan 2024 Salı 10:35#2024-04-09#true",
        "Donderdag 7 maart 2024, 14:02#2024-03-07#true",
        "martedì 5 marzo 2024, 08:15#2024-03-05#true",
        // after a label in Bengali ("published:"), one word with its vowel signs (marks), as anywhere
        "প্রকাশিত: ২৩ জানুয়ারি ২০২৫#2025-01-23#true",
        // Tokelauan's weekday of two words ("Tuesday") before its June
        "'Aho Lua, 10 Iuni 2025'#2025-06-10#false",
    })
    void dateLinesOfTheHead(String line, String iso, boolean inTheText) {
        assertEquals(iso, Datelines.parse(line, Order.UNKNOWN, true).orElseThrow(), line);
        assertEquals(inTheText, Datelines.parse(line).isPresent(), line);
    }

    @Test
    void theCheapTestOfWhereADayFirstDateMayStartRulesOutNoMatch() {
        String[] pieces = {"1", "3", "12", "31", "123", "2021", "1999", " ", "  ", "\n", "\t", ".", ",", "-", ":", "/",
            "%", "º", "°", "st", "th", "er", "de ", "of ", "March", "mars", "März", "sept.", "Sept", "dic", "ſeptember",
            "marca", "Kasım", "KASIM", "března", "Μαΐου", "DE ", "Of ", "ſt", "nd", "RD", "Mar", "dec", "ocak", "z",
            "q", "ſ", "K",
            "x", "é", "(", ")", "10:30", "3,000"};
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(12); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String sample = text.toString();
            assertEquals(DateText.matches(sample, false), DateText.matches(sample, true), sample);
        }
    }

    @Test
    void aTextWithoutAFourDigitYearHasNoDateThatIsNotNumeric() {
        assertTrue(DateText.hasYear("on 3 March 2019"));
        assertTrue(DateText.hasYear("2019年3月3日"));
        assertFalse(DateText.hasYear("on 3 March 219, 1899 or 21.09"));
        String[] pieces = {"1", "2", "9", "0", "19", "20", "12", "31", "2021", "1999", "201", " ", ".", ",", "-", "/",
            "年", "月", "日", "March", "mars", "März", "de ", "Μαΐου", "x", "10:30", "3,000", "T"};
        java.util.Random random = new java.util.Random(13);
        int named = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(10); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String sample = text.toString();
            boolean found = DateText.findAll(sample, DateText.Order.UNKNOWN).stream().anyMatch(d -> !d.numeric());
            named += found ? 1 : 0;
            assertTrue(!found || DateText.hasYear(sample), sample);
        }
        assertTrue(named > 200, "the samples hold dates with a month's name: " + named);
    }

    /**
     * Month names of the languages the hand-written lists leave out come from the JDK's locale data: full names in
     * either order, abbreviations only after the day ("sold out 5, 2019 units" holds no date).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Objavljeno: 19. srpnja 2024. u 12:30|2024-07-19", "15 ноември 2023, 17:42|2023-11-15",
        "Imechapishwa: Jumapili, Septemba 22, 2024|2024-09-22", "Marso 8, 2024|2024-03-08",
        "03 out 2023 11:20|2023-10-03", "Publikované 5. júla 2024|2024-07-05", "14 Mehefin 2023|2023-06-14",
        "2 ژوئیه 2024|2024-07-02", "5 ஜூலை 2024|2024-07-05",
        // Maltese and Hausa write a word between the day and the month; Somali pages name the months
        "17 ta' Lulju 2024|2024-07-17", "Litinin, 10 ga Maris, 2025|2025-03-10", "La abuuray 2 Maarso 2025|2025-03-02",
        // Thai, its year in the Buddhist era or the common one
        "เผยแพร่: 5 ส.ค. 2567 14:20 น.|2024-08-05", "วันที่ 12 มกราคม 2024|2024-01-12",
        // languages no list names, their full month names from the locale data: Malagasy, Māori, Tigrinya, Shona,
        // Kinyarwanda, West Frisian
        "Alakamisy 6 Febroary 2025|2025-02-06", "Rāhina, 13 Kohitātea 2025|2025-01-13", "ዕለት: 14 ሚያዝያ 2025|2025-04-14",
        "Yakaiswa musi wa 2 Chivabvu 2025|2025-05-02", "ku wa Mbere, 3 Werurwe 2025|2025-03-03",
        "Pleatst op 12 novimber 2024|2024-11-12",
        // Zapotec's and Mixtec's word for the month between the day and a Spanish month, Mixtec's "year" before it
        "12 beeu mayo 2025, 7:40|2025-05-12", "Kivi 22 yoo septiembre kuiya 2025|2025-09-22",
        // Mirandese's March and December; Acholi's numbered months, "the month of the sixth", "of the tenth and two"
        "Publicado an 12 de márcio de 2025, a las 18:40|2025-03-12", "3 de dezembre de 2024|2024-12-03",
        "14 Dwe me Abicel 2025 · Dakika 4 me kwano|2025-06-14", "3 Dwe me Apar wie Aryo 2024|2024-12-03",
        "3 Dwe me Apar 2024|2024-10-03",
        // Rarotongan, its glottal stop written before the month; Dinka's numbered months, "the month of ten"
        "Varaire, 23 'Aukute 2024|2024-08-23", "12 Pɛɛi de Thiäär, 2024|2024-10-12",
        // Picard, the months French spells otherwise, after "d'"
        "Mérquedi 6 d'novimbe 2024|2024-11-06", "12 sétimbe 2024|2024-09-12",
        "3 Pɛɛi de Thiäär ku Rou 2024|2024-12-03",
        // Neapolitan, "of" with its apostrophe before the month
        "Sàbbato 14 'e settembre 2024|2024-09-14"})
    void monthsOfMoreLanguagesComeFromTheLocaleData(String text, String date) {
        assertEquals(date, DateText.find(text, Order.UNKNOWN).orElseThrow().date().toString(), text);
    }

    /**
     * A language no list names gives its full month names of five letters or more in the Latin script, and its names
     * in other scripts, with their digits ("୧୨ ଜୁନ ୨୦୨୫", Odia); not its shorter Latin ones, which may be words of
     * another language (Breton October, "Here").
     */
    @Test
    void theLocaleDataOfOtherLanguagesGivesTheirLongerMonthNames() {
        assertEquals("2025-06-12", Datelines.parse("୧୨ ଜୁନ ୨୦୨୫").orElseThrow());
        assertTrue(DateText.find("14 here 2024", Order.UNKNOWN).isEmpty());
        assertTrue(Datelines.parse("Here 2024").isEmpty());
    }

    /**
     * A month written before its day in a script with no ASCII letter (Manipuri in the Bengali script, its digits
     * too), and a month's full name of two words as the locale data gives it (Lakota's moons); a month's two-word
     * name alone or with its day and no year is no date.
     */
    @Test
    void aMonthBeforeItsDayInAnyScriptAndAMonthNameOfTwoWordsAreRead() {
        assertEquals("2024-07-22", Datelines.parse("নিংথৌকাবা, জুলাই ২২, ২০২৪").orElseThrow());
        assertEquals("2024-07-22", Datelines.parse("জুলাই ২২, ২০২৪").orElseThrow());
        assertEquals("2024-07-18", Datelines.parse("Čhaŋpȟásapa Wí 18, 2024").orElseThrow());
        assertEquals("2024-11-05", Datelines.parse("5 Waníyetu Wí 2024").orElseThrow());
        assertTrue(DateText.find("Čhaŋpȟásapa Wí 18", Order.UNKNOWN).isEmpty());
        assertTrue(DateText.find("Wí 18, 2024", Order.UNKNOWN).isEmpty());
    }

    /**
     * A month's name no list holds, as another language borrowed a European one, read by its sounds between a day and
     * a year (Tetum, Chichewa, Samoan, Zulu after its "ku"), the date line it stands in read as one; a word whose
     * sounds are no month's, or too few, is no month.
     */
    @Test
    void aBorrowedMonthsNameIsReadByItsSounds() {
        assertEquals("2024-10-10", Datelines.parse("Kinta, 10 Outubru 2024 | 14:32", Order.UNKNOWN, true)
                .orElseThrow());
        assertEquals("2025-11-03", Datelines.parse("Lolemba, 3 Novembala 2025", Order.UNKNOWN, true).orElseThrow());
        assertEquals(java.time.LocalDate.of(2025, 2, 11), DateText.find("Aso Lua, 11 Fepuari 2025", Order.UNKNOWN)
                .orElseThrow().date());
        assertEquals(java.time.LocalDate.of(2025, 1, 14),
                DateText.find("Yaqalwa ngomhla ka-14 kuJanuwari 2025", Order.UNKNOWN).orElseThrow().date());
        assertEquals(9, BorrowedMonths.month("Sebutemba"), "the sounds of September less its last");
        assertEquals("2025-02-06", Datelines.parse("Tuʻapulelulu, 6 Fēpueli 2025", Order.UNKNOWN, true).orElseThrow(),
                "a weekday's glottal stop no letter of its length");
        assertTrue(DateText.find("the 3 Notes 2024", Order.UNKNOWN).isEmpty());
        assertTrue(DateText.find("12 Muwakanya 2025", Order.UNKNOWN).isEmpty(), "a month's own name in Luganda");
        assertEquals(0, BorrowedMonths.month("Mayo2"));
        assertEquals(0, BorrowedMonths.month("Mio"), "fewer than four letters");
        assertTrue(DateText.find("Sonto, 17 Hukuri 2024", Order.UNKNOWN).isEmpty(),
                "the sounds of one language's own name (Kinyarwanda 'ukwakira') are no borrowing");
    }

    /**
     * The Solar Hijri calendar of Persian pages: a day, a month's name and a year in Persian or Western digits, read as
     * the Gregorian date (its new year on 20 or 21 March, its leap years by the 33-year arithmetic).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "۱۸ بهمن ۱۴۰۲ - ۱۰:۳۰|2024-02-07", "1 فروردین 1403|2024-03-20", "29 اسفند 1402|2024-03-19",
        "11 دی 1402|2024-01-01", "1 فروردین 1404|2025-03-21", "۳۰ اسفند ۱۴۰۳|2025-03-20", "1 فروردین 1399|2020-03-20",
        "۱۲ خرداد ۱۴۰۳|2024-06-01", "31 شهریور 1402|2023-09-22", "1 مهر 1402|2023-09-23",
        // an Afghan page's months: of the zodiac in Dari, and in Pashto
        "۱۲ عقرب ۱۴۰۳ - ۱۰:۳۰|2024-11-02", "1 حمل 1403|2024-03-20", "۲۹ حوت ۱۴۰۲|2024-03-19", "۱۱ جدی ۱۴۰۲|2024-01-01",
        "31 سنبله 1402|2023-09-22", "۱۲ لړم ۱۴۰۳|2024-11-02", "1 وری 1404|2025-03-21", "۱۲ غبرگولی ۱۴۰۳|2024-06-01"})
    void aPersianDateOfTheSolarHijriCalendarIsReadAsItsGregorianDay(String text, String date) {
        assertEquals(date, DateText.find(text, Order.UNKNOWN).orElseThrow().date().toString(), text);
        assertEquals(date, Datelines.parse(text).orElseThrow(), "a date line alone: " + text);
    }

    @Test
    void aNumericDateThatReadsEitherWayTakesTheOrderOfItsNamedTwinInTheText() {
        String text = "LAGOS, Nigeria, September 4, 2023 /NaijaWire/ -- Sanwo Cold Chain Limited today announced it "
                + "has raised $12 million.";
        // a month's name written first, yet the numeric date puts the day first: the same day, written twice
        assertEquals(Order.DAY_FIRST, DateText.orderIn("Published: 04/09/2023\n\n" + text));
        assertEquals(Order.MONTH_FIRST, DateText.orderIn("Published: 09/04/2023\n\n" + text));
        // no twin: the named date's order, as before
        assertEquals(Order.MONTH_FIRST, DateText.orderIn("Published: 05/06/2023\n\n" + text));
    }

    @Test
    void aSpanOfTwoDatesIsNoDateLine() {
        // an obituary's life, an event's days: not when the page was published
        assertTrue(Datelines.parse("June 11, 1938 – February 2, 2024").isEmpty());
        assertTrue(Datelines.parse("3 March 2024 to 5 March 2024").isEmpty());
        assertEquals("2024-03-03", Datelines.parse("Published March 3, 2024 – Updated March 4, 2024").orElseThrow(),
                "two dates with their labels: the earlier, the publication");
        assertEquals("2024-02-05", Datelines.parse("February 5, 2024").orElseThrow());
    }

    @Test
    void aPersianMonthWithoutItsDayOrAnImpossibleDayIsNoDate() {
        assertTrue(DateText.find("بهمن ۱۴۰۲", Order.UNKNOWN).isEmpty());
        assertTrue(DateText.find("31 مهر 1402", Order.UNKNOWN).isEmpty(), "the second half's months have 30 days");
        assertTrue(DateText.find("31 میزان 1402", Order.UNKNOWN).isEmpty(), "the same in Dari");
        assertTrue(DateText.find("به میزان ۱۴۰۳ افغانی", Order.UNKNOWN).isEmpty(),
                "'amount', a Dari month's word, without a day");
        assertTrue(Datelines.parse("کد خبر: ۲۸۴۵۱۹").isEmpty());
    }

    @Test
    void aLocaleDataMonthAfterTheDayIsEvidenceOfDayFirstNumericDates() {
        assertEquals(Order.DAY_FIRST, DateText.orderIn("Objavljeno: 19. srpnja 2024. Ažurirano 3/4/2024"));
        assertEquals(Order.DAY_FIRST, DateText.orderIn("15 ноември 2023, 17:42; 3/4/2024"));
        // Tagalog writes the month first, as American English does
        assertEquals(Order.MONTH_FIRST, DateText.orderIn("Marso 8, 2024; 3/4/2024"));
    }

    @Test
    void anAbbreviationFromTheLocaleDataIsReadOnlyInTheLanguagesThatWriteOneAndNotAfterAnOrdinal() {
        assertTrue(DateText.find("Kindle 11th Gen 2022", Order.UNKNOWN).isEmpty(), "an English ordinal");
        assertEquals("2024-01-05", DateText.find("5 gen 2024", Order.UNKNOWN).orElseThrow().date().toString());
        assertTrue(DateText.find("Varianta 2 pro 2026", Order.UNKNOWN).isEmpty(), "Czech 'pro' is 'for'");
        assertEquals("2023-08-18", DateText.find("Sevilla - 18 ago 2023 - 05:30 CEST", Order.UNKNOWN).orElseThrow()
                .date().toString());
    }

    @Test
    void anAbbreviationFromTheLocaleDataIsReadOnlyAfterTheDay() {
        assertTrue(DateText.find("out 5, 2023", Order.UNKNOWN).isEmpty(), "not before the day");
        assertEquals("2023-10-05", DateText.find("5 out 2023", Order.UNKNOWN).orElseThrow().date().toString());
        assertTrue(DateText.find("They can 5, 2020", Order.UNKNOWN).isEmpty());
        assertTrue(DateText.find("win 5 can 2020", Order.UNKNOWN).isEmpty(), "no language of the list has these");
    }

    @Test
    void theAlternationOfNamesMatchesEachNameAndNothingElse() {
        java.util.List<String> names = java.util.List.of("jan", "januar", "january", "jul", "juli", "julio", "ʻapelila",
                "ஜூலை");
        java.util.regex.Pattern any = java.util.regex.Pattern.compile("(?:" + DateText.alternation(names) + ")",
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
        for (String name : names) {
            assertTrue(any.matcher(name).matches(), name);
            assertTrue(any.matcher(name.toUpperCase(java.util.Locale.ROOT)).matches(), name);
        }
        for (String other : java.util.List.of("ja", "janu", "januaryx", "ju", "julia", "", "ஜூ")) {
            assertFalse(any.matcher(other).matches(), other);
        }
    }

    @Test
    void aDateLineInTheHeadMayHaveALabelOfAnyLanguageAWeekdayAndAWordBeforeItsTime() {
        assertEquals("2024-07-19", Datelines.parse("Objavljeno: 19. srpnja 2024. u 12:30", Order.UNKNOWN, true)
                .orElseThrow());
        assertEquals("2024-09-22", Datelines.parse("Imechapishwa: Jumapili, Septemba 22, 2024", Order.UNKNOWN, true)
                .orElseThrow());
        assertEquals("2024-02-07", Datelines.parse("Objavljeno sreda, 7. februar 2024. 18:30", Order.UNKNOWN, true)
                .orElseThrow());
        // a label of two or three words
        assertEquals("2025-02-05", Datelines.parse("Data publikacji: 05.02.2025, 14:20", Order.DAY_FIRST, true)
                .orElseThrow());
        assertEquals("2024-03-14", Datelines.parse("Fecha de publicación: 14 de marzo de 2024", Order.UNKNOWN, true)
                .orElseThrow());
        // a glottal stop's apostrophe inside the label's word (Mam "Q'ij:", "day"); words after the date, no date line
        assertEquals("2024-05-28", Datelines.parse("Q'ij: 28/05/2024 · 10:45", Order.UNKNOWN, true).orElseThrow());
        assertTrue(Datelines.parse("Q'ij: 28/05/2024 · 10:45 kyxjalil aldea", Order.UNKNOWN, true).isEmpty());
        // a word of two letters with their vowel signs before the time (Tulu "evening"), a weekday no list holds
        assertEquals("2024-07-17", Datelines.parse("ಬುಧಾರ, 17 ಜುಲೈ 2024 | ಸಾಂಜೆ 5:40", Order.UNKNOWN, true)
                .orElseThrow());
        // a part of the day's word of up to five letters with their vowel signs (Awadhi "morning"); Neapolitan's
        // articles beside the date and the time
        assertEquals("2024-08-14", Datelines.parse("प्रकासित: १४ अगस्त २०२४, सबेरे ९:४०", Order.UNKNOWN, true)
                .orElseThrow());
        assertTrue(Datelines.parse("Match: 14 August 2024, kickoff 19:30", Order.UNKNOWN, true).isEmpty());
        assertEquals("2024-09-13", Datelines.parse("Pubbrecato 'o 13 'e settembre 2024, 'e 19:20", Order.UNKNOWN,
                true).orElseThrow());
        assertTrue(Datelines.parse("Data publikacji: 05.02.2025, 14:20", Order.DAY_FIRST, false).isEmpty());
        // in the text, a programme's or a warning's line stays
        assertTrue(Datelines.parse("Fredag 8. mars 2024 kl. 19.00", Order.UNKNOWN, false).isEmpty());
        assertTrue(Datelines.parse("Valid: 06:00 Friday 24/01/2025 to 21:00 Friday 24/01/2025", Order.UNKNOWN, false)
                .isEmpty());
        assertTrue(Datelines.parse("Objavljeno: 19. srpnja 2024. u 12:30", Order.UNKNOWN, false).isEmpty());
        // a label of its own with anything else left is no date line's: a deadline, a sign-up line, a fixture
        assertTrue(Datelines.parse("Deadline: midnight, 30 September 2024", Order.UNKNOWN, true).isEmpty());
        assertTrue(Datelines.parse("Inscrições: até 30 de setembro de 2024", Order.UNKNOWN, true).isEmpty());
        assertTrue(Datelines.parse("Mechi: Jumamosi, Septemba 14, 2024 saa 10:00", Order.UNKNOWN, true).isEmpty());
        assertEquals("2024-02-06", Datelines.parse("Aangepast: di 6 feb 2024, 18:40", Order.UNKNOWN, true).orElseThrow());
        assertEquals("2024-08-05", Datelines.parse("เผยแพร่: 5 ส.ค. 2567 14:20 น.", Order.UNKNOWN, true).orElseThrow());
        // a label of two words is no label; a sentence is no date line
        assertTrue(Datelines.parse("Council meeting: 19 July 2024 at the hall", Order.UNKNOWN, true).isEmpty());
    }

    /** A line asked about again, in another order or outside the head, gets the answer for what it is asked now. */
    @Test
    void aDateLineAskedAgainInAnotherOrderIsReadInThatOrder() {
        for (int round = 0; round < 2; round++) {
            assertTrue(Datelines.parse("03/04/2024", Order.UNKNOWN, false).isEmpty());
            assertEquals("2024-04-03", Datelines.parse("03/04/2024", Order.DAY_FIRST, false).orElseThrow());
            assertEquals("2024-03-04", Datelines.parse("03/04/2024", Order.MONTH_FIRST, false).orElseThrow());
            // a reading time beside the date is left out in the head only
            assertEquals("2024-03-04", Datelines.parse("March 4, 2024 · 5 min read", Order.UNKNOWN, true).orElseThrow());
            assertTrue(Datelines.parse("March 4, 2024 · 5 min read", Order.UNKNOWN, false).isEmpty());
        }
    }

    /**
     * The day-first and numeric date scans try their patterns only where a match may start (a digit, then a month
     * name's first two letters as the patterns' case-insensitive matching reads them); on random texts of dates,
     * near-dates and other words, in any case and with letters whose case forms are ASCII ones ("ſ", "ı", "İ", the
     * Kelvin sign), they find what a plain search finds.
     */
    @Test
    void theDateScansFindWhatAPlainSearchFinds() {
        String[] pieces = {"3", "12", "31", "2024", "1999", "05", "10:30", " ", "  ", "\n", ".", ",", "-", "/", "'", "’",
            "d'", "d’", "D'", "de ", "of ", "del ", "st", "nd", "th", "er", "º", "°", "March", "MARCH", "mar", "Mar.",
            "agost", "août", "März", "mai", "Mayıs", "MAYIS", "Kasım", "kasim", "Ekim", "Şubat", "ſeptember", "\u212Aasım",
            "İyun", "marzo", "Sept.", "sept", "décembre", "грудня", "марта", "Μαΐου", "people", "minutes", "million",
            "per", "Pe", "ma", "mi", "de", "Dec", "dez", "jun", "Juni", "july", "of", "at", "x", "Jan", "Januar", "ENERO"};
        java.util.Random random = new java.util.Random(20261205);
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(14);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            assertEquals(DateText.matches(t, false), DateText.matches(t, true), t);
        }
    }

    @Test
    void englishSpeltAsOutsideNorthAmericaIsEvidenceOfDayFirstNumericDates() {
        assertEquals(Order.DAY_FIRST, DateText.orderIn("Posted on 08/04/2025. The centre opens a new visitor centre."));
        assertEquals(Order.DAY_FIRST, DateText.orderIn("04/03/2025\nRainfall is 40 per cent below normal; feed costs £20."));
        // one such word is not enough, and an American spelling anywhere says nothing
        // a time with a full stop between the hour and the minutes and "am" or "pm", twice
        assertEquals(Order.DAY_FIRST, DateText.orderIn("Posted: 12/06/2024. Closed from 6.30pm to 6.00am."));
        assertEquals(Order.UNKNOWN, DateText.orderIn("Posted: 12/06/2024. Closed from 6:30 p.m. to 6.00am."));
        assertEquals(Order.DAY_FIRST, DateText.orderIn("Posted: 12/06/2024. From 7.15 a.m. to 10.45 PM."));
        // distances in kilometres and temperatures in Celsius, as no American page gives them
        assertEquals(Order.DAY_FIRST, DateText.orderIn("Posted on 03/04/2025. Two apiaries within 4 km, above 14°C."));
        assertEquals(Order.DAY_FIRST, DateText.orderIn("Posted on 03/04/2025. Within 4km and 3 km of the town."));
        assertEquals(Order.UNKNOWN, DateText.orderIn("Posted on 03/04/2025. The KM team met at 14°F."));
        assertEquals(Order.UNKNOWN, DateText.orderIn("Posted on 03/04/2025. Within 4 km of the center, at 14°C."));
        // a weekday before a month and a day without a year, as American pages write it, or before a day and a
        // month, as British ones do; both: no evidence
        assertEquals(Order.MONTH_FIRST, DateText.orderIn("Posted on 10/02/2023. The show opens Friday, October 6."));
        assertEquals(Order.DAY_FIRST, DateText.orderIn("Posted on 10/02/2023. The show opens on Friday 6 October."));
        assertEquals(Order.UNKNOWN, DateText.orderIn("Posted on 10/02/2023. Friday, October 6 or Friday 13 October."));
        // prices in euros or rupees, as pages of countries that write the day first give them
        assertEquals(Order.DAY_FIRST, DateText.orderIn("Posted on 12/10/2024. It fetched €48,500 (estimate €18,000)."));
        assertEquals(Order.DAY_FIRST, DateText.orderIn("12/04/2024 Gold at ₹74,850; silver ₹86,200 a kilo."));
        assertEquals(Order.UNKNOWN, DateText.orderIn("Posted on 12/10/2024. It fetched €48,500 at the center."));
        // no hour of the 12-hour clock, a version's number, minutes past 59, a word after it: no such time
        assertEquals(Order.UNKNOWN, DateText.orderIn("Posted: 12/06/2024. From 16.30pm to 1.6.30pm, at 6.75pm."));
        assertEquals(Order.UNKNOWN, DateText.orderIn("Posted: 12/06/2024. From 6.30 pmx to 6.30ampere, 112.30pm."));
        assertEquals(Order.UNKNOWN, DateText.orderIn("Posted on 08/04/2025. The centre opens."));
        assertEquals(Order.UNKNOWN, DateText.orderIn("08/04/2025: the centre and its colour, near the center of town."));
        assertEquals(Order.UNKNOWN, DateText.orderIn("08/04/2025: prices rose 4 percent at the centre, the centre said."));
    }

    @Test
    void theLevantsMonthsOfTwoWordsAndADutchDateWithDashesAndATimeAreRead() {
        assertEquals("2024-11-17", DateText.find("الأحد، 17 تشرين الثاني 2024 09:30 ص", Order.UNKNOWN).orElseThrow()
                .date().toString());
        assertEquals("2023-12-03", DateText.find("3 كانون الأول 2023", Order.UNKNOWN).orElseThrow().date().toString());
        assertEquals("2024-03-12", DateText.find("12-03-24, 06:00", Order.DAY_FIRST).orElseThrow().date().toString());
        // with dashes and a two-digit year, only two digits each and a time after it: not a score or a code
        assertTrue(DateText.find("It ended 12-03-24 after extra time", Order.DAY_FIRST).isEmpty());
        assertTrue(DateText.find("Part 1-03-24, 06:00", Order.DAY_FIRST).isEmpty());
    }

    @Test
    void aDateLinesLabelInAScriptWithVowelSignsIsOneWord() {
        // the vowel signs and viramas are marks: the label stays one word, not letters cut apart
        assertEquals("2024-06-18", Datelines.parse("प्रकाशीत: १८ जून २०२४").orElseThrow());
        assertEquals("2024-09-15", Datelines.parse("প্রকাশিত: ১৫ সেপ্টেম্বর ২০২৪").orElseThrow());
        // after a label, a word of two letters and their marks is a date line's ("evening", "o'clock")
        assertEquals("2025-01-13", Datelines.parse("ਪ੍ਰਕਾਸ਼ਿਤ: 13 ਜਨਵਰੀ 2025, ਸ਼ਾਮ 7:40 ਵਜੇ", Order.UNKNOWN, true)
                .orElseThrow());
        // a name beside the date is no date line's word, in any script
        assertTrue(Datelines.parse("ସଞ୍ଜୀବନୀ ସ୍ୱେଚ୍ଛାସେବୀ ରକ୍ତ ଭଣ୍ଡାର | ୧୨ ଜୁନ ୨୦୨୫", Order.UNKNOWN, true).isEmpty());
    }

    @Test
    void aHeadsDateLineWrittenYearFirstWithWordsBesideItsNumbersIsRead() {
        assertEquals("2024-11-20", Datelines.parse("ཕྱི་ལོ་ ༢༠༢༤ ཟླ་ ༡༡ ཚེས་ ༢༠ གཟའ་ལྷག་པ།", Order.UNKNOWN, true)
                .orElseThrow());
        assertEquals("2025-03-08", Datelines.parse("ཕྱི་ལོ་༢༠༢༥ ཟླ་༣ ཚེས་༨", Order.UNKNOWN, true).orElseThrow());
        assertEquals("2024-11-05", Datelines.parse("ئېلان قىلىنغان ۋاقىت: 2024-يىلى 11-ئاينىڭ 5-كۈنى", Order.UNKNOWN,
                true).orElseThrow());
        assertEquals("2024-11-20", Datelines.parse("2024 оны 11 сарын 20", Order.UNKNOWN, true).orElseThrow());
        // a Dungan page's date and time: "year", "month" and "day" after the numbers in Cyrillic
        assertEquals("2024-12-20", Datelines.parse("2024 нян 12 йүә 20 хо, 16:40", Order.UNKNOWN, true).orElseThrow());
        assertTrue(Datelines.parse("2024 нян 12 йүә 20 хо, 16:40, 17:00", Order.UNKNOWN, true).isEmpty());
        // the source a date line names in its last part is read off in the head, not in the text
        String sourced = "Last Updated : Nov 20, 2019 01:41 PM IST | Source: Moneycontrol.com";
        assertEquals("2019-11-20", Datelines.parse(sourced, Order.UNKNOWN, true).orElseThrow());
        assertEquals("2024-01-22", Datelines.parse("Montag, 22. Januar 2024, 09:14 Uhr | Quelle: dpa", Order.UNKNOWN,
                true).orElseThrow());
        assertTrue(Datelines.parse("Nov 20, 2019 | Source: Moneycontrol.com").isEmpty());
        // in the Latin script, a short word after each number: a Salar page's date and time, a Naxi page's
        assertEquals("2024-05-18", Datelines.parse("2024 yil 5 ay 18 kün 09:40", Order.UNKNOWN, true).orElseThrow());
        assertEquals("2024-06-20", Datelines.parse("2024 kv 6 hee 20 ni 14:05", Order.UNKNOWN, true).orElseThrow());
        assertTrue(Datelines.parse("2024 Season 5 Episode 18", Order.UNKNOWN, true).isEmpty(), "a headline's words");
        assertTrue(Datelines.parse("2024 kv 6 hee 20 ni 14:05 zo", Order.UNKNOWN, true).isEmpty());
        assertTrue(Datelines.parse("2024 yil 5 ay 18 kün").isEmpty(), "not in the text");
        // not in the text, not with no word after the Latin day ("of 12"), not with more words after, not a day 32
        assertTrue(Datelines.parse("2024 оны 11 сарын 20").isEmpty());
        assertTrue(Datelines.parse("2024 only 3 of 12", Order.UNKNOWN, true).isEmpty());
        assertTrue(Datelines.parse("2024 оны 11 сарын 20 өдөр болсон хурал", Order.UNKNOWN, true).isEmpty());
        assertTrue(Datelines.parse("2024 оны 11 сарын 32", Order.UNKNOWN, true).isEmpty());
        assertTrue(Datelines.parse("2024 оны 13 сарын 20", Order.UNKNOWN, true).isEmpty());
    }

    @Test
    void tigrinyaMonthsOfTwoSyllablesAreRead() {
        // Eritrean pages name the months of the common calendar in Tigrinya: "ሰነ" is June, "ጥሪ" January
        assertEquals("2025-06-08", Datelines.parse("8 ሰነ 2025 – 21:40").orElseThrow());
        assertEquals("2025-01-14", Datelines.parse("14 ጥሪ 2025").orElseThrow());
        assertTrue(Datelines.parse("8 ሰ 2025").isEmpty(), "one letter is no month");
    }

    @Test
    void piedmonteseMonthsAfterItsOf() {
        assertEquals("2025-02-16", DateText.find("Publicà ël 16 ëd fërvé 2025 a 9:40", Order.UNKNOWN).orElseThrow()
                .date().toString());
        assertEquals("2024-12-03", DateText.find("3 ëd dzèmber 2024", Order.UNKNOWN).orElseThrow().date().toString());
    }

    /** Words of a language no list names (Purépecha), in the number a paste's head and first paragraphs hold. */
    private static String repeated(String sentence, int times) {
        return (sentence + " ").repeat(times);
    }

    @Test
    void aTextInALanguageOtherThanEnglishWritesItsNumericDatesDayFirst() {
        String purepecha = repeated("Juramutiecha anapu Itsïmakua ireta arhiaspti eska Pirekua K'uínchekua, enga iásï "
                + "uéxurhiniecha mayo kutsïrhu úkuarhijka, no úati i uéxurhini.", 12);
        assertEquals(Order.DAY_FIRST, DateText.orderIn("12/03/2025\n\n" + purepecha));
        // no numeric date that reads either way: nothing to decide
        assertEquals(Order.UNKNOWN, DateText.orderIn("2025\n\n" + purepecha));
        // English says nothing of the order; nor does a short text
        String english = repeated("The council met on Tuesday and it agreed on the budget for the year with the "
                + "residents who came.", 12);
        assertEquals(Order.UNKNOWN, DateText.orderIn("12/03/2025\n\n" + english));
        assertEquals(Order.UNKNOWN, DateText.orderIn("12/03/2025\n\nJuramutiecha anapu Itsïmakua ireta."));
        // a language of the Philippines writes the month first, as American English does
        String kapampangan = repeated("Agpang kang G. Ernesto Bulaun, ing ala ning nursery, dakal la kareng tanaman "
                + "ing mangga at kalamansi king balen.", 12);
        assertEquals(Order.UNKNOWN, DateText.orderIn("04/05/2025\n\n" + kapampangan));
    }

    @Test
    void digitsOfOtherScriptsAreFoundByEveryReaderOfDates() {
        String line = "प्रकाशित: रविवार, १४ जुलाई २०२४ | सांझ ६:२० बजे";
        DateText.Found found = DateText.findAll(line, Order.UNKNOWN).get(0);
        assertEquals("2024-07-14", found.date().toString());
        assertEquals("१४ जुलाई २०२४", line.substring(found.start(), found.end()));
        assertEquals("2025-03-22", DateText.findAll("۲۲ مارچ ۲۰۲۵", Order.UNKNOWN).get(0).date().toString());
    }

    @Test
    void aNasalVowelsNBeforeMInABorrowedMonth() {
        // Seychellois Creole spells with "n" the months Mauritian Creole spells without it ("Desam", "Novam")
        assertEquals("2024-12-06", Datelines.parse("Vandredi 6 Desanm 2024, 09:45").orElseThrow());
        assertEquals("2024-11-06", Datelines.parse("6 Novanm 2024").orElseThrow());
        assertEquals("2024-09-06", Datelines.parse("6 Septanm 2024").orElseThrow());
        assertTrue(Datelines.parse("6 Sanm 2024").isEmpty());
    }

    @Test
    void thePartOfTheDayAfterATimeInAnotherScriptAndADateOfAnotherCalendarBesideIt() {
        assertEquals("2025-03-22", Datelines.parse("شائع: ۲۲ مارچ ۲۰۲۵، ۰۴:۱۵ شام", Order.UNKNOWN, true).orElseThrow());
        assertEquals("2025-03-10", Datelines.parse("Published 10:42 p.m. ET March 10, 2025 | Updated 9:15 a.m. ET "
                + "March 11, 2025", Order.UNKNOWN, true).orElseThrow());
        // the Nepali calendar's date of the day beside the Gregorian one, after the place
        assertEquals("2024-07-20", Datelines.parse("याङ्री, २०८१ साउन ५ गते | २० जुलाई २०२४", Order.UNKNOWN, true)
                .orElseThrow());
        assertTrue(Datelines.parse("Kathmandu | Health and schools | 20 July 2024", Order.UNKNOWN, true).isEmpty());
        assertTrue(Datelines.dateShaped("२०८१ साउन ५ गते शनिबार"));
        assertFalse(Datelines.dateShaped("2024 Election 3 Takeaways"));
    }

    @Test
    void openVowelsOfAfricanAlphabetsInABorrowedMonthAndMerusNumberedMonths() {
        assertEquals("2024-09-14", Datelines.parse("Sɛbtɛmba 14, 2024").orElseThrow()); // Dagaare
        assertEquals("2024-07-15", Datelines.parse("15 Mweri jwa Mũgwanja 2024, 9:30 rũcinĩ").orElseThrow()); // Meru
        assertEquals("2024-11-03", Datelines.parse("3 mweri jwa ikumi na umwe 2024").orElseThrow());
    }

    @Test
    void aJournalsDatesOfReceiptAndAcceptanceAreNoPublication() {
        assertEquals("2024-06-11", Datelines.parse("Received: 14 February 2024 | Accepted: 22 May 2024 | Published: 11 "
                + "June 2024", Order.UNKNOWN, true).orElseThrow());
        assertEquals("2024-06-12", Datelines.parse("Published: 12 June 2024 | Updated: 13 June 2024, 09:15",
                Order.UNKNOWN, true).orElseThrow());
    }

    @Test
    void aNumberGroupedInLakhsIsEvidenceThatTheDayComesFirst() {
        String text = "Free Eye Test Week to be held from October 10\n\nPublished on: 08-10-2024\n\n"
                + "Visitor Count: 1,48,275";
        assertEquals(Order.DAY_FIRST, DateText.orderIn(text));
        assertEquals(Order.UNKNOWN, DateText.orderIn(text.replace("1,48,275", "148,275")));
    }
}
