package io.github.briefwright.bench;

import io.github.briefwright.core.BuildConfig;
import io.github.briefwright.core.BuildResult;
import io.github.briefwright.core.Reporter;
import io.github.briefwright.core.SiteBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The same clean build of a corpus several times in one JVM, each by a new builder into a new folder: the first is
 * what a clean {@code mvn site} pays (the JIT compilers warming up with the build), the last what the build's own work
 * costs once the code is compiled. Prints each build's wall time and time per stage. Run it with
 * {@code bench/repeated-builds.sh}.
 */
public final class RepeatedBuildBenchmark {

    private RepeatedBuildBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: RepeatedBuildBenchmark <corpus folder> <output folder prefix> [builds, default 5]");
            System.exit(2);
        }
        int builds = args.length == 3 ? Integer.parseInt(args[2]) : 5;
        for (int i = 1; i <= builds; i++) {
            Path output = Path.of(args[1] + "-" + i);
            if (Files.exists(output)) {
                System.err.println("the output folder " + output + " exists; give a new prefix");
                System.exit(2);
            }
            BuildConfig config = BuildConfig.builder().seedDirectory(Path.of(args[0])).outputDirectory(output)
                    .baseUrl("https://example.org/briefings/").siteTitle("Bench").build();
            long start = System.nanoTime();
            BuildResult result = new SiteBuilder(config, Reporter.SILENT).build();
            double seconds = (System.nanoTime() - start) / 1e9;
            StringBuilder stages = new StringBuilder();
            new TreeMap<>(result.stageMillis()).forEach((stage, millis) ->
                    stages.append(String.format(Locale.ROOT, ", %s %.2f s", stage, millis / 1000.0)));
            System.out.printf(Locale.ROOT, "build %d: %.2f s%s%n", i, seconds, stages);
        }
    }
}
