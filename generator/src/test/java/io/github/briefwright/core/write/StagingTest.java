package io.github.briefwright.core.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.BuildException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingTest {

    @TempDir
    Path dir;

    private SiteWriter writer(Path output) throws BuildException {
        return SiteWriter.forOutput(output, dir.resolve("seeds"), null, dir.resolve("project"));
    }

    @Test
    void nothingReachesTheOutputFolderUntilCommit() throws Exception {
        Path out = dir.resolve("out");
        SiteWriter writer = writer(out);
        try (Staging staging = writer.stage()) {
            staging.write("index.html", w -> w.write("new"));
            assertFalse(Files.exists(out));
            staging.commit();
        }
        assertEquals("new", Files.readString(out.resolve("index.html")));
        assertEquals(List.of("index.html"), Files.readAllLines(out.resolve(Staging.MANIFEST)));
        assertFalse(Files.exists(dir.resolve(".out.briefwright-staging")));
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteUntouchedAndNoStagingBehind() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "previous");
        assertThrows(IllegalStateException.class, () -> {
            try (Staging staging = writer(out).stage()) {
                staging.write("index.html", w -> w.write("half"));
                throw new IllegalStateException("render failed");
            }
        });
        assertEquals("previous", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(dir.resolve(".out.briefwright-staging")));
    }

    @Test
    void filesOfAnotherToolAreKeptAndStaleOwnFilesDropped() throws Exception {
        Path out = dir.resolve("out");
        try (Staging staging = writer(out).stage()) {
            staging.write("briefings/old/index.html", w -> w.write("old"));
            staging.write("index.html", w -> w.write("v1"));
            staging.commit();
        }
        Files.writeString(out.resolve("about.html"), "site plugin");
        Files.createDirectories(out.resolve("css"));
        Files.writeString(out.resolve("css/site.css"), "css");
        try (Staging staging = writer(out).stage()) {
            staging.write("index.html", w -> w.write("v2"));
            staging.commit();
            assertEquals(2, staging.carriedOver());
            assertEquals(0, staging.replaced());
        }
        assertEquals("v2", Files.readString(out.resolve("index.html")));
        assertEquals("site plugin", Files.readString(out.resolve("about.html")));
        assertEquals("css", Files.readString(out.resolve("css/site.css")));
        assertFalse(Files.exists(out.resolve("briefings/old/index.html")), "stale page of a removed seed");
    }

    @Test
    void pathsOutsideTheSiteAndDuplicatePagesAreRefused() throws Exception {
        try (Staging staging = writer(dir.resolve("out")).stage()) {
            for (String path : List.of("../escape.html", "/abs.html", "a/../../b.html", Staging.MANIFEST, "")) {
                assertThrows(IOException.class, () -> staging.write(path, w -> w.write("x")), path);
            }
            staging.write("a/index.html", w -> w.write("x"));
            assertThrows(IOException.class, () -> staging.write("a/index.html", w -> w.write("y")));
        }
        assertFalse(Files.exists(dir.resolve("escape.html")));
    }

    @Test
    void dangerousOutputFoldersAreRefusedWithTheReason() throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path seeds = Files.createDirectories(project.resolve("src/main/seeds"));
        Path templates = Files.createDirectories(project.resolve("src/main/templates"));
        record Case(Path output, String reason) {
        }
        for (Case c : List.of(
                new Case(project, "it is the project's base folder"),
                new Case(dir, "it contains the project's base folder"),
                new Case(seeds, "it is the seed folder"),
                new Case(project.resolve("src/main"), "it contains the seed folder"),
                new Case(seeds.resolve("site"), "it is inside the seed folder"),
                new Case(Path.of("/"), "root of the file system"),
                new Case(Path.of(System.getProperty("user.home")), "home folder"))) {
            BuildException e = assertThrows(BuildException.class,
                    () -> SiteWriter.forOutput(c.output(), seeds, templates, project), c.output().toString());
            assertTrue(e.getMessage().contains(c.reason()), e.getMessage());
        }
        Path file = Files.writeString(project.resolve("file.txt"), "x");
        BuildException e = assertThrows(BuildException.class,
                () -> SiteWriter.forOutput(file, seeds, templates, project));
        assertTrue(e.getMessage().contains("is a file"));
    }
}
