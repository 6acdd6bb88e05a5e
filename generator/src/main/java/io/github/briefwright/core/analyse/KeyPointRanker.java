package io.github.briefwright.core.analyse;

import io.github.briefwright.core.model.Quote;
import io.github.briefwright.core.model.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses key points and a summary by extraction: graph-based sentence centrality with a position prior.
 * Each sentence is a vector of its content words (function words out, plurals folded); its centrality is the
 * sum of its cosine similarities to every other sentence, its degree in the similarity graph, which equals its
 * similarity to the sum of all the other (normalised) vectors and so costs one pass instead of a pass per pair:
 * linear in the text. The score is centrality times a prior that favours the beginning ("bottom line up front")
 * and the first sentence of a paragraph, and discounts sentences that lean on what came before ("This", "It").
 * Key points: the best 3 to 5 sentences of 8 to 50 words, no questions, none nearly the same as one already
 * chosen, in document order. Summary: the best sentence of the lead paragraph when it scores at least half the
 * best score, else the best sentence; with a second one when the first is short.
 */
final class KeyPointRanker {

    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");
    private static final Set<String> LEANING = Set.of("this", "that", "these", "those", "it", "they", "he", "she",
            "such", "and", "but", "or", "so", "also", "then");
    private static final double NEAR_DUPLICATE = 0.6;

    /** What was chosen. */
    record Choice(String summary, List<String> summarySentences, List<Quote> keyPoints) {
    }

    /** A sentence with its place: index in the text, and whether it opens a paragraph of the lead. */
    record Ranked(Sentence sentence, int position, int paragraph, boolean opensParagraph) {
    }

    private final Gazetteer words;

    KeyPointRanker(Gazetteer words) {
        this.words = words;
    }

    Choice choose(List<Ranked> sentences) {
        int n = sentences.size();
        if (n == 0) {
            return new Choice(null, List.of(), List.of());
        }
        // each loop is a method of its own: the compiler then compiles each loop once, not the whole method again
        // from every loop that gets hot (a method called once a seed with several long loops)
        int[] wordCounts = new int[n];
        boolean[] eligible = new boolean[n];
        eligibility(sentences, wordCounts, eligible);
        Terms terms = new Terms();
        List<Vector> vectors = vectors(sentences, terms);
        double[] score = scores(sentences, vectors, sums(vectors, terms.size()));
        double best = 0;
        for (double s : score) {
            best = Math.max(best, s);
        }
        List<Integer> summary = summary(sentences, score, best, vectors, wordCounts, eligible);
        List<Integer> chosen = keyPoints(score, eligible, summary, vectors);
        List<Quote> keyPoints = chosen.stream()
                .map(i -> new Quote(sentences.get(i).sentence().text(), sentences.get(i).sentence().id())).toList();
        StringBuilder text = new StringBuilder();
        for (int i : summary) {
            text.append(text.length() > 0 ? " " : "").append(sentences.get(i).sentence().text());
        }
        return new Choice(text.length() == 0 ? null : text.toString(),
                summary.stream().map(i -> sentences.get(i).sentence().id()).toList(), keyPoints);
    }

    /** Each sentence's word count, and whether it may be a key point: 8 to 50 words, no question, no lead-in. */
    private static void eligibility(List<Ranked> sentences, int[] wordCounts, boolean[] eligible) {
        for (int i = 0; i < sentences.size(); i++) {
            String text = sentences.get(i).sentence().text();
            wordCounts[i] = words(text);
            eligible[i] = wordCounts[i] >= 8 && wordCounts[i] <= 50 && !text.strip().endsWith("?")
                    && !text.strip().endsWith(":");
        }
    }

    private static List<Vector> vectors(List<Ranked> sentences, Terms terms) {
        List<Vector> vectors = new ArrayList<>(sentences.size());
        for (Ranked ranked : sentences) {
            vectors.add(terms.vector(ranked.sentence().text()));
        }
        return vectors;
    }

    /** Each term's weights summed over the sentences, added in the order of the sentences. */
    private static double[] sums(List<Vector> vectors, int terms) {
        double[] sum = new double[terms];
        for (Vector vector : vectors) {
            for (int k = 0; k < vector.terms().length; k++) {
                sum[vector.terms()[k]] += vector.weights()[k];
            }
        }
        return sum;
    }

    /** Each sentence's degree in the similarity graph times its position prior. */
    private static double[] scores(List<Ranked> sentences, List<Vector> vectors, double[] sum) {
        int n = sentences.size();
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            Vector vector = vectors.get(i);
            double degree = 0;
            for (int k = 0; k < vector.terms().length; k++) {
                double weight = vector.weights()[k];
                degree += weight * (sum[vector.terms()[k]] - weight);
            }
            Ranked ranked = sentences.get(i);
            double prior = 1 + 0.6 * Math.pow(1 - ranked.position() / (double) n, 2) + (ranked.opensParagraph() ? 0.15 : 0);
            String first = firstWord(ranked.sentence().text());
            if (LEANING.contains(first)) {
                prior *= 0.75;
            }
            score[i] = degree * prior;
        }
        return score;
    }

    /** The best eligible sentences not in the summary and not nearly the same as one chosen, in document order. */
    private static List<Integer> keyPoints(double[] score, boolean[] eligible, List<Integer> summary,
            List<Vector> vectors) {
        int n = score.length;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingInt(i -> i));
        int wanted = Math.min(5, Math.max(3, n / 12));
        List<Integer> chosen = new ArrayList<>();
        for (int i : order) {
            if (chosen.size() == wanted) {
                break;
            }
            if (!eligible[i] || summary.contains(i)) {
                continue;
            }
            boolean duplicate = false;
            for (int j : chosen) {
                duplicate |= cosine(vectors.get(i), vectors.get(j)) > NEAR_DUPLICATE;
            }
            for (int j : summary) {
                duplicate |= cosine(vectors.get(i), vectors.get(j)) > NEAR_DUPLICATE;
            }
            if (!duplicate) {
                chosen.add(i);
            }
        }
        chosen.sort(Integer::compare);
        return chosen;
    }

    private List<Integer> summary(List<Ranked> sentences, double[] score, double best, List<Vector> vectors,
            int[] wordCounts, boolean[] eligible) {
        int lead = -1;
        int top = -1;
        for (int i = 0; i < sentences.size(); i++) {
            if (!eligible[i]) {
                continue;
            }
            if (sentences.get(i).paragraph() == sentences.get(0).paragraph() && (lead < 0 || score[i] > score[lead])) {
                lead = i;
            }
            if (top < 0 || score[i] > score[top]) {
                top = i;
            }
        }
        if (top < 0) {
            return List.of();
        }
        int first = lead >= 0 && score[lead] >= best * 0.5 ? lead : top;
        List<Integer> chosen = new ArrayList<>(List.of(first));
        if (wordCounts[first] < 22) {
            int second = -1;
            for (int i = 0; i < sentences.size(); i++) {
                if (i != first && eligible[i] && wordCounts[i] + wordCounts[first] <= 60
                        && cosine(vectors.get(i), vectors.get(first)) <= NEAR_DUPLICATE
                        && (second < 0 || score[i] > score[second])) {
                    second = i;
                }
            }
            if (second >= 0) {
                chosen.add(second);
                chosen.sort(Integer::compare);
            }
        }
        return chosen;
    }

    /**
     * A sentence's content words as a unit vector: the numbers of its terms, ascending, and the weight of each
     * (its count over the norm of the counts).
     */
    private record Vector(int[] terms, double[] weights) {
    }

    /**
     * The content words of one text, numbered as they first come: each distinct word is looked up once in the
     * function words and folded (plural) once.
     */
    private final class Terms {
        /** A word as it stands to its term's number, or -1 when it is not a content word. */
        private final Map<String, Integer> numbers = new HashMap<>();
        private final Map<String, Integer> folded = new HashMap<>();
        private int[] found = new int[16];

        int size() {
            return folded.size();
        }

        Vector vector(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            int count = 0;
            for (int start = wordStart(lower, 0); start >= 0; ) {
                int end = wordEnd(lower, start);
                String w = lower.substring(start, end);
                start = wordStart(lower, end);
                int term = numbers.computeIfAbsent(w, this::term);
                if (term >= 0) {
                    if (count == found.length) {
                        found = java.util.Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = term;
                }
            }
            java.util.Arrays.sort(found, 0, count);
            int distinct = 0;
            int[] terms = new int[count];
            double[] weights = new double[count];
            for (int i = 0; i < count; i++) {
                if (distinct > 0 && terms[distinct - 1] == found[i]) {
                    weights[distinct - 1]++;
                } else {
                    terms[distinct] = found[i];
                    weights[distinct++] = 1;
                }
            }
            double squares = 0; // whole counts: the same sum in any order
            for (int i = 0; i < distinct; i++) {
                squares += weights[i] * weights[i];
            }
            double norm = Math.sqrt(squares);
            for (int i = 0; i < distinct; i++) {
                weights[i] /= norm;
            }
            return new Vector(java.util.Arrays.copyOf(terms, distinct), java.util.Arrays.copyOf(weights, distinct));
        }

        private int term(String word) {
            if (word.length() < 3 || words.isFunctionWord(word)) {
                return -1;
            }
            String w = word.endsWith("s") && word.length() > 4 && !word.endsWith("ss")
                    ? word.substring(0, word.length() - 1) : word;
            return folded.computeIfAbsent(w, key -> folded.size());
        }
    }

    /** The cosine of two unit vectors: the sum of the products of their shared terms' weights. */
    private static double cosine(Vector a, Vector b) {
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < a.terms().length && j < b.terms().length) {
            int compared = Integer.compare(a.terms()[i], b.terms()[j]);
            if (compared == 0) {
                dot += a.weights()[i++] * b.weights()[j++];
            } else if (compared < 0) {
                i++;
            } else {
                j++;
            }
        }
        return dot;
    }

    private static int words(String text) {
        return Analyzer.words(text);
    }

    private static String firstWord(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int start = wordStart(lower, 0);
        return start < 0 ? "" : lower.substring(start, wordEnd(lower, start));
    }

    /** Where the next match of {@link #WORD} at or after {@code from} starts, or -1: a letter or number. */
    static int wordStart(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (letterOrNumber(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** Where the match of {@link #WORD} that starts at {@code start} ends: letters and numbers, inner {@code ' ’ -}. */
    static int wordEnd(String text, int start) {
        int i = lettersAndNumbers(text, start);
        while (i + 1 < text.length()) {
            char c = text.charAt(i);
            if ((c == '\'' || c == '’' || c == '-') && letterOrNumber(text.codePointAt(i + 1))) {
                i = lettersAndNumbers(text, i + 1);
            } else {
                break;
            }
        }
        return i;
    }

    private static int lettersAndNumbers(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!letterOrNumber(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /** {@code [\p{L}\p{N}]}: a code point of a letter or number category. */
    private static boolean letterOrNumber(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
