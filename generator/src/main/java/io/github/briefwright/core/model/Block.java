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
 */
public record Block(Kind kind, String text, List<String> items, int level, int line, String html) {

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
    }

    public static Block plain(Kind kind, String text, int line) {
        return new Block(kind, text, List.of(), 0, line, null);
    }
}
