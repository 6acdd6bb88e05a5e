package io.github.briefwright.bench;

import io.github.briefwright.core.BuildConfig;
import io.github.briefwright.core.BuildResult;
import io.github.briefwright.core.Reporter;
import io.github.briefwright.core.SiteBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Times builds of a generated corpus ({@code ../shared/bench/gen-corpus.py N DIR}) without and with the cache of
 * analysed seeds: a clean build, the build that fills the cache, and rebuilds by a new builder each time (as a new
 * {@code mvn} run would do) without the cache, into an emptied cache and with the cache warm; the JVM stays warm,
 * so best of several, interleaved. Run it with {@code bench/cache.sh}.
 *
 * <p>Usage: {@code CacheBenchmark <seed folder> <work folder> [rounds]}.
 */
public final class CacheBenchmark {

    private CacheBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: CacheBenchmark <seed folder> <work folder> [rounds]");
            System.exit(2);
        }
        Path seeds = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path out = work.resolve("site");
        Path cache = work.resolve("briefwright-cache");
        delete(cache);
        BuildConfig.Builder config = BuildConfig.builder().seedDirectory(seeds).outputDirectory(out)
                .projectDirectory(work).baseUrl("https://example.org/");

        print("first build, no cache (cold JVM)", build(config.cacheDirectory(null)));
        print("build that fills the cache", build(config.cacheDirectory(cache)));
        // interleaved, so that a change in the machine's load falls on both alike
        Run without = null;
        Run filling = null;
        Run with = null;
        for (int i = 0; i < rounds; i++) {
            without = better(without, build(config.cacheDirectory(null)));
            delete(cache);
            filling = better(filling, build(config.cacheDirectory(cache)));
            with = better(with, build(config.cacheDirectory(cache)));
        }
        print("no-change rebuild, no cache (best of " + rounds + ")", without);
        print("rebuild into an empty cache (best of " + rounds + ")", filling);
        print("no-change rebuild, warm cache (best of " + rounds + ")", with);
        long bytes;
        try (Stream<Path> files = Files.list(cache)) {
            bytes = files.mapToLong(file -> file.toFile().length()).sum();
        }
        System.out.printf("cache: %.1f MB%n", bytes / 1e6);
    }

    /** A build's result and the CPU time the whole process spent on it (all threads). */
    private record Run(BuildResult result, long cpuMillis) {
    }

    private static Run build(BuildConfig.Builder config) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        BuildResult result = new SiteBuilder(config.build(), Reporter.SILENT).build();
        return new Run(result, (os.getProcessCpuTime() - cpu) / 1_000_000);
    }

    private static Run better(Run best, Run next) {
        return best == null || next.result().stageMillis().get("total") < best.result().stageMillis().get("total")
                ? next : best;
    }

    private static void print(String what, Run run) {
        BuildResult result = run.result();
        Map<String, Long> millis = result.stageMillis();
        System.out.printf("%-44s total %6d ms  seeds %6d ms  render+write %6d ms  cpu %6d ms  (%d analysed, %d cached)%n",
                what, millis.get("total"), millis.getOrDefault("seeds", -1L), millis.getOrDefault("render+write", -1L),
                run.cpuMillis(), result.seedsAnalysed(), result.seedsCached());
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
