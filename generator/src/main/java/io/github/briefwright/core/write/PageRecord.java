package io.github.briefwright.core.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * What a build wrote into its output folder: for each file that had a key, the key and the file's size and
 * time as written; and the SHA-256 of the manifest it wrote. The next build writes again only the files whose key
 * changed, or which are no longer as they were written, and only while the manifest is the one recorded (else
 * another build, without this record, wrote the folder since).
 *
 * <p>Kept as a text file in the cache folder, a line a file ({@code key size time path}), ending in a line with
 * the number of files; one that does not read back whole is not trusted.
 *
 * @param manifest the SHA-256 of the manifest written with these files
 */
public record PageRecord(String manifest, Map<String, Entry> files) {

    private static final String HEADER = "briefwright-pages 1";

    /** One file as it was written. */
    public record Entry(String key, long size, long modified) {
    }

    public PageRecord {
        files = files instanceof Taken ? files : Map.copyOf(files);
    }

    /**
     * A record of {@code files}, a map made for it that no one else holds or changes: taken as it is, not copied
     * (the preview server's record lists tens of thousands of files, and each edit makes a new one).
     */
    static PageRecord taking(String manifest, Map<String, Entry> files) {
        return new PageRecord(manifest, new Taken(files));
    }

    /** A map handed over by the code that made it, read-only. */
    private static final class Taken extends java.util.AbstractMap<String, PageRecord.Entry> {
        private final Map<String, PageRecord.Entry> map;

        Taken(Map<String, PageRecord.Entry> map) {
            this.map = map;
        }

        @Override
        public PageRecord.Entry get(Object key) {
            return map.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return map.containsKey(key);
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public java.util.Set<Map.Entry<String, PageRecord.Entry>> entrySet() {
            return java.util.Collections.unmodifiableMap(map).entrySet();
        }
    }

    /** Whether {@code path} in {@code output} is still the file written with {@code key}. */
    boolean current(Path output, String path, String key) {
        Entry entry = files.get(path);
        if (key == null || entry == null || !entry.key().equals(key)) {
            return false;
        }
        Entry now = entry(output.resolve(path), key);
        return now != null && now.size() == entry.size() && now.modified() == entry.modified();
    }

    /**
     * Whether {@code output} is as the build that made this record left it: the manifest it names, and every file
     * recorded, of the size and time recorded; {@code files} files in all.
     */
    public boolean intact(Path output, int files) {
        try {
            Path manifestFile = output.resolve(Staging.MANIFEST);
            if (this.files.size() != files || !Files.isRegularFile(manifestFile, LinkOption.NOFOLLOW_LINKS)
                    || !Staging.sha256(manifestFile).equals(manifest)) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        return this.files.entrySet().parallelStream()
                .allMatch(file -> current(output, file.getKey(), file.getValue().key()));
    }

    /** The file's size and time, with {@code key}; {@code null} when it is not a regular file. */
    static Entry entry(Path file, String key) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                return null;
            }
            return new Entry(key, attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The record in {@code file}, or {@code null} when there is none.
     *
     * @throws IOException when it cannot be read or is not whole
     */
    public static PageRecord read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.size() < 3 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("manifest ")) {
            throw new IOException("not a record of written pages");
        }
        Map<String, Entry> files = new TreeMap<>();
        for (String line : lines.subList(2, lines.size() - 1)) {
            String[] parts = line.split(" ", 4);
            if (parts.length != 4) {
                throw new IOException("a line is cut short");
            }
            try {
                files.put(parts[3], new Entry(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2])));
            } catch (NumberFormatException e) {
                throw new IOException("a line is damaged");
            }
        }
        if (!lines.get(lines.size() - 1).equals("end " + files.size())) {
            throw new IOException("it is cut short");
        }
        return new PageRecord(lines.get(1).substring("manifest ".length()), files);
    }

    /** Writes the record to {@code file}, whole or not at all. */
    public void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>(files.size() + 3);
        lines.add(HEADER);
        lines.add("manifest " + manifest);
        new TreeMap<>(files).forEach((path, entry) -> lines.add(entry.key() + " " + entry.size() + " "
                + entry.modified() + " " + path));
        lines.add("end " + files.size());
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.write(partial, lines, StandardCharsets.UTF_8);
        try {
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
