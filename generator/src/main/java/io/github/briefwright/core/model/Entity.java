package io.github.briefwright.core.model;

import java.util.List;

/**
 * A person, organisation or place and the sentences that mention it, in order.
 *
 * @param id          a slug of the name: the same entity has the same id in every briefing
 * @param description the glossary's note on it, or {@code null}
 * @param link        the glossary's link for it, or {@code null}
 */
public record Entity(String id, String name, String type, List<String> aliases, List<String> mentions,
        String description, String link) implements java.io.Serializable {
    public Entity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }

    public Entity(String id, String name, String type, List<String> aliases, List<String> mentions) {
        this(id, name, type, aliases, mentions, null, null);
    }
}
