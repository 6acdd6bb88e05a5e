package io.github.briefwright.bench;

import io.github.briefwright.core.Limits;
import io.github.briefwright.core.analyse.Analyzer;
import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.load.SeedException;
import io.github.briefwright.core.load.SeedLoader;
import io.github.briefwright.core.model.Briefing;
import io.github.briefwright.core.parse.DocumentParser;
import io.github.briefwright.core.structure.Structurer;
import io.github.briefwright.corpus.CorpusPage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The CPU time of structuring, parsing and analysis of every page of the extraction corpus
 * ({@code ../shared/extraction-corpus}, both halves), in each paste variant, after warm-up. Run it with
 * {@code bench/extraction-speed.sh [--warmup N] [--runs N]}.
 *
 * <p>All pastes are made first ({@link CorpusPage#load}, not timed). Then each pass takes every paste, as
 * {@code SiteBuilder} does with a {@code .txt} seed, through {@link SeedLoader#load(Path, byte[])} (decoding and
 * text hygiene), {@link Structurer}, {@link DocumentParser} and {@link Analyzer}, one page after another on one
 * thread. A pass is timed three ways: the CPU time of that thread (the work itself), the CPU time of the whole
 * process (adds the garbage collector and the JIT compiler) and wall time. The machine may be shared, so the
 * thread CPU time is the figure to compare; the median and the best of the runs are printed.
 */
public final class ExtractionSpeed {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ExtractionSpeed() {
    }

    /** One timed pass: thread CPU, process CPU and wall time in nanoseconds, and a checksum of the work. */
    record Pass(long threadCpu, long processCpu, long wall, long paragraphs) {
    }

    public static void main(String[] args) throws SeedException {
        int warmup = 3;
        int runs = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; options: --warmup N, --runs N");
            }
        }
        if (!THREADS.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM cannot measure thread CPU time");
        }
        THREADS.setThreadCpuTimeEnabled(true);
        Path folder = CorpusPage.folder().orElseThrow(() -> new IllegalStateException(
                "no extraction corpus at ../shared/extraction-corpus from the project root (or -D"
                        + CorpusPage.PROPERTY + "=…)"));
        long start = System.nanoTime();
        List<CorpusPage> pages = CorpusPage.load(folder);
        Map<String, List<byte[]>> pastes = new LinkedHashMap<>();
        pastes.put("article area", bytes(pages, CorpusPage::articleArea));
        pastes.put("whole page", bytes(pages, CorpusPage::wholePage));
        System.out.printf(Locale.ROOT, "%d pages read and pasted in %.1f s (not timed)%n", pages.size(),
                (System.nanoTime() - start) / 1e9);
        for (Map.Entry<String, List<byte[]>> variant : pastes.entrySet()) {
            long chars = variant.getValue().stream().mapToLong(b -> b.length).sum();
            System.out.printf(Locale.ROOT, "  %-13s %5.1f MB of pastes%n", variant.getKey(), chars / 1e6);
        }

        SeedLoader loader = new SeedLoader(Path.of("pastes"), StandardCharsets.UTF_8);
        Structurer structurer = new Structurer();
        DocumentParser parser = new DocumentParser(false);
        Analyzer analyzer = new Analyzer();
        for (int w = 0; w < warmup; w++) {
            for (List<byte[]> variant : pastes.values()) {
                pass(variant, loader, structurer, parser, analyzer);
            }
        }
        System.out.printf(Locale.ROOT, "%d warm-up passes of both variants; %d timed runs, one thread%n", warmup,
                runs);

        Map<String, List<Pass>> timed = new LinkedHashMap<>();
        pastes.keySet().forEach(k -> timed.put(k, new ArrayList<>()));
        timed.put("both", new ArrayList<>());
        for (int r = 0; r < runs; r++) {
            List<Pass> both = new ArrayList<>();
            for (Map.Entry<String, List<byte[]>> variant : pastes.entrySet()) {
                Pass pass = pass(variant.getValue(), loader, structurer, parser, analyzer);
                timed.get(variant.getKey()).add(pass);
                both.add(pass);
            }
            timed.get("both").add(new Pass(both.stream().mapToLong(Pass::threadCpu).sum(),
                    both.stream().mapToLong(Pass::processCpu).sum(), both.stream().mapToLong(Pass::wall).sum(),
                    both.stream().mapToLong(Pass::paragraphs).sum()));
        }

        System.out.printf(Locale.ROOT, "%n%-14s %21s %21s %21s %10s%n", "351 pastes", "thread CPU s",
                "process CPU s", "wall s", "paragraphs");
        System.out.printf(Locale.ROOT, "%-14s %10s %10s %10s %10s %10s %10s%n", "", "median", "best", "median",
                "best", "median", "best");
        for (Map.Entry<String, List<Pass>> row : timed.entrySet()) {
            List<Pass> passes = row.getValue();
            System.out.printf(Locale.ROOT, "%-14s %10.2f %10.2f %10.2f %10.2f %10.2f %10.2f %10d%n", row.getKey(),
                    median(passes, Pass::threadCpu), best(passes, Pass::threadCpu),
                    median(passes, Pass::processCpu), best(passes, Pass::processCpu),
                    median(passes, Pass::wall), best(passes, Pass::wall), passes.get(0).paragraphs());
        }
        System.out.printf(Locale.ROOT, "load average (1, 5, 15 min): %s%n", loadAverage());
    }

    private static List<byte[]> bytes(List<CorpusPage> pages, Function<CorpusPage, String> paste) {
        return pages.stream().map(p -> paste.apply(p).getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** Every paste of a variant through the pipeline, one after another on this thread, each as a {@code .txt} seed. */
    static Pass pass(List<byte[]> pastes, SeedLoader loader, Structurer structurer, DocumentParser parser,
            Analyzer analyzer) throws SeedException {
        List<Path> names = new ArrayList<>();
        for (int i = 0; i < pastes.size(); i++) {
            names.add(Path.of("pastes", "page-" + i + ".txt"));
        }
        return pass(names, pastes, loader, structurer, parser, analyzer);
    }

    /** Every seed through the pipeline, one after another on this thread: {@code bytes} read from {@code files}. */
    static Pass pass(List<Path> files, List<byte[]> bytes, SeedLoader loader, Structurer structurer,
            DocumentParser parser, Analyzer analyzer) throws SeedException {
        long processCpu = OS.getProcessCpuTime();
        long threadCpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        long paragraphs = 0;
        for (int i = 0; i < files.size(); i++) {
            Seed seed = loader.load(files.get(i), bytes.get(i));
            List<io.github.briefwright.core.Problem> warnings = new ArrayList<>(seed.warnings());
            Briefing briefing = analyzer.analyse(parser.parse(structurer.structure(seed), Limits.DEFAULT, warnings),
                    Limits.DEFAULT, warnings);
            paragraphs += briefing.sections().stream().mapToLong(s -> s.paragraphs().size()).sum();
        }
        return new Pass(THREADS.getCurrentThreadCpuTime() - threadCpu, OS.getProcessCpuTime() - processCpu,
                System.nanoTime() - wall, paragraphs);
    }

    private static double median(List<Pass> passes, java.util.function.ToLongFunction<Pass> figure) {
        long[] values = passes.stream().mapToLong(figure).sorted().toArray();
        int n = values.length;
        return (n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0) / 1e9;
    }

    private static double best(List<Pass> passes, java.util.function.ToLongFunction<Pass> figure) {
        return passes.stream().mapToLong(figure).min().orElse(0) / 1e9;
    }

    private static String loadAverage() {
        try {
            String[] fields = java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return String.join(" ", Arrays.asList(fields).subList(0, 3));
        } catch (java.io.IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f (1 min)", OS.getSystemLoadAverage());
        }
    }
}
