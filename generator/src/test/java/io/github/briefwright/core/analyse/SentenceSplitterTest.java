package io.github.briefwright.core.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "One. Two.|One.|Two.|",
        "The U.S. approach failed. Then it changed.|The U.S. approach failed.|Then it changed.|",
        "Meghan L. O'Sullivan wrote it. She is right.|Meghan L. O'Sullivan wrote it.|She is right.|",
        "Dr. Okafor led it. Gen. Smith agreed.|Dr. Okafor led it.|Gen. Smith agreed.|",
        "It cost 3.5 billion. Prices rose.|It cost 3.5 billion.|Prices rose.|",
        "On Jan. 5 they voted. At 5 p.m. Tuesday they left.|On Jan. 5 they voted.|At 5 p.m. Tuesday they left.|",
        "He said \"no.\" Then he left.|He said \"no.\"|Then he left.|",
        "Why? Because (it said so.) Fine!|Why?|Because (it said so.)|Fine!",
        "Wait... what happened? Nothing.|Wait... what happened?|Nothing.|",
        "비난으로 이어졌다. 하지만 그는 말했다.|비난으로 이어졌다.|하지만 그는 말했다.|",
        "他说了。她走了！为什么？|他说了。|她走了！|为什么？",
        "「そうです。」と彼は言った。|「そうです。」|と彼は言った。|",
        "He said \"no.\" officers heard it.|He said \"no.\" officers heard it.||",
    })
    void splitsSentences(String text, String first, String second, String third) {
        List<String> expected = second == null ? List.of(first)
                : third == null ? List.of(first, second) : List.of(first, second, third);
        assertEquals(expected, SentenceSplitter.split(text));
    }
}
