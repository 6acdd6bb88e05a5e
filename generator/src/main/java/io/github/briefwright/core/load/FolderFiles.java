package io.github.briefwright.core.load;

import io.github.briefwright.core.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The files of a folder the user gave (the seed folder, the template folder), read without ever leaving it.
 *
 * <p>A regular file is read. A symbolic link is read only when its target, with every link resolved, is a regular
 * file inside the folder; a link to a file outside would publish that file (a link to {@code /etc/passwd}), so it is
 * skipped with a warning. Special files (named pipes, devices, sockets) are skipped with a warning too: reading a
 * named pipe waits for a writer forever. Files are opened without following a link at the last step, so a file
 * swapped for a link after it was checked is not followed.
 */
public final class FolderFiles {

    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    /**
     * Why a file of the folder is not read, and what the user can do about it.
     *
     * @param reason what the file is ("is a symbolic link to a file outside the seed folder")
     * @param advice what to do ("copy the file in to publish it")
     */
    public record Refusal(String reason, String advice) {

        /** The warning for a file left out while listing the folder. */
        public String skipped() {
            return reason + "; skipped — " + advice;
        }

        /** The error for a file that was asked for by name. */
        public String refused() {
            return reason + "; " + advice;
        }
    }

    /** A file that may not be read, with the reason; an {@link IOException} so that it travels with read errors. */
    public static final class RefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        private final transient Refusal refusal;

        RefusedException(Path file, Refusal refusal) {
            super(file + " " + refusal.refused());
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /**
     * A file opened for reading.
     *
     * @param in   its bytes
     * @param size its size when it was opened, in bytes
     */
    public record Opened(InputStream in, long size) {
    }

    private final Path folder;
    private final Path realFolder;
    private final String folderName;
    private final String use;

    /**
     * @param folder     the folder
     * @param folderName how messages call it ("seed folder")
     * @param use        what its files are for, as a verb ("publish"), for the advice to copy a file in
     */
    public FolderFiles(Path folder, String folderName, String use) {
        this.folder = folder.toAbsolutePath().normalize();
        this.realFolder = realOrSelf(this.folder);
        this.folderName = folderName;
        this.use = use;
    }

    public Path folder() {
        return folder;
    }

    /**
     * The files below the folder that {@code wanted} accepts (given each path relative to the folder), sorted. A file
     * that may not be read ({@link #check}) is left out and a warning, named by {@code nameOf}, is added to
     * {@code warnings}. Links to folders are not descended into.
     *
     * @param skipHidden whether files and folders whose name starts with a dot are left out (silently)
     */
    public List<Path> list(boolean skipHidden, Predicate<Path> wanted, Function<Path, String> nameOf,
            List<Problem> warnings) throws IOException {
        return list(skipHidden, wanted, nameOf, warnings, null);
    }

    /**
     * {@link #list(boolean, Predicate, Function, List)}, putting into {@code attributes} (when not {@code null})
     * what the walk found of each regular file listed: its own attributes, links not followed, as a file system
     * gives them once per file.
     */
    public List<Path> list(boolean skipHidden, Predicate<Path> wanted, Function<Path, String> nameOf,
            List<Problem> warnings, Map<Path, BasicFileAttributes> attributes) throws IOException {
        List<Path> regular = new ArrayList<>();
        List<Path> other = new ArrayList<>();
        Map<Path, BasicFileAttributes> found = new HashMap<>();
        // one walk that follows no link and reads each file's attributes once; below a hidden folder all is hidden
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes own) {
                return skipHidden && !dir.equals(folder) && dir.getFileName().toString().startsWith(".")
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes own) {
                if (file.equals(folder)) {
                    return FileVisitResult.CONTINUE; // the folder itself, a link: not descended into, as before
                }
                Path relative = folder.relativize(file);
                if (!(skipHidden && file.getFileName().toString().startsWith(".")) && wanted.test(relative)) {
                    if (own.isRegularFile()) {
                        regular.add(file);
                        found.put(file, own);
                    } else if (!own.isDirectory()) {
                        other.add(file);
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // gone while the folder was read
                }
                throw e;
            }
        });
        // found by a walk that follows no link: a regular file is inside the folder, no need to resolve its path
        List<Path> readable = new ArrayList<>(regular);
        other.sort(null); // warnings in the order of the files
        for (Path file : other) {
            Optional<Refusal> refusal;
            try {
                refusal = check(file);
            } catch (NoSuchFileException gone) {
                continue;
            }
            if (refusal.isPresent()) {
                warnings.add(Problem.at(nameOf.apply(file), 0, refusal.get().skipped()));
            } else {
                readable.add(file);
            }
        }
        readable.sort(null);
        if (attributes != null) {
            attributes.putAll(found);
        }
        return readable;
    }

    /** Why {@code file} may not be read from this folder, or nothing when it may. */
    public Optional<Refusal> check(Path file) throws IOException {
        BasicFileAttributes own = Files.readAttributes(file, BasicFileAttributes.class, NOFOLLOW);
        if (own.isSymbolicLink()) {
            Path target;
            try {
                target = file.toRealPath();
            } catch (NoSuchFileException e) {
                return refuse("is a symbolic link to a file that does not exist", "fix the link or remove it");
            } catch (FileSystemException e) {
                return refuse("is a symbolic link that cannot be followed ("
                        + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason()) + ")",
                        "fix the link or remove it");
            }
            if (!inside(target)) {
                return refuse("is a symbolic link to a file outside the " + folderName,
                        "copy the file in to " + use + " it");
            }
            BasicFileAttributes targetAttributes = Files.readAttributes(target, BasicFileAttributes.class, NOFOLLOW);
            if (targetAttributes.isRegularFile()) {
                return Optional.empty();
            }
            if (targetAttributes.isDirectory()) {
                return refuse("is a symbolic link to a folder, not to a file", "remove the link");
            }
            return refuse("is a symbolic link to a special file (a named pipe, device or socket), not to a "
                    + "regular file", "remove the link");
        }
        if (own.isRegularFile()) {
            if (!inside(file.toRealPath())) {
                return refuse("is in a folder that links outside the " + folderName,
                        "copy the file in to " + use + " it");
            }
            return Optional.empty();
        }
        if (own.isDirectory()) {
            return refuse("is a folder, not a file", "rename it");
        }
        return refuse("is a special file (a named pipe, device or socket), not a regular file",
                "remove it from the " + folderName);
    }

    /**
     * Opens {@code file} for reading if it may be read ({@link #check}): a regular file without following a link
     * put in its place since, a link inside the folder at its target.
     *
     * @throws RefusedException when the file may not be read, with the reason
     */
    public Opened open(Path file) throws IOException {
        Optional<Refusal> refusal = check(file);
        if (refusal.isPresent()) {
            throw new RefusedException(file, refusal.get());
        }
        BasicFileAttributes own = Files.readAttributes(file, BasicFileAttributes.class, NOFOLLOW);
        Path read = own.isSymbolicLink() ? file.toRealPath() : file;
        BasicFileAttributes attributes = own.isSymbolicLink()
                ? Files.readAttributes(read, BasicFileAttributes.class, NOFOLLOW) : own;
        if (!attributes.isRegularFile()) {
            throw new RefusedException(file, new Refusal("is not a regular file",
                    "remove it from the " + folderName));
        }
        return new Opened(Files.newInputStream(read, NOFOLLOW), attributes.size());
    }

    /**
     * Opens a file the user named in the configuration, which may be anywhere (links followed) but must be a
     * regular file.
     *
     * @throws RefusedException when it is a folder or a special file
     */
    public static Opened openConfigured(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new RefusedException(file, new Refusal(attributes.isDirectory() ? "is a folder, not a file"
                    : "is a special file (a named pipe, device or socket), not a regular file",
                    "name a regular file"));
        }
        return new Opened(Files.newInputStream(file), attributes.size());
    }

    private boolean inside(Path real) {
        return real.startsWith(realFolder) && !real.equals(realFolder);
    }

    private static Optional<Refusal> refuse(String reason, String advice) {
        return Optional.of(new Refusal(reason, advice));
    }

    private static Path realOrSelf(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder;
        }
    }

    static boolean isHidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") && !name.equals(".")) {
                return true;
            }
        }
        return false;
    }
}
