package io.github.briefwright.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
    })
    void bare(String line, String names) {
        assertEquals(names, Bylines.parseBare(line).names().toString());
    }
}
