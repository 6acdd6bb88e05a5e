package io.github.briefwright.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole builds from seeds that are hostile or careless: what reaches the site, and what the user is told. */
class UntrustedSeedSiteTest {

    @TempDir
    Path dir;
    Path seeds;
    Path out;

    @BeforeEach
    void folders() throws IOException {
        seeds = Files.createDirectories(dir.resolve("seeds"));
        out = dir.resolve("site");
    }

    private BuildResult build() throws BuildException {
        return new SiteBuilder(BuildConfig.builder().seedDirectory(seeds).outputDirectory(out).projectDirectory(dir)
                .baseUrl("https://example.org/").build(), Reporter.SILENT).build();
    }

    private static void link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links cannot be made here: " + e);
        }
    }

    private String everything() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".css")).toList()) {
                all.append(Files.readString(file));
            }
        }
        return all.toString();
    }

    @Test
    void controlAndBidiCharactersInFrontMatterNeverReachTheFeedsOrTitles() throws Exception {
        Files.writeString(seeds.resolve("evil.md"), "---\n"
                + "title: \"Bell\\x07 and \\u202Eesrever\\u202C title\\x1B[0m\"\n"
                + "summary: \"Sum\\x0Bmary\\x9B\"\n"
                + "tags: [\"ta\\x01g\", \"\\u2066iso\\u2069\"]\n"
                + "authors: [\"Jane\\x08 Doe\"]\n"
                + "date: 2024-05-01\n"
                + "---\n"
                + "Body text with\u0007 a bell and \u202Ean override.\n");
        BuildResult result = build();
        assertEquals(1, result.briefings());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.newDocumentBuilder().parse(out.resolve("feed.xml").toFile()); // throws on invalid XML
        factory.newDocumentBuilder().parse(out.resolve("sitemap.xml").toFile());
        String site = everything();
        for (char c : new char[] {'\u202E', '\u202C', '\u2066', '\u2069', '\u0007', '\u001B', '\u000B', '\u009B',
                '\u0001', '\u0008'}) {
            assertFalse(site.indexOf(c) >= 0, String.format("U+%04X reached the site", (int) c));
        }
        assertTrue(Files.readString(out.resolve("feed.xml")).contains("Bell and esrever title[0m"));
    }

    @Test
    void aSeedOrGlossaryLinkingOutOfTheSeedFolderIsNotPublishedAndTheUserIsTold(@TempDir Path elsewhere)
            throws Exception {
        Path secret = Files.writeString(elsewhere.resolve("passwd"), "root:x:0:0:secret-marker\n");
        Path glossary = Files.writeString(elsewhere.resolve("glossary.yml"), "- name: Secretmarker\n  type: person\n");
        Files.writeString(seeds.resolve("real.txt"), "A real seed about Secretmarker and others.\n");
        link(seeds.resolve("leak.txt"), secret);
        link(seeds.resolve("glossary.yml"), glossary);
        BuildResult result = build();
        assertEquals(1, result.briefings());
        List<String> warnings = result.warnings().stream().map(Problem::toString).toList();
        assertTrue(warnings.contains("leak.txt: is a symbolic link to a file outside the seed folder; skipped — copy "
                + "the file in to publish it"), warnings.toString());
        assertTrue(warnings.contains("glossary.yml: is a symbolic link to a file outside the seed folder; skipped — "
                + "copy the file in to use it"), warnings.toString());
        assertFalse(everything().contains("secret-marker"));
        assertFalse(Files.exists(out.resolve("entities/secretmarker")), "the linked glossary was not read");
    }
}
