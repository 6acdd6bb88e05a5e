package io.github.briefwright.core.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.Problem;
import io.github.briefwright.testing.RecordedWarnings;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedCacheTest {

    @TempDir
    Path dir;

    final RecordedWarnings recording = new RecordedWarnings();
    final List<String> warnings = recording.list();

    private static String key(String text) {
        return new Fingerprint().add(text).hex();
    }

    @Test
    void aValueComesBackAsItWasStored() {
        SeedCache cache = new SeedCache(dir.resolve("cache"), recording);
        assertNull(cache.read(key("a"), "a", Problem.class), "nothing stored yet");
        assertFalse(Files.exists(dir.resolve("cache")), "the folder is made when the first entry is written");
        Problem problem = Problem.at("a.md", 3, 4, "something\nodd");
        cache.write(key("a"), problem);
        assertEquals(problem, cache.read(key("a"), "a", Problem.class));
        assertEquals(problem, new SeedCache(dir.resolve("cache"), recording).read(key("a"), "a", Problem.class));
        assertEquals(List.of(), warnings);
    }

    @Test
    void aValueOfAnotherClassOrAClassFromOutsideIsNotRead() {
        SeedCache cache = new SeedCache(dir, recording);
        cache.write(key("problem"), Problem.at("a.md", 0, "x"));
        assertNull(cache.read(key("problem"), "a.md", Integer.class));
        assertTrue(warnings.get(0).contains("holds a io.github.briefwright.core.Problem, not a java.lang.Integer"),
                warnings.get(0));
        assertFalse(Files.exists(dir.resolve(key("problem") + SeedCache.SUFFIX)), "deleted");

        cache.write(key("file"), new File("/etc/passwd"));
        assertNull(cache.read(key("file"), "b.md", File.class), "only Briefwright's classes, strings, collections");
        assertTrue(warnings.get(1).contains("cannot be read back"), warnings.get(1));
        assertTrue(warnings.get(1).startsWith("The cache entry for b.md "), warnings.get(1));
    }

    @Test
    void pruningDeletesWhatWasNotUsedAndNothingElse() throws Exception {
        SeedCache cache = new SeedCache(dir, recording);
        cache.write(key("a"), "a");
        cache.write(key("b"), "b");
        Files.writeString(dir.resolve("notes.txt"), "someone else's file");
        assertEquals(0, cache.prune(), "both were written since the cache was made");

        SeedCache next = new SeedCache(dir, recording);
        assertEquals("a", next.read(key("a"), "a", String.class));
        assertEquals(1, next.prune());
        assertTrue(Files.exists(dir.resolve(key("a") + SeedCache.SUFFIX)));
        assertFalse(Files.exists(dir.resolve(key("b") + SeedCache.SUFFIX)));
        assertTrue(Files.exists(dir.resolve("notes.txt")));
        assertTrue(Files.exists(dir.resolve("CACHEDIR.TAG")));

        next.keep(key("a"));
        assertEquals(0, next.prune(), "kept without being read: the preview server remembers it");
        assertEquals(1, next.prune(), "not used since the last prune");
        assertEquals(List.of(), warnings);
    }

    @Test
    void pruningSinceTheLastLooksOnlyAtWhatTheLastBuildUsed() throws Exception {
        SeedCache cache = new SeedCache(dir, recording);
        cache.write(key("a"), "a");
        cache.write(key("b"), "b");
        assertEquals(0, cache.pruneSinceLast(), "the first prune looks at the whole folder");
        // an edit: "b" is analysed again under a new key, "a" is kept
        cache.keep(key("a"));
        cache.write(key("b2"), "b2");
        assertEquals(1, cache.pruneSinceLast());
        assertFalse(Files.exists(dir.resolve(key("b") + SeedCache.SUFFIX)), "used last time, not since");
        assertTrue(Files.exists(dir.resolve(key("a") + SeedCache.SUFFIX)));
        assertTrue(Files.exists(dir.resolve(key("b2") + SeedCache.SUFFIX)));
        // the edit undone: "b" back, "b2" no longer used
        cache.keep(key("a"));
        cache.write(key("b"), "b");
        assertEquals(1, cache.pruneSinceLast());
        assertFalse(Files.exists(dir.resolve(key("b2") + SeedCache.SUFFIX)));
        assertTrue(Files.exists(dir.resolve(key("b") + SeedCache.SUFFIX)));
        // a seed removed: its entry goes at the next prune
        cache.keep(key("b"));
        assertEquals(1, cache.pruneSinceLast());
        assertFalse(Files.exists(dir.resolve(key("a") + SeedCache.SUFFIX)));
        assertEquals(List.of(), warnings);
    }

    @Test
    void fingerprintsTellApartWhatPlainConcatenationWouldNot() {
        assertNotEquals(new Fingerprint().add("ab").add("c").hex(), new Fingerprint().add("a").add("bc").hex());
        assertNotEquals(new Fingerprint().add((String) null).hex(), new Fingerprint().add("").hex());
        assertNotEquals(new Fingerprint().add(List.of("a", "b")).add(List.of()).hex(),
                new Fingerprint().add(List.of("a")).add(List.of("b")).hex());
        assertNotEquals(new Fingerprint().add(1).hex(), new Fingerprint().add(true).hex());
        Fingerprint base = new Fingerprint().add("config");
        String one = base.copy().add("seed").hex();
        assertEquals(one, base.copy().add("seed").hex(), "a copy leaves the original as it was");
        assertEquals(64, one.length());
    }

    @Test
    void theCodeFingerprintFollowsEveryByteOfTheClassesFolder() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes/io/example"));
        Files.write(classes.resolve("A.class"), new byte[] {1, 2, 3});
        Files.write(classes.resolve("B.class"), new byte[] {4});
        String location = dir.resolve("classes").toString();
        String before = CodeVersion.contentOf(location);
        assertEquals(before, CodeVersion.contentOf(location), "the same bytes, the same fingerprint");
        Files.write(classes.resolve("A.class"), new byte[] {1, 2, 4});
        String changed = CodeVersion.contentOf(location);
        assertNotEquals(before, changed);
        Files.write(classes.resolve("A.class"), new byte[] {1, 2, 3});
        Files.move(classes.resolve("B.class"), classes.resolve("C.class"));
        assertNotEquals(before, CodeVersion.contentOf(location), "a renamed class is other code");
        Path jar = Files.write(dir.resolve("plugin.jar"), new byte[] {9, 9});
        String jarPrint = CodeVersion.contentOf(jar.toString());
        Files.write(jar, new byte[] {9, 8});
        assertNotEquals(jarPrint, CodeVersion.contentOf(jar.toString()), "a rebuilt jar of the same version");
        assertEquals(64, CodeVersion.of("Briefwright dev", List.of(SeedCache.class, String.class)).length());
    }
}
