package io.github.briefwright.core.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.briefwright.core.BuildConfig;
import io.github.briefwright.core.Reporter;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerTest {

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(PreviewServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.address().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The status line of a request sent as written, without a client's path clean-up. */
    private static String rawStatus(PreviewServer server, String path) throws Exception {
        URI address = server.address();
        try (Socket socket = new Socket(address.getHost(), address.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    private static void waitFor(PreviewServer server, long version) throws InterruptedException {
        long end = System.currentTimeMillis() + 10_000;
        while (server.version() <= version && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
        assertTrue(server.version() > version, "the change was seen and the site rebuilt");
    }

    @Test
    void servesRebuildsOnChangeShowsFailuresAndRefusesPathsOutOfTheSite() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("a.md"), "---\ntitle: First title\n---\nThe council met on Tuesday.\n");
        Files.writeString(dir.resolve("secret.txt"), "not for the web");
        Path cache = dir.resolve("target/briefwright-cache");
        BuildConfig config = BuildConfig.builder().seedDirectory(seeds).outputDirectory(dir.resolve("out"))
                .cacheDirectory(cache).build();
        try (PreviewServer server = PreviewServer.start(config, "127.0.0.1", 0, Reporter.SILENT)) {
            assertEquals("127.0.0.1", server.address().getHost());
            HttpResponse<String> home = get(server, "/");
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("First title"));
            assertTrue(home.body().contains(PreviewServer.SCRIPT_PATH), "pages reload themselves");
            assertFalse(Files.readString(dir.resolve("out/index.html")).contains(PreviewServer.SCRIPT_PATH),
                    "the reload script is never written into the site");
            assertEquals(200, get(server, PreviewServer.SCRIPT_PATH).statusCode());

            long before = server.version();
            String search = get(server, PreviewServer.RELOAD_PATH + "/search/").body();
            String page = get(server, PreviewServer.RELOAD_PATH + "/briefings/a/").body();
            assertEquals(page, get(server, PreviewServer.RELOAD_PATH + "/briefings/a/index.html").body());
            long edited = System.nanoTime();
            Files.writeString(seeds.resolve("a.md"), "---\ntitle: Second title\n---\nThe council met on Tuesday.\n");
            waitFor(server, before);
            assertEquals(search, get(server, PreviewServer.RELOAD_PATH + "/search/").body(),
                    "a page the edit did not change does not reload");
            assertEquals(Long.toString(server.version()), get(server, PreviewServer.RELOAD_PATH + "/briefings/a/").body(),
                    "the edited briefing's page reloads");
            System.out.printf("edit to rebuilt site: %d ms%n", (System.nanoTime() - edited) / 1_000_000);
            assertTrue(get(server, "/briefings/a/index.html").body().contains("Second title"));
            try (var entries = Files.list(cache)) {
                assertEquals(1, entries.filter(f -> f.toString().endsWith(".bwc")).count(),
                        "the edited seed's new entry; the old one pruned");
            }
            assertEquals(Long.toString(server.version()), get(server, PreviewServer.RELOAD_PATH).body());

            before = server.version();
            Files.write(seeds.resolve("bad.txt"), new byte[] {'o', 'k', '\n', (byte) 0xFF, '\n'});
            waitFor(server, before);
            HttpResponse<String> failed = get(server, "/");
            assertEquals(500, failed.statusCode());
            assertEquals(Long.toString(server.version()), get(server, PreviewServer.RELOAD_PATH + "/search/").body(),
                    "every page shows a failed build");
            assertTrue(failed.body().contains("bad.txt:2: is not valid UTF-8"), failed.body());
            before = server.version();
            Files.delete(seeds.resolve("bad.txt"));
            waitFor(server, before);
            assertEquals(200, get(server, "/").statusCode(), "back once the build works");

            Files.createSymbolicLink(dir.resolve("out/leak.txt"), dir.resolve("secret.txt"));
            for (String path : new String[] {"/../secret.txt", "/%2e%2e/secret.txt", "/briefings/..%2f..%2fsecret.txt",
                "/briefings/../../secret.txt", "/leak.txt", "/..\\secret.txt"}) {
                String status = rawStatus(server, path);
                assertTrue(status.contains(" 404 ") || status.contains(" 400 "), path + ": " + status);
            }
        }
    }

    @Test
    void seedsInNewFoldersAndFoldersMovedAwayAreSeen() throws Exception {
        // the server lists the seed folder by the paths its watcher saw change: a new folder, or one moved away in
        // one step, makes it list the folder again
        try (PreviewServer server = startSite(Duration.ofSeconds(5))) {
            Path seeds = dir.resolve("seeds");
            Files.createDirectories(seeds.resolve("new/deeper"));
            Files.writeString(seeds.resolve("new/deeper/b.md"), "---\ntitle: In a new folder\n---\nText.\n");
            assertTrue(eventually(() -> get(server, "/").body().contains("In a new folder")), "a seed in a new folder");
            Files.move(seeds.resolve("new"), dir.resolve("moved"));
            assertTrue(eventually(() -> !get(server, "/").body().contains("In a new folder")), "its folder moved away");
            Files.writeString(seeds.resolve("c.md"), "---\ntitle: Beside the first\n---\nText.\n");
            assertTrue(eventually(() -> get(server, "/").body().contains("Beside the first")), "a new seed");
            Files.delete(seeds.resolve("c.md"));
            assertTrue(eventually(() -> !get(server, "/").body().contains("Beside the first")), "a seed deleted");
            assertTrue(get(server, "/").body().contains("First title"));
        }
    }

    /** Whether {@code condition} holds within ten seconds. */
    private static boolean eventually(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long end = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < end) {
            if (condition.call()) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    private PreviewServer startSite(String bind, Duration requestTimeout, Reporter reporter) throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("a.md"), "---\ntitle: First title\n---\nThe council met on Tuesday.\n");
        BuildConfig config = BuildConfig.builder().seedDirectory(seeds).outputDirectory(dir.resolve("out")).build();
        return PreviewServer.start(config, bind, 0, reporter, requestTimeout);
    }

    private PreviewServer startSite(Duration requestTimeout) throws Exception {
        return startSite("127.0.0.1", requestTimeout, Reporter.SILENT);
    }

    private static Socket connect(PreviewServer server) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(InetAddress.getByName(server.address().getHost()), server.address().getPort()), 2_000);
        socket.setSoTimeout(5_000);
        return socket;
    }

    /** The whole response to a request sent as written, read until the server closes (at most 5 s of silence). */
    private static String raw(PreviewServer server, String request) throws IOException {
        try (Socket socket = connect(server)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }

    private static String get(PreviewServer server, String path, String host) throws IOException {
        return raw(server, "GET " + path + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n")
                + "Connection: close\r\n\r\n");
    }

    private static String statusLine(String response) {
        return response.lines().findFirst().orElse("");
    }

    /** Whether the server closes the connection within the time given; reading nothing meanwhile. */
    private static boolean closedWithin(Socket socket, long millis) throws IOException {
        socket.setSoTimeout((int) millis);
        try {
            return socket.getInputStream().read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset
        }
    }

    @Test
    void idleConnectionsDoNotStallTheServer() throws Exception {
        List<Socket> idle = new ArrayList<>();
        try (PreviewServer server = startSite(Duration.ofSeconds(20))) {
            for (int i = 0; i < 16; i++) { // half send nothing, half the start of a request and then nothing
                Socket socket = connect(server);
                idle.add(socket);
                if (i % 2 == 1) {
                    socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: loc".getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                }
            }
            Thread.sleep(200);
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                String response = get(server, "/", "localhost");
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertEquals("HTTP/1.1 200 OK", statusLine(response));
                assertTrue(millis < 3_000, "answered in " + millis + " ms with 16 idle connections open");
            }
            assertEquals(200, get(server, "/").statusCode());
        } finally {
            for (Socket socket : idle) {
                socket.close();
            }
        }
    }

    @Test
    void idleAndSlowConnectionsAreClosedAfterTheRequestTimeout() throws Exception {
        try (PreviewServer server = startSite(Duration.ofMillis(300))) {
            try (Socket idle = connect(server)) {
                long start = System.nanoTime();
                assertTrue(closedWithin(idle, 5_000), "an idle connection is closed");
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(millis >= 200 && millis < 3_000, "closed after " + millis + " ms");
            }
            try (Socket slow = connect(server)) {
                OutputStream out = slow.getOutputStream();
                out.write("GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
                long start = System.nanoTime();
                boolean closed = false;
                for (int i = 0; i < 80 && !closed; i++) { // a byte every 50 ms, 4 s at most
                    try {
                        out.write('a');
                        out.flush();
                        closed = closedWithin(slow, 50);
                    } catch (IOException e) {
                        closed = true;
                    }
                }
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(closed, "a client sending its headers a byte at a time is cut off");
                assertTrue(millis < 2_500, "cut off after " + millis + " ms");
            }
            assertEquals("HTTP/1.1 200 OK", statusLine(get(server, "/", "localhost")), "still serving");
        }
    }

    @Test
    void answersOnlyToLocalHostNames() throws Exception {
        try (PreviewServer server = startSite(PreviewServer.DEFAULT_REQUEST_TIMEOUT)) {
            int port = server.address().getPort();
            for (String host : new String[] {"localhost", "localhost:" + port, "127.0.0.1", "127.0.0.1:" + port,
                "LOCALHOST:" + port, "localhost:8080"}) {
                assertEquals("HTTP/1.1 200 OK", statusLine(get(server, "/", host)), host);
            }
            for (String host : new String[] {"evil.example", "evil.example:" + port, "localhost.evil.example",
                "127.0.0.1.nip.io:" + port, "127.0.0.2", "[::1]:" + port, "localhost:x", "localhost:" + port + ":1",
                "", "0.0.0.0:" + port, "localhost@evil.example"}) {
                for (String path : new String[] {"/", PreviewServer.RELOAD_PATH, PreviewServer.SCRIPT_PATH}) {
                    String response = get(server, path, host);
                    assertEquals("HTTP/1.1 421 Misdirected Request", statusLine(response), host + " " + path);
                    assertTrue(response.contains("Refused: this preview answers only to localhost, 127.0.0.1"), response);
                    assertFalse(response.contains("First title") || response.contains("fetch("), response);
                }
            }
            String noHost = raw(server, "GET / HTTP/1.0\r\n\r\n");
            assertEquals("HTTP/1.1 421 Misdirected Request", statusLine(noHost));
            assertTrue(noHost.contains("The request has no Host header"), noHost);
            assertEquals("HTTP/1.1 421 Misdirected Request", statusLine(get(server, "/", null)), "HTTP/1.1 without Host");
            assertEquals("HTTP/1.1 400 Bad Request",
                    statusLine(raw(server, "GET / HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\n\r\n")));
            String evil = get(server, "/", "evil\r\n.example");
            assertFalse(statusLine(evil).contains(" 200 "), evil);
        }
    }

    @Test
    void answersToTheIpv6LoopbackWhenBoundThere() throws Exception {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress("::1", 0));
        } catch (IOException e) {
            assumeTrue(false, "no IPv6 loopback here");
        }
        try (PreviewServer server = startSite("::1", PreviewServer.DEFAULT_REQUEST_TIMEOUT, Reporter.SILENT)) {
            int port = server.address().getPort();
            assertTrue(server.address().getHost().startsWith("["), server.address().toString());
            assertTrue(InetAddress.getByName(server.address().getHost()).isLoopbackAddress(), server.address().toString());
            for (String host : new String[] {"[::1]", "[::1]:" + port, "[0:0:0:0:0:0:0:1]:" + port, "localhost:" + port}) {
                assertEquals("HTTP/1.1 200 OK", statusLine(get(server, "/", host)), host);
            }
            for (String host : new String[] {"[::2]:" + port, "[::1", "::1", "evil.example"}) {
                assertEquals("HTTP/1.1 421 Misdirected Request", statusLine(get(server, "/", host)), host);
            }
        }
    }

    @Test
    void servesGetAndHeadOnly() throws Exception {
        try (PreviewServer server = startSite(PreviewServer.DEFAULT_REQUEST_TIMEOUT)) {
            for (String path : new String[] {"/", "/briefings/a/index.html", PreviewServer.RELOAD_PATH, PreviewServer.SCRIPT_PATH,
                "/missing.txt"}) {
                for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "get"}) {
                    String response = raw(server, method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 3\r\n\r\nx=1");
                    assertEquals("HTTP/1.1 405 Method Not Allowed", statusLine(response), method + " " + path);
                    assertTrue(response.contains("\r\nAllow: GET, HEAD\r\n"), response);
                }
                String head = raw(server, "HEAD " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
                assertTrue(head.endsWith("\r\n\r\n"), "no body: " + head);
            }
            String head = raw(server, "HEAD / HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertEquals("HTTP/1.1 200 OK", statusLine(head));
            assertTrue(head.matches("(?s).*\r\nContent-Length: [1-9][0-9]*\r\n.*"), head);
            assertEquals(200, get(server, PreviewServer.RELOAD_PATH).statusCode());
        }
    }

    @Test
    void refusesMalformedRequests() throws Exception {
        try (PreviewServer server = startSite(PreviewServer.DEFAULT_REQUEST_TIMEOUT)) {
            assertEquals("HTTP/1.1 400 Bad Request", statusLine(raw(server, "NONSENSE\r\n\r\n")));
            assertEquals("HTTP/1.1 400 Bad Request", statusLine(raw(server, "GET http://evil.example/ HTTP/1.1\r\nHost: localhost\r\n\r\n")));
            assertEquals("HTTP/1.1 400 Bad Request", statusLine(raw(server, "GET /%zz HTTP/1.1\r\nHost: localhost\r\n\r\n")));
            assertEquals("HTTP/1.1 400 Bad Request", statusLine(raw(server, "GET / HTTP/1.1\r\n folded\r\n\r\n")));
            assertEquals("HTTP/1.1 505 HTTP Version Not Supported", statusLine(raw(server, "GET / HTTP/2.0\r\n\r\n")));
            assertEquals("HTTP/1.1 431 Request Header Fields Too Large", statusLine(raw(server,
                    "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n")));
            String missing = get(server, "/%0a[ERROR]%1b%e2%80%ae.html", "localhost");
            assertEquals("HTTP/1.1 404 Not Found", statusLine(missing));
            assertTrue(missing.contains("Not found: /\\n[ERROR]\\u001B\\u202E.html"), missing);
        }
    }

    @Test
    void fileNamesInTheLogAndTheErrorPageCannotForgeLines() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        String name = "bad\n[ERROR] \u001B[2Kforged\u202Etxt.txt";
        try {
            Files.write(seeds.resolve(name), new byte[] {'o', 'k', '\n', (byte) 0xFF, '\n'});
        } catch (IOException | RuntimeException e) {
            assumeTrue(false, "this file system takes no control characters in names");
        }
        List<String> logged = new CopyOnWriteArrayList<>();
        Reporter reporter = new Reporter() {
            @Override
            public void info(String message) {
                logged.add(message);
            }

            @Override
            public void warn(String message) {
                logged.add(message);
            }
        };
        try (PreviewServer server = startSite("127.0.0.1", PreviewServer.DEFAULT_REQUEST_TIMEOUT, reporter)) {
            // the loader keeps file names to one clean line: the newline becomes a space, ESC and U+202E go
            String escaped = "bad [ERROR] [2Kforgedtxt.txt:2:";
            assertTrue(logged.stream().anyMatch(message -> message.contains(escaped)), logged.toString());
            for (String message : logged) {
                assertFalse(message.lines().anyMatch(line -> line.startsWith("[ERROR]")), message);
                assertFalse(message.chars().anyMatch(c -> c == 0x1B || c == 0x202E), message);
            }
            HttpResponse<String> page = get(server, "/");
            assertEquals(500, page.statusCode());
            assertTrue(page.body().contains(escaped), page.body());
        }
    }

    /** Every file under {@code root} with its size and time of change. */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.size(file) + " " + Files.getLastModifiedTime(file));
            }
        }
        return files;
    }

    @Test
    void closingWaitsForARebuildUnderWayAndNothingIsWrittenAfter() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("a.md"), "---\ntitle: First title\n---\nThe council met on Tuesday.\n");
        Path glossary = seeds.resolve("glossary.yml");
        Files.writeString(glossary, "- name: Council\n  type: organisation\n  description: The town's council.\n");
        CountDownLatch inRebuild = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        Reporter reporter = new Reporter() {
            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
            }

            @Override
            public void debug(String message) {
                // a rebuild on the watching thread stops here, at its start, until the test lets it go on
                if (message.startsWith("Glossary") && Thread.currentThread().getName().equals("briefwright-watch")) {
                    inRebuild.countDown();
                    try {
                        goOn.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException("the rebuild under way was interrupted", e);
                    }
                }
            }
        };
        Path out = dir.resolve("out");
        Path cache = dir.resolve("cache");
        BuildConfig config = BuildConfig.builder().seedDirectory(seeds).outputDirectory(out).cacheDirectory(cache)
                .build();
        PreviewServer server = PreviewServer.start(config, "127.0.0.1", 0, reporter);
        Thread closing = new Thread(() -> {
            try {
                Thread.currentThread().interrupt(); // closed by a thread that was interrupted: it waits all the same
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            Files.writeString(seeds.resolve("a.md"), "---\ntitle: Second title\n---\nThe council met on Friday.\n");
            assertTrue(inRebuild.await(30, TimeUnit.SECONDS), "the edit started a rebuild");
            closing.start();
            closing.join(300);
            assertTrue(closing.isAlive(), "close waits for the rebuild under way");
        } finally {
            goOn.countDown(); // a failed assertion leaves no rebuild held and no server open
            if (!closing.isAlive()) {
                server.close();
            }
        }
        closing.join(20_000);
        assertFalse(closing.isAlive(), "close returns once the rebuild has ended");
        Map<String, String> site = files(out);
        Map<String, String> cached = files(cache);
        Thread.sleep(1_500); // longer than the builder waits before it writes its record of pages
        assertEquals(site, files(out), "nothing is written into the site after close");
        assertEquals(cached, files(cache), "nothing is written into the cache after close");
        assertTrue(Files.readString(out.resolve("briefings/a/index.html")).contains("Second title"),
                "the rebuild under way was finished");
    }
}
