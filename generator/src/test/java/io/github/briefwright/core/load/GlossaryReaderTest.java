package io.github.briefwright.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.Limits;
import io.github.briefwright.core.model.GlossaryEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryReaderTest {

    @TempDir
    Path seeds;

    private List<GlossaryEntry> read(byte[] bytes) throws Exception {
        return read(bytes, Limits.DEFAULT);
    }

    private List<GlossaryEntry> read(byte[] bytes, Limits limits) throws Exception {
        Path file = Files.write(seeds.resolve("glossary.yml"), bytes);
        return GlossaryReader.read(new FolderFiles(seeds, "seed folder", "use"), file, "glossary.yml",
                StandardCharsets.UTF_8, limits);
    }

    private String error(byte[] bytes) {
        return assertThrows(SeedException.class, () -> read(bytes)).problems().get(0).toString();
    }

    @Test
    void invalidUtf8IsAnErrorWithItsLineNotAReplacementCharacter() {
        byte[] bytes = "- name: Alpha\n  type: person\n- name: Caf\u00e9 Beta\n  type: place\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        String error = error(bytes);
        assertTrue(error.startsWith("glossary.yml:3: is not valid UTF-8 (byte 0xE9"), error);
    }

    @Test
    void utf16IsNamed() {
        assertEquals("glossary.yml:1: is saved as UTF-16LE (no byte order mark, but every other byte is NUL); save "
                + "it as UTF-8 or set briefwright.encoding to UTF-16LE",
                error("- name: Alpha\n  type: person\n".getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void theSeedLimitsApply() {
        Limits small = Limits.DEFAULT.with(20L, 12, null, null, null, null);
        SeedException size = assertThrows(SeedException.class,
                () -> read("- name: Alpha\n  type: person\n".getBytes(StandardCharsets.UTF_8), small));
        assertEquals("glossary.yml: is 29 bytes, more than the limit of 20 bytes (briefwright.maxSeedBytes); split it "
                + "or raise the limit", size.problems().get(0).toString());
        Limits narrow = Limits.DEFAULT.with(null, 14, null, null, null, null);
        SeedException line = assertThrows(SeedException.class,
                () -> read("- name: Alpha\n  type: person\n  description: too long\n".getBytes(StandardCharsets.UTF_8),
                        narrow));
        assertEquals(3, line.problems().get(0).line());
        assertTrue(line.problems().get(0).message().contains("(briefwright.maxLineLength)"));
    }

    @Test
    void oldMacLineEndsReadAndProblemsKeepTheirLines() throws Exception {
        List<GlossaryEntry> entries = read("- name: Alpha\r  type: person\r- name: Beta\r  type: place\r"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Alpha", "Beta"), entries.stream().map(GlossaryEntry::name).toList());
        SeedException e = assertThrows(SeedException.class,
                () -> read("- name: Alpha\r  type: person\r- name: Beta\r  type: nothing\r".getBytes(StandardCharsets.UTF_8)));
        assertEquals(4, e.problems().get(0).line(), "the line of the bad type");
    }

    @Test
    void controlAndBidiCharactersAreGoneFromTermsAndNotes() throws Exception {
        List<GlossaryEntry> entries = read(("- name: \"Al\\x07pha\\u202E\"\n"
                + "  type: person\n"
                + "  aliases: [\"A\\u2066lf\\u2069\", \"\\x1B[1mAl\"]\n"
                + "  description: \"Notes\\x00 with\\x9B \\u202Dcontrols\\uFFFF\"\n").getBytes(StandardCharsets.UTF_8));
        GlossaryEntry entry = entries.get(0);
        assertEquals("Alpha", entry.name());
        assertEquals(List.of("Alf", "[1mAl"), entry.aliases());
        assertEquals("Notes with controls", entry.description());
    }

    @Test
    void aGlossaryLinkingOutOfTheSeedFolderIsRefused(@TempDir Path elsewhere) throws Exception {
        Path outside = Files.writeString(elsewhere.resolve("secret.yml"), "- name: Secret\n  type: person\n");
        Path link = seeds.resolve("glossary.yml");
        try {
            Files.createSymbolicLink(link, outside);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            Assumptions.abort("symbolic links cannot be made here: " + e);
        }
        SeedException e = assertThrows(SeedException.class, () -> GlossaryReader.read(
                new FolderFiles(seeds, "seed folder", "use"), link, "glossary.yml", StandardCharsets.UTF_8, Limits.DEFAULT));
        assertEquals("glossary.yml: is a symbolic link to a file outside the seed folder; copy the file in to use it",
                e.problems().get(0).toString());
        assertEquals("Secret", GlossaryReader.read(outside, "secret.yml", StandardCharsets.UTF_8, Limits.DEFAULT)
                .get(0).name(), "a configured glossary may be anywhere");
    }

    @Test
    void aConfiguredGlossaryMustBeARegularFile() throws Exception {
        Path pipe = seeds.resolve("glossary.yml");
        try {
            Process process = new ProcessBuilder("mkfifo", pipe.toString()).redirectErrorStream(true).start();
            Assumptions.assumeTrue(process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0, "mkfifo failed");
        } catch (java.io.IOException e) {
            Assumptions.abort("mkfifo is not available: " + e);
        }
        SeedException e = assertThrows(SeedException.class,
                () -> GlossaryReader.read(pipe, "glossary.yml", StandardCharsets.UTF_8, Limits.DEFAULT));
        assertEquals("glossary.yml: is a special file (a named pipe, device or socket), not a regular file; name a "
                + "regular file", e.problems().get(0).toString());
    }
}
