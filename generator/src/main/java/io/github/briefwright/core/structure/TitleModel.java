package io.github.briefwright.core.structure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * The weights that score a title candidate ({@link Titles}): a candidate's score is the sum of weight × feature
 * over {@link #FEATURES}, and the best candidate of the head is the title. Two sets exist: the hand weights
 * (the rules written before a model was learned, kept as the fallback) and a learned set, a conditional logit
 * (softmax over the candidates of one head) fitted on the {@code dev} half of the extraction corpus by
 * {@code bench/train-head.sh}, read once from the resource {@value #RESOURCE}. Without that resource the hand
 * weights are used; a resource that lacks a weight fails at once. Immutable.
 */
public final class TitleModel {

    /** A title candidate: its block's index in the blocks read, its text and its features ({@link #FEATURES}). */
    public record Candidate(int index, String text, double[] features) {
    }

    static final String RESOURCE = "io/github/briefwright/structure/head-title.properties";

    /**
     * The features of a candidate, in order. The first eighteen are the parts of the hand score; the rest are
     * zero in the hand weights.
     */
    public static final List<String> FEATURES = List.of(
            "one-or-two-words", "three-words", "four-to-twenty-words", "short-shouted", "separator",
            "lower-case-start", "full-date", "repeated-in-head", "names-only", "publisher", "first-candidate",
            "plausible-before", "longer-than-headline-above", "meta-above", "sentence-below", "meta-next",
            "meta-further-below", "interface-words",
            "log-words", "title-case-share", "question-or-exclamation", "body-overlap", "repeated-after-head",
            "at-article-start", "above-article-start", "log-blocks-to-body", "log-candidates-before",
            "opening-headline", "section-label", "digits-share", "label-colon");

    /** The hand weights of the rules (see {@link Titles}); the new features weigh nothing. */
    static final double[] HAND = {-1.5, -1, 0.5, -1, -1, -0.5, -2, -1, -1.5, -2, 1, -0.25, -1, 0.25, 0.5, 1.5, 1, -2,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    /** How many features are the parts of the hand score. */
    private static final int HAND_PARTS = 18;
    private static final TitleModel HAND_MODEL = new TitleModel(HAND, "hand");

    private final double[] weights;
    private final String source;

    private TitleModel(double[] weights, String source) {
        if (weights.length != FEATURES.size()) {
            throw new IllegalArgumentException("a title model needs " + FEATURES.size() + " weights, not " + weights.length);
        }
        this.weights = weights.clone();
        this.source = source;
    }

    /** A model with these weights, one per feature of {@link #FEATURES}. */
    public static TitleModel of(double[] weights) {
        return new TitleModel(weights, "given");
    }

    /** The hand weights. */
    public static TitleModel hand() {
        return HAND_MODEL;
    }

    /** The model shipped with Briefwright: the learned weights when the resource is there, else the hand weights. */
    public static TitleModel builtIn() {
        return BuiltIn.MODEL;
    }

    /** Where the weights came from: "hand", "given" or the resource's name. */
    public String source() {
        return source;
    }

    public double[] weights() {
        return weights.clone();
    }

    /** Whether any feature beyond the hand score's parts weighs something. */
    boolean usesMore() {
        for (int k = HAND_PARTS; k < weights.length; k++) {
            if (weights[k] != 0) {
                return true;
            }
        }
        return false;
    }

    double score(double[] features) {
        double sum = 0;
        for (int k = 0; k < weights.length; k++) {
            sum += weights[k] * features[k];
        }
        return sum;
    }

    private static final class BuiltIn {
        static final TitleModel MODEL = load(TitleModel.class.getClassLoader(), RESOURCE);
    }

    /** The weights of a resource, or the hand weights when there is none. */
    static TitleModel load(ClassLoader loader, String resource) {
        Properties model = new Properties();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return HAND_MODEL;
            }
            model.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double[] weights = new double[FEATURES.size()];
        for (int k = 0; k < weights.length; k++) {
            String key = "weight." + FEATURES.get(k);
            String value = model.getProperty(key);
            if (value == null) {
                throw new IllegalStateException(resource + " has no " + key + " (the features changed: run bench/train-head.sh)");
            }
            try {
                weights[k] = Double.parseDouble(value.strip());
            } catch (NumberFormatException e) {
                throw new IllegalStateException(resource + ": " + key + " is not a number: " + value, e);
            }
        }
        return new TitleModel(weights, resource);
    }
}
