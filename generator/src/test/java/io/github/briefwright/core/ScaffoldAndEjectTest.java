package io.github.briefwright.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.load.FrontMatter;
import io.github.briefwright.core.load.SeedLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaffoldAndEjectTest {

    @TempDir
    Path dir;

    @Test
    void aNewSeedHasFrontMatterThatLoadsAndIsADraft() throws Exception {
        Path seed = SeedScaffold.create(dir, "Iraq's vote: \"what next?\"", LocalDate.of(2024, 3, 5));
        assertEquals("iraqs-vote-what-next.md", seed.getFileName().toString());
        FrontMatter front = new SeedLoader(dir, StandardCharsets.UTF_8).load(seed).frontMatter();
        assertEquals("Iraq's vote: \"what next?\"", front.title(), "the title survives YAML quoting");
        assertEquals("2024-03-05", front.date());
        assertTrue(front.draft());
        assertFalse(Files.readString(seed).contains("&id"), "no YAML anchors in what users read");
        BuildException again = assertThrows(BuildException.class,
                () -> SeedScaffold.create(dir, "Iraq's vote: \"what next?\"", LocalDate.of(2024, 3, 5)));
        assertTrue(again.getMessage().contains("exists already"));
        assertThrows(BuildException.class, () -> SeedScaffold.create(dir, " ", LocalDate.now()));
    }

    @Test
    void ejectCopiesOneFileOrAllAndKeepsWhatExists() throws Exception {
        ThemeEjector.Result one = ThemeEjector.eject(dir, "briefing.ftlh", false);
        assertEquals(1, one.written().size());
        assertTrue(Files.readString(dir.resolve("briefing.ftlh")).contains("<@layout.page"));
        Files.writeString(dir.resolve("briefing.ftlh"), "mine");
        ThemeEjector.Result all = ThemeEjector.eject(dir, null, false);
        assertTrue(all.written().contains(dir.resolve("assets/style.css")));
        assertEquals(java.util.List.of(dir.resolve("briefing.ftlh")), all.kept());
        assertEquals("mine", Files.readString(dir.resolve("briefing.ftlh")));
        ThemeEjector.eject(dir, "briefing.ftlh", true);
        assertFalse(Files.readString(dir.resolve("briefing.ftlh")).equals("mine"), "forced");
        BuildException unknown = assertThrows(BuildException.class, () -> ThemeEjector.eject(dir, "nope.ftlh", false));
        assertTrue(unknown.getMessage().contains("briefing.ftlh"), "lists the theme's files");
    }
}
