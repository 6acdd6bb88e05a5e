package io.github.briefwright.core.parse;

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

    /** The brackets of a note's marker in a block's text and HTML: {@code OPEN} number {@code CLOSE}. */
    public static final char OPEN = '\u27E6';
    public static final char CLOSE = '\u27E7';
    static final Pattern MARKER = Pattern.compile(OPEN + "(\\d+)" + CLOSE);

    /**
     * A note: its number, kind ({@code footnote}, {@code comment}, {@code highlight}), Markdown text, and that text
     * as inline HTML, sanitised ({@code null} until the parser renders it).
     */
    public record Note(int number, String kind, String text, String html) {
        public Note(int number, String kind, String text) {
            this(number, kind, text, null);
        }

        public Note withHtml(String value) {
            return new Note(number, kind, text, value);
        }
    }

    /**
     * The text for reading, the text for the page, the notes kept, and how many notes the text has in all
     * ({@code found}, more than {@code notes.size()} when some were left as written).
     */
    public record Result(String plain, String marked, List<Note> notes, int found) {
    }

    private static final Pattern DEFINITION = Pattern.compile("(?m)^\\[\\^([^\\]\\s]+)\\]:[ \\t]*(.*(?:\\n(?:[ \\t]{2,}|\\t).*)*)");
    private static final Pattern CODE = Pattern.compile("(?ms)^(```|~~~).*?^\\1[^\\n]*$|`[^`\\n]+`");

    private AuthoredNotes() {
    }

    /** Whether the text has anything to read here: a cheap test before the work. */
    public static boolean present(String markdown) {
        return markdown.contains("[^") || markdown.contains("{>>") || markdown.contains("{==")
                || markdown.contains("{++") || markdown.contains("{--") || markdown.contains("{~~");
    }

    /**
     * Reads the notes and marks, in one pass over the text after the footnote definitions are taken out: linear
     * in its length, whatever it holds (unclosed openers included).
     *
     * @param maxNotes how many notes to make, the first in text order; a footnote reference or comment after them
     *                 stays in the text as written
     */
    public static Result read(String markdown, int maxNotes) {
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
        // code stays as written; the rest is rewritten twice
        CriticScan scan = new CriticScan(definitions, maxNotes);
        String source = withoutDefinitions.toString();
        Matcher code = CODE.matcher(source);
        int at = 0;
        while (code.find()) {
            scan.rewrite(source.substring(at, code.start()));
            scan.plain.append(code.group());
            scan.marked.append(code.group());
            at = code.end();
        }
        scan.rewrite(source.substring(at));
        return new Result(scan.plain.toString(), scan.marked.toString(), scan.notes, scan.found);
    }

    static String marker(int number) {
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
