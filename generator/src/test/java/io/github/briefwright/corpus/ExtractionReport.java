package io.github.briefwright.corpus;

import io.github.briefwright.corpus.ExtractionScore.PageResult;
import io.github.briefwright.corpus.ExtractionScore.Variant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints every extraction figure ({@link ExtractionScore}) for the {@code test} and {@code dev} halves of the
 * extraction corpus side by side, article-area and whole-page pastes, with the counts they rest on. Run it with
 * {@code bench/extraction.sh}; options:
 *
 * <ul>
 *   <li>{@code --dev}: score and print the {@code dev} half alone, for work on the rules: the {@code test}
 *       figures are neither computed nor shown.</li>
 *   <li>{@code --worst N}: also list the N worst {@code dev} pages by body F1, with lines that leaked and lines
 *       that were lost, and every {@code dev} page whose title, author or date is wrong. Per-page detail of the
 *       {@code test} half is never printed, so that nobody tunes on it.</li>
 *   <li>Under each head field's accuracy (postlight labels): the share of labelled pages whose paste holds the
 *       answer at all ({@link Reachable}, the ceiling), and the accuracy on those pages alone.</li>
 *   <li>{@code --whole}: list the worst pages of the whole-page paste instead of the article area.</li>
 *   <li>{@code --paste NAME}: print the article-area paste (with {@code --whole}, the whole-page paste) of the
 *       {@code dev} page of that name, as the lists name it, and stop.</li>
 *   <li>{@code --baseline FILE}: write the {@code test} figures as the gate's baseline
 *       ({@link ExtractionGateTest}).</li>
 * </ul>
 */
public final class ExtractionReport {

    static final String[] HALVES = {"test", "dev"};

    private ExtractionReport() {
    }

    /** Every half's results, by variant. */
    record Run(Map<String, Map<Variant, List<PageResult>>> results, long millis) {
    }

    static Run run(List<CorpusPage> pages) {
        return run(pages, HALVES);
    }

    static Run run(List<CorpusPage> pages, String... halves) {
        long start = System.nanoTime();
        Map<String, Map<Variant, List<PageResult>>> results = new LinkedHashMap<>();
        for (String half : halves) {
            Map<Variant, List<PageResult>> byVariant = new EnumMap<>(Variant.class);
            for (Variant variant : Variant.values()) {
                byVariant.put(variant, ExtractionScore.scoreAll(ExtractionScore.half(pages, half), variant));
            }
            results.put(half, byVariant);
        }
        return new Run(results, (System.nanoTime() - start) / 1_000_000);
    }

    public static void main(String[] args) throws IOException {
        int worst = 0;
        Variant listed = Variant.ARTICLE_AREA;
        Path baseline = null;
        String paste = null;
        boolean devOnly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dev" -> devOnly = true;
                case "--worst" -> worst = Integer.parseInt(args[++i]);
                case "--whole" -> listed = Variant.WHOLE_PAGE;
                case "--baseline" -> baseline = Path.of(args[++i]);
                case "--paste" -> paste = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; options: --dev, --worst N, --whole, --paste NAME, --baseline FILE");
            }
        }
        Path folder = CorpusPage.folder().orElseThrow(() -> new IllegalStateException(
                "no extraction corpus at ../shared/extraction-corpus from the project root (or -D"
                        + CorpusPage.PROPERTY + "=…)"));
        long start = System.nanoTime();
        List<CorpusPage> pages = CorpusPage.load(folder);
        if (paste != null) {
            String name = paste;
            CorpusPage page = pages.stream().filter(p -> p.half().equals("dev") && p.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no dev page named " + name));
            System.out.println(listed == Variant.WHOLE_PAGE ? page.wholePage() : page.articleArea());
            return;
        }
        long loaded = (System.nanoTime() - start) / 1_000_000;
        if (devOnly && baseline != null) {
            throw new IllegalArgumentException("--baseline takes the test figures; it cannot go with --dev");
        }
        Run run = devOnly ? run(pages, "dev") : run(pages);
        System.out.print(table(run));
        System.out.printf(Locale.ROOT, "%d pages read and pasted in %.1f s; pipeline and scoring %.1f s%n",
                pages.size(), loaded / 1000.0, run.millis() / 1000.0);
        if (worst > 0) {
            System.out.print(devDetail(run.results().get("dev").get(listed), worst));
        }
        if (baseline != null) {
            writeBaseline(baseline, run);
            System.out.println("baseline written to " + baseline);
        }
    }

    static String table(Run run) {
        StringBuilder out = new StringBuilder();
        List<String> columns = new ArrayList<>();
        List<Map<String, Double>> figures = new ArrayList<>();
        List<Map<String, Integer>> counts = new ArrayList<>();
        for (String half : run.results().keySet()) {
            for (Variant variant : Variant.values()) {
                columns.add(half + " " + (variant == Variant.ARTICLE_AREA ? "article" : "whole"));
                List<PageResult> results = run.results().get(half).get(variant);
                Map<String, Double> shown = new LinkedHashMap<>();
                Map<String, Double> reachable = ExtractionScore.reachable(results);
                // each head field's ceiling right under its accuracy
                ExtractionScore.figures(results).forEach((key, value) -> {
                    shown.put(key, value);
                    if (reachable.containsKey(key + ".reachable")) {
                        shown.put(key + ".reachable", reachable.get(key + ".reachable"));
                        shown.put(key + ".right.reachable", reachable.get(key + ".right.reachable"));
                    }
                });
                figures.add(shown);
                counts.add(ExtractionScore.counts(results));
            }
        }
        out.append(String.format(Locale.ROOT, "%n%-40s", "figure (article = article-area paste)"));
        columns.forEach(c -> out.append(String.format(Locale.ROOT, "%14s", c)));
        out.append('\n');
        for (String key : figures.get(0).keySet()) {
            out.append(String.format(Locale.ROOT, "%-40s", describe(key)));
            for (Map<String, Double> f : figures) {
                double value = f.get(key);
                out.append(Double.isNaN(value) ? String.format("%14s", "–")
                        : String.format(Locale.ROOT, "%14.3f", value));
            }
            out.append('\n');
        }
        for (String key : counts.get(0).keySet()) {
            out.append(String.format(Locale.ROOT, "%-40s", "  n " + key));
            for (Map<String, Integer> c : counts) {
                out.append(String.format(Locale.ROOT, "%14d", c.get(key)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    static String describe(String key) {
        return switch (key) {
            case "body.precision" -> "body words precision (scrapinghub)";
            case "body.recall" -> "body words recall (scrapinghub)";
            case "body.f1" -> "body words F1 (scrapinghub)";
            case "noise.recall" -> "noise lines removed (scrapinghub)";
            case "body.lines.kept" -> "body lines kept (scrapinghub)";
            case "title" -> "title right (postlight labels)";
            case "author" -> "author right (postlight labels)";
            case "date" -> "date right (postlight labels)";
            default -> key.endsWith(".right.reachable") ? "  right where in the paste"
                    : key.endsWith(".reachable") ? "  in the paste (ceiling)" : key;
            case "meta.title" -> "title right (page metadata)";
            case "meta.author" -> "author right (page metadata)";
            case "meta.date" -> "date right (page metadata)";
        };
    }

    /** The worst dev pages by body F1, and every dev page with a wrong head field. */
    static String devDetail(List<PageResult> dev, int worst) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%n%d worst dev pages by body F1 (%s paste):%n", worst, dev.isEmpty() ? ""
                : dev.get(0).variant().label));
        dev.stream().filter(PageResult::hasBody).sorted(Comparator.comparingDouble(PageResult::f1)).limit(worst)
                .forEach(r -> {
                    out.append(String.format(Locale.ROOT, "%n%-50s F1 %.3f  P %.3f  R %.3f  noise kept %d/%d%s%n",
                            r.page().name(), r.f1(), r.precision(), r.recall(), r.leakedNoise().size(),
                            r.noiseLines(), r.failed() ? "  PIPELINE FAILED" : ""));
                    r.leakedNoise().stream().limit(12).forEach(l -> out.append("    kept noise: ")
                            .append(shorten(l)).append('\n'));
                    r.lostBody().stream().limit(6).forEach(l -> out.append("    lost body:  ")
                            .append(shorten(l)).append('\n'));
                });
        out.append(String.format("%nDev pages with a wrong head field (label → found):%n"));
        for (PageResult r : dev) {
            PageLabels labels = r.page().labels();
            List<String> wrong = new ArrayList<>();
            if (Boolean.FALSE.equals(r.title())) {
                wrong.add(absent(r.reach().title()) + "title '" + labels.title() + "' → '" + r.foundTitle() + "'");
            } else if (r.title() == null && Boolean.FALSE.equals(r.metaTitle())) {
                wrong.add(absent(r.reach().metaTitle()) + "title (meta) '" + labels.metaTitle() + "' → '" + r.foundTitle() + "'");
            }
            if (Boolean.FALSE.equals(r.author())) {
                wrong.add(absent(r.reach().author()) + "author '" + labels.author() + "' → " + r.foundAuthors());
            } else if (r.author() == null && Boolean.FALSE.equals(r.metaAuthor())) {
                wrong.add(absent(r.reach().metaAuthor()) + "author (meta) " + labels.metaAuthors() + " → " + r.foundAuthors());
            }
            if (Boolean.FALSE.equals(r.date())) {
                wrong.add(absent(r.reach().date()) + "date " + labels.date() + " → " + r.foundDate());
            } else if (r.date() == null && Boolean.FALSE.equals(r.metaDate())) {
                wrong.add(absent(r.reach().metaDate()) + "date (meta) " + labels.metaDate() + " → " + r.foundDate());
            }
            if (!wrong.isEmpty()) {
                out.append(r.page().name()).append('\n');
                wrong.forEach(w -> out.append("    ").append(shorten(w)).append('\n'));
            }
        }
        return out.toString();
    }

    /** A note for a wrong head field whose answer the paste does not hold. */
    private static String absent(Boolean reachable) {
        return Boolean.FALSE.equals(reachable) ? "[not in the paste] " : "";
    }

    static void writeBaseline(Path file, Run run) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("# Extraction figures on the test half of ../shared/extraction-corpus, the floor of ExtractionGateTest\n");
        out.append("# (a figure may drop at most 0.02 below its value here). Regenerated ").append(LocalDate.now())
                .append(" with:\n");
        out.append("#   bench/extraction.sh --baseline generator/src/test/resources/io/github/briefwright/corpus/"
                + "extraction-baseline.properties\n");
        out.append("# Raise it after a deliberate improvement; never tune rules on the test half.\n");
        for (Variant variant : Variant.values()) {
            Map<String, Double> figures = ExtractionScore.figures(run.results().get("test").get(variant));
            for (Map.Entry<String, Double> figure : figures.entrySet()) {
                if (!Double.isNaN(figure.getValue())) {
                    out.append(key(variant, figure.getKey())).append('=')
                            .append(String.format(Locale.ROOT, "%.3f", figure.getValue())).append('\n');
                }
            }
        }
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }

    static String key(Variant variant, String figure) {
        return (variant == Variant.ARTICLE_AREA ? "article." : "whole.") + figure;
    }

    private static String shorten(String text) {
        String flat = text.replace('\n', ' ').replace('\t', ' ');
        return flat.length() > 130 ? flat.substring(0, 127) + "…" : flat;
    }
}
