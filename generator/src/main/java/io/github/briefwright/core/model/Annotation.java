package io.github.briefwright.core.model;

/**
 * A note authored in the seed or taken from the glossary, anchored to a sentence.
 *
 * @param kind   {@code footnote}, {@code comment}, {@code highlight} (a comment on highlighted text) or
 *               {@code glossary}
 * @param anchor the id of the sentence the note belongs to
 * @param text   the note as written (Markdown for authored notes)
 * @param number the note's number on the page (glossary notes: 0)
 */
public record Annotation(String kind, String anchor, String text, int number) implements java.io.Serializable {
}
