package io.github.briefwright.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A dated event.
 *
 * @param date       ISO 8601: {@code 2020-01-05}, {@code 2020-01}, {@code 2020}, {@code 2024-Q3}; {@code --01-05} or
 *                   {@code --01} when the year is unknown
 * @param precision  {@code day}, {@code week}, {@code month}, {@code quarter}, {@code half}, {@code season},
 *                   {@code year} or {@code decade} ({@code 1990s})
 * @param yearKnown  whether the year is known (from the text or the briefing's date) rather than left out
 * @param expression the date as the text says it ("last February")
 * @param text       the sentence the date is in: the event
 * @param sentence   that sentence's id
 */
@JsonPropertyOrder({"date", "precision", "yearKnown", "expression", "text", "sentence"})
public record TimelineItem(String date, String precision, boolean yearKnown, String expression, String text,
        String sentence) implements java.io.Serializable {

    public TimelineItem(String date, String precision, boolean yearKnown, String text, String sentence) {
        this(date, precision, yearKnown, null, text, sentence);
    }

    public TimelineItem withExpression(String value) {
        return new TimelineItem(date, precision, yearKnown, value, text, sentence);
    }

    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("\\d{4}-\\d{2}");
    private static final java.util.regex.Pattern QUARTER = java.util.regex.Pattern.compile("\\d{4}-Q[1-4]");
    private static final java.util.regex.Pattern HALF = java.util.regex.Pattern.compile("\\d{4}-H[12]");
    private static final java.util.regex.Pattern WEEK = java.util.regex.Pattern.compile("\\d{4}-W\\d{2}");
    private static final java.util.regex.Pattern QUARTER_OR_HALF = java.util.regex.Pattern.compile("\\d{4}-[QH]\\d");

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    /** The date for people: "5 January 2020", "5 January (year not stated)", "Q3 2024", "date unknown". */
    public String label() {
        if (date == null) {
            return "date unknown";
        }
        try {
            if (date.startsWith("--")) {
                int month = Integer.parseInt(date.substring(2, 4));
                return (date.length() > 4 ? Integer.parseInt(date.substring(5, 7)) + " " : "") + MONTHS[month - 1]
                        + " (year not stated)";
            }
            if (DAY.matcher(date).matches()) {
                return Integer.parseInt(date.substring(8, 10)) + " " + MONTHS[Integer.parseInt(date.substring(5, 7)) - 1]
                        + " " + date.substring(0, 4);
            }
            if (MONTH.matcher(date).matches()) {
                return MONTHS[Integer.parseInt(date.substring(5, 7)) - 1] + " " + date.substring(0, 4);
            }
            if (QUARTER.matcher(date).matches()) {
                return date.substring(5) + " " + date.substring(0, 4);
            }
            if (HALF.matcher(date).matches()) {
                return (date.endsWith("1") ? "first" : "second") + " half of " + date.substring(0, 4);
            }
            if (WEEK.matcher(date).matches()) {
                return "week " + Integer.parseInt(date.substring(6)) + " of " + date.substring(0, 4);
            }
        } catch (RuntimeException e) {
            return date;
        }
        return date;
    }

    /** The value for an HTML {@code datetime} attribute, or {@code null} when the date has no valid form there. */
    public String machineDate() {
        if (date == null || QUARTER_OR_HALF.matcher(date).matches() || date.endsWith("s")) {
            return null;
        }
        if (date.startsWith("--")) {
            return date.length() == 7 ? date.substring(2) : null;
        }
        return date;
    }
}
