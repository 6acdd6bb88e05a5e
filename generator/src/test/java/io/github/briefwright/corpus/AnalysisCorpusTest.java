package io.github.briefwright.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.model.Briefing;
import io.github.briefwright.core.model.Entity;
import io.github.briefwright.core.model.TimelineItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Entity and date extraction against hand-written labels ({@code <seed>.entities.yaml}: the people,
 * organisations, places and dates of each corpus seed's body). Prints precision, recall and F1 per seed and
 * overall, and fails below an F1 of 0.85. An entity counts when its name (or one of its aliases) and its type
 * match a label; a date when its ISO value matches one (each label counts once).
 */
class AnalysisCorpusTest {

    record Score(int truePositives, int predicted, int expected) {
        double precision() {
            return predicted == 0 ? 1 : truePositives / (double) predicted;
        }

        double recall() {
            return expected == 0 ? 1 : truePositives / (double) expected;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score other) {
            return new Score(truePositives + other.truePositives, predicted + other.predicted, expected + other.expected);
        }
    }

    @Test
    void entityAndDateScores() throws IOException {
        Score entities = new Score(0, 0, 0);
        Score dates = new Score(0, 0, 0);
        StringBuilder report = new StringBuilder(String.format("%n%-28s %7s %7s %7s   %7s %7s %7s%n", "seed",
                "ent-P", "ent-R", "ent-F1", "date-P", "date-R", "date-F1"));
        int seeds = 0;
        for (LabelledSeed seed : CorpusTest.corpus()) {
            Path labels = CorpusTest.CORPUS.resolve(seed.name() + ".entities.yaml");
            if (!Files.exists(labels)) {
                continue;
            }
            seeds++;
            @SuppressWarnings("unchecked")
            Map<String, Object> gold = (Map<String, Object>) new Load(LoadSettings.builder().build())
                    .loadFromString(Files.readString(labels));
            Briefing briefing = CorpusTest.structure(seed);
            List<String> misses = new ArrayList<>();
            Score e = entities(gold, briefing, misses);
            Score d = dates(gold, briefing, misses);
            entities = entities.plus(e);
            dates = dates.plus(d);
            report.append(String.format("%-28s %7.3f %7.3f %7.3f   %7.3f %7.3f %7.3f%n", seed.name(), e.precision(),
                    e.recall(), e.f1(), d.precision(), d.recall(), d.f1()));
            misses.forEach(miss -> report.append("    ").append(miss).append('\n'));
        }
        report.append(String.format("%-28s %7.3f %7.3f %7.3f   %7.3f %7.3f %7.3f%n", "ALL (" + seeds + " seeds)",
                entities.precision(), entities.recall(), entities.f1(), dates.precision(), dates.recall(), dates.f1()));
        System.out.println(report);
        assertTrue(seeds >= 15, "labels for at least 15 seeds");
        assertTrue(entities.f1() >= 0.85, "entity F1 " + entities.f1() + report);
        assertTrue(dates.f1() >= 0.85, "date F1 " + dates.f1() + report);
    }

    @SuppressWarnings("unchecked")
    private static Score entities(Map<String, Object> gold, Briefing briefing, List<String> misses) {
        Map<String, String> expected = new HashMap<>();
        for (String type : List.of("people", "organisations", "places")) {
            Object names = gold.get(type);
            if (names instanceof List<?> list) {
                for (Object name : list) {
                    expected.put(key(String.valueOf(name)), type.equals("people") ? "person"
                            : type.equals("places") ? "place" : "organisation");
                }
            }
        }
        Map<String, String> open = new HashMap<>(expected);
        int truePositives = 0;
        for (Entity entity : briefing.entities()) {
            String match = null;
            List<String> names = new ArrayList<>(entity.aliases());
            names.add(0, entity.name());
            for (String name : names) {
                if (open.containsKey(key(name))) {
                    match = key(name);
                    break;
                }
            }
            if (match != null && open.get(match).equals(entity.type())) {
                truePositives++;
                open.remove(match);
            } else {
                misses.add("extra entity: " + entity.name() + " (" + entity.type() + ")"
                        + (match != null ? ", labelled " + open.get(match) : ""));
                if (match != null) {
                    open.remove(match);
                }
            }
        }
        open.forEach((name, type) -> misses.add("missed entity: " + name + " (" + type + ")"));
        return new Score(truePositives, briefing.entities().size(), expected.size());
    }

    private static Score dates(Map<String, Object> gold, Briefing briefing, List<String> misses) {
        List<String> expected = new ArrayList<>();
        Object dates = gold.get("dates");
        if (dates instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> map) {
                    expected.add(String.valueOf(map.get("date")));
                }
            }
        }
        List<String> open = new ArrayList<>(expected);
        int truePositives = 0;
        for (TimelineItem item : briefing.timeline()) {
            String value = item.date() == null ? "unknown" : item.date();
            if (open.remove(value)) {
                truePositives++;
            } else {
                misses.add("extra date: " + value + " \"" + item.expression() + "\"");
            }
        }
        open.forEach(value -> misses.add("missed date: " + value));
        return new Score(truePositives, briefing.timeline().size(), expected.size());
    }

    private static String key(String name) {
        String k = name.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        return k.startsWith("the ") ? k.substring(4) : k;
    }
}
