package io.github.briefwright.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertIterableEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.Problem;
import io.github.briefwright.core.model.Author;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
}
