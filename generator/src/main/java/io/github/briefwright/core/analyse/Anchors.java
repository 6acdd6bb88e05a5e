package io.github.briefwright.core.analyse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Page anchors derived from content, so an anchor survives rebuilds while its text is unchanged, whatever
 * is edited around it. Repeated texts within one briefing get {@code -2}, {@code -3}… in order. Not shared
 * between threads: one per briefing.
 */
final class Anchors {

    private final Map<String, Integer> used = new HashMap<>();

    String next(String prefix, String text) {
        String base = prefix + "-" + hash(text.strip().replaceAll("\\s+", " "));
        int count = used.merge(base, 1, Integer::sum);
        return count == 1 ? base : base + "-" + count;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
