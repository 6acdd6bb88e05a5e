package io.github.briefwright.core.model;

/**
 * A dated item as the cross-briefing timeline shows it: the date, the words and sentence it comes from, and the
 * briefing it is in.
 *
 * @param path    the briefing page's path from the site root
 * @param snippet the sentence
 */
public record TimelineEntry(String date, String label, String expression, String snippet, String sentence,
        String title, String path) implements java.io.Serializable {
}
