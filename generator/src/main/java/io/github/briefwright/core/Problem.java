package io.github.briefwright.core;

/**
 * Something wrong with one input file, located as precisely as we can.
 *
 * @param file the file as the user knows it (relative to the seed folder where possible)
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when not known
 * @param message what is wrong, and where useful what to do about it
 */
public record Problem(String file, int line, int column, String message) implements java.io.Serializable {

    public Problem(String file, int line, String message) {
        this(file, line, 0, message);
    }

    public static Problem at(String file, int line, String message) {
        return new Problem(file, line, message);
    }

    public static Problem at(String file, int line, int column, String message) {
        return new Problem(file, line, column, message);
    }

    /**
     * {@code file:line:column: message}, the format editors and CI logs link from, always on one line: control
     * characters and the characters that reorder text in the file name and the message are shown as escapes
     * (see {@link #printable(String)}), so a file name cannot start a log line of its own or disguise one.
     */
    @Override
    public String toString() {
        if (line <= 0) {
            return printable(file) + ": " + printable(message);
        }
        return printable(file) + ":" + line + (column > 0 ? ":" + column : "") + ": " + printable(message);
    }

    /**
     * The text with every character that could break or disguise a log line shown as a visible escape:
     * {@code \n}, {@code \r} and {@code \t}; other control characters (U+0000–U+001F, U+007F–U+009F), the line and
     * paragraph separators (U+2028, U+2029) and the bidirectional formatting characters (U+061C, U+200E, U+200F,
     * U+202A–U+202E, U+2066–U+2069) as {@code \}{@code uXXXX}. Everything else, backslashes included, is kept as
     * it is, so ordinary paths and messages read as before. {@code null} gives {@code "null"}.
     */
    public static String printable(String text) {
        if (text == null) {
            return "null";
        }
        int first = 0;
        while (first < text.length() && !needsEscape(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!needsEscape(c)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.toString();
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029
                || c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }
}
