package io.github.briefwright.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.github.briefwright.core.BuildConfig;
import io.github.briefwright.core.Reporter;
import io.github.briefwright.core.SiteBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The example site in a real browser (Debian's Chromium driven by its chromedriver through Selenium): an axe-core
 * audit of every kind of page finds no serious or critical accessibility violation, at 1400×900 and 390×844, in
 * light and dark colour schemes, and a margin note opens on a narrow screen. Skipped, saying why, where Chromium or chromedriver is not installed.
 */
class PagesInBrowserTest {


    @TempDir
    static Path dir;
    static Path site;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        browser = Chromium.driver(dir.resolve("profile"), 1280, 1000);
        site = dir.resolve("site");
        new SiteBuilder(BuildConfig.builder().seedDirectory(Path.of("../seeds")).outputDirectory(site).build(),
                Reporter.SILENT).build();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    static Stream<Arguments> pagesAtEachWidthInLightAndDark() {
        List<String> pages = List.of("index.html", "briefings/us-iraq-ties-after-soleimani/index.html",
                "briefings/field-notes-water-rights/index.html", "briefings/grid-storage-memo/index.html",
                "entities/index.html", "entities/iraq/index.html", "tags/index.html", "tags/energy/index.html",
                "timeline/index.html", "search/index.html", "404.html");
        return pages.stream().flatMap(page -> Stream.of("1400x900", "390x844").flatMap(size ->
                Stream.of("light", "dark").map(scheme -> Arguments.of(page, size, scheme))));
    }

    @ParameterizedTest(name = "{0} at {1}, {2}")
    @MethodSource("pagesAtEachWidthInLightAndDark")
    void noSeriousOrCriticalAccessibilityViolations(String page, String size, String scheme) {
        String[] wh = size.split("x");
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", Integer.parseInt(wh[0]),
                "height", Integer.parseInt(wh[1]), "deviceScaleFactor", 1, "mobile", false));
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        List<Rule> bad;
        try {
            browser.get(site.resolve(page).toUri().toString());
            Results results = new AxeBuilder().analyze(browser);
            bad = results.getViolations().stream()
                    .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())).toList();
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
        assertTrue(bad.isEmpty(), page + " at " + size + ", " + scheme + ":\n" + bad.stream().map(rule -> rule.getImpact() + " " + rule.getId() + ": "
                + rule.getHelp() + " at " + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                .collect(Collectors.joining(", "))).collect(Collectors.joining("\n")));
    }

    @Test
    void aMarginNoteOpensOnANarrowScreen() {
        browser.manage().window().setSize(new Dimension(400, 900));
        browser.get(site.resolve("briefings/field-notes-water-rights/index.html").toUri().toString());
        WebElement note = browser.findElement(By.id("note-1"));
        assertFalse(note.isDisplayed(), "closed at first on a narrow screen");
        browser.findElement(By.cssSelector("label[for=note-toggle-1]")).click();
        assertTrue(note.isDisplayed(), "open after a tap on its number");
        assertTrue(note.getText().contains("fixed turn at the canal gate"));
        browser.manage().window().setSize(new Dimension(1400, 900));
        browser.navigate().refresh();
        assertTrue(browser.findElement(By.id("note-1")).isDisplayed(), "in the margin on a wide screen");
    }

    @Test
    void searchWorksWhenTyping() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(site.resolve("search/index.html").toUri().toString());
        browser.findElement(By.id("search-input")).sendKeys("OPEC");
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(5))
                .until(d -> !d.findElements(By.cssSelector("#search-results a")).isEmpty());
        assertEquals("1 briefing matches.", browser.findElement(By.id("search-status")).getText());
    }
}
