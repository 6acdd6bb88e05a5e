package io.github.briefwright.core.model;

import java.util.List;

/**
 * The small part of a briefing that cross-briefing pages (index, later entity, tag and timeline pages) need,
 * so the full briefing can be dropped once its own page is written.
 *
 * @param path the briefing page's path from the site root, e.g. {@code briefings/us-iraq-ties/index.html}
 */
public record BriefingSummary(
        String slug,
        String path,
        String title,
        String dek,
        String date,
        List<String> authors,
        List<String> tags,
        String summary,
        int readingMinutes) {

    public BriefingSummary {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
    }

    public static BriefingSummary of(Briefing briefing, String path) {
        return new BriefingSummary(briefing.slug(), path, briefing.title(), briefing.dek(), briefing.date(),
                briefing.authors().stream().map(Author::name).toList(), briefing.tags(), briefing.summary(),
                briefing.readingMinutes());
    }
}
