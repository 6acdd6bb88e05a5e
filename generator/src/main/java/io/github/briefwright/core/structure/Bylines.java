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
            "^(?:by\\s*by\\s+|(?:by|written by|words by|story by|text by|reporting by|posted by|published by|interview(?:ed)? by|"
                    + "analysis by|as told to|authors?|von|par|por|door|oleh|di)\\s*:?\\s+|By(?=\\p{Lu}\\p{Ll})|"
                    + "by:\\s*)(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLE = Pattern.compile("(?i).*\\b(?:reporter|correspondent|editor|writer|staff|contributor|"
            + "columnist|ceo|founder|cto|president|director|analyst|chief|senior|bureau|desk|news|press)\\b.*");

    /** Whether a part of a byline beside the names is a role or a newsroom ("CEO", "CBC News"). */
    static boolean isRole(String part) {
        return ROLE.matcher(part).matches();
    }

    /** Japanese and Chinese byline marks: "著者：", "投稿者", "文：", "記者", "作者：". */
    private static final Pattern CJK_PREFIXED = Pattern.compile("^(?:著者|投稿者|執筆者?|筆者|文|記者|作者|撰文|编辑|編集)\\s*[：:／/]?\\s*(.+)$");
    private static final Pattern CJK_NAME = Pattern.compile("^[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー・]{2,8}"
            + "(?:[\\s\\u3000][\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー・]{1,6})?$");
    /** Handles, e-mail addresses and profile links glued to a name: "Tom DiChristopher@tdichristopher". */
    private static final Pattern HANDLE = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+|@\\w{2,}|\\(@\\w+\\)|https?://\\S+");
    /** Links and roles glued to the end of a name: "Gina TrapaniCEO", "Jane DoeView More Articles". */
    private static final Pattern GLUED_TAIL = Pattern.compile("(?<=\\p{Ll})(?=(?:CEO|CTO|CFO|COO|Founder|Co-founder|Editor|"
            + "Senior|Staff|Contributor|Contributing|Reporter|Writer|Correspondent|Columnist|View|More|Follow|Read|"
            + "Twitter|Email|Facebook|Instagram|Linked[Ii]n|Updated|Published|Posted)\\b)");
    /** Profile links after a name: "View All", "More Articles", "Follow". */
    private static final Pattern LINK_TAIL = Pattern.compile("(?i)\\s+(?:view (?:all|more|profile|full)|more (?:articles|stories|"
            + "posts)|all (?:articles|stories|posts)|see (?:all|more)|follow(?: on)?|contact|read (?:more|bio|full))\\b.*$");
    /** Two names glued together: "Paul WisemanFatima Hussein" (a capital and four lower-case letters, then a capital). */
    private static final Pattern GLUED_NAMES = Pattern.compile("(?<=\\b\\p{Lu}\\p{Ll}{4,40})(?=\\p{Lu}\\p{Ll})");
    private static final Pattern TIME = Pattern.compile("(?i)\\b\\d{1,2}(?::\\d{2}){1,2}\\s*(?:a\\.?m\\.?|p\\.?m\\.?)?"
            + "(?:\\s*(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|IST|JST)\\b)?");
    private static final Pattern DATE_WORDS = Pattern.compile("(?i)(?:\\s*(?:[|·•,/-]|\\s)\\s*(?:on|at|published|updated|"
            + "posted|last updated|first published|mon|tue|tues|wed|thu|thurs|fri|sat|sun|monday|tuesday|wednesday|"
            + "thursday|friday|saturday|sunday)?\\s*:?)+$");
    /** "January 7, 2020 by Jane Doe": a date, then the byline. */
    private static final Pattern DATE_BY = Pattern.compile("^(.{6,40}?)\\s+[-–—|·]?\\s*by\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEGMENTS = Pattern.compile("\\s*(?:\\||·|•|—|–|\\s-\\s|\\s/\\s)\\s*");
    private static final Pattern BULLET = Pattern.compile("^[•·▪◦‣●○■□➢►*]\\s+");
    private static final Pattern NAME_LIST = Pattern.compile("\\s*(?:,\\s*and\\s+|,\\s*|\\s+and\\s+|\\s*&\\s*)\\s*");

    /** What a byline line says. */
    record Byline(List<String> names, List<String> otherParts, String date) {
    }

    private Bylines() {
    }

    /** The byline, when the line starts with "By" (or the like) and names at least one person. */
    static Byline parsePrefixed(String line) {
        String text = BULLET.matcher(line.strip()).replaceFirst("");
        Matcher cjk = CJK_PREFIXED.matcher(text);
        if (cjk.matches()) {
            return cjkNames(cjk.group(1));
        }
        Matcher matcher = PREFIXED.matcher(text);
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

    private static Byline cjkNames(String text) {
        String date = null;
        String rest = text;
        List<DateText.Found> dates = DateText.findAll(text, DateText.Order.UNKNOWN);
        if (!dates.isEmpty()) {
            date = dates.get(0).date() == null ? null : dates.get(0).date().toString();
            rest = text.substring(0, dates.get(0).start());
        }
        String first = rest.split("\\s*[|｜,，、　]\\s*|\\s{2,}")[0].strip();
        if (CJK_NAME.matcher(first).matches()) {
            return new Byline(List.of(first), List.of(), date);
        }
        Byline latin = names(rest);
        return latin == null ? null : new Byline(latin.names(), latin.otherParts(), date);
    }

    private static Byline names(String raw) {
        if (raw.length() > 200) {
            return null;
        }
        String date = null;
        String text = HANDLE.matcher(raw).replaceAll(" ");
        List<DateText.Found> dates = DateText.findAll(text, DateText.Order.UNKNOWN);
        if (!dates.isEmpty()) {
            date = dates.get(0).date() == null ? null : dates.get(0).date().toString();
            StringBuilder cut = new StringBuilder();
            int at = 0;
            for (DateText.Found found : dates) {
                cut.append(text, at, found.start()).append(" | ");
                at = found.end();
            }
            text = cut.append(text.substring(at)).toString();
        }
        text = TIME.matcher(text).replaceAll(" | ");
        text = GLUED_TAIL.matcher(text).replaceAll(" | ");
        text = LINK_TAIL.matcher(text).replaceAll(" | ");
        text = GLUED_NAMES.matcher(text).replaceAll(", ");
        text = text.replaceAll("(?i)\\s+(?:on|at)\\s*(?=\\||$)", " ");
        text = DATE_WORDS.matcher(text.strip()).replaceAll("").strip();
        if (text.length() > 160) {
            return null;
        }
        String[] segments = SEGMENTS.split(text);
        List<String> names = new ArrayList<>();
        List<String> others = new ArrayList<>();
        boolean first = true;
        for (String segment0 : segments) {
            String segment = segment0.strip();
            if (segment.isEmpty()) {
                continue;
            }
            var when = Datelines.parse(segment);
            if (when.isPresent()) {
                date = date == null ? when.get() : date;
                continue;
            }
            if (!first) {
                others.add(segment);
                continue;
            }
            first = false;
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
