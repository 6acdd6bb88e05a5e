package io.github.briefwright.core.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.briefwright.core.model.Sentence;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sentences of news prose, found by a review of the date rules for years before 1800, "the end of the year" and
 * weekdays that name something, each with the dates a reader sees in it (briefing date 2024-03-06, a Wednesday,
 * unless given).
 */
class DateFinderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "In 1492, Columbus sailed west.#2024-03-06#[1492/year]",
        "The city had doubled in size by 1750.#2024-03-06#[1750/year]",
        "The treaty of 1648 ended the war.#2024-03-06#[1648/year]",
        "He became the first president since 1789 to lose.#2024-03-06#[1789/year]",
        "Music of the 1790s filled the hall.#2024-03-06#[1790s/decade]",
        "Scholars of the 1500s agree.#2024-03-06#[]",
        "Police said around 1500 protesters gathered in the square.#2024-03-06#[]",
        "The boat was carrying a group of 1200 migrants.#2024-03-06#[]",
        "Rents range from 1200 to 1500 dollars a month.#2024-03-06#[]",
        "The team has been unbeaten in 1200 minutes of play.#2024-03-06#[]",
        "She won gold in 1500m freestyle.#2024-03-06#[]",
        "The tablets date from 1200 BC, archaeologists said.#2024-03-06#[]",
        "Traffic was diverted from 1400 hrs until 1700 hrs.#2024-03-06#[]",
        "In 2022 tonnes of grain were stuck in Ukrainian ports.#2024-03-06#[2022/year]",
        "By the end of this year, the bridge will be open.#2024-03-06#[2024/year]",
        "Sales slumped at the end of the year as shoppers held back.#2024-01-10#[2023/year]",
        "At the end of the year before last the firm was bankrupt.#2024-03-06#[2022/year]",
        "The findings were published at the end of the year-long inquiry.#2024-03-06#[]",
        "The Wednesday Club met for lunch.#2024-03-06#[]",
        "The Friday prayers drew large crowds.#2024-03-06#[]",
        "Talks collapsed ahead of the Friday deadline.#2024-03-06#[2024-03-08/day]",
        "The Tuesday vote was postponed after a walkout.#2024-03-06#[2024-03-05/day]",
        "The match is on the next Saturday after the break.#2024-03-06#[2024-03-09/day]",
        "It was the first round of talks to take place since November, and talks will resume.#2024-03-06#[2023-11/month]",
        "Schools were allowed to reopen on Monday after a week of closures.#2024-03-06#[2024-03-04/day]",
    })
    void datesAReaderSees(String text, String briefingDate, String expected) {
        List<String> found = new DateFinder(briefingDate).find(List.of(new Sentence("s-1", text, List.of()))).stream()
                .map(f -> f.item().date() + "/" + f.item().precision()).toList();
        assertEquals(expected, found.toString(), text);
    }
}
