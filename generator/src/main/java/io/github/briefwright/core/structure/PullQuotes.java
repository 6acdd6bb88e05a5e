package io.github.briefwright.core.structure;

import io.github.briefwright.core.model.Block;
import io.github.briefwright.core.model.Block.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds pull quotes: short paragraphs that repeat, exactly or nearly, a sentence or a span of another
 * paragraph. Texts are compared as lowercase words (quotes, punctuation and case ignored); a paragraph of at
 * most {@value #MAX_WORDS} words is a pull quote when {@value #MIN_SHARE} of its words, in order, recur in a
 * longer paragraph (or an equal one that comes first), and the paragraphs beside it are not such repeats too.
 * Candidates are found through word trigrams, so the work
 * grows with the text, not with its square: only trigrams of short paragraphs are indexed, and trigrams common
 * to many paragraphs are not used to find candidates.
 */
final class PullQuotes {

    static final int MAX_WORDS = 60;
    static final double MIN_SHARE = 0.8;
    private static final int MIN_WORDS = 5;
    private static final int COMMON_TRIGRAM = 40;
    private static final int MAX_CANDIDATES = 5;

    /** What was found: the blocks that are pull quotes, and for each, the block it repeats. */
    record Found(Block quote, Block source) {
    }

    private PullQuotes() {
    }

    static List<Found> find(List<Block> blocks) {
        List<long[]> words = new ArrayList<>(blocks.size());
        TrigramIndex index = new TrigramIndex();
        for (Block block : blocks) {
            long[] tokens = block.kind() == Kind.PARAGRAPH ? words(block.text()) : new long[0];
            words.add(tokens);
            if (tokens.length >= MIN_WORDS && tokens.length <= MAX_WORDS) {
                for (int t = 0; t + 2 < tokens.length; t++) {
                    index.want(trigram(tokens, t));
                }
            }
        }
        if (index.isEmpty()) {
            return List.of();
        }
        for (int i = 0; i < blocks.size(); i++) {
            long[] tokens = words.get(i);
            for (int t = 0; t + 2 < tokens.length; t++) {
                index.add(trigram(tokens, t), i);
            }
        }
        List<Found> found = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        Set<Integer> quotes = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            long[] quote = words.get(i);
            if (quote.length < MIN_WORDS || quote.length > MAX_WORDS) {
                continue;
            }
            Map<Integer, Integer> shared = new HashMap<>();
            for (int t = 0; t + 2 < quote.length; t++) {
                int[] posting = index.posting(trigram(quote, t));
                if (posting == null) {
                    continue;
                }
                for (int j : posting) {
                    if (j != i) {
                        shared.merge(j, 1, Integer::sum);
                    }
                }
            }
            int best = -1;
            List<Map.Entry<Integer, Integer>> candidates = shared.entrySet().stream()
                    .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(MAX_CANDIDATES).toList();
            for (Map.Entry<Integer, Integer> candidate : candidates) {
                int j = candidate.getKey();
                long[] other = words.get(j);
                boolean longer = other.length > quote.length || other.length == quote.length && j < i;
                if (!longer || quotes.contains(j) || candidate.getValue() < (quote.length - 2) / 3) {
                    continue;
                }
                if (inOrderShare(quote, other) >= MIN_SHARE && (best < 0 || j < best)) {
                    best = j;
                }
            }
            if (best >= 0) {
                quotes.add(i);
                at.add(i);
                found.add(new Found(blocks.get(i), blocks.get(best)));
            }
        }
        return alone(found, at, quotes);
    }

    /**
     * The quotes that stand alone: a pull quote is set apart from the text around it, so two paragraphs side by
     * side that both repeat the text are a stretch of it printed twice (a menu or a schedule per day), not quotes.
     */
    private static List<Found> alone(List<Found> found, List<Integer> at, Set<Integer> quotes) {
        List<Found> alone = new ArrayList<>(found.size());
        for (int k = 0; k < found.size(); k++) {
            int i = at.get(k);
            if (!quotes.contains(i - 1) && !quotes.contains(i + 1)) {
                alone.add(found.get(k));
            }
        }
        return alone;
    }

    /** Share of {@code quote}'s words found, in order, in {@code text} (longest common subsequence). */
    static double inOrderShare(long[] quote, long[] text) {
        int[] previous = new int[text.length + 1];
        int[] current = new int[text.length + 1];
        for (long word : quote) {
            for (int j = 1; j <= text.length; j++) {
                current[j] = word == text[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[text.length] / (double) quote.length;
    }

    /**
     * Which paragraphs contain each wanted trigram: an open-addressing table of primitive keys (no boxing, since
     * every trigram of the text is looked up), postings capped at {@value #COMMON_TRIGRAM} paragraphs; a trigram
     * in more paragraphs than that is too common to find anything and has no posting.
     */
    private static final class TrigramIndex {
        private long[] keys = new long[64];
        private int[][] postings = new int[64][];
        private int[] sizes = new int[64];
        private boolean[] used = new boolean[64];
        private int count;

        void want(long key) {
            if ((count + 1) * 2 > keys.length) {
                grow();
            }
            int slot = slot(key);
            if (!used[slot]) {
                used[slot] = true;
                keys[slot] = key;
                postings[slot] = new int[2];
                count++;
            }
        }

        boolean isEmpty() {
            return count == 0;
        }

        void add(long key, int block) {
            int slot = slot(key);
            if (!used[slot] || sizes[slot] > COMMON_TRIGRAM) {
                return;
            }
            int size = sizes[slot];
            int[] posting = postings[slot];
            if (size > 0 && posting[size - 1] == block) {
                return;
            }
            if (size == posting.length) {
                posting = java.util.Arrays.copyOf(posting, size * 2);
                postings[slot] = posting;
            }
            posting[size] = block;
            sizes[slot] = size + 1;
        }

        int[] posting(long key) {
            int slot = slot(key);
            if (!used[slot] || sizes[slot] > COMMON_TRIGRAM) {
                return null;
            }
            return java.util.Arrays.copyOf(postings[slot], sizes[slot]);
        }

        private int slot(long key) {
            int mask = keys.length - 1;
            int slot = (int) (mix(key) & mask);
            while (used[slot] && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private static long mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 32);
        }

        private void grow() {
            long[] oldKeys = keys;
            int[][] oldPostings = postings;
            int[] oldSizes = sizes;
            boolean[] oldUsed = used;
            keys = new long[oldKeys.length * 2];
            postings = new int[oldKeys.length * 2][];
            sizes = new int[oldKeys.length * 2];
            used = new boolean[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldUsed[i]) {
                    int slot = slot(oldKeys[i]);
                    used[slot] = true;
                    keys[slot] = oldKeys[i];
                    postings[slot] = oldPostings[i];
                    sizes[slot] = oldSizes[i];
                }
            }
        }
    }

    private static long trigram(long[] tokens, int t) {
        return tokens[t] * 0x9E3779B97F4A7C15L + tokens[t + 1] * 0xC2B2AE3D27D4EB4FL + Long.rotateLeft(tokens[t + 2], 31);
    }

    /**
     * The words of {@code text} as 64-bit hashes of their lowercase letters and digits: what the comparison needs,
     * without making a string of every word.
     */
    static long[] words(String text) {
        long[] words = new long[16];
        int count = 0;
        long hash = 0;
        boolean inWord = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                hash = hash * 1_000_003L + Character.toLowerCase(c);
                inWord = true;
            } else if (inWord) {
                if (count == words.length) {
                    words = java.util.Arrays.copyOf(words, count * 2);
                }
                words[count++] = hash;
                hash = 0;
                inWord = false;
            }
        }
        return java.util.Arrays.copyOf(words, count);
    }
}
