package io.github.briefwright.core.structure;

/**
 * Normalises what pasting leaves behind: line ends, no-break and zero-width characters, soft hyphens, and,
 * for raw pastes only, tabs and trailing spaces (in Markdown they carry meaning). The zero-width non-joiner and
 * joiner (U+200C, U+200D) are kept: they are part of how words are spelled in Persian and in Indic scripts
 * ("رشته‌ی", "क्‍ष"), and of emoji sequences (a family, a flag), so taking them out changes the text.
 *
 * <p>It is also the one place that says which characters never reach a page or a feed ({@link #clean}): seeds
 * are untrusted text pasted from anywhere, and a control character in a title makes {@code feed.xml} invalid XML,
 * while a bidi override makes a title read differently from what it is.
 */
public final class TextHygiene {

    private TextHygiene() {
    }

    /**
     * Every line end ({@code \r\n}, a lone {@code \r} as old Mac files have, and the C1 next-line character
     * U+0085) as {@code \n}. Each line end stays one line end, so line numbers are those of the file.
     */
    public static String lineEnds(String text) {
        if (text.indexOf('\r') < 0 && text.indexOf('\u0085') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\u0085') {
                out.append('\n');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether a character is one that no text from a seed may carry: C0 controls other than tab, line feed and
     * carriage return (line ends are normalised first, see {@link #clean}), DEL and the C1 controls, the
     * noncharacters U+FFFE and U+FFFF (not allowed in XML), and the bidi embedding, override and isolate controls
     * (U+202A–U+202E, U+2066–U+2069), which can make text display as something other than what it is. The bidi
     * marks U+200E, U+200F and U+061C are kept: they only nudge neutral characters and cannot reorder text.
     * NUL is one of the removed characters: a NUL byte in a seed file is refused before decoding (the file is
     * taken as binary), so only a NUL written as a YAML escape ({@code "\0"}) can reach here, and it is removed.
     */
    public static boolean isForbidden(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        return (c >= 0x7F && c <= 0x9F)
                || c == '\uFFFE' || c == '\uFFFF'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    /**
     * Text from a seed as every stage may use it, for any field (body, front matter values, glossary terms and
     * notes, names made from file names): line ends normalised as by {@link #lineEnds}, then every
     * {@linkplain #isForbidden forbidden character} and every unpaired surrogate (not allowed in XML either)
     * removed. Tabs, line feeds and all printable text are kept; the result has the same number of lines.
     * Idempotent, linear, and returns the argument itself when there is nothing to change.
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String lines = lineEnds(text);
        int first = firstToRemove(lines);
        if (first < 0) {
            return lines;
        }
        StringBuilder out = new StringBuilder(lines.length());
        out.append(lines, 0, first);
        for (int i = first; i < lines.length(); i++) {
            char c = lines.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < lines.length() && Character.isLowSurrogate(lines.charAt(i + 1))) {
                out.append(c).append(lines.charAt(++i));
            } else if (!isForbidden(c) && !Character.isSurrogate(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A one-line text (a name made from a file name, a value shown in a message): {@link #clean}ed, with line
     * ends and tabs made spaces.
     */
    public static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        return clean(text).replace('\n', ' ').replace('\t', ' ');
    }

    private static int firstToRemove(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (isForbidden(c) || Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Hygiene that is safe for every format; includes {@link #clean}. */
    public static String common(String text) {
        text = clean(text);
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
                case '\u200B', '\u2060', '\uFEFF', '\u00AD' -> {
                    // invisible hints to break or not, a byte-order mark, a soft hyphen: dropped
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
