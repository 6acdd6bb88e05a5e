package io.github.briefwright.bench;

import io.github.briefwright.core.analyse.Analyzer;
import io.github.briefwright.core.load.SeedLoader;
import io.github.briefwright.core.parse.DocumentParser;
import io.github.briefwright.core.structure.Structurer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The per-seed stages of a build (loading, structuring, parsing, analysis) of a folder of seeds, on one thread,
 * after warm-up: the work a clean build does for each seed, without the JIT compiler's start, the other seeds'
 * threads or the garbage of the rest of the build. Prints each pass's thread CPU time and the median and best of
 * the timed ones. Run it with {@code bench/seeds.sh FOLDER [COUNT]}, for instance on the generated corpus.
 */
public final class SeedsBenchmark {

    private static final int WARMUP = 3;
    private static final int TIMED = 5;

    private SeedsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SeedsBenchmark <seed folder> [how many seeds, default all]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        int most = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).sorted()
                    .limit(most).toList();
        }
        List<byte[]> bytes = new ArrayList<>();
        for (Path file : files) {
            bytes.add(Files.readAllBytes(file));
        }
        SeedLoader loader = new SeedLoader(folder, StandardCharsets.UTF_8);
        Structurer structurer = new Structurer();
        DocumentParser parser = new DocumentParser(false);
        Analyzer analyzer = new Analyzer();
        List<Double> timed = new ArrayList<>();
        for (int pass = 0; pass < WARMUP + TIMED; pass++) {
            ExtractionSpeed.Pass done = ExtractionSpeed.pass(files, bytes, loader, structurer, parser, analyzer);
            double seconds = done.threadCpu() / 1e9;
            if (pass >= WARMUP) {
                timed.add(seconds);
            }
            System.out.printf(Locale.ROOT, "pass %d%s: %.3f s of CPU for %d seeds (%d paragraphs)%n", pass + 1,
                    pass < WARMUP ? " (warm-up)" : "", seconds, files.size(), done.paragraphs());
        }
        Collections.sort(timed);
        System.out.printf(Locale.ROOT, "median %.3f s, best %.3f s: %.2f ms a seed%n", timed.get(timed.size() / 2),
                timed.get(0), 1000 * timed.get(timed.size() / 2) / files.size());
    }
}
