package io.github.briefwright.core.write;

import io.github.briefwright.core.BuildException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether a folder may receive a site, and opens a {@link Staging} folder beside it. The site is built
 * in the staging folder and only replaces the output folder, in one rename, once the whole build succeeded.
 */
public final class SiteWriter {

    private final Path output;

    private SiteWriter(Path output) {
        this.output = output;
    }

    /**
     * A writer for {@code output}, refused when the output folder is a file system root, the user's home, the
     * project folder or one of its parents, the seed or template folder, a parent of either, or inside the seed
     * folder: replacing any of those would destroy the user's files.
     */
    public static SiteWriter forOutput(Path output, Path seeds, Path templates, Path project) throws BuildException {
        Path target = real(output);
        List<String> reasons = new ArrayList<>();
        if (target.getParent() == null) {
            reasons.add("it is the root of the file system");
        }
        if (target.equals(real(Path.of(System.getProperty("user.home"))))) {
            reasons.add("it is your home folder");
        }
        if (project != null && real(project).startsWith(target)) {
            reasons.add(target.equals(real(project)) ? "it is the project's base folder"
                    : "it contains the project's base folder " + project);
        }
        if (seeds != null && real(seeds).startsWith(target)) {
            reasons.add(target.equals(real(seeds)) ? "it is the seed folder" : "it contains the seed folder " + seeds);
        }
        if (seeds != null && target.startsWith(real(seeds)) && !target.equals(real(seeds))) {
            reasons.add("it is inside the seed folder " + seeds);
        }
        if (templates != null && real(templates).startsWith(target)) {
            reasons.add("it contains the template folder " + templates);
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target)) {
            reasons.add("it is a file, not a folder");
        }
        if (!reasons.isEmpty()) {
            throw new BuildException("Refusing to write the site to " + output + ": " + String.join("; ", reasons)
                    + ". The output folder is replaced as a whole on every build; choose a folder of its own, "
                    + "such as target/site.");
        }
        return new SiteWriter(target);
    }

    public Path output() {
        return output;
    }

    /** A fresh, empty staging folder beside the output folder (a leftover from a crashed build is removed). */
    public Staging stage() throws IOException {
        Path parent = Objects.requireNonNull(output.getParent());
        Files.createDirectories(parent);
        Path staging = parent.resolve("." + output.getFileName() + ".briefwright-staging");
        Tree.delete(staging);
        Files.createDirectory(staging);
        return new Staging(output, staging);
    }

    /** The path with symbolic links resolved as far as it exists, so that aliases of one folder compare equal. */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
