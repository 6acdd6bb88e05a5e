package io.github.briefwright.bench;

import io.github.briefwright.core.Limits;
import io.github.briefwright.core.analyse.Analyzer;
import io.github.briefwright.core.load.FrontMatter;
import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.load.SeedException;
import io.github.briefwright.core.load.SeedFormat;
import io.github.briefwright.core.model.Briefing;
import io.github.briefwright.core.parse.DocumentParser;
import io.github.briefwright.core.structure.Structurer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Times structuring, then structuring with parse and analysis (entities, dates, figures, key points), of one
 * large raw paste at several sizes, to show the work grows linearly with the text. Run it with {@code bench/structure.sh}. The text is generated (fixed seed): paragraphs of
 * sentences drawn from a 4,000-word vocabulary with a Zipf-like skew, with abbreviations, decimals, headings,
 * bullet lists, interleaved noise and repeated pull quotes.
 */
public final class StructureBenchmark {

    /** A vocabulary of common English words, then made-up ones, drawn with a Zipf-like skew as in real text. */
    private static final String[] COMMON = ("the of and to in a is that for it as was with be by on not he this are or "
            + "his from at which but have an they you were her she there been one all we their has would when if so no "
            + "council government minister report budget plan city water energy market price rate bank policy security "
            + "region border trade tax election court law vote official agency program study data year month week "
            + "people workers families schools roads rail power grid support cost risk growth change debate question "
            + "decision reform pressure crisis strategy").split(" ");
    private static final String[] WORDS = vocabulary(4000);
    private static final String[] NAMES = {"Dr. Maria T. Lindqvist", "Gen. Omar Haddad", "Jane Doe", "U.S. officials",
        "the U.K. Treasury", "St. Louis residents"};

    private StructureBenchmark() {
    }

    private static String[] vocabulary(int size) {
        Random random = new Random(7);
        String[] words = new String[size];
        for (int i = 0; i < size; i++) {
            if (i < COMMON.length) {
                words[i] = COMMON[i];
            } else {
                StringBuilder word = new StringBuilder();
                int letters = 3 + random.nextInt(8);
                for (int l = 0; l < letters; l++) {
                    word.append((char) ('a' + random.nextInt(26)));
                }
                words[i] = word.toString();
            }
        }
        return words;
    }

    /** An index in [0, n) with rank r drawn about as often as 1/r. */
    private static int zipf(Random random, int n) {
        return (int) Math.min(n - 1, Math.floor(Math.exp(random.nextDouble() * Math.log(n))) - 1);
    }

    public static void main(String[] args) throws SeedException {
        int[] sizes = args.length > 0 ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {1_000_000, 2_500_000, 5_000_000};
        Structurer structurer = new Structurer();
        DocumentParser parser = new DocumentParser(false);
        Analyzer analyzer = new Analyzer();
        for (int warm = 0; warm < 3; warm++) {
            run(text(500_000, 1), structurer, parser, analyzer);
        }
        System.out.printf("%12s %14s %14s %12s %12s%n", "chars", "structure ms", "+analysis ms", "MB/s (all)",
                "paragraphs");
        for (int size : sizes) {
            String text = text(size, 42);
            long bestStructure = Long.MAX_VALUE;
            long best = Long.MAX_VALUE;
            Briefing briefing = null;
            for (int round = 0; round < 3; round++) {
                Seed seed = new Seed("big.txt", Path.of("big.txt"), SeedFormat.TXT, text, 1, FrontMatter.NONE, List.of());
                long start = System.nanoTime();
                var draft = structurer.structure(seed);
                long structured = System.nanoTime();
                briefing = analyzer.analyse(parser.parse(draft, Limits.DEFAULT, new ArrayList<>()));
                long end = System.nanoTime();
                bestStructure = Math.min(bestStructure, structured - start);
                best = Math.min(best, end - start);
            }
            long paragraphs = briefing.sections().stream().mapToLong(s -> s.paragraphs().size()).sum();
            System.out.printf("%12d %14.1f %14.1f %12.1f %12d%n", text.length(), bestStructure / 1e6, best / 1e6,
                    text.length() / 1e6 / (best / 1e9), paragraphs);
        }
    }

    private static Briefing run(String text, Structurer structurer, DocumentParser parser, Analyzer analyzer)
            throws SeedException {
        Seed seed = new Seed("big.txt", Path.of("big.txt"), SeedFormat.TXT, text, 1, FrontMatter.NONE, List.of());
        return analyzer.analyse(parser.parse(structurer.structure(seed), Limits.DEFAULT, new ArrayList<>()));
    }

    /** A paste of about {@code size} characters. */
    static String text(int size, long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder(size + 1000);
        out.append("A Very Large Briefing For Timing\n\nBy Jane Doe\nJanuary 7, 2020\n\n");
        String lastSentence = "The council agreed.";
        int paragraph = 0;
        while (out.length() < size) {
            paragraph++;
            if (paragraph % 25 == 0) {
                out.append("Advertisement\n\n");
            }
            if (paragraph % 40 == 0) {
                out.append("Section ").append(paragraph / 40).append(" of the report\n\n");
            }
            if (paragraph % 31 == 0) {
                out.append("  • ").append(sentence(random)).append("\n  • ").append(sentence(random)).append("\n\n");
            }
            if (paragraph % 57 == 0) {
                out.append("“").append(lastSentence).append("”\n\n");
            }
            int sentences = 2 + random.nextInt(5);
            for (int s = 0; s < sentences; s++) {
                lastSentence = sentence(random);
                out.append(lastSentence).append(s + 1 < sentences ? " " : "\n\n");
            }
        }
        return out.toString();
    }

    private static String sentence(Random random) {
        StringBuilder sentence = new StringBuilder(NAMES[random.nextInt(NAMES.length)]);
        int words = 8 + random.nextInt(18);
        for (int w = 0; w < words; w++) {
            sentence.append(' ').append(WORDS[zipf(random, WORDS.length)]);
            if (w == 5 && random.nextBoolean()) {
                sentence.append(' ').append(random.nextInt(100)).append('.').append(random.nextInt(10)).append(" percent");
            }
        }
        return sentence.append('.').toString();
    }
}
