package io.github.briefwright.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A dated event.
 *
 * @param date       ISO 8601: {@code 2020-01-05}, {@code 2020-01}, {@code 2020}, {@code 2024-Q3}; {@code --01-05} or
 *                   {@code --01} when the year is unknown
 * @param precision  {@code day}, {@code month}, {@code quarter} or {@code year}
 * @param yearKnown  whether the year is known (from the text or the briefing's date) rather than left out
 * @param expression the date as the text says it ("last February")
 * @param text       the sentence the date is in: the event
 * @param sentence   that sentence's id
 */
@JsonPropertyOrder({"date", "precision", "yearKnown", "expression", "text", "sentence"})
public record TimelineItem(String date, String precision, boolean yearKnown, String expression, String text,
        String sentence) {

    public TimelineItem(String date, String precision, boolean yearKnown, String text, String sentence) {
        this(date, precision, yearKnown, null, text, sentence);
    }

    public TimelineItem withExpression(String value) {
        return new TimelineItem(date, precision, yearKnown, value, text, sentence);
    }
}
