package io.github.briefwright.testing;

import java.util.Random;

/** Short random texts made of chosen pieces, to check a plain scan against the pattern it stands in for. */
public final class RandomText {

    private RandomText() {
    }

    /** A text of up to {@code maxLength - 1} characters, each one of {@code pieces}. */
    public static String of(Random random, String pieces, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength);
        for (int i = 0; i < length; i++) {
            text.append(pieces.charAt(random.nextInt(pieces.length())));
        }
        return text.toString();
    }
}
