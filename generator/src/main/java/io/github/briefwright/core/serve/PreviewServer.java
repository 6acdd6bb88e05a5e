package io.github.briefwright.core.serve;

import io.github.briefwright.core.BuildConfig;
import io.github.briefwright.core.BuildException;
import io.github.briefwright.core.Problem;
import io.github.briefwright.core.Reporter;
import io.github.briefwright.core.SiteBuilder;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A preview of the site while it is written: builds it, serves the output folder on a local address, watches
 * the seeds, the templates and the glossary, rebuilds when they change and makes open pages reload. A failed
 * build is shown in the page instead of a stale site. Stop it with {@link #close()}.
 *
 * <p>What it answers, and to whom:
 * <ul>
 * <li>Only {@code GET} and {@code HEAD}, everywhere (the reload endpoint too); any other method gets
 *     {@code 405 Method Not Allowed} with {@code Allow: GET, HEAD}.</li>
 * <li>Only requests whose {@code Host} header names {@code localhost}, {@code 127.0.0.1} or the address (or name)
 *     it is bound to (an IPv6 address in brackets, as in {@code [::1]}), with any port or none; anything else, a
 *     missing {@code Host} included, gets {@code 421 Misdirected Request}. A web page elsewhere cannot read the
 *     preview by pointing a name of its own at this machine (DNS rebinding): the browser sends that name. Any
 *     port is accepted because a forwarded port ({@code ssh -L}, an editor's port forwarding) reaches the
 *     preview under another port number, and the port plays no part in rebinding. When bound to the wildcard
 *     address (to show the site to other machines) any IP address is accepted as well, never another name.</li>
 * <li>Nothing outside the site folder ({@code ..}, encoded or not, and links that lead out): {@code 404}.</li>
 * </ul>
 *
 * <p>Connections cannot hold it up: each request head must arrive within the request timeout (10 seconds unless
 * {@link #start(BuildConfig, String, int, Reporter, Duration) given}) or the connection is closed, however slowly
 * the bytes trickle in; a response must be taken within 30 seconds. Requests are served by up to
 * 64 threads, with as many accepted connections waiting; beyond that a connection is answered
 * {@code 503} at once. Every response closes its connection. Request heads are limited to
 * 16 KiB ({@code 431}); request bodies are never read.
 */
public final class PreviewServer implements AutoCloseable {

    static final String RELOAD_PATH = "/__briefwright/version";
    static final String SCRIPT_PATH = "/__briefwright/reload.js";
    /** The time a client has to send a request head unless another is given. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    static final int WORKERS = 64;
    static final int SEND_SECONDS = 30;
    static final int HEAD_LIMIT = 16 * 1024;
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css",
            "js", "text/javascript", "json", "application/json", "xml", "application/xml", "svg", "image/svg+xml",
            "txt", "text/plain; charset=utf-8", "png", "image/png", "jpg", "image/jpeg", "ico", "image/x-icon");
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final Map<Integer, String> REASONS = Map.of(200, "OK", 400, "Bad Request", 404, "Not Found",
            405, "Method Not Allowed", 421, "Misdirected Request", 431, "Request Header Fields Too Large",
            500, "Internal Server Error", 503, "Service Unavailable", 505, "HTTP Version Not Supported");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]+]");
    private static final Pattern PORT = Pattern.compile(":\\d{1,5}");

    private final BuildConfig config;
    private final Reporter reporter;
    private volatile SiteBuilder builder;
    private final ServerSocket server;
    private final String host;
    private final long requestMillis;
    private final ThreadPoolExecutor workers;
    private final ScheduledThreadPoolExecutor watchdog;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Thread accepting;
    private final WatchService watcher;
    private final Thread watching;
    private final AtomicLong version = new AtomicLong();
    /** The last build that changed every page; see {@link #version(String)}. */
    private final AtomicLong everyPage = new AtomicLong();
    /** The last build that changed each file, by its path from the site root. */
    private final Map<String, Long> pageVersions = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicReference<List<Problem>> failure = new AtomicReference<>();
    private volatile boolean closed;

    private PreviewServer(BuildConfig config, Reporter reporter, ServerSocket server, String host,
            Duration requestTimeout, WatchService watcher) {
        this.config = config;
        this.reporter = reporter;
        this.server = server;
        this.host = host;
        this.requestMillis = Math.max(1, requestTimeout.toMillis());
        this.workers = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(WORKERS), daemons("briefwright-serve"));
        this.workers.allowCoreThreadTimeOut(true);
        this.watchdog = new ScheduledThreadPoolExecutor(1, daemons("briefwright-serve-timeout"));
        this.watchdog.setRemoveOnCancelPolicy(true);
        this.accepting = daemons("briefwright-accept").newThread(this::accept);
        this.watcher = watcher;
        this.watching = daemons("briefwright-watch").newThread(this::watch);
    }

    /** Builds the site and starts serving it on {@code bind:port} (port 0: any free port). */
    public static PreviewServer start(BuildConfig config, String bind, int port, Reporter reporter)
            throws BuildException, IOException {
        return start(config, bind, port, reporter, DEFAULT_REQUEST_TIMEOUT);
    }

    /**
     * Builds the site and starts serving it on {@code bind:port} (port 0: any free port); a connection that has not
     * sent a whole request head within {@code requestTimeout} is closed.
     */
    public static PreviewServer start(BuildConfig config, String bind, int port, Reporter reporter,
            Duration requestTimeout) throws BuildException, IOException {
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("The request timeout must be positive: " + requestTimeout);
        }
        InetSocketAddress address = new InetSocketAddress(bind, port);
        ServerSocket server = new ServerSocket();
        WatchService watcher;
        try {
            server.bind(address);
            watcher = FileSystems.getDefault().newWatchService();
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        String host = address.getHostString();
        PreviewServer preview = new PreviewServer(config, reporter, server,
                host.contains(":") ? "[" + host + "]" : host, requestTimeout, watcher);
        try {
            // watched before the first build: a change while it runs is seen, and built next
            preview.register(config.seedDirectory());
            if (config.templateDirectory() != null && Files.isDirectory(config.templateDirectory())) {
                preview.register(config.templateDirectory());
            }
            if (config.glossaryFile() != null && Files.isRegularFile(config.glossaryFile())) {
                preview.register(config.glossaryFile().getParent());
            }
            preview.rebuild(null);
            preview.accepting.start();
        } catch (IOException | RuntimeException e) {
            preview.close();
            throw e;
        }
        preview.watching.start();
        return preview;
    }

    private static ThreadFactory daemons(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The address the site is served at. */
    public URI address() {
        return URI.create("http://" + host + ":" + server.getLocalPort() + "/");
    }

    /** Increases with every build, good or failed. */
    public long version() {
        return version.get();
    }

    /**
     * The build that last changed the page at {@code path} (from the site root; a folder stands for its
     * {@code index.html}): an open page reloads when it changes. A failed build, the first good one after it, and
     * a change to the theme's assets change every page; otherwise a build changes only the files it wrote or
     * deleted.
     */
    public long version(String path) {
        String page = path.startsWith("/") ? path.substring(1) : path;
        if (page.isEmpty() || page.endsWith("/")) {
            page = page + "index.html";
        }
        return Math.max(everyPage.get(), pageVersions.getOrDefault(page, 0L));
    }

    /** Builds the site again; {@code seen}: the paths seen changed since the last build, or {@code null}. */
    private void rebuild(Set<Path> seen) {
        long start = System.nanoTime();
        try {
            if (builder == null) {
                builder = SiteBuilder.forPreview(config, reporter);
            }
            var result = builder.build(seen);
            long next = version.get() + 1;
            if (failure.getAndSet(null) != null || result.changed().stream().anyMatch(p -> p.startsWith("assets/"))) {
                everyPage.set(next);
            } else {
                result.changed().forEach(changed -> pageVersions.put(changed, next));
            }
            reporter.info("Rebuilt in " + (System.nanoTime() - start) / 1_000_000 + " ms: " + result.pagesWritten()
                    + " of " + result.pages() + " files written");
        } catch (BuildException e) {
            List<Problem> problems = e.problems().isEmpty()
                    ? List.of(Problem.at("build", 0, e.getMessage())) : e.problems();
            failure.set(problems);
            everyPage.set(version.get() + 1);
            reporter.warn("The build failed; the page shows why:\n" + describe(e));
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // shown in the page, and the server goes on watching: the next save may mend it
            failure.set(List.of(Problem.at("build", 0, String.valueOf(e))));
            everyPage.set(version.get() + 1);
            reporter.warn("The build failed: " + Problem.printable(String.valueOf(e)));
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
                // the paths changed, for the builder to list the seeds by (null: events were lost)
                Set<Path> changed = new HashSet<>();
                boolean lost = false;
                boolean created = false;
                for (WatchKey one = key; one != null; one = watcher.poll()) {
                    for (WatchEvent<?> event : one.pollEvents()) {
                        if (event.kind() == StandardWatchEventKinds.OVERFLOW
                                || !(one.watchable() instanceof Path dir && event.context() instanceof Path name)) {
                            lost = true;
                        } else {
                            created |= event.kind() == StandardWatchEventKinds.ENTRY_CREATE;
                            changed.add(dir.resolve(name));
                        }
                    }
                    one.reset();
                }
                if (created) {
                    register(config.seedDirectory());
                    if (config.templateDirectory() != null && Files.isDirectory(config.templateDirectory())) {
                        register(config.templateDirectory());
                    }
                }
                if (closed) {
                    return; // stopped while the events were gathered: no new build once close has begun
                }
                rebuild(lost ? null : changed);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            reporter.warn("Stopped watching for changes: " + Problem.printable(e.getMessage()));
        } catch (OutOfMemoryError e) {
            failure.set(List.of(Problem.at("build", 0, "ran out of memory; stop the preview and start it again "
                    + "with a larger heap (MAVEN_OPTS=-Xmx2g, say)")));
            everyPage.set(version.incrementAndGet());
            reporter.warn("Stopped watching for changes: the build ran out of memory; start the preview again with a "
                    + "larger heap (MAVEN_OPTS=-Xmx2g, say).");
        }
    }

    /**
     * The summary of a failed build followed by its problems, one a line; nothing in a file name or a message can
     * start a line of its own.
     */
    private static String describe(BuildException e) {
        String message = Objects.requireNonNullElse(e.getMessage(), "");
        String listed = e.problems().stream().map(problem -> "\n  " + problem).collect(Collectors.joining());
        String summary = message.endsWith(listed) ? message.substring(0, message.length() - listed.length()) : message;
        return Problem.printable(summary) + (message.endsWith(listed) ? listed : "");
    }

    private void accept() {
        while (!closed) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (closed || server.isClosed()) {
                    return;
                }
                // out of file descriptors, typically: wait for connections to close rather than give up
                reporter.debug("Cannot accept a connection: " + Problem.printable(String.valueOf(e)));
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    return;
                }
                continue;
            }
            open.add(socket);
            try {
                workers.execute(() -> serve(socket));
            } catch (RejectedExecutionException e) {
                try (socket) {
                    // A fresh connection's send buffer is empty: this small write does not block.
                    respond(socket.getOutputStream(), "GET", 503, TEXT,
                            bytes("Busy: too many connections are open. Try again in a few seconds.\n"), Map.of());
                } catch (IOException ignored) {
                    // the client has gone
                } finally {
                    open.remove(socket);
                }
            }
        }
    }

    /** Serves one request on its own connection, then closes it; a client too slow to send or to read is cut off. */
    private void serve(Socket socket) {
        ScheduledFuture<?> deadline = watchdog.schedule(() -> closeQuietly(socket), requestMillis, TimeUnit.MILLISECONDS);
        try {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, requestMillis));
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            RequestHead request;
            try {
                request = RequestHead.read(in, HEAD_LIMIT);
            } catch (RequestHead.Refused e) {
                respond(out, "GET", e.status, TEXT, bytes(e.getMessage() + "\n"), Map.of());
                lingeringClose(socket, in);
                return;
            }
            deadline.cancel(false);
            deadline = watchdog.schedule(() -> closeQuietly(socket), SEND_SECONDS, TimeUnit.SECONDS);
            handle(request, out);
            if (request.announcesBody() || in.available() > 0) {
                lingeringClose(socket, in);
            }
        } catch (EOFException | SocketException | SocketTimeoutException e) {
            // the client closed, or was cut off by the deadline
        } catch (IOException | RuntimeException e) {
            reporter.debug("A preview request failed: " + Problem.printable(String.valueOf(e)));
        } finally {
            deadline.cancel(false);
            closeQuietly(socket);
            open.remove(socket);
        }
    }

    /**
     * Stops sending, then reads and drops what the client still sends (a body the preview never reads) for a
     * moment, so that closing does not reset the connection before the client has read the response.
     */
    private static void lingeringClose(Socket socket, InputStream in) throws IOException {
        socket.shutdownOutput();
        socket.setSoTimeout(500);
        byte[] sink = new byte[8192];
        for (int total = 0, n; total < 64 * 1024 && (n = in.read(sink)) >= 0; total += n) {
            // dropped
        }
    }

    private void handle(RequestHead request, OutputStream out) throws IOException {
        String method = request.method();
        List<String> hosts = request.header("host");
        if (hosts.size() > 1) {
            respond(out, method, 400, TEXT, bytes("The request has more than one Host header.\n"), Map.of());
            return;
        }
        if (hosts.isEmpty() || !allowedHost(hosts.get(0))) {
            String why = hosts.isEmpty() ? "The request has no Host header" : "The Host header names '"
                    + Problem.printable(hosts.get(0)) + "'";
            respond(out, method, 421, TEXT, bytes("Refused: this preview answers only to localhost, 127.0.0.1 and "
                    + host + ". " + why + ". Open " + address() + " instead.\n"), Map.of());
            return;
        }
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            respond(out, method, 405, TEXT, bytes("Only GET and HEAD are served here.\n"), Map.of("Allow", "GET, HEAD"));
            return;
        }
        String path = request.path();
        if (SCRIPT_PATH.equals(path)) {
            try (InputStream in = PreviewServer.class.getResourceAsStream("/io/github/briefwright/serve/reload.js")) {
                respond(out, method, 200, TYPES.get("js"), in.readAllBytes(), Map.of());
            }
            return;
        }
        if (RELOAD_PATH.equals(path)) {
            respond(out, method, 200, TEXT, bytes(Long.toString(version.get())), Map.of());
            return;
        }
        if (path.startsWith(RELOAD_PATH + "/")) {
            respond(out, method, 200, TEXT, bytes(Long.toString(version(path.substring(RELOAD_PATH.length())))),
                    Map.of());
            return;
        }
        List<Problem> problems = failure.get();
        if (problems != null && (path.endsWith("/") || path.endsWith(".html"))) {
            respond(out, method, 500, TYPES.get("html"), bytes(errorPage(problems)), Map.of());
            return;
        }
        Path file = resolve(path);
        if (file == null) {
            respond(out, method, 404, TEXT, bytes("Not found: " + Problem.printable(path) + "\n"), Map.of());
            return;
        }
        String name = file.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        byte[] body = Files.readAllBytes(file);
        if (extension.equals("html")) {
            body = bytes(withReload(new String(body, StandardCharsets.UTF_8)));
        }
        respond(out, method, 200, TYPES.getOrDefault(extension, "application/octet-stream"), body, Map.of());
    }

    /**
     * Whether a {@code Host} header value names this preview: {@code localhost}, {@code 127.0.0.1}, the address
     * or name it was bound to, or when bound to the wildcard address any IP address; with any port or none.
     */
    boolean allowedHost(String value) {
        String name = value.toLowerCase(Locale.ROOT);
        int portAt = name.startsWith("[") ? name.indexOf(']') + 1 : name.indexOf(':');
        if (portAt > 0 && portAt < name.length()) {
            if (!PORT.matcher(name.substring(portAt)).matches()) {
                return false;
            }
            name = name.substring(0, portAt);
        }
        if (name.equals("localhost") || name.equals("127.0.0.1") || name.equals(host.toLowerCase(Locale.ROOT))) {
            return true;
        }
        InetAddress literal = ipLiteral(name);
        if (literal == null) {
            return false;
        }
        InetAddress bound = server.getInetAddress();
        return bound.isAnyLocalAddress() || bound.equals(literal);
    }

    /** The address an IPv4 literal or a bracketed IPv6 literal stands for, or {@code null}: never a name look-up. */
    private static InetAddress ipLiteral(String name) {
        boolean v4 = IPV4.matcher(name).matches();
        if (!v4 && !IPV6.matcher(name).matches()) {
            return null;
        }
        try {
            InetAddress address = InetAddress.getByName(v4 ? name : name.substring(1, name.length() - 1));
            return (v4 ? address instanceof Inet4Address : address instanceof Inet6Address) ? address : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The file a request path names inside the site, or {@code null}: nothing outside it is ever served. */
    Path resolve(String path) throws IOException {
        if (path.contains("\0") || path.contains("\\")) {
            return null;
        }
        Path root = config.outputDirectory().toRealPath();
        Path file;
        try {
            file = root.resolve(path.replaceFirst("^/+", "")).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
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

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void respond(OutputStream out, String method, int status, String type, byte[] body,
            Map<String, String> extra) throws IOException {
        StringBuilder head = new StringBuilder(256).append("HTTP/1.1 ").append(status).append(' ')
                .append(REASONS.getOrDefault(status, "")).append("\r\n")
                .append("Content-Type: ").append(type).append("\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n")
                .append("Cache-Control: no-store\r\n")
                .append("X-Content-Type-Options: nosniff\r\n")
                .append("Connection: close\r\n");
        extra.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        if (!"HEAD".equals(method)) {
            out.write(body);
        }
        out.flush();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    /** How long {@link #close} waits for a rebuild under way to end, so that nothing is written after it returns. */
    public static final long STOP_WAIT_MILLIS = 60_000;

    /**
     * Waits (at most {@value #STOP_WAIT_MILLIS} ms) for the watching thread to end: a rebuild it has begun runs to
     * its end, and the record of pages it leaves is then written by {@link #close}, so that nothing of the server
     * writes into the site or the cache once {@code close} has returned.
     */
    private void awaitRebuild() {
        if (!watching.isAlive() || Thread.currentThread() == watching) {
            return;
        }
        // the closed watch service ends its wait for changes; a rebuild is not interrupted, as a file being written
        // by an interrupted thread is closed under it and the build fails; nor is this wait cut short when the
        // thread that closes was interrupted itself
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_WAIT_MILLIS);
        boolean interrupted = false;
        for (long left; watching.isAlive() && (left = deadline - System.nanoTime()) > 0; ) {
            try {
                TimeUnit.NANOSECONDS.timedJoin(watching, left);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (watching.isAlive()) {
            watching.interrupt();
            reporter.warn("A rebuild was still running when the preview stopped; build again before publishing.");
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        try {
            server.close();
            watcher.close();
        } finally {
            workers.shutdownNow();
            watchdog.shutdownNow();
            open.forEach(PreviewServer::closeQuietly);
            awaitRebuild();
            SiteBuilder last = builder;
            if (last != null) {
                last.flush();
            }
        }
    }
}
