package io.github.briefwright.core.load;

import io.github.briefwright.core.Problem;
import io.github.briefwright.core.structure.TextHygiene;
import java.nio.file.Path;
import java.util.List;

/**
 * One seed file as read from disk: decoded, its front matter parsed, its body untouched.
 *
 * @param sourceFile  path relative to the seed folder, with {@code /} separators
 * @param format      raw paste or Markdown
 * @param body        the text after the front matter as written, except that the byte order mark is gone, every
 *                    line end is {@code \n} and the characters {@link TextHygiene#clean} removes are removed
 * @param bodyLine    the 1-based line of the file on which {@code body} starts
 * @param frontMatter the parsed front matter, {@link FrontMatter#NONE} when there is none
 * @param warnings    things the user should fix that did not stop the seed from loading
 */
public record Seed(
        String sourceFile,
        Path path,
        SeedFormat format,
        String body,
        int bodyLine,
        FrontMatter frontMatter,
        List<Problem> warnings) {

    public Seed {
        warnings = List.copyOf(warnings);
    }

    /**
     * The file's name without its extension, for a title or slug made from it; on one line and without control
     * or bidi characters ({@link TextHygiene#oneLine}), since a file name may hold anything.
     */
    public String baseName() {
        String name = TextHygiene.oneLine(path.getFileName().toString());
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
