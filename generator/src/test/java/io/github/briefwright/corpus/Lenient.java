package io.github.briefwright.corpus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lenient comparison the extraction corpus asks for (its README): case-insensitive, whitespace and punctuation
 * folded, dates by calendar day ±1, several authors as a set; and the word tokens body text is scored by.
 *
 * <ul>
 *   <li>A <b>title</b> is right when it folds to the label (letters and digits only, lowercase). Against the page's
 *       metadata, a label ending in the site's name ({@code "Headline | Site"}, {@code " - "}, {@code " — "}) also
 *       matches without it.</li>
 *   <li>An <b>author</b> field is right when the found names and the label's names are the same set: every label
 *       name is matched by a found name and every found name matches a label name. A label is split into names at
 *       commas, semicolons, {@code &}, {@code ·}, {@code |} and the word "and"; a leading "By" is dropped. Two
 *       names match when they fold to the same text or one holds the other whole (at least 4 letters), so a label's
 *       glued "View ORCID Profile" or a site name after the person does not make a right byline wrong, while a
 *       missing or an extra author does. A label's parts beside a person that name no person (a role or newsroom:
 *       "AP Auto Writer", "CNN Business", "The Associated Press"; a degree: "MS", "RDN"; an address:
 *       "mcason@al.com", "Cleveland.com") are not expected. No label and no author found is right.</li>
 *   <li>A <b>date</b> is right when it is a full day within one calendar day of the label's (labels are often a
 *       UTC time for a local date); a month alone is not a day. No label and no date found is right.</li>
 * </ul>
 */
public final class Lenient {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NAME_SPLIT = Pattern.compile(
            "\\s*(?:[,;&·|/]|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern BY = Pattern.compile("^\\s*by\\s+", Pattern.CASE_INSENSITIVE);
    /** A title with a site name after a separator: "Headline | Site". */
    static final Pattern SITE_SUFFIX = Pattern.compile("^(.+?)\\s+[|\\-–—:]\\s+[^|\\-–—]{2,60}$");
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final DateTimeFormatter RFC = DateTimeFormatter.RFC_1123_DATE_TIME;

    private Lenient() {
    }

    /** Lowercase letters and digits only. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The lowercase word tokens ({@code \w+}, Unicode) of a text, in order. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text != null) {
            Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
            while (m.find()) {
                words.add(m.group());
            }
        }
        return words;
    }

    /** The words of a text as a multiset. */
    public static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        for (String word : words(text)) {
            bag.merge(word, 1, Integer::sum);
        }
        return bag;
    }

    /** The words joined by single spaces, with a space at each end: for whole-word containment. */
    public static String spaced(String text) {
        return " " + String.join(" ", words(text)) + " ";
    }

    public static boolean titleMatches(String label, String found) {
        return !fold(label).isEmpty() && fold(label).equals(fold(found));
    }

    /** Also accepts a metadata title with the site's name after a separator. */
    public static boolean metaTitleMatches(String label, String found) {
        if (titleMatches(label, found)) {
            return true;
        }
        Matcher m = label == null ? null : SITE_SUFFIX.matcher(label.strip());
        return m != null && m.matches() && titleMatches(m.group(1), found);
    }

    /** The names in an author label. */
    public static List<String> names(String label) {
        List<String> names = new ArrayList<>();
        for (String part : nameParts(label)) {
            names.add(fold(part));
        }
        return names;
    }

    /** The names in an author label as written, split as {@link #names} splits them, without a leading "By". */
    public static List<String> nameParts(String label) {
        List<String> parts = new ArrayList<>();
        if (label == null) {
            return parts;
        }
        for (String part : NAME_SPLIT.split(label)) {
            String name = BY.matcher(part).replaceFirst("").strip();
            if (!fold(name).isEmpty()) {
                parts.add(name);
            }
        }
        return parts;
    }

    /**
     * The names a label expects: its parts, less those beside a person that name a role, a newsroom, a degree or an
     * address ("By TOM KRISHER, AP Auto Writer", "Troy L. Smith, Cleveland.com", "Ilana Muhlstein, MS, RDN").
     */
    static List<String> expectedParts(List<String> labels) {
        List<String> parts = new ArrayList<>();
        labels.forEach(label -> parts.addAll(nameParts(label)));
        List<String> people = parts.stream().filter(part -> !notPerson(part)).toList();
        return people.isEmpty() ? parts : people;
    }

    /** Words of a role or a newsroom, which no person's name holds. */
    private static final Pattern ROLE_OR_NEWSROOM = Pattern.compile("(?i)\\b(?:writer|editor|editor-at-large|reporter|"
            + "correspondent|contributor|columnist|staff|press|news|business|bureau|desk|wire)\\b");
    /** A degree or credential after a name: "MS", "RDN", "PhD", "M.D.". */
    private static final Pattern CREDENTIAL = Pattern.compile("(?:\\p{Lu}\\.?){2,4}|Ph\\.?D\\.?");
    /** An e-mail address or a host name: "mcason@al.com", "Cleveland.com". */
    private static final Pattern ADDRESS = Pattern.compile("\\S*(?:@|\\.(?i:com|org|net|co\\.uk)\\b)\\S*");

    /**
     * Whether a part of an author label names no person: a role or a newsroom, a degree, an address. Only dropped
     * beside a part that does name one, so that a label naming a newsroom alone ("CBS News") still expects it.
     */
    static boolean notPerson(String part) {
        String text = part.strip();
        return ROLE_OR_NEWSROOM.matcher(text).find() || CREDENTIAL.matcher(text).matches() || ADDRESS.matcher(text).find();
    }

    /** Whether the found authors are the label's authors, as a set; an empty label expects none. */
    public static boolean authorsMatch(List<String> label, List<String> found) {
        List<String> expected = new ArrayList<>();
        expectedParts(label).forEach(part -> expected.add(fold(part)));
        List<String> actual = new ArrayList<>();
        found.forEach(f -> actual.addAll(names(f)));
        if (expected.isEmpty() || actual.isEmpty()) {
            return expected.isEmpty() && actual.isEmpty();
        }
        for (String e : expected) {
            if (actual.stream().noneMatch(a -> sameName(e, a))) {
                return false;
            }
        }
        for (String a : actual) {
            if (expected.stream().noneMatch(e -> sameName(e, a))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameName(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() < b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= 4 && longer.contains(shorter);
    }

    /** Whether a found date ({@code yyyy-MM-dd}, or coarser) is within a day of the label's day; null both: right. */
    public static boolean dateMatches(String labelDay, String found) {
        if (labelDay == null || found == null) {
            return labelDay == null && found == null;
        }
        LocalDate expected = LocalDate.parse(labelDay);
        Matcher m = ISO_DAY.matcher(found);
        if (!m.find()) {
            return false;
        }
        LocalDate actual = LocalDate.parse(m.group());
        return Math.abs(actual.toEpochDay() - expected.toEpochDay()) <= 1;
    }

    /**
     * The calendar day (ISO {@code yyyy-MM-dd}) of a timestamp as pages and labels write it: ISO 8601 with or
     * without time and offset (taken in UTC when there is an offset), or RFC 1123; null when it cannot be read or
     * is before 1900.
     */
    public static String day(String timestamp) {
        String day = anyDay(timestamp);
        // "0001-01-01" and the like: a placeholder some pages write, not a date
        return day == null || day.compareTo("1900") < 0 ? null : day;
    }

    private static String anyDay(String timestamp) {
        if (timestamp == null || timestamp.isBlank()) {
            return null;
        }
        String t = timestamp.strip();
        try {
            return OffsetDateTime.parse(t).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().toString();
        } catch (DateTimeParseException notOffset) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(t, RFC).withZoneSameInstant(ZoneOffset.UTC).toLocalDate().toString();
        } catch (DateTimeParseException notRfc) {
            // try the next form
        }
        Matcher m = ISO_DAY.matcher(t);
        if (m.find()) {
            try {
                return LocalDate.parse(m.group()).toString();
            } catch (DateTimeParseException invalid) {
                return null;
            }
        }
        return null;
    }
}
