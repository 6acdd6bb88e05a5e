package io.github.briefwright.core.model;

/** A dated event; {@code date} is ISO 8601, {@code --MM-DD} when the year is unknown. */
public record TimelineItem(String date, String precision, boolean yearKnown, String text, String sentence) {
}
