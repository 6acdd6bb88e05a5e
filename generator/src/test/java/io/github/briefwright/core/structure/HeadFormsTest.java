package io.github.briefwright.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.model.Author;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The head forms of {@code head-forms.txt}: bylines, dates, mastheads and navigation as publishers print them,
 * written by hand (not taken from the extraction corpus), each put between a headline and a body.
 */
class HeadFormsTest {

    private static final String HEADLINE = "Council approves budget after long debate";
    private static final String BODY = "The city council voted on Tuesday to approve the new budget after a long debate "
            + "that ran late into the evening, with several members raising concerns about spending.\n\n"
            + "Officials said the plan would fund road repairs, new buses and a program for young people, and that the "
            + "cost would be met without raising taxes this year.\n\n"
            + "Critics argued that the figures did not add up and that the council had ignored warnings from its own "
            + "auditors about the state of the pension fund.\n\n"
            + "The mayor said she would sign the budget next week and promised a review of the pension fund before the "
            + "end of the year.\n";

    static Stream<Arguments> cases() throws IOException {
        String all;
        try (InputStream in = HeadFormsTest.class.getResourceAsStream("head-forms.txt")) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Arguments> cases = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String line : all.split("\n")) {
            if (!line.startsWith("#")) {
                text.append(line).append('\n');
            }
        }
        for (String chunk : text.toString().split("\n=====\n")) {
            String[] parts = chunk.split("\n-----\n");
            String lines = parts[0].strip();
            cases.add(Arguments.of(Named.of(lines.replace("\n", " / "), lines), List.of(parts[1].strip().split("\n"))));
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theHeadIsRead(String lines, List<String> expected) {
        boolean titled = expected.stream().anyMatch(e -> e.startsWith("title="));
        Head head = HeadOf.head((titled ? "" : HEADLINE + "\n\n") + lines + "\n\n" + BODY);
        List<String> authors = head.authors().stream().map(Author::name).toList();
        if (!titled) {
            assertEquals(HEADLINE, head.title(), "title");
        }
        for (String e : expected) {
            String value = e.substring(e.indexOf('=') + 1);
            if (e.startsWith("title=")) {
                assertEquals(value, head.title(), "title");
            } else if (e.startsWith("author=")) {
                assertEquals(List.of(value.split(",\\s*")), authors, "authors");
            } else if (e.startsWith("date=")) {
                assertEquals(value, head.date(), "date");
            } else if (e.equals("noauthor")) {
                assertEquals(List.of(), authors, "authors");
            } else {
                throw new IllegalArgumentException("head-forms.txt: unknown expectation " + e);
            }
        }
        assertTrue(!expected.isEmpty());
    }
}
