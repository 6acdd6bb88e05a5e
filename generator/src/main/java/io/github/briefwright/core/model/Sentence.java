package io.github.briefwright.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * One sentence; {@code id} is its page anchor, stable while its text is unchanged.
 *
 * @param parts the text cut at entity mentions, for templates that mark them; not in JSON (the mentions are in
 *              {@code entities[].mentions})
 */
public record Sentence(String id, String text, @JsonIgnore List<Part> parts) implements java.io.Serializable {

    /**
     * A run of a sentence's text: plain, or a mention of an entity ({@code entity} is its id, {@code type} its
     * type); {@code first} marks the entity's first mention in the briefing, which carries the glossary's
     * {@code note} and {@code link} when the glossary has the entity.
     */
    public record Part(String text, String entity, String type, boolean first, String note, String link)
            implements java.io.Serializable {
        public Part(String text, String entity, String type, boolean first) {
            this(text, entity, type, first, null, null);
        }
    }

    public Sentence {
        parts = parts == null ? List.of(new Part(text, null, null, false)) : List.copyOf(parts);
    }

    public Sentence(String id, String text) {
        this(id, text, null);
    }

    public Sentence withParts(List<Part> value) {
        return new Sentence(id, text, value);
    }
}
