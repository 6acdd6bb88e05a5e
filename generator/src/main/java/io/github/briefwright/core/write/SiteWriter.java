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
     * project folder or one of its parents, the seed, template or glossary folder, a parent of one of them, or
     * inside one of them: replacing any of those would destroy the user's files, and a site inside the folders
     * it is built from would be read again by the next build. Folders are compared with symbolic links resolved.
     *
     * @param glossaryFolder the folder of the configured glossary file, or {@code null}. When it holds the
     *                       project's base folder too (a glossary at the project's root), the output folder may
     *                       be inside it, as it is inside the project.
     */
    public static SiteWriter forOutput(Path output, Path seeds, Path templates, Path glossaryFolder, Path project)
            throws BuildException {
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
        if (seeds != null) {
            sourceFolder(target, seeds, "the seed folder", true, reasons);
        }
        if (templates != null) {
            sourceFolder(target, templates, "the template folder", true, reasons);
        }
        if (glossaryFolder != null && (seeds == null || !real(glossaryFolder).equals(real(seeds)))) {
            boolean holdsProject = project != null && real(project).startsWith(real(glossaryFolder));
            sourceFolder(target, glossaryFolder, "the glossary's folder", !holdsProject, reasons);
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target)) {
            reasons.add("it is a file, not a folder");
        }
        if (!reasons.isEmpty()) {
            throw new BuildException("Refusing to write the site to " + output + ": " + String.join("; ", reasons)
                    + ". The output folder is replaced as a whole on every build; choose a folder of its own, "
                    + "such as target/site.");
        }
        boolean ownsHome;
        try {
            ownsHome = Staging.ownsHome(target);
        } catch (IOException e) {
            throw new BuildException("Cannot read " + target.resolve(Staging.MANIFEST) + ": " + e.getMessage());
        }
        if (!ownsHome) {
            throw new BuildException(foreignHome(output));
        }
        return new SiteWriter(target);
    }

    /**
     * Why a build stops rather than write into {@code output}, whose {@code index.html} another tool (or the user)
     * wrote: the briefing site's home page would silently take its place.
     */
    public static String foreignHome(Path output) {
        return "Refusing to write the site to " + output + ": its index.html was not written by Briefwright "
                + "(it is another tool's home page, such as maven-site-plugin's), and the briefing site would "
                + "replace it. In a project with a Maven site, use the report instead: put briefwright-maven-plugin "
                + "in <reporting>, and mvn site lists the briefings under Project Reports and writes the briefing "
                + "site to briefings/. Otherwise set briefwright.outputDirectory to a folder of its own, such as "
                + "target/briefings, or remove " + output.resolve(Staging.HOME) + " if it may go.";
    }

    /** Adds why {@code target} may not be {@code source}, hold it, or (when {@code notInside}) be inside it. */
    private static void sourceFolder(Path target, Path source, String name, boolean notInside, List<String> reasons) {
        Path real = real(source);
        if (target.equals(real)) {
            reasons.add("it is " + name);
        } else if (real.startsWith(target)) {
            reasons.add("it contains " + name + " " + source);
        } else if (notInside && target.startsWith(real)) {
            reasons.add("it is inside " + name + " " + source);
        }
    }

    public Path output() {
        return output;
    }

    /** A fresh, empty staging folder beside the output folder (a leftover from a crashed build is removed). */
    public Staging stage() throws IOException {
        return stage(null);
    }

    /**
     * A fresh, empty staging folder beside the output folder; with {@code previous}, what the last build wrote,
     * only the files that changed since are staged when the output folder is still as that build left it.
     */
    public Staging stage(PageRecord previous) throws IOException {
        Path parent = Objects.requireNonNull(output.getParent());
        Files.createDirectories(parent);
        Path staging = parent.resolve("." + output.getFileName() + ".briefwright-staging");
        Tree.delete(staging);
        Files.createDirectory(staging);
        return new Staging(output, staging, previous);
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
