package io.github.briefwright.core.cache;

import io.github.briefwright.core.Problem;
import io.github.briefwright.core.Reporter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

/**
 * A folder of cache entries, one file per key: {@code <key>.bwc}, where the key is 64 hex digits (a SHA-256 of
 * everything the value depends on; see {@link Fingerprint}). Safe to delete at any time, as a whole or file by file.
 *
 * <p>An entry is a header, then the value in Java serialization:
 * <pre>
 *   8 bytes  "BWCACHE\n"
 *   4 bytes  format version ({@value #FORMAT})
 *  32 bytes  the key
 *   4 bytes  length of the value
 *   4 bytes  CRC-32C of everything above and the value
 *   n bytes  the value
 * </pre>
 * The checksum is there to find damage (a truncated or half-written file, a flipped bit), which is all it must
 * find: the key already names the content, and a CRC-32C is checked at memory speed.
 * An entry that is truncated, altered, of another format, filed under another key, or that holds a class other
 * than the expected value's (only Briefwright's own classes, strings and Java's collections are read at all) is
 * never trusted: it is reported as a warning, deleted, and the caller makes the value again. Entries are written to
 * a temporary file in the folder and moved into place, so a build that is killed leaves a whole entry or none; a
 * temporary file it leaves is never read, and {@link #prune()} removes it once it is an hour old.
 *
 * <p>Thread-safe: the per-seed work reads and writes entries in parallel.
 */
public final class SeedCache {

    /** The entry format; part of every key too, so that a new format never even looks at old entries. */
    public static final int FORMAT = 2;
    /** How an entry's file name ends. */
    public static final String SUFFIX = ".bwc";
    /** How the name of a record of the cache's own ends ({@link #readRecord}). */
    public static final String RECORD_SUFFIX = ".bwr";

    private static final byte[] MAGIC = "BWCACHE\n".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_BYTES = 32;
    private static final int CHECKSUM = 4;
    private static final int HEADER = MAGIC.length + 4 + KEY_BYTES + 4 + CHECKSUM;
    private static final Pattern ENTRY = Pattern.compile("[0-9a-f]{64}" + Pattern.quote(SUFFIX));
    private static final Pattern TEMPORARY = Pattern.compile("\\.[0-9a-f]{16}-[0-9]+\\.tmp");
    /** How old a temporary file must be before pruning removes it: another build may be writing it. */
    private static final Duration TEMPORARY_AGE = Duration.ofHours(1);
    private static final ObjectInputFilter CLASSES = ObjectInputFilter.Config.createFilter(
            "maxdepth=200;io.github.briefwright.core.**;java.util.*;java.lang.String;java.lang.Object;"
                    + "java.lang.Enum;java.lang.Number;java.lang.Integer;java.lang.Long;java.lang.Boolean;!*");

    private final Path folder;
    private final Reporter reporter;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean writeFailed = new AtomicBoolean();
    private volatile boolean created;

    /** The cache in {@code folder}, which is made when the first entry is written. */
    public SeedCache(Path folder, Reporter reporter) {
        this.folder = folder.toAbsolutePath().normalize();
        this.reporter = reporter;
    }

    public Path folder() {
        return folder;
    }

    /**
     * The value filed under {@code key}, or {@code null} when there is none or it cannot be trusted (then it is
     * deleted, with a warning naming {@code what} it was for). Either way the key counts as used by this build.
     */
    public <T extends Serializable> T read(String key, String what, Class<T> type) {
        used.add(key);
        return read(folder.resolve(key + SUFFIX), key, what, type);
    }

    /**
     * A value of the cache's own besides its entries, filed by {@link #writeRecord} under {@code key} and kept until
     * written again (never pruned); checked as entries are.
     */
    public <T extends Serializable> T readRecord(String key, String what, Class<T> type) {
        return read(folder.resolve(key + RECORD_SUFFIX), key, what, type);
    }

    /** Whether a record is filed under {@code key} (not whether it reads back). */
    public boolean hasRecord(String key) {
        return Files.isRegularFile(folder.resolve(key + RECORD_SUFFIX));
    }

    /** Files a value of the cache's own under {@code key}; see {@link #readRecord}. */
    public void writeRecord(String key, Serializable value) {
        write(folder.resolve(key + RECORD_SUFFIX), key, value);
    }

    private <T extends Serializable> T read(Path file, String key, String what, Class<T> type) {
        byte[] entry;
        try {
            entry = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | OutOfMemoryError e) {
            if (!Files.exists(file)) {
                return null;
            }
            return discard(file, what, "cannot be read (" + e + ")");
        }
        String wrong = check(entry, key);
        if (wrong != null) {
            return discard(file, what, wrong);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(entry, HEADER,
                entry.length - HEADER))) {
            in.setObjectInputFilter(CLASSES);
            Object value = in.readObject();
            if (!type.isInstance(value)) {
                return discard(file, what, "holds a " + (value == null ? "null" : value.getClass().getName())
                        + ", not a " + type.getName());
            }
            return type.cast(value);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return discard(file, what, "cannot be read back (" + e + ")");
        }
    }

    /** What is wrong with an entry's header or checksum, or {@code null} when nothing is. */
    private static String check(byte[] entry, String key) {
        if (entry.length < HEADER) {
            return "is truncated (" + entry.length + " bytes)";
        }
        ByteBuffer header = ByteBuffer.wrap(entry);
        byte[] magic = new byte[MAGIC.length];
        header.get(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            return "is not a Briefwright cache entry";
        }
        int format = header.getInt();
        if (format != FORMAT) {
            return "has format " + format + ", not " + FORMAT;
        }
        byte[] filedKey = new byte[KEY_BYTES];
        header.get(filedKey);
        if (!Arrays.equals(filedKey, HexFormat.of().parseHex(key))) {
            return "is filed under the wrong key";
        }
        int length = header.getInt();
        if (length != entry.length - HEADER) {
            return length > entry.length - HEADER ? "is truncated (" + (entry.length - HEADER) + " of " + length
                    + " bytes)" : "has " + (entry.length - HEADER - length) + " bytes too many";
        }
        if (header.getInt() != checksum(entry)) {
            return "does not match its checksum";
        }
        return null;
    }

    private <T> T discard(Path file, String what, String why) {
        reporter.warn(Problem.printable("The cache entry for " + what + " " + why
                + "; it is ignored and made again (" + file.getFileName() + ")"));
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            reporter.debug("Cannot delete " + file + ": " + e);
        }
        return null;
    }

    /**
     * Files {@code value} under {@code key}: written whole to a temporary file, then moved into place. A cache
     * that cannot be written is reported once and otherwise ignored; the build goes on without it.
     *
     * @return whether the value is now in the cache
     */
    public boolean write(String key, Serializable value) {
        used.add(key);
        return write(folder.resolve(key + SUFFIX), key, value);
    }

    private boolean write(Path target, String key, Serializable value) {
        Path temporary = null;
        try {
            if (!created) {
                create();
            }
            temporary = Files.createTempFile(folder, "." + key.substring(0, 16) + "-", ".tmp");
            writeEntry(temporary, key, value);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
            return true;
        } catch (java.io.NotSerializableException | java.io.InvalidClassException e) {
            failed("cannot store a value (" + e + ")");
            return false;
        } catch (IOException | RuntimeException e) {
            failed("cannot be written (" + e + ")");
            return false;
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    reporter.debug("Cannot delete " + temporary + ": " + e);
                }
            }
        }
    }

    /**
     * Writes an entry to {@code file}: the value streamed after room for the header (so a large value is never
     * held as bytes), then the header, with the length and the checksum, at the start.
     */
    private static void writeEntry(Path file, String key, Serializable value) throws IOException {
        CRC32C crc = new CRC32C();
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.position(HEADER);
            java.io.OutputStream stream = new java.io.BufferedOutputStream(new java.util.zip.CheckedOutputStream(
                    java.nio.channels.Channels.newOutputStream(channel), crc), 1 << 16);
            ObjectOutputStream out = new ObjectOutputStream(stream);
            out.writeObject(value);
            out.flush();
            long length = channel.position() - HEADER;
            if (length > Integer.MAX_VALUE) {
                throw new IOException("a value of " + length + " bytes is too large for an entry");
            }
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            header.put(MAGIC).putInt(FORMAT).put(HexFormat.of().parseHex(key)).putInt((int) length);
            crc.update(header.array(), 0, HEADER - CHECKSUM);
            header.putInt((int) crc.getValue());
            header.flip();
            long at = 0;
            while (header.hasRemaining()) {
                at += channel.write(header, at);
            }
        }
    }

    /** Something that writes a file. */
    @FunctionalInterface
    public interface FileWriting {
        void writeTo(Path file) throws IOException;
    }

    /**
     * Writes a file of the cache's own besides its entries (named {@code name}, which must not look like an
     * entry), as {@code writing} does; a failure is reported as a failed entry is, once a build.
     */
    public void writeFile(String name, FileWriting writing) {
        if (ENTRY.matcher(name).matches() || TEMPORARY.matcher(name).matches() || name.contains("/")) {
            throw new IllegalArgumentException("not a name for a cache file of its own: " + name);
        }
        try {
            if (!created) {
                create();
            }
            writing.writeTo(folder.resolve(name));
        } catch (IOException | RuntimeException e) {
            failed("cannot be written (" + e + ")");
        }
    }

    private synchronized void create() throws IOException {
        if (created) {
            return;
        }
        Files.createDirectories(folder);
        Path tag = folder.resolve("CACHEDIR.TAG");
        if (!Files.exists(tag)) {
            try {
                Files.writeString(tag, "Signature: 8a477f597d28d172789f06886806bc55\n"
                        + "# This folder is Briefwright's cache of analysed seeds; it may be deleted at any time.\n",
                        StandardCharsets.US_ASCII, java.nio.file.StandardOpenOption.CREATE_NEW);
            } catch (FileAlreadyExistsException e) {
                // another build made it
            }
        }
        created = true;
    }

    private void failed(String why) {
        if (writeFailed.compareAndSet(false, true)) {
            reporter.warn(Problem.printable("The cache in " + folder + " " + why
                    + "; this build goes on without storing its work there"));
        }
    }


    /** The CRC-32C of an entry's value, then of its header less the checksum. */
    private static int checksum(byte[] entry) {
        CRC32C crc = new CRC32C();
        crc.update(entry, HEADER, entry.length - HEADER);
        crc.update(entry, 0, HEADER - CHECKSUM);
        return (int) crc.getValue();
    }

    /** Counts {@code key} as used by this build, so that {@link #prune()} keeps its entry. */
    public void keep(String key) {
        used.add(key);
    }

    /**
     * Deletes every entry not read, written or {@linkplain #keep kept} since the last prune (or since the cache
     * was made), and temporary files an hour old; starts counting again.
     *
     * @return how many files were deleted
     */
    public int prune() {
        lastUsed = Set.copyOf(used);
        return pruneAll();
    }

    /**
     * Like {@link #prune()}, but for a cache pruned before by this object and used by one process: an entry of
     * another key than those used since the last prune was already deleted then, so only the entries used then
     * and not since are looked for, not the whole folder (the preview server prunes after every edit, and the
     * cache holds tens of thousands of entries). Temporary files are left to the next whole prune.
     *
     * @return how many files were deleted
     */
    public int pruneSinceLast() {
        Set<String> before = lastUsed;
        if (before == null) {
            return prune();
        }
        Set<String> now = Set.copyOf(used);
        int deleted = 0;
        for (String key : before) {
            if (!now.contains(key)) {
                try {
                    if (Files.deleteIfExists(folder.resolve(key + SUFFIX))) {
                        deleted++;
                    }
                } catch (IOException e) {
                    reporter.debug("Cannot delete " + key + SUFFIX + ": " + e);
                }
            }
        }
        used.removeAll(now);
        lastUsed = now;
        return deleted;
    }

    /** The keys used between the last two prunes, or {@code null} before the first. */
    private volatile Set<String> lastUsed;

    private int pruneAll() {
        int deleted = 0;
        if (!Files.isDirectory(folder)) {
            used.clear();
            return 0;
        }
        Instant old = Instant.now().minus(TEMPORARY_AGE);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                boolean stale = ENTRY.matcher(name).matches()
                        && !used.contains(name.substring(0, name.length() - SUFFIX.length()));
                try {
                    if (!stale && TEMPORARY.matcher(name).matches()) {
                        stale = Files.getLastModifiedTime(file).toInstant().isBefore(old);
                    }
                    if (stale && Files.deleteIfExists(file)) {
                        deleted++;
                    }
                } catch (IOException e) {
                    reporter.debug("Cannot delete " + file + ": " + e);
                }
            }
        } catch (IOException | RuntimeException e) {
            reporter.debug("Cannot prune the cache in " + folder + ": " + e);
        }
        used.clear();
        return deleted;
    }
}
