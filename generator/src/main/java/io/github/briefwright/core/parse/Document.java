package io.github.briefwright.core.parse;

import io.github.briefwright.core.model.Block;
import io.github.briefwright.core.structure.Draft;
import java.util.List;

/**
 * A seed's body as a flat list of blocks, whatever its format, and the notes its author wrote in it. A block's
 * text and HTML hold a marker where a note stands ({@link #noteAt}); the note, with its HTML, is in {@code notes}.
 */
public record Document(Draft draft, List<Block> blocks, List<AuthoredNotes.Note> notes) {
    public Document {
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
    }

    public Document(Draft draft, List<Block> blocks) {
        this(draft, blocks, List.of());
    }

    /** The pattern of a note marker in block text; group 1 is the note's number. */
    public static java.util.regex.Pattern noteAt() {
        return AuthoredNotes.MARKER;
    }
}
