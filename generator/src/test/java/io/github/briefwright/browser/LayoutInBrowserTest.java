package io.github.briefwright.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.BuildConfig;
import io.github.briefwright.core.Reporter;
import io.github.briefwright.core.SiteBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The default theme's layout in a real browser (Debian's Chromium through Selenium), asserted as geometry, not
 * pixels: on a wide screen the text starts in the first screen with the "At a glance" rail beside it and a
 * readable measure; on a phone nothing overflows sideways and the folded panel opens from the keyboard; the
 * timeline chart fills its column; entity pages carry a picture whose links all lead to pages. Skipped, saying
 * why, where Chromium or chromedriver is not installed.
 */
class LayoutInBrowserTest {

    private static final String BRIEFING = "briefings/us-iraq-ties-after-soleimani/index.html";

    @TempDir
    static Path dir;
    static Path site;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        browser = Chromium.driver(dir.resolve("profile"), 1400, 900);
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

    /** Opens {@code page} with a viewport of exactly {@code width × height} CSS pixels. */
    private static void open(String page, int width, int height) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        browser.get(site.resolve(page).toUri().toString());
    }

    private static Object js(String script, Object... args) {
        return browser.executeScript(script, args);
    }

    private static double number(String script, Object... args) {
        return ((Number) js(script, args)).doubleValue();
    }

    /**
     * Whether an element is drawn: a box with a size and visible by CSS. (Selenium's {@code isDisplayed} calls
     * everything in a closed {@code <details>} hidden, even where the stylesheet shows it.)
     */
    private static boolean shown(WebElement element) {
        return (Boolean) js("const e = arguments[0]; const r = e.getBoundingClientRect();"
                + " return r.width > 0 && r.height > 0 && e.checkVisibility({visibilityProperty: true,"
                + " contentVisibilityAuto: true});", element);
    }

    /** {left, top, right, bottom} of an element's box in the viewport. */
    @SuppressWarnings("unchecked")
    private static double[] box(WebElement element) {
        List<Number> r = (List<Number>) js("const r = arguments[0].getBoundingClientRect();"
                + " return [r.left, r.top, r.right, r.bottom];", element);
        return r.stream().mapToDouble(Number::doubleValue).toArray();
    }

    @Test
    void onAWideScreenTheTextStartsInTheFirstScreenWithTheRailBesideIt() {
        open(BRIEFING, 1400, 900);
        WebElement paragraph = browser.findElement(By.cssSelector(".briefing-body .block"));
        WebElement rail = browser.findElement(By.cssSelector(".glance"));
        double[] text = box(paragraph);
        double[] side = box(rail);
        double viewport = number("return window.innerHeight");
        assertTrue(text[1] >= 0 && text[1] < viewport, "the first paragraph starts at " + text[1] + " of " + viewport);
        assertTrue(shown(rail));
        assertTrue(side[2] <= text[0] || side[0] >= text[2], "the rail is left or right of the text: rail "
                + List.of(side[0], side[2]) + ", text " + List.of(text[0], text[2]));
        assertTrue(side[1] < text[3] && side[3] > text[1], "the rail is beside the text, not above it");
        assertTrue(shown(browser.findElement(By.cssSelector(".glance-entities"))),
                "the rail shows people, organisations and places without being opened");
        assertEquals("sticky", rail.getCssValue("position"));
        assertEquals("auto", rail.getCssValue("overflow-y"), "the rail scrolls on its own");
        js("window.scrollTo(0, 2000)");
        double[] scrolled = box(rail);
        assertTrue(scrolled[1] >= 0 && scrolled[1] < 40, "the rail stays in view when the page scrolls: " + scrolled[1]);
        assertTrue(scrolled[3] <= viewport + 1, "the rail fits the screen: " + scrolled[3]);
    }

    @Test
    void onAWideScreenTheTextColumnHoldsSixtyToSeventyFiveCharactersALine() {
        open(BRIEFING, 1400, 900);
        WebElement paragraph = browser.findElement(By.cssSelector(".briefing-body p.block"));
        // the paragraph's own text set on one line in the same font: its width over its length is the average
        // width of a character of this text
        double average = number("const p = arguments[0]; const probe = document.createElement('span');"
                + " probe.style.whiteSpace = 'nowrap'; probe.textContent = p.textContent.replace(/\\s+/g, ' ').trim();"
                + " p.appendChild(probe); const w = probe.getBoundingClientRect().width; probe.remove();"
                + " return w / probe.textContent.length;", paragraph);
        double width = number("const s = getComputedStyle(arguments[0]); return arguments[0].clientWidth"
                + " - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);", paragraph);
        double measure = width / average;
        assertTrue(measure >= 60 && measure <= 75, "characters a line: " + measure);
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", BRIEFING, "briefings/field-notes-water-rights/index.html",
        "briefings/grid-storage-memo/index.html", "entities/index.html", "entities/iraq/index.html",
        "timeline/index.html", "tags/index.html", "search/index.html", "404.html"})
    void onAPhoneNothingOverflowsSideways(String page) {
        open(page, 390, 844);
        double scrollWidth = number("return document.documentElement.scrollWidth");
        double innerWidth = number("return window.innerWidth");
        assertTrue(scrollWidth <= innerWidth, page + " is " + scrollWidth + " px wide in a " + innerWidth + " px screen");
    }

    @Test
    void onAPhoneThePanelIsFoldedAndOpensFromTheKeyboard() {
        open(BRIEFING, 390, 844);
        WebElement more = browser.findElement(By.cssSelector(".glance details.glance-more"));
        WebElement entities = more.findElement(By.cssSelector(".glance-entities"));
        assertTrue(shown(browser.findElement(By.cssSelector(".glance .summary"))), "the summary shows");
        assertTrue(shown(browser.findElement(By.cssSelector(".glance .key-points"))), "the key points show");
        assertFalse(shown(entities), "the rest is folded");
        WebElement control = more.findElement(By.tagName("summary"));
        js("arguments[0].focus()", control);
        assertEquals(control, browser.switchTo().activeElement(), "the control takes the focus");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        assertTrue(shown(entities), "Enter opens the panel");
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        new Actions(browser).pause(Duration.ofMillis(100)).perform();
        assertFalse(shown(entities), "Space closes it");
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        new Actions(browser).pause(Duration.ofMillis(100)).perform();
        assertTrue(shown(entities), "and opens it again");
    }

    @Test
    void onAMiddleScreenThePanelIsAboveTheTextAndFolded() {
        open(BRIEFING, 1000, 800);
        double[] panel = box(browser.findElement(By.cssSelector(".glance")));
        double[] text = box(browser.findElement(By.cssSelector(".briefing-body .block")));
        assertTrue(panel[3] <= text[1], "the panel ends above the text");
        assertFalse(shown(browser.findElement(By.cssSelector(".glance-entities"))), "folded");
        assertTrue(shown(browser.findElement(By.cssSelector(".glance-more > summary"))), "with its control");
    }

    @Test
    void theTimelineChartFillsTheColumnWithLabelledYearsAndReachableItems() {
        open("timeline/index.html", 1400, 900);
        double chart = box(browser.findElement(By.cssSelector(".timeline-chart svg")))[2]
                - box(browser.findElement(By.cssSelector(".timeline-chart svg")))[0];
        double[] column = box(browser.findElement(By.cssSelector(".timeline-year")));
        assertTrue(chart >= 0.9 * (column[2] - column[0]), "chart " + chart + " px in a column of " + (column[2] - column[0]));
        assertTrue(browser.findElements(By.cssSelector(".timeline-chart text.chart-label")).size() >= 3, "labelled years");
        List<WebElement> items = browser.findElements(By.cssSelector(".timeline-chart a.chart-item"));
        assertTrue(items.size() >= 2);
        WebElement item = items.get(0);
        assertFalse(item.findElement(By.tagName("title")).getAttribute("textContent").isBlank(), "each item has a title");
        WebElement tip = item.findElement(By.cssSelector(".chart-tip"));
        assertEquals("hidden", tip.getCssValue("visibility"));
        // the first Tab stops of the chart are its items
        js("document.querySelector('nav.site-nav a:last-child').focus()");
        WebElement focused = null;
        for (int i = 0; i < 20 && (focused == null || !focused.equals(item)); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            focused = browser.switchTo().activeElement();
        }
        assertEquals(item, focused, "the chart's items are reachable with Tab");
        assertEquals("visible", tip.getCssValue("visibility"), "a focused item shows its caption");
        String href = item.getDomAttribute("href");
        assertTrue(href.contains("#s-"), href);
    }

    @Test
    void aBriefingsChartFillsTheRail() {
        open("briefings/grid-storage-memo/index.html", 1400, 900);
        double[] chart = box(browser.findElement(By.cssSelector(".glance .timeline-chart svg")));
        double inner = number("const g = arguments[0]; const s = getComputedStyle(g);"
                + " return g.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);",
                browser.findElement(By.cssSelector(".glance")));
        assertTrue(chart[2] - chart[0] >= 0.9 * inner, "chart " + (chart[2] - chart[0]) + " px in a rail of " + inner);
    }

    @Test
    void everyEntityPageWithCompanionsHasAPictureWhoseLinksLeadToPages() throws Exception {
        List<Path> pages;
        try (Stream<Path> files = Files.list(site.resolve("entities"))) {
            pages = files.filter(Files::isDirectory).map(d -> d.resolve("index.html")).sorted().toList();
        }
        assertFalse(pages.isEmpty());
        int pictures = 0;
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            String html = Files.readString(page);
            if (!html.contains("Often mentioned with")) {
                continue;
            }
            open(site.relativize(page).toString().replace('\\', '/'), 1400, 900);
            WebElement picture = browser.findElement(By.cssSelector("figure.companion-picture svg"));
            double[] box = box(picture);
            assertTrue(box[2] - box[0] > 200 && box[3] - box[1] > 100, page + ": the picture is drawn " + List.of(box[2] - box[0], box[3] - box[1]));
            List<WebElement> links = picture.findElements(By.cssSelector("a"));
            assertFalse(links.isEmpty(), page + ": the picture links to the entities around it");
            for (WebElement link : links) {
                String href = link.getAttribute("href");
                Path target = page.getParent().resolve(link.getDomAttribute("href")).normalize();
                if (!target.startsWith(site) || !Files.isRegularFile(target)) {
                    broken.add(page + " -> " + href);
                }
            }
            pictures++;
        }
        assertTrue(pictures > 0, "no entity page has a picture");
        assertEquals(List.of(), broken, "links in pictures that lead nowhere");
    }
}
