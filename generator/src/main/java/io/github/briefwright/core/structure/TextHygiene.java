package io.github.briefwright.core.structure;

/**
 * Normalises what pasting leaves behind: line ends, no-break and zero-width characters, soft hyphens, and,
 * for raw pastes only, tabs and trailing spaces (in Markdown they carry meaning).
 */
public final class TextHygiene {

    private TextHygiene() {
    }

    /** Hygiene that is safe for every format. */
    public static String common(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> {
                    out.append('\n');
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\u00A0', '\u2007', '\u202F' -> out.append(' ');
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> {
                    // invisible: dropped
                }
                case '\u2028', '\u2029', '\u0085' -> out.append('\n');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Hygiene for raw pastes: also tabs to spaces and no trailing spaces. */
    public static String paste(String text) {
        String common = common(text).replace('\t', ' ');
        StringBuilder out = new StringBuilder(common.length());
        int start = 0;
        while (start <= common.length()) {
            int end = common.indexOf('\n', start);
            if (end < 0) {
                end = common.length();
            }
            out.append(common, start, end).setLength(stripEnd(out));
            if (end < common.length()) {
                out.append('\n');
            }
            start = end + 1;
        }
        return out.toString();
    }

    private static int stripEnd(StringBuilder out) {
        int length = out.length();
        while (length > 0 && out.charAt(length - 1) == ' ') {
            length--;
        }
        return length;
    }
}
