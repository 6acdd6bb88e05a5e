package io.github.briefwright.hardening;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.Limits;
import io.github.briefwright.core.Problem;
import io.github.briefwright.core.analyse.Analyzer;
import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.load.SeedException;
import io.github.briefwright.core.load.SeedLoader;
import io.github.briefwright.core.model.Briefing;
import io.github.briefwright.core.model.Paragraph;
import io.github.briefwright.core.parse.Document;
import io.github.briefwright.core.parse.DocumentParser;
import io.github.briefwright.core.structure.Structurer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One seed's way through the per-seed stages (load, structure, parse, analyse), for the fuzz targets: any bytes
 * either make a briefing whose HTML is safe or are refused with a {@link SeedException}; anything else thrown
 * (a stack overflow, an index out of bounds, a parser's own exception) is a finding.
 */
final class SeedFuzzing {

    /** Small limits, so the fuzzer reaches them with short inputs. */
    static final Limits LIMITS = new Limits(64 * 1024, 4_000, 16, 50, 100, 100);

    private final Path folder;
    private final SeedLoader loader;
    private final Structurer structurer = new Structurer();
    private final DocumentParser parser = new DocumentParser(false);
    private final Analyzer analyzer = new Analyzer();

    SeedFuzzing() {
        try {
            folder = Files.createTempDirectory("briefwright-fuzz");
            // deleted in the reverse order: the seed, then its folder
            folder.toFile().deleteOnExit();
            folder.resolve("seed.md").toFile().deleteOnExit();
            folder.resolve("seed.txt").toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loader = new SeedLoader(folder, StandardCharsets.UTF_8, LIMITS);
    }

    /** The first byte chooses the format (even: Markdown, odd: a raw paste); the rest is the seed's bytes. */
    void oneSeed(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        Path file = folder.resolve((input[0] & 1) == 0 ? "seed.md" : "seed.txt");
        Files.deleteIfExists(folder.resolve("seed.md"));
        Files.deleteIfExists(folder.resolve("seed.txt"));
        Files.write(file, java.util.Arrays.copyOfRange(input, 1, input.length));
        Seed seed;
        try {
            seed = loader.load(file);
        } catch (SeedException refused) {
            return;
        }
        List<Problem> warnings = new ArrayList<>();
        Document document;
        try {
            document = parser.parse(structurer.structure(seed), LIMITS, warnings);
        } catch (SeedException refused) {
            return;
        }
        Briefing briefing = analyzer.analyse(document, LIMITS, warnings);
        briefing.sections().forEach(section -> section.paragraphs().forEach(SeedFuzzing::safe));
    }

    private static void safe(Paragraph paragraph) {
        if (paragraph.html() != null) {
            List<String> problems = SafeOutput.fragmentProblems(paragraph.html());
            assertTrue(problems.isEmpty(), () -> problems + " in " + paragraph.html());
        }
    }
}
