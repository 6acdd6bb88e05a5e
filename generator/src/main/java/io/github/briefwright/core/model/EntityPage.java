package io.github.briefwright.core.model;

import java.util.List;

/**
 * One entity across the site: every briefing that mentions it, and the entities most often mentioned with it.
 *
 * @param briefings  where it is mentioned, newest briefing first
 * @param mentions   how many sentences mention it, in all
 * @param companions the entities that share the most briefings with it, most shared first
 */
public record EntityPage(String id, String name, String type, String description, String link,
        List<Appearance> briefings, int mentions, List<Companion> companions) {

    public EntityPage {
        briefings = List.copyOf(briefings);
        companions = List.copyOf(companions);
    }

    /**
     * A briefing that mentions the entity.
     *
     * @param path the briefing page's path from the site root
     */
    public record Appearance(String title, String path, String date, String sentence, String snippet, int mentions) {
    }

    /** An entity mentioned in the same briefings, and in how many. */
    public record Companion(String id, String name, String type, int briefings) {
    }
}
