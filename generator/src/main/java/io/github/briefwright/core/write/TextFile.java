package io.github.briefwright.core.write;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One text file written as UTF-8, streamed through buffers that its thread reuses from file to file: a site of
 * 25,000 pages no longer makes a buffer (of 64 K characters and more) for each, and a page is written with one
 * system call per {@value #CHARS} characters. The file is created or truncated, as {@code Files.newBufferedWriter}
 * does, and an unpaired surrogate fails the same way ({@link java.nio.charset.MalformedInputException}). Closing
 * is idempotent; not thread-safe (one file, one thread).
 */
final class TextFile extends Writer {

    static final int CHARS = 1 << 15;
    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    /** A thread's buffers; taken by one file at a time. */
    private static final class Buffers {
        final char[] chars = new char[CHARS];
        /** Room for the bytes of a full buffer of characters, 3 at most for each. */
        final ByteBuffer bytes = ByteBuffer.allocate(CHARS * 3 + 8);
        final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
        boolean taken;
    }

    private final FileChannel channel;
    private final Buffers buffers;
    private final boolean own;
    private int count;
    private boolean closed;

    TextFile(Path file) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        Buffers mine = BUFFERS.get();
        own = !mine.taken; // a file written while another is open on this thread gets buffers of its own
        buffers = own ? mine : new Buffers();
        buffers.taken = true;
        buffers.encoder.reset();
        buffers.bytes.clear();
    }

    @Override
    public void write(int c) throws IOException {
        if (count == CHARS) {
            drain(false);
        }
        buffers.chars[count++] = (char) c;
    }

    @Override
    public void write(char[] text, int off, int len) throws IOException {
        while (len > 0) {
            if (count == CHARS) {
                drain(false);
            }
            int n = Math.min(len, CHARS - count);
            System.arraycopy(text, off, buffers.chars, count, n);
            count += n;
            off += n;
            len -= n;
        }
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        while (len > 0) {
            if (count == CHARS) {
                drain(false);
            }
            int n = Math.min(len, CHARS - count);
            text.getChars(off, off + n, buffers.chars, count);
            count += n;
            off += n;
            len -= n;
        }
    }

    @Override
    public void flush() throws IOException {
        if (!closed) {
            drain(false);
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (channel) {
            drain(true);
        } finally {
            if (own) {
                buffers.taken = false;
            }
        }
    }

    /**
     * Encodes the buffered characters and writes their bytes; a high surrogate whose pair is still to come stays
     * buffered, unless {@code end}.
     */
    private void drain(boolean end) throws IOException {
        CharsetEncoder encoder = buffers.encoder;
        CharBuffer in = CharBuffer.wrap(buffers.chars, 0, count);
        while (true) {
            CoderResult result = encoder.encode(in, buffers.bytes, end);
            if (result.isOverflow()) {
                writeBytes();
            } else if (result.isError()) {
                result.throwException();
            } else {
                break;
            }
        }
        if (end) {
            while (encoder.flush(buffers.bytes).isOverflow()) {
                writeBytes();
            }
        }
        writeBytes();
        int left = in.remaining();
        System.arraycopy(buffers.chars, in.position(), buffers.chars, 0, left);
        count = left;
    }

    private void writeBytes() throws IOException {
        ByteBuffer bytes = buffers.bytes;
        bytes.flip();
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        bytes.clear();
    }
}
