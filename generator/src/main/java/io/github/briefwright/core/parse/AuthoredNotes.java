package io.github.briefwright.core.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the notes an author writes in a Markdown seed and takes them out of the text, leaving a marker
 * ({@value #OPEN}n{@value #CLOSE}) where each stood:
 * <ul>
 *   <li>footnotes: a reference {@code [^label]} and its definition {@code [^label]: text} on a line of its own
 *       (indented lines after it continue it);</li>
 *   <li>CriticMarkup: comments {@code {>>note<<}}, highlights {@code {==text==}} (with a comment right after,
 *       {@code {==text==}{>>note<<}}), insertions {@code {++text++}}, deletions {@code {--text--}} and
 *       substitutions {@code {~~old~>new~~}}.</li>
 * </ul>
 * Two versions of the text come out: one for reading (insertions and substitutions applied, deletions gone,
 * highlights plain) and one for the page, where the editorial marks are {@code <mark>}, {@code <ins>} and
 * {@code <del>}. Code (fenced blocks and inline spans) is left as written. Pure and thread-safe.
 */
public final class AuthoredNotes {

    static final char OPEN = '\u27E6';
    static final char CLOSE = '\u27E7';
    static final Pattern MARKER = Pattern.compile(OPEN + "(\\d+)" + CLOSE);

    /** A note: its number, kind ({@code footnote}, {@code comment}, {@code highlight}) and Markdown text. */
    public record Note(int number, String kind, String text) {
    }

    /** The text for reading, the text for the page, and the notes. */
    public record Result(String plain, String marked, List<Note> notes) {
    }

    private static final Pattern DEFINITION = Pattern.compile("(?m)^\\[\\^([^\\]\\s]+)\\]:[ \\t]*(.*(?:\\n(?:[ \\t]{2,}|\\t).*)*)");
    private static final Pattern REFERENCE = Pattern.compile("\\[\\^([^\\]\\s]+)\\]");
    private static final Pattern CRITIC = Pattern.compile("\\{==(.+?)==\\}(?:\\{>>(.+?)<<\\})?|\\{>>(.+?)<<\\}"
            + "|\\{\\+\\+(.+?)\\+\\+\\}|\\{--(.+?)--\\}|\\{~~(.+?)~>(.+?)~~\\}", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("(?ms)^(```|~~~).*?^\\1[^\\n]*$|`[^`\\n]+`");

    private AuthoredNotes() {
    }

    /** Whether the text has anything to read here: a cheap test before the work. */
    public static boolean present(String markdown) {
        return markdown.contains("[^") || markdown.contains("{>>") || markdown.contains("{==")
                || markdown.contains("{++") || markdown.contains("{--") || markdown.contains("{~~");
    }

    public static Result read(String markdown) {
        List<Note> notes = new ArrayList<>();
        Map<String, String> definitions = new HashMap<>();
        StringBuilder withoutDefinitions = new StringBuilder();
        outsideCode(markdown, withoutDefinitions, text -> {
            Matcher definition = DEFINITION.matcher(text);
            StringBuilder out = new StringBuilder();
            while (definition.find()) {
                definitions.put(definition.group(1), definition.group(2).replaceAll("\\n[ \\t]+", " ").strip());
                definition.appendReplacement(out, "\n".repeat((int) definition.group().chars().filter(c -> c == '\n').count()));
            }
            definition.appendTail(out);
            return out.toString();
        });
        StringBuilder plain = new StringBuilder();
        StringBuilder marked = new StringBuilder();
        Map<String, Integer> numbers = new HashMap<>();
        // code stays as written; the rest is rewritten twice
        Matcher code = CODE.matcher(withoutDefinitions);
        int at = 0;
        String source = withoutDefinitions.toString();
        while (code.find()) {
            rewrite(source.substring(at, code.start()), definitions, numbers, notes, plain, marked);
            plain.append(code.group());
            marked.append(code.group());
            at = code.end();
        }
        rewrite(source.substring(at), definitions, numbers, notes, plain, marked);
        return new Result(plain.toString(), marked.toString(), notes);
    }

    private static void rewrite(String text, Map<String, String> definitions, Map<String, Integer> numbers,
            List<Note> notes, StringBuilder plain, StringBuilder marked) {
        Matcher m = Pattern.compile(REFERENCE.pattern() + "|" + CRITIC.pattern(), Pattern.DOTALL).matcher(text);
        int at = 0;
        while (m.find()) {
            plain.append(text, at, m.start());
            marked.append(text, at, m.start());
            at = m.end();
            if (m.group(1) != null) {
                String label = m.group(1);
                String definition = definitions.get(label);
                if (definition == null) {
                    plain.append(m.group());
                    marked.append(m.group());
                    continue;
                }
                int number = numbers.computeIfAbsent(label, l -> {
                    notes.add(new Note(notes.size() + 1, "footnote", definition));
                    return notes.size();
                });
                plain.append(marker(number));
                marked.append(marker(number));
            } else if (m.group(2) != null) {
                String highlighted = m.group(2);
                plain.append(highlighted);
                marked.append("<mark>").append(highlighted).append("</mark>");
                if (m.group(3) != null) {
                    notes.add(new Note(notes.size() + 1, "highlight", m.group(3).strip()));
                    plain.append(marker(notes.size()));
                    marked.append(marker(notes.size()));
                }
            } else if (m.group(4) != null) {
                notes.add(new Note(notes.size() + 1, "comment", m.group(4).strip()));
                plain.append(marker(notes.size()));
                marked.append(marker(notes.size()));
            } else if (m.group(5) != null) {
                plain.append(m.group(5));
                marked.append("<ins>").append(m.group(5)).append("</ins>");
            } else if (m.group(6) != null) {
                marked.append("<del>").append(m.group(6)).append("</del>");
            } else if (m.group(7) != null) {
                plain.append(m.group(8));
                marked.append("<del>").append(m.group(7)).append("</del><ins>").append(m.group(8)).append("</ins>");
            }
        }
        plain.append(text, at, text.length());
        marked.append(text, at, text.length());
    }

    private static String marker(int number) {
        return OPEN + Integer.toString(number) + CLOSE;
    }

    private static void outsideCode(String text, StringBuilder out, java.util.function.UnaryOperator<String> change) {
        Matcher code = CODE.matcher(text);
        int at = 0;
        while (code.find()) {
            out.append(change.apply(text.substring(at, code.start()))).append(code.group());
            at = code.end();
        }
        out.append(change.apply(text.substring(at)));
    }
}
