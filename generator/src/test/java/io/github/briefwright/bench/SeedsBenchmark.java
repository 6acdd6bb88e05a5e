package io.github.briefwright.bench;

import io.github.briefwright.core.Limits;
import io.github.briefwright.core.Problem;
import io.github.briefwright.core.analyse.Analyzer;
import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.load.SeedLoader;
import io.github.briefwright.core.model.Briefing;
import io.github.briefwright.core.parse.DocumentParser;
import io.github.briefwright.core.structure.Structurer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        SeedLoader loader = new SeedLoader(folder, StandardCharsets.UTF_8);
        Structurer structurer = new Structurer();
        DocumentParser parser = new DocumentParser(false);
        Analyzer analyzer = new Analyzer();
        List<Double> timed = new ArrayList<>();
        for (int pass = 0; pass < WARMUP + TIMED; pass++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long items = 0;
            for (int i = 0; i < files.size(); i++) {
                Seed seed = loader.load(files.get(i), bytes.get(i));
                List<Problem> warnings = new ArrayList<>(seed.warnings());
                Briefing briefing = analyzer.analyse(parser.parse(structurer.structure(seed), Limits.DEFAULT, warnings),
                        Limits.DEFAULT, warnings);
                items += briefing.timeline().size() + briefing.entities().size();
            }
            double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            if (pass >= WARMUP) {
                timed.add(seconds);
            }
            System.out.printf(Locale.ROOT, "pass %d%s: %.3f s of CPU for %d seeds (%d dated items and entities)%n",
                    pass + 1, pass < WARMUP ? " (warm-up)" : "", seconds, files.size(), items);
        }
        Collections.sort(timed);
        System.out.printf(Locale.ROOT, "median %.3f s, best %.3f s: %.2f ms a seed%n", timed.get(timed.size() / 2),
                timed.get(0), 1000 * timed.get(timed.size() / 2) / files.size());
    }
}
