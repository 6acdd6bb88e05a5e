package io.github.briefwright.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A corpus seed written with its labels: a header of expected values ({@code #title: …}) ended by {@code #---},
 * then every line of the paste behind a label and a bar ({@code N|Subscribe now}). The raw paste is the text
 * with the labels taken off, so the labels were written by hand, independently of what the code finds.
 *
 * <p>Labels: {@code T} title, {@code D} dek, {@code B} byline, {@code W} date line, {@code P} publisher or
 * source line, {@code H} heading, {@code .} body text, {@code Q} pull quote, {@code A} author bio, {@code N} noise.
 */
public record LabelledSeed(String name, Map<String, String> expected, String paste, List<Block> blocks) {

    /** A run of consecutive non-blank lines with the same label. */
    public record Block(char label, List<String> lines) {
        public String text() {
            return String.join("\n", lines);
        }
    }

    public static LabelledSeed read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, String> expected = new LinkedHashMap<>();
        int i = 0;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.equals("#---")) {
                i++;
                break;
            }
            int colon = line.indexOf(':');
            if (!line.startsWith("#") || colon < 0) {
                throw new IOException(file + ":" + (i + 1) + ": header line must be '#key: value' or '#---'");
            }
            expected.put(line.substring(1, colon).strip(), line.substring(colon + 1).strip());
        }
        StringBuilder paste = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        Block current = null;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                paste.append('\n');
                current = null;
                continue;
            }
            if (line.length() < 2 || line.charAt(1) != '|' || "TDBWPH.QAN".indexOf(line.charAt(0)) < 0) {
                throw new IOException(file + ":" + (i + 1) + ": a line must be blank or start with a label and '|'");
            }
            char label = line.charAt(0);
            String text = line.substring(2);
            paste.append(text).append('\n');
            if (current == null || current.label() != label) {
                current = new Block(label, new ArrayList<>());
                blocks.add(current);
            }
            current.lines().add(text);
        }
        String name = file.getFileName().toString().replace(".labelled.txt", "");
        return new LabelledSeed(name, expected, paste.toString(), blocks);
    }
}
