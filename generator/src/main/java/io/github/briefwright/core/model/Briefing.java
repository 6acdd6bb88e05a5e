package io.github.briefwright.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One structured briefing: the contract of {@code briefing.json} (schema {@value #SCHEMA}) and the main value
 * templates receive. Field names are a public contract: add, never rename.
 */
@JsonPropertyOrder({"schema", "slug", "sourceFile", "source", "title", "titleDerived", "dek", "authors", "date",
    "tags", "wordCount", "readingMinutes", "summary", "summarySentences", "keyPoints", "sections", "pullQuotes", "removed", "entities",
    "timeline", "figures", "annotations"})
public record Briefing(
        String schema,
        String slug,
        String sourceFile,
        Source source,
        String title,
        boolean titleDerived,
        String dek,
        List<Author> authors,
        String date,
        List<String> tags,
        int wordCount,
        int readingMinutes,
        String summary,
        List<String> summarySentences,
        List<Quote> keyPoints,
        List<Section> sections,
        List<Quote> pullQuotes,
        List<Removed> removed,
        List<Entity> entities,
        List<TimelineItem> timeline,
        List<Figure> figures,
        List<Annotation> annotations) implements java.io.Serializable {

    public static final String SCHEMA = "briefwright/briefing/1";

    public Briefing {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        summarySentences = List.copyOf(summarySentences);
        keyPoints = List.copyOf(keyPoints);
        sections = List.copyOf(sections);
        pullQuotes = List.copyOf(pullQuotes);
        removed = List.copyOf(removed);
        entities = List.copyOf(entities);
        timeline = List.copyOf(timeline);
        figures = List.copyOf(figures);
        annotations = List.copyOf(annotations);
    }

    /** The same briefing under another slug (slugs are made unique across the site after analysis). */
    public Briefing withSlug(String newSlug) {
        return new Briefing(schema, newSlug, sourceFile, source, title, titleDerived, dek, authors, date, tags,
                wordCount, readingMinutes, summary, summarySentences, keyPoints, sections, pullQuotes, removed, entities, timeline,
                figures, annotations);
    }
}
