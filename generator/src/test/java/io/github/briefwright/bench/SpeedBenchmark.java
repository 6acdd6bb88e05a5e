package io.github.briefwright.bench;

import io.github.briefwright.core.BuildConfig;
import io.github.briefwright.core.BuildResult;
import io.github.briefwright.core.Reporter;
import io.github.briefwright.core.SiteBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * One clean build of a corpus into a new folder, in this JVM: prints the wall time, the time per stage and the
 * peak resident memory (VmHWM) of the process. Run it with {@code bench/speed.sh}, which also builds the same
 * corpus with Hugo and prints the ratio.
 */
public final class SpeedBenchmark {

    private SpeedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: SpeedBenchmark <corpus folder> <output folder, replaced>");
            System.exit(2);
        }
        Path output = Path.of(args[1]);
        if (Files.exists(output)) {
            System.err.println("the output folder " + output + " exists; give a new one");
            System.exit(2);
        }
        // with -Dbench.cache=true, as a Maven build after "mvn clean" runs: an empty cache folder beside the output
        // (as target/briefwright-cache), which the build fills and from which it reads briefings again when memory
        // runs short; without it, no cache and every briefing held in memory
        Path cache = Boolean.getBoolean("bench.cache") ? output.resolveSibling(output.getFileName() + "-cache") : null;
        if (cache != null && Files.exists(cache)) {
            System.err.println("the cache folder " + cache + " exists; give a new output folder");
            System.exit(2);
        }
        BuildConfig config = BuildConfig.builder().seedDirectory(Path.of(args[0])).outputDirectory(output)
                .baseUrl("https://example.org/briefings/").siteTitle("Bench").cacheDirectory(cache).build();
        long start = System.nanoTime();
        SiteBuilder builder = new SiteBuilder(config, Reporter.SILENT);
        BuildResult result = builder.build();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long live = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
        if (Boolean.getBoolean("bench.histogram")) { // what the heap holds after the build: -Dbench.histogram=true
            new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                    .inheritIO().start().waitFor();
        }
        java.lang.ref.Reference.reachabilityFence(builder);
        System.out.printf(Locale.ROOT, "briefwright: %d briefings, %d entities, %d files%n", result.briefings(),
                result.entities(), result.pages());
        for (Map.Entry<String, Long> stage : new java.util.TreeMap<>(result.stageMillis()).entrySet()) {
            System.out.printf(Locale.ROOT, "briefwright stage %-14s %8.2f s%n", stage.getKey(), stage.getValue() / 1000.0);
        }
        System.out.printf(Locale.ROOT, "briefwright peak RSS %d MB; heap in use after the build %d MB (the builder "
                + "keeps summaries, and briefings softly, for the next build)%n", peakRssKb() / 1024, live);
        System.out.printf(Locale.ROOT, "briefwright seconds %.2f%n", seconds);
    }

    /** The process's peak resident set in kB (Linux), or -1. */
    private static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return -1;
    }
}
