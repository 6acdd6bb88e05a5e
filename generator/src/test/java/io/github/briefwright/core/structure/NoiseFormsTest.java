package io.github.briefwright.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.model.Block;
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
 * The noise forms of {@code noise-forms.txt}: captions, related links, prompts, print and series notes, handles,
 * share and advertising lines as sites print them inside an article, written by hand (not taken from the
 * extraction corpus), and lines of text that look like them but must stay.
 */
class NoiseFormsTest {

    private static final String HEAD = "Council approves budget after long debate\n\nBy Jane Doe\nMarch 3, 2019\n\n";
    private static final String[] PARAGRAPHS = {
        "The city council voted on Tuesday to approve the new budget after a long debate that ran late into the "
                + "evening, with several members raising concerns about spending.",
        "Officials said the plan would fund road repairs, new buses and a program for young people, and that the "
                + "cost would be met without raising taxes this year.",
        "Critics argued that the figures did not add up and that the council had ignored warnings from its own "
                + "auditors about the state of the pension fund.",
        "The mayor said she would sign the budget next week and promised a review of the pension fund before the "
                + "end of the year.",
    };

    static Stream<Arguments> cases() throws IOException {
        String all;
        try (InputStream in = NoiseFormsTest.class.getResourceAsStream("noise-forms.txt")) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Arguments> cases = new ArrayList<>();
        for (String line : all.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            boolean body = line.startsWith("BODY ");
            String text = (body ? line.substring(5) : line).replace("\\n", "\n");
            cases.add(Arguments.of(Named.of(line, text), body));
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theLineLeavesTheTextOrStays(String line, boolean body) {
        String paste = HEAD + PARAGRAPHS[0] + "\n\n" + PARAGRAPHS[1] + "\n\n" + line + "\n\n" + PARAGRAPHS[2] + "\n\n"
                + PARAGRAPHS[3] + "\n";
        List<Block> blocks = HeadOf.draft(paste).blocks();
        String first = line.split("\n")[0].replaceFirst("^[•*-]\\s*", "").strip(); // a list item without its bullet
        boolean kept = blocks.stream().anyMatch(block -> block.text().contains(first));
        assertEquals(body, kept, body ? "a line of the text was removed" : "a line of noise stayed in the text");
        for (String paragraph : PARAGRAPHS) {
            assertTrue(blocks.stream().anyMatch(block -> block.text().contains(paragraph)),
                    "a paragraph of the text was lost: " + paragraph);
        }
    }
}
