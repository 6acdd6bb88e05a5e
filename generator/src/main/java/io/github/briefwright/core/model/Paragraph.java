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
 * @param start     for a numbered {@code list}, the number of its first item (1 or more; the others follow on by
 *                  one); 0 for a bulleted list and other kinds, and then not in JSON
 * @param itemSentences for a {@code list}, how many of {@code sentences} each item holds, in order (they add up to
 *                  the number of sentences; an item may hold none); empty otherwise, and then not in JSON. Item
 *                  {@code k}'s sentences follow those of the items before it.
 * @param html      the block rendered from Markdown and sanitised, or {@code null} for plain text; not in JSON
 */
public record Paragraph(
        String id,
        String kind,
        String text,
        List<Sentence> sentences,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> items,
        int line,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) int start,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Integer> itemSentences,
        @JsonIgnore String html) implements java.io.Serializable {

    public Paragraph {
        sentences = List.copyOf(sentences);
        items = List.copyOf(items);
        itemSentences = List.copyOf(itemSentences);
    }

    /** The same paragraph with other sentences (the same ones, marked otherwise), grouped into items as before. */
    public Paragraph withSentences(List<Sentence> sentences) {
        return new Paragraph(id, kind, text, sentences, items, line, start, itemSentences, html);
    }
}
