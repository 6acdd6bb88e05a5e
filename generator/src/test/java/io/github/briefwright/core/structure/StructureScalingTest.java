package io.github.briefwright.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.briefwright.core.load.FrontMatter;
import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.load.SeedFormat;
import io.github.briefwright.testing.Growth;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The structure stage re-flows one very long hard-wrapped paragraph in time linear in its length. */
class StructureScalingTest {

    private static Seed paste(String body) {
        return new Seed("long.txt", Path.of("long.txt"), SeedFormat.TXT, body, 1, FrontMatter.NONE, List.of());
    }

    /**
     * About {@code bytes} of one paragraph, wrapped at about 70 characters, some lines ending in a hyphenated
     * word; every line is different (a repeated line would be a running header).
     */
    static String paragraph(int bytes) {
        StringBuilder text = new StringBuilder("A title line\n\n");
        String[] lines = {"and the committee heard evidence from officials on the state of inter-",
                "national trade and of the long-term plans of the ministry for the",
                "coming years, and it asked whether the self-reliance that they had",
                "promised was real or only hoped for by the people who wrote it in"};
        for (int i = 0; text.length() < bytes; i++) {
            text.append(i).append(' ').append(lines[i % lines.length]).append('\n');
        }
        return text.append("the end.\n").toString();
    }

    @Test
    void twoMegabyteParagraph() throws Exception {
        Structurer structurer = new Structurer();
        Growth.assertLinear("a hard-wrapped paragraph", 512 * 1024, n -> {
            Seed seed = paste(paragraph(n));
            return () -> assertEquals(1, structurer.structure(seed).blocks().stream()
                    .filter(b -> b.text().length() > n / 2).count());
        });
    }

    /**
     * A line without spaces whose letters change case all along it (a pasted data URI, a base64 blob) in the head:
     * the breadcrumb test that looks for where a word runs into the next reads it in time linear in its length
     * (it once kept every end of the line, quadratic in its length).
     */
    @Test
    void aLongLineOfMixedCaseInTheHead() throws Exception {
        Structurer structurer = new Structurer();
        Growth.assertLinear("a mixed-case line in the head", 64 * 1024, n -> {
            Seed seed = paste("Council approves budget after long debate\n\ndata:image/png;base64,"
                    + "aB".repeat(n / 2) + " x y z\n\nBy Jane Doe\n\n" + HeadOf.BODY);
            return () -> assertEquals("Council approves budget after long debate", structurer.structure(seed).head().title());
        });
    }
}
