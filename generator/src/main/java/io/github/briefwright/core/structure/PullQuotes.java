package io.github.briefwright.core.structure;

import io.github.briefwright.core.model.Block;
import io.github.briefwright.core.model.Block.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds pull quotes: short paragraphs that repeat, exactly or nearly, a sentence or a span of another
 * paragraph. Texts are compared as lowercase words (quotes, punctuation and case ignored); a paragraph of at
 * most {@value #MAX_WORDS} words is a pull quote when {@value #MIN_SHARE} of its words, in order, recur in a
 * longer paragraph (or an equal one that comes first). Candidates are found through word trigrams, so the work
 * grows with the text, not with its square: trigrams common to many paragraphs are not used to find candidates.
 */
final class PullQuotes {

    static final int MAX_WORDS = 60;
    static final double MIN_SHARE = 0.8;
    private static final int MIN_WORDS = 5;
    private static final int COMMON_TRIGRAM = 40;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** What was found: the blocks that are pull quotes, and for each, the block it repeats. */
    record Found(Block quote, Block source) {
    }

    private PullQuotes() {
    }

    static List<Found> find(List<Block> blocks) {
        List<List<String>> words = new ArrayList<>(blocks.size());
        Map<String, List<Integer>> trigrams = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            List<String> tokens = block.kind() == Kind.PARAGRAPH ? tokens(block.text()) : List.of();
            words.add(tokens);
            Set<String> seen = new HashSet<>();
            for (int t = 0; t + 2 < tokens.size(); t++) {
                String gram = tokens.get(t) + " " + tokens.get(t + 1) + " " + tokens.get(t + 2);
                if (seen.add(gram)) {
                    List<Integer> posting = trigrams.computeIfAbsent(gram, k -> new ArrayList<>());
                    if (posting.size() <= COMMON_TRIGRAM) {
                        posting.add(i);
                    }
                }
            }
        }
        List<Found> found = new ArrayList<>();
        Set<Integer> quotes = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            List<String> quote = words.get(i);
            if (quote.size() < MIN_WORDS || quote.size() > MAX_WORDS) {
                continue;
            }
            Map<Integer, Integer> shared = new HashMap<>();
            for (int t = 0; t + 2 < quote.size(); t++) {
                List<Integer> posting = trigrams.get(quote.get(t) + " " + quote.get(t + 1) + " " + quote.get(t + 2));
                if (posting == null || posting.size() > COMMON_TRIGRAM) {
                    continue;
                }
                for (int j : posting) {
                    if (j != i) {
                        shared.merge(j, 1, Integer::sum);
                    }
                }
            }
            int best = -1;
            for (Map.Entry<Integer, Integer> candidate : shared.entrySet()) {
                int j = candidate.getKey();
                List<String> other = words.get(j);
                boolean longer = other.size() > quote.size() || other.size() == quote.size() && j < i;
                if (!longer || quotes.contains(j) || candidate.getValue() < (quote.size() - 2) / 3) {
                    continue;
                }
                if (inOrderShare(quote, other) >= MIN_SHARE && (best < 0 || j < best)) {
                    best = j;
                }
            }
            if (best >= 0) {
                quotes.add(i);
                found.add(new Found(blocks.get(i), blocks.get(best)));
            }
        }
        return found;
    }

    /** Share of {@code quote}'s words found, in order, in {@code text} (longest common subsequence). */
    static double inOrderShare(List<String> quote, List<String> text) {
        int[] previous = new int[text.size() + 1];
        int[] current = new int[text.size() + 1];
        for (String word : quote) {
            for (int j = 1; j <= text.size(); j++) {
                current[j] = word.equals(text.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[text.size()] / (double) quote.size();
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
