package io.github.briefwright.core.structure;

import io.github.briefwright.core.load.FrontMatter;
import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.load.SeedFormat;
import java.nio.file.Path;
import java.util.List;

/** The head the structure stage reads from a pasted text: for the tests of head finding. */
final class HeadOf {

    /** Two paragraphs of body text to put under a head. */
    static final String BODY = "The council met on Tuesday to discuss the budget for the coming year, "
            + "and it agreed on most points after a long debate.\n\nResidents who spoke at the meeting asked for "
            + "more money for libraries and for the repair of roads in the north.\n";

    private HeadOf() {
    }

    /** The head of {@code text} pasted as a {@code .txt} seed. */
    static Head head(String text) {
        return draft(text).head();
    }

    /** The text of a paste kept among the tests' resources, by its path under this package's folder. */
    static String paste(String resource) throws java.io.IOException {
        try (java.io.InputStream in = HeadOf.class.getResourceAsStream(resource)) {
            return new String(java.util.Objects.requireNonNull(in, resource).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** The structure of {@code text} pasted as a {@code .txt} seed. */
    static Draft draft(String text) {
        Seed seed = new Seed("a.txt", Path.of("a.txt"), SeedFormat.TXT, text, 1, FrontMatter.NONE, List.of());
        return new Structurer().structure(seed);
    }
}
