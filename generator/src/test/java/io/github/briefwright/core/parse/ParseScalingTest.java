package io.github.briefwright.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.briefwright.core.Limits;
import io.github.briefwright.core.load.FrontMatter;
import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.load.SeedFormat;
import io.github.briefwright.core.structure.Structurer;
import io.github.briefwright.testing.Growth;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parse stage's cost grows with its input, not with its square, on the inputs that were once quadratic. */
class ParseScalingTest {

    @Test
    void unclosedCriticMarkupOpeners() throws Exception {
        // the case: 8,000 openers that never close, in about 376 KB
        Growth.assertLinear("unclosed {>> openers", 2_000, n -> {
            String text = "Some words before a comment {>> that never closes, and more words.\n".repeat(n);
            return () -> AuthoredNotes.read(text, Limits.DEFAULT.notes());
        });
    }

    @Test
    void unclosedFootnoteLabels() throws Exception {
        Growth.assertLinear("unclosed footnote labels", 20_000, n -> {
            String text = "[^".repeat(n) + " text\n";
            return () -> AuthoredNotes.read(text, Limits.DEFAULT.notes());
        });
    }

    @Test
    void sixteenThousandFootnotes() throws Exception {
        Limits all = Limits.DEFAULT.with(null, null, null, 20_000, null, null);
        Growth.assertLinear("footnotes in one paragraph", 4_000, n -> {
            StringBuilder text = new StringBuilder("A claim");
            StringBuilder definitions = new StringBuilder();
            for (int i = 1; i <= n; i++) {
                text.append(" and another[^n").append(i).append(']');
                definitions.append("[^n").append(i).append("]: Note ").append(i).append(".\n");
            }
            Seed seed = new Seed("notes.md", Path.of("notes.md"), SeedFormat.MD, text + ".\n\n" + definitions, 1,
                    FrontMatter.NONE, List.of());
            var draft = new Structurer().structure(seed);
            return () -> assertEquals(n, new DocumentParser(false).parse(draft, all, new ArrayList<>()).notes().size());
        });
    }

    @Test
    void deepButAllowedMarkdownIsMeasuredInLinearTime() throws Exception {
        Growth.assertLinear("nesting pre-scan", 50_000, n -> {
            String text = ("> > > - *a **b [c](u) d** e*\n" + "plain text line\n\n").repeat(n);
            return () -> Nesting.check("big.md", text, 1, Limits.DEFAULT);
        });
    }
}
