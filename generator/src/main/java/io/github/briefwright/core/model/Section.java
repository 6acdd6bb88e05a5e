package io.github.briefwright.core.model;

import java.util.List;

/** A run of paragraphs under an optional heading. */
public record Section(String heading, List<Paragraph> paragraphs) implements java.io.Serializable {
    public Section {
        paragraphs = List.copyOf(paragraphs);
    }
}
