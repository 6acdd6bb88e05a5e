package io.github.briefwright.core.load;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The two kinds of seed: a raw paste and a Markdown note. */
public enum SeedFormat {
    /** Raw text pasted as it came; structure is inferred. */
    TXT,
    /** CommonMark with optional YAML front matter. */
    MD;

    /** The format of a file by its extension, if it is a seed at all. */
    public static Optional<SeedFormat> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".")) {
            return Optional.empty();
        }
        if (name.endsWith(".txt")) {
            return Optional.of(TXT);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Optional.of(MD);
        }
        return Optional.empty();
    }
}
