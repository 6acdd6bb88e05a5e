package io.github.briefwright.core.load;

import io.github.briefwright.core.Limits;
import io.github.briefwright.core.Problem;
import io.github.briefwright.core.structure.TextHygiene;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the seeds in a folder and reads each one into a {@link Seed}: decoded strictly (a wrong byte is an
 * error naming its line, never a silent replacement character) with its front matter parsed.
 *
 * <p>Seeds are untrusted text. Only files inside the seed folder are read ({@link FolderFiles}: a symbolic link out
 * of the folder, or a named pipe, is skipped with a warning); a seed's size and line lengths are checked against
 * the {@link Limits} before work starts; and every text it yields has had {@link TextHygiene#clean} applied.
 */
public final class SeedLoader {

    private final Path root;
    private final Charset encoding;
    private final Limits limits;
    private final FolderFiles folder;

    /** A loader with the {@linkplain Limits#DEFAULT default limits}. */
    public SeedLoader(Path root, Charset encoding) {
        this(root, encoding, Limits.DEFAULT);
    }

    public SeedLoader(Path root, Charset encoding, Limits limits) {
        this.root = root;
        this.encoding = encoding;
        this.limits = limits;
        this.folder = new FolderFiles(root, "seed folder", "publish");
    }

    /**
     * Every {@code .txt}/{@code .md} file below the root, in a stable order; hidden files and folders skipped.
     * Warnings about seeds that are not read are dropped; see {@link #find(List)}.
     */
    public List<Path> find() throws IOException {
        return find(new ArrayList<>());
    }

    /**
     * Every {@code .txt}/{@code .md} file below the root, in a stable order; hidden files and folders skipped
     * silently, and, with a warning added to {@code warnings}, symbolic links to anything but a regular file inside
     * the seed folder and special files (named pipes, devices, sockets).
     */
    public List<Path> find(List<Problem> warnings) throws IOException {
        return find(warnings, null);
    }

    /**
     * {@link #find(List)}, putting into {@code attributes} (when not {@code null}) the attributes the listing read
     * of each regular file found (links not followed): what was found of the file then, so that a build need not
     * ask again.
     */
    public List<Path> find(List<Problem> warnings, Map<Path, BasicFileAttributes> attributes) throws IOException {
        return folder.list(true, file -> SeedFormat.of(file).isPresent(), this::relativeName, warnings, attributes);
    }

    /**
     * What a listing of the seed folder found: the seeds in order, the attributes it read of each regular file
     * (links not followed), and the warnings about files left out.
     */
    public record Listing(List<Path> files, Map<Path, BasicFileAttributes> attributes, List<Problem> warnings) {

        public Listing {
            files = List.copyOf(files);
            attributes = Map.copyOf(attributes);
            warnings = List.copyOf(warnings);
        }
    }

    /** Lists the seed folder: {@link #find(List, Map)}. */
    public Listing list() throws IOException {
        List<Problem> warnings = new ArrayList<>();
        Map<Path, BasicFileAttributes> attributes = new java.util.HashMap<>();
        List<Path> files = find(warnings, attributes);
        return new Listing(files, attributes, warnings);
    }

    /**
     * The listing {@code last} of this folder, with the files at {@code changed} looked at again: the paths a file
     * watcher saw created, changed or deleted since {@code last} was made (paths outside the folder, hidden or not
     * named as seeds are passed over). {@code null} when that cannot tell what a listing would find, so the folder
     * must be listed again: a changed path is a folder (its files were not each seen) or something other than a
     * regular file, a deleted one may have been a folder, or {@code last} holds more than regular files (a link is
     * looked at again at every listing, as its target may have changed).
     */
    public Listing relisted(Listing last, java.util.Collection<Path> changed) {
        if (!last.warnings().isEmpty() || last.attributes().size() != last.files().size()) {
            return null;
        }
        Path base = folder.folder();
        List<Path> files = new ArrayList<>(last.files());
        Map<Path, BasicFileAttributes> attributes = new java.util.HashMap<>(last.attributes());
        for (Path path : changed) {
            Path file = path.toAbsolutePath().normalize();
            if (!file.startsWith(base) || file.equals(base) || FolderFiles.isHidden(base.relativize(file))) {
                continue;
            }
            BasicFileAttributes now;
            try {
                now = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException gone) {
                now = null;
            } catch (IOException e) {
                return null;
            }
            boolean seed = SeedFormat.of(base.relativize(file)).isPresent();
            int at = java.util.Collections.binarySearch(files, file);
            if (now == null) {
                if (at >= 0) {
                    files.remove(at);
                    attributes.remove(file);
                } else if (-at - 1 < files.size() && files.get(-at - 1).startsWith(file)) {
                    return null; // a folder of listed seeds, gone
                }
            } else if (now.isDirectory() || !now.isRegularFile() && seed) {
                return null;
            } else if (now.isRegularFile() && seed) {
                attributes.put(file, now);
                if (at < 0) {
                    files.add(-at - 1, file);
                }
            }
        }
        return new Listing(files, attributes, List.of());
    }

    /** Reads one seed; every problem found in it is in the exception. */
    public Seed load(Path file) throws SeedException {
        return load(file, read(file));
    }

    /**
     * A seed's bytes, read the way {@link #load(Path)} reads them: only a file inside the folder, its size checked
     * against the limit before anything is read. The problems here come from the file system (a refused link, a
     * file too large, a read error), not from the text.
     */
    public byte[] read(Path file) throws SeedException {
        String name = relativeName(file);
        FolderFiles.Opened opened;
        try {
            opened = folder.open(file);
        } catch (FolderFiles.RefusedException e) {
            throw new SeedException(Problem.at(name, 0, e.refusal().refused()));
        } catch (IOException e) {
            throw new SeedException(Problem.at(name, 0, "cannot be read: " + describe(e)));
        }
        return SeedText.bytes(name, opened, limits);
    }

    /**
     * One seed from the bytes {@link #read(Path)} gave for {@code file}: decoded, checked and split from its front
     * matter; every problem found in it is in the exception. What comes out depends only on the bytes, the file's
     * name relative to the folder and this loader's encoding and limits.
     */
    public Seed load(Path file, byte[] bytes) throws SeedException {
        String name = relativeName(file);
        SeedFormat format = SeedFormat.of(file).orElseThrow();
        String text = SeedText.text(name, bytes, encoding, limits);
        return split(name, file, format, text);
    }

    /**
     * The seed's name as users see it in messages and in {@code sourceFile}: relative to the seed folder, with
     * {@code /} separators, and on one line without control characters ({@link TextHygiene#oneLine}), since a file
     * name may hold anything.
     */
    public String relativeName(Path file) {
        return TextHygiene.oneLine(
                root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"));
    }

    private Seed split(String name, Path file, SeedFormat format, String text) throws SeedException {
        if (!startsWithFence(text)) {
            return new Seed(name, file, format, text, 1, FrontMatter.NONE, List.of());
        }
        int lineStart = text.indexOf('\n') + 1;
        int line = 2;
        while (lineStart > 0 && lineStart < text.length()) {
            int end = text.indexOf('\n', lineStart);
            int lineEnd = end < 0 ? text.length() : end;
            String current = text.substring(lineStart, lineEnd).stripTrailing();
            if (current.equals("---") || current.equals("...")) {
                FrontMatterReader reader = new FrontMatterReader(name, 2);
                int yamlStart = text.indexOf('\n') + 1;
                FrontMatter frontMatter = reader.read(text.substring(yamlStart, lineStart));
                String body = end < 0 ? "" : text.substring(end + 1);
                return new Seed(name, file, format, body, line + 1, frontMatter, reader.warnings());
            }
            lineStart = end < 0 ? -1 : end + 1;
            line++;
        }
        throw new SeedException(Problem.at(name, 1,
                "front matter opened with '---' is never closed; end it with a line of '---'"));
    }

    private static boolean startsWithFence(String text) {
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).stripTrailing();
        return first.equals("---") && end >= 0;
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + " " + e.getMessage();
    }

}
