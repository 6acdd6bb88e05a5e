package io.github.briefwright.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.briefwright.core.Limits;
import io.github.briefwright.core.analyse.Analyzer;
import io.github.briefwright.core.load.FrontMatter;
import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.load.SeedException;
import io.github.briefwright.core.load.SeedFormat;
import io.github.briefwright.core.model.Author;
import io.github.briefwright.core.model.Briefing;
import io.github.briefwright.core.model.Paragraph;
import io.github.briefwright.core.model.Quote;
import io.github.briefwright.core.model.Removed;
import io.github.briefwright.core.model.Section;
import io.github.briefwright.core.model.Sentence;
import io.github.briefwright.core.parse.DocumentParser;
import io.github.briefwright.core.structure.Structurer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The structuring corpus: hand-labelled pastes imitating many kinds of source, in
 * {@code src/test/resources/corpus}. Each has a golden file of its expected structure
 * ({@code <name>.expected.json}); {@link #scores()} prints noise precision and recall and body retention over the
 * whole corpus and fails below 0.95. After a deliberate change, rewrite the golden files with
 * {@code -Dbriefwright.updateGolden=true} and review their diff.
 */
class CorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final boolean UPDATE = Boolean.getBoolean("briefwright.updateGolden");
    private static final ObjectWriter JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
            .writer();

    /** What a golden file holds: the structure, with sentences by their text rather than their anchors. */
    record Expected(String title, boolean titleDerived, String dek, List<Author> authors, String date,
            String publisher, String sourceUrl, List<ExpectedSection> sections, List<ExpectedQuote> pullQuotes,
            List<Removed> removed) {
    }

    record ExpectedSection(String heading, List<String> paragraphs) {
    }

    record ExpectedQuote(String text, String repeats) {
    }

    static List<LabelledSeed> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<LabelledSeed> seeds = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".labelled.txt")).sorted().toList()) {
                seeds.add(LabelledSeed.read(file));
            }
            return seeds;
        }
    }

    static Briefing structure(LabelledSeed labelled) {
        Seed seed = new Seed(labelled.name() + ".txt", Path.of(labelled.name() + ".txt"), SeedFormat.TXT,
                labelled.paste(), 1, FrontMatter.NONE, List.of());
        try {
            return new Analyzer().analyse(new DocumentParser(false).parse(new Structurer().structure(seed),
                    Limits.DEFAULT, new ArrayList<>()));
        } catch (SeedException e) {
            throw new AssertionError("a corpus paste cannot be read: " + e.getMessage(), e);
        }
    }

    static Expected expected(Briefing briefing) {
        List<ExpectedSection> sections = new ArrayList<>();
        for (Section section : briefing.sections()) {
            sections.add(new ExpectedSection(section.heading(),
                    section.paragraphs().stream().map(Paragraph::text).toList()));
        }
        List<ExpectedQuote> quotes = new ArrayList<>();
        for (Quote quote : briefing.pullQuotes()) {
            String repeats = briefing.sections().stream().flatMap(s -> s.paragraphs().stream())
                    .flatMap(p -> p.sentences().stream()).filter(s -> s.id().equals(quote.sentence()))
                    .map(Sentence::text).findFirst().orElse(null);
            quotes.add(new ExpectedQuote(quote.text(), repeats));
        }
        return new Expected(briefing.titleDerived() ? null : briefing.title(), briefing.titleDerived(), briefing.dek(),
                briefing.authors(), briefing.date(), briefing.source().publisher(), briefing.source().url(), sections,
                quotes, briefing.removed());
    }

    @TestFactory
    Stream<DynamicTest> everySeedMatchesItsGoldenFile() throws IOException {
        return corpus().stream().map(seed -> DynamicTest.dynamicTest(seed.name(), () -> {
            String actual = JSON.writeValueAsString(expected(structure(seed))) + "\n";
            Path golden = CORPUS.resolve(seed.name() + ".expected.json");
            if (UPDATE || !Files.exists(golden)) {
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                    "structure of " + seed.name() + " differs from " + golden);
        }));
    }

    @Test
    void scores() throws IOException {
        List<LabelledSeed> corpus = corpus();
        int body = 0;
        int kept = 0;
        int noise = 0;
        int noiseRemoved = 0;
        int removed = 0;
        int removedCorrect = 0;
        int headFields = 0;
        int headRight = 0;
        StringBuilder report = new StringBuilder(String.format("%n%-28s %9s %9s %9s  %s%n", "seed", "retention",
                "noise-P", "noise-R", "head"));
        for (LabelledSeed seed : corpus) {
            CorpusScore score = CorpusScore.of(seed, structure(seed));
            body += score.bodyBlocks();
            kept += score.bodyKept();
            noise += score.noiseBlocks();
            noiseRemoved += score.noiseRemoved();
            removed += score.removedEntries();
            removedCorrect += score.removedCorrect();
            headFields += 4;
            headRight += 4 - score.headMismatches().size();
            report.append(String.format("%-28s %9.3f %9.3f %9.3f  %d/4%n", seed.name(),
                    ratio(score.bodyKept(), score.bodyBlocks()), ratio(score.removedCorrect(), score.removedEntries()),
                    ratio(score.noiseRemoved(), score.noiseBlocks()), 4 - score.headMismatches().size()));
            score.lost().forEach(text -> report.append("    lost body: ").append(shorten(text)).append('\n'));
            score.missedNoise().forEach(text -> report.append("    kept noise: ").append(shorten(text)).append('\n'));
            score.wrongRemovals().forEach(text -> report.append("    removed: ").append(shorten(text)).append('\n'));
            score.headMismatches().forEach(text -> report.append("    head ").append(shorten(text)).append('\n'));
        }
        double retention = ratio(kept, body);
        double precision = ratio(removedCorrect, removed);
        double recall = ratio(noiseRemoved, noise);
        report.append(String.format("%-28s %9.3f %9.3f %9.3f  %.3f%n", "ALL (" + corpus.size() + " seeds)", retention,
                precision, recall, ratio(headRight, headFields)));
        report.append(String.format("body blocks %d, noise blocks %d, removed entries %d%n", body, noise, removed));
        System.out.println(report);
        assertTrue(corpus.size() >= 15, "the corpus has at least 15 seeds");
        assertTrue(retention >= 0.95, "body retention " + retention + " < 0.95" + report);
        assertTrue(precision >= 0.95, "noise precision " + precision + " < 0.95" + report);
        assertTrue(recall >= 0.95, "noise recall " + recall + " < 0.95" + report);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : part / (double) whole;
    }

    private static String shorten(String text) {
        String flat = text.replace('\n', ' ');
        return flat.length() > 110 ? flat.substring(0, 107) + "…" : flat;
    }
}
