package io.github.briefwright.corpus;

import io.github.briefwright.core.structure.BlockFeatures;
import io.github.briefwright.core.structure.NoiseRules;
import io.github.briefwright.core.structure.PageFurniture;
import io.github.briefwright.core.structure.Structurer;
import io.github.briefwright.corpus.ExtractionScore.Variant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fits the page-furniture classifier ({@link PageFurniture}) on the {@code dev} half of the extraction corpus,
 * and only on it, and writes its model file. Run it with {@code bench/train-noise.sh}; deterministic.
 *
 * <ol>
 *   <li>Samples: every unit (paragraph or list item) the classifier would judge in the article-area paste of each
 *       {@code dev} page with an {@code articleBody}, after the head and the named rules. A unit is body (0) when
 *       its words stand, whole and in order, in {@code articleBody}; furniture (1) when fewer than half of its
 *       words occur there at all, as {@link ExtractionScore} counts noise lines; others are left out.</li>
 *   <li>Model: logistic regression on the standardised {@link BlockFeatures}, L2 penalty {@value #L2}, fitted by
 *       Newton's method; each sample weighs the square root of its word count, so a long body paragraph counts
 *       more than a label. The weights are written for the raw features.</li>
 *   <li>Thresholds: the {@code remove}/{@code keep}/{@code inside} triple from a fixed grid that gives the best body-word F1 on
 *       the {@code dev} pages through the whole pipeline while keeping body-word recall within
 *       {@value #RECALL_SLACK} and body lines kept within {@value #LINES_SLACK} of their values without the
 *       classifier; when no triple does, nothing is written and the model file stays as it is.</li>
 * </ol>
 *
 * Options: {@code --out FILE} (default: the model resource in {@code generator/src/main/resources}).
 */
public final class NoiseTrainer {

    static final double L2 = 1.0;
    static final double RECALL_SLACK = 0.001;
    static final double LINES_SLACK = 0.001;
    static final String RESOURCE = "generator/src/main/resources/io/github/briefwright/structure/"
            + "page-furniture.properties";
    static final double[] REMOVE = {0.8, 0.85, 0.9, 0.95};
    static final double[] BAND = {0.15, 0.3};
    static final double[] INSIDE = {0, 0.97, 2};

    private NoiseTrainer() {
    }

    record Sample(double[] x, int y, double weight, String host) {
    }

    /** Where a trainer writes its weights: {@code --out FILE}, else {@code resource}; no other option. */
    static Path out(String[] args, String resource) {
        Path out = Path.of(resource);
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--out")) {
                out = Path.of(args[++i]);
            } else {
                throw new IllegalArgumentException("unknown option " + args[i] + "; options: --out FILE");
            }
        }
        return out;
    }

    /** The pages of the corpus's {@code dev} half, the only half a trainer fits on. */
    static List<CorpusPage> devHalf() throws IOException {
        Path folder = CorpusPage.folder().orElseThrow(() -> new IllegalStateException(
                "no extraction corpus at ../shared/extraction-corpus from the project root"));
        return ExtractionScore.half(CorpusPage.load(folder), "dev");
    }

    public static void main(String[] args) throws IOException {
        Path out = out(args, RESOURCE);
        List<CorpusPage> dev = devHalf();
        List<Sample> samples = samples(dev);
        long furniture = samples.stream().filter(s -> s.y() == 1).count();
        Set<String> hosts = new HashSet<>();
        samples.forEach(s -> hosts.add(s.host()));
        System.out.printf(Locale.ROOT, "dev: %d units from %d pages (%d publishers): %d furniture, %d body%n",
                samples.size(), dev.stream().filter(p -> p.labels().articleBody() != null).count(), hosts.size(),
                furniture, samples.size() - furniture);
        double[] model = fit(samples, L2);
        double[] weights = java.util.Arrays.copyOf(model, model.length - 1);
        double bias = model[model.length - 1];
        System.out.printf(Locale.ROOT, "unit accuracy on dev, publisher-grouped 5-fold: %.3f%n",
                crossValidated(samples, 5));

        Structurer none = new Structurer(NoiseRules.defaults(), null);
        Map<String, Double> without = ExtractionScore.figures(ExtractionScore.scoreAll(dev, Variant.ARTICLE_AREA, none));
        System.out.printf(Locale.ROOT, "dev without the classifier: P %.3f R %.3f F1 %.3f noise removed %.3f%n",
                without.get("body.precision"), without.get("body.recall"), without.get("body.f1"),
                without.get("noise.recall"));
        PageFurniture base = new PageFurniture(bias, weights, 1, 1, 1);
        double bestF1 = -1;
        double bestRemove = 2;
        double bestKeep = 2;
        double bestInside = 2;
        Map<String, Double> best = without;
        for (double remove : REMOVE) {
            for (double band : BAND) {
              for (double inside : INSIDE) {
                double keep = remove - band;
                Structurer structurer = new Structurer(NoiseRules.defaults(),
                        base.withThresholds(remove, keep, inside));
                Map<String, Double> f = ExtractionScore.figures(ExtractionScore.scoreAll(dev, Variant.ARTICLE_AREA,
                        structurer));
                boolean allowed = f.get("body.recall") >= without.get("body.recall") - RECALL_SLACK
                        && f.get("body.lines.kept") >= without.get("body.lines.kept") - LINES_SLACK;
                System.out.printf(Locale.ROOT, "  remove %.2f keep %.2f inside %.2f: P %.3f R %.3f F1 %.3f noise"
                        + " removed %.3f body lines kept %.3f%s%n", remove, keep, Math.max(inside, remove), f.get("body.precision"), f.get("body.recall"),
                        f.get("body.f1"), f.get("noise.recall"), f.get("body.lines.kept"),
                        allowed ? "" : "  (loses too much body)");
                if (allowed && f.get("body.f1") > bestF1 + 1e-9) {
                    bestF1 = f.get("body.f1");
                    bestRemove = remove;
                    bestKeep = keep;
                    bestInside = Math.max(inside, remove);
                    best = f;
                }
              }
            }
        }
        if (bestF1 < 0) {
            // a model that would be turned off is not written over the one shipped: the rules alone already keep more
            // body than any threshold of the grid allows the classifier to cost
            System.out.println("no threshold of the grid keeps dev body recall and body lines within the slack of the rules"
                    + " alone: nothing written, " + out + " is left as it is");
            return;
        }
        System.out.printf(Locale.ROOT, "chosen: remove %.2f keep %.2f inside %.2f%n", bestRemove, bestKeep,
                bestInside);
        write(out, bias, weights, bestRemove, bestKeep, bestInside, samples.size(), furniture, dev, hosts.size(), without, best);
        System.out.println("model written to " + out);
    }

    /** The labelled units of the dev pages' article-area pastes. */
    static List<Sample> samples(List<CorpusPage> pages) {
        return samples(pages, List.of(Variant.ARTICLE_AREA));
    }

    /**
     * The labelled units of the pages' pastes of the given variants: body when the unit's words stand, in order, in
     * {@code articleBody}; furniture when fewer than half of them occur there; others left out.
     */
    static List<Sample> samples(List<CorpusPage> pages, List<Variant> variants) {
        Structurer structurer = new Structurer(NoiseRules.defaults(), null);
        List<Sample> samples = new ArrayList<>();
        for (CorpusPage page : pages) {
            String body = page.labels().articleBody();
            if (body == null) {
                continue;
            }
            Map<String, Integer> truth = Lenient.bag(body);
            String spacedTruth = Lenient.spaced(body);
            for (Variant variant : variants) {
                List<BlockFeatures.Unit> units = structurer.furnitureUnits(ExtractionScore.seed("page",
                        variant.paste(page)));
                double[][] features = BlockFeatures.of(units);
                for (int i = 0; i < units.size(); i++) {
                    List<String> words = Lenient.words(units.get(i).text());
                    if (words.isEmpty()) {
                        continue;
                    }
                    String spaced = " " + String.join(" ", words) + " ";
                    int label;
                    if (spacedTruth.contains(spaced)) {
                        label = 0;
                    } else if (words.stream().filter(truth::containsKey).count() * 2 < words.size()) {
                        label = 1;
                    } else {
                        continue;
                    }
                    samples.add(new Sample(features[i], label, Math.sqrt(words.size()), host(page)));
                }
            }
        }
        return samples;
    }

    /** A page's publisher: its name up to {@code #}. */
    static String host(CorpusPage page) {
        return page.name().contains("#") ? page.name().substring(0, page.name().indexOf('#')) : page.name();
    }

    /** Logistic regression weights for the raw features, the bias last. */
    static double[] fit(List<Sample> samples, double l2) {
        int d = BlockFeatures.NAMES.size();
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (Sample s : samples) {
            for (int k = 0; k < d; k++) {
                mean[k] += s.x()[k] / samples.size();
            }
        }
        for (Sample s : samples) {
            for (int k = 0; k < d; k++) {
                sd[k] += Math.pow(s.x()[k] - mean[k], 2) / samples.size();
            }
        }
        for (int k = 0; k < d; k++) {
            sd[k] = sd[k] < 1e-12 ? 1 : Math.sqrt(sd[k]);
        }
        int m = d + 1;
        double[] w = new double[m];
        for (int iteration = 0; iteration < 30; iteration++) {
            double[] gradient = new double[m];
            double[][] hessian = new double[m][m];
            for (Sample s : samples) {
                double[] z = standardised(s.x(), mean, sd);
                double p = sigmoid(dot(w, z));
                double r = s.weight() * (p - s.y());
                double h = s.weight() * p * (1 - p);
                for (int a = 0; a < m; a++) {
                    gradient[a] += r * z[a];
                    for (int b = 0; b <= a; b++) {
                        hessian[a][b] += h * z[a] * z[b];
                    }
                }
            }
            for (int a = 0; a < m; a++) {
                for (int b = a + 1; b < m; b++) {
                    hessian[a][b] = hessian[b][a];
                }
                if (a < d) {
                    gradient[a] += l2 * w[a];
                    hessian[a][a] += l2;
                } else {
                    hessian[a][a] += 1e-9;
                }
            }
            double[] step = solve(hessian, gradient);
            double size = 0;
            for (int a = 0; a < m; a++) {
                w[a] -= step[a];
                size = Math.max(size, Math.abs(step[a]));
            }
            if (size < 1e-8) {
                break;
            }
        }
        double[] raw = new double[m];
        double bias = w[d];
        for (int k = 0; k < d; k++) {
            raw[k] = w[k] / sd[k];
            bias -= w[k] * mean[k] / sd[k];
        }
        raw[d] = bias;
        return raw;
    }

    /** Share of units classified right at p ≥ 0.5, each publisher's units predicted by a model fitted without them. */
    static double crossValidated(List<Sample> samples, int folds) {
        int right = 0;
        for (int fold = 0; fold < folds; fold++) {
            int f = fold;
            List<Sample> train = samples.stream().filter(s -> Math.floorMod(s.host().hashCode(), folds) != f).toList();
            List<Sample> held = samples.stream().filter(s -> Math.floorMod(s.host().hashCode(), folds) == f).toList();
            double[] w = fit(train, L2);
            for (Sample s : held) {
                double z = w[w.length - 1];
                for (int k = 0; k < s.x().length; k++) {
                    z += w[k] * s.x()[k];
                }
                right += (sigmoid(z) >= 0.5 ? 1 : 0) == s.y() ? 1 : 0;
            }
        }
        return right / (double) samples.size();
    }

    private static double[] standardised(double[] x, double[] mean, double[] sd) {
        double[] z = new double[x.length + 1];
        for (int k = 0; k < x.length; k++) {
            z[k] = (x[k] - mean[k]) / sd[k];
        }
        z[x.length] = 1;
        return z;
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** Gaussian elimination with partial pivoting. */
    static double[] solve(double[][] matrix, double[] vector) {
        int n = vector.length;
        double[][] a = new double[n][];
        double[] b = vector.clone();
        for (int i = 0; i < n; i++) {
            a[i] = matrix[i].clone();
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            double tb = b[col];
            b[col] = b[pivot];
            b[pivot] = tb;
            for (int row = col + 1; row < n; row++) {
                double factor = a[row][col] / a[col][col];
                for (int k = col; k < n; k++) {
                    a[row][k] -= factor * a[col][k];
                }
                b[row] -= factor * b[col];
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = b[row];
            for (int k = row + 1; k < n; k++) {
                sum -= a[row][k] * x[k];
            }
            x[row] = sum / a[row][row];
        }
        return x;
    }

    private static void write(Path out, double bias, double[] weights, double remove, double keep, double inside,
            int units,
            long furniture, List<CorpusPage> dev, int publishers, Map<String, Double> without,
            Map<String, Double> with) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("# The page-furniture classifier of raw pastes (io.github.briefwright.core.structure.PageFurniture):\n");
        text.append("# logistic regression over BlockFeatures, p(furniture) = 1 / (1 + exp(-(bias + sum of weight * feature))).\n");
        text.append("# A unit with p >= remove is furniture (between body units: p >= inside), one with p < keep is body; in\n");
        text.append("# between, its neighbours decide.\n");
        text.append("# Generated ").append(LocalDate.now()).append(" by bench/train-noise.sh (NoiseTrainer); do not edit by hand.\n");
        text.append("# Corpus: the dev half of ../shared/extraction-corpus (split.json, by publisher), article-area pastes of\n");
        text.append(String.format(Locale.ROOT, "#   the %d dev pages with an articleBody, %d publishers: %d units, %d furniture, %d body.%n",
                dev.stream().filter(p -> p.labels().articleBody() != null).count(), publishers, units, furniture,
                units - furniture));
        text.append(String.format(Locale.ROOT, "# Fit: L2 %.1f on standardised features, samples weighted by sqrt(words); thresholds from a grid,%n", L2));
        text.append(String.format(Locale.ROOT, "#   best dev body-word F1 with recall at most %.3f and body lines kept at most %.3f below the rules alone.%n",
                RECALL_SLACK, LINES_SLACK));
        text.append(String.format(Locale.ROOT, "# Dev figures, rules alone: P %.3f R %.3f F1 %.3f, noise lines removed %.3f;%n",
                without.get("body.precision"), without.get("body.recall"), without.get("body.f1"), without.get("noise.recall")));
        text.append(String.format(Locale.ROOT, "#   with this model: P %.3f R %.3f F1 %.3f, noise lines removed %.3f.%n",
                with.get("body.precision"), with.get("body.recall"), with.get("body.f1"), with.get("noise.recall")));
        text.append("# Features: ").append(String.join(", ", BlockFeatures.NAMES)).append(".\n");
        text.append(String.format(Locale.ROOT, "bias=%.6f%n", bias));
        text.append(String.format(Locale.ROOT, "remove=%.2f%n", remove));
        text.append(String.format(Locale.ROOT, "keep=%.2f%n", keep));
        text.append(String.format(Locale.ROOT, "inside=%.2f%n", inside));
        for (int k = 0; k < weights.length; k++) {
            text.append("weight.").append(BlockFeatures.NAMES.get(k)).append('=')
                    .append(String.format(Locale.ROOT, "%.6f", weights[k])).append('\n');
        }
        Files.writeString(out, text.toString(), StandardCharsets.UTF_8);
    }
}
