package io.github.briefwright.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.corpus.ExtractionScore.Variant;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The extraction gate: the {@code test} half of the extraction corpus ({@code ../shared/extraction-corpus} from
 * the project root) through the real pipeline, every figure no more than {@value #TOLERANCE} below the value in
 * {@code extraction-baseline.properties}. Skipped, saying so, where the corpus is absent. Prints aggregate
 * figures only: per-page detail comes from {@code bench/extraction.sh --worst N}, for {@code dev} pages.
 */
class ExtractionGateTest {

    static final double TOLERANCE = 0.02;

    @Test
    void testHalfFiguresHoldTheBaseline() throws IOException {
        Optional<Path> folder = CorpusPage.folder();
        Assumptions.assumeTrue(folder.isPresent(), "extraction corpus not found at ../shared/extraction-corpus from"
                + " the project root (or -D" + CorpusPage.PROPERTY + "): extraction gate skipped");
        long start = System.nanoTime();
        List<CorpusPage> pages = CorpusPage.load(folder.get());
        List<CorpusPage> test = ExtractionScore.half(pages, "test");
        Properties baseline = new Properties();
        try (InputStream in = ExtractionGateTest.class.getResourceAsStream("extraction-baseline.properties")) {
            baseline.load(in);
        }
        assertFalse(baseline.isEmpty(), "the baseline has figures");
        List<String> drops = new ArrayList<>();
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "%nExtraction, test half (%d pages):%n",
                test.size()));
        for (Variant variant : Variant.values()) {
            Map<String, Double> figures = ExtractionScore.figures(ExtractionScore.scoreAll(test, variant));
            for (Map.Entry<String, Double> figure : figures.entrySet()) {
                String key = ExtractionReport.key(variant, figure.getKey());
                String recorded = baseline.getProperty(key);
                report.append(String.format(Locale.ROOT, "  %-28s %6.3f  (baseline %s)%n", key, figure.getValue(),
                        recorded));
                if (recorded != null && !(figure.getValue() >= Double.parseDouble(recorded) - TOLERANCE)) {
                    drops.add(String.format(Locale.ROOT, "%s %.3f < baseline %s - %.2f", key, figure.getValue(),
                            recorded, TOLERANCE));
                }
            }
        }
        report.append(String.format(Locale.ROOT, "  %d pages read, pasted and scored in %.1f s%n", pages.size(),
                (System.nanoTime() - start) / 1e9));
        System.out.println(report);
        assertTrue(test.size() >= 100, "the test half has its pages: " + test.size());
        assertTrue(drops.isEmpty(), "extraction figures dropped on the test half: " + drops + report);
    }
}
