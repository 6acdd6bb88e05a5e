package io.github.briefwright.core.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * A site being written. Files go into a hidden folder beside the output folder; {@link #commit()} puts it in
 * place of the output folder in one rename. Closing without a commit deletes it and leaves the previous site
 * untouched. A build never deletes what it did not write: files and folders, empty ones too, that another tool
 * or the user put in the output folder (maven-site-plugin's pages, say) are carried over; files this tool wrote
 * last time and not this time are dropped, and so are the folders it made for them once they are empty. What
 * this tool wrote is listed in {@value #MANIFEST}: its files, and the folders it made, each with a trailing
 * {@code /}; a line starting with {@code #} holds the SHA-256 of the home page it wrote, so that a home page
 * another tool wrote over it later is known as theirs. Pages may be written from several threads at once.
 */
public final class Staging implements AutoCloseable {

    /** The files Briefwright wrote into the output folder and the folders it made (ending in {@code /}), one a line. */
    public static final String MANIFEST = ".briefwright-manifest";

    /** The home page, which this tool never takes over from another. */
    static final String HOME = "index.html";

    /** Starts the manifest's line with the SHA-256 of the home page written: {@code # index.html sha-256 HEX}. */
    private static final String DIGEST = "# " + HOME + " sha-256 ";

    private final Path output;
    private final Path folder;
    /** Every file of the new site, kept or written (a hash set: tens of thousands are added, in any order). */
    private final Set<String> written = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** The files of the new site that are new or changed: staged, to be moved into the output folder. */
    private final Set<String> changed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Map<String, String> keys = new java.util.concurrent.ConcurrentHashMap<>();
    /** The staging folder's folders made so far. */
    private final Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final PageRecord previous;
    /** Whether the output folder is updated in place (only the changed files), rather than replaced. */
    private final boolean inPlace;
    private PageRecord record;
    private Set<String> removed = Set.of();
    private boolean committed;
    private int carriedOver;
    private int replaced;

    /**
     * @param previous what the last build wrote into {@code output}, or {@code null}; when it holds and the output
     *                 folder has the manifest it records, only files that changed are written and the output folder
     *                 is updated in place; otherwise the whole site is staged and put in place of the output folder
     */
    Staging(Path output, Path folder, PageRecord previous) throws IOException {
        this.output = output;
        this.folder = folder;
        this.inPlace = previous != null && Files.isRegularFile(output.resolve(MANIFEST), LinkOption.NOFOLLOW_LINKS)
                && read(output).sha256().equals(previous.manifest());
        this.previous = inPlace ? previous : null;
    }

    /**
     * Whether the output folder, updated in place, already has {@code path} as the last build wrote it with
     * {@code key}: then it is kept as it is and need not be made again.
     */
    public boolean keep(String path, String key) throws IOException {
        if (previous == null || !previous.current(output, path, key)) {
            return false;
        }
        if (!written.add(path)) {
            throw new IOException("two pages would be written to " + path);
        }
        keys.put(path, key);
        return true;
    }

    /** The key the last build wrote {@code path} with, when the output folder is updated in place; else {@code null}. */
    public String previousKey(String path) {
        PageRecord.Entry entry = previous == null ? null : previous.files().get(path);
        return entry == null ? null : entry.key();
    }

    /** Records that the file written at {@code path} follows from {@code key}: for a key known only once written. */
    public void keyed(String path, String key) {
        if (!written.contains(path)) {
            throw new IllegalStateException("no file was written at " + path);
        }
        keys.put(path, key);
    }

    /** Writes a UTF-8 text file at {@code path}, whose bytes follow from {@code key} (or {@code null}: unknown). */
    public void write(String path, String key, Content content) throws Exception {
        write(path, content);
        if (key != null) {
            keys.put(path, key);
        }
    }

    /** Copies a file at {@code path}, whose bytes follow from {@code key}. */
    public void copy(String path, String key, InputStream in) throws IOException {
        copy(path, in);
        keys.put(path, key);
    }

    /** What this build wrote, for the next one: once committed. */
    public PageRecord record() {
        return record;
    }

    /** Whether the output folder was updated in place rather than replaced. */
    public boolean inPlace() {
        return inPlace;
    }

    /**
     * The files of the site that this build wrote anew, changed or deleted, once committed: the whole site
     * when it was replaced.
     */
    public Set<String> changed() {
        if (!inPlace) {
            return java.util.Collections.unmodifiableSortedSet(new TreeSet<>(written));
        }
        Set<String> all = new TreeSet<>(changed);
        all.addAll(removed);
        return all;
    }

    /** Something that writes one text file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws Exception;
    }

    /** Writes a UTF-8 text file at {@code path} (relative, {@code /}-separated) in the site. */
    public void write(String path, Content content) throws Exception {
        Path file = claim(path);
        try (Writer out = new TextFile(file)) {
            content.writeTo(out);
        }
    }

    /** Copies a binary or text file at {@code path} in the site. */
    public void copy(String path, InputStream in) throws IOException {
        try (in) {
            Files.copy(in, claim(path));
        }
    }

    private Path claim(String path) throws IOException {
        changed.add(path);
        Path file = folder.resolve(path).normalize();
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || !file.startsWith(folder)
                || file.equals(folder) || path.equals(MANIFEST)) {
            throw new IOException("refusing to write outside the site or over its manifest: " + path);
        }
        if (!written.add(path)) {
            throw new IOException("two pages would be written to " + path);
        }
        Path parent = file.getParent();
        if (!folders.contains(parent)) { // made once: asked again, it costs an exception and two system calls
            Files.createDirectories(parent);
            folders.add(parent);
        }
        return file;
    }

    /** Files written so far, as paths in the site. */
    public Set<String> written() {
        return written;
    }

    /** Files another tool had written into the output folder and that were kept. */
    public int carriedOver() {
        return carriedOver;
    }

    /** Files another tool had written that a page of this site replaced. */
    public int replaced() {
        return replaced;
    }

    /** Puts the staged site in place of the output folder, or its changed files into it. */
    public void commit() throws IOException {
        if (inPlace) {
            update();
        } else {
            swapAll();
        }
        Map<String, PageRecord.Entry> entries;
        if (inPlace && previous != null) {
            // the last record's entries, but for the pages gone and those written again
            entries = new java.util.HashMap<>(previous.files());
            entries.keySet().removeAll(removed);
            for (String path : changed) {
                String key = keys.get(path);
                PageRecord.Entry entry = key == null ? null : PageRecord.entry(output.resolve(path), key);
                if (entry != null) {
                    entries.put(path, entry);
                } else {
                    entries.remove(path);
                }
            }
            if (entries.size() != keys.size()) { // a page left without a key, or one the last record lacks
                entries.keySet().retainAll(keys.keySet());
                for (Map.Entry<String, String> page : keys.entrySet()) {
                    if (!entries.containsKey(page.getKey())) {
                        PageRecord.Entry entry = PageRecord.entry(output.resolve(page.getKey()), page.getValue());
                        if (entry != null) {
                            entries.put(page.getKey(), entry);
                        }
                    }
                }
            }
        } else {
            entries = new java.util.HashMap<>();
            keys.forEach((path, key) -> {
                PageRecord.Entry entry = changed.contains(path) ? PageRecord.entry(output.resolve(path), key)
                        : previous != null ? previous.files().get(path) : PageRecord.entry(output.resolve(path), key);
                if (entry != null) {
                    entries.put(path, entry);
                }
            });
        }
        record = PageRecord.taking(read(output).sha256(), entries);
    }

    /**
     * Moves the changed files into the output folder, each replacing its old self in one rename; deletes the
     * files the last build wrote that this one did not, and the folders made for them once empty; then writes
     * the manifest. Files another tool put there stay as they are, but for one a page of this site now replaces.
     */
    private void update() throws IOException {
        Read reading = read(output);
        Manifest last = reading.manifest();
        Set<String> folders = new HashSet<>(last.folders());
        Set<String> made = new HashSet<>();
        List<String> added = new ArrayList<>(); // files the last build did not write
        for (String path : new TreeSet<>(changed)) {
            Path target = output.resolve(path);
            if (!last.files().contains(path)) {
                added.add(path);
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    replaced++;
                }
            }
            for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
                String parent = path.substring(0, slash);
                if (!Files.isDirectory(output.resolve(parent), LinkOption.NOFOLLOW_LINKS)) {
                    folders.add(parent);
                    made.add(parent);
                }
            }
            Files.createDirectories(target.getParent());
            move(folder.resolve(path), target);
        }
        // a file kept is one the last build wrote, so every file of this build the last did not write is among the
        // changed: when the counts say that no file of the last build is missing, none is looked for
        List<String> gone = new ArrayList<>();
        if (written.size() != last.files().size() + added.size()) {
            for (String path : last.files()) {
                if (!written.contains(path)) {
                    gone.add(path);
                }
            }
            java.util.Collections.sort(gone);
        }
        for (String path : gone) {
            Files.deleteIfExists(output.resolve(path));
        }
        // only a folder a file was deleted from, or one made for this build, may be empty now
        Set<String> maybeEmpty = new HashSet<>();
        for (String path : gone) {
            for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
                maybeEmpty.add(path.substring(0, slash));
            }
        }
        maybeEmpty.addAll(made);
        maybeEmpty.retainAll(folders);
        List<String> emptied = new ArrayList<>(maybeEmpty);
        emptied.sort(java.util.Comparator.comparingInt(String::length).reversed());
        Set<String> unmade = new HashSet<>();
        for (String path : emptied) {
            Path dir = output.resolve(path);
            if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) && isEmpty(dir)) {
                Files.delete(dir);
                folders.remove(path);
                unmade.add(path);
            } else if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                folders.remove(path);
                unmade.add(path);
            }
        }
        removed = new TreeSet<>(gone);
        // the same files in the same folders, the home page as it was: the manifest says what it said (an edit
        // in a large site rewrites a few pages, and the manifest lists tens of thousands)
        boolean same = gone.isEmpty() && made.isEmpty() && written.size() == last.files().size()
                && !changed.contains(HOME);
        if (!same) {
            String home = written.contains(HOME) ? sha256(output.resolve(HOME)) : null;
            NavigableSet<String> lines;
            if (written.size() == last.files().size() - gone.size() + added.size()) {
                // the last manifest's lines, sorted, patched with what changed: no sorting of tens of thousands
                lines = new TreeSet<>(last.lines(reading.homeDigest()));
                gone.forEach(lines::remove);
                lines.addAll(added);
                unmade.forEach(path -> lines.remove(path + "/"));
                made.forEach(path -> {
                    if (folders.contains(path)) {
                        lines.add(path + "/");
                    }
                });
                if (reading.homeDigest() != null) {
                    lines.remove(DIGEST + reading.homeDigest());
                }
            } else {
                lines = new TreeSet<>(written);
                folders.forEach(path -> lines.add(path + "/"));
            }
            if (home != null) {
                lines.add(DIGEST + home);
            }
            StringBuilder text = new StringBuilder();
            lines.forEach(line -> text.append(line).append(System.lineSeparator()));
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            if (!java.util.Arrays.equals(bytes, reading.bytes())) {
                Path partial = folder.resolve(MANIFEST);
                Files.write(partial, bytes);
                move(partial, output.resolve(MANIFEST));
                if (!folders.isEmpty()) { // what it says, known: the next reading need not parse it
                    // this build's files, no longer added to, and its folders
                    remember(output.resolve(MANIFEST), bytes, new Manifest(
                            java.util.Collections.unmodifiableSet(written),
                            java.util.Collections.unmodifiableSet(folders),
                            java.util.Collections.unmodifiableNavigableSet(lines)), home);
                }
            }
        }
        Tree.delete(folder);
        committed = true;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    private void swapAll() throws IOException {
        Set<String> theirs = new HashSet<>();
        if (Files.isDirectory(output)) {
            carryOver(previousManifest(), theirs);
        }
        Set<String> manifest = new TreeSet<>(written);
        manifest.addAll(ownFolders(theirs));
        if (written.contains(HOME)) {
            manifest.add(DIGEST + sha256(folder.resolve(HOME)));
        }
        Files.write(folder.resolve(MANIFEST), manifest, StandardCharsets.UTF_8);
        swap();
        committed = true;
    }

    /**
     * What the last build wrote: its files, and the folders it made; and the manifest's lines, sorted, when known
     * ({@code null} when it was read from the file: made when needed).
     */
    private record Manifest(Set<String> files, Set<String> folders, NavigableSet<String> lines) {

        Manifest(Set<String> files, Set<String> folders) {
            this(files, folders, null);
        }

        /** The manifest's lines, sorted: its files, its folders (each with {@code /}) and the home page's digest. */
        NavigableSet<String> lines(String homeDigest) {
            if (lines != null) {
                return lines;
            }
            NavigableSet<String> made = new TreeSet<>(files);
            folders.forEach(path -> made.add(path + "/"));
            if (homeDigest != null) {
                made.add(DIGEST + homeDigest);
            }
            return made;
        }
    }

    private Manifest previousManifest() throws IOException {
        return manifest(output);
    }

    /**
     * Whether the home page in {@code output} was written by this tool: the manifest lists it and, when the
     * manifest holds its SHA-256, it is still that file. A folder without a home page has none of another's.
     */
    static boolean ownsHome(Path output) throws IOException {
        Path home = output.resolve(HOME);
        if (!Files.exists(home, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        if (!Files.isRegularFile(home, LinkOption.NOFOLLOW_LINKS) || !manifest(output).files().contains(HOME)) {
            return false;
        }
        String digest = read(output).homeDigest();
        return digest == null || digest.equals(sha256(home));
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The manifest file as last read: its bytes, their SHA-256, what it lists and the home page's digest; read again
     * only when the file is another (its identity, time or size changed). One build reads it several times, and the
     * preview server builds again and again.
     */
    private record Read(Path file, Object identity, long modified, long size, byte[] bytes, String sha256,
            Manifest manifest, String homeDigest) {
    }

    private static volatile Read lastRead;

    /** The manifest in {@code output}, read (or the last reading of the same file); empty when there is none. */
    private static Read read(Path output) throws IOException {
        Path file = output.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            return new Read(file, null, -1, -1, new byte[0], null, parse(List.of()), null);
        }
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        Object identity = attributes.fileKey();
        long modified = attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
        Read last = lastRead;
        if (last != null && identity != null && last.file().equals(file) && identity.equals(last.identity())
                && last.modified() == modified && last.size() == attributes.size()) {
            return last;
        }
        byte[] bytes = Files.readAllBytes(file);
        String sha256 = sha256(bytes);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        String homeDigest = null;
        for (String line : lines) {
            if (line.startsWith(DIGEST)) {
                homeDigest = line.substring(DIGEST.length()).strip();
                break;
            }
        }
        Read read = new Read(file, identity, modified, bytes.length, bytes, sha256, parse(lines), homeDigest);
        if (identity != null && bytes.length == attributes.size()) {
            lastRead = read;
        }
        return read;
    }

    /** Takes {@code bytes}, just written to {@code file}, as the last reading of it, with what they say. */
    private static void remember(Path file, byte[] bytes, Manifest manifest, String homeDigest) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.fileKey() == null || attributes.size() != bytes.length) {
            return;
        }
        lastRead = new Read(file, attributes.fileKey(),
                attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS), bytes.length, bytes,
                sha256(bytes), manifest, homeDigest);
    }

    /** The SHA-256 of {@code bytes}, as lowercase hex. */
    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Manifest manifest(Path output) throws IOException {
        return read(output).manifest();
    }

    private static Manifest parse(List<String> lines) {
        Set<String> files = new HashSet<>();
        Set<String> folders = new HashSet<>();
        for (String line : lines) {
            if (line.startsWith("#")) {
                continue;
            } else if (line.endsWith("/")) {
                folders.add(line.substring(0, line.length() - 1));
            } else if (!line.isEmpty()) {
                files.add(line);
            }
        }
        if (folders.isEmpty()) {
            // a manifest from before folders were listed: the folders of the files it lists were made for them
            for (String file : files) {
                for (int slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) {
                    folders.add(file.substring(0, slash));
                }
            }
        }
        return new Manifest(Set.copyOf(files), Set.copyOf(folders));
    }

    /**
     * Copies into the staging folder what another tool or the user put into the output folder: their files, and
     * their folders even when empty (added to {@code theirs}).
     */
    private void carryOver(Manifest previous, Set<String> theirs) throws IOException {
        Files.walkFileTree(output, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                String path = relative(output, dir);
                if (!path.isEmpty() && !previous.folders().contains(path)) {
                    Files.createDirectories(folder.resolve(path));
                    theirs.add(path);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String path = relative(output, file);
                if (path.equals(MANIFEST) || previous.files().contains(path)) {
                    return FileVisitResult.CONTINUE;
                }
                if (written.contains(path)) {
                    replaced++;
                    return FileVisitResult.CONTINUE;
                }
                Path copy = folder.resolve(path);
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
                carriedOver++;
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The folders of the staged site that this tool made, each with a trailing {@code /}. */
    private Set<String> ownFolders(Set<String> theirs) throws IOException {
        Set<String> own = new TreeSet<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                String path = relative(folder, dir);
                if (!path.isEmpty() && !theirs.contains(path)) {
                    own.add(path + "/");
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return own;
    }

    /** {@code path} relative to {@code root}, {@code /}-separated. */
    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
    }

    private void swap() throws IOException {
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            move(folder, output);
            return;
        }
        Path previous = output.resolveSibling("." + output.getFileName() + ".briefwright-previous");
        Tree.delete(previous);
        move(output, previous);
        try {
            move(folder, output);
        } catch (IOException e) {
            move(previous, output);
            throw e;
        }
        Tree.delete(previous);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Without a commit, deletes the staging folder: the previous site stays as it was. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            Tree.delete(folder);
        }
    }
}
