package io.github.briefwright.core.structure;

import io.github.briefwright.core.model.Block;
import io.github.briefwright.core.model.Block.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The learned part of noise removal in raw pastes: a logistic regression over {@link BlockFeatures} judges every
 * paragraph and list item the named rules ({@link NoiseRules}) left in the body, and takes out what looks like
 * page furniture (interface labels, lists of related links, teasers, comment threads), reason
 * {@value #REASON}. The named rules go first and stay the precise overrides; this catches what they miss.
 *
 * <p>Each unit gets the probability p that it is furniture. A unit with p of at least {@code remove} is
 * furniture, unless its nearest decided neighbours on both sides are body and p is below {@code inside}; one
 * below {@code keep} is body; one in between takes the class of its nearest decided neighbours when both (or the
 * one there is, at an end) are furniture, and stays otherwise, as jusText smooths short blocks; a block of more than
 * a marker's words that the named rules took out right before or after a unit is a neighbour decided as furniture
 * (a share bar's last button over a caption the rules took is between furniture and furniture). Nothing is taken
 * when it would leave no unit at all. The weights and both thresholds are in
 * {@code io/github/briefwright/structure/page-furniture.properties}, fitted on the dev half of the extraction
 * corpus by {@code bench/train-noise.sh}. Immutable and thread-safe; linear in the number of units.
 */
public final class PageFurniture {

    /** The most words of a marker the rules take out ("[00:00:12]", "Advertisement"): no block between others. */
    private static final int MARKER_WORDS = 3;

    /** The reason given in {@code removed[]}, and the name that turns the classifier off. */
    public static final String REASON = "page-furniture";
    private static final String RESOURCE = "io/github/briefwright/structure/page-furniture.properties";

    private final double bias;
    private final double[] weights;
    private final double remove;
    private final double keep;
    private final double inside;

    /**
     * @param weights one per {@link BlockFeatures#NAMES}
     * @param remove  the probability from which a unit is furniture
     * @param keep    the probability below which a unit is body; between the two, its neighbours decide
     * @param inside  the probability from which a unit between body units (its nearest decided neighbours on
     *                both sides are body) is furniture: a higher bar, since a list or a short line inside the
     *                text is more likely the text's own
     */
    public PageFurniture(double bias, double[] weights, double remove, double keep, double inside) {
        if (weights.length != BlockFeatures.NAMES.size()) {
            throw new IllegalArgumentException("expected " + BlockFeatures.NAMES.size() + " weights, got "
                    + weights.length);
        }
        this.bias = bias;
        this.weights = weights.clone();
        this.remove = remove;
        this.keep = Math.min(keep, remove);
        this.inside = Math.max(inside, remove);
    }

    /** The same weights with other thresholds. */
    public PageFurniture withThresholds(double remove, double keep, double inside) {
        return new PageFurniture(bias, weights, remove, keep, inside);
    }

    /** The model shipped with Briefwright. */
    public static PageFurniture builtIn() {
        return BuiltIn.MODEL;
    }

    private static final class BuiltIn {
        static final PageFurniture MODEL = load();
    }

    private static PageFurniture load() {
        Properties model = new Properties();
        try (InputStream in = PageFurniture.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            model.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double[] weights = new double[BlockFeatures.NAMES.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = number(model, "weight." + BlockFeatures.NAMES.get(i));
        }
        return new PageFurniture(number(model, "bias"), weights, number(model, "remove"), number(model, "keep"),
                number(model, "inside"));
    }

    private static double number(Properties model, String key) {
        String value = model.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(RESOURCE + " has no " + key);
        }
        return Double.parseDouble(value.strip());
    }

    /** The probability that each unit is furniture. */
    public double[] probabilities(List<BlockFeatures.Unit> units) {
        double[][] features = BlockFeatures.of(units);
        double[] p = new double[units.size()];
        for (int i = 0; i < p.length; i++) {
            double z = bias;
            for (int k = 0; k < weights.length; k++) {
                z += weights[k] * features[i][k];
            }
            p[i] = 1 / (1 + Math.exp(-z));
        }
        return p;
    }

    /** Which units are furniture, after smoothing with their neighbours. */
    public boolean[] furniture(List<BlockFeatures.Unit> units) {
        return furniture(units, new boolean[units.size()]);
    }

    /**
     * Which units are furniture, after smoothing with their neighbours, where {@code takenBefore[i]} says the named
     * rules took something out right before unit {@code i}: that is a neighbour decided as furniture.
     */
    boolean[] furniture(List<BlockFeatures.Unit> units, boolean[] takenBefore) {
        double[] p = probabilities(units);
        int n = p.length;
        // -1 furniture, 1 body, 0 undecided (or, for a neighbour, none)
        int[] decided = new int[n];
        for (int i = 0; i < n; i++) {
            decided[i] = p[i] >= remove ? -1 : p[i] < keep ? 1 : 0;
        }
        int[] before = new int[n];
        int last = 0;
        for (int i = 0; i < n; i++) {
            last = takenBefore[i] ? -1 : last;
            before[i] = last;
            if (decided[i] != 0) {
                last = decided[i];
            }
        }
        boolean[] furniture = new boolean[n];
        int next = 0;
        int keptCount = 0;
        for (int i = n - 1; i >= 0; i--) {
            next = i + 1 < n && takenBefore[i + 1] ? -1 : next;
            boolean enclosed = before[i] == 1 && next == 1;
            furniture[i] = decided[i] == -1 && (!enclosed || p[i] >= inside)
                    || decided[i] == 0 && before[i] <= 0 && next <= 0 && before[i] + next < 0;
            if (decided[i] != 0) {
                next = decided[i];
            }
            keptCount += furniture[i] ? 0 : 1;
        }
        return keptCount == 0 ? new boolean[n] : furniture;
    }

    /** The units of a body: its paragraphs and its lists' items, in order. */
    public static List<BlockFeatures.Unit> units(List<Block> body) {
        List<BlockFeatures.Unit> units = new ArrayList<>();
        for (Block block : body) {
            if (block.kind() == Kind.PARAGRAPH) {
                units.add(new BlockFeatures.Unit(block.text(), false, 0));
            } else if (block.kind() == Kind.LIST) {
                for (String item : block.items()) {
                    units.add(new BlockFeatures.Unit(BlockSplitter.unnumbered(block, item), true,
                            block.items().size()));
                }
            }
        }
        return units;
    }

    /**
     * Takes the furniture out of {@code body}, adding it to {@code removed}; returns what is left. Two kinds of
     * unit stay whatever the model says, as in {@link BodyCleaner}: a short line without a sentence end right
     * before a kept body paragraph (a heading), and the items of a list right after a kept paragraph ending in a
     * colon or a question mark ("Which goods are covered?": the text's own list).
     */
    List<Block> clean(List<Block> body, List<BodyCleaner.Taken> removed) {
        // where the rules took out a block of more words than a marker's (not a timestamp, "[00:00:12]", or an
        // advertisement's label between a heading and its text)
        BitSet takenLines = new BitSet();
        for (BodyCleaner.Taken taken : removed) {
            if (HeadReader.words(taken.text()) > MARKER_WORDS) {
                takenLines.set(Math.max(0, taken.line()));
            }
        }
        List<BlockFeatures.Unit> units = units(body);
        boolean[] takenBefore = new boolean[units.size()];
        for (int b = 1, at = 0; b < body.size(); b++) {
            Block block = body.get(b - 1);
            at += block.kind() == Kind.PARAGRAPH ? 1 : block.kind() == Kind.LIST ? block.items().size() : 0;
            if (at < takenBefore.length && takenBetween(takenLines, block, body.get(b))) {
                takenBefore[at] = true;
            }
        }
        boolean[] furniture = furniture(units, takenBefore);
        int[] first = new int[body.size()];
        int u = 0;
        for (int b = 0; b < body.size(); b++) {
            first[b] = u;
            Block block = body.get(b);
            u += block.kind() == Kind.PARAGRAPH ? 1 : block.kind() == Kind.LIST ? block.items().size() : 0;
        }
        List<Block> kept = new ArrayList<>();
        for (int b = 0; b < body.size(); b++) {
            Block block = body.get(b);
            u = first[b];
            if (block.kind() == Kind.PARAGRAPH) {
                if (furniture[u] && !heading(body, b, furniture, first, takenLines)) {
                    removed.add(new BodyCleaner.Taken(REASON, block.text(), block.line()));
                } else {
                    kept.add(block);
                }
            } else if (block.kind() == Kind.LIST) {
                Block before = kept.isEmpty() ? null : kept.get(kept.size() - 1);
                boolean introduced = before != null && before.kind() == Kind.PARAGRAPH
                        && (before.text().strip().endsWith(":") || before.text().strip().endsWith("?"));
                List<Integer> items = new ArrayList<>();
                for (int k = 0; k < block.items().size(); k++) {
                    if (furniture[u++] && !introduced) {
                        removed.add(new BodyCleaner.Taken(REASON, block.items().get(k), block.line()));
                    } else {
                        items.add(k);
                    }
                }
                if (!items.isEmpty()) {
                    // a numbered list keeps its numbers true (BlockSplitter.keep)
                    kept.add(BlockSplitter.keep(block, items));
                }
            } else {
                kept.add(block);
            }
        }
        return kept;
    }

    /**
     * Whether paragraph {@code b} is a short unpunctuated line right before a kept body paragraph: nothing the rules
     * took out stands between them (a share bar's "Save" over a caption the rules took is no heading of the text
     * under the caption).
     */
    private static boolean heading(List<Block> body, int b, boolean[] furniture, int[] first, BitSet taken) {
        String text = body.get(b).text().strip();
        if (HeadReader.words(text) > 10 || HeadReader.endsSentence(text) || b + 1 >= body.size()) {
            return false;
        }
        Block next = body.get(b + 1);
        return HeadReader.isBodyParagraph(next) && !furniture[first[b + 1]] && !takenBetween(taken, body.get(b), next);
    }

    /** Whether the rules took out a block (one of the {@code taken} lines) between {@code above} and {@code below}. */
    private static boolean takenBetween(BitSet taken, Block above, Block below) {
        int at = taken.nextSetBit(above.line() + 1);
        return at >= 0 && at < below.line();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "PageFurniture[remove %.2f, keep %.2f]", remove, keep);
    }
}
