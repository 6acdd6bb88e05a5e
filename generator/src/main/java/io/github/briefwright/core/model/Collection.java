package io.github.briefwright.core.model;

import java.util.List;

/**
 * A named group of briefings: a tag's briefings, a month of the timeline.
 *
 * @param slug  the group's URL slug (tags) or ISO key (months)
 * @param name  the group's name as shown
 * @param items what the group holds, in the order shown
 */
public record Collection<T>(String slug, String name, List<T> items) {
    public Collection {
        items = List.copyOf(items);
    }
}
