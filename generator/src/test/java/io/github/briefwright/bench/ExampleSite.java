package io.github.briefwright.bench;

import io.github.briefwright.core.BuildConfig;
import io.github.briefwright.core.Reporter;
import io.github.briefwright.core.SiteBuilder;
import java.nio.file.Path;

/** Builds the example site from {@code seeds/} into the folder given as the only argument: {@code bench/screenshots.sh} uses it. */
public final class ExampleSite {

    private ExampleSite() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: ExampleSite <seed folder> <output folder>");
            System.exit(2);
        }
        new SiteBuilder(BuildConfig.builder().seedDirectory(Path.of(args[0])).outputDirectory(Path.of(args[1])).build(),
                Reporter.SILENT).build();
    }
}
