package io.github.briefwright.core.model;

import java.util.List;

/** A person, organisation or place and the sentences that mention it. */
public record Entity(String id, String name, String type, List<String> aliases, List<String> mentions) {
    public Entity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
