package io.github.briefwright.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.BuildConfig;
import io.github.briefwright.core.Reporter;
import io.github.briefwright.core.SiteBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of the example site is valid HTML by the W3C Nu Html Checker ({@code nu.validator:validator}), run
 * as its own command line on the test class path: 0 errors. The site is built with a base URL so that the pages
 * that only exist then (sitemap, canonical links) are checked too.
 */
class HtmlValidityTest {

    @TempDir
    Path dir;

    @Test
    void everyPageOfTheExampleSiteIsValidHtml() throws Exception {
        Path site = dir.resolve("site");
        new SiteBuilder(BuildConfig.builder().seedDirectory(Path.of("../seeds")).outputDirectory(site)
                .baseUrl("https://example.org/briefings/").build(), Reporter.SILENT).build();
        List<String> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).map(Path::toString).sorted().toList();
        }
        assertTrue(pages.size() > 20, "pages to check: " + pages.size());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "nu.validator.client.SimpleCommandLineValidator",
                "--errors-only", "--format", "gnu"));
        command.addAll(pages);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("the Nu Html Checker did not finish");
        }
        assertEquals("", report.strip(), "the Nu Html Checker found errors");
        assertEquals(0, process.exitValue(), report);
    }
}
