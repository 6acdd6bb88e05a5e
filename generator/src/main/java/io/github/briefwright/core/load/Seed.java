package io.github.briefwright.core.load;

import io.github.briefwright.core.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * One seed file as read from disk: decoded, its front matter parsed, its body untouched.
 *
 * @param sourceFile  path relative to the seed folder, with {@code /} separators
 * @param format      raw paste or Markdown
 * @param body        the text after the front matter, exactly as written (BOM removed)
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
}
