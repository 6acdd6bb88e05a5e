package io.github.briefwright.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.briefwright.core.BuildException;
import io.github.briefwright.core.Limits;
import io.github.briefwright.core.Problem;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input matrix: what a hostile or careless user can put in front of a build, one case each, and the exact
 * outcome. A case either fails with a {@code file:line} error that says what is wrong, and the previous site is
 * left byte for byte as it was, or it builds and the site is safe ({@link SafeOutput}), with its own checks on
 * top. Pages built from injection payloads are then loaded in headless Chromium, where no payload may run
 * ({@link PayloadsInBrowser}). Crashes that the fuzz target finds become cases here.
 */
class BadInputMatrixTest {

    /** A good seed, built first in every case: the "previous site" that a failed build must leave alone. */
    private static final String GOOD = "---\ntitle: The good briefing\ndate: 2024-03-01\n---\n"
            + "Parliament met in Baghdad on Tuesday. The vote was close and the result was contested.\n";

    /** Marks a payload that ran: every script payload in the matrix sets it. */
    static final String RAN = "window.__pwned=true";

    @TempDir
    static Path dir;

    /** Sites built from injection payloads, for the browser check at the end. */
    private static final List<Path> INJECTED = new ArrayList<>();

    @TestFactory
    Stream<DynamicTest> matrix() {
        List<Case> cases = new ArrayList<>();
        cases.addAll(encoding());
        cases.addAll(size());
        cases.addAll(nesting());
        cases.addAll(frontMatter());
        cases.addAll(injection());
        cases.addAll(filesystem());
        assertTrue(cases.size() >= 55, "the matrix has " + cases.size() + " build cases");
        assertEquals(cases.size(), cases.stream().map(Case::name).distinct().count(), "case names are unique");
        Stream<DynamicTest> builds = cases.stream().map(c -> DynamicTest.dynamicTest(c.category() + ": " + c.name(),
                () -> run(c)));
        DynamicTest control = DynamicTest.dynamicTest("injection: the browser check sees a payload that runs", () -> {
            Project trusting = new Project(dir.resolve("control"));
            trusting.seed("payload.md", "# Payload\n\nText.\n\n<script>" + RAN + "</script>\n\n<img src=x onerror=\"alert(1)\">\n")
                    .configure(c -> c.allowRawHtml(true)).build();
            List<String> ran = PayloadsInBrowser.ran(List.of(trusting.out), dir.resolve("chromium-control"));
            assertTrue(ran.stream().anyMatch(r -> r.contains("__pwned")) && ran.stream().anyMatch(r -> r.contains("alert")),
                    "with raw HTML allowed (the user's opt-in) the payloads run, and the check sees them: " + ran);
        });
        DynamicTest browser = DynamicTest.dynamicTest("injection: no payload runs in Chromium", () -> {
            assertTrue(INJECTED.size() >= 20, "the injection cases built " + INJECTED.size() + " sites");
            List<String> ran = PayloadsInBrowser.ran(INJECTED, dir.resolve("chromium-profile"));
            assertTrue(ran.isEmpty(), "payloads ran:\n" + String.join("\n", ran));
        });
        return Stream.concat(builds, Stream.of(control, browser));
    }

    // ------------------------------------------------------------------ encoding

    private static List<Case> encoding() {
        return List.of(
                fails("encoding", "invalid UTF-8 byte names its line",
                        p -> p.bytes("bad.md", concat("# T\n\nLine two.\nBad \u00e9 here".getBytes(StandardCharsets.ISO_8859_1))),
                        "bad.md:4:", "is not valid UTF-8"),
                fails("encoding", "overlong UTF-8 encoding", p -> p.bytes("over.txt",
                        concat("A line of text.\nThen ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC0, (byte) 0xAF})),
                        "over.txt:2:", "is not valid UTF-8"),
                fails("encoding", "UTF-8 encoded surrogate", p -> p.bytes("sur.txt",
                        concat("Text ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})),
                        "sur.txt:1:", "is not valid UTF-8"),
                fails("encoding", "UTF-16LE with a byte order mark is named", p -> p.bytes("u16le.md",
                        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "# Title\n\nBody text here.\n".getBytes(StandardCharsets.UTF_16LE))),
                        "u16le.md:1:", "UTF-16LE"),
                fails("encoding", "UTF-16BE with a byte order mark is named", p -> p.bytes("u16be.md",
                        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "# Title\n\nBody text here.\n".getBytes(StandardCharsets.UTF_16BE))),
                        "u16be.md:1:", "UTF-16BE"),
                fails("encoding", "UTF-16 without a byte order mark is named from its NUL bytes", p -> p.bytes("nobom.txt",
                        "A paste saved by an old editor, as UTF-16.\n".getBytes(StandardCharsets.UTF_16LE)),
                        "nobom.txt:1:", "UTF-16"),
                fails("encoding", "UTF-32 with a byte order mark is named", p -> p.bytes("u32.txt",
                        concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, "Body text.\n".getBytes(java.nio.charset.Charset.forName("UTF-32LE")))),
                        "u32.txt:1:", "UTF-32"),
                fails("encoding", "a binary file is called one", p -> p.bytes("image.txt",
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0, 0, 0, 1, 0}),
                        "image.txt:", "binary"),
                fails("encoding", "the glossary is decoded strictly", p -> p.bytes("glossary.yml",
                        concat("- name: OPEC\n  type: organisation\n  description: Bad \u00e9 byte\n".getBytes(StandardCharsets.ISO_8859_1))),
                        "glossary.yml:3:", "is not valid UTF-8"),
                builds("encoding", "a UTF-8 byte order mark is dropped", p -> p.bytes("bom.md",
                        concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "---\ntitle: With a mark\n---\nBody text of the seed.\n".getBytes(StandardCharsets.UTF_8))),
                        site -> assertEquals("With a mark", title(site))),
                builds("encoding", "CR-only line ends keep the front matter", p -> p.seed("mac.md",
                        "---\rtitle: Old Mac file\rtags: [one]\r---\rThe body of an old file.\rIts second line.\r"),
                        site -> {
                            assertEquals("Old Mac file", title(site));
                            assertFalse(body(site).contains("title:"), "front matter is not body text");
                        }),
                builds("encoding", "CRLF line ends keep the front matter", p -> p.seed("dos.md",
                        "---\r\ntitle: Windows file\r\n---\r\nThe body of a Windows file.\r\n"),
                        site -> assertEquals("Windows file", title(site))),
                builds("encoding", "mixed line ends", p -> p.seed("mixed.md",
                        "---\ntitle: Mixed ends\r\n---\rOne line.\r\nTwo lines.\nThree.\r"),
                        site -> assertEquals("Mixed ends", title(site))),
                builds("encoding", "a Latin-1 seed with the encoding set", p -> p.bytes("latin.txt",
                        "Caf\u00e9 au lait in M\u00fcnchen, a paste from an old system.\n".getBytes(StandardCharsets.ISO_8859_1))
                        .configure(c -> c.encoding(StandardCharsets.ISO_8859_1)),
                        site -> assertTrue(Files.readString(site.resolve("index.html")).contains("Café"))));
    }

    // ------------------------------------------------------------------ size and limits

    private static List<Case> size() {
        return List.of(
                fails("size", "a seed over the size limit", p -> p.seed("big.txt", "word ".repeat(400))
                        .limits(Limits.DEFAULT.with(1_000L, null, null, null, null, null)),
                        "big.txt:", "briefwright.maxSeedBytes"),
                fails("size", "a 3 GB seed is refused before it is read", p -> {
                    p.seed("huge.txt", "");
                    try (RandomAccessFile file = new RandomAccessFile(p.seeds.resolve("huge.txt").toFile(), "rw")) {
                        file.setLength(3L * 1024 * 1024 * 1024);
                    }
                }, "huge.txt:", "briefwright.maxSeedBytes"),
                fails("size", "a line over the length limit names its line", p -> p.seed("long.txt",
                        "Title line\n\nShort line.\n" + "x".repeat(600) + "\n")
                        .limits(Limits.DEFAULT.with(null, 500, null, null, null, null)),
                        "long.txt:4:", "briefwright.maxLineLength"),
                builds("size", "notes over the limit are kept as text, with a warning", p -> {
                    StringBuilder text = new StringBuilder("# Many notes\n\nA claim");
                    StringBuilder defs = new StringBuilder();
                    for (int i = 1; i <= 30; i++) {
                        text.append(" and another[^n").append(i).append(']');
                        defs.append("[^n").append(i).append("]: Note ").append(i).append(".\n");
                    }
                    p.seed("notes.md", text + ".\n\n" + defs).limits(Limits.DEFAULT.with(null, null, null, 10, null, null));
                }, site -> assertTrue(Jsoup.parse(page(site).toFile())
                        .select(".sidenote").size() <= 10), "notes.md", "briefwright.maxNotes"),
                builds("size", "entities over the limit, with a warning", p -> p.seed("names.txt",
                        "A list of people\n\n" + names(40) + "\n")
                        .limits(Limits.DEFAULT.with(null, null, null, null, 5, null)),
                        site -> assertTrue(json(site).get("entities").size() <= 5),
                        "names.txt", "briefwright.maxEntities"),
                builds("size", "dated items over the limit, with a warning", p -> {
                    StringBuilder text = new StringBuilder("Many dates\n\n");
                    for (int i = 0; i < 40; i++) {
                        text.append("The council met on ").append(i % 28 + 1).append(" March ").append(1950 + i).append(". ");
                    }
                    p.seed("dates.txt", text + "\n").limits(Limits.DEFAULT.with(null, null, null, null, null, 5));
                }, site -> assertTrue(json(site).get("timeline").size() <= 5),
                        "dates.txt", "briefwright.maxDatedItems"),
                builds("size", "an empty seed is skipped", p -> p.seed("empty.md", ""),
                        BadInputMatrixTest::onlyTheGoodBriefing, "empty.md", "no body text"),
                builds("size", "a seed of blank lines is skipped", p -> p.seed("blank.txt", "\n \n\t\n   \n"),
                        BadInputMatrixTest::onlyTheGoodBriefing, "blank.txt", "no body text"),
                builds("size", "a 1 MB paste of lines just under the length limit", p -> p.seed("oneline.txt",
                        "A title\n\n" + ("This is a long sentence with words in it. ".repeat(4_700) + "\n\n").repeat(5)),
                        site -> assertTrue(Files.size(page(site)) > 1_000_000)));
    }

    // ------------------------------------------------------------------ nesting

    private static List<Case> nesting() {
        return List.of(
                fails("nesting", "2,000 nested block quotes", p -> p.seed("quotes.md", "# Deep\n\n" + "> ".repeat(2000) + "text\n"),
                        "quotes.md:3:", "briefwright.maxNesting"),
                fails("nesting", "2,000 nested block quotes written together", p -> p.seed("tight.md", ">".repeat(2000) + " text\n"),
                        "tight.md:1:", "briefwright.maxNesting"),
                fails("nesting", "800 nested list items", p -> {
                    StringBuilder text = new StringBuilder("# Lists\n\n");
                    for (int i = 0; i < 800; i++) {
                        text.append("  ".repeat(i)).append("- item ").append(i).append('\n');
                    }
                    p.seed("lists.md", text.toString());
                }, "lists.md:", "briefwright.maxNesting"),
                fails("nesting", "nesting just over a lowered limit", p -> p.seed("four.md", "# Four\n\n> > > > four deep\n")
                        .limits(Limits.DEFAULT.with(null, null, 3, null, null, null)),
                        "four.md:3:", "briefwright.maxNesting"),
                builds("nesting", "nesting at the limit builds", p -> p.seed("ok.md", "# At the limit\n\n" + "> ".repeat(32) + "deep but allowed\n"),
                        site -> assertTrue(body(site).contains("deep but allowed"))),
                builds("nesting", "5,000 nested brackets", p -> p.seed("brackets.md", "# Brackets\n\n" + "[".repeat(5000) + "x" + "]".repeat(5000) + "\n"),
                        site -> assertTrue(Files.exists(page(site)))),
                builds("nesting", "5,000 nested emphasis marks", p -> p.seed("emph.md", "# Emphasis\n\n" + "*_".repeat(2500) + "x" + "_*".repeat(2500) + "\n"),
                        site -> assertTrue(Files.exists(page(site)))),
                builds("nesting", "10,000 nested raw HTML elements are sanitised", p -> p.seed("divs.md",
                        "# Divs\n\n" + "<div>".repeat(10_000) + "inside" + "</div>".repeat(10_000) + "\n\nAfter the divs.\n"),
                        site -> assertTrue(body(site).contains("After the divs."))),
                builds("nesting", "3,000 quote marks in a raw paste are text", p -> p.seed("paste.txt",
                        "A paste\n\n" + "> ".repeat(3000) + "quoted\n"),
                        site -> assertTrue(Files.exists(page(site)))));
    }

    // ------------------------------------------------------------------ front matter

    private static List<Case> frontMatter() {
        return List.of(
                fails("front matter", "never closed", p -> p.seed("open.md", "---\ntitle: Open\nBody text.\n"),
                        "open.md:1:", "never closed"),
                fails("front matter", "malformed YAML names its line", p -> p.seed("yaml.md", "---\ntitle: A\ntags: [a, b\n---\nBody.\n"),
                        "yaml.md:", "malformed front matter"),
                fails("front matter", "a list instead of a mapping", p -> p.seed("list.md", "---\n- a\n- b\n---\nBody.\n"),
                        "list.md:2:", "front matter"),
                fails("front matter", "a title that is not text", p -> p.seed("nottext.md", "---\ntitle: [a, b]\n---\nBody.\n"),
                        "nottext.md:2:", "title"),
                fails("front matter", "a javascript: source", p -> p.seed("js.md", "---\ntitle: T\nsource: javascript:alert(1)\n---\nBody.\n"),
                        "js.md:3:", "http(s) URL"),
                fails("front matter", "a data: source", p -> p.seed("data.md", "---\ntitle: T\nsource: \"data:text/html,<script>alert(1)</script>\"\n---\nBody.\n"),
                        "data.md:3:", "http(s) URL"),
                fails("front matter", "an impossible date", p -> p.seed("date.md", "---\ntitle: T\ndate: 2023-02-30\n---\nBody.\n"),
                        "date.md:3:", "date"),
                fails("front matter", "many aliases (billion laughs)", p -> {
                    StringBuilder yaml = new StringBuilder("---\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
                    for (char c = 'b'; c <= 'k'; c++) {
                        char before = (char) (c - 1);
                        yaml.append(c).append(": &").append(c).append(" [*").append(before);
                        yaml.append((", *" + before).repeat(9)).append("]\n");
                    }
                    p.seed("laughs.md", yaml + "title: Laughs\n---\nBody.\n");
                }, "laughs.md:", "front matter"),
                builds("front matter", "a YAML type tag is only a name", p -> p.seed("tag.md", "---\ntitle: !!java.lang.Runtime x\n---\nBody text.\n"),
                        site -> assertEquals("x", title(site))),
                builds("front matter", "control characters in the title", p -> p.seed("ctl.md",
                        "---\ntitle: \"Bell\\a and escape\\e and \\x7F in a title\"\n---\nBody text.\n"),
                        site -> assertFalse(Files.readString(site.resolve("feed.xml")).contains("\u0007"))),
                builds("front matter", "a right-to-left override in the title", p -> p.seed("bidi.md",
                        "---\ntitle: \"Invoice \u202Egpj.exe\"\n---\nBody text.\n"),
                        site -> {
                            assertFalse(Files.readString(site.resolve("feed.xml")).contains("\u202E"));
                            assertFalse(Jsoup.parse(site.resolve("index.html").toFile()).title().contains("\u202E"));
                        }),
                builds("front matter", "a script in the title", p -> p.seed("script.md",
                        "---\ntitle: \"<script>" + RAN + "</script>\"\n---\nBody text.\n").injected(),
                        site -> assertTrue(Files.readString(site.resolve("index.html")).contains("&lt;script&gt;"))),
                builds("front matter", "a slug that climbs out of the site", p -> p.seed("climb.md",
                        "---\ntitle: Climb\nslug: ../../../outside/x\n---\nBody text.\n"),
                        site -> assertTrue(Files.list(site.resolve("briefings")).allMatch(Files::isDirectory)),
                        "climb.md", "slug"),
                builds("front matter", "two seeds with one slug", p -> p.seed("a.md", "---\ntitle: Same\nslug: same\n---\nOne.\n")
                        .seed("b.md", "---\ntitle: Same too\nslug: same\n---\nTwo.\n"),
                        site -> assertTrue(Files.exists(site.resolve("briefings/same-2/index.html"))), "b.md", "already used"),
                builds("front matter", "scripts in tags and authors", p -> p.seed("tags.md",
                        "---\ntitle: Tagged\ntags: [\"<img src=x onerror=" + RAN + ">\"]\nauthors: [\"<script>" + RAN + "</script>\"]\n---\nBody text.\n").injected(),
                        site -> assertTrue(Files.exists(page(site)))),
                builds("front matter", "a 10,000-character title", p -> p.seed("longtitle.md",
                        "---\ntitle: \"" + "Long ".repeat(2000) + "\"\n---\nBody text.\n"),
                        site -> assertTrue(Files.exists(site.resolve("index.html")))),
                builds("front matter", "a draft is not published", p -> p.seed("draft.md", "---\ntitle: Draft\ndraft: true\n---\nBody.\n"),
                        BadInputMatrixTest::onlyTheGoodBriefing, "draft.md", "draft"));
    }

    // ------------------------------------------------------------------ injection

    private static List<Case> injection() {
        String img = "<img src=x onerror=\"" + RAN + "\">";
        return List.of(
                injected("a script block", "<script>" + RAN + "</script>"),
                injected("an image with onerror", "Text " + img + " more."),
                injected("an SVG with onload", "<svg onload=\"" + RAN + "\"><circle r=\"4\"/></svg>"),
                injected("an iframe with srcdoc", "<iframe srcdoc=\"<script>parent." + RAN + "</script>\"></iframe>"),
                injected("a refresh to javascript:", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:" + RAN + "\">"),
                injected("an object with data:", "<object data=\"data:text/html,<script>" + RAN + "</script>\"></object>"),
                injected("a style that loads a URL", "<p style=\"background:url(javascript:" + RAN + ")\">styled</p>"),
                injected("a form posting elsewhere", "<form action=\"https://evil.example/\"><button formaction=\"javascript:" + RAN + "\">Go</button></form>"),
                injected("a base element", "<base href=\"javascript:" + RAN + "//\">\n\n[relative](page.html)"),
                injected("a javascript: link", "[click](javascript:" + RAN + ")"),
                injected("a javascript: link in upper case", "[click](JaVaScRiPt:" + RAN + ")"),
                injected("a javascript: link with an entity", "[click](java&#x09;script:" + RAN + ")"),
                injected("a javascript: autolink", "<javascript:" + RAN + ">"),
                injected("a javascript: reference link", "[click][r]\n\n[r]: javascript:" + RAN),
                injected("a data: link", "[open](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD10cnVlPC9zY3JpcHQ+)"),
                injected("a data: image", "![picture](data:image/svg+xml,<svg onload=\"" + RAN + "\"/>)"),
                injected("a raw data: link", "<a href=\"data:text/html,<script>" + RAN + "</script>\">open</a>"),
                injected("a vbscript: link", "[old](vbscript:msgbox)"),
                injected("a file: link", "[passwd](file:///etc/passwd)"),
                injected("a note with a script", "A claim.[^1]\n\n[^1]: " + img),
                injected("CriticMarkup with a script", "A {>>" + img + "<<} comment and {++<script>" + RAN + "</script>++}."),
                injected("template syntax is text", "${\"" + RAN + "\"?eval} <#assign x=1> [#ftl] ${.now}"),
                builds("injection", "a raw paste with markup is text", p -> p.seed("paste.txt",
                        "A paste\n\nThe minister spoke in Baghdad on Tuesday about the budget.\n\nThe page said <script>" + RAN
                                + "</script> and " + img + " in the middle of the text.\n\nThe vote is due next week.\n").injected(),
                        site -> assertTrue(Files.readString(page(site)).contains("&lt;script&gt;"))),
                builds("injection", "a glossary with markup and a javascript: link", p -> p.seed("glossary.yml",
                        "- name: OPEC\n  type: organisation\n  description: \"" + img.replace("\"", "\\\"") + " the cartel\"\n  link: https://www.opec.org/\n")
                        .seed("oil.md", "# Oil\n\nOPEC met in Vienna to cut output.\n").injected(),
                        site -> assertTrue(Files.exists(page(site)))),
                fails("injection", "a glossary link that is javascript:", p -> p.seed("glossary.yml",
                        "- name: OPEC\n  type: organisation\n  link: javascript:alert(1)\n"), "glossary.yml:3:", "http(s) URL"));
    }

    private static Case injected(String name, String markdown) {
        return builds("injection", name, p -> p.seed("payload.md", "# Payload\n\nBefore the payload.\n\n" + markdown
                + "\n\nAfter the payload.\n").injected(),
                site -> assertTrue(body(site).contains("After the payload.")));
    }

    // ------------------------------------------------------------------ file system

    private static List<Case> filesystem() {
        return List.of(
                builds("file system", "a link to a file outside the seed folder is skipped", p -> {
                    Files.createSymbolicLink(p.seeds.resolve("leak.txt"), p.secret);
                }, BadInputMatrixTest::onlyTheGoodBriefing, "leak.txt", "outside the seed folder"),
                builds("file system", "a link to a folder outside the seed folder is not followed", p -> {
                    Files.writeString(p.secret.resolveSibling("more.md"), "# More\n\n" + Project.SECRET + "\n");
                    Files.createSymbolicLink(p.seeds.resolve("linked"), p.secret.getParent());
                }, BadInputMatrixTest::onlyTheGoodBriefing),
                builds("file system", "a link to a seed inside the seed folder is kept", p -> {
                    p.seed("notes/inside.md", "# Inside\n\nInside text.\n");
                    Files.createSymbolicLink(p.seeds.resolve("alias.md"), p.seeds.resolve("notes/inside.md"));
                }, site -> {
                    assertTrue(Files.exists(site.resolve("briefings/inside/index.html")));
                    assertTrue(Files.exists(site.resolve("briefings/alias/index.html")));
                }),
                builds("file system", "a link to the glossary outside the seed folder is skipped", p -> {
                    Files.writeString(p.secret.resolveSibling("glossary.yml"), "- name: Baghdad\n  type: place\n  description: " + Project.SECRET + "\n");
                    Files.createSymbolicLink(p.seeds.resolve("glossary.yml"), p.secret.resolveSibling("glossary.yml"));
                }, site -> { }, "glossary.yml", "outside"),
                builds("file system", "a template that links outside the template folder is skipped", p -> {
                    Files.createDirectories(p.templates.resolve("assets"));
                    Files.createSymbolicLink(p.templates.resolve("assets/leak.css"), p.secret);
                }, site -> assertFalse(Files.exists(site.resolve("assets/leak.css"))), "leak.css", "outside"),
                builds("file system", "a FIFO in the seed folder is skipped, not read", p -> {
                    Assumptions.assumeTrue(mkfifo(p.seeds.resolve("pipe.txt")), "mkfifo is not available");
                }, site -> { }, "pipe.txt", "not a regular file"),
                builds("file system", "hidden files are not published", p -> p.seed(".secret.md", "# Hidden\n\n" + Project.SECRET + "\n")
                        .seed(".git/notes.md", "# Git\n\n" + Project.SECRET + "\n"),
                        BadInputMatrixTest::onlyTheGoodBriefing),
                builds("file system", "a file name with a line break cannot forge a log line", p -> p.seed("a\n[ERROR] forged.md", ""),
                        site -> { }, "a [ERROR] forged.md", "no body text"),
                fails("file system", "output inside the template folder", p -> p.configure(c -> c.outputDirectory(p.templates.resolve("site"))),
                        "", "Refusing to write the site", "template folder"),
                fails("file system", "output inside the seed folder", p -> p.configure(c -> c.outputDirectory(p.seeds.resolve("site"))),
                        "", "Refusing to write the site", "inside the seed folder"),
                fails("file system", "output is the seed folder", p -> p.configure(c -> c.outputDirectory(p.seeds)),
                        "", "Refusing to write the site", "seed folder"),
                fails("file system", "output inside the glossary's folder", p -> {
                    Path glossary = p.root.resolve("notes/glossary.yml");
                    Files.createDirectories(glossary.getParent());
                    Files.writeString(glossary, "- name: OPEC\n  type: organisation\n  description: The cartel.\n");
                    p.configure(c -> c.glossaryFile(glossary).outputDirectory(glossary.resolveSibling("site")));
                }, "", "Refusing to write the site", "glossary"),
                fails("file system", "output is the project folder", p -> p.configure(c -> c.outputDirectory(p.root)),
                        "", "Refusing to write the site", "project"),
                builds("file system", "empty folders the user made in the output stay", p -> {
                    Files.createDirectories(p.out.resolve("mine/empty"));
                    Files.createDirectories(p.out.resolve("uploads"));
                }, site -> {
                    assertTrue(Files.isDirectory(site.resolve("mine/empty")));
                    assertTrue(Files.isDirectory(site.resolve("uploads")));
                }),
                fails("file system", "a missing seed folder", p -> p.configure(c -> c.seedDirectory(p.root.resolve("nowhere"))),
                        "", "does not exist"));
    }

    // ------------------------------------------------------------------ the cases and how they run

    /** What the user puts in front of the build, on top of the good seed. */
    interface Setup {
        void apply(Project project) throws Exception;
    }

    /** A check on a built site. */
    interface Check {
        void verify(Path site) throws Exception;
    }

    /**
     * @param where   for a failure, the start of the {@code file:line:} of one problem ("" for a whole-build error);
     *                for a build, the file a warning must name, or {@code null} for no warning expected
     * @param phrases what that problem or warning must say
     */
    record Case(String category, String name, Setup setup, boolean fails, String where, List<String> phrases, Check check) {
    }

    private static Case fails(String category, String name, Setup setup, String where, String... phrases) {
        return new Case(category, name, setup, true, where, List.of(phrases), null);
    }

    private static Case builds(String category, String name, Setup setup, Check check, String... warning) {
        return new Case(category, name, setup, false, warning.length == 0 ? null : warning[0],
                warning.length == 0 ? List.of() : List.of(warning).subList(1, warning.length), check);
    }

    private static void run(Case c) throws Exception {
        Project project = new Project(dir.resolve("case-" + Integer.toHexString(c.name().hashCode())));
        project.seed("good.md", GOOD);
        project.build();
        Map<String, String> previous = Project.snapshot(project.out);
        project.warnings.clear();
        c.setup().apply(project);
        Map<String, String> outside = project.filesOutsideOutput();
        if (c.fails()) {
            BuildException error = null;
            try {
                project.build();
            } catch (BuildException e) {
                error = e;
            }
            if (error == null) {
                fail("the build succeeded; expected " + c.where() + " " + c.phrases());
            }
            String message = error.getMessage();
            List<String> problems = error.problems().isEmpty() ? List.of(message)
                    : error.problems().stream().map(Problem::toString).toList();
            assertTrue(problems.stream().anyMatch(p -> p.startsWith(c.where()) && c.phrases().stream().allMatch(p::contains)),
                    "expected a problem at '" + c.where() + "' saying " + c.phrases() + "; got:\n" + message);
            assertFalse(message.contains("\tat "), "no stack trace");
            assertEquals(previous, Project.snapshot(project.out), "the previous site is left as it was");
        } else {
            project.build();
            if (c.where() != null) {
                assertTrue(project.warnings.stream().anyMatch(w -> w.contains(c.where())
                        && c.phrases().stream().allMatch(w::contains)),
                        "expected a warning naming " + c.where() + " saying " + c.phrases() + "; got:\n"
                                + String.join("\n", project.warnings));
            }
            List<String> unsafe = SafeOutput.problems(project.out);
            assertTrue(unsafe.isEmpty(), "the site is not safe:\n" + String.join("\n", unsafe));
            try {
                c.check().verify(project.out);
            } catch (AssertionError | IOException e) {
                throw new AssertionError(e.getMessage() + "\nwarnings:\n" + String.join("\n", project.warnings), e);
            }
            if (project.injected) {
                synchronized (INJECTED) {
                    INJECTED.add(project.out);
                }
            }
        }
        for (String warning : project.warnings) {
            assertFalse(warning.contains("\n") && warning.lines().anyMatch(l -> l.startsWith("[ERROR]")),
                    "a warning cannot start a log line of its own: " + warning);
        }
        Map<String, String> after = project.filesOutsideOutput();
        after.keySet().removeIf(path -> path.startsWith(".site.briefwright-staging"));
        assertEquals(outside, after, "nothing outside the output folder is written or deleted");
    }

    // ------------------------------------------------------------------ helpers

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private static String names(int count) {
        String[] first = {"Anna", "Bruno", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hassan"};
        String[] last = {"Keller", "Moreau", "Novak", "Okafor", "Petrov"};
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> first[i % first.length] + " " + last[i / first.length % last.length]
                        + (i >= 40 ? "-" + i : "") + " spoke to reporters.")
                .collect(Collectors.joining(" "));
    }

    /** The folder of the one briefing the case added beside the good one. */
    private static Path briefing(Path site) throws IOException {
        List<Path> added;
        try (Stream<Path> folders = Files.list(site.resolve("briefings"))) {
            added = folders.filter(f -> !f.getFileName().toString().equals("good")).toList();
        }
        assertEquals(1, added.size(), "one briefing added: " + added);
        return added.get(0);
    }

    /** Nothing was published beside the good briefing. */
    private static void onlyTheGoodBriefing(Path site) throws IOException {
        try (Stream<Path> folders = Files.list(site.resolve("briefings"))) {
            assertEquals(List.of("good"), folders.map(f -> f.getFileName().toString()).toList());
        }
    }

    private static Path page(Path site) throws IOException {
        return briefing(site).resolve("index.html");
    }

    private static String title(Path site) throws IOException {
        return json(site).get("title").asText();
    }

    private static String body(Path site) throws IOException {
        return Jsoup.parse(page(site).toFile()).body().text();
    }

    private static com.fasterxml.jackson.databind.JsonNode json(Path site) throws IOException {
        return com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
                .readTree(briefing(site).resolve("briefing.json").toFile());
    }

    private static boolean mkfifo(Path path) {
        try {
            Process process = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
