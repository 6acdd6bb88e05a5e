package io.github.briefwright.core.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.BuildConfig;
import io.github.briefwright.core.Reporter;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        BuildConfig config = BuildConfig.builder().seedDirectory(seeds).outputDirectory(dir.resolve("out")).build();
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
            long edited = System.nanoTime();
            Files.writeString(seeds.resolve("a.md"), "---\ntitle: Second title\n---\nThe council met on Tuesday.\n");
            waitFor(server, before);
            System.out.printf("edit to rebuilt site: %d ms%n", (System.nanoTime() - edited) / 1_000_000);
            assertTrue(get(server, "/briefings/a/index.html").body().contains("Second title"));
            assertEquals(Long.toString(server.version()), get(server, PreviewServer.RELOAD_PATH).body());

            before = server.version();
            Files.write(seeds.resolve("bad.txt"), new byte[] {'o', 'k', '\n', (byte) 0xFF, '\n'});
            waitFor(server, before);
            HttpResponse<String> failed = get(server, "/");
            assertEquals(500, failed.statusCode());
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
}
