package io.github.briefwright.corpus;

import io.github.briefwright.core.model.Author;
import io.github.briefwright.core.model.Briefing;
import io.github.briefwright.core.model.Paragraph;
import io.github.briefwright.core.model.Removed;
import io.github.briefwright.core.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How one structured briefing compares with the hand-written labels of its seed. Texts are compared as
 * lowercase letters and digits only, so re-flowed lines, joined hyphenations and bullet glyphs do not count.
 *
 * <ul>
 *   <li>retention: the share of labelled body blocks ({@code .} and {@code H}) found in the briefing's body;</li>
 *   <li>noise recall: the share of labelled noise blocks found in {@code removed[]};</li>
 *   <li>noise precision: the share of {@code removed[]} entries that are labelled noise (or a bio's heading).</li>
 * </ul>
 */
public record CorpusScore(String name, int bodyBlocks, int bodyKept, int noiseBlocks, int noiseRemoved,
        int removedEntries, int removedCorrect, List<String> lost, List<String> missedNoise, List<String> wrongRemovals,
        List<String> headMismatches) {

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•·▪◦‣●○■□➢►–—*+-]|\\(?\\d{1,3}[.)])\\s+");

    public static CorpusScore of(LabelledSeed seed, Briefing briefing) {
        StringBuilder bodyText = new StringBuilder();
        for (Section section : briefing.sections()) {
            if (section.heading() != null) {
                bodyText.append(section.heading()).append(' ');
            }
            for (Paragraph paragraph : section.paragraphs()) {
                bodyText.append(paragraph.text()).append(' ');
            }
        }
        String body = normalise(bodyText.toString());
        StringBuilder removedText = new StringBuilder();
        briefing.removed().forEach(r -> removedText.append(r.text()).append(' '));
        String removed = normalise(removedText.toString());

        int bodyBlocks = 0;
        int bodyKept = 0;
        int noiseBlocks = 0;
        int noiseRemoved = 0;
        List<String> lost = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        StringBuilder noiseText = new StringBuilder();
        for (LabelledSeed.Block block : seed.blocks()) {
            String text = normalise(block);
            if (text.isEmpty()) {
                continue;
            }
            switch (block.label()) {
                case '.', 'H' -> {
                    bodyBlocks++;
                    if (body.contains(text)) {
                        bodyKept++;
                    } else {
                        lost.add(block.text());
                    }
                }
                case 'N' -> {
                    noiseBlocks++;
                    noiseText.append(text);
                    if (removed.contains(text)) {
                        noiseRemoved++;
                    } else {
                        missed.add(block.text());
                    }
                }
                case 'A' -> noiseText.append(text);
                default -> {
                }
            }
        }
        String allNoise = noiseText.toString();
        int correct = 0;
        List<String> wrong = new ArrayList<>();
        for (Removed entry : briefing.removed()) {
            if (allNoise.contains(normalise(entry.text()))) {
                correct++;
            } else {
                wrong.add(entry.reason() + ": " + entry.text());
            }
        }
        return new CorpusScore(seed.name(), bodyBlocks, bodyKept, noiseBlocks, noiseRemoved, briefing.removed().size(),
                correct, lost, missed, wrong, headMismatches(seed, briefing));
    }

    private static List<String> headMismatches(LabelledSeed seed, Briefing briefing) {
        List<String> mismatches = new ArrayList<>();
        compare(mismatches, "title", seed.expected().get("title"), briefing.titleDerived() ? null : briefing.title());
        compare(mismatches, "dek", seed.expected().get("dek"), briefing.dek());
        compare(mismatches, "date", seed.expected().get("date"), briefing.date());
        String authors = String.join("; ", briefing.authors().stream().map(Author::name).toList());
        compare(mismatches, "authors", seed.expected().get("authors"), authors.isEmpty() ? null : authors);
        return mismatches;
    }

    private static void compare(List<String> mismatches, String field, String expected, String actual) {
        String e = expected == null ? "" : normalise(expected);
        String a = actual == null ? "" : normalise(actual);
        if (!e.equals(a)) {
            mismatches.add(field + ": expected '" + expected + "', found '" + actual + "'");
        }
    }

    private static String normalise(LabelledSeed.Block block) {
        StringBuilder text = new StringBuilder();
        for (String line : block.lines()) {
            text.append(BULLET.matcher(line).replaceFirst("")).append(' ');
        }
        return normalise(text.toString());
    }

    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
