package io.github.briefwright.core.load;

import io.github.briefwright.core.Limits;
import io.github.briefwright.core.Problem;
import io.github.briefwright.core.structure.TextHygiene;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The text of a seed or glossary file, read the one strict way: the size checked against
 * {@link Limits#seedBytes()} before anything is read, the bytes decoded strictly (a wrong byte is an error naming
 * its line, never a replacement character), a byte order mark dropped, line ends normalised to {@code \n} (a file
 * with old Mac {@code \r} line ends reads like any other), every character {@link TextHygiene#clean} removes
 * removed, and every line checked against {@link Limits#lineLength()}.
 *
 * <p>A file saved as UTF-16 or UTF-32 while another encoding is configured is named as such, from its byte order
 * mark or, without one, from its NUL bytes (every other byte NUL, or three in four, in the first bytes), instead
 * of being called binary. A file whose NUL bytes follow no such pattern is binary and refused.
 */
final class SeedText {

    /** The most bytes one array can hold, whatever the limit says. */
    static final long MOST_BYTES = Integer.MAX_VALUE - 16;
    /** How many leading bytes are looked at to tell UTF-16 and UTF-32 from binary. */
    private static final int SNIFF = 512;

    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private SeedText() {
    }

    /**
     * Reads, checks and decodes a file.
     *
     * @param name     the file as messages call it
     * @param opened   the file, open; closed here
     * @param encoding the configured encoding
     */
    static String read(String name, FolderFiles.Opened opened, Charset encoding, Limits limits) throws SeedException {
        return text(name, bytes(name, opened, limits), encoding, limits);
    }

    /**
     * Reads a file's bytes, its size checked against {@link Limits#seedBytes()} before anything is read.
     *
     * @param name   the file as messages call it
     * @param opened the file, open; closed here
     */
    static byte[] bytes(String name, FolderFiles.Opened opened, Limits limits) throws SeedException {
        byte[] bytes;
        try (InputStream in = opened.in()) {
            checkSize(name, opened.size(), limits);
            long most = Math.min(limits.seedBytes(), MOST_BYTES);
            bytes = in.readNBytes((int) most + 1);
            if (bytes.length > most) {
                // it grew after its size was taken
                checkSize(name, Math.max(opened.size(), bytes.length), limits);
            }
        } catch (IOException e) {
            throw new SeedException(Problem.at(name, 0, "cannot be read: " + describe(e)));
        }
        return bytes;
    }

    /** Decodes and checks bytes already read (see {@link #read}). */
    static String text(String name, byte[] bytes, Charset encoding, Limits limits) throws SeedException {
        String text = decode(name, bytes, encoding);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        text = TextHygiene.clean(text);
        checkLines(name, text, limits);
        return text;
    }

    /**
     * Fails when a file of {@code size} bytes is over the limit:
     * {@code name: is 3.0 GiB, more than the limit of 16 MiB (briefwright.maxSeedBytes); split it or raise the limit}.
     */
    static void checkSize(String name, long size, Limits limits) throws SeedException {
        if (size > limits.seedBytes()) {
            String is = size(size, true);
            String limit = size(limits.seedBytes(), false);
            if (size - limits.seedBytes() < unit(size) / 20) {
                // the rounded sizes would look the same
                is = String.format(Locale.ROOT, "%,d bytes", size);
                limit = String.format(Locale.ROOT, "%,d bytes", limits.seedBytes());
            }
            throw new SeedException(Problem.at(name, 0, "is " + is + ", more than the limit of " + limit + " ("
                    + Limits.SEED_BYTES + "); split it or raise the limit"));
        }
        if (size > MOST_BYTES) {
            throw new SeedException(Problem.at(name, 0, "is " + size(size, true) + ", more than the " + size(MOST_BYTES, false)
                    + " one file can hold; split it"));
        }
    }

    /**
     * Fails at the first line longer than the limit, counted in characters (code points):
     * {@code name:LINE: line LINE is N characters long, more than the limit of M (briefwright.maxLineLength); …}.
     * One pass over text whose line ends are {@code \n}.
     */
    static void checkLines(String name, String text, Limits limits) throws SeedException {
        int line = 1;
        long length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                length = 0;
            } else if (!Character.isLowSurrogate(c) && ++length > limits.lineLength()) {
                int start = text.lastIndexOf('\n', i) + 1;
                int end = text.indexOf('\n', i);
                long total = text.codePointCount(start, end < 0 ? text.length() : end);
                throw new SeedException(Problem.at(name, line, String.format(Locale.ROOT,
                        "line %d is %,d characters long, more than the limit of %,d (%s); break it into paragraphs "
                                + "or raise the limit", line, total, limits.lineLength(), Limits.LINE_LENGTH)));
            }
        }
    }

    private static String decode(String name, byte[] bytes, Charset encoding) throws SeedException {
        Charset marked = byteOrderMark(bytes);
        if (marked != null) {
            Charset read = reads(encoding, marked);
            if (read == null) {
                throw new SeedException(Problem.at(name, 1, "is saved as " + marked.name() + " (byte order mark); save it as "
                        + encoding.name() + " or set briefwright.encoding to " + marked.name()));
            }
            int skip = marked.equals(StandardCharsets.UTF_8) ? 3 : marked.name().startsWith("UTF-16") ? 2 : 4;
            return strict(name, bytes, skip, read);
        }
        if (!isWide(encoding)) {
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    Charset wide = fromNuls(bytes);
                    if (wide != null) {
                        throw new SeedException(Problem.at(name, 1, "is saved as " + wide.name() + " (no byte order mark, "
                                + "but " + (wide.name().startsWith("UTF-16") ? "every other byte" : "three bytes in four")
                                + " is NUL); save it as " + encoding.name() + " or set briefwright.encoding to "
                                + wide.name()));
                    }
                    throw new SeedException(Problem.at(name, lineOf(bytes, i),
                            "looks like a binary file (NUL byte), not a text seed; remove it from the seed folder"));
                }
            }
        }
        return strict(name, bytes, 0, encoding);
    }

    /** The charset to read a file with byte order mark {@code marked} in, or null when the encoding says otherwise. */
    private static Charset reads(Charset encoding, Charset marked) {
        String configured = encoding.name().toUpperCase(Locale.ROOT);
        if (encoding.equals(marked)) {
            return marked;
        }
        if (configured.equals("UTF-16") && marked.name().startsWith("UTF-16")
                || configured.equals("UTF-32") && marked.name().startsWith("UTF-32")) {
            return marked;
        }
        return null;
    }

    /** The encoding a byte order mark at the start of {@code bytes} says, or null. */
    static Charset byteOrderMark(byte[] b) {
        if (starts(b, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return UTF_32LE;
        }
        if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return UTF_32BE;
        }
        if (starts(b, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (starts(b, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * The wide encoding that the NUL bytes in the first {@value #SNIFF} bytes suggest, or null when they follow no
     * pattern (a binary file). Text in UTF-32 has, for every character outside the rarely used higher planes, its
     * two high bytes NUL (three in four bytes for Latin text); UTF-16 has every other byte NUL for Latin text. A
     * pattern counts when most places of that kind are NUL and almost none of the others.
     */
    static Charset fromNuls(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF);
        int[] nuls = new int[4];
        int[] places = new int[4];
        for (int i = 0; i < n; i++) {
            places[i % 4]++;
            if (bytes[i] == 0) {
                nuls[i % 4]++;
            }
        }
        if (n >= 4 && n % 4 == 0) {
            if (all(nuls, places, 2) && all(nuls, places, 3) && nuls[0] < places[0]) {
                return UTF_32LE;
            }
            if (all(nuls, places, 0) && all(nuls, places, 1) && nuls[3] < places[3]) {
                return UTF_32BE;
            }
        }
        if (n >= 2) {
            int even = nuls[0] + nuls[2];
            int odd = nuls[1] + nuls[3];
            int evenPlaces = places[0] + places[2];
            int oddPlaces = places[1] + places[3];
            if (odd * 2 >= oddPlaces && even * 8 <= odd && even < evenPlaces) {
                return StandardCharsets.UTF_16LE;
            }
            if (even * 2 >= evenPlaces && odd * 8 <= even && odd < oddPlaces) {
                return StandardCharsets.UTF_16BE;
            }
        }
        return null;
    }

    private static boolean all(int[] nuls, int[] places, int at) {
        return places[at] > 0 && nuls[at] == places[at];
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWide(Charset encoding) {
        String name = encoding.name().toUpperCase(Locale.ROOT);
        return name.startsWith("UTF-16") || name.startsWith("UTF-32");
    }

    private static String strict(String name, byte[] bytes, int skip, Charset encoding) throws SeedException {
        CharsetDecoder decoder = encoding.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        long capacity = (long) Math.ceil((bytes.length - skip) * (double) decoder.maxCharsPerByte()) + 1;
        CharBuffer out = CharBuffer.allocate((int) Math.min(capacity, Integer.MAX_VALUE - 16));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            out.flip();
            throw new SeedException(Problem.at(name, lines(out), String.format(Locale.ROOT,
                    "is not valid %s (byte 0x%02X at offset %d); save the file as %s or set briefwright.encoding",
                    encoding.name(), bytes[Math.min(at, bytes.length - 1)] & 0xFF, at, encoding.name())));
        }
        out.flip();
        return out.toString();
    }

    /** The line the end of {@code decoded} is on, counting line ends as {@link TextHygiene#lineEnds} does. */
    private static int lines(CharSequence decoded) {
        int line = 1;
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == '\n' || c == '\u0085' || c == '\r' && (i + 1 >= decoded.length() || decoded.charAt(i + 1) != '\n')) {
                line++;
            }
        }
        return line;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }

    private static final String[] UNITS = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    /**
     * A size as people read it: bytes, KiB, MiB, GiB… with one decimal ({@code 3.0 GiB}), or when {@code decimal} is
     * false without it where it is whole ({@code 16 MiB}).
     */
    static String size(long bytes, boolean decimal) {
        long unit = unit(bytes);
        if (unit == 1) {
            return bytes + " bytes";
        }
        String name = UNITS[Long.numberOfTrailingZeros(unit) / 10];
        double value = bytes / (double) unit;
        return !decimal && bytes % unit == 0 ? String.format(Locale.ROOT, "%d %s", bytes / unit, name)
                : String.format(Locale.ROOT, "%.1f %s", value, name);
    }

    /** The largest power of 1024 not above {@code bytes}, 1 for less than 1 KiB. */
    private static long unit(long bytes) {
        long unit = 1;
        while (unit < (1L << 60) && bytes >= unit * 1024) {
            unit *= 1024;
        }
        return unit;
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + " " + e.getMessage();
    }
}
