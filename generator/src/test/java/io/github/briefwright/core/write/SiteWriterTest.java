package io.github.briefwright.core.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.BuildConfig;
import io.github.briefwright.core.BuildException;
import io.github.briefwright.core.Reporter;
import io.github.briefwright.core.SiteBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {

    @TempDir
    Path dir;
    Path project;
    Path seeds;
    Path templates;
    Path glossaries;

    @BeforeEach
    void folders() throws IOException {
        project = Files.createDirectories(dir.resolve("project"));
        seeds = Files.createDirectories(project.resolve("src/main/seeds"));
        templates = Files.createDirectories(project.resolve("src/main/templates"));
        glossaries = Files.createDirectories(project.resolve("src/main/glossary"));
    }

    private String refusal(Path output, Path glossaryFolder) {
        BuildException e = assertThrows(BuildException.class,
                () -> SiteWriter.forOutput(output, seeds, templates, glossaryFolder, project), output.toString());
        assertTrue(e.getMessage().startsWith("Refusing to write the site to " + output + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("choose a folder of its own, such as target/site"), e.getMessage());
        return e.getMessage();
    }

    @Test
    void anOutputFolderInsideOrHoldingTheTemplateOrGlossaryFolderIsRefused() {
        record Case(Path output, String reason) {
        }
        for (Case c : List.of(
                new Case(templates, "it is the template folder"),
                new Case(templates.resolve("site"), "it is inside the template folder " + templates),
                new Case(templates.resolve("assets/site"), "it is inside the template folder " + templates),
                new Case(glossaries, "it is the glossary's folder"),
                new Case(glossaries.resolve("site"), "it is inside the glossary's folder " + glossaries),
                new Case(glossaries.resolve("a/b"), "it is inside the glossary's folder " + glossaries),
                new Case(seeds.resolve("site"), "it is inside the seed folder " + seeds))) {
            String message = refusal(c.output(), glossaries);
            assertTrue(message.contains(c.reason()), message);
        }
        String message = refusal(project.resolve("src"), glossaries);
        for (String reason : List.of("it contains the seed folder", "it contains the template folder",
                "it contains the glossary's folder")) {
            assertTrue(message.contains(reason), message);
        }
    }

    @Test
    void foldersAreComparedWithLinksResolved() throws IOException {
        Path templatesLink = Files.createSymbolicLink(dir.resolve("templates-link"), templates);
        Path glossaryLink = Files.createSymbolicLink(dir.resolve("glossary-link"), glossaries);
        assertTrue(refusal(templatesLink.resolve("site"), glossaries).contains("it is inside the template folder"));
        assertTrue(refusal(glossaryLink.resolve("out/site"), glossaries)
                .contains("it is inside the glossary's folder"));
        Path output = project.resolve("target/site");
        Files.createDirectories(output.getParent());
        Files.delete(output.getParent());
        Files.createSymbolicLink(output.getParent(), templates);
        assertTrue(refusal(output, null).contains("it is inside the template folder"));
    }

    @Test
    void aGlossaryAtTheProjectRootOrInTheSeedFolderLeavesTargetSiteAllowed() throws BuildException {
        Path output = project.resolve("target/site");
        assertEquals(output, SiteWriter.forOutput(output, seeds, templates, project, project).output());
        assertEquals(output, SiteWriter.forOutput(output, seeds, templates, seeds, project).output());
        assertEquals(output, SiteWriter.forOutput(output, seeds, templates, glossaries, project).output());
        String message = refusal(project, project);
        assertTrue(message.contains("it is the project's base folder"), message);
        message = refusal(seeds, seeds);
        assertFalse(message.contains("glossary"), "the seed folder is named once: " + message);
    }

    @Test
    void aBuildIntoTheTemplateOrGlossaryFolderWritesNothing() throws IOException {
        Files.writeString(seeds.resolve("a.md"), "Text.\n");
        Path glossary = Files.writeString(glossaries.resolve("glossary.yml"), "[]\n");
        for (Path output : List.of(templates.resolve("assets/site"), glossaries.resolve("site"))) {
            BuildException e = assertThrows(BuildException.class, () -> new SiteBuilder(BuildConfig.builder()
                    .seedDirectory(seeds).templateDirectory(templates).glossaryFile(glossary)
                    .outputDirectory(output).projectDirectory(project).build(), Reporter.SILENT).build());
            assertTrue(e.getMessage().contains("it is inside the"), e.getMessage());
            assertFalse(Files.exists(output), output.toString());
        }
    }
}
