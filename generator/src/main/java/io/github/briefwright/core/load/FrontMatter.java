package io.github.briefwright.core.load;

import io.github.briefwright.core.model.Author;
import java.util.List;

/**
 * The optional YAML block at the top of a seed. Every field is optional ({@code null} or empty when absent)
 * and, when given, wins over anything inferred from the text.
 */
public record FrontMatter(
        String title,
        String dek,
        List<Author> authors,
        String date,
        String source,
        String publisher,
        List<String> tags,
        String slug,
        boolean draft,
        String summary,
        List<String> keyPoints) {

    public static final FrontMatter NONE =
            new FrontMatter(null, null, List.of(), null, null, null, List.of(), null, false, null, List.of());

    public FrontMatter {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        keyPoints = List.copyOf(keyPoints);
    }
}
