package io.github.briefwright.corpus;

import io.github.briefwright.core.Limits;
import io.github.briefwright.core.analyse.Analyzer;
import io.github.briefwright.core.load.FrontMatter;
import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.load.SeedException;
import io.github.briefwright.core.load.SeedFormat;
import io.github.briefwright.core.model.Author;
import io.github.briefwright.core.model.Briefing;
import io.github.briefwright.core.model.Paragraph;
import io.github.briefwright.core.model.Section;
import io.github.briefwright.core.parse.DocumentParser;
import io.github.briefwright.core.structure.Structurer;
import io.github.briefwright.core.structure.TextHygiene;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How well a corpus page's paste comes out of the real pipeline (a {@code .txt} seed through {@link Structurer},
 * {@link DocumentParser} and {@link Analyzer}), against the page's {@link PageLabels}.
 *
 * <ul>
 *   <li><b>Body words</b> (scrapinghub pages): the briefing's body (section headings and paragraphs) and the
 *       label's {@code articleBody} as multisets of lowercase word tokens ({@code \w+}); per page
 *       precision = shared / found and recall = shared / labelled, averaged over pages, and F1 from the two
 *       averages, as the scrapinghub benchmark aggregates (it uses word 4-grams; these are single words).</li>
 *   <li><b>Noise lines</b> (scrapinghub pages): a line of the paste is body when its words stand, whole and in
 *       order, in {@code articleBody}; noise when not and fewer than half of its words occur in
 *       {@code articleBody} at all; lines in between (body with a glued promo) count as neither. Noise recall is
 *       the share of noise lines not found in the briefing's body (by the same whole-word containment); body-line
 *       retention the share of body lines found there.</li>
 *   <li><b>Head</b>: title, authors and date against the postlight labels (pages with an expectation) and against
 *       the page's own metadata (pages that have it), compared by {@link Lenient}.</li>
 *   <li><b>Reachable head</b>: the share of labelled pages whose paste holds the label's title, authors or date
 *       at all ({@link Reachable}), the ceiling of the head figures; and how many of those are found right.</li>
 * </ul>
 */
public final class ExtractionScore {

    /** The two pastes of a page. */
    public enum Variant {
        ARTICLE_AREA("article area"), WHOLE_PAGE("whole page");

        public final String label;

        Variant(String label) {
            this.label = label;
        }

        String paste(CorpusPage page) {
            return this == ARTICLE_AREA ? page.articleArea() : page.wholePage();
        }
    }

    /**
     * One page's result. Precision and recall are {@code NaN} without a body label; the head booleans are
     * {@code null} when there is nothing to compare with.
     */
    public record PageResult(CorpusPage page, Variant variant, boolean failed, int tp, int fp, int fn,
            int noiseLines, int noiseRemoved, int bodyLines, int bodyKept, List<String> leakedNoise,
            List<String> lostBody, String foundTitle, List<String> foundAuthors, String foundDate, Boolean title,
            Boolean author, Boolean date, Boolean metaTitle, Boolean metaAuthor, Boolean metaDate,
            Reachable.Reach reach) {

        public boolean hasBody() {
            return page.labels().articleBody() != null;
        }

        /** Per-page precision, with the benchmark's rules for empty texts. */
        public double precision() {
            return fp == 0 && fn == 0 ? 1 : tp == 0 && fp == 0 ? 0 : tp / (double) (tp + fp);
        }

        public double recall() {
            return fp == 0 && fn == 0 ? 1 : tp == 0 && fn == 0 ? 0 : tp / (double) (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private static final Structurer STRUCTURER = new Structurer();

    private ExtractionScore() {
    }

    /** The briefing a paste becomes, as a {@code .txt} seed of that text becomes one. */
    public static Briefing briefing(String name, String paste) {
        return briefing(name, paste, STRUCTURER);
    }

    /** A paste as a {@code .txt} seed, before structuring. */
    public static Seed seed(String name, String paste) {
        String text = TextHygiene.clean(TextHygiene.lineEnds(paste));
        return new Seed(name + ".txt", Path.of(name + ".txt"), SeedFormat.TXT, text, 1, FrontMatter.NONE, List.of());
    }

    /** The briefing a paste becomes with this structurer. */
    public static Briefing briefing(String name, String paste, Structurer structurer) {
        Seed seed = seed(name, paste);
        try {
            return new Analyzer().analyse(new DocumentParser(false).parse(structurer.structure(seed),
                    Limits.DEFAULT, new ArrayList<>()));
        } catch (SeedException e) {
            throw new IllegalStateException("a corpus paste cannot be read: " + e.getMessage(), e);
        }
    }

    public static PageResult score(CorpusPage page, Variant variant) {
        return score(page, variant, STRUCTURER);
    }

    /** A page's result with this structurer (another noise model, for training). */
    public static PageResult score(CorpusPage page, Variant variant, Structurer structurer) {
        String paste = variant.paste(page);
        Briefing briefing;
        boolean failed = false;
        try {
            briefing = briefing(page.name().replaceAll("[^A-Za-z0-9.-]", "-"), paste, structurer);
        } catch (RuntimeException | StackOverflowError e) {
            briefing = null;
            failed = true;
        }
        StringBuilder bodyText = new StringBuilder();
        String title = null;
        List<String> authors = List.of();
        String date = null;
        if (briefing != null) {
            for (Section section : briefing.sections()) {
                if (section.heading() != null) {
                    bodyText.append(section.heading()).append('\n');
                }
                for (Paragraph paragraph : section.paragraphs()) {
                    bodyText.append(paragraph.text()).append('\n');
                }
            }
            title = briefing.titleDerived() ? null : briefing.title();
            authors = briefing.authors().stream().map(Author::name).toList();
            date = briefing.date();
        }
        PageLabels labels = page.labels();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int noise = 0;
        int noiseRemoved = 0;
        int body = 0;
        int bodyKept = 0;
        List<String> leaked = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        if (labels.articleBody() != null) {
            Map<String, Integer> truth = Lenient.bag(labels.articleBody());
            Map<String, Integer> found = Lenient.bag(bodyText.toString());
            Set<String> words = new HashSet<>(truth.keySet());
            words.addAll(found.keySet());
            for (String word : words) {
                int t = truth.getOrDefault(word, 0);
                int f = found.getOrDefault(word, 0);
                tp += Math.min(t, f);
                fp += Math.max(0, f - t);
                fn += Math.max(0, t - f);
            }
            String spacedTruth = Lenient.spaced(labels.articleBody());
            String spacedBody = Lenient.spaced(bodyText.toString());
            for (String line : paste.split("\n")) {
                List<String> lineWords = Lenient.words(line);
                if (lineWords.isEmpty()) {
                    continue;
                }
                String spacedLine = " " + String.join(" ", lineWords) + " ";
                boolean kept = spacedBody.contains(spacedLine);
                if (spacedTruth.contains(spacedLine)) {
                    body++;
                    if (kept) {
                        bodyKept++;
                    } else {
                        lost.add(line.strip());
                    }
                } else if (lineWords.stream().filter(truth::containsKey).count() * 2 < lineWords.size()) {
                    noise++;
                    if (kept) {
                        leaked.add(line.strip());
                    } else {
                        noiseRemoved++;
                    }
                }
            }
        }
        Boolean titleRight = expected(labels.title()) ? Lenient.titleMatches(labels.title(), title) : null;
        Boolean authorRight = expected(labels.author())
                ? Lenient.authorsMatch(labels.author() == null ? List.of() : List.of(labels.author()), authors)
                : null;
        Boolean dateRight = expected(labels.date()) ? Lenient.dateMatches(labels.date(), date) : null;
        Boolean metaTitle = labels.metaTitle() == null ? null : Lenient.metaTitleMatches(labels.metaTitle(), title);
        Boolean metaAuthor = labels.metaAuthors().isEmpty() ? null
                : Lenient.authorsMatch(labels.metaAuthors(), authors);
        Boolean metaDate = labels.metaDate() == null ? null : Lenient.dateMatches(labels.metaDate(), date);
        return new PageResult(page, variant, failed, tp, fp, fn, noise, noiseRemoved, body, bodyKept, leaked, lost,
                title, authors, date, titleRight, authorRight, dateRight, metaTitle, metaAuthor, metaDate,
                Reachable.of(labels, paste));
    }

    private static boolean expected(String label) {
        return !PageLabels.NO_EXPECTATION.equals(label);
    }

    /** Every page of a half, in one variant, scored in parallel. */
    public static List<PageResult> scoreAll(List<CorpusPage> pages, Variant variant) {
        return scoreAll(pages, variant, STRUCTURER);
    }

    /** Every page of a half, in one variant, with this structurer, scored in parallel. */
    public static List<PageResult> scoreAll(List<CorpusPage> pages, Variant variant, Structurer structurer) {
        return pages.parallelStream().map(page -> score(page, variant, structurer)).toList();
    }

    /** The figures of a set of results, by name, in the order reports show them; {@code NaN} when none apply. */
    public static Map<String, Double> figures(List<PageResult> results) {
        Map<String, Double> figures = new LinkedHashMap<>();
        List<PageResult> bodies = results.stream().filter(PageResult::hasBody).toList();
        double precision = bodies.stream().filter(r -> r.tp() + r.fp() > 0).mapToDouble(PageResult::precision)
                .average().orElse(Double.NaN);
        double recall = bodies.stream().filter(r -> r.tp() + r.fn() > 0).mapToDouble(PageResult::recall)
                .average().orElse(Double.NaN);
        figures.put("body.precision", precision);
        figures.put("body.recall", recall);
        figures.put("body.f1", precision + recall > 0 ? 2 * precision * recall / (precision + recall) : Double.NaN);
        figures.put("noise.recall", ratio(bodies.stream().mapToInt(PageResult::noiseRemoved).sum(),
                bodies.stream().mapToInt(PageResult::noiseLines).sum()));
        figures.put("body.lines.kept", ratio(bodies.stream().mapToInt(PageResult::bodyKept).sum(),
                bodies.stream().mapToInt(PageResult::bodyLines).sum()));
        figures.put("title", accuracy(results, PageResult::title));
        figures.put("author", accuracy(results, PageResult::author));
        figures.put("date", accuracy(results, PageResult::date));
        figures.put("meta.title", accuracy(results, PageResult::metaTitle));
        figures.put("meta.author", accuracy(results, PageResult::metaAuthor));
        figures.put("meta.date", accuracy(results, PageResult::metaDate));
        return figures;
    }

    /**
     * The ceiling of the head figures (postlight labels, and page metadata as {@code meta.*}): per field, the share
     * of labelled pages whose paste holds the answer ({@code title.reachable}…), and the share of those found right ({@code title.right.reachable}…).
     * Kept apart from {@link #figures} (and so from the gate's baseline): they measure the paste, not structuring.
     */
    public static Map<String, Double> reachable(List<PageResult> results) {
        Map<String, Double> figures = new LinkedHashMap<>();
        reachable(figures, results, "title", r -> r.reach().title(), PageResult::title);
        reachable(figures, results, "author", r -> r.reach().author(), PageResult::author);
        reachable(figures, results, "date", r -> r.reach().date(), PageResult::date);
        reachable(figures, results, "meta.title", r -> r.reach().metaTitle(), PageResult::metaTitle);
        reachable(figures, results, "meta.author", r -> r.reach().metaAuthor(), PageResult::metaAuthor);
        reachable(figures, results, "meta.date", r -> r.reach().metaDate(), PageResult::metaDate);
        return figures;
    }

    private static void reachable(Map<String, Double> figures, List<PageResult> results, String field,
            java.util.function.Function<PageResult, Boolean> inPaste, java.util.function.Function<PageResult, Boolean> right) {
        figures.put(field + ".reachable", accuracy(results, inPaste));
        figures.put(field + ".right.reachable",
                accuracy(results.stream().filter(r -> Boolean.TRUE.equals(inPaste.apply(r))).toList(), right));
    }

    /** How many results each figure is measured on (pages, or lines for the line figures). */
    public static Map<String, Integer> counts(List<PageResult> results) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<PageResult> bodies = results.stream().filter(PageResult::hasBody).toList();
        counts.put("pages", results.size());
        counts.put("pages with articleBody", bodies.size());
        counts.put("noise lines", bodies.stream().mapToInt(PageResult::noiseLines).sum());
        counts.put("body lines", bodies.stream().mapToInt(PageResult::bodyLines).sum());
        counts.put("title labels", count(results, PageResult::title));
        counts.put("author labels", count(results, PageResult::author));
        counts.put("date labels", count(results, PageResult::date));
        counts.put("metadata titles", count(results, PageResult::metaTitle));
        counts.put("metadata authors", count(results, PageResult::metaAuthor));
        counts.put("metadata dates", count(results, PageResult::metaDate));
        counts.put("pipeline failures", (int) results.stream().filter(PageResult::failed).count());
        // how the author is missed where the paste holds it: no byline read at all, or other names read
        counts.put("author wrong in the paste: none found", (int) results.stream().filter(r -> authorMiss(r, true)).count());
        counts.put("author wrong in the paste: others found", (int) results.stream().filter(r -> authorMiss(r, false))
                .count());
        return counts;
    }

    /** Whether a page's postlight author is wrong where its paste holds it, with no author found ({@code none}) or some. */
    static boolean authorMiss(PageResult r, boolean none) {
        return Boolean.FALSE.equals(r.author()) && Boolean.TRUE.equals(r.reach().author())
                && r.foundAuthors().isEmpty() == none;
    }

    private static double accuracy(List<PageResult> results, java.util.function.Function<PageResult, Boolean> f) {
        int n = count(results, f);
        long right = results.stream().map(f).filter(Boolean.TRUE::equals).count();
        return n == 0 ? Double.NaN : right / (double) n;
    }

    private static int count(List<PageResult> results, java.util.function.Function<PageResult, Boolean> f) {
        return (int) results.stream().map(f).filter(java.util.Objects::nonNull).count();
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? Double.NaN : part / (double) whole;
    }

    /** The pages of one half. */
    public static List<CorpusPage> half(List<CorpusPage> pages, String half) {
        Predicate<CorpusPage> in = page -> half.equals(page.half());
        return pages.stream().filter(in).toList();
    }
}
