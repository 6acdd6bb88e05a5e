package io.github.briefwright.core.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the page-furniture classifier ({@link PageFurniture}) knows about each body unit of a raw paste (a
 * paragraph, or one list item): its length, how much of it is function words, its punctuation, capitals and
 * digits, whether it looks like a link, a date or a time, where it stands in the paste, whether it repeats, and
 * what stands around it. jusText, boilerpipe and dragnet judge blocks from features of this kind. Every feature
 * is a number of about 0 to 5; the names, in order, are {@link #NAMES}. Linear in the total length of the units.
 */
public final class BlockFeatures {

    /** One unit of the body, as the classifier sees it. */
    public record Unit(String text, boolean listItem, int listSize) {
    }

    /** The features' names, in the order of the vectors {@link #of} returns; the model file names its weights so. */
    public static final List<String> NAMES = List.of("log-words", "one-or-two-words", "up-to-six-words",
            "25-words-or-more", "stop-words", "ends-sentence", "log-sentences", "commas-per-word", "capitalised-words",
            "upper-case-letters", "digits", "date-or-time", "link-like", "ends-with-colon", "question", "starts-lower-case",
            "starts-with-quote", "brackets", "mean-word-length", "list-item", "log-list-size", "position",
            "after-last-body-paragraph", "before-first-body-paragraph", "repeated", "body-paragraphs-around",
            "list-items-around", "short-around", "shared-vocabulary", "short-after-body", "short-without-sentence-end",
            "item-after-body", "long-sentence", "item-between-body-paragraphs", "item-with-digits");

    private static final Set<String> STOP_WORDS = loadStopWords();
    private static final Pattern DATE_OR_TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b|\\b(ago|yesterday|today)\\b"
            + "|\\b(19|20)\\d{2}\\b|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{1,2}\\b"
            + "|\\b\\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b",
            Pattern.CASE_INSENSITIVE);
    /** The alternatives of {@link #DATE_OR_TIME} that need no digit. */
    private static final Pattern RELATIVE_DAY = Pattern.compile("\\b(ago|yesterday|today)\\b", Pattern.CASE_INSENSITIVE);
    private static final String LINK_MARKS = "|»›«‹→←";
    private static final Pattern LINK_LIKE = Pattern.compile("https?://|www\\.|\\.(com|org|net)\\b|@\\w|[" + LINK_MARKS + "]");
    private static final int WINDOW = 2;

    private BlockFeatures() {
    }

    /** The feature vectors of the units, in order. */
    public static double[][] of(List<Unit> units) {
        int n = units.size();
        List<List<String>> words = new ArrayList<>(n);
        List<List<String>> lowerWords = new ArrayList<>(n);
        List<List<String>> content = new ArrayList<>(n);
        String[] lowerTexts = new String[n];
        boolean[] body = new boolean[n];
        boolean[] shortUnit = new boolean[n];
        Map<String, Integer> seen = new HashMap<>();
        int first = -1;
        int last = -1;
        for (int i = 0; i < n; i++) {
            String text = units.get(i).text().strip();
            List<String> w = words(text);
            words.add(w);
            List<String> lower = lowerCase(w);
            lowerWords.add(lower);
            content.add(contentWords(lower));
            body[i] = !units.get(i).listItem() && (w.size() >= 25 || w.size() >= 12 && endsSentence(text));
            shortUnit[i] = w.size() <= 6;
            if (body[i]) {
                last = i;
                if (first < 0) {
                    first = i;
                }
            }
            lowerTexts[i] = text.toLowerCase(Locale.ROOT);
            seen.merge(lowerTexts[i], 1, Integer::sum);
        }
        Map<String, Integer> vocabulary = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (body[i]) {
                for (String word : new HashSet<>(content.get(i))) {
                    vocabulary.merge(word, 1, Integer::sum);
                }
            }
        }
        double[][] features = new double[n][];
        for (int i = 0; i < n; i++) {
            Unit unit = units.get(i);
            String text = unit.text().strip();
            List<String> w = words.get(i);
            int count = w.size();
            double[] f = new double[NAMES.size()];
            int k = 0;
            boolean ends = endsSentence(text);
            f[k++] = Math.log1p(count);
            f[k++] = count <= 2 ? 1 : 0;
            f[k++] = count <= 6 ? 1 : 0;
            f[k++] = count >= 25 ? 1 : 0;
            f[k++] = share(lowerWords.get(i), STOP_WORDS::contains);
            f[k++] = ends ? 1 : 0;
            f[k++] = Math.log1p(sentences(text));
            f[k++] = Math.min(1, count(text, ',') / (double) Math.max(1, count));
            f[k++] = share(w, word -> Character.isUpperCase(word.codePointAt(0)));
            f[k++] = upperShare(text);
            f[k++] = digitShare(text);
            f[k++] = dateOrTime(text) ? 1 : 0;
            f[k++] = linkLike(text) ? 1 : 0;
            f[k++] = text.endsWith(":") ? 1 : 0;
            f[k++] = text.endsWith("?") ? 1 : 0;
            f[k++] = !text.isEmpty() && Character.isLowerCase(text.codePointAt(0)) ? 1 : 0;
            f[k++] = !text.isEmpty() && "\"“„«'‘".indexOf(text.charAt(0)) >= 0 ? 1 : 0;
            f[k++] = text.indexOf('(') >= 0 || text.indexOf('[') >= 0 ? 1 : 0;
            f[k++] = Math.min(3, meanLength(w) / 5.0);
            f[k++] = unit.listItem() ? 1 : 0;
            f[k++] = unit.listItem() ? Math.log1p(unit.listSize()) : 0;
            f[k++] = n <= 1 ? 0 : i / (double) (n - 1);
            boolean after = last >= 0 && i > last;
            f[k++] = after || last < 0 ? 1 : 0;
            f[k++] = first >= 0 && i < first ? 1 : 0;
            f[k++] = seen.get(lowerTexts[i]) > 1 ? 1 : 0;
            int around = 0;
            int aroundBody = 0;
            int aroundItems = 0;
            int aroundShort = 0;
            for (int j = Math.max(0, i - WINDOW); j <= Math.min(n - 1, i + WINDOW); j++) {
                if (j != i) {
                    around++;
                    aroundBody += body[j] ? 1 : 0;
                    aroundItems += units.get(j).listItem() ? 1 : 0;
                    aroundShort += shortUnit[j] ? 1 : 0;
                }
            }
            f[k++] = around == 0 ? 0 : aroundBody / (double) around;
            f[k++] = around == 0 ? 0 : aroundItems / (double) around;
            f[k++] = around == 0 ? 0 : aroundShort / (double) around;
            f[k++] = sharedVocabulary(content.get(i), vocabulary, body[i]);
            f[k++] = count <= 6 && after ? 1 : 0;
            f[k++] = count <= 10 && !ends ? 1 : 0;
            f[k++] = unit.listItem() && after ? 1 : 0;
            f[k++] = count >= 15 && ends ? 1 : 0;
            f[k++] = unit.listItem() && first >= 0 && i > first && i < last ? 1 : 0;
            f[k++] = unit.listItem() && f[10] > 0 ? 1 : 0;
            features[i] = f;
        }
        return features;
    }

    /**
     * Words: runs of letters, digits and inner apostrophes; in Chinese and Japanese, which do not space words, each
     * ideograph or kana counts as one.
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (unspaced(c)) {
                if (start >= 0) {
                    words.add(text.substring(start, i));
                    start = -1;
                }
                words.add(String.valueOf(c));
                continue;
            }
            boolean letter = i < text.length() && (Character.isLetterOrDigit(c)
                    || start >= 0 && (c == '\'' || c == '’') && i + 1 < text.length()
                    && Character.isLetter(text.charAt(i + 1)));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    private static boolean unspaced(char c) {
        if (c < '\u3000') {
            return false; // no ideograph, hiragana or katakana comes before U+3000
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return Character.isIdeographic(c) || block == Character.UnicodeBlock.HIRAGANA
                || block == Character.UnicodeBlock.KATAKANA;
    }

    private static boolean endsSentence(String text) {
        return !text.isEmpty() && ".!?\"”’)…»".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    private static int sentences(String text) {
        int count = 0;
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' ' && Character.isLetter(text.charAt(i - 1))) {
                count++;
            }
        }
        return count + (endsSentence(text) ? 1 : 0);
    }

    /** Whether {@link #DATE_OR_TIME} finds something; without an ASCII digit only its relative days can. */
    private static boolean dateOrTime(String text) {
        return (DateText.hasDigit(text) ? DATE_OR_TIME : RELATIVE_DAY).matcher(text).find();
    }

    /** Whether {@link #LINK_LIKE} finds something; not tried on a text with none of the pieces it needs. */
    private static boolean linkLike(String text) {
        boolean possible = text.contains("://") || text.contains("www.") || text.contains(".com")
                || text.contains(".org") || text.contains(".net") || text.indexOf('@') >= 0;
        for (int i = 0; !possible && i < LINK_MARKS.length(); i++) {
            possible = text.indexOf(LINK_MARKS.charAt(i)) >= 0;
        }
        return possible && LINK_LIKE.matcher(text).find();
    }


    private static List<String> lowerCase(List<String> words) {
        List<String> lower = new ArrayList<>(words.size());
        for (String word : words) {
            lower.add(word.toLowerCase(Locale.ROOT));
        }
        return lower;
    }

    /** The content words among words already in lower case. */
    private static List<String> contentWords(List<String> lowerWords) {
        List<String> content = new ArrayList<>();
        for (String lower : lowerWords) {
            if (lower.length() >= 4 && !STOP_WORDS.contains(lower) && !Character.isDigit(lower.charAt(0))) {
                content.add(lower);
            }
        }
        return content;
    }

    /** Share of the unit's content words that body paragraphs other than this unit use too. */
    private static double sharedVocabulary(List<String> content, Map<String, Integer> vocabulary, boolean body) {
        if (content.isEmpty()) {
            return 0.5;
        }
        int shared = 0;
        Set<String> distinct = new HashSet<>(content);
        for (String word : distinct) {
            if (vocabulary.getOrDefault(word, 0) > (body ? 1 : 0)) {
                shared++;
            }
        }
        return shared / (double) distinct.size();
    }

    private static double share(List<String> words, java.util.function.Predicate<String> test) {
        if (words.isEmpty()) {
            return 0;
        }
        int hits = 0;
        for (String word : words) {
            if (test.test(word)) {
                hits++;
            }
        }
        return hits / (double) words.size();
    }

    private static int count(String text, char c) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                count++;
            }
        }
        return count;
    }

    private static double upperShare(String text) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        return letters == 0 ? 0 : upper / (double) letters;
    }

    private static double digitShare(String text) {
        int alnum = 0;
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                alnum++;
                digits += Character.isDigit(c) ? 1 : 0;
            }
        }
        return alnum == 0 ? 0 : digits / (double) alnum;
    }

    private static double meanLength(List<String> words) {
        if (words.isEmpty()) {
            return 0;
        }
        long total = 0;
        for (String word : words) {
            total += word.length();
        }
        return total / (double) words.size();
    }

    /** Whether a lowercase word is in the stop-word list (function words of the common languages). */
    static boolean isStopWord(String lowercaseWord) {
        return STOP_WORDS.contains(lowercaseWord);
    }

    private static Set<String> loadStopWords() {
        Set<String> words = new HashSet<>();
        String resource = "io/github/briefwright/structure/stop-words.txt";
        try (InputStream in = BlockFeatures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
