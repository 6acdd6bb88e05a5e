package io.github.briefwright.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A block of body text.
 *
 * @param id        page anchor, stable while the text is unchanged
 * @param kind      {@code paragraph}, {@code list}, {@code quote}, {@code code} or {@code table}
 * @param text      the plain text (list items joined by newlines)
 * @param sentences the text split into sentences
 * @param items     the items of a {@code list}; empty otherwise
 * @param line      the 1-based line of the seed where the block starts
 * @param html      the block rendered from Markdown and sanitised, or {@code null} for plain text; not in JSON
 */
public record Paragraph(
        String id,
        String kind,
        String text,
        List<Sentence> sentences,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> items,
        int line,
        @JsonIgnore String html) implements java.io.Serializable {

    public Paragraph {
        sentences = List.copyOf(sentences);
        items = List.copyOf(items);
    }
}
