package io.github.briefwright.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * A run of paragraphs under an optional heading.
 *
 * @param notes the authored notes written in the heading, shown at its end (they are in the briefing's
 *              {@code annotations} too); not in JSON
 */
public record Section(String heading, List<Paragraph> paragraphs, @JsonIgnore List<Annotation> notes)
        implements java.io.Serializable {
    public Section {
        paragraphs = List.copyOf(paragraphs);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public Section(String heading, List<Paragraph> paragraphs) {
        this(heading, paragraphs, List.of());
    }
}
