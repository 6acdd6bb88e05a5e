package io.github.briefwright.core.model;

import java.util.List;

/**
 * A block of a seed's body before analysis, as the structure stage (raw pastes) or the parse stage (Markdown)
 * finds it.
 *
 * @param kind  what the block is
 * @param text  its plain text (for a heading, the heading; for a list, the items joined by newlines)
 * @param items list items, empty for other kinds
 * @param level heading level (1–6), 0 for other kinds
 * @param line  1-based line in the seed file where the block starts
 * @param html  sanitised HTML for blocks rendered from Markdown, {@code null} for plain text
 * @param start for a numbered list, the number of its first item (1 or more; its items are numbered on from it and
 *              their text holds no number); 0 for a bulleted list and for other kinds
 */
public record Block(Kind kind, String text, List<String> items, int level, int line, String html, int start) {

    /** The kinds of block a body is made of. */
    public enum Kind {
        HEADING, PARAGRAPH, LIST, QUOTE, CODE, TABLE, HTML, BREAK;

        /** The name used in {@code briefing.json} and templates. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Block {
        items = List.copyOf(items);
        if (start < 0 || start > 0 && kind != Kind.LIST) {
            throw new IllegalArgumentException("only a list is numbered, from 1 or more: " + start);
        }
    }

    public static Block plain(Kind kind, String text, int line) {
        return new Block(kind, text, List.of(), 0, line, null, 0);
    }

    /** A list of plain text, numbered from {@code start} (0: bulleted), its text its items joined by newlines. */
    public static Block list(List<String> items, int start, int line) {
        return new Block(Kind.LIST, String.join("\n", items), items, 0, line, null, start);
    }

    /** Whether this is a numbered list: its items are numbered on from {@link #start}. */
    public boolean numbered() {
        return start > 0;
    }
}
