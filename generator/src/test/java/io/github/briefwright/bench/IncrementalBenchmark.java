package io.github.briefwright.bench;

import io.github.briefwright.core.BuildConfig;
import io.github.briefwright.core.BuildResult;
import io.github.briefwright.core.Reporter;
import io.github.briefwright.core.SiteBuilder;
import io.github.briefwright.core.serve.PreviewServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Times what a user waits for once a site is built: a no-change rebuild in a new JVM (as a new {@code mvn} run),
 * and, in the preview server, the time from saving an edited seed to the rebuilt site. Each mode runs in a JVM of
 * its own; {@code bench/incremental.sh} runs them in turn on a generated corpus.
 *
 * <p>Usage: {@code IncrementalBenchmark <fill|again|serve> <seed folder> <work folder> [edits]}:
 * {@code fill} builds the site and fills the cache; {@code again} rebuilds with nothing changed; {@code serve}
 * starts the preview server on the built site and edits a seed {@code edits} times (default 5), a different
 * seed each time, timing each from the save to the server's new version.
 */
public final class IncrementalBenchmark {

    private IncrementalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        if (args.length < 3) {
            System.err.println("usage: IncrementalBenchmark <fill|again|serve> <seed folder> <work folder> [edits]");
            System.exit(2);
        }
        Path seeds = Path.of(args[1]);
        Path work = Path.of(args[2]);
        BuildConfig config = BuildConfig.builder().seedDirectory(seeds).outputDirectory(work.resolve("site"))
                .projectDirectory(work).baseUrl("https://example.org/").cacheDirectory(work.resolve("cache"))
                .build();
        switch (args[0]) {
            case "fill", "again" -> {
                BuildResult result = new SiteBuilder(config, Reporter.SILENT).build();
                long jvmMillis = (System.nanoTime() - start) / 1_000_000;
                Map<String, Long> millis = result.stageMillis();
                System.out.printf("%-6s build %6d ms (in this JVM since main: %6d ms; seeds %d ms, plan %d ms, "
                        + "render+write %d ms): %d of %d files written, %d seeds analysed, %d from the cache%n",
                        args[0], millis.get("total"), jvmMillis, millis.get("seeds"), millis.get("plan"),
                        millis.get("render+write"), result.pagesWritten(), result.pages(), result.seedsAnalysed(),
                        result.seedsCached());
            }
            case "serve" -> serve(config, seeds, args.length > 3 ? Integer.parseInt(args[3]) : 5);
            case "edit" -> edit(config, seeds, args.length > 3 ? Integer.parseInt(args[3]) : 5);
            default -> {
                System.err.println("unknown mode " + args[0]);
                System.exit(2);
            }
        }
    }

    /** Edits seeds one after another and rebuilds with one builder, as the preview server does, with stage times. */
    private static void edit(BuildConfig config, Path seeds, int edits) throws Exception {
        List<Path> files = markdown(seeds);
        // the preview server's builder, as serve uses it, without the server and its watcher
        SiteBuilder builder = SiteBuilder.forPreview(config, Reporter.SILENT);
        builder.build();
        // the first edit after a start reads every seed into the builder; the others are what serve does all day
        Path first = files.get(files.size() / 2);
        String original = Files.readString(first);
        Files.writeString(first, original + "\nA first edit.\n");
        builder.build();
        Files.writeString(first, original);
        builder.build();
        // -Dbench.jfr=FILE records a profile of the edits alone
        String jfr = System.getProperty("bench.jfr");
        jdk.jfr.Recording recording = null;
        if (jfr != null) {
            recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            recording.start();
        }
        // the process's CPU time (every thread: the build's, the collector's, the compiler's, the background
        // work after a build) from one edit's save to the next one's, with the undoing build: less shaken than
        // wall time by other work on a shared machine
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        List<Long> cpu = new ArrayList<>();
        for (int i = 0; i < edits; i++) {
            Path file = files.get((i * 7919) % files.size());
            String text = Files.readString(file);
            long cpuBefore = os.getProcessCpuTime();
            Files.writeString(file, text + "\nAn added sentence, edit " + i + ", names Basra and the World Bank.\n");
            BuildResult result = builder.build();
            System.out.printf("edit   %d: %s; %d of %d files written%n", i + 1, result.stageMillis(),
                    result.pagesWritten(), result.pages());
            Files.writeString(file, text);
            builder.build();
            cpu.add((os.getProcessCpuTime() - cpuBefore) / 1_000_000);
        }
        List<Long> later = cpu.subList(cpu.size() / 2, cpu.size()).stream().sorted().toList();
        System.out.printf("edit   CPU per edit and its undoing, later half: median %d ms, best %d ms (all: %s)%n",
                later.get(later.size() / 2), later.get(0), cpu);
        if (recording != null) {
            recording.stop();
            recording.dump(Path.of(jfr));
        }
    }

    private static List<Path> markdown(Path seeds) throws java.io.IOException {
        try (Stream<Path> walk = Files.walk(seeds)) {
            return walk.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
    }

    /** Edits seeds one after another in a running preview server, timing each from the save to the rebuilt site. */
    private static void serve(BuildConfig config, Path seeds, int edits) throws Exception {
        List<Path> files = markdown(seeds);
        Reporter quiet = new Reporter() {
            @Override
            public void info(String message) {
                if (message.startsWith("Rebuilt")) {
                    System.out.println("  server: " + message);
                }
            }

            @Override
            public void warn(String message) {
            }
        };
        long started = System.nanoTime();
        try (PreviewServer server = PreviewServer.start(config, "127.0.0.1", 0, quiet)) {
            System.out.printf("serve  first build (new JVM, site and cache there): %d ms%n",
                    (System.nanoTime() - started) / 1_000_000);
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < edits; i++) {
                Path file = files.get((i * 7919) % files.size());
                String text = Files.readString(file);
                long before = server.version();
                long saved = System.nanoTime();
                Files.writeString(file, text + "\nAn added sentence, edit " + i + ", names Basra and the World Bank.\n");
                while (server.version() == before) {
                    Thread.sleep(2);
                }
                long millis = (System.nanoTime() - saved) / 1_000_000;
                times.add(millis);
                System.out.printf("serve  edit %d (%s): %d ms from save to rebuilt site%n", i + 1,
                        seeds.relativize(file), millis);
                Files.writeString(file, text);
                long restored = server.version();
                while (server.version() == restored) {
                    Thread.sleep(2);
                }
            }
            List<Long> sorted = times.stream().sorted().toList();
            System.out.printf("serve  median %d ms, best %d ms, worst %d ms over %d edits%n", sorted.get(sorted.size() / 2),
                    sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
        }
    }
}
