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
        return SiteWriter.forOutput(output, dir.resolve("seeds"), null, null, dir.resolve("project"));
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
        assertEquals(List.of("index.html"), manifest(out));
        assertFalse(Files.exists(dir.resolve(".out.briefwright-staging")));
    }

    /** The paths the manifest lists (not the home page's digest line). */
    private static List<String> manifest(Path out) throws IOException {
        return Files.readAllLines(out.resolve(Staging.MANIFEST)).stream().filter(line -> !line.startsWith("#")).toList();
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteUntouchedAndNoStagingBehind() throws Exception {
        Path out = dir.resolve("out");
        build(out, "index.html");
        Files.writeString(out.resolve("index.html"), "previous");
        Files.write(out.resolve(Staging.MANIFEST), List.of("index.html"));
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

    private void build(Path out, String... pages) throws Exception {
        try (Staging staging = writer(out).stage()) {
            for (String page : pages) {
                staging.write(page, w -> w.write(page));
            }
            staging.commit();
        }
    }

    @Test
    void aManifestUpdatedInPlaceSaysWhatAWholeBuildWouldSay() throws Exception {
        // pages come and go, in folders made and emptied; names sort differently as paths and as lines ("z-a/",
        // "z/"); the home page changes or not: after each build in place, the manifest is the one a whole build
        // of the same pages writes
        List<String> names = List.of("index.html", "a.html", "briefings/x/index.html", "briefings/x/data.json",
                "briefings/y/index.html", "entities/p/index.html", "entities/p/page/2/index.html",
                "tags/t/index.html", "z-a/b.html", "z/index.html", "z-/q.html", "z/z/z.html");
        java.util.Random random = new java.util.Random(11);
        java.util.Map<String, Integer> versions = new java.util.HashMap<>();
        Path out = dir.resolve("out");
        PageRecord record = null;
        for (int step = 0; step < 60; step++) {
            List<String> pages = names.stream().filter(name -> random.nextInt(3) > 0).toList();
            pages.forEach(page -> versions.compute(page, (name, v) -> v == null ? 0 : v + random.nextInt(2)));
            try (Staging staging = writer(out).stage(record)) {
                assertEquals(step > 0, staging.inPlace(), "step " + step);
                for (String page : pages) {
                    String content = page + " " + versions.get(page);
                    if (!staging.keep(page, content)) {
                        staging.write(page, content, w -> w.write(content));
                    }
                }
                staging.commit();
                record = staging.record();
            }
            Path whole = dir.resolve("whole-" + step);
            try (Staging staging = writer(whole).stage()) {
                for (String page : pages) {
                    staging.write(page, w -> w.write(page + " " + versions.get(page)));
                }
                staging.commit();
            }
            assertEquals(Files.readString(whole.resolve(Staging.MANIFEST)), Files.readString(out.resolve(Staging.MANIFEST)),
                    "step " + step + ": " + pages);
            for (String name : names) {
                assertEquals(pages.contains(name), Files.exists(out.resolve(name)), name + " at step " + step);
            }
        }
    }

    @Test
    void foldersTheUserMadeSurviveEveryBuildAndFoldersNoLongerNeededGo() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("extra"));
        build(out, "index.html", "briefings/a/index.html", "extra/page.html");
        Files.createDirectories(out.resolve("mine"));
        Files.createDirectories(out.resolve("notes/nested/deeper"));
        Files.createDirectories(out.resolve("briefings/drafts"));
        assertTrue(Files.readAllLines(out.resolve(Staging.MANIFEST)).containsAll(List.of("briefings/",
                "briefings/a/")));
        assertFalse(Files.readAllLines(out.resolve(Staging.MANIFEST)).contains("extra/"), "it was there before");

        build(out, "index.html", "briefings/b/index.html");
        for (String kept : List.of("mine", "notes/nested/deeper", "briefings/drafts", "extra", "briefings/b")) {
            assertTrue(Files.isDirectory(out.resolve(kept)), kept);
        }
        assertFalse(Files.exists(out.resolve("briefings/a")), "made for a page no longer written");
        assertFalse(Files.exists(out.resolve("extra/page.html")));
        assertEquals(List.of("briefings/", "briefings/b/", "briefings/b/index.html", "index.html"), manifest(out));

        build(out, "index.html");
        for (String kept : List.of("mine", "notes/nested/deeper", "briefings/drafts", "extra")) {
            assertTrue(Files.isDirectory(out.resolve(kept)), kept + " after a rebuild");
        }
        assertFalse(Files.exists(out.resolve("briefings/b")));
        assertEquals(List.of("briefings/", "index.html"), manifest(out),
                "still made by this tool: it holds a folder of the user's");

        Files.delete(out.resolve("briefings/drafts"));
        build(out, "index.html");
        assertFalse(Files.exists(out.resolve("briefings")), "made by this tool and now empty");
        assertTrue(Files.isDirectory(out.resolve("notes/nested/deeper")));
    }

    @Test
    void aManifestThatListsOnlyFilesOwnsTheFoldersOfThoseFiles() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createDirectories(out.resolve("briefings/old"));
        Files.writeString(out.resolve("briefings/old/index.html"), "old");
        Files.createDirectories(out.resolve("mine/empty"));
        Files.write(out.resolve(Staging.MANIFEST), List.of("briefings/old/index.html"));
        build(out, "index.html");
        assertFalse(Files.exists(out.resolve("briefings")));
        assertTrue(Files.isDirectory(out.resolve("mine/empty")));
    }

    @Test
    void aHomePageAnotherToolWroteIsNeverTakenOver() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("index.html"), "maven site");
        Files.writeString(out.resolve("about.html"), "about");
        BuildException e = assertThrows(BuildException.class, () -> writer(out));
        assertEquals(SiteWriter.foreignHome(out), e.getMessage());
        assertTrue(e.getMessage().contains("use the report instead: put briefwright-maven-plugin in <reporting>"),
                e.getMessage());
        assertTrue(e.getMessage().contains("set briefwright.outputDirectory to a folder of its own"), e.getMessage());
        assertTrue(e.getMessage().endsWith("or remove " + out.resolve("index.html") + " if it may go."), e.getMessage());
        assertEquals("maven site", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve(Staging.MANIFEST)));
        assertFalse(Files.exists(dir.resolve(".out.briefwright-staging")));

        // once removed, the build may write there, keeping the other files
        Files.delete(out.resolve("index.html"));
        build(out, "index.html");
        assertEquals("about", Files.readString(out.resolve("about.html")));
        assertEquals(List.of("index.html"), manifest(out));
    }

    @Test
    void aHomePageAnotherToolWroteOverOursIsTheirs() throws Exception {
        Path out = dir.resolve("out");
        build(out, "index.html");
        build(out, "index.html", "a.html");
        assertTrue(Files.readAllLines(out.resolve(Staging.MANIFEST)).get(0).startsWith("# index.html sha-256 "));

        Files.writeString(out.resolve("index.html"), "maven site, written after the briefing site");
        BuildException e = assertThrows(BuildException.class, () -> writer(out));
        assertEquals(SiteWriter.foreignHome(out), e.getMessage());
        assertEquals("maven site, written after the briefing site", Files.readString(out.resolve("index.html")));
    }

    @Test
    void aManifestWithoutTheHomePagesDigestStillOwnsIt() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("index.html"), "an older build's");
        Files.write(out.resolve(Staging.MANIFEST), List.of("index.html"));
        build(out, "index.html");
        assertEquals("index.html", Files.readString(out.resolve("index.html")));
        Files.writeString(out.resolve("index.html"), "not ours");
        Files.write(out.resolve(Staging.MANIFEST), List.of("about.html"));
        assertThrows(BuildException.class, () -> writer(out));
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
                    () -> SiteWriter.forOutput(c.output(), seeds, templates, null, project), c.output().toString());
            assertTrue(e.getMessage().contains(c.reason()), e.getMessage());
        }
        Path file = Files.writeString(project.resolve("file.txt"), "x");
        BuildException e = assertThrows(BuildException.class,
                () -> SiteWriter.forOutput(file, seeds, templates, null, project));
        assertTrue(e.getMessage().contains("is a file"));
    }
}
