package io.github.briefwright.core;

import io.github.briefwright.core.render.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Copies the default theme, or one file of it, into the user's template folder, where it can be edited and
 * overrides the default. An existing file is never replaced unless asked.
 */
public final class ThemeEjector {

    /** What was copied and what was left alone because it exists. */
    public record Result(List<Path> written, List<Path> kept) {
    }

    private ThemeEjector() {
    }

    /**
     * @param folder the user's template folder
     * @param name   one file of the theme ({@code briefing.ftlh}, {@code assets/style.css}), or {@code null} for all
     * @param force  replace files that exist
     * @throws BuildException when {@code name} is not a file of the theme, or a file cannot be written
     */
    public static Result eject(Path folder, String name, boolean force) throws BuildException {
        Map<String, Theme.Asset> files;
        try {
            files = Theme.defaultFiles();
        } catch (IOException e) {
            throw new BuildException("cannot read the default theme: " + e.getMessage());
        }
        if (name != null && !files.containsKey(name)) {
            throw new BuildException("'" + name + "' is not a file of the default theme; its files are: "
                    + String.join(", ", files.keySet()));
        }
        List<Path> written = new ArrayList<>();
        List<Path> kept = new ArrayList<>();
        for (Map.Entry<String, Theme.Asset> file : files.entrySet()) {
            if (name != null && !file.getKey().equals(name)) {
                continue;
            }
            Path target = folder.resolve(file.getKey()).normalize();
            if (!target.startsWith(folder.normalize())) {
                continue;
            }
            if (Files.exists(target) && !force) {
                kept.add(target);
                continue;
            }
            try (InputStream in = file.getValue().open()) {
                Files.createDirectories(target.getParent());
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                written.add(target);
            } catch (IOException e) {
                throw new BuildException("cannot write " + target + ": " + e.getMessage());
            }
        }
        return new Result(written, kept);
    }
}
