package io.github.briefwright.core.structure;

import io.github.briefwright.core.model.Author;
import io.github.briefwright.core.model.Block;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The word for "by" or "from" before a byline's name in a language no list of {@link Bylines} knows ("Daga Usman
 * Adamu Garba" in Hausa, "Nga Mulalo Nemakonde" in Venda, "Hi Tsakani Maluleke" in Tsonga), found by its shape
 * whatever the language: a short first word (four letters at most) before a person's name of two words or more
 * ({@link Names#isName}; not "The" before "Associated Press"), which the paste's text uses in lower case as a word
 * of its own at least {@value #USES} times, while it uses none of the name's other words so and never names the
 * whole ("the Food Safety Authority said"). A given name is not a common word of the text it heads; a language's
 * word for "by" is. In a text of a language the stop-word list holds ({@value #KNOWN_LANGUAGE} of its words in lower
 * case or more are function words), the word must be one of them. Linear in the paste's length.
 */
final class ByWords {

    /** How long the first word may be: the words for "by" and "from" are short in every language. */
    private static final int MAX_LETTERS = 4;
    /** How often the text must use the word in lower case. */
    static final int USES = 2;
    /**
     * The share of function words among a text's words in lower case from which its language is one the stop-word
     * list holds (English, Occitan, most of Europe's: 0.3 to 0.45; Hausa, Corsican, Venda: 0.05 to 0.25): there, the
     * word before the name must be one of its function words ("From", "Per"), and a given name the text uses as a
     * word ("Hope", "Grace") stays the name's.
     */
    static final double KNOWN_LANGUAGE = 0.3;
    /** How much of the paste is read for those uses. */
    private static final int MAX_CHARS = 200_000;

    private ByWords() {
    }

    /** The head with each author's leading word for "by" taken off; the same head when there is none. */
    static Head without(Head head, List<Block> blocks) {
        List<String> words = new ArrayList<>();
        for (Author author : head.authors()) {
            if (leadWord(author.name()) != null) {
                for (String word : author.name().strip().split("\\s+")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        if (words.isEmpty()) {
            return head;
        }
        Map<String, Integer> uses = new HashMap<>();
        boolean knownLanguage = lowerCaseUses(blocks, words, uses) >= KNOWN_LANGUAGE;
        List<Author> authors = new ArrayList<>();
        boolean changed = false;
        for (Author author : head.authors()) {
            String first = leadWord(author.name());
            String lower = first == null ? null : first.toLowerCase(Locale.ROOT);
            String rest = first == null ? null : author.name().strip().substring(first.length()).strip();
            if (first != null && uses.getOrDefault(lower, 0) >= USES
                    && (!knownLanguage || BlockFeatures.isStopWord(lower)) && Names.isName(rest)
                    && namedOnly(rest, uses) && !namedWhole(author.name(), blocks)) {
                authors.add(new Author(rest, author.bio()));
                changed = true;
            } else {
                authors.add(author);
            }
        }
        return changed ? new Head(head.title(), head.dek(), authors, head.date(), head.publisher(), head.sourceUrl())
                : head;
    }

    /**
     * Whether no word of the rest is used in lower case in the text: a person's name is not ("Usman Adamu Garba"),
     * an organisation's words often are ("The Food Safety Authority", "The Editorial Board").
     */
    private static boolean namedOnly(String rest, Map<String, Integer> uses) {
        for (String word : rest.strip().split("\\s+")) {
            if (uses.containsKey(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the text names the whole, first word and all, elsewhere: then the word is the name's own ("the Food
     * Safety Authority said", "The Editorial Board is composed of…").
     */
    private static boolean namedWhole(String name, List<Block> blocks) {
        String whole = name.strip().toLowerCase(Locale.ROOT);
        int read = 0;
        for (Block block : blocks) {
            read += block.text().length();
            if (read > MAX_CHARS) {
                break;
            }
            if (block.text().toLowerCase(Locale.ROOT).contains(whole)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first word of a name when it is a capitalised word of letters alone, of {@value #MAX_LETTERS} letters at
     * most, followed by at least two capitalised words; else {@code null}.
     */
    static String leadWord(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 3 || !Character.isUpperCase(words[0].codePointAt(0))) {
            return null;
        }
        int letters = 0;
        for (int i = 0; i < words[0].length(); ) {
            int c = words[0].codePointAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                return null;
            }
            i += Character.charCount(c);
        }
        if (letters > MAX_LETTERS || !Character.isUpperCase(words[1].codePointAt(0))
                || !Character.isUpperCase(words[words.length - 1].codePointAt(0))) {
            return null;
        }
        return words[0];
    }

    /**
     * Counts into {@code uses} how often each of the words stands in lower case, as a word of its own
     * ({@link BlockFeatures#words}), in the blocks' text; returns the share of the text's words in lower case that are
     * function words of the languages the stop-word list holds ({@link BlockFeatures#isStopWord}).
     */
    private static double lowerCaseUses(List<Block> blocks, List<String> words, Map<String, Integer> uses) {
        int lowerCase = 0;
        int stopWords = 0;
        int read = 0;
        for (Block block : blocks) {
            String text = block.text();
            read += text.length();
            if (read > MAX_CHARS) {
                break;
            }
            for (String word : BlockFeatures.words(text)) {
                if (Character.isLowerCase(word.codePointAt(0))) {
                    lowerCase++;
                    stopWords += BlockFeatures.isStopWord(word) ? 1 : 0;
                    if (words.contains(word)) {
                        uses.merge(word, 1, Integer::sum);
                    }
                }
            }
        }
        return lowerCase == 0 ? 0 : stopWords / (double) lowerCase;
    }
}
