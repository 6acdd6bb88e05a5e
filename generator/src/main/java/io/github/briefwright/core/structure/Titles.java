package io.github.briefwright.core.structure;

import io.github.briefwright.core.model.Block;
import io.github.briefwright.core.model.Block.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title of a paste chosen among scored candidates: every head block that could be a title (a short
 * paragraph the head reader would not claim as noise, byline, date or source). A candidate scores by:
 * <ul>
 *   <li>where it stands: the first candidate 1 (a paste usually starts at the headline; a section's label of up to
 *       two words, or shouted, or of a breadcrumb's parts, over a headline with its dek or byline under it does not
 *       count: the headline after it is the first), less 0.25 for each
 *       plausible candidate before it (one whose shape, below, scores 0 or more: navigation and labels do not push
 *       the title down);</li>
 *   <li>what stands below it: a byline or date line as the next block 1.5, further down in the head 1 (pages
 *       print the byline and date under the headline, perhaps after a dek: every line above the byline gets the
 *       1, so it only tells a headline from what stands below the byline); a sentence of eight words or more as
 *       the next block (a dek or the text) 0.5; a byline or date line right above it 0.25;</li>
 *   <li>its shape: one or two words −1.5, three −1 (a masthead's length), four to twenty 0.5 (a sports page's or a
 *       live page's long headline has up to twenty); a shouted line of up to four words −1 (a section label); a separator ("|", "»", " > ", " / ", "·", "•") −1 (navigation, breadcrumbs); a
 *       lower-case start −0.5; a full date on it −2 (a dated byline); the same text standing again in the head −1
 *       (a masthead repeated); two or more names and nothing else −1.5 (a byline without "By"); a line longer
 *       than the candidate right above it (of three words or more, not a section label or a publisher) −1 (the
 *       dek under its headline); a publisher's name ("Example Institute for Policy", see {@link #publisherLike})
 *       −2.</li>
 * </ul>
 * These are the hand weights ({@link TitleModel#hand()}); each part is a feature of {@link TitleModel#FEATURES}, with
 * more features that the hand weights leave at zero (length in words, title-case share, overlap with the first
 * body paragraphs, a repeat after the head, where the article-start search points…), so that weights learned on
 * the corpus ({@code bench/train-head.sh}, {@link TitleModel#builtIn()}) can replace them.
 * The best candidate wins; a tie goes to the earlier. Linear in the head: one pass from the end marks the next
 * byline or date line of every block. A line that opens the paste may be a headline written as a sentence (see
 * {@link HeadReader#openingHeadline}); when the best candidate is a section label, the head reader falls back to its
 * line-by-line reading.
 */
final class Titles {

    /** A line ending in a question or exclamation mark (closing quotes or brackets after it allowed). */
    private static final Pattern QUESTION = Pattern.compile("[?!？！][\\p{Pf}\\p{Pe}\"']*$");
    /** One to three words and a colon opening a line with more after it: "Ski: …", "Available Lengths: …". */
    static final Pattern LABEL_COLON = Pattern.compile("^[^\\s:]+(?:\\s[^\\s:]+){0,2}\\s?[:：]\\s*\\S");
    /** A token of signs only ("&", "+", "–"): no word of a title's length ("Nation & World" is a two-word label). */
    private static final Pattern SYMBOL_TOKEN = Pattern.compile("(?<!\\S)[^\\p{L}\\p{N}\\s]+(?!\\S)");
    /**
     * A breadcrumb's, a ticker's or a masthead's separator; "»" and "›" between spaces, not a closing quote ("через
     * «Дію»"); a ticker's "●" between its headlines.
     */
    private static final Pattern SEPARATOR = Pattern.compile("\\s\\|\\s|\\||\\s[»›]\\s|\\s>\\s|\\s/\\s|·|•|\\s●\\s"
            + "|\\s?＞\\s?");
    /**
     * A breadcrumb's chevron between spaces ("Salelolo Bay Game Fishing Club › Club News"): a headline may hold a
     * bar ("Opinion | Why the council was right"), not a chevron; the line under a breadcrumb is no dek of it.
     */
    static final Pattern CHEVRON = Pattern.compile("\\s+[»›>]\\s+");
    /** "By" or an author label alone on a line: the byline's names stand on the next line. */
    /** A place's name alone, of one to three capitalised words: where a byline's writers wrote from ("Mumbai"). */
    private static final Pattern PLACE = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,2}");
    private static final Pattern BY_LABEL = Pattern.compile("(?i)(?:[•·▪*]\\s*)?(?:by|written by|authors?)\\s*:?");

    private static final Set<String> CONNECTIVES = Set.of("of", "for", "and", "the", "on", "in", "at", "de", "du",
            "des", "la", "le", "der", "die", "das", "für", "und", "del", "di", "e", "y", "et");
    /** Words that name an organisation or a publication. */
    /** Words that name a publication, not any organisation: a site's name after a bar holds one. */
    private static final Set<String> MASTHEAD = Set.of("times", "post", "journal", "daily", "weekly", "magazine", "news",
            "gazette", "herald", "tribune", "courier", "chronicle", "observer", "guardian", "telegraph", "express",
            "press", "media", "radio", "television", "blog", "newsletter", "bulletin", "digest", "quarterly", "monthly");
    private static final Set<String> PUBLICATION = union(MASTHEAD, Set.of("institute", "institution", "centre", "center",
            "university", "foundation", "council", "ministry", "department", "office", "government", "agency",
            "association", "society", "school", "college", "academy", "group", "company", "corporation", "network",
            "review", "report", "programme", "program", "project", "commission", "committee", "bank", "fund", "trust",
            "union", "federation", "organisation", "organization"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.addAll(b);
        return Set.copyOf(both);
    }

    /** The index of the feature "interface-words", a part of the hand score's shape. */
    private static final int INTERFACE = TitleModel.FEATURES.indexOf("interface-words");

    /**
     * The most words of a line in capitals that labels what stands under it rather than heading it as a headline over
     * its dek: a column's name, "IN THE GARDEN WITH THANDEKA" over "Don't let winter fool you: …".
     */
    private static final int SHOUTED_LABEL_WORDS = 6;

    /**
     * A faculty's, a department's or an office's name, as a university's or a ministry's news page prints it over
     * the headline: "Faculty of Science and Technology", "School of Law", "Centre for Marine Studies".
     */
    private static final Pattern UNIT_NAME = Pattern.compile("(?:The\\s+)?(?:Faculty|School|Department|Institute|"
            + "Centre|Center|College|Division|Office|Ministry|Directorate|Bureau|Laboratory)\\s+(?:of|for)"
            + "(?:\\s+(?:and|&|the|of|for|in))*\\s+\\p{Lu}[\\p{L}'’-]*(?:(?:\\s+(?:and|&|the|of|for|in))*\\s+"
            + "\\p{Lu}[\\p{L}'’-]*){0,5}");

    /** How many body paragraphs under the head a candidate's words are compared with. */
    private static final int BODY_PARAGRAPHS = 3;

    private Titles() {
    }

    /**
     * The index of the title block among {@code blocks[0, end)}, or -1 when no block may be a title, by the hand
     * weights and without an article start.
     */
    static int choose(List<Block> blocks, int end, Predicate<Block> candidate) {
        return choose(blocks, end, candidate, -1, null, TitleModel.hand(), null);
    }

    /**
     * The index of the title block among {@code blocks[0, end)}, or -1 when no block may be a title.
     *
     * @param candidate whether a block may be the title (the head reader's own test)
     * @param start the block the search for a whole page's article start found, or -1
     * @param opening the block that opens the paste as a headline written as a sentence, or {@code null}
     * @param model the weights of the features
     * @param sink receives the candidates with their features (for training), or {@code null}
     */
    static int choose(List<Block> blocks, int end, Predicate<Block> candidate, int start, Block opening,
            TitleModel model, Consumer<List<TitleModel.Candidate>> sink) {
        List<TitleModel.Candidate> candidates = candidates(blocks, end, candidate, start, opening,
                sink != null || model.usesMore());
        if (sink != null) {
            sink.accept(candidates);
        }
        int best = -1;
        int at = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < candidates.size(); k++) {
            double score = model.score(candidates.get(k).features());
            if (score > bestScore) {
                bestScore = score;
                best = candidates.get(k).index();
                at = k;
            }
        }
        // the next candidate says the same and more: "Disruption between A and B" (a breadcrumb's current page)
        // over "Disruption between A and B: line blocked until Sunday", the headline
        // or the best ends with the next: a breadcrumb that ends with the headline under it ("You are here: Home /
        // Club News / Venter smashes …" over "Venter smashes …")
        if (at >= 0 && at + 1 < candidates.size() && candidates.get(at + 1).index() == HeadReader.nextBlock(blocks, best)
                && (saysMore(candidates.get(at + 1).text(), candidates.get(at).text())
                || endsWith(candidates.get(at).text(), candidates.get(at + 1).text()))) {
            best = candidates.get(at + 1).index();
        }
        return best;
    }

    /** Whether {@code longer} ends with {@code shorter} of three words or more after a separator: a breadcrumb. */
    private static boolean endsWith(String longer, String shorter) {
        String a = longer.strip();
        String b = shorter.strip();
        return HeadReader.words(b) >= 3 && a.length() > b.length() + 2 && a.endsWith(b)
                && SEPARATOR.matcher(a.substring(0, a.length() - b.length())).find();
    }

    /** Whether {@code longer} is {@code shorter} and a separator and more: a headline after its own short form. */
    private static boolean saysMore(String longer, String shorter) {
        String a = longer.strip();
        String b = shorter.strip();
        return HeadReader.words(b) >= 3 && a.length() > b.length() + 2 && a.startsWith(b)
                && EXTENSION.matcher(a.substring(b.length())).lookingAt();
    }

    /** What joins a headline's short form to the rest of it: a colon, a dash or a bar. */
    private static final java.util.regex.Pattern EXTENSION = java.util.regex.Pattern.compile("\\s*[:：—–|]\\s*\\S|\\s+-\\s+\\S");

    /** Every block of {@code blocks[0, end)} that may be the title, with its features, in order. */
    static List<TitleModel.Candidate> candidates(List<Block> blocks, int end, Predicate<Block> candidate, int start,
            Block opening) {
        return candidates(blocks, end, candidate, start, opening, true);
    }

    /**
     * @param all whether to compute every feature, or only those of the hand score (the others left at zero: a
     *            whole page's later paragraphs are not read for weights that do not use them)
     */
    private static List<TitleModel.Candidate> candidates(List<Block> blocks, int end, Predicate<Block> candidate,
            int start, Block opening, boolean all) {
        int limit = Math.min(end, blocks.size());
        // whether each block of the head is a byline or date line, and the first such block after each
        int to = Math.min(blocks.size(), limit + 6);
        boolean[] meta = new boolean[to];
        int[] nextMeta = new int[to];
        int next = -1;
        for (int i = to - 1; i >= 0; i--) {
            nextMeta[i] = next;
            meta[i] = blocks.get(i).kind() != Kind.BREAK && isMeta(blocks.get(i));
            next = meta[i] ? i : next;
        }
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> laterAt = new HashMap<>(); // where each line last stands in the head
        Map<String, List<String>> endsOf = new HashMap<>(); // each line's ends: a breadcrumb ending with the headline
        Set<String> ends = new HashSet<>();
        for (int i = 0; i < limit; i++) {
            if (blocks.get(i).kind() == Kind.PARAGRAPH) {
                String key = key(blocks.get(i).text());
                seen.merge(key, 1, Integer::sum);
                laterAt.put(key, i);
                // by the line as written: where a word runs into the next depends on the letters' case; not a
                // byline's ("Por Camila Nogueira, Portal Vale Norte — Serra Azul do Norte" ends with a place)
                if (!meta[i]) {
                    ends.addAll(endsOf.computeIfAbsent(blocks.get(i).text().strip(), Titles::ends));
                }
            }
        }
        List<String> copyrights = null; // the footer's copyright lines, read when a short candidate needs them
        List<TitleModel.Candidate> candidates = new ArrayList<>();
        Set<String> later = null; // the paragraphs after the head, read when a candidate needs them
        Set<String> bodyWords = null;
        int ordinal = 0;
        int leading = 0; // how many section's labels over the headline the first candidates are
        int plausible = 0;
        int previousCandidate = -1;
        int previousWords = 0;
        Map<String, Integer> firstAt = new HashMap<>(); // where each candidate's text first stands
        for (int i = 0; i < limit; i++) {
            Block block = blocks.get(i);
            if (!candidate.test(block)) {
                continue;
            }
            if (all && later == null) {
                later = new HashSet<>();
                bodyWords = new HashSet<>();
                int bodies = 0;
                for (int j = limit; j < blocks.size(); j++) {
                    Block after = blocks.get(j);
                    if (after.kind() != Kind.PARAGRAPH) {
                        continue;
                    }
                    later.add(key(after.text()));
                    if (bodies < BODY_PARAGRAPHS && HeadReader.isBodyParagraph(after)) {
                        bodies++;
                        bodyWords.addAll(contentWords(after.text()));
                    }
                }
            }
            String text = block.text().strip();
            int words = HeadReader.words(SYMBOL_TOKEN.matcher(text).replaceAll(" "));
            double[] x = new double[TitleModel.FEATURES.size()];
            x[0] = words <= 2 ? 1 : 0;
            x[1] = words == 3 ? 1 : 0;
            x[2] = words >= 4 && words <= 20 ? 1 : 0;
            x[3] = shouted(text) && words <= 4 ? 1 : 0;
            // a breadcrumb: separators, or a line ending with another line of the head ("Home Holidays Spiced
            // Pear Jam for the Holidays" over "Spiced Pear Jam for the Holidays")
            x[4] = SEPARATOR.matcher(text).find()
                    || endsOf.getOrDefault(text, List.of()).stream().anyMatch(seen::containsKey) ? 1 : 0;
            x[5] = Character.isLowerCase(text.codePointAt(0)) ? 1 : 0;
            x[6] = DateText.find(text, DateText.Order.UNKNOWN).filter(f -> !f.ambiguous()).isPresent() ? 1 : 0;
            // a line standing twice is a masthead repeated, not when a breadcrumb ends with it ("Home News IMF
            // dims outlook…" over "IMF dims outlook…"): that is the page's headline
            // (a line of more than a masthead's words standing first in a newsletter's top bar and again over its
            // text, a few lines further down, is the page's headline: its last place in the head is no repeat)
            Integer earlier = firstAt.putIfAbsent(key(text), i);
            boolean headlineAgain = words > REPEATED_WORDS && earlier != null
                    && laterAt.getOrDefault(key(text), i) == i && blocksBetween(blocks, earlier, i) >= REPEAT_APART;
            x[7] = seen.getOrDefault(key(text), 0) > 1 && !ends.contains(key(text)) && !headlineAgain ? 1 : 0;
            Bylines.Byline names = words <= 12 ? Bylines.parseBare(text) : null;
            // names and nothing else, or only where each wrote from: "Henry Osborne in London and Camila Reyes in
            // Santiago", "Rohit Venkataraman & Ankita Deshpande | Mumbai"
            x[8] = names != null && names.names().size() > 1
                    && names.otherParts().stream().allMatch(part -> part.startsWith("in ")
                            || PLACE.matcher(part).matches())
                    // or the byline's second line, the writer's role under the name ("Melissa Tran" over "Local
                    // Journalism Initiative Reporter")
                    || Bylines.isRoleLine(text) && namesAbove(blocks, i) ? 1 : 0;
            // a publisher's name, or the site's name over its own interface ("The Quiet Ledger" over "Subscribe")
            boolean publisher = publisherLike(text) || ordinal == 0 && interfaceNext(blocks, i)
                    || words <= COPYRIGHT_HOLDER_WORDS && holdsCopyright(text,
                    copyrights == null ? (copyrights = copyrightLines(blocks, limit)) : copyrights);
            x[9] = publisher ? 1 : 0;
            // the first candidate, not counting a section's label over the headline ("Sport / Rugby", "EXCLUSIVE")
            boolean unit = UNIT_NAME.matcher(text).matches();
            boolean label = ordinal == 0 && (words <= 2 || HeadReader.isKicker(text) || x[4] == 1 && words <= 4)
                    && headlineNext(blocks, i, meta)
                    // a column's name in capitals over its headline, under the section's label or first: "IN THE
                    // GARDEN WITH THANDEKA" over "Don't let winter fool you: …" over its dek; a faculty's name
                    // ("Faculty of Science and Technology")
                    || ordinal == leading && leading <= 1 && (shouted(text) && words <= SHOUTED_LABEL_WORDS
                    || unit) && headlineNext(blocks, i, meta)
                    // a section's label of three words over a headline that has its dek under it ("Casa e Jardim"
                    // over "7 dicas para …" over "Com pouco espaço …"): a headline of three words has its dek right
                    // under it, then the byline
                    || ordinal == 0 && words == 3 && headlineAndDekNext(blocks, i, meta)
                    // a section's label over the date line, then the headline and its dek ("Наука и инновации" over
                    // "12 февраля 2024" over "Учёные ЕФУ получили …" over "Материал разлагается …")
                    || ordinal == 0 && words <= 3 && dateThenHeadline(blocks, i, meta)
                    // a topic's label that the headline under it names ("Dancing With the Stars" over "Published 22
                    // hours ago" over "James Van Der Beek eliminated from 'Dancing with the Stars' after …")
                    || ordinal == 0 && words <= TOPIC_WORDS && namedByHeadlineUnder(blocks, i, meta, text)
                    // a column's name of three words over its headline, which comes back after the text before the
                    // headlines of the column's other letters ("Ask Aunty Bimpe: …")
                    || ordinal == 0 && words == 3 && lineNext(blocks, i, COLUMN_HEADLINE_WORDS)
                    && recursAfter(blocks, limit, text);
            x[10] = ordinal == leading && !label ? 1 : 0;
            x[11] = plausible;
            int before = previous(blocks, i);
            x[12] = previousWords >= 3 && words > previousWords && before >= 0 && before == previousCandidate ? 1 : 0;
            x[13] = before >= 0 && meta[before] ? 1 : 0;
            below(blocks, i, meta, nextMeta[i], x);
            x[INTERFACE] = InterfaceWords.share(text);
            if (all) {
                more(blocks, i, limit, start, opening, text, words, ordinal, later, bodyWords, x);
            }
            candidates.add(new TitleModel.Candidate(i, text, x));
            double shape = TitleModel.hand().score(shapeOnly(x));
            ordinal++;
            leading += label && ordinal - 1 == leading ? 1 : 0;
            plausible += shape >= 0 ? 1 : 0;
            previousCandidate = i;
            // a headline's dek is longer than its headline; a masthead, a label or a breadcrumb ("Scotland | Scotland
            // Politics | Edinburgh") over it is no headline ("Opinion | Why the council was right" may be), nor is a
            // label of a few words that stands twice in the head (a menu's item over the headline: "Serra Azul do
            // Norte")
            previousWords = publisher || shouted(text) && words <= SHOUTED_LABEL_WORDS || navigation(text) || unit
                    || x[INTERFACE] >= 0.5 || x[7] == 1 && words <= 4
                    || SEPARATOR.matcher(text).results().count() >= 2 || CHEVRON.matcher(text).find() ? 0 : words;
        }
        return candidates;
    }

    /** The features beyond the hand score's parts. */
    private static void more(List<Block> blocks, int i, int limit, int start, Block opening, String text, int words,
            int ordinal, Set<String> later, Set<String> bodyWords, double[] x) {
        Block block = blocks.get(i);
        x[18] = Math.log1p(words);
        x[19] = capitalisedShare(text);
        x[20] = QUESTION.matcher(text).find() ? 1 : 0;
        x[21] = overlap(text, bodyWords);
        x[22] = later.contains(key(text)) ? 1 : 0;
        x[23] = i == start ? 1 : 0;
        x[24] = i < start ? 1 : 0;
        int between = 0;
        for (int j = i + 1; j < limit; j++) {
            between += blocks.get(j).kind() == Kind.BREAK ? 0 : 1;
        }
        x[25] = Math.log1p(between);
        x[26] = Math.log1p(ordinal);
        x[27] = block == opening ? 1 : 0;
        x[28] = HeadReader.isKicker(text) ? 1 : 0;
        x[29] = digitShare(text);
        x[30] = LABEL_COLON.matcher(text).lookingAt() ? 1 : 0;
    }

    /** The features of a candidate's shape alone (its text, not where it stands), as the hand score weighs them. */
    private static double[] shapeOnly(double[] x) {
        double[] shape = new double[x.length];
        System.arraycopy(x, 0, shape, 0, 10);
        shape[INTERFACE] = x[INTERFACE];
        return shape;
    }

    /** What the blocks below a candidate say for it: a sentence right under it, a byline or date line below. */
    private static void below(List<Block> blocks, int i, boolean[] meta, int nextMeta, double[] x) {
        int next = i + 1;
        while (next < blocks.size() && blocks.get(next).kind() == Kind.BREAK) {
            next++;
        }
        if (next >= blocks.size()) {
            return;
        }
        Block block = blocks.get(next);
        x[14] = block.kind() == Kind.PARAGRAPH && HeadReader.words(block.text()) >= 8
                && HeadReader.endsSentence(block.text()) ? 1 : 0;
        if (nextMeta >= 0) {
            // a headline over its dek of a line or two, right over the byline or date line, stands over it as the
            // dek does: "Council OKs parking meters …" over "Merchants split over …" over "By Dana Whitfield"
            // (not a breadcrumb that ends with the headline under it)
            boolean overDek = next != nextMeta && x[4] == 0 && HeadReader.words(blocks.get(i).text()) >= 4
                    && dekLinesBetween(blocks, next, nextMeta);
            x[15] = next == nextMeta || overDek ? 1 : 0;
            x[16] = x[15] == 1 ? 0 : 1;
        }
    }

    /** The most lines of a dek between a headline and its byline or date line (see {@link #below}). */
    private static final int DEK_LINES = 2;

    /**
     * Whether the blocks from {@code from} to the byline or date line {@code meta} are a dek of one or two lines:
     * paragraphs of one line of three words or more each.
     */
    private static boolean dekLinesBetween(List<Block> blocks, int from, int meta) {
        int lines = 0;
        for (int j = from; j < meta; j++) {
            Block block = blocks.get(j);
            if (block.kind() == Kind.BREAK) {
                continue;
            }
            if (block.kind() != Kind.PARAGRAPH || block.text().strip().indexOf('\n') >= 0
                    || HeadReader.words(block.text()) < 3 || ++lines > DEK_LINES) {
                return false;
            }
        }
        return lines > 0;
    }

    /**
     * Whether the next block is shaped as a headline (one line of four to sixteen words, not a sentence) with its
     * dek (eight words or more) or a byline or date line right under it.
     */
    private static boolean headlineNext(List<Block> blocks, int i, boolean[] meta) {
        if (!lineNext(blocks, i, HEADLINE_NEXT_WORDS)) {
            return false;
        }
        int under = HeadReader.nextBlock(blocks, HeadReader.nextBlock(blocks, i));
        return under < blocks.size() && blocks.get(under).kind() == Kind.PARAGRAPH
                && (under < meta.length && meta[under] || HeadReader.words(blocks.get(under).text()) >= 8);
    }

    /** The most words of the headline {@link #headlineNext} looks for under a label. */
    private static final int HEADLINE_NEXT_WORDS = 16;
    /** The most words of the headline under a column's name ({@link #recursAfter}). */
    private static final int COLUMN_HEADLINE_WORDS = 20;

    /**
     * Whether the next block is one line of four to {@code most} words that ends no sentence: a headline's shape.
     */
    private static boolean lineNext(List<Block> blocks, int i, int most) {
        int next = HeadReader.nextBlock(blocks, i);
        if (next >= blocks.size() || blocks.get(next).kind() != Kind.PARAGRAPH) {
            return false;
        }
        String text = blocks.get(next).text().strip();
        int words = HeadReader.words(text);
        return words >= 4 && words <= most && !HeadReader.endsSentence(text) && text.indexOf('\n') < 0;
    }

    /**
     * Whether a line of the head comes back after it (from block {@code from} on) opening another headline before a
     * colon, as a column's name does before its other letters ("Ask Aunty Bimpe: Should I tell my fiancé …"); not
     * alone, as a masthead comes back in its footer.
     */
    private static boolean recursAfter(List<Block> blocks, int from, String line) {
        String name = line.strip();
        for (int j = from; j < blocks.size(); j++) {
            Block after = blocks.get(j);
            if (after.kind() == Kind.PARAGRAPH || after.kind() == Kind.LIST) {
                for (String text : after.kind() == Kind.LIST ? after.items() : List.of(after.text())) {
                    String t = text.strip();
                    if (t.length() > name.length() && t.charAt(name.length()) == ':'
                            && t.regionMatches(true, 0, name, 0, name.length())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether the next block is shaped as a headline ({@link #headlineNext}) and the one under it is a dek of eight
     * words or more, no byline or date line.
     */
    /**
     * Whether a date line alone stands right under block {@code i} (no byline: a short title over its byline is the
     * title, "2021 Budget Outline" over "December 10, 2021 by Jane Doe"), and a headline and its dek under that.
     */
    private static boolean dateThenHeadline(List<Block> blocks, int i, boolean[] meta) {
        int next = HeadReader.nextBlock(blocks, i);
        return next < meta.length && meta[next] && Datelines.parse(blocks.get(next).text().strip()).isPresent()
                && headlineAndDekNext(blocks, next, meta);
    }

    /** The most words of a line that stands twice in the head as a masthead or a menu's item, not a headline. */
    private static final int REPEATED_WORDS = 8;
    /** How many blocks at least stand between a newsletter's headline in its top bar and over its text. */
    private static final int REPEAT_APART = 3;

    /** How many blocks other than breaks stand between blocks {@code from} and {@code to}. */
    private static int blocksBetween(List<Block> blocks, int from, int to) {
        int between = 0;
        for (int j = from + 1; j < to; j++) {
            between += blocks.get(j).kind() == Kind.BREAK ? 0 : 1;
        }
        return between;
    }

    /** The longest label a headline under it may name ({@link #namedByHeadlineUnder}), in words. */
    private static final int TOPIC_WORDS = 5;

    /**
     * Whether the next line, or the line after a date line or a stamp ("Published 22 hours ago") under block {@code
     * i}, is a headline that holds the candidate's words and three more, and a byline or date line
     * stands under that headline: the candidate is the topic's label over the headline.
     */
    private static boolean namedByHeadlineUnder(List<Block> blocks, int i, boolean[] meta, String text) {
        int next = HeadReader.nextBlock(blocks, i);
        if (next < meta.length && (meta[next]
                || BodyCleaner.isRelativeStamp(HeadReader.withoutPostingLabel(blocks.get(next).text())))) {
            next = HeadReader.nextBlock(blocks, next);
        }
        if (next >= blocks.size() || blocks.get(next).kind() != Kind.PARAGRAPH) {
            return false;
        }
        int under = HeadReader.nextBlock(blocks, next);
        String headline = blocks.get(next).text().strip();
        return under < meta.length && meta[under] && HeadReader.words(headline) >= HeadReader.words(text) + 3
                && (" " + wordsOnly(headline) + " ").contains(" " + wordsOnly(text) + " ");
    }

    /** A line's words in lower case, one space between them: its punctuation and quotes left out. */
    private static String wordsOnly(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private static boolean headlineAndDekNext(List<Block> blocks, int i, boolean[] meta) {
        if (!headlineNext(blocks, i, meta)) {
            return false;
        }
        int under = HeadReader.nextBlock(blocks, HeadReader.nextBlock(blocks, i));
        return under < blocks.size() && !(under < meta.length && meta[under])
                && HeadReader.words(blocks.get(under).text()) >= 8;
    }

    /** Whether the block above is a line of names and nothing else. */
    private static boolean namesAbove(List<Block> blocks, int i) {
        int above = previous(blocks, i);
        if (above < 0 || blocks.get(above).kind() != Kind.PARAGRAPH) {
            return false;
        }
        String[] lines = blocks.get(above).text().strip().split("\n");
        Bylines.Byline names = Bylines.parseBare(lines[lines.length - 1]);
        return names != null && names.otherParts().isEmpty();
    }

    /** Whether the next block is a line of the site's own interface ("Subscribe", "Sign in", "Menu"). */
    private static boolean interfaceNext(List<Block> blocks, int i) {
        int next = HeadReader.nextBlock(blocks, i);
        return next < blocks.size() && blocks.get(next).kind() == Kind.PARAGRAPH
                && InterfaceWords.share(blocks.get(next).text()) >= 0.5;
    }

    /** The share of the letter-initial words of a line that start with a capital. */
    private static double capitalisedShare(String text) {
        int counted = 0;
        int capitalised = 0;
        for (String token : text.split("\\s+")) {
            int k = 0;
            while (k < token.length() && !Character.isLetterOrDigit(token.charAt(k))) {
                k++;
            }
            if (k == token.length() || !Character.isLetter(token.charAt(k))) {
                continue;
            }
            counted++;
            capitalised += Character.isUpperCase(token.charAt(k)) ? 1 : 0;
        }
        return counted == 0 ? 0 : capitalised / (double) counted;
    }

    private static double digitShare(String text) {
        long digits = text.chars().filter(Character::isDigit).count();
        long all = text.chars().filter(Character::isLetterOrDigit).count();
        return all == 0 ? 0 : digits / (double) all;
    }

    /** The share of a line's words of four letters or more that stand in the first body paragraphs. */
    private static double overlap(String text, Set<String> bodyWords) {
        List<String> words = contentWords(text);
        if (words.isEmpty()) {
            return 0;
        }
        return words.stream().filter(bodyWords::contains).count() / (double) words.size();
    }

    private static List<String> contentWords(String text) {
        List<String> words = new ArrayList<>();
        for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (token.length() >= 4) {
                words.add(token);
            }
        }
        return words;
    }

    private static int previous(List<Block> blocks, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (blocks.get(j).kind() != Kind.BREAK) {
                return j;
            }
        }
        return -1;
    }

    /** The longest candidate read as the site's name when the page's copyright line names it. */
    private static final int COPYRIGHT_HOLDER_WORDS = 6;
    /** A copyright line: "© 2024 Observatorul de Valea Lupească. Toate drepturile rezervate.", "Copyright …". */
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(?:©|\\(c\\)\\s|copyright\\b)");
    private static final int COPYRIGHT_LINE_MAX = 300;

    /** The copyright lines after the head (a page's footer), lower case. */
    static List<String> copyrightLines(List<Block> blocks, int from) {
        List<String> lines = new ArrayList<>();
        for (int i = from; i < blocks.size(); i++) {
            String text = blocks.get(i).text().strip();
            if (text.length() <= COPYRIGHT_LINE_MAX && COPYRIGHT.matcher(text).find()) {
                lines.add(text.toLowerCase(Locale.ROOT));
            }
        }
        return lines;
    }

    /**
     * Whether a candidate is the name a copyright line holds: the line names it right after the sign or the years
     * ("© 2024 Observatorul de Valea Lupească." for "Observatorul de Valea Lupească", "© Copyright 2000-2025 Portal Ipê
     * Comunicação." for "Portal Ipê").
     */
    /** How far into a copyright line its holder's name starts, at most: "© copyright 2000-2025 " and a little more. */
    private static final int COPYRIGHT_PREFIX = 28;

    static boolean holdsCopyright(String text, List<String> copyrights) {
        if (copyrights.isEmpty()) {
            return false;
        }
        String name = text.toLowerCase(Locale.ROOT);
        for (String line : copyrights) {
            int at = line.indexOf(name);
            int end = at + name.length();
            if (at >= 0 && at <= COPYRIGHT_PREFIX && line.substring(0, at).matches("[©(c)\\sa-z\\d.,–-]*")
                    && (end == line.length() || !Character.isLetterOrDigit(line.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A photo's caption with its credit after it, in any language: a description of two words or more ending a
     * sentence, then a label of one or two words without digits, a colon and a name of one to three words, maybe in
     * brackets ("Чурч-Эвлара маьждиг. Сурт: маьждиган комитет", "… ئاققۇلار توپى. (سۈرەت: مۇنىرە قادىر)"). A
     * headline's second sentence after a colon says more than a name ("… niż zwykle. Lekarze: rekordowa liczba
     * zachorowań na boreliozę"). An English caption may say instead that its photo is an old one or stands for the
     * story's subject ("… at a wholesale showroom. File photo", "… (Representational image)").
     */
    private static final String CREDIT_LABEL = "[^\\s\\d():：]+(?:\\s[^\\s\\d():：]+)?\\s*[:：]\\s*";
    private static final String CREDIT_NAME = "[^\\s().:：!?]+(?:\\s[^\\s().:：!?]+){0,2}";
    private static final java.util.regex.Pattern CREDITED_CAPTION = java.util.regex.Pattern.compile(
            "\\S+\\s+\\S.*[.。।۔]\\s+(?:\\(\\s*" + CREDIT_LABEL + CREDIT_NAME + "\\s*\\)|" + CREDIT_LABEL + CREDIT_NAME
            + "|\\(?(?i:file (?:photo|picture|pic|image)|representational (?:image|photo|picture)|representative "
            + "(?:image|photo)|(?:photo|image) for representation)\\)?\\.?)");

    /** Whether a line is a photo's caption with its credit after it ({@link #CREDITED_CAPTION}). */
    static boolean isCreditedCaption(String line) {
        String text = line.strip();
        return text.length() <= 300 && text.indexOf('\n') < 0 && CREDITED_CAPTION.matcher(text).matches();
    }

    /** A time right after a date: "12-02-2025 19:46", "04/09/2024, 6:12". */
    private static final Pattern TIME_AFTER = Pattern.compile("\\s*,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\b");
    /** "by" and a name after a date that reads either way: "Posted 3/12/2025 by Heartland Valley …". */
    private static final Pattern BY_AFTER = Pattern.compile("\\s+by\\s+\\p{Lu}");

    /**
     * A byline or date line: a line of the block starting "By", a date line (also one shaped as a date whose month no
     * list names, {@link Datelines#dateShaped}), or a short line holding a full date (one whose numbers alone do not
     * say which is the day only with a time or "by" after it: "DPNS | Kondapalem | Updated: 12-02-2025 19:46 IST").
     */
    static boolean isMeta(Block block) {
        List<String> lines = block.kind() == Kind.LIST ? block.items() : List.of(block.text().split("\n"));
        for (int k = 0; k < Math.min(lines.size(), 3); k++) {
            String line = lines.get(k).strip();
            if (line.isEmpty() || line.length() > 200) {
                continue;
            }
            if (BY_LABEL.matcher(line).matches() || Bylines.parsePrefixed(line) != null
                    || Datelines.parse(line).isPresent() || Datelines.dateShaped(line) || HeadReader.words(line) <= 12
                    && DateText.find(line, DateText.Order.UNKNOWN).filter(f -> !f.ambiguous()
                            || TIME_AFTER.matcher(line).region(f.end(), line.length()).lookingAt()
                            || BY_AFTER.matcher(line).region(f.end(), line.length()).lookingAt()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The last " | ", " – ", " — " or " - " of a title and what follows it, with no separator in it. */
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s([|–—-])\\s+([^|–—\\s-][^|–—]{1,59})$");
    /** A site's address: "example.com", "www.example.co.uk"; not "React.js" or "ASP.NET". */
    private static final Pattern HOST_NAME = Pattern.compile("(?i)(?:www\\.)?[\\p{L}\\d-]{2,}(?:\\.[\\p{L}\\d-]{2,})*"
            + "\\.(?:com|org|net|edu|gov|info|news|co\\.uk|org\\.uk|com\\.au|co|uk|de|fr|es|it|nl|be|ch|at|au|ca|in|jp|ie|nz"
            + "|za|br|mx|ru|pl|se|no|dk|fi|pt|us|tv|fm|me|io)");
    /** A page title cut in two: the headline, and the site's name that followed it. */
    record Site(String headline, String name) {
    }

    /**
     * The page title cut before the site's name after it ("Council approves budget | The Daily Example", "… -
     * example.com"), or {@code null}: a site's address after the last bar or dash, or a publication's name after
     * the last bar, with three words or more of headline before it. A name after a dash is left alone: it is as
     * often the headline's source ("… - World Bank") or its end ("Jon Stewart is back - The Daily Show").
     */
    static Site siteSuffix(String title) {
        String text = title.strip();
        Matcher matcher = SITE_SUFFIX.matcher(text);
        if (!matcher.find()) {
            return null;
        }
        String name = matcher.group(2).strip();
        String headline = text.substring(0, matcher.start()).strip();
        boolean site = HOST_NAME.matcher(name).matches()
                || matcher.group(1).equals("|") && publisherLike(name) && hasMastheadWord(name);
        return site && HeadReader.words(headline) >= 3 ? new Site(headline, name) : null;
    }

    private static boolean hasMastheadWord(String name) {
        for (String w : name.split("\\s+")) {
            if (MASTHEAD.contains(word(w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line of navigation with separators: every part of at most two words ("Local News | Politics"), not a
     * headline with a section before it ("Opinion | Why the council was right").
     */
    private static boolean navigation(String text) {
        if (!SEPARATOR.matcher(text).find()) {
            return false;
        }
        for (String part : SEPARATOR.split(text)) {
            if (HeadReader.words(part.strip()) > 2) {
                return false;
            }
        }
        return true;
    }

    /**
     * A publisher's name rather than a headline: at most seven words, all capitalised but for connectives, one of
     * them a word that names an organisation or a publication ("Institute", "Centre", "Gazette", "News") at its end
     * or before a connective ("Example Institute for Policy").
     */
    static boolean publisherLike(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length > 7) {
            return false;
        }
        boolean organisation = false;
        for (int k = 0; k < words.length; k++) {
            String key = word(words[k]);
            if (key.isEmpty() || CONNECTIVES.contains(key)) {
                continue;
            }
            if (!Character.isUpperCase(words[k].codePointAt(0))) {
                return false;
            }
            // the organisation's word ends the name or opens its "of …" part: "Example Institute for Policy"
            // or stands in a name of three words opening with "The": "The Daily Example"
            organisation |= PUBLICATION.contains(key) && (k == words.length - 1 || CONNECTIVES.contains(word(words[k + 1]))
                    || words.length == 3 && word(words[0]).equals("the"));
        }
        return organisation;
    }

    private static boolean shouted(String text) {
        return text.chars().anyMatch(Character::isLetter) && text.chars().filter(Character::isLetter)
                .noneMatch(Character::isLowerCase) && text.chars().filter(Character::isUpperCase).count() >= 2;
    }

    /** How many words at most a breadcrumb's line may have for its ends to be looked at. */
    private static final int TAIL_WORDS = 40;
    /** How many characters at most a breadcrumb's line may have for its ends to be looked at. */
    private static final int TAIL_CHARS = 400;

    /**
     * The ends of a line, as keys, that start after one of its spaces or where a word runs into the next one
     * without a space ("HomeLatest NewsNollywood Actress…", a breadcrumb copied without its separators), and hold
     * four words or more; none for a line of more than {@value #TAIL_CHARS} characters or with more than
     * {@value #TAIL_WORDS} places an end may start (so that a line stays linear to read, whatever it holds).
     */
    private static List<String> ends(String text) {
        if (text.length() > TAIL_CHARS) {
            return List.of();
        }
        List<Integer> starts = new ArrayList<>();
        List<Integer> spacesBefore = new ArrayList<>(); // how many spaces stand before each start
        int spaces = 0;
        for (int k = 1; k < text.length(); k++) {
            char before = text.charAt(k - 1);
            boolean space = before == ' ';
            if (space || Character.isLowerCase(before) && Character.isUpperCase(text.charAt(k))) {
                if (starts.size() == TAIL_WORDS) {
                    return List.of();
                }
                spaces += space ? 1 : 0;
                starts.add(k);
                spacesBefore.add(spaces);
            }
        }
        // an end holds the words between the spaces after its start, and one more
        List<String> ends = new ArrayList<>();
        for (int j = 0; j < starts.size(); j++) {
            if (spaces - spacesBefore.get(j) >= 3) {
                ends.add(key(text.substring(starts.get(j))));
            }
        }
        return ends;
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static String word(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    }
}
