package io.github.briefwright.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, run as a command: loads a page, runs its scripts, prints the resulting DOM. Tests
 * that need it are skipped, saying why, where it is not installed ({@code .ci/run} installs it).
 */
final class Chromium {

    private static final Path BINARY = Path.of(System.getProperty("briefwright.chromium", "/usr/bin/chromium"));

    private static final Path CHROMEDRIVER = Path.of(System.getProperty("briefwright.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    /**
     * Chromium driven through chromedriver (Selenium), headless, with a new profile in {@code profile} and a window
     * of the given size; the test is skipped, saying why, where either program is missing.
     */
    static ChromeDriver driver(Path profile, int width, int height) {
        assumeInstalled();
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER),
                "chromedriver is not installed at " + CHROMEDRIVER + " (apt-get install chromium-driver); browser tests skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        ChromeDriver browser = new ChromeDriver(
                new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }

    static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(BINARY),
                "Chromium is not installed at " + BINARY + " (apt-get install chromium); browser tests skipped");
    }

    /** The page's DOM once loaded and its scripts have run. */
    static String dumpDom(String url, Path profile) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + profile, "--virtual-time-budget=3000", "--dump-dom", url))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] dom = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("Chromium did not finish loading " + url);
        }
        return new String(dom, StandardCharsets.UTF_8);
    }
}
