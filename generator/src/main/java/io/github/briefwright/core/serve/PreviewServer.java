package io.github.briefwright.core.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.briefwright.core.BuildConfig;
import io.github.briefwright.core.BuildException;
import io.github.briefwright.core.Problem;
import io.github.briefwright.core.Reporter;
import io.github.briefwright.core.SiteBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A preview of the site while it is written: builds it, serves the output folder on a local address, watches
 * the seeds, the templates and the glossary, rebuilds when they change and makes open pages reload. A failed
 * build is shown in the page instead of a stale site. Requests outside the site folder ({@code ..}, encoded or
 * not, and links that lead out) are refused. Stop it with {@link #close()}.
 */
public final class PreviewServer implements AutoCloseable {

    static final String RELOAD_PATH = "/__briefwright/version";
    static final String SCRIPT_PATH = "/__briefwright/reload.js";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css",
            "js", "text/javascript", "json", "application/json", "xml", "application/xml", "svg", "image/svg+xml",
            "txt", "text/plain; charset=utf-8", "png", "image/png", "jpg", "image/jpeg", "ico", "image/x-icon");

    private final BuildConfig config;
    private final Reporter reporter;
    private SiteBuilder builder;
    private final HttpServer server;
    private final WatchService watcher;
    private final Thread watching;
    private final AtomicLong version = new AtomicLong();
    private final AtomicReference<List<Problem>> failure = new AtomicReference<>();

    private PreviewServer(BuildConfig config, Reporter reporter, HttpServer server, WatchService watcher) {
        this.config = config;
        this.reporter = reporter;
        this.server = server;
        this.watcher = watcher;
        this.watching = new Thread(this::watch, "briefwright-watch");
        this.watching.setDaemon(true);
    }

    /** Builds the site and starts serving it on {@code bind:port} (port 0: any free port). */
    public static PreviewServer start(BuildConfig config, String bind, int port, Reporter reporter)
            throws BuildException, IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 0);
        WatchService watcher = FileSystems.getDefault().newWatchService();
        PreviewServer preview = new PreviewServer(config, reporter, server, watcher);
        preview.rebuild();
        server.createContext("/", preview::handle);
        server.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "briefwright-serve");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        preview.register(config.seedDirectory());
        if (config.templateDirectory() != null && Files.isDirectory(config.templateDirectory())) {
            preview.register(config.templateDirectory());
        }
        if (config.glossaryFile() != null && Files.isRegularFile(config.glossaryFile())) {
            preview.register(config.glossaryFile().getParent());
        }
        preview.watching.start();
        return preview;
    }

    /** The address the site is served at. */
    public URI address() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getHostString() + ":" + address.getPort() + "/");
    }

    /** Increases with every build, good or failed: open pages reload when it changes. */
    public long version() {
        return version.get();
    }

    private void rebuild() {
        long start = System.nanoTime();
        try {
            if (builder == null) {
                builder = new SiteBuilder(config, reporter);
            }
            builder.build();
            failure.set(null);
            reporter.info("Rebuilt in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        } catch (BuildException e) {
            List<Problem> problems = e.problems().isEmpty()
                    ? List.of(Problem.at("build", 0, e.getMessage())) : e.problems();
            failure.set(problems);
            reporter.warn("The build failed; the page shows why:\n" + e.getMessage());
        } catch (RuntimeException e) {
            failure.set(List.of(Problem.at("build", 0, String.valueOf(e))));
            reporter.warn("The build failed: " + e);
        }
        version.incrementAndGet();
    }

    private void register(Path folder) throws IOException {
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (dir.startsWith(config.outputDirectory())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                Thread.sleep(40); // let an editor finish writing; take the events of one save together
                boolean created = key.pollEvents().stream().anyMatch(e -> e.kind() == StandardWatchEventKinds.ENTRY_CREATE);
                key.reset();
                for (WatchKey more = watcher.poll(); more != null; more = watcher.poll()) {
                    more.pollEvents();
                    more.reset();
                }
                if (created) {
                    register(config.seedDirectory());
                    if (config.templateDirectory() != null && Files.isDirectory(config.templateDirectory())) {
                        register(config.templateDirectory());
                    }
                }
                rebuild();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            reporter.warn("Stopped watching for changes: " + e.getMessage());
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (SCRIPT_PATH.equals(path)) {
                try (var in = PreviewServer.class.getResourceAsStream("/io/github/briefwright/serve/reload.js")) {
                    send(exchange, 200, TYPES.get("js"), in.readAllBytes());
                }
                return;
            }
            if (RELOAD_PATH.equals(path)) {
                send(exchange, 200, "text/plain; charset=utf-8", Long.toString(version.get()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "text/plain; charset=utf-8", "Only GET".getBytes(StandardCharsets.UTF_8));
                return;
            }
            List<Problem> problems = failure.get();
            if (problems != null && (path.endsWith("/") || path.endsWith(".html"))) {
                send(exchange, 500, TYPES.get("html"), errorPage(problems).getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = resolve(path);
            if (file == null) {
                send(exchange, 404, "text/plain; charset=utf-8", ("Not found: " + path).getBytes(StandardCharsets.UTF_8));
                return;
            }
            String name = file.getFileName().toString();
            String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
            byte[] body = Files.readAllBytes(file);
            if (extension.equals("html")) {
                body = withReload(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            send(exchange, 200, TYPES.getOrDefault(extension, "application/octet-stream"), body);
        }
    }

    /** The file a request path names inside the site, or {@code null}: nothing outside it is ever served. */
    Path resolve(String path) throws IOException {
        if (path.contains("\0") || path.contains("\\")) {
            return null;
        }
        Path root = config.outputDirectory().toRealPath();
        Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
        if (!file.startsWith(root)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Path real = file.toRealPath();
        return real.startsWith(root) ? real : null;
    }

    /** The page with a small script that reloads it when the site is rebuilt (added here, never to the site). */
    private static String withReload(String html) {
        Document document = Jsoup.parse(html);
        document.body().appendElement("script").attr("src", SCRIPT_PATH);
        return document.outerHtml();
    }

    private static String errorPage(List<Problem> problems) {
        Document document = Document.createShell("");
        document.title("Build failed");
        document.head().appendElement("meta").attr("charset", "utf-8");
        Element body = document.body();
        body.appendElement("h1").text("The build failed");
        body.appendElement("p").text("Fix what is listed here; the page reloads when the build works again.");
        Element list = body.appendElement("ul");
        problems.forEach(problem -> list.appendElement("li").appendElement("code").text(problem.toString()));
        return withReload(document.outerHtml());
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.stop(0);
        watcher.close();
        watching.interrupt();
    }
}
