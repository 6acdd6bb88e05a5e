package io.github.briefwright.hardening;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Loads every page built from injection payloads in headless Chromium (Debian's, through its chromedriver) and
 * checks that no payload ran: every payload sets {@code window.__pwned} or opens an alert. Skipped, saying why,
 * where Chromium or chromedriver is not installed.
 */
final class PayloadsInBrowser {

    private static final Path CHROMIUM = Path.of(System.getProperty("briefwright.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("briefwright.chromedriver", "/usr/bin/chromedriver"));

    private PayloadsInBrowser() {
    }

    /** Every page of the sites where a payload ran, with what it did; empty when none ran. */
    static List<String> ran(List<Path> sites, Path profile) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium or chromedriver is not installed (apt-get install chromium chromium-driver); "
                        + "the browser half of the bad-input matrix is skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--user-data-dir=" + profile, "--allow-file-access-from-files");
        ChromeDriver browser = new ChromeDriver(
                new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
        List<String> ran = new ArrayList<>();
        int pages = 0;
        try {
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
            for (Path site : sites) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(site)) {
                    files = walk.filter(f -> f.toString().endsWith(".html")).sorted().toList();
                }
                for (Path file : files) {
                    pages++;
                    String page = file.toUri().toString();
                    try {
                        browser.get(page);
                    } catch (UnhandledAlertException e) {
                        ran.add(page + ": an alert opened: " + e.getAlertText());
                    }
                    alerts(browser, page, ran);
                    if (Boolean.TRUE.equals(browser.executeScript("return window.__pwned === true;"))) {
                        ran.add(page + ": a payload set window.__pwned");
                    }
                }
            }
        } finally {
            browser.quit();
        }
        assertTrue(pages >= sites.size(), "every site had pages");
        return ran;
    }

    /** Records and dismisses the alerts a page opened (a few at most: a payload may open one after another). */
    private static void alerts(ChromeDriver browser, String page, List<String> ran) {
        for (int i = 0; i < 5; i++) {
            try {
                var alert = browser.switchTo().alert();
                ran.add(page + ": an alert opened: " + alert.getText());
                alert.dismiss();
            } catch (NoAlertPresentException none) {
                return;
            }
        }
    }
}
