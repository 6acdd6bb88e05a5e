package io.github.briefwright.core.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.briefwright.core.model.Briefing;
import io.github.briefwright.core.model.BriefingSummary;
import io.github.briefwright.core.model.Entity;
import io.github.briefwright.core.model.Paragraph;
import io.github.briefwright.core.model.Quote;
import io.github.briefwright.core.model.Section;
import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The offline search index, written as a script ({@code search/index.js}) so that the search page can load it
 * from {@code file://} as well as from any server and sub-path, with no request to anywhere else.
 *
 * <p>It is an inverted index: for every term (lower case, accents off, a plural "s" folded, common words out),
 * the briefings that contain it, each with the weight of the field it is in: title 8, entity or tag 4, summary or
 * key point 2, body 1. A briefing is stored once: title, path, date and a short text for the result snippet.
 * Terms and postings are compact strings: a posting is the briefing's number in base 36 and its weight digit.
 * {@code assets/search.js} reads it with the same rules for terms ({@link #terms}).
 *
 * <p>A large site's index is cut into {@link #parts} parts, each an index of its own of the briefings whose slug
 * falls in it ({@link #part}), so that an edit to one briefing writes one part again, not the whole index:
 * {@code search/index.js} names the parts ({@link #writeParts}), and the search page loads them all. A briefing is
 * in one part only, so each part is searched on its own and the results put together.
 */
public final class SearchIndex {

    private static final int SNIPPET = 240;
    private static final Set<String> STOP = Set.of("the", "and", "for", "that", "with", "this", "from", "are", "was",
            "were", "has", "have", "had", "not", "but", "its", "his", "her", "their", "they", "them", "than", "then",
            "which", "who", "will", "would", "can", "could", "should", "been", "into", "also", "about", "more", "some",
            "such", "only", "over", "other", "there", "what", "when", "where", "while", "these", "those", "our", "you");
    /** The length of the longest word of {@link #STOP}: a longer term is looked up in it for nothing. */
    private static final int LONGEST_STOP_WORD = STOP.stream().mapToInt(String::length).max().orElse(0);
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final JsonMapper JSON = JsonMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

    /** About how many briefings a part of the index holds. */
    static final int PART_SIZE = 256;

    /**
     * How many parts an index of {@code briefings} is cut into: a power of two, so that a briefing stays in its
     * part while the site grows or shrinks within a factor of two.
     */
    public static int parts(int briefings) {
        return Integer.highestOneBit(Math.max(1, briefings / PART_SIZE));
    }

    /** The part, from 0, of an index of {@code parts} parts that holds the briefing with {@code slug}. */
    public static int part(String slug, int parts) {
        int hash = slug.hashCode();
        return Math.floorMod(hash ^ (hash >>> 16), parts);
    }

    /** Writes {@code search/index.js}: the names of the index's parts, beside it, in order. */
    public static void writeParts(int parts, Writer out) throws IOException {
        List<String> names = new ArrayList<>(parts);
        for (int part = 0; part < parts; part++) {
            String path = io.github.briefwright.core.SitePaths.searchPart(part);
            names.add(path.substring(path.lastIndexOf('/') + 1));
        }
        out.write("window.BRIEFWRIGHT_SEARCH_PARTS = ");
        out.write(JSON.writeValueAsString(names));
        out.write(";\nwindow.BRIEFWRIGHT_SEARCH_FROM = document.currentScript ? document.currentScript.src : '';\n");
    }

    /** One briefing's terms and weights: made in the per-briefing pass, from the whole briefing. */
    public static Map<String, Integer> termsOf(Briefing briefing) {
        Map<String, Integer> weights = new HashMap<>();
        add(weights, briefing.title(), 8);
        for (Entity entity : briefing.entities()) {
            add(weights, entity.name(), 4);
        }
        briefing.tags().forEach(tag -> add(weights, tag, 4));
        if (briefing.summary() != null) {
            add(weights, briefing.summary(), 2);
        }
        if (briefing.dek() != null) {
            add(weights, briefing.dek(), 2);
        }
        for (Quote point : briefing.keyPoints()) {
            add(weights, point.text(), 2);
        }
        for (Section section : briefing.sections()) {
            if (section.heading() != null) {
                add(weights, section.heading(), 2);
            }
            for (Paragraph paragraph : section.paragraphs()) {
                add(weights, paragraph.text(), 1);
            }
        }
        return weights;
    }

    /**
     * One briefing's terms and weights, compact: kept by a builder that builds again and again (the preview
     * server), so that an edit does not find the terms of every briefing again. The words are shared between
     * briefings through {@code words}.
     */
    public record Terms(String[] words, byte[] weights) {

        /** {@link #termsOf} the briefing, each word taken from (or put into) {@code words}. */
        public static Terms of(Briefing briefing, Map<String, String> words) {
            Map<String, Integer> weights = termsOf(briefing);
            String[] all = new String[weights.size()];
            byte[] each = new byte[weights.size()];
            int i = 0;
            for (Map.Entry<String, Integer> term : weights.entrySet()) {
                all[i] = words.computeIfAbsent(term.getKey(), word -> word);
                each[i++] = (byte) Math.min(9, term.getValue());
            }
            return new Terms(all, each);
        }
    }

    /** Writes one part of the index ({@link Builder#write}) for the briefings, newest first. */
    public static void write(List<BriefingSummary> newest, Map<String, Map<String, Integer>> termsBySlug, Writer out)
            throws IOException {
        Builder index = new Builder();
        for (BriefingSummary briefing : newest) {
            index.add(briefing, termsBySlug.getOrDefault(briefing.slug(), Map.of()));
        }
        index.write(out);
    }

    /**
     * The index being made: briefings are added newest first, each with its terms ({@link #termsOf}), which go
     * straight into the postings, so that no briefing's terms need to be kept once added.
     */
    public static final class Builder {
        private final List<List<Object>> docs = new ArrayList<>();
        private final Map<String, StringBuilder> postings = new HashMap<>();

        /** Adds the next briefing (newest first) with its terms and weights. */
        public void add(BriefingSummary briefing, Map<String, Integer> terms) {
            int doc = docs.size();
            String text = briefing.summary() != null ? briefing.summary() : briefing.dek() != null ? briefing.dek() : "";
            // the date as seconds too, so that the search page orders equal scores newest first across parts
            Long instant = BriefingSummary.instant(briefing.date());
            docs.add(java.util.Arrays.asList(briefing.title(), briefing.path(),
                    briefing.date() == null ? "" : briefing.date(),
                    text.length() > SNIPPET ? text.substring(0, SNIPPET) + "…" : text, instant));
            String id = Integer.toString(doc, 36);
            for (Map.Entry<String, Integer> term : terms.entrySet()) {
                post(term.getKey(), id, term.getValue());
            }
        }

        /** Adds the next briefing (newest first) with its terms and weights. */
        public void add(BriefingSummary briefing, Terms terms) {
            add(briefing, Map.of());
            String id = Integer.toString(docs.size() - 1, 36);
            for (int i = 0; i < terms.words().length; i++) {
                post(terms.words()[i], id, terms.weights()[i]);
            }
        }

        private void post(String term, String id, int weight) {
            StringBuilder posting = postings.computeIfAbsent(term, t -> new StringBuilder());
            if (posting.length() > 0) {
                posting.append(',');
            }
            posting.append(id).append(':').append(Math.min(9, weight));
        }

        /**
         * Writes a part of the index: a script that adds to the list {@code window.BRIEFWRIGHT_SEARCH} an index of
         * the briefings in the order added, its terms in order.
         */
        public void write(Writer out) throws IOException {
            Map<String, Object> index = new LinkedHashMap<>();
            index.put("version", 2);
            index.put("docs", docs);
            Map<String, String> terms = new LinkedHashMap<>();
            postings.keySet().stream().sorted().forEach(term -> terms.put(term, postings.get(term).toString()));
            index.put("terms", terms);
            out.write("(window.BRIEFWRIGHT_SEARCH = window.BRIEFWRIGHT_SEARCH || []).push(");
            out.write(JSON.writeValueAsString(index).replace("<", "\\u003c"));
            out.write(");\n");
        }
    }

    private static void add(Map<String, Integer> weights, String text, int weight) {
        Integer boxed = weight;
        forEachTerm(text, term -> weights.merge(term, boxed, Math::max));
    }

    /** Search terms of a text; {@code assets/search.js} does the same to a query. */
    public static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        forEachTerm(text, terms::add);
        return terms;
    }

    /**
     * Gives each search term of a text, in order: a run of letters, digits, combining marks and apostrophes ("’"
     * read as "'"), lower case, accents off, made a term by {@link #term}. A run of ASCII characters, most of any
     * text, is made a term in a reused buffer without the intermediate strings.
     */
    private static void forEachTerm(String text, java.util.function.Consumer<String> sink) {
        char[] token = new char[Math.min(text.length(), 64)];
        int length = 0;
        boolean plain = true;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c == '’') {
                c = '\'';
            }
            boolean part = c < 0x80
                    ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\''
                    : Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
            if (part) {
                if (length == token.length) {
                    token = java.util.Arrays.copyOf(token, Math.max(16, length * 2));
                }
                token[length++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c < 0x80 ? c : Character.toLowerCase(c);
                plain &= c < 0x80;
            } else if (length > 0) {
                String term = plain ? plainTerm(token, length) : term(MARKS.matcher(
                        Normalizer.normalize(new String(token, 0, length), Normalizer.Form.NFD)).replaceAll(""));
                if (term != null) {
                    sink.accept(term);
                }
                length = 0;
                plain = true;
            }
        }
    }

    /** {@link #term} of an ASCII token held in {@code token[0, length)}, worked out in place. */
    private static String plainTerm(char[] token, int length) {
        int start = 0;
        int end = length;
        while (start < end && token[start] == '\'') {
            start++;
        }
        while (end > start && token[end - 1] == '\'') {
            end--;
        }
        if (end - start >= 2 && token[end - 2] == '\'' && token[end - 1] == 's') {
            end -= 2;
        }
        int kept = start;
        for (int k = start; k < end; k++) {
            if (token[k] != '\'') {
                token[kept++] = token[k];
            }
        }
        int size = kept - start;
        if (size > 4 && token[kept - 1] == 's' && token[kept - 2] != 's') {
            size--;
        }
        if (size < 2) {
            return null;
        }
        String term = new String(token, start, size);
        return size <= LONGEST_STOP_WORD && STOP.contains(term) ? null : term;
    }

    /** One token as a term: apostrophes and a possessive off, a plural folded; {@code null} when too short or common. */
    private static String term(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && token.charAt(start) == '\'') {
            start++;
        }
        while (end > start && token.charAt(end - 1) == '\'') {
            end--;
        }
        String term = token.substring(start, end);
        if (term.endsWith("'s")) {
            term = term.substring(0, term.length() - 2);
        }
        if (term.indexOf('\'') >= 0) {
            term = term.replace("'", "");
        }
        if (term.length() > 4 && term.endsWith("s") && !term.endsWith("ss")) {
            term = term.substring(0, term.length() - 1);
        }
        return term.length() >= 2 && !STOP.contains(term) ? term : null;
    }
}
