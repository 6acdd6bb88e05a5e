package io.github.briefwright.core.analyse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.Limits;
import io.github.briefwright.core.load.FrontMatter;
import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.load.SeedFormat;
import io.github.briefwright.core.model.Briefing;
import io.github.briefwright.core.model.Entity;
import io.github.briefwright.core.parse.DocumentParser;
import io.github.briefwright.core.structure.Structurer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A known organisation's one-word alias that is also a word of the text, opening a sentence. */
class KnownNamesAtSentenceStartTest {

    private static List<String> entities(String text) throws Exception {
        Seed seed = new Seed("a.txt", Path.of("a.txt"), SeedFormat.TXT, text, 1, FrontMatter.NONE, List.of());
        Limits limits = Limits.DEFAULT;
        Briefing briefing = new Analyzer().analyse(new DocumentParser(false).parse(new Structurer().structure(seed),
                limits, new ArrayList<>()), limits, new ArrayList<>());
        return briefing.entities().stream().map(Entity::name).toList();
    }

    @Test
    void aWordOfTheTextOpeningASentenceIsNoCompany() throws Exception {
        String release = "Labour market release\n\nTotal employment rose by 6,100 in the first quarter, the ministry "
                + "said on Tuesday.\n\nCompared with a year ago, total employment was 1.6% higher in March.\n";
        assertFalse(entities(release).contains("TotalEnergies"), entities(release).toString());
        // the company named inside a sentence, or opening one in a text that never says "total", stays
        String oil = "Oil deal signed\n\nThe deal with Total was signed in Paris on Tuesday, the ministry said.\n\n"
                + "Total will own 40% of the field, which starts producing next year.\n";
        assertTrue(entities(oil).contains("TotalEnergies"), entities(oil).toString());
    }
}
