package io.github.briefwright.core.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.briefwright.core.model.Sentence;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Full dates in the languages the structure stage reads reach the timeline, each once. */
class DatesInOtherLanguagesTest {

    private static List<String> dates(String sentence) {
        return new DateFinder("2019-06-01").find(List.of(new Sentence("s-1", sentence, List.of()))).stream()
                .map(found -> found.item().date() + " " + found.item().precision()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "Der Stadtrat stimmte am 3. März 2019 über den Haushalt ab.#2019-03-03 day",
        "El consejo aprobó el presupuesto el 12 de marzo de 2019 tras un largo debate.#2019-03-12 day",
        "Le conseil a voté le budget le 3 mars 2019.#2019-03-03 day",
        "Совет утвердил бюджет 3 марта 2019 года.#2019-03-03 day",
        "予算は2019年3月3日に承認された。#2019-03-03 day",
        "The council voted on 2019/03/03, after a long debate.#2019-03-03 day",
        // month names from the locale data, and a Thai year of the Buddhist era
        "Gradsko vijeće usvojilo je proračun 19. srpnja 2019. nakon duge rasprave.#2019-07-19 day",
        "Общинският съвет прие бюджета на 15 ноември 2019 г.#2019-11-15 day",
        "สภาอนุมัติงบประมาณเมื่อวันที่ 5 ส.ค. 2562#2019-08-05 day",
        // English dates, which both the expressions and the parser read, are not found twice
        "The council voted on March 3, 2019, after a long debate.#2019-03-03 day",
        "The council voted on 3 March 2019.#2019-03-03 day",
    })
    void aFullDateIsFoundOnce(String sentence, String expected) {
        assertEquals(List.of(expected), dates(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "The council voted on 03/04/2019.",
        "Der Rat stimmte am 03.04.2019 ab.",
    })
    void aNumericDateWithTheYearLastIsNotGuessed(String sentence) {
        assertEquals(List.of(), dates(sentence).stream().filter(d -> d.startsWith("2019-03-04") || d.startsWith("2019-04-03"))
                .toList());
    }
}
