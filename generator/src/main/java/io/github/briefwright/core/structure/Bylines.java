package io.github.briefwright.core.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bylines: "By A and B", "BY JANE DOE", "Words by Jane Doe", "By Jane Doe, Staff Reporter", "Jane Doe | Reuters",
 * "By Jane Doe · January 7, 2020". Parts after {@code |}, {@code ·} or a dash, and roles after a comma, are
 * not names; a date among them is returned too.
 */
final class Bylines {

    private static final Pattern PREFIXED = Pattern.compile(
            "^(?:by|written by|words by|story by|text by|reporting by|posted by|interview(?:ed)? by|as told to|"
                    + "authors?:)\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** "January 7, 2020 by Jane Doe": a date, then the byline. */
    private static final Pattern DATE_BY = Pattern.compile("^(.{6,40}?)\\s+[-–—|·]?\\s*by\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEGMENTS = Pattern.compile("\\s*(?:\\||·|•|—|–|\\s-\\s)\\s*");
    private static final Pattern NAME_LIST = Pattern.compile("\\s*(?:,\\s*and\\s+|,\\s*|\\s+and\\s+|\\s*&\\s*)\\s*");

    /** What a byline line says. */
    record Byline(List<String> names, List<String> otherParts, String date) {
    }

    private Bylines() {
    }

    /** The byline, when the line starts with "By" (or the like) and names at least one person. */
    static Byline parsePrefixed(String line) {
        Matcher matcher = PREFIXED.matcher(line.strip());
        if (matcher.matches()) {
            return names(matcher.group(1));
        }
        Matcher dated = DATE_BY.matcher(line.strip());
        if (dated.matches() && Datelines.parse(dated.group(1)).isPresent()) {
            Byline byline = names(dated.group(2));
            return byline == null ? null
                    : new Byline(byline.names(), byline.otherParts(), Datelines.parse(dated.group(1)).get());
        }
        return null;
    }

    /**
     * A line of names without "By", possibly with roles or a publisher after a comma or bar: "Jane Doe, Senior
     * Correspondent", "Helena Voss and Tomasz Brenner". Only trustworthy where the caller knows a byline stands.
     */
    static Byline parseBare(String line) {
        Byline byline = names(line.strip());
        return byline;
    }

    private static Byline names(String text) {
        if (text.length() > 160) {
            return null;
        }
        String[] segments = SEGMENTS.split(text);
        List<String> names = new ArrayList<>();
        List<String> others = new ArrayList<>();
        String date = null;
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i].strip();
            if (segment.isEmpty()) {
                continue;
            }
            var when = Datelines.parse(segment);
            if (when.isPresent()) {
                date = date == null ? when.get() : date;
                continue;
            }
            if (i > 0) {
                others.add(segment);
                continue;
            }
            for (String part : NAME_LIST.split(segment)) {
                String candidate = part.strip().replaceAll("[.,;:]+$", "");
                if (Names.isName(candidate)) {
                    names.add(Names.normalise(candidate));
                } else if (!candidate.isEmpty()) {
                    others.add(candidate);
                }
            }
        }
        return names.isEmpty() ? null : new Byline(names, others, date);
    }
}
