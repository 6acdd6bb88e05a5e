package io.github.briefwright.core.load;

import io.github.briefwright.core.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the seeds in a folder and reads each one into a {@link Seed}: decoded strictly (a wrong byte is an
 * error naming its line, never a silent replacement character) with its front matter parsed.
 */
public final class SeedLoader {

    private static final char BOM = '\uFEFF';

    private final Path root;
    private final Charset encoding;

    public SeedLoader(Path root, Charset encoding) {
        this.root = root;
        this.encoding = encoding;
    }

    /** Every {@code .txt}/{@code .md} file below the root, in a stable order; hidden files and folders skipped. */
    public List<Path> find() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files
                    .filter(file -> !isHidden(root.relativize(file)))
                    .filter(Files::isRegularFile)
                    .filter(file -> SeedFormat.of(file).isPresent())
                    .sorted()
                    .toList();
        }
    }

    /** Reads one seed; every problem found in it is in the exception. */
    public Seed load(Path file) throws SeedException {
        String name = relativeName(file);
        SeedFormat format = SeedFormat.of(file).orElseThrow();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SeedException(Problem.at(name, 0, "cannot be read: " + describe(e)));
        }
        String text = decode(name, bytes);
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        return split(name, file, format, text);
    }

    /** The seed's name as users see it in messages and in {@code sourceFile}. */
    public String relativeName(Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private Seed split(String name, Path file, SeedFormat format, String text) throws SeedException {
        if (!startsWithFence(text)) {
            return new Seed(name, file, format, text, 1, FrontMatter.NONE, List.of());
        }
        int lineStart = text.indexOf('\n') + 1;
        int line = 2;
        while (lineStart > 0 && lineStart < text.length()) {
            int end = text.indexOf('\n', lineStart);
            int lineEnd = end < 0 ? text.length() : end;
            String current = text.substring(lineStart, lineEnd).stripTrailing();
            if (current.equals("---") || current.equals("...")) {
                FrontMatterReader reader = new FrontMatterReader(name, 2);
                int yamlStart = text.indexOf('\n') + 1;
                FrontMatter frontMatter = reader.read(text.substring(yamlStart, lineStart));
                String body = end < 0 ? "" : text.substring(end + 1);
                return new Seed(name, file, format, body, line + 1, frontMatter, reader.warnings());
            }
            lineStart = end < 0 ? -1 : end + 1;
            line++;
        }
        throw new SeedException(Problem.at(name, 1,
                "front matter opened with '---' is never closed; end it with a line of '---'"));
    }

    private static boolean startsWithFence(String text) {
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).stripTrailing();
        return first.equals("---") && end >= 0;
    }

    private String decode(String name, byte[] bytes) throws SeedException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0 && !encoding.name().startsWith("UTF-16") && !encoding.name().startsWith("UTF-32")) {
                throw new SeedException(Problem.at(name, lineOf(bytes, i),
                        "looks like a binary file (NUL byte), not a text seed; remove it from the seed folder"));
            }
        }
        CharsetDecoder decoder = encoding.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw new SeedException(Problem.at(name, lineOf(bytes, at), String.format(
                    "is not valid %s (byte 0x%02X at offset %d); save the file as %s or set the encoding",
                    encoding.name(), bytes[Math.min(at, bytes.length - 1)] & 0xFF, at, encoding.name())));
        }
        out.flip();
        return out.toString();
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") && !name.equals(".")) {
                return true;
            }
        }
        return false;
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + " " + e.getMessage();
    }

}
