package io.github.briefwright.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core is a library of its own: no Maven or Plexus types, and nothing from the plugin package. */
class CoreBoundaryTest {

    private static final Pattern FORBIDDEN =
            Pattern.compile("^\\s*import\\s+(static\\s+)?(org\\.apache\\.maven|org\\.codehaus\\.plexus|io\\.github\\.briefwright\\.maven)\\b",
                    Pattern.MULTILINE);

    @Test
    void coreSourcesImportNothingFromMaven() throws IOException {
        Path core = Path.of("src/main/java/io/github/briefwright/core");
        List<Path> sources;
        try (Stream<Path> files = Files.walk(core)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertTrue(sources.size() > 10, "core sources not found at " + core.toAbsolutePath());
        List<String> offenders = sources.stream().filter(file -> {
            try {
                return FORBIDDEN.matcher(Files.readString(file)).find();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).map(Path::toString).toList();
        assertEquals(List.of(), offenders);
    }
}
