package io.github.briefwright.core.model;

/**
 * A note authored in the seed or taken from the glossary, anchored to a sentence.
 *
 * @param kind   {@code footnote}, {@code comment}, {@code highlight} (a comment on highlighted text) or
 *               {@code glossary}
 * @param anchor the id of the sentence the note belongs to
 * @param text   the note as written (Markdown for authored notes)
 * @param number the note's number on the page (glossary notes: 0)
 * @param html   an authored note's text as inline HTML, sanitised, which the page shows where the note's marker
 *               stands in its block; {@code null} for glossary notes; not in JSON
 */
public record Annotation(String kind, String anchor, String text, int number,
        @com.fasterxml.jackson.annotation.JsonIgnore String html) implements java.io.Serializable {

    public Annotation(String kind, String anchor, String text, int number) {
        this(kind, anchor, text, number, null);
    }
}
