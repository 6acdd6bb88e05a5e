package io.github.briefwright.core.model;

import java.util.List;

/**
 * A curated note, written once and applied to every briefing that mentions the entity.
 *
 * @param name        the entity's name
 * @param aliases     other names it goes by, which entity finding resolves to it
 * @param type        {@code person}, {@code organisation} or {@code place}
 * @param description the note shown beside the entity's first mention in each briefing, or {@code null}
 * @param link        an http(s) URL about the entity, or {@code null}
 */
public record GlossaryEntry(String name, List<String> aliases, String type, String description, String link) {
    public GlossaryEntry {
        aliases = List.copyOf(aliases);
    }
}
