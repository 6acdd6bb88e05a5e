package io.github.briefwright.core.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The bytes a fingerprint digests are fixed: the cache's keys and the page keys written by earlier builds are
 * digests of them, and a change would make every cached seed and written page look changed.
 */
class FingerprintTest {

    @Test
    void eachValueIsDigestedAsItsKindAndLengthThenItsBytes() throws Exception {
        String made = new Fingerprint().add("ab").add(3L).add((String) null).add(true).add(new byte[] {1, 2})
                .add(java.util.List.of("x")).hex();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(new byte[] {'s', 'l', 0, 0, 0, 0, 0, 0, 0, 2, 'a', 'b'});
        expected.writeBytes(new byte[] {'l', 0, 0, 0, 0, 0, 0, 0, 3});
        expected.writeBytes(new byte[] {0});
        expected.writeBytes(new byte[] {'t'});
        expected.writeBytes(new byte[] {'b', 'l', 0, 0, 0, 0, 0, 0, 0, 2, 1, 2});
        expected.writeBytes(new byte[] {'l', 0, 0, 0, 0, 0, 0, 0, 1, 's', 'l', 0, 0, 0, 0, 0, 0, 0, 1, 'x'});
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(expected.toByteArray())),
                made);
    }

    @Test
    void aLongIsWrittenHighByteFirstAndSplitValuesDiffer() {
        assertEquals(new Fingerprint().add(0x0102030405060708L).hex(), new Fingerprint().add(0x0102030405060708L)
                .hex());
        assertNotEquals(new Fingerprint().add("ab").add("c").hex(), new Fingerprint().add("a").add("bc").hex());
        Fingerprint base = new Fingerprint().add("same");
        assertEquals(base.copy().add(-1L).hex(), new Fingerprint().add("same").add(-1L).hex());
    }
}
