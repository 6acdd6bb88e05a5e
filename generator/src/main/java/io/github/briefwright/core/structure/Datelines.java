package io.github.briefwright.core.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication date lines: "Published January 7, 2020", "Jan. 7, 2020 5:12 PM ET", "7 January 2020",
 * "Updated 3:45 p.m. EST, Tue January 7, 2020", "2020-01-07", "March 2021". A line is a date line when,
 * once its date, time, time zone, weekday and words like "Published" or "Updated" are taken away, at most one
 * word is left. The result is an ISO 8601 date ({@code 2020-01-07}, or {@code 2021-03} for a month).
 */
final class Datelines {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ][0-9:.+\\-Z]+)?\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEFTOVERS = Pattern.compile("(?i)\\b(published|updated|posted|last updated|first published|"
            + "date|dated|issued|released|modified|created|on|at|last|first|mon(day)?|tue(s|sday)?|wed(nesday)?|"
            + "thu(rs|rsday)?|fri(day)?|sat(urday)?|sun(day)?|(\\d{1,2}([:.]\\d{2})?\\s*(a\\.?m\\.?|p\\.?m\\.?)?)|"
            + "a\\.m\\.|p\\.m\\.|am|pm|et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|gmt|utc|bst|cet|cest|ist|aest|aedt|jst|"
            + "hrs|local time|time)\\b\\.?");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private Datelines() {
    }

    /** The ISO date of a line that is a date line, or empty. */
    static Optional<String> parse(String line) {
        String text = line.strip();
        if (text.length() > 90) {
            return Optional.empty();
        }
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        String iso = null;
        if (m.find()) {
            iso = day(m.group(3), month(m.group(1)), m.group(2));
        } else if ((m = DAY_MONTH_YEAR.matcher(text)).find()) {
            iso = day(m.group(3), month(m.group(2)), m.group(1));
        } else if ((m = ISO.matcher(text)).find()) {
            iso = day(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        } else if ((m = MONTH_YEAR.matcher(text)).find()) {
            try {
                iso = YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1))).toString();
            } catch (DateTimeException e) {
                iso = null;
            }
        }
        if (iso == null) {
            return Optional.empty();
        }
        String rest = (text.substring(0, m.start()) + " " + text.substring(m.end()));
        rest = LEFTOVERS.matcher(rest).replaceAll(" ").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return rest.isEmpty() || !rest.contains(" ") && rest.length() < 12 ? Optional.of(iso) : Optional.empty();
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    }

    private static String day(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
