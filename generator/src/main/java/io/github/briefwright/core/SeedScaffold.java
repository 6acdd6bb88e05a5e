package io.github.briefwright.core;

import io.github.briefwright.core.analyse.Slugs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/** Writes a new Markdown seed with its front matter filled in, ready for the user to write in. */
public final class SeedScaffold {

    private SeedScaffold() {
    }

    /**
     * Creates {@code <slug>.md} in the seed folder; never replaces a file.
     *
     * @return the new seed
     * @throws BuildException when the title is empty or the file exists
     */
    public static Path create(Path seeds, String title, LocalDate date) throws BuildException {
        if (title == null || title.isBlank()) {
            throw new BuildException("Give the new seed a title: -Dbriefwright.title=\"The title\"");
        }
        String slug = Slugs.of(title, "briefing");
        Path file = seeds.resolve(slug + ".md");
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("title", title.strip());
        front.put("date", date.toString());
        front.put("authors", new java.util.ArrayList<>());
        front.put("tags", new java.util.ArrayList<>());
        front.put("source", null);
        front.put("draft", true);
        String yaml = new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).build()).dumpToString(front)
                .replace("authors: []", "authors: []  # names, or {name, bio}")
                .replace("source: null", "source:  # the http(s) address of the original");
        String text = "---\n" + yaml + "---\n\nWrite or paste the text here. Remove `draft: true` to publish it.\n";
        try {
            Files.createDirectories(seeds);
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new BuildException("The seed " + file + " exists already; choose another title or edit it.");
        } catch (IOException e) {
            throw new BuildException("Cannot write " + file + ": " + e.getMessage());
        }
        return file;
    }
}
