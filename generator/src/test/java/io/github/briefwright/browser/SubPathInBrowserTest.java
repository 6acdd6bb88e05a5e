package io.github.briefwright.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.briefwright.core.BuildConfig;
import io.github.briefwright.core.Reporter;
import io.github.briefwright.core.SiteBuilder;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import java.util.logging.Level;

/**
 * The site served by a plain web server under a sub-path ({@code /any/sub/path/}) on 127.0.0.1: pages, styles
 * and scripts load, navigation between pages stays under the sub-path, and no request misses.
 */
class SubPathInBrowserTest {

    private static final String PREFIX = "/any/sub/path/";
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("briefwright.chromedriver", "/usr/bin/chromedriver"));

    @TempDir
    static Path dir;
    static HttpServer server;
    static ChromeDriver browser;
    static final List<String> missing = new CopyOnWriteArrayList<>();
    static String base;

    @BeforeAll
    static void serve() throws Exception {
        Chromium.assumeInstalled();
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER), "chromedriver is not installed; browser tests skipped");
        Path site = dir.resolve("site");
        new SiteBuilder(BuildConfig.builder().seedDirectory(Path.of("../seeds")).outputDirectory(site).build(),
                Reporter.SILENT).build();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Path file = path.startsWith(PREFIX) ? site.resolve(path.substring(PREFIX.length())).normalize() : null;
            if (file != null && Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (file == null || !file.startsWith(site) || !Files.isRegularFile(file)) {
                missing.add(path);
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".css") ? "text/css"
                    : name.endsWith(".js") ? "text/javascript" : name.endsWith(".json") ? "application/json"
                    : "text/html; charset=utf-8");
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX;
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--user-data-dir=" + dir.resolve("profile"), "--window-size=1280,1000");
        // the browser's own log of every request the pages make, to see that none goes to another host
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
                options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void navigationStaysUnderTheSubPathAndEverythingLoads() {
        browser.get(base);
        assertEquals("rgba(29, 29, 31, 1)", browser.findElement(By.tagName("body")).getCssValue("color"), "stylesheet loaded");
        browser.findElement(By.cssSelector(".briefing-list a")).click();
        assertTrue(browser.getCurrentUrl().startsWith(base + "briefings/"), browser.getCurrentUrl());
        browser.findElement(By.cssSelector(".site-nav a[href$='timeline/index.html']")).click();
        assertEquals(base + "timeline/index.html", browser.getCurrentUrl());
        browser.findElement(By.cssSelector(".site-nav a[href$='search/index.html']")).click();
        browser.findElement(By.id("search-input")).sendKeys("Soleimani");
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(5))
                .until(d -> !d.findElements(By.cssSelector("#search-results a")).isEmpty());
        browser.findElement(By.cssSelector("#search-results a")).click();
        assertEquals(base + "briefings/us-iraq-ties-after-soleimani/index.html", browser.getCurrentUrl());
        assertEquals(List.of(), missing.stream().filter(p -> !p.endsWith("favicon.ico")).toList(), "requests that missed");
        List<String> requested = browser.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
                .map(LogEntry::getMessage).filter(m -> m.contains("\"Network.requestWillBeSent\""))
                .map(m -> m.replaceAll("(?s).*?\"request\":\\{.*?\"url\":\"([^\"]*)\".*", "$1")).toList();
        assertTrue(requested.size() > 5, "requests seen: " + requested);
        // what the pages ask for over the network (the browser's own chrome:// pages aside) is all from the site's server
        assertEquals(List.of(), requested.stream().filter(url -> url.matches("(?i)(https?|wss?|ftp):.*"))
                .filter(url -> !url.startsWith("http://127.0.0.1:" + server.getAddress().getPort() + "/")).toList(),
                "requests to another host");
    }
}
