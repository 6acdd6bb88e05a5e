package io.github.briefwright.corpus;

import io.github.briefwright.core.structure.NoiseRules;
import io.github.briefwright.core.structure.PageFurniture;
import io.github.briefwright.core.structure.Structurer;
import io.github.briefwright.corpus.ExtractionScore.Variant;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the page-furniture classifier does on publishers it was not fitted on, measured on the {@code dev} half
 * alone: the {@code dev} pages are split into five folds by publisher, each fold's pages are structured with a model
 * fitted (as {@link NoiseTrainer} fits) on the other four, and the body and noise figures of both pastes are
 * summed over the folds, for every threshold triple of the trainer's grid, beside the rules alone. The trainer
 * chooses its thresholds on the same pages it fits on, so its own figures are in-sample; these are not. Run it with
 * {@code bench/noise-cv.sh [--pastes article|both]}: which pastes the models are fitted on (the trainer's article
 * area, or both the article area and the whole page). Deterministic. Reads no {@code test} page.
 */
public final class NoiseCrossValidation {

    private static final int FOLDS = 5;

    private NoiseCrossValidation() {
    }

    public static void main(String[] args) throws IOException {
        List<Variant> fitted = List.of(Variant.ARTICLE_AREA);
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--pastes") && i + 1 < args.length && List.of("article", "both").contains(args[i + 1])) {
                fitted = args[++i].equals("both") ? List.of(Variant.values()) : fitted;
            } else {
                throw new IllegalArgumentException("unknown option " + args[i] + "; options: --pastes article|both");
            }
        }
        List<CorpusPage> dev = NoiseTrainer.devHalf();
        Structurer none = new Structurer(NoiseRules.defaults(), null);
        StringBuilder rules = new StringBuilder("rules alone (no classifier)");
        for (Variant variant : Variant.values()) {
            rules.append(" | ").append(line(variant, ExtractionScore.figures(ExtractionScore.scoreAll(dev, variant, none))));
        }
        System.out.println("dev, models fitted on " + (fitted.size() == 1 ? "the article-area paste" : "both pastes")
                + ", each fold of publishers structured by a model fitted without it");
        System.out.println(rules);
        validated(dev, fitted).forEach((thresholds, figures) -> {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "remove %.2f keep %.2f inside %.2f",
                    thresholds.get(0), thresholds.get(1), thresholds.get(2)));
            figures.forEach((variant, f) -> out.append(" | ").append(line(variant, f)));
            System.out.println(out);
        });
    }

    /** For every threshold triple (remove, keep, inside) of the trainer's grid, the cross-validated figures. */
    static Map<List<Double>, Map<Variant, Map<String, Double>>> validated(List<CorpusPage> dev, List<Variant> fitted) {
        Map<List<Double>, Map<Variant, List<ExtractionScore.PageResult>>> results = new LinkedHashMap<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            int f = fold;
            List<CorpusPage> train = dev.stream().filter(p -> fold(p) != f).toList();
            List<CorpusPage> held = dev.stream().filter(p -> fold(p) == f).toList();
            double[] m = NoiseTrainer.fit(NoiseTrainer.samples(train, fitted), NoiseTrainer.L2);
            PageFurniture model = new PageFurniture(m[m.length - 1], Arrays.copyOf(m, m.length - 1), 1, 1, 1);
            for (double remove : NoiseTrainer.REMOVE) {
                for (double band : NoiseTrainer.BAND) {
                    for (double inside : NoiseTrainer.INSIDE) {
                        List<Double> key = List.of(remove, remove - band, Math.max(inside, remove));
                        Structurer structurer = new Structurer(NoiseRules.defaults(),
                                model.withThresholds(key.get(0), key.get(1), key.get(2)));
                        for (Variant variant : Variant.values()) {
                            results.computeIfAbsent(key, k -> new EnumMap<>(Variant.class))
                                    .computeIfAbsent(variant, v -> new ArrayList<>())
                                    .addAll(ExtractionScore.scoreAll(held, variant, structurer));
                        }
                    }
                }
            }
        }
        Map<List<Double>, Map<Variant, Map<String, Double>>> figures = new LinkedHashMap<>();
        results.forEach((key, byVariant) -> {
            Map<Variant, Map<String, Double>> f = new EnumMap<>(Variant.class);
            byVariant.forEach((variant, list) -> f.put(variant, ExtractionScore.figures(list)));
            figures.put(key, f);
        });
        return figures;
    }

    private static int fold(CorpusPage page) {
        return Math.floorMod(NoiseTrainer.host(page).hashCode(), FOLDS);
    }

    private static String line(Variant variant, Map<String, Double> f) {
        return String.format(Locale.ROOT, "%s P %.3f R %.3f F1 %.3f noise removed %.3f body lines kept %.3f",
                variant == Variant.ARTICLE_AREA ? "article" : "whole", f.get("body.precision"), f.get("body.recall"),
                f.get("body.f1"), f.get("noise.recall"), f.get("body.lines.kept"));
    }
}
