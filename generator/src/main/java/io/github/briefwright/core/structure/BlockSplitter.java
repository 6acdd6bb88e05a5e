package io.github.briefwright.core.structure;

import io.github.briefwright.core.model.Block;
import io.github.briefwright.core.model.Block.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a raw paste into blocks. Blank lines separate blocks; two or more blank lines are a section break;
 * bullet lines ({@code • · ▪ – - * +}, {@code 1.}, {@code 1)}) become list items, an indented line continuing
 * the item before it; a numbered line standing alone ("1. Introduction") is a heading, not a list. Items numbered
 * one after another (3, 4, 5) make a numbered list that starts at the first number ({@link Block#start()}); items
 * whose numbers skip or that mix numbers and bullets make a bulleted list whose items keep their numbers in their
 * text ("3. …"), so that no number is lost. Within a run
 * of text lines, a line continues the one before it when that line ends in a hyphenated word, when it starts in
 * lower case (unless it is a line of the kinds below after a line that ended: "di 17 september 2019"), when the
 * line before ends in a word such as "the" or "of", or, in a hard-wrapped text (see {@link #wrapWidth}), when the
 * line before fills at least 70% of the wrap width; never when either line is a line that occurs more than once (a running header), nor, unless
 * it is the rest of a word or a sentence, when either line is a byline, a date line or noise. Otherwise it starts a block of its
 * own, so that stacked short lines (title, dek, byline, date) stay apart. Linear in the length of the text.
 */
final class BlockSplitter {

    /**
     * A list item's line: its bullet or its number (group {@code marker}: "3.", "3)", "(3)"), then its text. A number
     * in brackets has one or two digits: "(555) 014-2290" is a telephone's area code.
     */
    static final Pattern BULLET = Pattern.compile(
            "^\\s*(?:[•·▪◦‣●○■□➢►–—*+-]|(?<marker>\\(\\d{1,2}\\)|\\d{1,3}[.)]))\\s+(?<text>\\S.*)$");
    /** A line ending in a word that cannot end a sentence or a title ("… the Gaps in") goes on on the next line. */
    private static final Pattern DANGLING = Pattern.compile("\\s(the|a|an|of|in|on|for|to|and|or|but|with|by|at|from|"
            + "as|that|its|their|his|her|our|into|between|than|under|over|about|is|are|was|were)$", Pattern.CASE_INSENSITIVE);
    /** "1. Introduction", "3.2 Results": a numbered line standing alone, short and unpunctuated. */
    private static final Pattern NUMBERED_HEADING =
            Pattern.compile("^\\(?\\d{1,2}(?:\\.\\d{1,2})*[.)]?\\s+\\p{Lu}[^.!?]{0,80}$");

    private BlockSplitter() {
    }

    /**
     * @param startsBlock lines that always start a block of their own (bylines, datelines, noise)
     */
    static List<Block> split(String text, int firstLine, Predicate<String> startsBlock) {
        Set<String> words = new LazyVocabulary(text);
        List<Block> blocks = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int wrap = wrapWidth(lines);
        boolean dialogue = dialogue(lines);
        Set<String> repeated = repeatedLines(lines);
        Predicate<String> furniture = repeated::contains;
        int blankRun = 0;
        int i = 0;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                blankRun++;
                i++;
                continue;
            }
            if (blankRun >= 2 && !blocks.isEmpty()) {
                blocks.add(Block.plain(Kind.BREAK, "", firstLine + i));
            }
            blankRun = 0;
            int end = i;
            while (end < lines.length && !lines[end].isBlank()) {
                end++;
            }
            group(lines, i, end, firstLine, wrap, words, furniture, startsBlock, blocks, dialogue);
            i = end;
        }
        return blocks;
    }

    /** A day written with a full stop and its month, opening a line: "3. März 2019", "3. Feb. 2019". */
    private static final Pattern DAY_MONTH = Pattern.compile("^\\s*\\d{1,2}\\.\\s+(\\p{L}+)\\.?\\s+\\d");
    /** A day and a month in digits with full stops and spaces, opening a line: "16. 11. 2022" (Czech, Slovak). */
    private static final Pattern DAY_MONTH_DIGITS = Pattern.compile("^\\s*\\d{1,2}\\.\\s\\d{1,2}\\.\\s(?:19|20)\\d{2}\\b");

    /**
     * A list item's line: a bullet or a number, but not a date line that opens with the day ("3. März 2019", "3.
     * Feb. 2019, 10:15 Uhr", "16. 11. 2022 8:15").
     */
    private static boolean isBullet(String line) {
        return BULLET.matcher(line).matches() && !datedDay(line);
    }

    /**
     * Whether line {@code i} of the run {@code lines[from, to)} is a list item's: not a line of dialogue standing alone
     * in its run (no bullet line right above or under it) in a text written with speech dashes ({@link #dialogue}).
     * Dashed lines one under another are a list, whatever they say.
     */
    private static boolean isBullet(String[] lines, int i, int from, int to, boolean dialogue) {
        return isBullet(lines[i]) && !spokenAlone(lines, i, from, to, dialogue);
    }

    /** Whether line {@code i}, a list item's line by its bullet, is a line of dialogue standing alone in its run. */
    private static boolean spokenAlone(String[] lines, int i, int from, int to, boolean dialogue) {
        return dialogue && spoken(lines[i]) && (i == from || !isBullet(lines[i - 1]))
                && (i + 1 >= to || !isBullet(lines[i + 1]));
    }

    /** A line opening with a dash before a capital letter: "— Помню каждый…", "– ¿Cuándo empezó?". */
    private static final Pattern SPEECH_DASH = Pattern.compile("^\\s*[—–]\\s+[\\p{Lu}¿¡«„\"“]");
    /** How many lines of dialogue, each a long sentence, make a text one written with speech dashes. */
    private static final int DIALOGUE_LINES = 2;
    private static final int DIALOGUE_WORDS = 12;

    /** A line opening with a speech dash and ending as a sentence does: what someone says. */
    private static boolean spoken(String line) {
        return SPEECH_DASH.matcher(line).lookingAt() && SENTENCE_END.matcher(line.strip()).find();
    }

    /**
     * Whether a text writes dialogue with dashes, as Russian, Polish, Spanish or French interviews and stories do:
     * {@value #DIALOGUE_LINES} lines or more opening with an em or en dash are sentences of {@value #DIALOGUE_WORDS}
     * words or more. Its dashed lines that end as sentences and stand alone are then paragraphs, the question as much
     * as the answer, not a list's items.
     */
    static boolean dialogue(String[] lines) {
        int spoken = 0;
        for (String line : lines) {
            if (spoken(line) && HeadReader.words(line, DIALOGUE_WORDS) >= DIALOGUE_WORDS && ++spoken >= DIALOGUE_LINES) {
                return true;
            }
        }
        return false;
    }

    private static boolean datedDay(String line) {
        Matcher day = DAY_MONTH.matcher(line);
        // and the line is a date line: "1. October 2023 to December 2025: importers report …" is an item
        return (day.lookingAt() && DateText.month(day.group(1)) > 0 || DAY_MONTH_DIGITS.matcher(line).lookingAt())
                && Datelines.parse(line.strip()).isPresent();
    }

    /** Lines {@code from..to} hold no blank line: split them into paragraphs and lists. */
    private static void group(String[] lines, int from, int to, int firstLine, int wrap, Set<String> words,
            Predicate<String> furniture, Predicate<String> startsBlock, List<Block> blocks, boolean dialogue) {
        int i = from;
        while (i < to) {
            if (isBullet(lines, i, from, to, dialogue)) {
                int start = i;
                List<String> items = new ArrayList<>();
                List<String> markers = new ArrayList<>(); // each item's number as written, null after a bullet
                StringBuilder item = null;
                while (i < to) {
                    Matcher bullet = BULLET.matcher(lines[i]);
                    if (bullet.matches() && !datedDay(lines[i]) && !spokenAlone(lines, i, from, to, dialogue)) {
                        if (item != null) {
                            items.add(item.toString());
                        }
                        item = new StringBuilder(bullet.group("text").strip());
                        markers.add(bullet.group("marker"));
                    } else if (lines[i].startsWith(" ") && item != null) {
                        join(item, lines[i].strip(), words);
                    } else {
                        break;
                    }
                    i++;
                }
                if (item != null) {
                    items.add(item.toString());
                }
                if (items.size() == 1 && i - start == 1 && NUMBERED_HEADING.matcher(lines[start].strip()).matches()) {
                    blocks.add(Block.plain(Kind.PARAGRAPH, lines[start].strip(), firstLine + start));
                } else {
                    blocks.add(list(items, markers, firstLine + start));
                }
            } else {
                int start = i;
                String previous = lines[i].strip();
                StringBuilder paragraph = new StringBuilder(previous);
                i++;
                while (i < to && !isBullet(lines, i, from, to, dialogue)
                        && continues(previous, lines[i].strip(), wrap, furniture, startsBlock)) {
                    previous = lines[i].strip();
                    join(paragraph, previous, words);
                    i++;
                }
                blocks.add(Block.plain(Kind.PARAGRAPH, paragraph.toString(), firstLine + start));
            }
        }
    }

    /**
     * A list of {@code items}, each after its marker ({@code null} for a bullet, else its number as written: "3.",
     * "3)", "(3)"): numbered from the first number when every item has a number and each number is one more than the
     * one before; else bulleted, each numbered item with its number kept before its text.
     */
    private static Block list(List<String> items, List<String> markers, int line) {
        int first = 0;
        for (int k = 0; k < markers.size(); k++) {
            int number = markers.get(k) == null ? -1 : Integer.parseInt(markers.get(k).replaceAll("\\D", ""));
            if (k == 0 ? number < 1 : number != first + k) {
                first = 0;
                break;
            }
            first = k == 0 ? number : first;
        }
        if (first > 0) {
            return Block.list(items, first, line);
        }
        List<String> kept = new ArrayList<>(items.size());
        for (int k = 0; k < items.size(); k++) {
            kept.add(markers.get(k) == null ? items.get(k) : markers.get(k) + " " + items.get(k));
        }
        return Block.list(kept, 0, line);
    }

    /** A number kept before an item's text ("3. …", "(3) …"), in a bulleted list: see {@link #list}. */
    private static final Pattern KEPT_NUMBER = Pattern.compile("^\\(?\\d{1,3}[.)]\\s+(?=\\S)");

    /**
     * An item of {@code list} without the number a bulleted list keeps in its text, as the rules and the classifier
     * that judge items read it: they were made and measured on items without their numbers, and a number before
     * an item's text is no sign of page furniture or noise. An item of a numbered list holds no number.
     */
    static String unnumbered(Block list, String item) {
        return list.numbered() ? item : KEPT_NUMBER.matcher(item).replaceFirst("");
    }

    /**
     * The list {@code list} with only its items at {@code kept} (in order; at least one): its numbering is kept while
     * it stays true. A numbered list that lost items only at its ends is numbered on from its first kept item's
     * number; one that lost items between kept ones would skip numbers, so it becomes a bulleted list whose items
     * keep their numbers in their text ("4. …"), as a list whose numbers skip is read ({@link #list}).
     */
    static Block keep(Block list, List<Integer> kept) {
        if (kept.size() == list.items().size()) {
            return list;
        }
        List<String> items = new ArrayList<>(kept.size());
        for (int k : kept) {
            items.add(list.items().get(k));
        }
        if (!list.numbered()) {
            return Block.list(items, 0, list.line());
        }
        if (kept.get(kept.size() - 1) - kept.get(0) == kept.size() - 1) {
            return Block.list(items, list.start() + kept.get(0), list.line());
        }
        for (int k = 0; k < items.size(); k++) {
            items.set(k, (list.start() + kept.get(k)) + ". " + items.get(k));
        }
        return Block.list(items, 0, list.line());
    }

    /** The end of a sentence, perhaps inside closing quotes or a bracket. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’»)]*$");

    /**
     * Whether a line ends as a name, a date or a sentence does: in a capitalised word, a digit or a closing mark,
     * not in a word in lower case or a comma ("… zal plaatsvinden op", "… es obra del equipo").
     */
    private static boolean endsPhrase(String line) {
        if (line.isEmpty()) {
            return true;
        }
        int last = line.codePointBefore(line.length());
        if (!Character.isLowerCase(last)) {
            return last != ',';
        }
        int start = line.length();
        while (start > 0 && !Character.isWhitespace(line.charAt(start - 1))) {
            start--;
        }
        return Character.isUpperCase(line.codePointAt(start));
    }

    /** A sentence's end after a word of four letters or more (not "etc."), not "approx.". */
    private static final Pattern ENDED_SENTENCE = Pattern.compile("\\p{L}{4,}[.!?…][\"'”’»)]*$");

    /** Whether a line of three words or more ends a sentence ({@link #ENDED_SENTENCE}). */
    private static boolean endedSentence(String line) {
        return !fewWords(line) && ENDED_SENTENCE.matcher(line).find() && !line.endsWith("approx.");
    }

    /** The most words of a label of the page that starts a block of its own ("Tag", "Commenti (4)"). */
    private static final int LABEL_WORDS = 3;

    /** Whether a line has {@value #LABEL_WORDS} words at most (spaces between them counted, nothing made). */
    private static boolean fewWords(String line) {
        int gaps = 0;
        for (int i = 1; i < line.length(); i++) {
            boolean gap = Character.isWhitespace(line.charAt(i)) && !Character.isWhitespace(line.charAt(i - 1));
            if (gap && ++gaps >= LABEL_WORDS) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code next} continues the line {@code previous} (a hard wrap) rather than starting a block. */
    static boolean continues(String previous, String next, int wrap, Predicate<String> furniture,
            Predicate<String> startsBlock) {
        if (furniture.test(previous) || furniture.test(next)) {
            return false;
        }
        if (Hyphenation.isSplit(previous, next)) {
            return true;
        }
        boolean wrapped = DANGLING.matcher(previous).find() || wrap > 0 && previous.length() >= wrap * 0.7;
        if (!wrapped && !previous.endsWith(",") && fewWords(previous) && fewWords(next)
                && !SENTENCE_END.matcher(next).find() && startsBlock.test(previous)) {
            // a label of the page over short items in lower case: "Tag" over "thriller", "Commenti (4)" over a
            // handle; not a poem's "Listen" over the rest of its line
            return false;
        }
        if (Character.isLowerCase(next.charAt(0)) && !wrapped && (endedSentence(previous)
                || Names.isName(previous) && fewWords(next) && next.codePoints().noneMatch(Character::isUpperCase)
                && !SENTENCE_END.matcher(next).find())) {
            // in a text not wrapped by hand, a line in lower case after a sentence that ended, or a short one under
            // a name (in lower case only: not a menu's "AirPods Pro" over "macOS Catalina"), is a line of its own: a
            // byline under a dek ("lek. Anna Wróblewska"), a role under its name ("Kadri Lepik" over "tõlkija")
            return false;
        }
        if (Character.isLowerCase(next.charAt(0))) {
            // the rest of a sentence, unless it is a line that starts a block of its own (a date line opening with
            // its weekday in lower case, "di 17 september 2019"; an e-mail address; a byline in lower case) after a
            // line that ended, or that does not end a sentence itself: "… per i turisti" over "di Chiara Zanetti" is
            // a headline over its byline, "… es obra del equipo" over "de Juan Pérez." one sentence
            return wrapped || previous.endsWith(",") || !startsBlock.test(next)
                    || !endsPhrase(previous) && SENTENCE_END.matcher(next).find();
        }
        if (startsBlock.test(next) || startsBlock.test(previous)) {
            return false;
        }
        return wrapped;
    }

    /**
     * The width a hard-wrapped text was wrapped at, or 0 when lines are not wrapped (a web paste, where each
     * paragraph is one line). Wrapped: the 90th percentile of line lengths lies between 35 and 110 characters,
     * and at least two lines in five come near it.
     */
    /** The words of the text, read only when a hyphenated line end needs them (most texts have none). */
    private static final class LazyVocabulary extends java.util.AbstractSet<String> {
        private final String text;
        private Set<String> words;

        LazyVocabulary(String text) {
            this.text = text;
        }

        private Set<String> words() {
            if (words == null) {
                words = Vocabulary.of(text);
            }
            return words;
        }

        @Override
        public boolean contains(Object word) {
            return words().contains(word);
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return words().iterator();
        }

        @Override
        public int size() {
            return words().size();
        }
    }

    /** Short lines that occur more than once: running headers and footers of a PDF, repeated page furniture. */
    static Set<String> repeatedLines(String[] lines) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (String line : lines) {
            String t = line.strip();
            if (t.length() >= 3 && t.length() <= 100) {
                counts.merge(t, 1, Integer::sum);
            }
        }
        Set<String> repeated = new java.util.HashSet<>();
        counts.forEach((line, count) -> {
            if (count > 1) {
                repeated.add(line);
            }
        });
        return repeated;
    }

    static int wrapWidth(String[] lines) {
        List<Integer> lengths = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                lengths.add(line.strip().length());
            }
        }
        if (lengths.size() < 4) {
            return 0;
        }
        List<Integer> sorted = lengths.stream().sorted().toList();
        int width = sorted.get((int) Math.floor(sorted.size() * 0.9) - 1);
        if (width < 35 || width > 110) {
            return 0;
        }
        long near = lengths.stream().filter(length -> length >= width * 0.7 && length <= width * 1.15).count();
        return near * 5 >= lengths.size() * 2 ? width : 0;
    }

    /** Appends a line to the text before it: in time linear in the line, however long the text is. */
    private static void join(StringBuilder before, String after, Set<String> words) {
        if (before.length() == 0) {
            before.append(after);
        } else if (Hyphenation.isSplit(before, after)) {
            Hyphenation.join(before, after, words);
        } else {
            before.append(' ').append(after);
        }
    }
}
