package io.github.briefwright.core.structure;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.model.Author;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The head forms: bylines, dates, mastheads and navigation as publishers print them, written by hand (not taken
 * from the extraction corpus), each put between a headline and a body. {@code head-forms.txt},
 * {@code head-forms-2.txt} to {@code head-forms-6.txt} are the sets the rules were written or fixed from: every case
 * must be read right.
 * {@code head-forms-heldout.txt} to {@code head-forms-heldout-4.txt} were written by other hands and are never used
 * to change the rules: they measure how the head reader does on forms it was not written from, with floors set from
 * their first readings (docs/structuring.md, "Forms held out"). A failing held-out set prints its share only, not
 * its cases, so that reading it does not show what to fix.
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

    /** One case: the lines under (or around) the headline, and what must be found, one expectation a line. */
    record Case(String lines, List<String> expected) {
    }

    static List<Case> read(String file) throws IOException {
        String all;
        try (InputStream in = HeadFormsTest.class.getResourceAsStream(file)) {
            all = new String(Objects.requireNonNull(in, file).readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder text = new StringBuilder();
        for (String line : all.split("\n")) {
            if (!line.startsWith("#")) {
                text.append(line).append('\n');
            }
        }
        List<Case> cases = new ArrayList<>();
        for (String chunk : text.toString().strip().split("\n=====\n")) {
            String[] parts = chunk.split("\n-----\n");
            if (parts.length != 2 || parts[1].isBlank()) {
                throw new IllegalArgumentException(file + ": a case needs its lines, '-----' and what must be found: "
                        + chunk);
            }
            cases.add(new Case(parts[0].strip(), List.of(parts[1].strip().split("\n"))));
        }
        return cases;
    }

    static Stream<Arguments> cases() throws IOException {
        return Stream.of("head-forms.txt", "head-forms-2.txt", "head-forms-3.txt", "head-forms-4.txt", "head-forms-5.txt",
                        "head-forms-6.txt")
                .flatMap(file -> {
                    try {
                        return read(file).stream();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .map(c -> Arguments.of(Named.of(c.lines().replace("\n", " / "), c)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theHeadIsRead(Case c) {
        assertNull(wrong(c));
    }

    /**
     * The held-out sets, each with the share of its cases that must be read right, set from its first reading:
     * {@code head-forms-heldout.txt} 30 of 53 (0.566; its misses were printed then), {@code head-forms-heldout-2.txt}
     * 50 of 60 (0.833, with the rules before the round that wrote it; never printed), {@code head-forms-heldout-3.txt}
     * 46 of 60 (0.767, with the rules before the round that wrote it; never printed), {@code head-forms-heldout-4.txt}
     * 39 of 60 (0.650, with the rules before the round that wrote it, read as this test reads it since that round;
     * never printed).
     */
    @ParameterizedTest
    @CsvSource({"head-forms-heldout.txt, 0.55", "head-forms-heldout-2.txt, 0.80", "head-forms-heldout-3.txt, 0.73",
        "head-forms-heldout-4.txt, 0.63"})
    void heldOutFormsAreMostlyRead(String file, double floor) throws IOException {
        List<Case> cases = read(file);
        long right = cases.stream().filter(c -> wrong(c) == null).count();
        double share = (double) right / cases.size();
        assertTrue(cases.size() >= 40, "at least 40 held-out cases");
        assertTrue(share >= floor, file + ": held-out head forms read right: " + share);
    }

    /** What the head reader got wrong in a case, or null when it read the case right. */
    static String wrong(Case c) {
        boolean titled = c.expected().stream().anyMatch(e -> e.startsWith("title="));
        // a whole paste with a text of its own ends as written: what stands at its end (a wire's "Reporting by",
        // the writer's name) is read there, not before the common body
        boolean ownText = titled && java.util.Arrays.stream(c.lines().split("\n\\s*\n"))
                .filter(block -> HeadReader.words(block) >= 20).count() >= 2;
        Head head = HeadOf.head((titled ? "" : HEADLINE + "\n\n") + c.lines() + (ownText ? "\n" : "\n\n" + BODY));
        List<String> authors = head.authors().stream().map(Author::name).toList();
        List<String> why = new ArrayList<>();
        if (!titled && !HEADLINE.equals(head.title())) {
            why.add("title " + head.title());
        }
        for (String e : c.expected()) {
            String value = e.substring(e.indexOf('=') + 1);
            if (e.startsWith("title=")) {
                if (!value.equals(head.title())) {
                    why.add("title " + head.title());
                }
            } else if (e.startsWith("author=")) {
                if (!List.of(value.split(",\\s*")).equals(authors)) {
                    why.add("authors " + authors);
                }
            } else if (e.startsWith("date=")) {
                if (!value.equals(head.date())) {
                    why.add("date " + head.date());
                }
            } else if (e.equals("noauthor")) {
                if (!authors.isEmpty()) {
                    why.add("authors " + authors);
                }
            } else {
                throw new IllegalArgumentException("head forms: unknown expectation " + e);
            }
        }
        return why.isEmpty() ? null : String.join("; ", why);
    }
}
