package io.github.briefwright.core.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.Writer;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A text file written through the thread's reused buffers holds the text's UTF-8 bytes, whatever their length. */
class TextFileTest {

    @TempDir
    Path folder;

    @Test
    void holdsTheTextsUtf8BytesAcrossManyBuffers() throws Exception {
        Random random = new Random(3);
        String[] pieces = {"a", "é", "—", "€", "😀", "漢字", "\n", "<p>", " "};
        for (int n = 0; n < 40; n++) {
            StringBuilder text = new StringBuilder();
            int length = n < 20 ? random.nextInt(3 * TextFile.CHARS) : TextFile.CHARS - 1 - n % 3;
            while (text.length() < length) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            if (n >= 20) { // a surrogate pair across the end of the buffer
                text.setLength(TextFile.CHARS - 1);
                text.append("😀").append("tail".repeat(n));
            }
            Path file = folder.resolve("page-" + n + ".html");
            Files.writeString(file, "an older, longer text ".repeat(10_000));
            try (Writer out = new TextFile(file)) {
                String all = text.toString();
                int at = 0;
                while (at < all.length()) { // in pieces of every size, as a template engine writes
                    int size = Math.min(all.length() - at, 1 + random.nextInt(5_000));
                    if (size == 1) {
                        out.write(all.charAt(at));
                    } else if (random.nextBoolean()) {
                        out.write(all, at, size);
                    } else {
                        out.write(all.toCharArray(), at, size);
                    }
                    at += size;
                }
                out.flush();
            }
            assertArrayEquals(text.toString().getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file), "text " + n);
        }
    }

    @Test
    void anUnpairedSurrogateFailsAsTheJdksWriterDoes() throws Exception {
        Path file = folder.resolve("bad.html");
        assertThrows(MalformedInputException.class, () -> {
            try (Writer out = new TextFile(file)) {
                out.write("ok \uD83D then more");
            }
        });
        assertThrows(MalformedInputException.class, () -> {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write("ok \uD83D then more");
            }
        });
    }

    @Test
    void aFileOpenedWhileAnotherIsOpenOnTheSameThreadKeepsItsOwnText() throws Exception {
        Path first = folder.resolve("first.txt");
        Path second = folder.resolve("second.txt");
        Writer outer = new TextFile(first);
        outer.write("outer ");
        try (Writer inner = new TextFile(second)) {
            inner.write("inner");
        }
        outer.write("again");
        outer.close();
        outer.close();
        assertArrayEquals("outer again".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(first));
        assertArrayEquals("inner".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(second));
    }
}
