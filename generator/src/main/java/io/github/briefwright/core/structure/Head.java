package io.github.briefwright.core.structure;

import io.github.briefwright.core.model.Author;
import java.util.List;

/**
 * What the top of a raw paste says about the article; every field {@code null} or empty when not found.
 *
 * @param title     the headline
 * @param dek       the subtitle
 * @param authors   from the byline, with bios found at the end of the text
 * @param date      ISO 8601 publication date
 * @param publisher the publisher named in a source line, byline or wire dateline
 * @param sourceUrl a URL given as the source
 */
public record Head(String title, String dek, List<Author> authors, String date, String publisher, String sourceUrl) {

    public static final Head NONE = new Head(null, null, List.of(), null, null, null);

    public Head {
        authors = List.copyOf(authors);
    }
}
