package io.github.briefwright.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertIterableEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.Limits;
import io.github.briefwright.core.Problem;
import io.github.briefwright.core.model.Author;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedLoaderTest {

    @TempDir
    Path root;

    private Seed load(String name, String text) throws Exception {
        return load(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Seed load(String name, byte[] bytes) throws Exception {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return new SeedLoader(root, StandardCharsets.UTF_8).load(file);
    }

    private List<Problem> problems(String name, String text) {
        return assertThrows(SeedException.class, () -> load(name, text)).problems();
    }

    @Test
    void findsTxtAndMdSeedsRecursivelyInStableOrderSkippingHiddenAndOtherFiles() throws IOException {
        for (String name : List.of("b.txt", "a.md", "sub/c.TXT", "sub/d.markdown", "notes.docx", ".hidden.txt",
                ".git/e.md", "sub/.draft/f.txt")) {
            Path file = root.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "text");
        }
        List<String> found = new SeedLoader(root, StandardCharsets.UTF_8).find().stream()
                .map(path -> root.relativize(path).toString().replace('\\', '/')).toList();
        assertIterableEquals(List.of("a.md", "b.txt", "sub/c.TXT", "sub/d.markdown"), found);
    }

    @Test
    void aListingUpdatedByTheChangedPathsIsTheFolderListedAgainOrNone() throws IOException {
        SeedLoader loader = new SeedLoader(root, StandardCharsets.UTF_8);
        for (String name : List.of("b.txt", "a.md", "sub/c.md", "notes.docx")) {
            write(name);
        }
        SeedLoader.Listing listing = loader.list();
        // a seed added, one changed, one deleted; a hidden file, another kind of file, a path outside: passed over
        write("sub/a0.md");
        write("b.txt");
        Files.delete(root.resolve("a.md"));
        write(".draft.md");
        write("notes.docx");
        List<Path> changed = List.of(root.resolve("sub/a0.md"), root.resolve("b.txt"), root.resolve("a.md"),
                root.resolve(".draft.md"), root.resolve("notes.docx"), root.resolve("../elsewhere.md"),
                root.resolve("sub/gone.md"));
        SeedLoader.Listing updated = loader.relisted(listing, changed);
        assertEquals(said(loader.list()), said(updated));
        // a new folder: its files may not each have been seen
        write("new/d.md");
        assertEquals(null, loader.relisted(updated, List.of(root.resolve("new"))));
        SeedLoader.Listing withFolder = loader.list();
        // a folder of listed seeds gone (moved away in one step): its files were not each seen
        Files.move(root.resolve("new"), root.resolveSibling(root.getFileName() + "-moved"));
        assertEquals(null, loader.relisted(withFolder, List.of(root.resolve("new"))));
        // a folder named like a seed, and a listing that holds a link: listed again
        Files.createDirectories(root.resolve("odd.md"));
        assertEquals(null, loader.relisted(withFolder, List.of(root.resolve("odd.md"))));
        Files.createSymbolicLink(root.resolve("link.md"), root.resolve("b.txt"));
        SeedLoader.Listing withLink = loader.list();
        assertTrue(withLink.files().contains(root.resolve("link.md")));
        assertEquals(null, loader.relisted(withLink, List.of(root.resolve("b.txt"))));
    }

    @Test
    void aSeedFolderThatIsALinkIsNotWarnedAboutAsAFile() throws IOException {
        Path target = Files.createDirectories(root.resolve("real"));
        Files.writeString(target.resolve("a.md"), "text");
        Path link = Files.createSymbolicLink(root.resolveSibling(root.getFileName() + "-link"), target);
        try {
            List<Problem> warnings = new java.util.ArrayList<>();
            new SeedLoader(link, StandardCharsets.UTF_8).find(warnings);
            assertEquals(List.of(), warnings);
        } finally {
            Files.delete(link);
        }
    }

    @Test
    void randomChangesSeenByAWatcherKeepTheListingAsAListingAgain() throws IOException {
        // each step changes files as an editor or a shell would and gives the paths a watcher reports (the entry in
        // the folder that changed); the updated listing, when there is one, says what listing again says
        SeedLoader loader = new SeedLoader(root, StandardCharsets.UTF_8);
        java.util.Random random = new java.util.Random(23);
        List<String> names = List.of("a.md", "b.txt", "c.markdown", "notes.docx", ".hidden.md", "x.md~", "sub/d.md",
                "sub/e.txt", "sub/deeper/f.md", "other/g.md", ".git/h.md");
        SeedLoader.Listing listing = loader.list();
        int updated = 0;
        for (int step = 0; step < 300; step++) {
            List<Path> seen = new java.util.ArrayList<>();
            for (int change = 1 + random.nextInt(3); change > 0; change--) {
                Path file = root.resolve(names.get(random.nextInt(names.size())));
                int what = random.nextInt(10);
                if (what < 5) {
                    boolean madeFolder = !Files.isDirectory(file.getParent());
                    Path firstNew = file.getParent();
                    while (!Files.isDirectory(firstNew.getParent())) {
                        firstNew = firstNew.getParent();
                    }
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, "text " + step);
                    seen.add(madeFolder ? firstNew : file);
                } else if (what < 8) {
                    if (Files.deleteIfExists(file)) {
                        seen.add(file);
                    }
                } else if (Files.isDirectory(file.getParent()) && !file.getParent().equals(root)) {
                    deleteTree(file.getParent());
                    seen.add(file.getParent());
                }
            }
            SeedLoader.Listing next = loader.relisted(listing, seen);
            SeedLoader.Listing again = loader.list();
            if (next != null) {
                updated++;
                assertEquals(said(again), said(next), "step " + step + ": " + seen);
            }
            listing = again;
        }
        assertTrue(updated > 150, "most steps are updated, not listed again: " + updated);
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** What a listing says: each file with its size and time, and the warnings. */
    private static String said(SeedLoader.Listing listing) {
        StringBuilder said = new StringBuilder();
        for (Path file : listing.files()) {
            var attributes = listing.attributes().get(file);
            said.append(file).append(' ').append(attributes.size()).append(' ').append(attributes.lastModifiedTime())
                    .append('\n');
        }
        return said.append(listing.warnings()).toString();
    }

    private void write(String name) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "text " + System.nanoTime());
    }

    @Test
    void plainSeedKeepsItsTextDropsTheByteOrderMarkAndEndsLinesWithNewline() throws Exception {
        Seed seed = load("paste.txt", "\uFEFFFirst line.\r\nSecond line.\r\n");
        assertEquals("First line.\nSecond line.\n", seed.body());
        assertEquals(1, seed.bodyLine());
        assertEquals(SeedFormat.TXT, seed.format());
        assertEquals(FrontMatter.NONE, seed.frontMatter());
    }

    @Test
    void readsEveryFrontMatterKey() throws Exception {
        Seed seed = load("dir/note.md", """
                ---
                title: "Iraq: what next"
                dek: A short dek
                authors:
                  - Jane Doe
                  - name: Meghan L. O'Sullivan
                    bio: A professor.
                date: 2020-01-07
                source: https://example.org/a?b=1
                publisher: Example Affairs
                tags: [iraq, us]
                slug: iraq-next
                draft: true
                summary: The summary.
                keyPoints:
                  - One
                  - Two
                ---
                Body starts here.
                """);
        FrontMatter front = seed.frontMatter();
        assertEquals("Iraq: what next", front.title());
        assertEquals("A short dek", front.dek());
        assertEquals(List.of(new Author("Jane Doe", null), new Author("Meghan L. O'Sullivan", "A professor.")),
                front.authors());
        assertEquals("2020-01-07", front.date());
        assertEquals("https://example.org/a?b=1", front.source());
        assertEquals("Example Affairs", front.publisher());
        assertEquals(List.of("iraq", "us"), front.tags());
        assertEquals("iraq-next", front.slug());
        assertTrue(front.draft());
        assertEquals("The summary.", front.summary());
        assertEquals(List.of("One", "Two"), front.keyPoints());
        assertEquals("Body starts here.\n", seed.body());
        assertEquals(19, seed.bodyLine());
        assertEquals("dir/note.md", seed.sourceFile());
        assertTrue(seed.warnings().isEmpty());
    }

    @Test
    void frontMatterMayOpenATxtSeedAndDatesKeepTheirTime() throws Exception {
        Seed seed = load("paste.txt", "---\ndate: 2020-01-07 17:12:00-05:00\ntitle:\n---\nText\n");
        assertEquals("2020-01-07T17:12-05:00", seed.frontMatter().date());
        assertNull(seed.frontMatter().title());
        assertEquals("Text\n", seed.body());
    }

    @Test
    void aDashLineLaterInTheTextIsNotFrontMatter() throws Exception {
        Seed seed = load("paste.txt", "Title\n---\nText\n");
        assertEquals(FrontMatter.NONE, seed.frontMatter());
        assertEquals("Title\n---\nText\n", seed.body());
    }

    @Test
    void unknownKeysWarnWithTheirLine() throws Exception {
        Seed seed = load("a.md", "---\ntitle: T\nauthr: X\n---\nBody\n");
        assertEquals(1, seed.warnings().size());
        assertEquals(3, seed.warnings().get(0).line());
        assertTrue(seed.warnings().get(0).message().contains("'authr'"));
    }

    @Test
    void invalidUtf8NamesTheLine() {
        byte[] bytes = "ok\nalso ok\nbad \u00e9 here\n".getBytes(StandardCharsets.ISO_8859_1);
        SeedException e = assertThrows(SeedException.class, () -> load("latin.txt", bytes));
        Problem problem = e.problems().get(0);
        assertEquals("latin.txt", problem.file());
        assertEquals(3, problem.line());
        assertTrue(problem.message().contains("not valid UTF-8"), problem.message());
    }

    @Test
    void binaryFileIsRefused() {
        SeedException e = assertThrows(SeedException.class, () -> load("x.txt", new byte[] {'P', 'K', 3, 4, 0, 1}));
        assertTrue(e.problems().get(0).message().contains("binary"));
    }

    @Test
    void malformedYamlNamesTheLineAndWhatIsWrong() {
        List<Problem> problems = problems("a.md", "---\ntitle: ok\ntags: [a, b\ndate: 2020-01-01\n---\nBody\n");
        assertEquals(1, problems.size());
        assertEquals("a.md", problems.get(0).file());
        assertEquals(4, problems.get(0).line(), "where the parser noticed");
        assertTrue(problems.get(0).message().contains("started on line 3"), problems.get(0).message());
    }

    @Test
    void everyInvalidValueIsReportedWithItsLine() {
        List<Problem> problems = problems("a.md", """
                ---
                title: [not, a, text]
                date: January 7, 2020
                source: javascript:alert(1)
                draft: maybe
                title: again
                authors:
                  - bio: no name
                ---
                Body
                """);
        assertEquals(List.of(2, 3, 4, 5, 6, 8), problems.stream().map(Problem::line).toList(),
                problems.toString());
        assertTrue(problems.get(2).message().contains("not an http(s) URL"));
        assertTrue(problems.get(4).message().contains("given twice"));
    }

    @Test
    void unclosedFrontMatterIsAnError() {
        List<Problem> problems = problems("a.md", "---\ntitle: T\nBody without a closing fence\n");
        assertEquals(1, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("never closed"));
    }

    @Test
    void frontMatterThatIsNotAMappingIsAnError() {
        List<Problem> problems = problems("a.md", "---\n- just\n- a list\n---\nBody\n");
        assertEquals(2, problems.get(0).line());
    }

    @Test
    void unreadableFileIsReported() {
        Path missing = root.resolve("gone.txt");
        SeedException e = assertThrows(SeedException.class,
                () -> new SeedLoader(root, StandardCharsets.UTF_8).load(missing));
        assertEquals("gone.txt", e.problems().get(0).file());
        assertFalse(e.problems().get(0).message().isBlank());
    }

    // --- only files inside the seed folder ---------------------------------------------------------------------

    /** A symbolic link, or the test is skipped where the file system or the user may not make one. */
    private static void link(Path link, Path target) throws IOException {
        try {
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links cannot be made here: " + e);
        }
    }

    /** A named pipe made with mkfifo, or the test is skipped where there is none. */
    private static void fifo(Path file) throws Exception {
        try {
            Process process = new ProcessBuilder("mkfifo", file.toString()).redirectErrorStream(true).start();
            Assumptions.assumeTrue(process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0,
                    "mkfifo failed: " + new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            Assumptions.abort("mkfifo is not available: " + e);
        }
    }

    private List<Problem> found(List<String> expected) throws IOException {
        List<Problem> warnings = new ArrayList<>();
        List<String> found = new SeedLoader(root, StandardCharsets.UTF_8).find(warnings).stream()
                .map(path -> root.relativize(path).toString().replace('\\', '/')).toList();
        assertIterableEquals(expected, found);
        return warnings;
    }

    @Test
    void aLinkToAFileOutsideTheSeedFolderIsSkippedWithAWarning(@TempDir Path elsewhere) throws Exception {
        Path secret = Files.writeString(elsewhere.resolve("passwd"), "root:x:0:0");
        Files.writeString(root.resolve("real.txt"), "Real text.");
        link(root.resolve("leak.txt"), secret);
        link(root.resolve("sub/leak.md"), elsewhere.resolve("passwd"));
        List<Problem> warnings = found(List.of("real.txt"));
        assertEquals(List.of(
                "leak.txt: is a symbolic link to a file outside the seed folder; skipped — copy the file in to publish it",
                "sub/leak.md: is a symbolic link to a file outside the seed folder; skipped — copy the file in to publish it"),
                warnings.stream().map(Problem::toString).toList());
    }

    @Test
    void loadingALinkOutOfTheSeedFolderIsRefusedEvenWhenItWasAFileWhenFound(@TempDir Path elsewhere) throws Exception {
        Path secret = Files.writeString(elsewhere.resolve("passwd"), "root:x:0:0");
        Path seed = Files.writeString(root.resolve("a.txt"), "Harmless.");
        SeedLoader loader = new SeedLoader(root, StandardCharsets.UTF_8);
        assertEquals(List.of(seed), loader.find());
        Files.delete(seed);
        link(seed, secret);
        SeedException e = assertThrows(SeedException.class, () -> loader.load(seed));
        assertEquals("a.txt: is a symbolic link to a file outside the seed folder; copy the file in to publish it",
                e.problems().get(0).toString());
    }

    @Test
    void aLinkToAFileInsideTheSeedFolderIsKeptAndRead() throws Exception {
        Files.createDirectories(root.resolve("archive"));
        Files.writeString(root.resolve("archive/original.txt.bak"), "Inside text.");
        link(root.resolve("current.txt"), Path.of("archive/original.txt.bak"));
        assertTrue(found(List.of("current.txt")).isEmpty());
        Seed seed = new SeedLoader(root, StandardCharsets.UTF_8).load(root.resolve("current.txt"));
        assertEquals("Inside text.", seed.body());
        assertEquals("current.txt", seed.sourceFile());
    }

    @Test
    void brokenLinksAndLinksToFoldersAreSkippedWithAWarning() throws Exception {
        Files.createDirectories(root.resolve("folder"));
        link(root.resolve("gone.txt"), Path.of("nowhere.txt"));
        link(root.resolve("folder.md"), Path.of("folder"));
        List<Problem> warnings = found(List.of());
        assertEquals(List.of(
                "folder.md: is a symbolic link to a folder, not to a file; skipped — remove the link",
                "gone.txt: is a symbolic link to a file that does not exist; skipped — fix the link or remove it"),
                warnings.stream().map(Problem::toString).toList());
    }

    @Test
    void aNamedPipeIsSkippedWithAWarningInsteadOfBlockingTheBuild() throws Exception {
        fifo(root.resolve("pipe.txt"));
        Files.writeString(root.resolve("real.md"), "Text.");
        List<Problem> warnings = found(List.of("real.md"));
        assertEquals(List.of("pipe.txt: is a special file (a named pipe, device or socket), not a regular file; "
                + "skipped — remove it from the seed folder"), warnings.stream().map(Problem::toString).toList());
        SeedException e = assertThrows(SeedException.class,
                () -> new SeedLoader(root, StandardCharsets.UTF_8).load(root.resolve("pipe.txt")));
        assertTrue(e.problems().get(0).message().startsWith("is a special file"), e.problems().toString());
    }

    // --- limits, checked before work starts ---------------------------------------------------------------------

    @Test
    void aSeedOverTheSizeLimitFailsBeforeItIsRead() throws Exception {
        Path huge = root.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L * 1024 * 1024 * 1024); // sparse: takes no room
        }
        SeedException e = assertThrows(SeedException.class,
                () -> new SeedLoader(root, StandardCharsets.UTF_8).load(huge));
        assertEquals("huge.txt: is 3.0 GiB, more than the limit of 16 MiB (briefwright.maxSeedBytes); split it or "
                + "raise the limit", e.problems().get(0).toString());
    }

    @Test
    void aSeedJustOverASmallLimitIsGivenInBytes() throws Exception {
        Path file = Files.write(root.resolve("a.txt"), new byte[101]);
        Limits limits = Limits.DEFAULT.with(100L, null, null, null, null, null);
        SeedException e = assertThrows(SeedException.class,
                () -> new SeedLoader(root, StandardCharsets.UTF_8, limits).load(file));
        assertEquals("a.txt: is 101 bytes, more than the limit of 100 bytes (briefwright.maxSeedBytes); split it or "
                + "raise the limit", e.problems().get(0).toString());
        Files.write(file, "x".repeat(100).getBytes(StandardCharsets.UTF_8));
        assertEquals("x".repeat(100), new SeedLoader(root, StandardCharsets.UTF_8, limits).load(file).body());
    }

    @Test
    void aLineOverTheLengthLimitIsAnErrorAtThatLine() throws Exception {
        Path file = Files.writeString(root.resolve("a.md"), "---\rtitle: T\r---\rshort\r\n" + "é".repeat(11) + "\nok\n");
        Limits limits = Limits.DEFAULT.with(null, 10, null, null, null, null);
        SeedException e = assertThrows(SeedException.class,
                () -> new SeedLoader(root, StandardCharsets.UTF_8, limits).load(file));
        assertEquals("a.md:5: line 5 is 11 characters long, more than the limit of 10 (briefwright.maxLineLength); "
                + "break it into paragraphs or raise the limit", e.problems().get(0).toString());
        Files.writeString(file, "é".repeat(10) + "\n" + "\uD83D\uDE00".repeat(10));
        assertEquals(2, new SeedLoader(root, StandardCharsets.UTF_8, limits).load(file).body().lines().count(),
                "ten characters fit, emoji counted as one each");
    }

    // --- encodings ------------------------------------------------------------------------------------------------

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static final String TEXT = "---\ntitle: Wide text\n---\nA paragraph of ordinary text.\n";

    private String encodingError(byte[] bytes) {
        return assertThrows(SeedException.class, () -> load("notes.md", bytes)).problems().get(0).toString();
    }

    @Test
    void utf16And32WithAByteOrderMarkAreNamed() {
        assertEquals("notes.md:1: is saved as UTF-16LE (byte order mark); save it as UTF-8 or set "
                + "briefwright.encoding to UTF-16LE",
                encodingError(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE))));
        assertEquals("notes.md:1: is saved as UTF-16BE (byte order mark); save it as UTF-8 or set "
                + "briefwright.encoding to UTF-16BE",
                encodingError(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE))));
        assertEquals("notes.md:1: is saved as UTF-32LE (byte order mark); save it as UTF-8 or set "
                + "briefwright.encoding to UTF-32LE",
                encodingError(concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, TEXT.getBytes(Charset.forName("UTF-32LE")))));
        assertEquals("notes.md:1: is saved as UTF-32BE (byte order mark); save it as UTF-8 or set "
                + "briefwright.encoding to UTF-32BE",
                encodingError(concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(Charset.forName("UTF-32BE")))));
    }

    @Test
    void utf16And32WithoutAByteOrderMarkAreNamedFromTheirNulBytes() {
        assertEquals("notes.md:1: is saved as UTF-16LE (no byte order mark, but every other byte is NUL); save it "
                + "as UTF-8 or set briefwright.encoding to UTF-16LE", encodingError(TEXT.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("notes.md:1: is saved as UTF-16BE (no byte order mark, but every other byte is NUL); save it "
                + "as UTF-8 or set briefwright.encoding to UTF-16BE", encodingError(TEXT.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals("notes.md:1: is saved as UTF-32LE (no byte order mark, but three bytes in four is NUL); save "
                + "it as UTF-8 or set briefwright.encoding to UTF-32LE", encodingError(TEXT.getBytes(Charset.forName("UTF-32LE"))));
        assertEquals("notes.md:1: is saved as UTF-32BE (no byte order mark, but three bytes in four is NUL); save "
                + "it as UTF-8 or set briefwright.encoding to UTF-32BE", encodingError(TEXT.getBytes(Charset.forName("UTF-32BE"))));
        String accented = "Ça coûte déjà très cher à Zürich, naïvement.\n";
        assertTrue(encodingError(accented.getBytes(StandardCharsets.UTF_16LE)).contains("UTF-16LE"),
                "accented Latin text still has every other byte NUL");
    }

    @Test
    void binaryFilesAreStillCalledBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0,
                0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5C, 0x72, (byte) 0xA8};
        assertTrue(encodingError(png).contains("looks like a binary file"), encodingError(png));
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0x21, 0x5A, 0x4B, 0x53, 0, 0, 0, 0, 0, 0, 0, 0};
        assertTrue(encodingError(zip).contains("looks like a binary file"), encodingError(zip));
    }

    @Test
    void aConfiguredWideEncodingIsReadAsSuch() throws Exception {
        Path file = root.resolve("wide.md");
        for (Charset charset : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Files.write(file, TEXT.getBytes(charset)); // UTF_16 writes a big-endian byte order mark
            Seed seed = new SeedLoader(root, charset).load(file);
            assertEquals("Wide text", seed.frontMatter().title(), charset.name());
            assertEquals("A paragraph of ordinary text.\n", seed.body(), charset.name());
        }
        Files.write(file, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("Wide text", new SeedLoader(root, StandardCharsets.UTF_16).load(file).frontMatter().title(),
                "UTF-16 follows a little-endian byte order mark");
        assertEquals("Wide text", new SeedLoader(root, StandardCharsets.UTF_16LE).load(file).frontMatter().title(),
                "the mark of the configured encoding is dropped");
        Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8)));
        SeedException e = assertThrows(SeedException.class, () -> new SeedLoader(root, StandardCharsets.UTF_16LE).load(file));
        assertEquals("wide.md:1: is saved as UTF-8 (byte order mark); save it as UTF-16LE or set briefwright.encoding "
                + "to UTF-8", e.problems().get(0).toString());
    }

    @Test
    void aUtf8ByteOrderMarkStillWorksBeforeFrontMatter() throws Exception {
        Seed seed = load("a.md", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8)));
        assertEquals("Wide text", seed.frontMatter().title());
    }

    @Test
    void anInvalidByteAfterOldMacLineEndsNamesItsLine() {
        byte[] bytes = "one\rtwo\rthree \u00e9\r".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(3, assertThrows(SeedException.class, () -> load("mac.txt", bytes)).problems().get(0).line());
    }

    // --- line ends ------------------------------------------------------------------------------------------------

    @Test
    void frontMatterIsReadFromAFileWithOldMacLineEnds() throws Exception {
        Seed seed = load("mac.md", "---\rtitle: Old Mac\rtags: [a, b]\rauthr: X\r---\rFirst.\rSecond.\r");
        assertEquals("Old Mac", seed.frontMatter().title());
        assertEquals(List.of("a", "b"), seed.frontMatter().tags());
        assertEquals("First.\nSecond.\n", seed.body());
        assertEquals(6, seed.bodyLine());
        assertEquals(4, seed.warnings().get(0).line(), "the unknown key is on line 4");
    }

    @Test
    void mixedLineEndsKeepTheLineNumbersOfTheFile() throws Exception {
        Seed seed = load("mixed.md", "---\r\ntitle: Mixed\rdate: 2020-01-07\n---\r\nBody\r");
        assertEquals("Mixed", seed.frontMatter().title());
        assertEquals(5, seed.bodyLine());
        List<Problem> problems = problems("bad.md", "---\rtitle: T\r\ndate: someday\n---\rBody\r");
        assertEquals(3, problems.get(0).line(), problems.toString());
    }

    // --- hygiene --------------------------------------------------------------------------------------------------

    @Test
    void controlAndBidiCharactersAreGoneFromEveryFieldAndTheBody() throws Exception {
        Seed seed = load("evil.md", "---\n"
                + "title: \"Safe\\x07 \\u202Etitle\\u202C\\0\"\n"
                + "dek: \"a\\x1Bb\\x7Fc\\x85d\"\n"
                + "authors:\n  - name: \"Jane\\u2066 Doe\\u2069\"\n    bio: \"\\x9Bbio\\uFFFE\"\n"
                + "tags: [\"ta\\x01g\", \"\\u202Dother\"]\n"
                + "publisher: \"Pub\\uFFFF\"\n"
                + "summary: \"Arabic \\u061C mark and \\u200F marks stay\"\n"
                + "keyPoints: [\"\\x02one\"]\n"
                + "---\n"
                + "Body\u0007 with \u202Eoverride\u202C and\u0001 controls\u009B.\n");
        FrontMatter front = seed.frontMatter();
        assertEquals("Safe title", front.title());
        assertEquals("abcd", front.dek().replace("\n", ""));
        assertEquals(List.of(new Author("Jane Doe", "bio")), front.authors());
        assertEquals(List.of("tag", "other"), front.tags());
        assertEquals("Pub", front.publisher());
        assertEquals("Arabic \u061C mark and \u200F marks stay", front.summary());
        assertEquals(List.of("one"), front.keyPoints());
        assertEquals("Body with override and controls.\n", seed.body());
    }

    @Test
    void aNulByteInASeedIsStillRefusedButANulEscapeInYamlIsRemoved() throws Exception {
        assertTrue(encodingError("---\ntitle: a\u0000b\n---\nText\n".getBytes(StandardCharsets.UTF_8))
                .contains("binary"));
        assertEquals("ab", load("a.md", "---\ntitle: \"a\\0b\"\n---\nText\n").frontMatter().title());
    }

    @Test
    void namesMadeFromFileNamesAreCleanedToo() throws Exception {
        String name = "evil\u001B[31m\u202Ename.txt";
        Path file;
        try {
            file = Files.writeString(root.resolve(name), "Text.");
        } catch (IOException | java.nio.file.InvalidPathException e) {
            Assumptions.abort("this file system does not allow control characters in names: " + e);
            return;
        }
        Seed seed = new SeedLoader(root, StandardCharsets.UTF_8).load(file);
        assertEquals("evil[31mname.txt", seed.sourceFile());
        assertEquals("evil[31mname", seed.baseName());
    }
}
