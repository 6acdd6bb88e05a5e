package io.github.briefwright.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.Reporter;
import io.github.briefwright.core.serve.PreviewServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev-server part of the bad-input matrix: what a page elsewhere, a careless client or a hostile one can send
 * to {@code briefwright:serve}, one case each, and the exact answer. The preview runs on the loopback address;
 * every request goes to it and nowhere else. No answer ever carries the secret that lies beside the site.
 */
class DevServerMatrixTest {

    @TempDir
    static Path dir;
    static Project project;
    static PreviewServer server;
    static String host;

    @BeforeAll
    static void start() throws Exception {
        project = new Project(dir.resolve("project"));
        project.seed("good.md", "---\ntitle: The good briefing\n---\nParliament met in Baghdad on Tuesday.\n");
        server = PreviewServer.start(project.config(), "127.0.0.1", 0, Reporter.SILENT, Duration.ofMillis(500));
        host = "127.0.0.1:" + server.address().getPort();
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> devServer() {
        List<DynamicTest> cases = new ArrayList<>();
        cases.add(answers("a page for the loopback address", get("/", host), "200 OK"));
        cases.add(answers("a page for localhost", get("/index.html", "localhost:" + port()), "200 OK"));
        cases.add(answers("another site's name (DNS rebinding)", get("/", "evil.example:" + port()), "421 Misdirected Request"));
        cases.add(answers("a name that only starts like localhost", get("/", "localhost.evil.example"), "421 Misdirected Request"));
        cases.add(answers("no Host header", "GET / HTTP/1.0\r\n\r\n", "421 Misdirected Request"));
        cases.add(answers("two Host headers", "GET / HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\n\r\n", "400 Bad Request"));
        cases.add(answers("POST to a page", request("POST", "/", "Content-Length: 4\r\n", "a=b&"), "405 Method Not Allowed"));
        cases.add(answers("POST to the reload endpoint", request("POST", "/__briefwright/version", "", ""), "405 Method Not Allowed"));
        cases.add(answers("DELETE a page", request("DELETE", "/index.html", "", ""), "405 Method Not Allowed"));
        cases.add(answers("PUT a file", request("PUT", "/evil.html", "Content-Length: 5\r\n", "<b>x"), "405 Method Not Allowed"));
        cases.add(answers("a path that climbs out", get("/../outside/secret.txt", host), "404 Not Found"));
        cases.add(answers("an encoded path that climbs out", get("/%2e%2e/outside/secret.txt", host), "404 Not Found"));
        cases.add(answers("an encoded slash that climbs out", get("/..%2foutside%2fsecret.txt", host), "404 Not Found"));
        cases.add(answers("a doubled slash to the root", get("//etc/passwd", host), "404 Not Found"));
        cases.add(answers("a backslash path", get("/..\\outside\\secret.txt", host), "400 Bad Request"));
        cases.add(answers("an absolute-form target", "GET http://evil.example/ HTTP/1.1\r\nHost: " + host + "\r\n\r\n", "400 Bad Request"));
        cases.add(answers("a 32 KiB header", "GET / HTTP/1.1\r\nHost: " + host + "\r\nX-Big: " + "a".repeat(32 * 1024) + "\r\n\r\n",
                "431 Request Header Fields Too Large"));
        cases.add(answers("an unknown HTTP version", "GET / HTTP/2.0\r\nHost: " + host + "\r\n\r\n", "505 HTTP Version Not Supported"));
        cases.add(DynamicTest.dynamicTest("dev server: a link in the site that leads out is not followed", () -> {
            Path link = project.out.resolve("leak.txt");
            Files.createSymbolicLink(link, project.secret);
            try {
                assertEquals("HTTP/1.1 404 Not Found", statusLine(send(get("/leak.txt", host))));
            } finally {
                Files.delete(link);
            }
        }));
        cases.add(DynamicTest.dynamicTest("dev server: idle and half-sent connections do not stall it", () -> {
            List<Socket> idle = new ArrayList<>();
            try {
                for (int i = 0; i < 16; i++) {
                    Socket socket = connect();
                    if (i % 2 == 1) {
                        socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: loc".getBytes(StandardCharsets.US_ASCII));
                    }
                    idle.add(socket);
                }
                long start = System.nanoTime();
                assertEquals("HTTP/1.1 200 OK", statusLine(send(get("/", host))));
                assertTrue(System.nanoTime() - start < 5_000_000_000L, "answered while 16 connections hang");
                for (Socket socket : idle) {
                    socket.setSoTimeout(5_000);
                    assertTrue(socket.getInputStream().read() < 0, "the server closed a connection that sent no request in time");
                }
            } finally {
                for (Socket socket : idle) {
                    socket.close();
                }
            }
        }));
        return cases.stream();
    }

    private static DynamicTest answers(String name, String request, String status) {
        return DynamicTest.dynamicTest("dev server: " + name, () -> {
            String response = send(request);
            assertEquals("HTTP/1.1 " + status, statusLine(response), response);
            assertFalse(response.contains(Project.SECRET), "no answer carries the secret");
            if (status.startsWith("405")) {
                assertTrue(response.contains("\r\nAllow: GET, HEAD\r\n"), response);
            }
        });
    }

    private static int port() {
        return server.address().getPort();
    }

    private static String get(String path, String hostHeader) {
        return "GET " + path + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nConnection: close\r\n\r\n";
    }

    private static String request(String method, String path, String headers, String body) {
        return method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + headers + "\r\n" + body;
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port()), 2_000);
        socket.setSoTimeout(5_000);
        return socket;
    }

    /** The whole response to a request sent as written, read until the server closes. */
    private static String send(String request) throws IOException {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }

    private static String statusLine(String response) {
        return response.lines().findFirst().orElse("");
    }
}
