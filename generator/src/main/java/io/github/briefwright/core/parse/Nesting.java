package io.github.briefwright.core.parse;

import io.github.briefwright.core.Limits;
import io.github.briefwright.core.Problem;
import io.github.briefwright.core.load.SeedException;
import java.util.ArrayList;
import java.util.List;

/**
 * How deep a Markdown body nests, measured before commonmark-java reads it: commonmark builds and renders its
 * tree by recursion, so a few thousand levels overflow the stack. One pass over the text, linear in its length,
 * measures two depths line by line, and the body is an error at the first line where either goes past
 * {@link Limits#nesting()} (32 by default):
 * <ul>
 *   <li>blocks: the block quotes and list items open on a line, matched container by container as CommonMark
 *       does ({@code >} markers, {@code >>>>} written together counting four; list items by their markers and the
 *       indentation of their content; lazy continuation lines keep their containers). Fenced and indented code is
 *       text;</li>
 *   <li>inline: emphasis, links and images inside one another in a paragraph or heading, as CommonMark's
 *       delimiter stack pairs them ({@code *}, {@code _}; {@code [}…{@code ](} and {@code ![}…{@code ](}). Brackets
 *       that make no link and emphasis marks that pair flat ({@code *_*_…}) add no depth, so 5,000 of them are
 *       plain text, as commonmark reads them. Code spans are not told apart: marks in them count, which can only
 *       overstate the depth.</li>
 * </ul>
 * Raw HTML is not measured: jsoup, which sanitises it, does not recurse.
 */
final class Nesting {

    private final String file;
    private final int firstLine;
    private final int limit;
    private final Delimiters inline = new Delimiters();
    /** Open containers: a block quote is -1, a list item the column its content starts at. */
    private final List<Integer> open = new ArrayList<>();
    private char fence;
    private int fenceLength;
    private boolean paragraph;

    private Nesting(String file, int firstLine, int limit) {
        this.file = file;
        this.firstLine = firstLine;
        this.limit = limit;
    }

    /**
     * @param markdown  the body
     * @param firstLine the line of the file the body starts on
     * @throws SeedException at the first line that nests deeper than {@code limits.nesting()}
     */
    static void check(String file, String markdown, int firstLine, Limits limits) throws SeedException {
        Nesting nesting = new Nesting(file, firstLine, limits.nesting());
        int start = 0;
        for (int index = 0; start <= markdown.length(); index++) {
            int end = markdown.indexOf('\n', start);
            end = end < 0 ? markdown.length() : end;
            nesting.line(markdown, start, end, index);
            start = end + 1;
        }
    }

    private void line(String text, int start, int end, int index) throws SeedException {
        Line line = new Line(text, start, end);
        int matched = 0;
        while (matched < open.size() && line.match(open.get(matched))) {
            matched++;
        }
        if (fence != 0) {
            if (matched == open.size()) {
                if (line.closesFence(fence, fenceLength)) {
                    fence = 0;
                }
                return;
            }
            fence = 0;
        }
        boolean blank = line.blank();
        boolean opened = false;
        if (!blank && (!paragraph || !line.indentedCode())) {
            while (true) {
                int content = line.opener();
                if (content == Integer.MIN_VALUE) {
                    break;
                }
                if (!opened) {
                    close(matched);
                    opened = true;
                }
                open.add(content);
                if (open.size() > limit) {
                    throw new SeedException(Problem.at(file, firstLine + index, "block quotes and lists nest "
                            + open.size() + " deep here, more than the limit of " + limit + " (" + Limits.NESTING
                            + "); flatten them or raise the limit"));
                }
            }
        }
        if (!opened && matched < open.size() && !(paragraph && !blank && line.continuesLazily())) {
            close(matched);
        }
        boolean wasParagraph = paragraph;
        paragraph = false;
        if (blank) {
            inline.reset();
        } else if (line.startsFence()) {
            fence = line.fence;
            fenceLength = line.fenceLength;
            inline.reset();
        } else if (line.indentedCode() && (!wasParagraph || opened)) {
            inline.reset();
        } else if (line.breaksOrHeading()) {
            inline.reset();
            inline.scan(line.rest(), this, index);
            inline.reset();
        } else {
            if (!wasParagraph || opened) {
                inline.reset();
            }
            inline.scan(line.rest(), this, index);
            paragraph = true;
        }
    }

    private void close(int keep) {
        while (open.size() > keep) {
            open.remove(open.size() - 1);
        }
    }

    void tooDeepInline(int depth, int index) throws SeedException {
        throw new SeedException(Problem.at(file, firstLine + index, "emphasis, links and images nest " + depth
                + " deep here, more than the limit of " + limit + " (" + Limits.NESTING
                + "); flatten them or raise the limit"));
    }

    int limit() {
        return limit;
    }

    /** One line, read from the left: columns count tabs to the next multiple of 4. */
    private static final class Line {
        private final String text;
        private final int end;
        private int at;
        private int column;
        char fence;
        int fenceLength;

        Line(String text, int start, int end) {
            this.text = text;
            this.at = start;
            this.end = end;
        }

        /** Whether the line continues the container ({@code -1} a quote, else a list item's content column). */
        boolean match(int container) {
            if (container < 0) {
                int indent = indent();
                if (indent <= 3 && at + indent(indent) < end && text.charAt(skip(indent)) == '>') {
                    consumeQuote(indent);
                    return true;
                }
                return false;
            }
            if (blank()) {
                return true;
            }
            if (column + indent() >= container) {
                skipTo(container);
                return true;
            }
            return false;
        }

        /** Opens a block quote or list item here: -1 for a quote, the content column for an item, or MIN_VALUE. */
        int opener() {
            int indent = indent();
            if (indent > 3) {
                return Integer.MIN_VALUE;
            }
            int p = skip(indent);
            if (p >= end) {
                return Integer.MIN_VALUE;
            }
            char c = text.charAt(p);
            if (c == '>') {
                consumeQuote(indent);
                return -1;
            }
            int marker = p;
            if (c == '-' || c == '+' || c == '*') {
                if (thematicBreak(p)) {
                    return Integer.MIN_VALUE;
                }
                marker++;
            } else {
                while (marker < end && marker - p < 9 && Character.isDigit(text.charAt(marker))) {
                    marker++;
                }
                if (marker == p || marker >= end || (text.charAt(marker) != '.' && text.charAt(marker) != ')')) {
                    return Integer.MIN_VALUE;
                }
                marker++;
            }
            if (marker < end && text.charAt(marker) != ' ' && text.charAt(marker) != '\t') {
                return Integer.MIN_VALUE;
            }
            skipTo(column + indent);
            int markerColumn = column + (marker - at);
            at = marker;
            column = markerColumn;
            int spaces = indent();
            if (at + indent(spaces) >= end || spaces > 4) {
                spaces = Math.min(spaces, 1);
            }
            skipTo(column + Math.max(spaces, 1));
            return markerColumn + Math.max(spaces, 1);
        }

        private void consumeQuote(int indent) {
            skipTo(column + indent);
            at++;
            column++;
            if (at < end && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                skipTo(column + 1);
            }
        }

        boolean blank() {
            for (int i = at; i < end; i++) {
                if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                    return false;
                }
            }
            return true;
        }

        boolean indentedCode() {
            return indent() >= 4 && !blank();
        }

        /** Text that may continue a paragraph in containers it does not mark: nothing that starts a block. */
        boolean continuesLazily() {
            return opener() == Integer.MIN_VALUE && !startsFence() && !breaksOrHeading();
        }

        boolean startsFence() {
            int indent = indent();
            if (indent > 3) {
                return false;
            }
            int p = skip(indent);
            if (p >= end || (text.charAt(p) != '`' && text.charAt(p) != '~')) {
                return false;
            }
            char c = text.charAt(p);
            int run = 0;
            while (p + run < end && text.charAt(p + run) == c) {
                run++;
            }
            if (run < 3) {
                return false;
            }
            for (int i = p + run; c == '`' && i < end; i++) {
                if (text.charAt(i) == '`') {
                    return false;
                }
            }
            fence = c;
            fenceLength = run;
            return true;
        }

        boolean closesFence(char c, int length) {
            int indent = indent();
            if (indent > 3) {
                return false;
            }
            int p = skip(indent);
            int run = 0;
            while (p + run < end && text.charAt(p + run) == c) {
                run++;
            }
            if (run < length) {
                return false;
            }
            for (int i = p + run; i < end; i++) {
                if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                    return false;
                }
            }
            return true;
        }

        /** An ATX heading or a thematic break: a block of one line. */
        boolean breaksOrHeading() {
            int indent = indent();
            if (indent > 3) {
                return false;
            }
            int p = skip(indent);
            return p < end && (text.charAt(p) == '#' || thematicBreak(p));
        }

        private boolean thematicBreak(int p) {
            char c = text.charAt(p);
            if (c != '-' && c != '*' && c != '_') {
                return false;
            }
            int count = 0;
            for (int i = p; i < end; i++) {
                char d = text.charAt(i);
                if (d == c) {
                    count++;
                } else if (d != ' ' && d != '\t') {
                    return false;
                }
            }
            return count >= 3;
        }

        CharSequence rest() {
            return text.subSequence(at, end);
        }

        /** Columns of white space from here. */
        private int indent() {
            int col = column;
            for (int i = at; i < end; i++) {
                char c = text.charAt(i);
                if (c == ' ') {
                    col++;
                } else if (c == '\t') {
                    col += 4 - col % 4;
                } else {
                    break;
                }
            }
            return col - column;
        }

        /** Characters that make up {@code columns} of white space from here (at least). */
        private int indent(int columns) {
            return skip(columns) - at;
        }

        private int skip(int columns) {
            int col = column;
            int i = at;
            while (i < end && col < column + columns) {
                char c = text.charAt(i);
                if (c == ' ') {
                    col++;
                } else if (c == '\t') {
                    col += 4 - col % 4;
                } else {
                    break;
                }
                i++;
            }
            return i;
        }

        private void skipTo(int target) {
            while (at < end && column < target) {
                char c = text.charAt(at);
                if (c == ' ') {
                    column++;
                } else if (c == '\t') {
                    column += 4 - column % 4;
                } else {
                    break;
                }
                at++;
            }
            column = Math.max(column, target);
        }
    }
}
