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
    private final MessageDigest sha256 = sha256();

    String next(String prefix, String text) {
        String base = prefix + "-" + hash(collapse(text));
        int count = used.merge(base, 1, Integer::sum);
        return count == 1 ? base : base + "-" + count;
    }

    private String hash(String text) {
        byte[] digest = sha256.digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 5);
    }

    /** The text with its white space runs made single spaces, and none at the ends. */
    static String collapse(String text) {
        if (isCollapsed(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isCollapsed(String text) {
        if (text.isEmpty()) {
            return true;
        }
        if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))) {
            return false;
        }
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (space) {
                    return false;
                }
                space = true;
            } else if (Character.isWhitespace(c)) {
                return false;
            } else {
                space = false;
            }
        }
        return true;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
