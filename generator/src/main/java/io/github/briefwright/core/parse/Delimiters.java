package io.github.briefwright.core.parse;

import io.github.briefwright.core.load.SeedException;
import java.util.Arrays;

/**
 * The delimiter stack of one paragraph or heading, kept as CommonMark keeps it, but only to measure how deep
 * emphasis, links and images would nest: {@code *} and {@code _} runs pair by the flanking rules (the rule of 3
 * is left out, which can only pair more), {@code ]} closes the nearest {@code [} or {@code ![}, and makes a link
 * or image only when {@code (} or {@code [} follows it; a link cannot hold a link. Linear: every opener is pushed
 * and popped once, and the nearest opener of a kind is found through a link, not a search.
 */
final class Delimiters {

    private static final int NONE = 0;
    private static final int STAR = 1;
    private static final int UNDERSCORE = 2;
    private static final int BRACKET = 3;
    private static final int IMAGE = 4;

    private int[] kind = new int[16];
    private int[] count = new int[16];
    /** The deepest emphasis, link or image made after the opener and before the next one. */
    private int[] inner = new int[16];
    private int[] previousOfClass = new int[16];
    private long[] pushed = new long[16];
    private final int[] topOfClass = new int[4];
    private int size;
    private long clock;
    private long lastLink;

    Delimiters() {
        reset();
    }

    /** Starts a new paragraph. */
    void reset() {
        size = 1;
        kind[0] = NONE;
        inner[0] = 0;
        Arrays.fill(topOfClass, -1);
    }

    /** Reads one line of the paragraph (without its container markers). */
    void scan(CharSequence text, Nesting owner, int index) throws SeedException {
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < length && isAsciiPunctuation(text.charAt(i + 1))) {
                i += 2;
            } else if (c == '*' || c == '_') {
                int end = i;
                while (end < length && text.charAt(end) == c) {
                    end++;
                }
                emphasis(c == '*' ? STAR : UNDERSCORE, end - i, i > 0 ? text.charAt(i - 1) : '\n',
                        end < length ? text.charAt(end) : '\n', owner, index);
                i = end;
            } else if (c == '!' && i + 1 < length && text.charAt(i + 1) == '[') {
                push(IMAGE, 1);
                i += 2;
            } else if (c == '[') {
                push(BRACKET, 1);
                i++;
            } else if (c == ']') {
                close(i + 1 < length && (text.charAt(i + 1) == '(' || text.charAt(i + 1) == '['), owner, index);
                i++;
            } else {
                i++;
            }
        }
    }

    private void emphasis(int type, int run, char before, char after, Nesting owner, int index)
            throws SeedException {
        boolean left = !whitespace(after) && (!punctuation(after) || whitespace(before) || punctuation(before));
        boolean right = !whitespace(before) && (!punctuation(before) || whitespace(after) || punctuation(after));
        boolean canOpen = type == STAR ? left : left && (!right || punctuation(before));
        boolean canClose = type == STAR ? right : right && (!left || punctuation(after));
        int n = run;
        while (canClose && n > 0 && topOfClass[type] > 0) {
            int k = topOfClass[type];
            int content = deepestFrom(k);
            popTo(k + 1);
            int use = n >= 2 && count[k] >= 2 ? 2 : 1;
            count[k] -= use;
            n -= use;
            int depth = made(content + 1, owner, index);
            if (count[k] == 0) {
                popTo(k);
                inner[k - 1] = Math.max(inner[k - 1], depth);
            } else {
                inner[k] = depth;
            }
        }
        if (n > 0 && canOpen) {
            push(type, n);
        }
    }

    private void close(boolean linkFollows, Nesting owner, int index) throws SeedException {
        int k = topOfClass[BRACKET];
        if (k < 0) {
            return;
        }
        int content = deepestFrom(k);
        boolean image = kind[k] == IMAGE;
        boolean link = linkFollows && (image || pushed[k] > lastLink);
        popTo(k);
        if (link && !image) {
            lastLink = ++clock;
        }
        int depth = made(link ? content + 1 : content, owner, index);
        inner[k - 1] = Math.max(inner[k - 1], depth);
    }

    private static int made(int depth, Nesting owner, int index) throws SeedException {
        if (depth > owner.limit()) {
            owner.tooDeepInline(depth, index);
        }
        return depth;
    }

    private int deepestFrom(int k) {
        int deepest = 0;
        for (int i = k; i < size; i++) {
            deepest = Math.max(deepest, inner[i]);
        }
        return deepest;
    }

    private void push(int type, int n) {
        if (size == kind.length) {
            int grown = size * 2;
            kind = Arrays.copyOf(kind, grown);
            count = Arrays.copyOf(count, grown);
            inner = Arrays.copyOf(inner, grown);
            previousOfClass = Arrays.copyOf(previousOfClass, grown);
            pushed = Arrays.copyOf(pushed, grown);
        }
        int c = classOf(type);
        kind[size] = type;
        count[size] = n;
        inner[size] = 0;
        previousOfClass[size] = topOfClass[c];
        pushed[size] = ++clock;
        topOfClass[c] = size;
        size++;
    }

    private void popTo(int newSize) {
        while (size > newSize) {
            size--;
            topOfClass[classOf(kind[size])] = previousOfClass[size];
        }
    }

    private static int classOf(int type) {
        return type == IMAGE ? BRACKET : type;
    }

    private static boolean whitespace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean punctuation(char c) {
        if (c < 128) {
            return isAsciiPunctuation(c);
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    private static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }
}
