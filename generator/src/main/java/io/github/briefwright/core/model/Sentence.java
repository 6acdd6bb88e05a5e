package io.github.briefwright.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;

/**
 * One sentence; {@code id} is its page anchor, stable while its text is unchanged.
 *
 * @param mentions the entity mentions in the text, in order and not overlapping, as spans of it; not in JSON (the
 *                 mentions are in {@code entities[].mentions}). Templates read them cut into {@link #parts()}.
 */
public record Sentence(String id, String text, @JsonIgnore List<Mention> mentions) implements java.io.Serializable {

    /**
     * An entity mention: the characters {@code start} to {@code end} of the sentence's text name the entity of id
     * {@code entity} and {@code type}; {@code first} marks the entity's first mention in the briefing, which
     * carries the glossary's {@code note} and {@code link} when the glossary has the entity. A span, not a copy of
     * the text: a site holds every briefing's sentences at once while it renders.
     */
    public record Mention(int start, int end, String entity, String type, boolean first, String note, String link)
            implements java.io.Serializable {
    }

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
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        int at = 0;
        for (Mention mention : mentions) {
            if (mention.start() < at || mention.end() < mention.start() || mention.end() > text.length()) {
                throw new IllegalArgumentException("mention " + mention + " out of order or outside the sentence");
            }
            at = mention.end();
        }
    }

    public Sentence(String id, String text) {
        this(id, text, null);
    }

    public Sentence withMentions(List<Mention> value) {
        return new Sentence(id, text, value);
    }

    /**
     * The text cut at the entity mentions: plain runs and mentions in order, one plain part for a sentence that
     * mentions none. Made when asked (the template data model's {@code s.parts}), not kept.
     */
    public List<Part> parts() {
        if (mentions.isEmpty()) {
            return List.of(new Part(text, null, null, false));
        }
        List<Part> parts = new ArrayList<>(2 * mentions.size() + 1);
        int at = 0;
        for (Mention mention : mentions) {
            if (mention.start() > at) {
                parts.add(new Part(text.substring(at, mention.start()), null, null, false));
            }
            parts.add(new Part(text.substring(mention.start(), mention.end()), mention.entity(), mention.type(),
                    mention.first(), mention.note(), mention.link()));
            at = mention.end();
        }
        if (at < text.length()) {
            parts.add(new Part(text.substring(at), null, null, false));
        }
        return parts;
    }
}
