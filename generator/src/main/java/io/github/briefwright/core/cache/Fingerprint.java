package io.github.briefwright.core.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 over a sequence of values, each written with its kind and length first, so that no two different
 * sequences feed the digest the same bytes ({@code ("ab", "c")} and {@code ("a", "bc")} differ). Not thread-safe;
 * {@link #copy()} gives an independent one that continues from the same state.
 */
public final class Fingerprint {

    private final MessageDigest digest;
    /** The few bytes written before a value (its kind and length), given to the digest at once. */
    private final byte[] scratch = new byte[10];

    public Fingerprint() {
        this(sha256());
    }

    private Fingerprint(MessageDigest digest) {
        this.digest = digest;
    }

    /** Adds a text (or {@code null}, which differs from every text). */
    public Fingerprint add(String value) {
        if (value == null) {
            digest.update((byte) 0);
            return this;
        }
        return bytes((byte) 's', value.getBytes(StandardCharsets.UTF_8));
    }

    public Fingerprint add(long value) {
        scratch[0] = 'l';
        put(value, 1);
        digest.update(scratch, 0, 9);
        return this;
    }

    /** Writes {@code value} into {@link #scratch} from {@code at}, high byte first. */
    private void put(long value, int at) {
        for (int i = 0; i < 8; i++) {
            scratch[at + i] = (byte) (value >>> (56 - 8 * i));
        }
    }

    public Fingerprint add(boolean value) {
        digest.update(value ? (byte) 't' : (byte) 'f');
        return this;
    }

    /** Adds a list of texts: its size, then each. */
    public Fingerprint add(List<String> values) {
        add(values.size());
        values.forEach(this::add);
        return this;
    }

    /** Adds raw bytes (a file's content). */
    public Fingerprint add(byte[] value) {
        return bytes((byte) 'b', value);
    }

    /**
     * Adds bytes as they are, without their length: for content read in pieces of any size; add the total
     * length after the last piece.
     */
    Fingerprint raw(byte[] value, int offset, int length) {
        digest.update(value, offset, length);
        return this;
    }

    private Fingerprint bytes(byte kind, byte[] value) {
        // the kind, then the length as add(long) writes it, in one update: the same bytes as one at a time
        scratch[0] = kind;
        scratch[1] = 'l';
        put(value.length, 2);
        digest.update(scratch, 0, 10);
        digest.update(value);
        return this;
    }

    /** An independent fingerprint with everything added so far. */
    public Fingerprint copy() {
        try {
            return new Fingerprint((MessageDigest) digest.clone());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 cannot be cloned", e);
        }
    }

    /** The digest of everything added, its 32 bytes; this fingerprint is used up. */
    public byte[] raw() {
        return digest.digest();
    }

    /** The digest of everything added, as 64 lowercase hex digits; this fingerprint is used up. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
