package io.github.briefwright.core.model;

/**
 * What the entity pages need to know of one entity in one briefing.
 *
 * @param mentions how many sentences of the briefing mention it
 * @param sentence the id of the first sentence that does
 * @param snippet  that sentence's text
 */
public record EntitySummary(String id, String name, String type, String description, String link, int mentions,
        String sentence, String snippet) implements java.io.Serializable {
}
