package io.github.briefwright.corpus;

import io.github.briefwright.core.structure.Structurer;
import io.github.briefwright.core.structure.TitleModel;
import io.github.briefwright.corpus.ExtractionScore.PageResult;
import io.github.briefwright.corpus.ExtractionScore.Variant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fits the weights of the title candidates ({@link TitleModel}) on the {@code dev} half of the extraction corpus,
 * and only on it, and writes them as a resource. Run it with {@code bench/train-head.sh}; deterministic.
 *
 * <ol>
 *   <li>Samples: the title candidates of each head the head reader reads (with the hand weights), in both pastes
 *       of every {@code dev} page that has a title label: the postlight label when the page has one, else the
 *       page's own metadata title. A candidate is right when its text matches the label as the report compares
 *       titles ({@link Lenient}). Heads with no right candidate, or only one candidate, teach nothing and are left
 *       out.</li>
 *   <li>Model: a conditional logit: the candidates of one head compete in a softmax of weight × features, and the
 *       likelihood of a head is the probability of its right candidates. L2 penalty on standardised features,
 *       fitted by Newton steps (the Hessian of the softmax plus the penalty) with a halving line search. The
 *       weights are written for the raw features.</li>
 *   <li>Penalty: from a fixed grid, the one with the most titles right (postlight labels, both pastes, then the
 *       metadata titles) through the whole pipeline in a cross-validation on {@code dev} whose folds are
 *       publishers ({@value #FOLDS} folds by host): each fold's pages are read with weights fitted without
 *       them.</li>
 *   <li>The weights are written only when that cross-validation gets more titles right than the hand weights in
 *       total and no fewer in either paste; else the trainer says so and writes nothing.</li>
 * </ol>
 *
 * Options: {@code --out FILE} (default: the resource in {@code generator/src/main/resources}).
 */
public final class HeadTrainer {

    static final int FOLDS = 5;
    static final double[] L2 = {1, 3, 10, 30, 100};
    static final String RESOURCE = "generator/src/main/resources/io/github/briefwright/structure/head-title.properties";
    private static final String[] FIGURES = {"title", "meta.title"};

    private HeadTrainer() {
    }

    /** The candidates of one head, which of them are right, and the publisher of its page. */
    record Group(double[][] x, boolean[] right, String host) {
    }

    public static void main(String[] args) throws IOException {
        Path out = NoiseTrainer.out(args, RESOURCE);
        List<CorpusPage> dev = NoiseTrainer.devHalf();
        Structurer hand = new Structurer().withTitles(TitleModel.hand());
        List<Group> groups = new ArrayList<>();
        int[] counts = new int[4]; // heads, heads with a right candidate, of those with two or more, labelled pastes
        for (CorpusPage page : dev) {
            for (Variant variant : Variant.values()) {
                groups.addAll(groups(page, variant, hand, counts));
            }
        }
        Set<String> hosts = new TreeSet<>();
        groups.forEach(g -> hosts.add(g.host()));
        int candidates = groups.stream().mapToInt(g -> g.x().length).sum();
        System.out.printf(Locale.ROOT, "dev: %d labelled pastes (both variants), %d heads read, %d with a right"
                + " candidate, %d of them with two or more candidates: %d candidates, %d publishers%n",
                counts[3], counts[0], counts[1], groups.size(), candidates, hosts.size());

        Map<String, Double> handFigures = figures(dev, hand);
        System.out.println("hand weights, dev:           " + show(handFigures));
        double bestL2 = Double.NaN;
        double[] bestKey = null;
        Map<String, Double> bestCv = null;
        for (double l2 : L2) {
            Map<String, Double> cv = crossValidated(dev, groups, l2);
            System.out.printf(Locale.ROOT, "L2 %-5s cross-validated, dev: %s%n", l2, show(cv));
            double[] key = {cv.get("article.title") + cv.get("whole.title"),
                cv.get("article.meta.title") + cv.get("whole.meta.title")};
            boolean allowed = allowed(cv, handFigures);
            if (bestKey == null || allowed && !allowed(bestCv, handFigures) || allowed == allowed(bestCv, handFigures)
                    && (key[0] > bestKey[0] + 1e-9 || Math.abs(key[0] - bestKey[0]) <= 1e-9 && key[1] > bestKey[1] + 1e-9)) {
                bestKey = key;
                bestL2 = l2;
                bestCv = cv;
            }
        }
        double[] weights = fit(groups, bestL2);
        Structurer learned = new Structurer().withTitles(TitleModel.of(weights));
        Map<String, Double> fitted = figures(dev, learned);
        System.out.printf(Locale.ROOT, "chosen L2 %s; fitted on all of dev, dev: %s%n", bestL2, show(fitted));
        boolean better = allowed(bestCv, handFigures) && bestCv.get("article.title") + bestCv.get("whole.title")
                > handFigures.get("article.title") + handFigures.get("whole.title") + 1e-9;
        if (!better) {
            System.out.println("the learned weights do not beat the hand weights in the cross-validation: nothing written");
            return;
        }
        write(out, weights, bestL2, dev, counts, groups.size(), candidates, hosts.size(), handFigures, bestCv, fitted);
        System.out.println("weights written to " + out);
    }

    /** The heads of one paste with a right candidate and two or more candidates. */
    static List<Group> groups(CorpusPage page, Variant variant, Structurer structurer, int[] counts) {
        PageLabels labels = page.labels();
        boolean postlight = labels.title() != null && !PageLabels.NO_EXPECTATION.equals(labels.title());
        String label = postlight ? labels.title() : labels.metaTitle();
        if (label == null) {
            return List.of();
        }
        counts[3]++;
        List<Group> groups = new ArrayList<>();
        String host = host(page);
        for (List<TitleModel.Candidate> head : structurer.titleCandidates(ExtractionScore.seed("page",
                variant.paste(page)))) {
            counts[0]++;
            double[][] x = new double[head.size()][];
            boolean[] right = new boolean[head.size()];
            boolean any = false;
            for (int i = 0; i < head.size(); i++) {
                x[i] = head.get(i).features();
                String text = head.get(i).text();
                right[i] = postlight ? Lenient.titleMatches(label, text) : Lenient.metaTitleMatches(label, text);
                any |= right[i];
            }
            counts[1] += any ? 1 : 0;
            if (any && head.size() >= 2) {
                groups.add(new Group(x, right, host));
            }
        }
        return groups;
    }

    static String host(CorpusPage page) {
        String host = CorpusPage.host(page.url());
        return host.isEmpty() ? CorpusPage.fixtureHost(page.file()) : host;
    }

    static int fold(String host) {
        return Math.floorMod(host.hashCode(), FOLDS);
    }

    /** Whether cross-validated figures get no fewer titles right than the hand weights in either paste. */
    private static boolean allowed(Map<String, Double> cv, Map<String, Double> hand) {
        return cv != null && cv.get("article.title") >= hand.get("article.title") - 1e-9
                && cv.get("whole.title") >= hand.get("whole.title") - 1e-9;
    }

    /**
     * Title figures, each fold's pages read with weights fitted on the other folds' heads.
     */
    static Map<String, Double> crossValidated(List<CorpusPage> dev, List<Group> groups, double l2) {
        List<PageResult> article = new ArrayList<>();
        List<PageResult> whole = new ArrayList<>();
        for (int f = 0; f < FOLDS; f++) {
            int fold = f;
            double[] w = fit(groups.stream().filter(g -> fold(g.host()) != fold).toList(), l2);
            Structurer structurer = new Structurer().withTitles(TitleModel.of(w));
            List<CorpusPage> held = dev.stream().filter(p -> fold(host(p)) == fold).toList();
            article.addAll(ExtractionScore.scoreAll(held, Variant.ARTICLE_AREA, structurer));
            whole.addAll(ExtractionScore.scoreAll(held, Variant.WHOLE_PAGE, structurer));
        }
        return figures(article, whole);
    }

    static Map<String, Double> figures(List<CorpusPage> pages, Structurer structurer) {
        return figures(ExtractionScore.scoreAll(pages, Variant.ARTICLE_AREA, structurer),
                ExtractionScore.scoreAll(pages, Variant.WHOLE_PAGE, structurer));
    }

    private static Map<String, Double> figures(List<PageResult> article, List<PageResult> whole) {
        Map<String, Double> a = ExtractionScore.figures(article);
        Map<String, Double> w = ExtractionScore.figures(whole);
        Map<String, Double> figures = new LinkedHashMap<>();
        for (String name : FIGURES) {
            figures.put("article." + name, a.get(name));
            figures.put("whole." + name, w.get(name));
        }
        figures.put("article.author", a.get("author"));
        figures.put("whole.author", w.get("author"));
        return figures;
    }

    private static String show(Map<String, Double> figures) {
        return String.format(Locale.ROOT, "title article %.3f whole %.3f; metadata title article %.3f whole %.3f",
                figures.get("article.title"), figures.get("whole.title"), figures.get("article.meta.title"),
                figures.get("whole.meta.title"));
    }

    /** The conditional logit's weights for the raw features. */
    static double[] fit(List<Group> groups, double l2) {
        int d = TitleModel.FEATURES.size();
        double[] mean = new double[d];
        double[] sd = new double[d];
        int n = 0;
        for (Group g : groups) {
            for (double[] x : g.x()) {
                n++;
                for (int k = 0; k < d; k++) {
                    mean[k] += x[k];
                }
            }
        }
        for (int k = 0; k < d; k++) {
            mean[k] /= Math.max(1, n);
        }
        for (Group g : groups) {
            for (double[] x : g.x()) {
                for (int k = 0; k < d; k++) {
                    sd[k] += Math.pow(x[k] - mean[k], 2) / Math.max(1, n);
                }
            }
        }
        for (int k = 0; k < d; k++) {
            sd[k] = sd[k] < 1e-12 ? 1 : Math.sqrt(sd[k]);
        }
        List<double[][]> z = new ArrayList<>();
        for (Group g : groups) {
            double[][] zg = new double[g.x().length][d];
            for (int i = 0; i < g.x().length; i++) {
                for (int k = 0; k < d; k++) {
                    zg[i][k] = (g.x()[i][k] - mean[k]) / sd[k];
                }
            }
            z.add(zg);
        }
        // the penalty pulls the weights toward the hand weights (in standardised units), not toward nothing
        double[] prior = new double[d];
        for (int k = 0; k < d; k++) {
            prior[k] = TitleModel.hand().weights()[k] * sd[k];
        }
        double[] w = prior.clone();
        double loss = loss(groups, z, w, l2, prior);
        for (int iteration = 0; iteration < 100; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int gi = 0; gi < groups.size(); gi++) {
                double[][] zg = z.get(gi);
                boolean[] right = groups.get(gi).right();
                double[] p = softmax(zg, w, null);
                double[] q = softmax(zg, w, right);
                double[] mp = new double[d];
                for (int i = 0; i < zg.length; i++) {
                    for (int a = 0; a < d; a++) {
                        gradient[a] += (p[i] - q[i]) * zg[i][a];
                        mp[a] += p[i] * zg[i][a];
                    }
                }
                for (int i = 0; i < zg.length; i++) {
                    for (int a = 0; a < d; a++) {
                        double da = zg[i][a] - mp[a];
                        for (int b = 0; b <= a; b++) {
                            hessian[a][b] += p[i] * da * (zg[i][b] - mp[b]);
                        }
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                for (int b = a + 1; b < d; b++) {
                    hessian[a][b] = hessian[b][a];
                }
                gradient[a] += l2 * (w[a] - prior[a]);
                hessian[a][a] += l2;
            }
            double[] step = NoiseTrainer.solve(hessian, gradient);
            double t = 1;
            double[] next = new double[d];
            double nextLoss;
            while (true) {
                for (int a = 0; a < d; a++) {
                    next[a] = w[a] - t * step[a];
                }
                nextLoss = loss(groups, z, next, l2, prior);
                if (nextLoss <= loss || t < 1e-6) {
                    break;
                }
                t /= 2;
            }
            double size = 0;
            for (int a = 0; a < d; a++) {
                size = Math.max(size, Math.abs(next[a] - w[a]));
            }
            w = next.clone();
            boolean done = loss - nextLoss < 1e-10 && size < 1e-7;
            loss = nextLoss;
            if (done) {
                break;
            }
        }
        double[] raw = new double[d];
        for (int k = 0; k < d; k++) {
            raw[k] = w[k] / sd[k];
        }
        return raw;
    }

    /** The negative log-likelihood of the right candidates, plus the penalty. */
    private static double loss(List<Group> groups, List<double[][]> z, double[] w, double l2, double[] prior) {
        double loss = 0;
        for (int gi = 0; gi < groups.size(); gi++) {
            double[][] zg = z.get(gi);
            boolean[] right = groups.get(gi).right();
            double max = Double.NEGATIVE_INFINITY;
            double[] s = new double[zg.length];
            for (int i = 0; i < zg.length; i++) {
                s[i] = NoiseTrainer.dot(w, zg[i]);
                max = Math.max(max, s[i]);
            }
            double all = 0;
            double good = 0;
            for (int i = 0; i < zg.length; i++) {
                double e = Math.exp(s[i] - max);
                all += e;
                good += right[i] ? e : 0;
            }
            loss -= Math.log(good / all);
        }
        for (int k = 0; k < w.length; k++) {
            loss += l2 / 2 * (w[k] - prior[k]) * (w[k] - prior[k]);
        }
        return loss;
    }

    /** The softmax of the scores over all candidates, or over the right ones only (others 0). */
    private static double[] softmax(double[][] zg, double[] w, boolean[] only) {
        double[] p = new double[zg.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < zg.length; i++) {
            p[i] = NoiseTrainer.dot(w, zg[i]);
            if (only == null || only[i]) {
                max = Math.max(max, p[i]);
            }
        }
        double sum = 0;
        for (int i = 0; i < zg.length; i++) {
            p[i] = only == null || only[i] ? Math.exp(p[i] - max) : 0;
            sum += p[i];
        }
        for (int i = 0; i < zg.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    private static void write(Path out, double[] weights, double l2, List<CorpusPage> dev, int[] counts, int heads,
            int candidates, int publishers, Map<String, Double> hand, Map<String, Double> cv,
            Map<String, Double> fitted) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("# The weights of the title candidates (io.github.briefwright.core.structure.TitleModel, Titles):\n");
        text.append("# a candidate's score is the sum of weight * feature; the best candidate of a head is the title.\n");
        text.append("# Generated ").append(LocalDate.now()).append(" by bench/train-head.sh (HeadTrainer); do not edit by hand.\n");
        text.append("# Corpus: the dev half of ../shared/extraction-corpus (split.json, by publisher), both pastes (article\n");
        text.append(String.format(Locale.ROOT, "#   area and whole page) of the %d dev pages; %d labelled pastes (postlight title, else the%n",
                dev.size(), counts[3]));
        text.append(String.format(Locale.ROOT, "#   page's metadata title), %d heads read, %d with a right candidate; fitted on the %d of those%n",
                counts[0], counts[1], heads));
        text.append(String.format(Locale.ROOT, "#   with two or more candidates: %d candidates, %d publishers.%n", candidates, publishers));
        text.append(String.format(Locale.ROOT, "# Fit: conditional logit (softmax over a head's candidates), L2 %s toward the hand weights on%n", l2));
        text.append("#   standardised features.\n");
        text.append(String.format(Locale.ROOT, "#   The L2 (from %s) chosen by %d-fold cross-validation on dev, folds by publisher.%n",
                java.util.Arrays.toString(L2), FOLDS));
        text.append("# Dev titles right (postlight labels; metadata titles), article area / whole page:\n");
        text.append(String.format(Locale.ROOT, "#   hand weights %.3f / %.3f (%.3f / %.3f); cross-validated %.3f / %.3f (%.3f / %.3f);%n",
                hand.get("article.title"), hand.get("whole.title"), hand.get("article.meta.title"), hand.get("whole.meta.title"),
                cv.get("article.title"), cv.get("whole.title"), cv.get("article.meta.title"), cv.get("whole.meta.title")));
        text.append(String.format(Locale.ROOT, "#   these weights on all of dev %.3f / %.3f (%.3f / %.3f).%n",
                fitted.get("article.title"), fitted.get("whole.title"), fitted.get("article.meta.title"),
                fitted.get("whole.meta.title")));
        for (int k = 0; k < weights.length; k++) {
            text.append("weight.").append(TitleModel.FEATURES.get(k)).append('=')
                    .append(String.format(Locale.ROOT, "%.6f", weights[k])).append('\n');
        }
        Files.writeString(out, text.toString(), StandardCharsets.UTF_8);
    }
}
