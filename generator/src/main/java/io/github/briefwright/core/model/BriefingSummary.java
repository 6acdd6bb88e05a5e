package io.github.briefwright.core.model;

import java.util.List;

/**
 * The small part of a briefing that cross-briefing pages (index, later entity, tag and timeline pages) need,
 * so the full briefing can be dropped once its own page is written.
 *
 * @param path   the briefing page's path from the site root, e.g. {@code briefings/us-iraq-ties/index.html}
 * @param source where the text came from, for people: the publisher, else the source address's host name; or
 *               {@code null}
 */
public record BriefingSummary(
        String slug,
        String path,
        String title,
        String dek,
        String date,
        String source,
        List<String> authors,
        List<String> tags,
        String summary,
        int readingMinutes,
        List<EntitySummary> entities,
        List<TimelineEntry> timeline) implements java.io.Serializable {

    public BriefingSummary {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        entities = List.copyOf(entities);
        timeline = List.copyOf(timeline);
    }

    public static BriefingSummary of(Briefing briefing, String path) {
        java.util.Map<String, String> sentences = new java.util.HashMap<>();
        briefing.sections().forEach(section -> section.paragraphs().forEach(paragraph ->
                paragraph.sentences().forEach(sentence -> sentences.put(sentence.id(), sentence.text()))));
        List<EntitySummary> entities = briefing.entities().stream().map(e -> new EntitySummary(e.id(), e.name(),
                e.type(), e.description(), e.link(), e.mentions().size(), e.mentions().get(0),
                sentences.get(e.mentions().get(0)))).toList();
        List<TimelineEntry> timeline = briefing.timeline().stream().filter(t -> t.date() != null && t.yearKnown())
                .map(t -> new TimelineEntry(t.date(), t.label(), t.expression(), t.text(), t.sentence(),
                        briefing.title(), path)).toList();
        return new BriefingSummary(briefing.slug(), path, briefing.title(), briefing.dek(), briefing.date(),
                sourceName(briefing.source()), briefing.authors().stream().map(Author::name).toList(), briefing.tags(), briefing.summary(),
                briefing.readingMinutes(), entities, timeline);
    }

    /** The publisher, else the host of the source's address without {@code www.}; {@code null} when neither is known. */
    static String sourceName(Source source) {
        if (source == null) {
            return null;
        }
        if (source.publisher() != null && !source.publisher().isBlank()) {
            return source.publisher();
        }
        if (source.url() != null) {
            try {
                String host = java.net.URI.create(source.url()).getHost();
                if (host != null && !host.isBlank()) {
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    /** An ISO date or date-time as seconds since 1970 (a date without time or zone at midnight UTC), or null. */
    public static Long instant(String date) {
        if (date == null) {
            return null;
        }
        // the two common shapes read at once (each attempt that fails below costs an exception); only these
        // parsers accept them
        try {
            if (date.length() == 10 && date.charAt(4) == '-' && date.charAt(7) == '-') {
                return java.time.LocalDate.parse(date).atStartOfDay().toEpochSecond(java.time.ZoneOffset.UTC);
            }
            if (date.length() == 7 && date.charAt(4) == '-') {
                return java.time.YearMonth.parse(date).atDay(1).atStartOfDay().toEpochSecond(java.time.ZoneOffset.UTC);
            }
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(date).toEpochSecond();
        } catch (java.time.format.DateTimeParseException notOffset) {
            try {
                return java.time.LocalDateTime.parse(date).toEpochSecond(java.time.ZoneOffset.UTC);
            } catch (java.time.format.DateTimeParseException notLocal) {
                try {
                    return java.time.LocalDate.parse(date).atStartOfDay().toEpochSecond(java.time.ZoneOffset.UTC);
                } catch (java.time.format.DateTimeParseException notDate) {
                    try {
                        return java.time.YearMonth.parse(date).atDay(1).atStartOfDay()
                                .toEpochSecond(java.time.ZoneOffset.UTC);
                    } catch (java.time.format.DateTimeParseException notMonth) {
                        return null;
                    }
                }
            }
        }
    }
}
