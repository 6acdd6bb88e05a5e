package io.github.briefwright.core.structure;

import io.github.briefwright.core.model.Author;
import io.github.briefwright.core.model.Block;
import io.github.briefwright.core.model.Block.Kind;
import io.github.briefwright.core.model.Removed;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the head of a raw paste: the blocks before the body starts. The body starts at the first body-like
 * paragraph (a sentence of a dozen words or more) that no byline or date line follows closely; before it, a
 * block is, in this order: noise; a byline; a date line; a source line (a URL, "Source: …"); the title (the
 * best of the short lines that do not end in a period, scored by {@link Titles}; a short line above it is the
 * masthead, i.e. the publisher, when it is the first, a section label or navigation otherwise, both noise; when
 * the best is itself a section label, the first short line, where a longer one following makes the first the
 * masthead and a shouted line of up to three words or any line of one or two words before it is a section
 * label); the dek (the next short block); a repeat of the title (noise). A bare line of names next to a date line
 * is a byline, and so is one right above such a line. A wire dateline opening the first paragraph ("BAGHDAD (Reuters) - …") names the publisher. What the head does not claim stays in the
 * body. When no byline is found, a name line near the title that the page names again as its author's (a bio, an
 * "Author" label, "More from …") is the byline ({@link NamedAuthors}).
 */
final class HeadReader {

    private static final int LOOKAHEAD = 3;
    private static final Pattern LEADING_MARKS = Pattern.compile("^[^\\p{L}\\p{N}]+");
    /** A stamp of how long ago a page was changed: "Updated 14 minutes ago", "3 hours ago"; no title. */
    static final Pattern RELATIVE_STAMP = Pattern.compile("(?i)(?:(?:last\\s+)?(?:updated|published|posted|modified)"
            + "\\s*:?\\s*)?(?:about\\s+)?\\d{1,3}\\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|[hm]|days?|weeks?)\\s+ago");
    private static final Pattern ROLE_WORD = Pattern.compile(".*\\b(reporter|correspondent|editor|writer|staff|"
            + "contributor|columnist|critic|reviewer|fellow|professor|director|analyst|chief|senior|bureau|desk|"
            // an office's officer who wrote a release: "Emmanuel K. Wleh, Information Officer"
            + "officer|manager|spokesperson|spokesman|spokeswoman|"
            // a club's, a parish's or a charity's officer who wrote: "Margaret Hollins, Tower Captain"
            + String.join("|", Names.OFFICERS) + "|chair)\\b.*");
    /** The words that say a date is when a text was updated, in the corpus's languages; a regex alternation. */
    static final String UPDATE_WORDS = "updated|modified|edited|更新|mis à jour|actualizado|atualizado|aggiornato|"
            + "aktualisiert|bijgewerkt|päivitetty|frissítve|actualizat|uppdaterad|opdateret|oppdatert|zaktualizowano|"
            + "aktualizacja|aktualizováno|güncelle(?:me|nme)|cập nhật|अपडेटेड|अपडेट";
    private static final Pattern UPDATE_LABEL = Pattern.compile("(?i)" + UPDATE_WORDS);
    private static final int MAX_HEAD_BLOCKS = 30;
    /** How far into a paste the article's start is looked for, in blocks. */
    private static final int START_BLOCKS = 200;
    /**
     * "By" alone on its line, in the languages whose bylines open with one word for it, that {@link #prefixesJoined}
     * joins to the names under it (not a label: "Author" over a name is read by {@link NamedAuthors}; not a menu's
     * "AV" in capitals).
     */
    private static final Pattern BY_ALONE = Pattern.compile(
            "(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Oo]leh|[Dd]i|[Aa]v|[Aa]f|โดย|ໂດຍ|ដោយ)\\s*:?");
    private static final int TITLE_ABOVE = 4;
    /**
     * The most blocks between a byline or date line and its text for the line to start the article: a photo's caption
     * and credit, a summary list and a share bar of a line per button stand between them on many pages.
     */
    private static final int BODY_BELOW = 10;
    private static final int BODY_BEFORE = 2;
    /** "by" and one word at the end of a line, after a space or a separator: "… | by Catherine", "… by admin". */
    private static final Pattern BY_ONE_NAME = Pattern.compile("(?:^|[\\s|·•,])(?i:by)\\s+(\\p{L}[\\p{L}'’_-]{1,30})$");
    /** A label before a post's date: "Posted on", "Published", "Written on". */
    private static final Pattern POSTING_LABEL = Pattern.compile("(?i)(?:posted|published|written|updated|added)(?:\\s+on)?\\s*:?");
    private static final int NAVIGATION_BLOCKS = 8;
    private static final int TEASER_WINDOW = 8;
    private static final int HEADLINE_WINDOW = 8;
    /** How many blocks under a title its byline may stand in: right under it, or under a dek of one or two lines. */
    private static final int BYLINE_UNDER = 3;
    /** How far above a paste's first run of text its headline is looked for, in blocks of four words or more. */
    private static final int NEAREST_WINDOW = 12;
    /** A headline above the text is at most this long: a longer line there is a caption ("Jean-Marc Lafon dans …"). */
    private static final int NEAREST_WORDS = 16;
    /** How far above a paste's first run of text its headline is looked for, in blocks of any length. */
    private static final int NEAREST_REACH = 60;
    /** How much more of the text's topic words a headline says again than a title read from the page's menus. */
    private static final double MORE_ECHO = 0.25;
    /** A credit or an author's role line under a headline is at most this long: "Practical Horseman Editorial Staff". */
    private static final int ROLE_LINE_WORDS = 8;
    /**
     * A credit: "by" before a capital after at most two words ("by European Space Agency", "Illustration by Hana
     * Mori", "Words and pictures by …"), or a name over an author's role that ends the line ("Katie Lundgren Staff
     * writer", "Practical Horseman Editorial Staff", "North of England correspondent").
     */
    private static final Pattern CREDIT = Pattern.compile("^(?:\\p{L}+\\s+){0,2}(?i:by)\\s+\\p{Lu}.*"
            + "|.*\\s(?i:reporter|correspondent|editor|writer|staff|contributor|columnist)s?");
    private static final int RUN_WINDOW = 4;
    private static final int LEDE_PARAGRAPHS = 3;
    /** The share of a headline's longer words that its first paragraphs say again, at least. */
    private static final double ECHOED = 0.5;
    /** The share of a navigation line's longer words that the text says again, at most (a word in five). */
    private static final double NAVIGATION_ECHO = 0.2;
    /** A date line that opens with an update label ("Updated March 4, 2021", "Last modified: …"): not the publication. */
    private static final Pattern UPDATE_FIRST = Pattern.compile("(?i)(?:last\\s+)?(?:" + UPDATE_WORDS
            + ")(?!\\p{IsLatin})");
    /** The place the text was written in, a comma, then the update's label: "New Delhi,Updated: 14 Jan 2025". */
    private static final Pattern PLACE_THEN_UPDATE = Pattern.compile("(?i)\\p{L}[\\p{L} .'’-]{1,30},\\s*(?:last\\s+)?(?:"
            + UPDATE_WORDS + ")(?!\\p{IsLatin})");
    private static final Pattern URL = Pattern.compile("^(?:(?:source|via|from|originally published (?:at|in|on|by)|"
            + "url|link)\\s*:?\\s*)?(https?://\\S+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE = Pattern.compile("^(?:source|from|publisher|published by|originally published (?:in|by)|"
            + "quelle|fonte|fuente|bron|k[äa]lla|[źz]r[óo]d[łl]o)\\s*:\\s*(.{2,80})$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WIRE = Pattern.compile("^\\p{Lu}[\\p{Lu} .'’-]{1,40}(?:,\\s*[\\p{L} .]{2,30}?)?(?:,?\\s*\\p{Lu}[\\p{L}.]+"
            + "\\s+\\d{1,2})?\\s*\\(([\\p{L}][\\p{L} &.-]{1,40})\\)\\s*[-–—]");

    /** The head and what is left of the blocks for the body. */
    record Result(Head head, List<Block> body, List<Removed> removed, List<Integer> removedLines, int titleBlock) {
        /** The same reading with another head. */
        Result withHead(Head other) {
            return new Result(other, body, removed, removedLines, titleBlock);
        }
    }

    private final NoiseRules noise;
    private final TitleModel titles;
    private final Consumer<List<TitleModel.Candidate>> candidates;

    HeadReader(NoiseRules noise) {
        this(noise, TitleModel.builtIn(), null);
    }

    /**
     * @param titles the weights of the title candidates' features
     * @param candidates receives each head's title candidates (for training), or {@code null}
     */
    HeadReader(NoiseRules noise, TitleModel titles, Consumer<List<TitleModel.Candidate>> candidates) {
        this.noise = noise;
        this.titles = titles;
        this.candidates = candidates;
    }

    Result read(List<Block> pasted) {
        List<Block> blocks = headlineItems(prefixesJoined(pasted));
        int run = bodyRun(blocks); // the first run of the text, which two of the readings go up from
        Result result = nearestHeadline(blocks, echoedAbove(blocks, readHead(blocks, run)), run);
        if (!result.head().authors().isEmpty()) {
            return result;
        }
        NamedAuthors.Found named = NamedAuthors.find(blocks, result.titleBlock());
        if (named == null) {
            String columnist = columnistOfTitle(result);
            return columnist == null ? result : result.withHead(new Head(result.head().title(), result.head().dek(),
                    List.of(new Author(columnist, null)), result.head().date(), result.head().publisher(),
                    result.head().sourceUrl()));
        }
        // the name line is the byline: out of the body, or of what was removed as the page's
        Block line = blocks.get(named.block());
        List<Block> body = result.body().stream().filter(block -> block != line).toList();
        List<Removed> removed = new ArrayList<>();
        List<Integer> removedLines = new ArrayList<>();
        for (int k = 0; k < result.removed().size(); k++) {
            if (result.removedLines().get(k) != line.line() || !result.removed().get(k).text().equals(line.text())) {
                removed.add(result.removed().get(k));
                removedLines.add(result.removedLines().get(k));
            }
        }
        Head head = result.head();
        String publisher = line.text().strip().equals(head.publisher()) ? null : head.publisher();
        return new Result(new Head(head.title(), head.dek(), named.names().stream().map(name -> new Author(name, null))
                .toList(), head.date(), publisher, head.sourceUrl()), body, removed, removedLines, result.titleBlock());
    }

    /**
     * The writer a column's title names before a colon, when no byline names one and the text ends with the writer's
     * note opening with the same name ("Fiachra Ó Dálaigh: Our towns are not dying…" over a text that ends "Fiachra Ó
     * Dálaigh is a writer and broadcaster based in Co Clare"); else null. A name before a colon alone is the speaker of
     * a quote as often ("Macron: we will not back down"), so the note is asked for.
     */
    private static String columnistOfTitle(Result result) {
        String title = result.head().title();
        Matcher named = title == null ? null : NAME_COLON.matcher(title.strip());
        if (named == null || !named.lookingAt() || !Names.isName(named.group(1))) {
            return null;
        }
        String name = named.group(1);
        List<Block> body = result.body();
        for (int k = body.size() - 1; k >= Math.max(0, body.size() - COLUMNIST_NOTE_BLOCKS); k--) {
            String text = body.get(k).text().strip();
            if (text.startsWith(name + " is ") || text.startsWith(name + " writes ")) {
                return name;
            }
        }
        return null;
    }

    /** A name ({@link Names#NAME}) and a colon opening a title. */
    private static final Pattern NAME_COLON = Pattern.compile("(" + Names.NAME + ")\\s*:\\s+\\S");
    /** How far from the text's end the writer's note is looked for ({@link #columnistOfTitle}), in blocks. */
    private static final int COLUMNIST_NOTE_BLOCKS = 12;

    /**
     * The head read again from a headline between the title and the byline or date line under it (within
     * {@value #HEADLINE_WINDOW} blocks, at most {@value #BODY_BEFORE} body paragraphs between), when the title is a
     * line of the page's navigation: its longer words do not come back in the first paragraphs under the byline (at
     * most one in five, {@value #NAVIGATION_ECHO}) and the headline's do (half or more, {@value #ECHOED}). The first
     * such line is taken, not the value of a label ("Author:" over "Example Editorial Staff"), nor the line right
     * under a title that opens the paste (its dek). What stands above it is removed as navigation, up to two
     * paragraphs of text among it; a source URL or a masthead read from above is kept.
     */
    private Result echoedAbove(List<Block> blocks, Result result) {
        int title = result.titleBlock();
        if (title < 0 || result.head().title() == null) {
            return result;
        }
        int meta = -1;
        int seen = 0;
        int text = 0;
        Boolean[] known = new Boolean[blocks.size()];
        for (int j = title + 1; j < blocks.size() && seen < HEADLINE_WINDOW; j++) {
            if (blocks.get(j).kind() == Kind.BREAK) {
                continue;
            }
            seen++;
            if (startMeta(blocks, known, j)) {
                meta = j;
                break;
            }
            if (isBodyParagraph(blocks.get(j)) && ++text > BODY_BEFORE) {
                break; // the text starts before any byline: the title is not over a byline
            }
        }
        if (meta < 0) {
            return result;
        }
        java.util.NavigableSet<String> lede = ledeWords(blocks, meta + 1);
        double before = echo(result.head().title(), lede);
        if (!(before >= 0 && before <= NAVIGATION_ECHO)) {
            return result;
        }
        // a title that opens the paste has nothing above it to be navigation: the line under it is its dek
        boolean opens = blocks.subList(0, title).stream().allMatch(block -> block.kind() == Kind.BREAK);
        for (int j = opens ? nextBlock(blocks, title) + 1 : title + 1; j < meta; j++) {
            Block block = blocks.get(j);
            if (block.kind() != Kind.BREAK && headlineShaped(block) && !labelAbove(blocks, j)
                    && !underTagLabel(blocks, j) && echo(block.text(), lede) >= ECHOED) {
                Result article = readFrom(blocks.subList(j, blocks.size()), 0);
                if (article.head().title() == null || echo(article.head().title(), lede) < ECHOED) {
                    return result;
                }
                // a source line or a masthead read above the new start stays the head's
                Head found = article.head();
                Head old = result.head();
                // (not the new title itself, read as a name beside the byline when the top's title was another line)
                Head head = new Head(found.title(), found.dek(), found.authors(), found.date(),
                        found.publisher() == null && !Objects.equals(old.publisher(), found.title()) ? old.publisher()
                                : found.publisher(),
                        found.sourceUrl() == null ? old.sourceUrl() : found.sourceUrl());
                return fromStart(blocks, j, article.withHead(head));
            }
        }
        return result;
    }

    /**
     * The blocks with a headline pasted as a list of one item ("  • Son of slain officer given teddy bears", a page
     * that marks its headline up as the last item of a list) read as a paragraph, when it is headline-shaped and a
     * byline or date line stands right under it; and so a byline of names alone as a list item with the date list
     * right under it. The same list when there is none.
     */
    private List<Block> headlineItems(List<Block> blocks) {
        List<Block> read = null;
        Boolean[] meta = new Boolean[blocks.size()];
        for (int i = 0; i < Math.min(blocks.size(), START_BLOCKS); i++) {
            Block block = blocks.get(i);
            if (block.kind() != Kind.LIST || block.items().size() != 1) {
                continue;
            }
            int next = nextBlock(blocks, i);
            String text = block.items().get(0).strip();
            Block item = Block.plain(Kind.PARAGRAPH, text, block.line());
            // over a byline or date line, or over names over a date line ("Andrew Husband" over "December 9, 2016")
            int after = next < blocks.size() ? nextBlock(blocks, next) : blocks.size();
            boolean headline = next < blocks.size() && (startMeta(blocks, meta, next) || after < blocks.size()
                    && blocks.get(next).kind() == Kind.PARAGRAPH && namesOverDate(blocks.get(next).text(),
                    blocks.get(after).text())) && headlineShaped(item);
            // a byline of names alone as a list item over its date, "• Debbie White" over "• 18 Nov 2019, 19:09"
            boolean byline = next < blocks.size() && words(text) <= 4 && dateItem(blocks.get(next))
                    && Names.isName(text);
            if (headline || byline) {
                read = read == null ? new ArrayList<>(blocks) : read;
                read.set(i, item);
            }
            if (byline) {
                Block date = blocks.get(next);
                read.set(next, Block.plain(Kind.PARAGRAPH, date.kind() == Kind.LIST ? String.join("\n", date.items())
                        : date.text(), date.line()));
            }
        }
        return read == null ? blocks : read;
    }

    /**
     * The blocks with a byline's prefix alone on its line ("By", "Por", "Von") joined to the names on the
     * line under it, as a page that sets the prefix apart from the writer's link pastes it ("By" over "Chloe
     * Ashworth" over the writer's service and the date): one paragraph, "By Chloe Ashworth", at the prefix's line, so
     * that the names, not a line under them, are the byline. Only the one word ({@link #BY_ALONE}) over a line (or a
     * list of one item) that reads as no byline alone and as one with the prefix before it: "Written by" or "News
     * provided by" over a name is a box's label, and "Author" over a name a label, read as such.
     * The same list when there is none.
     */
    private static List<Block> prefixesJoined(List<Block> blocks) {
        List<Block> read = null;
        for (int i = 0; i < blocks.size() - 1; i++) {
            Block block = blocks.get(i);
            if (block.kind() != Kind.PARAGRAPH || block.text().length() > BY_ALONE_CHARS || !joinsAsBy(block.text())) {
                continue;
            }
            String prefix = block.text().strip();
            Block next = blocks.get(i + 1);
            String names = next.kind() == Kind.LIST && next.items().size() == 1 ? next.items().get(0).strip()
                    : next.kind() == Kind.PARAGRAPH ? next.text().split("\n", 2)[0].strip() : "";
            if (names.isEmpty() || Bylines.parsePrefixed(names) != null) {
                continue;
            }
            Bylines.Byline joined = Bylines.parsePrefixed(prefix + " " + names);
            if (joined == null || joined.names().isEmpty()) {
                continue;
            }
            // the lines under the names' line stay a block of their own
            String rest = next.kind() == Kind.PARAGRAPH ? next.text().strip().substring(names.length()).strip() : "";
            read = read == null ? new ArrayList<>(blocks) : read;
            read.set(i, Block.plain(Kind.PARAGRAPH, prefix + " " + names, block.line()));
            read.set(i + 1, rest.isEmpty() ? null : Block.plain(Kind.PARAGRAPH, rest, next.line() + 1));
            i++;
        }
        if (read == null) {
            return blocks;
        }
        read.removeIf(Objects::isNull);
        return read;
    }

    /** The longest line {@link #BY_ALONE} may match, with the spaces around it. */
    private static final int BY_ALONE_CHARS = 12;

    /** Whether a line is "By" alone ({@link #BY_ALONE}), which {@link #prefixesJoined} joins to the names under it. */
    static boolean joinsAsBy(String line) {
        return BY_ALONE.matcher(line.strip()).matches();
    }

    /** A date line as a paragraph, or a list whose first item is one ("• 18 Nov 2019, 19:09", "• Updated: …"). */
    private static boolean dateItem(Block block) {
        String first = block.kind() == Kind.LIST && !block.items().isEmpty() ? block.items().get(0)
                : block.kind() == Kind.PARAGRAPH ? block.text().split("\n", 2)[0] : "";
        return first.length() <= 80 && Datelines.parse(first.strip()).isPresent();
    }

    /** Whether the block above block {@code i} is a label of a few words and a colon ("Author:"), whose value it is. */
    private static boolean labelAbove(List<Block> blocks, int i) {
        int above = previousBlock(blocks, i);
        return above >= 0 && shortLabel(blocks.get(above).text());
    }

    /** A label of three words at most and its colon alone on a line: "Author:", "Trending:". */
    private static boolean shortLabel(String text) {
        String t = text.strip();
        return (t.endsWith(":") || t.endsWith("：")) && words(t) <= 3;
    }

    private Result readHead(List<Block> blocks, int body) {
        int start = articleStart(blocks);
        Result whole = readFrom(blocks, start);
        if (start < 0) {
            return bodyAnchored(blocks, whole, body);
        }
        boolean found = !whole.head().authors().isEmpty() || whole.head().date() != null;
        // read again from the start when the head read from the top has no byline or date, no title, or its title
        // above the start under the page's navigation
        boolean titled = whole.head().title() != null;
        if (start == 0 || found && titled && !(whole.titleBlock() < start && navigationBefore(blocks, start)
                && !dekBetween(blocks, whole.titleBlock(), start) && !bylineUnder(blocks, whole.titleBlock(), start))) {
            return whole;
        }
        Result article = readFrom(blocks.subList(start, blocks.size()), 0);
        if (article.head().authors().isEmpty() && article.head().date() == null) {
            return whole;
        }
        Result moved = fromStart(blocks, start, article);
        return sameBylineUntitled(whole, article) ? keepTitle(moved, whole) : moved;
    }

    /**
     * Whether the head read again from the article's start finds no title and the same byline and date as the head
     * read from the top: the reading from the top already stood on the article's byline, and its title is the one
     * over it (a local paper's headline and dek over "Bookmark", "Share", "Comments" and a section's label above "By
     * …"), not a menu's line to be traded for none.
     */
    private static boolean sameBylineUntitled(Result whole, Result article) {
        Head top = whole.head();
        Head again = article.head();
        return again.title() == null && top.title() != null && top.authors().equals(again.authors())
                && Objects.equals(top.date(), again.date());
    }

    /**
     * The reading from the article's start ({@code moved}) with the head read from the top ({@code whole}): its title
     * and dek are the head's, not navigation removed above the start.
     */
    private static Result keepTitle(Result moved, Result whole) {
        Head head = whole.head();
        List<Removed> removed = new ArrayList<>();
        List<Integer> removedLines = new ArrayList<>();
        for (int k = 0; k < moved.removed().size(); k++) {
            String text = moved.removed().get(k).text();
            if (!text.equals(head.title()) && !text.equals(head.dek())) {
                removed.add(moved.removed().get(k));
                removedLines.add(moved.removedLines().get(k));
            }
        }
        return new Result(head, moved.body(), removed, removedLines, whole.titleBlock());
    }

    /**
     * The head of a paste whose text has no byline or date line to find its start by (a whole page selected): a
     * headline's longer words come back in the first paragraphs of its text, a navigation line's do not. When no
     * more than one in five of the longer words of the title read from the top come back in the first run of body
     * paragraphs ({@value #NAVIGATION_ECHO}), the head is read again
     * from the first headline-shaped line in the {@value #HEADLINE_WINDOW} blocks above that run, and kept when its
     * title's words come back ({@link #echo} at least {@value #ECHOED}) and it is not the line right under that
     * title (a short headline's dek takes up the text's words), nor under a title that opens the paste near the text
     * ({@link #opensNear}: a pun over a caption the text takes up), nor when the title read has its byline under it
     * ({@link #bylineUnder}: a live page's headline, its first run of text the latest post's); what stands above it is
     * the navigation. A byline or date found from the top is kept when the new reading finds none.
     */
    private Result bodyAnchored(List<Block> blocks, Result whole, int body) {
        int title = whole.titleBlock();
        if (body < 0 || title >= body || title >= 0 && opensNear(blocks, title, body)) {
            return whole;
        }
        java.util.NavigableSet<String> lede = ledeWords(blocks, body);
        int start = -1;
        int seen = 0;
        for (int j = body - 1; j >= 0 && seen < HEADLINE_WINDOW; j--) {
            Block block = blocks.get(j);
            if (block.kind() == Kind.BREAK) {
                continue;
            }
            seen++;
            if (headlineShaped(block) && !underTagLabel(blocks, j) && echo(block.text(), lede) >= ECHOED) {
                start = j;
            }
        }
        if (start <= 0 || start <= whole.titleBlock() || start == nextBlock(blocks, whole.titleBlock())) {
            return whole; // the line right under the title is its dek, not a headline
        }
        if (title >= 0 && bylineUnder(blocks, title, start)) {
            return whole;
        }
        Result article = readFrom(blocks.subList(start, blocks.size()), 0);
        if (article.head().title() == null) {
            return whole;
        }
        double before = whole.head().title() == null ? 0 : echo(whole.head().title(), lede);
        if (echo(article.head().title(), lede) < ECHOED || !(before >= 0 && before <= NAVIGATION_ECHO)) {
            return whole;
        }
        return reread(blocks, start, whole, article);
    }

    /**
     * The head read again from block {@code start} ({@code article}) in place of {@code whole}, with what stands above
     * it removed as navigation: a byline or date read from the top is kept when the new reading finds none, unless
     * the page names an author near the new title twice (read() then takes that one).
     */
    private Result reread(List<Block> blocks, int start, Result whole, Result article) {
        Head found = article.head();
        boolean named = found.authors().isEmpty() && article.titleBlock() >= 0
                && NamedAuthors.find(blocks, start + article.titleBlock()) != null;
        Head head = new Head(found.title(), found.dek(),
                found.authors().isEmpty() && !named ? whole.head().authors() : found.authors(),
                found.date() == null ? whole.head().date() : found.date(), found.publisher(), found.sourceUrl());
        return fromStart(blocks, start, article.withHead(head));
    }

    /**
     * The head read again from the headline nearest above the text, when the title read is plainly not the text's:
     * a whole page whose headline stands under the site's menus and teasers, with no byline or date line that the
     * other readings find the article's start by (or with one under a teaser). Going up from the first run of body
     * paragraphs ({@link #bodyRun}) through at most {@value #NEAREST_WINDOW} blocks of four words or more (a share
     * bar's one-word lines, counts and labels pass freely, up to {@value #NEAREST_REACH} blocks), the first
     * headline-shaped line of at most {@value #NEAREST_WORDS} words that is no byline or date line and no credit
     * ({@link #credit}) is taken when:
     * <ul>
     *   <li>it stands below the title read and not right under it (then it is the title's dek), and that title has no
     *       byline of its own under it ({@link #bylineUnder}: a live page's headline over the latest post's);</li>
     *   <li>the title read does not open the paste near the text ({@link #opensNear}) and has no byline or text of its
     *       own above the line ({@link #ownHead});</li>
     *   <li>the text's topic words ({@link #topicEcho}) come back in it {@value #MORE_ECHO} more than in the title
     *       read, and in that title at most {@value #NAVIGATION_ECHO} (a menu's or a teaser's words); a title with no
     *       word to compare (Korean, Chinese, Japanese, only short words) is not known to be a menu's and stays.</li>
     * </ul>
     * The head is then read from that line and what stands above it goes as navigation ({@link #reread}).
     */
    private Result nearestHeadline(List<Block> blocks, Result result, int body) {
        int title = result.titleBlock();
        if (body < 0 || title >= body || title >= 0 && opensNear(blocks, title, body)) {
            return result;
        }
        int near = -1;
        Boolean[] meta = new Boolean[blocks.size()];
        int lines = 0; // blocks of four words or more gone past: a share bar's or a label's short lines do not count
        for (int j = body - 1; j > title && j >= body - NEAREST_REACH && lines < NEAREST_WINDOW; j--) {
            Block block = blocks.get(j);
            if (block.kind() == Kind.BREAK || words(block.text()) < 4) {
                continue;
            }
            lines++;
            String text = block.text().strip();
            if (headlineShaped(block) && words(text) <= NEAREST_WORDS && !startMeta(blocks, meta, j) && !credit(text)
                    && !underTagLabel(blocks, j) && !inFactBox(blocks, j)) {
                near = j;
                break;
            }
        }
        if (near < 0) {
            return result;
        }
        java.util.NavigableSet<String> lede = ledeWords(blocks, body);
        near = headlineOverDek(blocks, near, title, meta, lede);
        if (title >= 0 && (near == nextBlock(blocks, title) || bylineUnder(blocks, title, near))
                || ownHead(blocks, title, near)) {
            return result;
        }
        // a title with no word to compare (Korean, Chinese, Japanese, short words) is not known to be a menu's
        double before = result.head().title() == null || sectionLabel(result.head().title()) ? 0
                : topicEcho(result.head().title(), lede);
        if (before < 0 || before > NAVIGATION_ECHO || topicEcho(blocks.get(near).text(), lede) < before + MORE_ECHO) {
            return result;
        }
        Result article = readFrom(blocks.subList(near, blocks.size()), 0);
        return article.head().title() == null ? result : reread(blocks, near, result, article);
    }

    /**
     * The headline over the line at block {@code near} when that line is its dek: the block right above it (below the
     * title read) is headline-shaped, no byline, date line or credit, and the text's topic words come back in it as
     * much as in the line under it ({@link #MORE_ECHO} less at most: a dek says more of the text than its headline);
     * else {@code near}.
     */
    private int headlineOverDek(List<Block> blocks, int near, int title, Boolean[] meta,
            java.util.NavigableSet<String> lede) {
        int above = previousBlock(blocks, near);
        if (above <= title || !headlineShaped(blocks.get(above)) || startMeta(blocks, meta, above)
                || repeated(blocks, above)) {
            return near; // not a video's title printed twice over the headline
        }
        String text = blocks.get(above).text().strip();
        double echo = topicEcho(text, lede);
        return words(text) <= NEAREST_WORDS && !credit(text) && !underTagLabel(blocks, above) && echo >= 0
                && echo >= topicEcho(blocks.get(near).text(), lede) - MORE_ECHO ? above : near;
    }

    /**
     * Whether the title at block {@code title} opens the paste and stands less than {@value #NAVIGATION_BLOCKS} blocks
     * above the text at block {@code body}, not counting what a noise rule takes (a share bar's lines, counts,
     * credits; a menu's items count): an article's own head, with nothing above it to be a page's navigation.
     */
    private boolean opensNear(List<Block> blocks, int title, int body) {
        if (previousBlock(blocks, title) >= 0) {
            return false;
        }
        return blocks.subList(title + 1, body).stream().filter(block -> block.kind() != Kind.BREAK
                && noise.reason(block.text()) == null).count() < NAVIGATION_BLOCKS;
    }

    /**
     * Whether a byline stands under the title at block {@code title}, right under it or under its dek, above block
     * {@code near}: "By …", or names over a date line ("Helen Marsh (now) and Daniel Okafor (earlier)" over "Wed 26
     * Mar 2025 14.02 GMT").
     */
    private static boolean bylineUnder(List<Block> blocks, int title, int near) {
        int seen = 0;
        for (int j = title + 1; j < near && seen < BYLINE_UNDER; j++) {
            Block block = blocks.get(j);
            if (block.kind() == Kind.BREAK) {
                continue;
            }
            seen++;
            if (block.kind() == Kind.PARAGRAPH && (Bylines.parsePrefixed(block.text().split("\n", 2)[0]) != null
                    || namesOverDateBlock(blocks, j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether block {@code i} is a line of names alone and the next block opens with a date line ("Lachlan Price, Mei
     * Chen and Tom Garrity" over "Tue 18 Feb 2025 at 5.58am AEDT" and "Updated 11.02am AEDT").
     */
    private static boolean namesOverDateBlock(List<Block> blocks, int i) {
        int next = nextBlock(blocks, i);
        return namesAlone(blocks.get(i)) && next < blocks.size() && blocks.get(next).kind() == Kind.PARAGRAPH
                && isDateLine(blocks.get(next).text().split("\n", 2)[0]);
    }

    /** Whether a block is a line of names and nothing else (no role, place or date), twelve words at most. */
    private static boolean namesAlone(Block block) {
        if (block.kind() != Kind.PARAGRAPH || words(block.text()) > 12) {
            return false;
        }
        Bylines.Byline names = Bylines.parseBare(block.text());
        return names != null && names.otherParts().isEmpty() && names.date() == null;
    }

    /**
     * Whether block {@code i} is a line of a box of facts, a label and its value, beside another such line: "Valid:
     * 9:00am Friday 14 Feb to 9:00am Saturday 15 Feb" between "Area: …" and "Forecast: …" in a weather warning, an
     * event's "When:" and "Where:". A headline with a colon ("Genetik: Das Geheimnis der Riesenblumen") stands alone.
     */
    static boolean inFactBox(List<Block> blocks, int i) {
        if (!labelled(blocks.get(i))) {
            return false;
        }
        int above = previousBlock(blocks, i);
        int below = nextBlock(blocks, i);
        return above >= 0 && labelled(blocks.get(above)) || below < blocks.size() && labelled(blocks.get(below));
    }

    /** A label of one to three words, its colon and a value on one line: "Area: Kaiwhenua District". */
    private static final Pattern LABEL_VALUE = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’&/-]*(?: [\\p{L}\\p{N}'’&/-]+){0,2}"
            + "\\s?[:：]\\s+\\S.*");

    private static boolean labelled(Block block) {
        return block.kind() == Kind.PARAGRAPH && !block.text().strip().contains("\n")
                && LABEL_VALUE.matcher(block.text().strip()).matches();
    }

    /**
     * Whether a title is a section's label of capitals with no word to compare ("NFL", "TV", "Op-Ed"): two words at
     * most, none of four letters or more, in a script with capitals; a headline of Han or kana is none.
     */
    private static boolean sectionLabel(String title) {
        String text = title.strip();
        return words(text) <= 2 && text.codePoints().anyMatch(Character::isUpperCase)
                && java.util.Arrays.stream(NON_WORD.split(text))
                        .allMatch(word -> word.codePointCount(0, word.length()) < 4);
    }

    /** Whether a line says who wrote or made the article, not what it is about: a short {@link #CREDIT}. */
    private static boolean credit(String line) {
        return words(line) <= ROLE_LINE_WORDS && CREDIT.matcher(line).matches();
    }

    /**
     * Whether the title at block {@code title} (-1: none) has a head or a text of its own above block {@code near}: a
     * byline ("By Jane Doe"), or two paragraphs of text (a blog post's first paragraphs under its title, a subheading
     * further down being {@code near}; an article set paragraph by paragraph between pictures, over a box of other
     * articles whose paragraphs make the first run; a teaser has one sentence under it). Such a title is an
     * article's; a teaser's byline and date then stay with its title rather than go with the next article's.
     */
    private boolean ownHead(List<Block> blocks, int title, int near) {
        int text = 0;
        for (int j = title + 1; j < near; j++) {
            Block block = blocks.get(j);
            if (block.kind() != Kind.PARAGRAPH) {
                continue;
            }
            if (Bylines.parsePrefixed(block.text().split("\n", 2)[0]) != null) {
                return true;
            }
            text += isBodyText(block) && !repeated(blocks, j) ? 1 : 0;
        }
        return text >= 2;
    }

    /**
     * The share of a line's topic words (four letters or more, not a function word, not Han, kana or Hangul) that come
     * back in {@code lede}, a word counting when a word of the lede starts with all of it but its last two letters (at
     * least four: "hibernating" in "hibernation"); -1 when it has none.
     */
    static double topicEcho(String line, java.util.NavigableSet<String> lede) {
        return echo(line, lede, true);
    }

    /** The last block before block {@code i} that is not a break, or -1. */
    static int previousBlock(List<Block> blocks, int i) {
        int previous = i - 1;
        while (previous >= 0 && blocks.get(previous).kind() == Kind.BREAK) {
            previous--;
        }
        return previous;
    }

    /** The first block after block {@code i} that is not a break, or -1 when {@code i} is -1. */
    static int nextBlock(List<Block> blocks, int i) {
        if (i < 0) {
            return -1;
        }
        int next = i + 1;
        while (next < blocks.size() && blocks.get(next).kind() == Kind.BREAK) {
            next++;
        }
        return next;
    }

    /** The words of the first {@value #LEDE_PARAGRAPHS} body paragraphs from block {@code body} (see {@link #ledeWords}). */
    private java.util.NavigableSet<String> ledeWords(List<Block> blocks, int body) {
        java.util.TreeSet<String> words = new java.util.TreeSet<>();
        int taken = 0;
        for (int i = body; i < blocks.size() && taken < LEDE_PARAGRAPHS; i++) {
            if (isBodyText(blocks.get(i))) {
                addWords(blocks.get(i).text(), words);
                taken++;
            }
        }
        return words;
    }

    /**
     * The share of a line's words of four letters or more that stand in {@code lede} (as the start of a word there);
     * -1 when it has none (a word of Han or kana characters does not count: those languages do not space words).
     */
    static double echo(String line, String lede) {
        return echo(line, ledeWords(lede));
    }

    /**
     * The same, against the words of the lede (see {@link #ledeWords}): each word of the line is looked up once, so
     * the cost grows with the line's and the lede's lengths, not with their product.
     */
    static double echo(String line, java.util.NavigableSet<String> lede) {
        return echo(line, lede, false);
    }

    /**
     * {@link #echo}, or with {@code topic} {@link #topicEcho}: function words and Hangul left out too, and a word
     * looked up by all of it but its last two letters (at least four).
     */
    private static double echo(String line, java.util.NavigableSet<String> lede, boolean topic) {
        int words = 0;
        int found = 0;
        for (String word : NON_WORD.split(line.toLowerCase(Locale.ROOT))) {
            int length = word.codePointCount(0, word.length());
            if (length < 4 || CJK.matcher(word).find() || HANGUL.matcher(word).find()
                    || topic && BlockFeatures.isStopWord(word)) {
                continue;
            }
            words++;
            String key = topic ? word.substring(0, word.offsetByCodePoints(0, Math.max(4, length - 2))) : word;
            String next = lede.ceiling(key); // the first word of the lede from which it may start
            found += next != null && next.startsWith(key) ? 1 : 0;
        }
        return words == 0 ? -1 : (double) found / words;
    }

    /** The words of a lede, sorted: a word stands at the start of one of them when it starts the next one up. */
    static java.util.NavigableSet<String> ledeWords(String lede) {
        java.util.TreeSet<String> words = new java.util.TreeSet<>();
        addWords(lede, words);
        return words;
    }

    private static void addWords(String text, java.util.Set<String> words) {
        for (String word : NON_WORD.split(text.toLowerCase(java.util.Locale.ROOT))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
    }

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
    private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");

    /**
     * The first block of the paste's first run of body text: a body paragraph with two more in the next
     * {@value #RUN_WINDOW} blocks, none of them noise, among the first {@value #START_BLOCKS} blocks; or -1.
     */
    private int bodyRun(List<Block> blocks) {
        int limit = Math.min(blocks.size(), START_BLOCKS);
        Boolean[] text = new Boolean[blocks.size()]; // whether each block is body text, found once (the noise rules)
        for (int i = 0; i < limit; i++) {
            if (!isBodyText(blocks, text, i)) {
                continue;
            }
            int more = 0;
            int seen = 0;
            for (int j = i + 1; j < blocks.size() && seen < RUN_WINDOW; j++) {
                if (blocks.get(j).kind() == Kind.BREAK) {
                    continue;
                }
                seen++;
                more += isBodyText(blocks, text, j) ? 1 : 0;
            }
            if (more >= 2) {
                return i;
            }
        }
        return -1;
    }

    private boolean isBodyText(List<Block> blocks, Boolean[] known, int i) {
        if (known[i] == null) {
            known[i] = isBodyText(blocks.get(i)) && !repeated(blocks, i);
        }
        return known[i];
    }

    /**
     * Whether the block at {@code i} says the same as the block right above or under it: a video's title printed over
     * its player and again as its caption ("Packers vs. Cowboys: Will the rookies keep Aaron Rodgers off the field?"
     * twice), which a text never does.
     */
    private static boolean repeated(List<Block> blocks, int i) {
        String text = blocks.get(i).text().strip();
        int above = previousBlock(blocks, i);
        int under = nextBlock(blocks, i);
        return above >= 0 && blocks.get(above).text().strip().equals(text)
                || under < blocks.size() && blocks.get(under).text().strip().equals(text);
    }

    private boolean isBodyText(Block block) {
        return isBodyParagraph(block) && noise.reason(block.text()) == null;
    }

    /** The head read from the article's start, with what stands above it removed as the page's navigation. */
    private Result fromStart(List<Block> blocks, int start, Result article) {
        // what stands above the article's headline is the page's navigation
        List<Removed> removed = new ArrayList<>();
        List<Integer> removedLines = new ArrayList<>();
        for (Block block : blocks.subList(0, start)) {
            if (block.kind() != Kind.BREAK) {
                String reason = block.kind() == Kind.LIST ? listNoise(block) : noise.reason(block.text());
                removed.add(new Removed(reason == null ? "navigation" : reason, block.text()));
                removedLines.add(block.line());
            }
        }
        removed.addAll(article.removed());
        removedLines.addAll(article.removedLines());
        Head head = article.head();
        String dated = head.date() == null ? dateRightAbove(blocks, start) : null;
        if (dated != null) {
            head = new Head(head.title(), head.dek(), head.authors(), dated, head.publisher(), head.sourceUrl());
        }
        return new Result(head, article.body(), removed, removedLines,
                article.titleBlock() < 0 ? -1 : start + article.titleBlock());
    }

    /**
     * The day a breadcrumb or date line right over the article's start gives, as its last line ("• Astrobiology" over
     * "• November 18, 2019" over the headline), or null: the article's own date, printed above its headline.
     */
    private static String dateRightAbove(List<Block> blocks, int start) {
        int above = previousBlock(blocks, start);
        if (above < 0) {
            return null;
        }
        Block block = blocks.get(above);
        List<String> items = block.items();
        String last = block.kind() == Kind.LIST ? (items.isEmpty() ? "" : items.get(items.size() - 1))
                : block.kind() == Kind.PARAGRAPH ? block.text().substring(block.text().lastIndexOf('\n') + 1) : "";
        return last.length() > 80 ? null
                : Datelines.parse(last.strip()).filter(date -> date.length() == 10).orElse(null);
    }

    /** Whether a body paragraph stands between block {@code from} (or the paste's top) and block {@code i}. */
    private static boolean paragraphBetween(List<Block> blocks, int from, int i) {
        for (int j = Math.max(0, from + 1); j < i; j++) {
            if (isBodyParagraph(blocks.get(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the title read from the top stands right over the article's start, with at most a line of its dek
     * between, and the byline or date line right under the start: the start is the dek's last line ("천장 태양광으로 …"
     * under "국·시비 42억 …" under the headline), and the title stays.
     */
    private static boolean dekBetween(List<Block> blocks, int title, int start) {
        int between = 0;
        for (int j = title + 1; j < start; j++) {
            between += blocks.get(j).kind() == Kind.BREAK ? 0 : 1;
        }
        int under = nextBlock(blocks, start);
        return title >= 0 && between <= 1 && under < blocks.size() && Titles.isMeta(blocks.get(under));
    }

    /** Whether at least {@value #NAVIGATION_BLOCKS} blocks stand before the article's start: a page's navigation. */
    private static boolean navigationBefore(List<Block> blocks, int start) {
        return blocks.subList(0, start).stream().filter(block -> block.kind() != Kind.BREAK).count() >= NAVIGATION_BLOCKS;
    }

    /**
     * Where the article starts in a paste that opens with the page's navigation (a whole page selected): the first
     * byline or date line (its first line "By …", a date line, or names with a date; a list whose first item is "By
     * …"; "By" and an organisation's name) that has a headline-shaped
     * line (four words or more) at most {@value #TITLE_ABOVE} blocks above it and a body paragraph at most
     * {@value #BODY_BELOW} blocks below, and that is not one of a list of teasers ({@link #teaser}), with at most
     * {@value #BODY_BEFORE} body paragraphs before it (an article pasted from its headline has its text before any
     * later byline). The start is the first headline-shaped line above the byline or date line, so that the title
     * is chosen among it and what follows it (a dek, a subheading); -1 when there is no such line among the first
     * {@value #START_BLOCKS} blocks.
     */
    private int articleStart(List<Block> blocks) {
        int limit = Math.min(blocks.size(), START_BLOCKS);
        Boolean[] meta = new Boolean[limit]; // whether each block is a byline or date line, found once
        int bodyBefore = 0;
        for (int i = 1; i < limit; i++) {
            Block block = blocks.get(i);
            if (block.kind() != Kind.PARAGRAPH && block.kind() != Kind.LIST) {
                continue;
            }
            String text = block.text();
            if (block.kind() == Kind.PARAGRAPH && isBodyParagraph(block)) {
                if (noise.reason(text) == null && ++bodyBefore > BODY_BEFORE) {
                    return -1;
                }
                continue;
            }
            // "5 hrs ago" alone on its line under the writer's name: the page's date, told as a time since (a
            // teaser's stamp stands under its headline)
            boolean stamp = block.kind() == Kind.PARAGRAPH && RELATIVE_STAMP.matcher(text.strip()).matches()
                    && underWriter(blocks, i);
            if (!(startMeta(blocks, meta, i) || stamp) || !bodyBelow(blocks, i) || teaser(blocks, meta, i)) {
                continue;
            }
            int headline = headlineAbove(blocks, i);
            if (headline < 0) {
                headline = sentenceHeadlineAbove(blocks, i);
            }
            if (headline >= 0) {
                return headline;
            }
            // a byline and date printed over the headline ("Louise Matsakis / Business" over "11.15.2019 10:09 AM"):
            // the article starts at the date line when the next block is a headline with the text right under it
            int next = nextBlock(blocks, i);
            if (next < blocks.size() && next < meta.length && !startMeta(blocks, meta, next)
                    && headlineShaped(blocks.get(next)) && bodyBelow(blocks, next)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the writer's names stand right over block {@code i}, maybe with their role between ("Rhodri Pugh &amp;
     * Megan Vaughan" over "Mid Wales reporters").
     */
    private static boolean underWriter(List<Block> blocks, int i) {
        int above = previousBlock(blocks, i);
        if (above >= 0 && blocks.get(above).kind() == Kind.PARAGRAPH && Bylines.isRoleLine(blocks.get(above).text())) {
            above = previousBlock(blocks, above);
        }
        return above >= 0 && namesAlone(blocks.get(above));
    }

    /** Whether a line of names stands over a date line in the same block: "Marguerite Reardon" over "Dec. 22, 2016 5:00 a.m. PT". */
    private static boolean namesOverDate(String line, String next) {
        if (next.length() > 80 || words(line) > 12 || Datelines.parse(next).isEmpty()) {
            return false;
        }
        Bylines.Byline bare = Bylines.parseBare(line);
        return bare != null && !bare.names().isEmpty();
    }

    /**
     * Whether block {@code i} is a byline or date line by its first line: "By …", a date line, or names with a date
     * (on the line or on the next line of the block).
     */
    private static boolean startMeta(List<Block> blocks, Boolean[] meta, int i) {
        if (meta[i] == null) {
            Block block = blocks.get(i);
            String[] lines = block.kind() == Kind.LIST ? block.items().toArray(String[]::new)
                    : block.text().split("\n", 3);
            String line = lines.length == 0 ? "" : lines[0].strip();
            // a byline form read in the head only ("Hosted by …") starts no article: an event's host in a listing
            boolean by = byLine(line);
            meta[i] = block.kind() == Kind.LIST ? by // a byline listed first: "• by Bryan DeArdo", "• @handle", …
                    : block.kind() == Kind.PARAGRAPH && (by || isDateLine(line) || isDatedByline(line)
                    || lines.length > 1 && namesOverDate(line, lines[1])
                    || lines.length == 1 && BY_ORGANISATION.matcher(line).matches());
        }
        return meta[i];
    }

    /**
     * Whether the byline or date line at {@code i} is one of a list of teasers (related articles, each a headline and
     * a date): two or more other byline or date lines stand in the {@value #TEASER_WINDOW} blocks above it. The byline
     * and date lines stacked right over it are its own head's ("Par …" over "Publié le …" over "Mis à jour le …"), not
     * other teasers': a list of teasers has a headline between its dates.
     */
    private static boolean teaser(List<Block> blocks, Boolean[] meta, int i) {
        int others = 0;
        int own = previousBlock(blocks, i);
        while (own >= 0 && startMeta(blocks, meta, own)) {
            own = previousBlock(blocks, own);
        }
        for (int j = Math.min(i - 1, own); j >= Math.max(0, i - TEASER_WINDOW); j--) {
            others += startMeta(blocks, meta, j) ? 1 : 0;
        }
        return others >= 2;
    }

    /** "By" and an organisation's name in title case, as a byline: "by European Space Agency", "By Staff Reports". */
    private static final Pattern BY_ORGANISATION = Pattern.compile("(?i:by)\\s+\\p{Lu}[\\p{L}\\p{M}'’.&-]*"
            + "(?:\\s+(?:(?:of|and|for|the|on|in)\\s+)?\\p{Lu}[\\p{L}\\p{M}'’.&-]*){1,5}");

    /** A date line whose numeric date is read either way ("Published 04/09/2024 6:12 p.m. ET | Updated …"). */
    private static boolean undecidedDateLine(String line) {
        return DateText.hasDigit(line) && (Datelines.parse(line, DateText.Order.DAY_FIRST, true).isPresent()
                || Datelines.parse(line, DateText.Order.MONTH_FIRST, true).isPresent());
    }

    /**
     * Whether a line is a date line, also one whose numbers alone do not say which is the day ("12.05.2025 07:30"):
     * where the article starts a date line says so, whichever day it names.
     */
    private static boolean isDateLine(String line) {
        return Datelines.parse(line, DateText.Order.UNKNOWN, true).isPresent() || Datelines.dateShaped(line)
                || DateText.hasDigit(line)
                && (Datelines.parse(line, DateText.Order.DAY_FIRST, true).isPresent()
                        || Datelines.parse(line, DateText.Order.MONTH_FIRST, true).isPresent());
    }

    /**
     * The first headline-shaped block (four words or more) of the {@value #TITLE_ABOVE} above block {@code i}, or -1;
     * not above a section label ("Life" over "Mysterious plane circling Manhattan…": pages print the section over
     * the headline) or a list of links (not a share bar) right over a headline-shaped block: what stands above
     * them is navigation.
     */
    private int headlineAbove(List<Block> blocks, int i) {
        int first = -1;
        for (int j = i - 1; j >= Math.max(0, i - TITLE_ABOVE); j--) {
            Block block = blocks.get(j);
            if (headlineShaped(block)) {
                first = j;
            } else if (first >= 0 && first == nextBlock(blocks, j) && (block.kind() == Kind.LIST
                    && listNoise(block) == null || block.kind() == Kind.PARAGRAPH && isKicker(block.text()))) {
                break;
            }
        }
        return first;
    }

    /** A line that may be a headline: a title's shape, four words or more, not a section label, not noise. */
    private boolean headlineShaped(Block block) {
        return block.kind() == Kind.PARAGRAPH && isTitle(block) && words(block.text()) >= 4 && !isKicker(block.text())
                && noise.reason(block.text()) == null;
    }

    /**
     * Whether a body paragraph stands in the {@value #BODY_BELOW} blocks under block {@code i}, a box of facts' lines
     * ("Developer: …", "Price: …") and a share bar's ("Share", "Facebook", "Copy link") not counted among them.
     */
    private boolean bodyBelow(List<Block> blocks, int i) {
        int end = i + 1 + BODY_BELOW;
        for (int j = i + 1; j < Math.min(blocks.size(), end); j++) {
            String reason = noise.reason(blocks.get(j).text());
            if (reason == null && isBodyParagraph(blocks.get(j))) {
                return true;
            }
            end += labelled(blocks.get(j)) || "share".equals(reason) ? 1 : 0;
        }
        return false;
    }

    /** The head read from the top of {@code blocks}; {@code start} is where the article-start search points, or -1. */
    private Result readFrom(List<Block> blocks, int start) {
        int headline = openingHeadline(blocks);
        if (headline < 0) {
            headline = sentenceOverItsByline(blocks);
        }
        int end = headEnd(blocks, headline);
        String title = null;
        String dek = null;
        String date = null;
        String publisher = null;
        String url = null;
        List<String> authors = new ArrayList<>();
        List<Removed> removed = new ArrayList<>();
        List<Integer> removedLines = new ArrayList<>();
        List<Block> body = new ArrayList<>();
        boolean dekAllowed = false;
        boolean sawCandidate = false;
        int titleBlock = -1;
        int titleFrom = -1;
        int follows; // where a longer title follows a masthead
        String updated = null;
        int namesAbove = -1; // the block of the last byline read, when it gave names and no date
        // a byline or date line above the title without a time (a masthead's date of the day, "Tuesday, March 5,
        // 2024", "Today's Paper | May 23, 2024"): the head's only when none stands under the title
        List<String> authorsAbove = new ArrayList<>();
        String dateAbove = null;
        DateText.Order order = order(blocks);
        Block opening = headline >= 0 ? blocks.get(headline) : null;
        // no title: a credit over a date ("Chris Hennessey at the Causeway Ground"), tags under their label
        Set<Block> notTitles = creditsOverDates(blocks, end);
        notTitles.addAll(underTagLabels(blocks, end));
        int chosen = Titles.choose(blocks, end, block -> !notTitles.contains(block) && mayBeTitle(block, order,
                block == opening), start, opening, titles, candidates);
        if (chosen >= 0 && isKicker(blocks.get(chosen).text()) && !sentenceNext(blocks, chosen + 1, end)) {
            // the best is a section label: the title is read line by line, as labels are; a short line over a
            // sentence, not over a longer title, is a short headline over its dek ("Salmon return")
            chosen = -1;
        }
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (i >= end || block.kind() == Kind.BREAK) {
                body.add(block);
                continue;
            }
            String text = block.text();
            String reason = block.kind() == Kind.LIST ? listNoise(block) : noise.reason(text);
            // a second writer's name and role under the first's ("Amani Sefu" over "Lead Researcher" under the date,
            // then "Clara Voskuijlen" over "Policy Analyst") is read as the first one was
            boolean secondWriter = namesAbove >= 0 && namesAbove == i - 2 && Bylines.isRoleLine(blocks.get(i - 1).text())
                    && i + 1 < blocks.size() && Bylines.isRoleLine(blocks.get(i + 1).text());
            Bylines.Byline byline = block.kind() == Kind.PARAGRAPH ? byline(text, title != null && (nearDate(blocks, i)
                    || namesAboveDate(blocks, i + 1) || placeAndDate(blocks, i + 1) || writersOverDate(blocks, i)
                    || secondWriter),
                    title != null && authors.isEmpty(), blocks, i) : null;
            // "Broken Pledge" (a kicker) under the date and over the dek and "By Jamelle Bouie": the byline is the one
            // that says "By", and the kicker no source's name either
            boolean overBy = byline != null && Bylines.parsePrefixed(text) == null && byBelow(blocks, i);
            byline = overBy ? null : byline;
            Optional<String> when = block.kind() == Kind.PARAGRAPH ? Datelines.parse(text, order, true) : Optional.empty();
            if (byline != null && namesAbove == i - 1 && placeAndDate(blocks, i)) {
                // "Carlos Ruiz Gallego" over "Gran Canaria - 22 feb 2025 - 23:48 CET": the name above is the author,
                // the one beside the date the place the text was written in
                when = Optional.of(byline.date());
                byline = null;
            }
            // "Local Democracy Reporting Service" under "By Harriet Voss", read as names: the writer's newsroom, no
            // second writer
            boolean newsroom = byline != null && namesAbove == i - 1 && Bylines.isNewsroomLine(text)
                    && Bylines.parsePrefixed(text) == null;
            byline = newsroom ? null : byline;
            // "Local Democracy Reporter" under "By Rachel Tui": the role of the name above, no name of its own;
            // "Guest columnist" over the date under the title: a byline that names no one (a name and a role on one
            // line, "Helen Marsh North of England correspondent", is a byline the head reads otherwise)
            boolean role = newsroom || block.kind() == Kind.PARAGRAPH && Bylines.isRoleLine(text)
                    && (namesAbove == i - 1 || title != null && words(text) <= 3 && nearDate(blocks, i)
                    && Bylines.parseBare(text) == null) && Bylines.parsePrefixed(text) == null
                    // "Published" or "Updated" alone over its date: the date line's label, no publisher
                    || title != null && block.kind() == Kind.PARAGRAPH && dateLabelAlone(text) && nearDate(blocks, i);
            if (when.isEmpty() && byline == null && block.kind() == Kind.PARAGRAPH) {
                when = Optional.ofNullable(Bylines.placeDate(text));
            }
            Matcher link = URL.matcher(text.strip());
            Matcher source = SOURCE.matcher(text.strip());
            if (role) {
                removed.add(new Removed("byline", text));
                removedLines.add(block.line());
            } else if (reason != null) {
                if (date == null && text.regionMatches(true, 0, "date:", 0, 5)) {
                    date = Datelines.parse(text.substring(5)).orElse(null);
                }
                if (title == null) {
                    removed.add(new Removed(reason, text));
                    removedLines.add(block.line());
                } else {
                    body.add(block); // after the title, noise goes to the body cleaner, which carries its short lines
                }
            } else if (byline != null && bookCredit(blocks, i)) {
                body.add(block); // a reviewed book's credit: the review's, and no dek under it
                dekAllowed = false;
            } else if (byline != null && (!authors.isEmpty() && body.stream().anyMatch(HeadReader::isBodyParagraph)
                    || Bylines.headOnly(text) && paragraphBetween(blocks, titleBlock, i))) {
                // names beside a date among the text's paragraphs are the text's, not a second byline; so is a form
                // read in the head only ("Hosted by Ruth Abernathy" under an event's listing)
                body.add(block);
            } else if (byline != null && title == null && i < chosen && byline.date() != null && !Datelines.hasTime(text)) {
                authorsAbove.addAll(authorsAbove.isEmpty() ? byline.names() : List.of());
                dateAbove = dateAbove == null ? byline.date() : dateAbove;
                dekAllowed = false;
            } else if (byline != null) {
                namesAbove = byline.date() == null ? i : -1;
                authors.addAll(byline.names());
                date = date == null ? byline.date() : date;
                if (publisher == null && byline.otherParts().size() == 1 && !looksLikeRole(byline.otherParts().get(0))
                        && !COMMENT_COUNT.matcher(byline.otherParts().get(0)).matches()
                        && !BodyCleaner.isRelativeStamp(byline.otherParts().get(0)) // "Darren Goh · 3 days ago"
                        && !byline.otherParts().get(0).startsWith("in ") // a blog's category: "in Local Politics"
                        && !CREDITS_SOMEONE.matcher(byline.otherParts().get(0)).find()
                        && !placeOfTheText(blocks, i, byline.otherParts().get(0))) {
                    publisher = byline.otherParts().get(0);
                }
                dekAllowed = false;
            } else if (when.isPresent()) {
                if (date != null && body.stream().anyMatch(HeadReader::isBodyParagraph)) {
                    // a date line among the text's paragraphs ("Lisbon, 3 March 2019" over a quoted letter) is the
                    // text's, for the body cleaner to judge, not a second date of the head to drop
                    body.add(block);
                } else if (updateLabelBefore(blocks, i) || UPDATE_FIRST.matcher(text.strip()).lookingAt()
                        || PLACE_THEN_UPDATE.matcher(text.strip()).lookingAt()) {
                    updated = updated == null ? when.get() : updated; // "Updated:" on the line above
                } else if (title == null && i < chosen && !Datelines.hasTime(text)) {
                    dateAbove = dateAbove == null ? when.get() : dateAbove;
                } else {
                    date = date == null ? when.get() : date;
                }
                dekAllowed = false;
            } else if (link.matches()) {
                url = url == null ? link.group(1) : url;
            } else if (source.matches()) {
                publisher = publisher == null ? source.group(1).strip() : publisher;
            } else if (title == null && chosen >= 0 && i <= chosen && (isTitle(block) || i == headline)) {
                if (i == chosen) {
                    title = text;
                    titleBlock = i;
                    dekAllowed = true;
                } else if (isKicker(text) && titleNext(blocks, i + 1, end)) {
                    removed.add(new Removed("section-label", text));
                    removedLines.add(block.line());
                } else if (!sawCandidate && publisher == null && isMasthead(text)) {
                    publisher = text.strip(); // the first short line above the title: the masthead
                } else {
                    removed.add(new Removed(isKicker(text) ? "section-label" : "navigation", text));
                    removedLines.add(block.line());
                }
                sawCandidate = true;
            } else if (title == null && isTitle(block) && !notTitles.contains(block)) {
                if (isKicker(text) && titleNext(blocks, i + 1, end)) {
                    removed.add(new Removed("section-label", text));
                    removedLines.add(block.line());
                } else if (i < titleFrom) {
                    // between the masthead and the title
                    removed.add(new Removed(isKicker(text) ? "section-label" : "navigation", text));
                    removedLines.add(block.line());
                } else if (!sawCandidate && publisher == null && isMasthead(text) && !metaNext(blocks, i + 1, end)
                        && (follows = longerTitleFollows(blocks, i + 1, end, text)) >= 0) {
                    publisher = text.strip();
                    titleFrom = follows;
                } else if (isKicker(text) && nextTitleCandidate(blocks, i + 1, end)) {
                    removed.add(new Removed("section-label", text));
                    removedLines.add(block.line());
                } else {
                    title = text;
                    titleBlock = i;
                    dekAllowed = true;
                }
                sawCandidate = true;
            } else if (title != null && publisher == null && !overBy && isSourceName(text) && !Bylines.isRoleLine(text)
                    && !noise.buttonAlone(text) && !BOX_HEADING.matcher(text.strip()).matches()
                    && InterfaceWords.share(text) < 0.5 && !sectionsOnly(text)
                    && (nearDate(blocks, i) || nearByline(blocks, i)) && !namedAbove(blocks, titleBlock, text)
                    && !overNetwork(blocks, i)) {
                publisher = text.strip();
            } else if (title != null && !overBy && sectionsOnly(text)
                    && (nearDate(blocks, i) || nearByline(blocks, i))) {
                // a post's categories beside its byline or date: "News, Press Releases"
                removed.add(new Removed("section-label", text));
                removedLines.add(block.line());
            } else if (title != null && text.equalsIgnoreCase(title)) {
                removed.add(new Removed("duplicate-title", text));
                removedLines.add(block.line());
            } else if (dekAllowed && dek == null && block.kind() == Kind.PARAGRAPH && words(text) <= 60
                    && !BodyCleaner.isRelativeStamp(text) && !isRating(text)) {
                dek = text;
                dekAllowed = false;
            } else if (title == null && i < chosen && shortLabel(text)) {
                // a menu's label over the title ("Trending:" over its topics' links)
                removed.add(new Removed("navigation", text));
                removedLines.add(block.line());
            } else {
                body.add(block);
            }
        }
        if (authors.isEmpty() && titleBlock >= 0 && dateBelow(blocks, titleBlock)) {
            // a podcast's "Hosted by Noor Haddad & Felix Brandt" right over the episode's title, its date under it
            int above = previousBlock(blocks, titleBlock);
            if (above >= 0 && blocks.get(above).kind() == Kind.PARAGRAPH
                    && Bylines.isByCredit(blocks.get(above).text())) {
                authors.addAll(Bylines.parseCreditWithoutBy(blocks.get(above).text()).names());
            }
        }
        if (authors.isEmpty() || date == null || date.length() < 10) {
            HeadCandidates.Pick pick = HeadCandidates.pick(blocks, end, titleBlock, order,
                    line -> noise.reason(line) != null);
            if (authors.isEmpty() && pick.byline() != null) {
                authors.addAll(pick.byline().names());
                String dekLine = dek == null ? null : dek.strip();
                if (dek != null && pick.bylineLines().contains(dekLine)) {
                    dek = null; // the short line under the title was the byline ("Reuters, Washington,")
                }
                // the byline's own lines are not text of the body, nor a role right under one of them
                pick.bylineLines().stream().filter(line -> !line.equals(dekLine)).forEach(line -> dropLine(body, line));
            }
            if ((date == null || date.length() < 10) && pick.date() != null) {
                date = pick.date();
            }
        }
        if (date == null) {
            date = openingDate(body, order);
        }
        if (authors.isEmpty()) {
            authors.addAll(authorsAbove);
        }
        PlacedBylines.Placed placed = authors.isEmpty() ? PlacedBylines.find(blocks, titleBlock, dek,
                line -> noise.reason(line) != null) : null;
        if (placed != null) {
            // a writer's line in a language whose labels no rule knows, read by where it stands
            authors.addAll(placed.byline().names());
            if (placed.line() != null) {
                dropLine(body, placed.line());
                dek = dek != null && dek.strip().equals(placed.line()) ? null : dek; // the dek was the byline
            }
            date = date == null ? placed.date() : date; // "Posted by: … | ୧୨ ଜୁନ ୨୦୨୫": the date line's own
        }
        if (date == null) {
            date = updated != null ? updated : dateAbove;
        }
        Titles.Site site = title == null ? null : Titles.siteSuffix(title);
        if (site != null) {
            // "Council approves budget | The Daily Example": a browser's page title, the site's name after a bar
            title = site.headline();
            publisher = publisher == null ? site.name() : publisher;
        }
        if (publisher == null) {
            publisher = wirePublisher(body);
        }
        if (authors.size() > 1) {
            // "Por Camila Nogueira e Rafael Tavares, Portal Vale Norte": the site the footer's copyright names is
            // no writer beside the others
            List<String> copyrights = Titles.copyrightLines(blocks, end);
            List<String> holders = authors.stream().filter(name -> Titles.holdsCopyright(name, copyrights)).toList();
            if (!holders.isEmpty() && holders.size() < authors.size()) {
                authors.removeAll(holders);
                publisher = publisher == null ? holders.get(0) : publisher;
            }
        }
        String named = publisher;
        if (named != null && authors.stream().anyMatch(name -> name.strip().contains(" ")
                && !name.equals(named.strip()) && named.contains(name))) {
            // the byline's own line read as a publisher's name, in a language whose "by" no rule knows ("Yanditswe na
            // Jean-Claude Niyonzima", "Tested by Rafael Dunmore"): a writer of two words or more is in it, so the line
            // names no publisher
            publisher = null;
        }
        List<Author> people = authors.stream().distinct().map(name -> new Author(name, null)).toList();
        return new Result(new Head(title, dek, people, date, publisher, url), body, removed, removedLines, titleBlock);
    }

    /**
     * Whether block {@code i} credits a book, its publisher and pages on the line under it ("מאת יהודית שחר" over
     * "הוצאת כנרת, 312 עמודים"): a reviewed book's author, no byline.
     */
    private static boolean bookCredit(List<Block> blocks, int i) {
        String[] lines = blocks.get(i).text().strip().split("\n");
        if (lines.length > 1) {
            return Bylines.bookDetails(lines[1]);
        }
        int next = nextBlock(blocks, i);
        return next < blocks.size() && blocks.get(next).kind() == Kind.PARAGRAPH
                && Bylines.bookDetails(blocks.get(next).text().strip().split("\n")[0]);
    }

    /** Takes out of {@code body} the first paragraph that is {@code line} alone, if any. */
    private static void dropLine(List<Block> body, String line) {
        for (int i = 0; i < body.size(); i++) {
            Block block = body.get(i);
            if (block.kind() == Kind.PARAGRAPH && block.text().strip().equals(line)) {
                body.remove(i);
                if (i < body.size() && body.get(i).kind() != Kind.LIST && Bylines.isRoleLine(body.get(i).text())
                        && body.get(i).line() <= block.line() + 2) {
                    body.remove(i); // "Economics correspondent" under the name
                }
                return;
            }
        }
    }

    /** Whether a block may be the title: a short line that no earlier rule of the head claims. */
    private boolean mayBeTitle(Block block, DateText.Order order, boolean headline) {
        if (!(isTitle(block) || headline) || Titles.isMeta(block)) {
            return false;
        }
        String text = block.text();
        return noise.reason(text) == null && byline(text, false) == null && !Bylines.isByCredit(text)
                && Datelines.parse(text, order, true).isEmpty()
                && !Datelines.isTimeLine(text) && !RELATIVE_STAMP.matcher(text.strip()).matches()
                && !URL.matcher(text.strip()).matches() && !SOURCE.matcher(text.strip()).matches()
                && !Titles.isCreditedCaption(text);
    }

    /** How the paste writes numeric dates, from its first 100,000 characters. */
    private static DateText.Order order(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        for (Block block : blocks) {
            if (text.length() > 100_000) {
                break;
            }
            text.append(block.text()).append('\n');
        }
        return DateText.orderIn(text.toString());
    }

    /**
     * The first block of the paste when it is a headline written as a sentence ("Economy on a high; time to be
     * careful?", "Stock Falls. Why You Shouldn't Worry."): one line of six to twenty words opening with a capital,
     * with more text after it, that ends in a question or exclamation mark, ends unpunctuated, or is in title case
     * (a sentence in sentence case ending in a full stop is text); or -1.
     */
    static int openingHeadline(List<Block> blocks) {
        int first = 0;
        while (first < blocks.size() && blocks.get(first).kind() == Kind.BREAK) {
            first++;
        }
        if (first + 1 >= blocks.size() || blocks.get(first).kind() != Kind.PARAGRAPH) {
            return -1;
        }
        String text = blocks.get(first).text().strip();
        int words = words(text);
        boolean shaped = text.endsWith("?") || text.endsWith("!") || !endsSentence(text) && !text.endsWith(",")
                && !text.endsWith(":") && !text.endsWith(";") || titleCase(text);
        return !text.contains("\n") && words >= 6 && words <= 20 && Character.isUpperCase(text.codePointAt(0)) && shaped
                ? first : -1;
    }

    /**
     * The first block of the paste when it is a headline written as a sentence with its full stop ("The council
     * approved the budget. Now comes the hard part."), which {@link #openingHeadline} leaves as text: one line of
     * four to twenty words opening with a capital, right above a byline or a date line, or above its dek of the same
     * shape over one; or -1.
     */
    private static int sentenceOverItsByline(List<Block> blocks) {
        int first = blocks.isEmpty() || blocks.get(0).kind() != Kind.BREAK ? 0 : nextBlock(blocks, 0);
        int next = nextBlock(blocks, first);
        if (next >= blocks.size() || blocks.get(first).kind() != Kind.PARAGRAPH
                || blocks.get(next).kind() != Kind.PARAGRAPH) {
            return -1;
        }
        String text = blocks.get(first).text().strip();
        int words = words(text);
        if (text.contains("\n") || words < 4 || words > 20 || !Character.isUpperCase(text.codePointAt(0))) {
            return -1;
        }
        if (sentenceHeadline(blocks.get(next))) {
            next = nextBlock(blocks, next); // its dek, a sentence or two of the same shape, over the byline
            if (next >= blocks.size() || blocks.get(next).kind() != Kind.PARAGRAPH) {
                return -1;
            }
        }
        String below = blocks.get(next).text().strip().split("\n", 2)[0];
        return Bylines.parsePrefixed(below) != null || Datelines.parse(below).isPresent() ? first : -1;
    }

    /**
     * The block right above the byline at block {@code i} ("By …") when it is a headline written as sentences with
     * their full stop ("The last one-room schoolhouse in Harlan County has nine students and one teacher. This is their
     * year."): one line of four to twenty words opening with a capital, as {@link #sentenceOverItsByline} reads one at
     * the top of a paste; or -1.
     */
    private static int sentenceHeadlineAbove(List<Block> blocks, int i) {
        int above = previousBlock(blocks, i);
        if (above < 0 || blocks.get(above).kind() != Kind.PARAGRAPH
                || Bylines.parsePrefixed(blocks.get(i).text().split("\n", 2)[0]) == null) {
            return -1;
        }
        if (!sentenceHeadline(blocks.get(above))) {
            return -1;
        }
        // two such lines: the headline over its dek ("Opinion | Our libraries are not a luxury. Stop budgeting as if
        // they were." over "Cutting branch hours saves the county less … It costs residents far more.")
        int higher = previousBlock(blocks, above);
        return higher >= 0 && sentenceHeadline(blocks.get(higher)) ? higher : above;
    }

    /** One line of four to twenty words opening with a capital and ending with a full stop. */
    private static boolean sentenceHeadline(Block block) {
        String text = block.text().strip();
        int words = words(text);
        return block.kind() == Kind.PARAGRAPH && !text.contains("\n") && words >= 4 && words <= 20
                && Character.isUpperCase(text.codePointAt(0)) && text.endsWith(".");
    }

    /** Index of the first block of the body. */
    private int headEnd(List<Block> blocks, int headline) {
        int limit = Math.min(blocks.size(), MAX_HEAD_BLOCKS);
        boolean bylined = false;
        boolean dated = false;
        boolean onlyLabels = true; // every block so far a short label or a date line: no title yet
        for (int i = 0; i < limit; i++) {
            Block block = blocks.get(i);
            // a byline or date line after the body's first paragraph keeps that paragraph in the head (a dek over
            // its byline), unless the head has had both already: then they are the text's ("Lisbon, March 3, 2019"
            // over a quoted letter); a question of one line under labels and a date alone is the headline ("Người
            // thuê nhà có phải dọn đi khi chủ nhà bán căn hộ?" under "Tư vấn" and its date line)
            if (i != headline && isBodyParagraph(block) && noise.reason(block.text()) == null
                    && (bylined && dated || !metaFollows(blocks, i + 1)) && !isHeadline(block.text())
                    && !(onlyLabels && questionHeadline(block.text()))) {
                return i;
            }
            if (block.kind() == Kind.PARAGRAPH) {
                bylined |= Bylines.parsePrefixed(block.text()) != null;
                dated |= Datelines.parse(block.text()).isPresent();
            }
            onlyLabels &= block.kind() == Kind.BREAK || block.kind() == Kind.PARAGRAPH
                    && (words(block.text()) <= LABEL_WORDS || Titles.isMeta(block) || isDateLine(block.text()));
        }
        return limit;
    }

    private boolean metaFollows(List<Block> blocks, int from) {
        int seen = 0;
        for (int i = from; i < blocks.size() && seen < LOOKAHEAD; i++) {
            Block block = blocks.get(i);
            // a writer's role under the name ("Staff Software Engineer") is no line of its own to count
            seen += block.kind() == Kind.PARAGRAPH && Bylines.isRoleLine(block.text()) ? 0 : 1;
            if (block.kind() == Kind.PARAGRAPH && (byline(block.text(), nearDate(blocks, i)) != null
                    || Datelines.parse(block.text()).isPresent() || undecidedDateLine(block.text())
                    || Titles.isMeta(block))) {
                return true; // a byline, a date line, or a short line with a full date ("CJCP News | May 27, 2024")
            }
        }
        return false;
    }

    /** The most words of a section's label over a headline, for {@link #headEnd}. */
    private static final int LABEL_WORDS = 3;
    /** The most words of a headline written as a question ({@link #questionHeadline}). */
    private static final int QUESTION_WORDS = 20;

    /** A question of one line, {@value #QUESTION_WORDS} words at most: a headline where no title stands above it. */
    private static boolean questionHeadline(String text) {
        String t = text.strip();
        return t.endsWith("?") && !t.contains("\n") && words(t) <= QUESTION_WORDS;
    }

    /**
     * A long headline, not a paragraph: a line of at most 30 words with no full stop at its end, most of whose
     * words (three in four) start with a capital, as headlines in title case do and sentences never.
     */
    static boolean isHeadline(String text) {
        String t = text.strip();
        return !t.endsWith(".") && !t.contains("\n") && words(t) <= 30 && titleCase(t);
    }

    /** Whether three in four of the words of a line (at least four) start with a capital, as headlines in title case do. */
    private static boolean titleCase(String t) {
        String[] tokens = t.split("\\s+");
        int capitalised = 0;
        int counted = 0;
        for (String token : tokens) {
            String word = LEADING_MARKS.matcher(token).replaceFirst("");
            if (word.isEmpty() || !Character.isLetter(word.codePointAt(0))) {
                continue;
            }
            counted++;
            capitalised += Character.isUpperCase(word.codePointAt(0)) ? 1 : 0;
        }
        return counted >= 4 && capitalised * 4 >= counted * 3;
    }

    static boolean isBodyParagraph(Block block) {
        if (block.kind() != Kind.PARAGRAPH) {
            return false;
        }
        int words = words(block.text(), 25);
        return words >= 25 || words >= 12 && endsSentence(block.text());
    }

    /**
     * A byline: "By …" anywhere in the head; a bare name ("Jane Doe, Staff Writer", "Jane Doe | Reuters") only
     * after the title and right next to a date line, where nothing else is a name alone.
     */
    private static Bylines.Byline byline(String text, boolean bareAllowed) {
        return byline(text, bareAllowed, false, List.of(), -1);
    }

    /**
     * The byline {@code text}, block {@code i}, reads as; {@code titled}: a title was read above it and no author yet,
     * so a credit without "by" ("Rural reporter Jess Carmody", "Interview: Jan Koch") is one when a date stands under
     * it (a photo's caption of that form is not, nor "Reviewed by" under "Written by").
     */
    private static Bylines.Byline byline(String text, boolean bareAllowed, boolean titled, List<Block> blocks, int i) {
        Bylines.Byline byline = Bylines.parsePrefixed(text);
        if (byline == null && titled) {
            Bylines.Byline credit = Bylines.parseCreditWithoutBy(text);
            byline = credit != null && (dateBelow(blocks, i) || dateAbove(blocks, i)
                    || Bylines.isByCredit(text) && dateUnderPictureCredit(blocks, i)) ? credit : null;
        }
        if (byline == null && bareAllowed && words(text) <= 12) {
            // "By" before a newsroom or an organisation after the title, next to a date ("Door Redactie"), which a
            // bare reading would take whole, the "By" for a first name
            byline = Bylines.parseOrganisation(text, true);
        }
        if (byline == null && (bareAllowed || words(text) <= 12)) {
            Bylines.Byline bare = Bylines.parseBare(text);
            byline = bareAllowed || bare != null && (bare.date() != null && bare.otherParts().isEmpty()
                    || bare.date() == null && stampedOnly(bare)) ? bare : null;
        }
        return byline;
    }

    /** A social network's or a messenger's name alone, as a share bar's button prints it. */
    private static final Pattern NETWORK = Pattern.compile("(?i)" + NoiseRules.NETWORKS
            + "|instagram|e-?mail|vk|viber|line");

    /**
     * Whether the block after {@code i} is a social network's button alone ("Cunnivìdi" over "Facebook", "WhatsApp"):
     * block {@code i} is the share bar's label in its language, no publisher's name.
     */
    private static boolean overNetwork(List<Block> blocks, int i) {
        int next = nextBlock(blocks, i);
        return next < blocks.size() && NETWORK.matcher(blocks.get(next).text().strip().split("\n", 2)[0].strip())
                .matches();
    }

    /** What parts a breadcrumb's or a menu's line: "»", "›", "/", "|" and the like between spaces. */
    private static final Pattern CRUMB = Pattern.compile("\\s+[»›>/|·•]\\s+");
    /** How many blocks above the title are looked at for a section's name ({@link #namedAbove}). */
    private static final int SECTION_WINDOW = 40;

    /**
     * Whether {@code text} stands above the title block {@code title} alone or as a breadcrumb's part, in any case: a
     * section's name the page repeats under its title ("Nyunsu" in the menu, in "Oso » Nyunsu » …" and under the date),
     * no publisher's.
     */
    private static boolean namedAbove(List<Block> blocks, int title, String text) {
        String name = text.strip();
        for (int j = Math.max(0, title - SECTION_WINDOW); j >= 0 && j < title; j++) {
            String above = blocks.get(j).text().strip();
            if (above.length() <= 300 && (above.equalsIgnoreCase(name)
                    || CRUMB.splitAsStream(above).anyMatch(part -> part.strip().equalsIgnoreCase(name)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a bare byline's other parts are all how long ago the page was posted, its date as a blog prints it:
     * "Darren Goh · 3 days ago · 6 min read" (the reading time is read off before).
     */
    private static boolean stampedOnly(Bylines.Byline bare) {
        return !bare.names().isEmpty() && !bare.otherParts().isEmpty()
                && bare.otherParts().stream().allMatch(BodyCleaner::isRelativeStamp);
    }

    /**
     * The blocks of the head that are a credit without "by" over a date line ("Chris Hennessey at the Causeway Ground"
     * over "Saturday 17 February 2024 17:12, UK"): the byline, not a title. Compared by identity.
     */
    private static Set<Block> creditsOverDates(List<Block> blocks, int end) {
        Set<Block> credits = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < Math.min(end, blocks.size()); i++) {
            Block block = blocks.get(i);
            if (block.kind() == Kind.PARAGRAPH && words(block.text()) <= 8
                    && Bylines.parseCreditWithoutBy(block.text()) != null && dateBelow(blocks, i)) {
                credits.add(block);
            }
        }
        return credits;
    }

    /**
     * The blocks of the head right under a label of tags alone ("Tags" over "cold climate heat pump …", a forum
     * thread's tags in lower case): tags, not a title. Compared by identity.
     */
    private Set<Block> underTagLabels(List<Block> blocks, int end) {
        Set<Block> tagged = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 1; i < Math.min(end, blocks.size()); i++) {
            if (underTagLabel(blocks, i)) {
                tagged.add(blocks.get(i));
            }
        }
        return tagged;
    }

    /**
     * Whether block {@code i} is tags right under a label of tags alone ("Tags", "Etiquetas"): in lower case or a list
     * of commas (a headline under a menu whose last item is "Topics" is none).
     */
    private boolean underTagLabel(List<Block> blocks, int i) {
        Block above = i > 0 ? blocks.get(i - 1) : null;
        String text = blocks.get(i).text().strip();
        boolean tagLike = !text.isEmpty() && (Character.isLowerCase(text.codePointAt(0))
                || text.chars().filter(c -> c == ',').count() >= 2);
        return tagLike && above != null && above.kind() != Kind.LIST && words(above.text()) <= 2
                && "tags".equals(noise.reason(above.text()));
    }

    /**
     * Whether the block over block {@code i} is a short line with a full date ("March 1, 2024 · 54 min · Season 6"
     * over "Hosted by …").
     */
    private static boolean dateAbove(List<Block> blocks, int i) {
        int previous = previousBlock(blocks, i);
        if (previous < 0 || blocks.get(previous).kind() != Kind.PARAGRAPH) {
            return false;
        }
        String text = blocks.get(previous).text();
        return words(text) <= 12 && DateText.find(text, DateText.Order.UNKNOWN).filter(f -> !f.ambiguous()).isPresent();
    }

    /**
     * Whether the block under block {@code i} is a date line, with no "By …" line right under it (a caption "Marta
     * Vidal at the Ridgeback Velodrome" or a reviewer's credit over the date, and the byline under the date).
     */
    private static boolean dateBelow(List<Block> blocks, int i) {
        int next = nextBlock(blocks, i);
        if (next >= blocks.size() || blocks.get(next).kind() != Kind.PARAGRAPH || !isDateLine(blocks.get(next).text())) {
            return false;
        }
        int under = nextBlock(blocks, next);
        return under >= blocks.size() || Bylines.parsePrefixed(blocks.get(under).text().split("\n", 2)[0]) == null;
    }

    /** How far under a line of names a "By …" line makes it no byline. */
    private static final int BY_BELOW = 3;

    /**
     * Whether a "By …" line (not a reviewer's or a host's, read in the head only) stands in the {@value #BY_BELOW}
     * blocks under block {@code i}.
     */
    private static boolean byBelow(List<Block> blocks, int i) {
        int j = i;
        for (int seen = 0; seen < BY_BELOW; seen++) {
            j = nextBlock(blocks, j);
            if (j < 0 || j >= blocks.size()) {
                return false;
            }
            Block block = blocks.get(j);
            if (block.kind() == Kind.PARAGRAPH && byLine(block.text().split("\n", 2)[0])) {
                return true;
            }
        }
        return false;
    }

    /** A "By …" line that starts an article: not a form read in the head only ("Hosted by …", "Reviewed by …"). */
    private static boolean byLine(String line) {
        return Bylines.parsePrefixed(line) != null && !Bylines.headOnly(line);
    }

    private static boolean nearDate(List<Block> blocks, int i) {
        for (int j = Math.max(0, i - 1); j <= Math.min(blocks.size() - 1, i + 1); j++) {
            if (j != i && blocks.get(j).kind() == Kind.PARAGRAPH && isDateLine(blocks.get(j).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether block {@code i} is one name and a date, without "By" ("Gran Canaria - 22 feb 2025 - 23:48 CET"): under a
     * line of names, the place the text was written in.
     */
    private static boolean placeAndDate(List<Block> blocks, int i) {
        if (i >= blocks.size() || blocks.get(i).kind() != Kind.PARAGRAPH || words(blocks.get(i).text()) > 12
                || Bylines.parsePrefixed(blocks.get(i).text()) != null) {
            return false;
        }
        Bylines.Byline line = Bylines.parseBare(blocks.get(i).text());
        return line != null && line.names().size() == 1 && line.date() != null && line.otherParts().isEmpty();
    }

    /** Whether block {@code i} is a line of names alone right above a date line: the last of several name lines. */
    private static boolean namesAboveDate(List<Block> blocks, int i) {
        return i < blocks.size() && namesAlone(blocks.get(i)) && i + 1 < blocks.size()
                && blocks.get(i + 1).kind() == Kind.PARAGRAPH && isDateLine(blocks.get(i + 1).text());
    }

    /**
     * Whether block {@code i} opens a stack of writers over the date line: up to {@value #STACKED_WRITERS} lines of
     * names alone, each maybe with its role on the line under it ("Maya Goldfarb" over "Staff Software Engineer" over
     * "Tomás Echeverría" over "Senior Software Engineer" over "Apr 22, 2025 · 11 min read").
     */
    private static boolean writersOverDate(List<Block> blocks, int i) {
        int j = i;
        for (int writers = 0; writers < STACKED_WRITERS && j < blocks.size() && namesAlone(blocks.get(j)); writers++) {
            j++;
            if (j < blocks.size() && blocks.get(j).kind() == Kind.PARAGRAPH && Bylines.isRoleLine(blocks.get(j).text())) {
                j++;
            }
            if (j < blocks.size() && blocks.get(j).kind() == Kind.PARAGRAPH && isDateLine(blocks.get(j).text())) {
                return writers > 0 || j > i + 1; // one name right over the date is read by nearDate
            }
        }
        return false;
    }

    /** The most writers {@link #writersOverDate} reads stacked over a date line. */
    private static final int STACKED_WRITERS = 4;

    /** Whether a line is a date's label alone: "Published", "Posted on:", "Updated", "Last updated". */
    /** A line without the posting label it opens with ({@link #POSTING_LABEL}): "Published 22 hours ago". */
    static String withoutPostingLabel(String line) {
        Matcher label = POSTING_LABEL.matcher(line.strip());
        return label.lookingAt() ? line.strip().substring(label.end()).strip() : line;
    }

    private static boolean dateLabelAlone(String text) {
        String t = text.strip();
        return POSTING_LABEL.matcher(t).matches() || UPDATE_FIRST.matcher(t).matches();
    }

    private static boolean nearByline(List<Block> blocks, int i) {
        for (int j = Math.max(0, i - 1); j <= Math.min(blocks.size() - 1, i + 1); j++) {
            if (j != i && blocks.get(j).kind() == Kind.PARAGRAPH && Bylines.parsePrefixed(blocks.get(j).text()) != null) {
                return true;
            }
        }
        return false;
    }

    /** A publisher's name standing in the byline block: a few capitalised words, no sentence. */
    private static boolean isSourceName(String text) {
        String t = text.strip();
        return words(t) <= 5 && !endsSentence(t) && Character.isUpperCase(t.codePointAt(0)) && !t.contains(":")
                && !LIFE_YEARS.matcher(t).find() && !CREDITS_SOMEONE.matcher(t).find();
    }

    /** A box's heading under the byline, no source's name: "Key takeaways", "In brief", "Summary". */
    private static final Pattern BOX_HEADING = Pattern.compile("(?i)key (?:takeaways|points|facts)|in brief|summary|"
            + "highlights|at a glance|what you need to know|in short|the big picture|tl;?dr");

    /** "by" and a name: a credit ("Photography by Hafiz Rahmat"), no source's name. */
    private static final Pattern CREDITS_SOMEONE = Pattern.compile("(?i:\\bby)\\s+\\p{Lu}");

    /**
     * A picture's credit alone on a line: "Photography by Hafiz Rahmat", "Photos by …", "Illustration by …", "Photo:
     * …".
     */
    private static final Pattern PICTURE_CREDIT = Pattern.compile("(?i)(?:photo(?:graph)?s?|photography|pictures?|"
            + "images?|illustrations?|video)(?:\\s+by\\s+|\\s*:\\s*)\\p{Lu}.{0,60}");

    /** Whether a picture's credit stands under block {@code i} and a date line under it. */
    private static boolean dateUnderPictureCredit(List<Block> blocks, int i) {
        int next = nextBlock(blocks, i);
        return next < blocks.size() && blocks.get(next).kind() == Kind.PARAGRAPH
                && PICTURE_CREDIT.matcher(blocks.get(next).text().strip()).matches() && dateBelow(blocks, next);
    }

    /** The years of a life under an obituary's headline: "Eila Koskinen 1937–2023". */
    private static final Pattern LIFE_YEARS = Pattern.compile("\\b1[6-9]\\d\\d\\s*[–—-]\\s*(?:19|20)\\d\\d\\b");

    /** A short name line at the very top ("The Calder Courier", "NORDIC INSTITUTE FOR MARITIME SECURITY"). */
    private static boolean isMasthead(String text) {
        int words = words(text);
        // not a line of the site's interface ("Print subscriptions", "Startseite") nor a stamp ("Updated 2 hours ago")
        return words >= 1 && words <= 7 && !text.strip().endsWith("?") && !text.contains(":")
                && InterfaceWords.share(text) < 0.5 && !BodyCleaner.isRelativeStamp(text)
                && !POSTING_LABEL.matcher(text.strip()).matches() && !BREADCRUMB.matcher(text).find()
                && !Bylines.sectionLabel(text); // "News & Stories" over the headline: the section's label
    }

    /** Whether a line only lists a site's sections, a post's categories: "News, Press Releases" under the byline. */
    private static boolean sectionsOnly(String text) {
        for (String part : text.split("\\s*[,|]\\s*")) {
            if (!Bylines.sectionLabel(part)) {
                return false;
            }
        }
        return true;
    }

    /** A breadcrumb's separator between spaces: "Dar > Aħbarijiet > Stqarrijiet", "Home › News": no masthead. */
    private static final Pattern BREADCRUMB = Pattern.compile("\\S\\s+[>›»]\\s+\\S");

    /** Whether the line right above block {@code i} is a label such as "Updated:" or "Last modified:". */
    private static boolean updateLabelBefore(List<Block> blocks, int i) {
        int previous = previousBlock(blocks, i);
        if (previous < 0) {
            return false;
        }
        Block block = blocks.get(previous);
        List<String> lines = block.kind() == Kind.LIST ? block.items() : List.of(block.text().split("\n"));
        String last = lines.get(lines.size() - 1).strip();
        return last.endsWith(":") && words(last) <= 3 && UPDATE_LABEL.matcher(last).find();
    }

    /** Whether the next block is a byline or a date line: what stands right above them is the title. */
    private static boolean metaNext(List<Block> blocks, int from, int end) {
        int next = from;
        while (next < end && blocks.get(next).kind() == Kind.BREAK) {
            next++;
        }
        if (next >= end || blocks.get(next).kind() != Kind.PARAGRAPH) {
            return false;
        }
        String text = blocks.get(next).text();
        return Bylines.parsePrefixed(text) != null || Datelines.parse(text).isPresent()
                || words(text) <= 12 && DateText.find(text, DateText.Order.UNKNOWN).filter(f -> !f.ambiguous()).isPresent();
    }

    /**
     * Whether a longer title follows a short first line, which is then the masthead. Section labels, noise, the
     * navigation after a masthead (lists, short lines, the masthead again) and bylines are passed over.
     */
    private int longerTitleFollows(List<Block> blocks, int from, int end, String masthead) {
        for (int i = from; i < end; i++) {
            Block block = blocks.get(i);
            if (block.kind() == Kind.BREAK || block.kind() == Kind.LIST || noise.reason(block.text()) != null
                    || isKicker(block.text()) || block.text().strip().equalsIgnoreCase(masthead.strip())
                    || words(block.text()) <= 3 && !endsSentence(block.text()) || isDatedByline(block.text())) {
                continue;
            }
            if (isTitle(block) && isKicker(block.text())) {
                continue;
            }
            return isTitle(block) && words(block.text()) >= 4 && words(block.text()) > words(masthead) ? i : -1;
        }
        return -1;
    }

    /** A line of names with a date on it: "Will Leitch/November 18, 2016". */
    private static boolean isDatedByline(String text) {
        if (Bylines.parsePrefixed(text) != null) {
            return true;
        }
        Bylines.Byline bare = words(text) <= 12 ? Bylines.parseBare(text) : null;
        return bare != null && bare.date() != null || datedOneName(text);
    }

    /**
     * A full date and then "by" and one name, as blogs print their author's first name or handle: "September 10,
     * 2018 | by Catherine", "Posted on March 3, 2019 by admin". A single word after "By" alone is no byline ("By
     * Tuesday"); the date before it makes it one when the date opens the line or follows a label of a few words,
     * the name is no word of a page's chrome, a month or a day, and a name in lower case (a handle) follows the
     * date or a posting label ("Applications close March 1, 2019 by noon" is a sentence).
     */
    static boolean datedOneName(String text) {
        String line = text.strip();
        if (line.length() > 80 || line.indexOf('\n') >= 0) {
            return false;
        }
        Matcher by = BY_ONE_NAME.matcher(line);
        if (!by.find() || Bylines.isChromeWord(by.group(1))) {
            return false;
        }
        Optional<DateText.Found> date = DateText.find(line.substring(0, by.start()), DateText.Order.UNKNOWN)
                .filter(f -> !f.ambiguous());
        if (date.isEmpty()) {
            return false;
        }
        String lead = line.substring(0, date.get().start()).strip();
        boolean capitalised = Character.isUpperCase(by.group(1).codePointAt(0));
        return words(lead) <= 2 && (capitalised || lead.isEmpty() || POSTING_LABEL.matcher(lead).matches());
    }

    /** A count of a page's comments beside its byline, "9 Comments": no publisher. */
    private static final Pattern COMMENT_COUNT = Pattern.compile("(?iu)(?:\\d+|no|one)\\s+(?:comments?|responses?|replies|"
            + "reactions?|comentarios?|commentaires?|kommentare?|kommentarer|reacties|commenti|komentarzy?|коммент\\p{L}*)");

    /** How many blocks under a byline are read for the text's first paragraph ({@link #placeOfTheText}). */
    static final int PLACE_LOOKAHEAD = 6;
    /** How many characters of the text's first paragraph name the place it was written in. */
    private static final int PLACE_CHARS = 200;

    /**
     * Whether the part beside a byline's name is the place the text was written in, which the text's first paragraph
     * names in its first {@value #PLACE_CHARS} characters ("By Chinedu Okafor, Lagos" over "… across Lagos on
     * Wednesday …"; a Saraiki reporter's town after the Arabic comma, "رپورٹ: غلام فرید لاشاری، شاہ ولی آباد", over a
     * text opening with it): no publisher. A newsroom's name beside its writer is not where its text starts.
     */
    private static boolean placeOfTheText(List<Block> blocks, int byline, String part) {
        for (int j = byline + 1; j < blocks.size() && j <= byline + PLACE_LOOKAHEAD; j++) {
            if (isBodyParagraph(blocks.get(j))) {
                return opensWith(blocks.get(j).text(), part);
            }
        }
        return false;
    }

    /**
     * Whether a paragraph names {@code place} (three characters or more) as words of their own, in any case, in its
     * first {@value #PLACE_CHARS} characters: where the text was written ({@link #placeOfTheText}, {@link
     * HeadCandidates}' town after a name without capitals).
     */
    static boolean opensWith(String paragraph, String place) {
        String name = place.strip();
        String opening = paragraph.substring(0, Math.min(paragraph.length(), PLACE_CHARS));
        return name.length() >= 3 && Issuers.spelledIn(opening, name, false) != null;
    }

    private static boolean looksLikeRole(String part) {
        return ROLE_WORD.matcher(part.toLowerCase(Locale.ROOT)).matches()
                || CREDENTIALS.matcher(part.strip()).matches();
    }

    /** A writer's credentials after the name: "RD", "MD", "PhD", "RN, MPH" (no newsroom's name). */
    private static final String CREDENTIAL = "(?:RDN?|MD|Ph\\.?D\\.?|RN|NP|DO|MPH|MSc?|MA|MBA|CPA|CFA|DVM|PharmD|LDN?|"
            + "CDCES|CDE|CPT|DPT|FRCP|FACP|JD|LLM|MFA)";
    private static final Pattern CREDENTIALS = Pattern.compile(CREDENTIAL + "(?:\\s*,\\s*" + CREDENTIAL + ")*");

    private String listNoise(Block block) {
        String first = null;
        for (String item : block.items()) {
            String reason = noise.reason(item);
            if (reason == null) {
                return null;
            }
            first = first == null ? reason : first;
        }
        return first;
    }

    private static boolean isTitle(Block block) {
        if (block.kind() != Kind.PARAGRAPH) {
            return false;
        }
        String text = block.text().strip();
        return words(text) <= 25 && text.length() <= 220 && !gluedMenu(text)
                && (!text.endsWith(".") || titleCased(text) || words(text) >= 6 && UNIT_AT_END.matcher(text).find())
                && !text.endsWith(",") && !text.endsWith(":") && (Character.isLetterOrDigit(text.codePointAt(0))
                || "“\"‘'【「『《〈［[(（¿¡«„»‚‹›".indexOf(text.charAt(0)) >= 0); // Spanish, French, German marks
    }

    /** How many words glued to the next make a line a menu's items pasted without spaces ({@link #gluedMenu}). */
    private static final int GLUED_ITEMS = 3;

    /**
     * Whether a line is a menu's items glued together as a copy joins them: three or more times a word of three
     * lower-case letters or more runs into a capitalised one ("Bloomberg the Company & Its ProductsThe Company & its
     * ProductsBloomberg Terminal Demo RequestBloomberg Anywhere …"); a name in camel case ("PlayStation") has one.
     */
    static boolean gluedMenu(String text) {
        int glued = 0;
        int lower = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                lower++;
            } else {
                if (lower >= 3 && Character.isUpperCase(c) && Character.isLowerCase(text.charAt(i + 1))
                        && ++glued >= GLUED_ITEMS) {
                    return true;
                }
                lower = 0;
            }
        }
        return false;
    }

    /**
     * A number and a unit's short form with its full stop at a line's end ("… на 1,60 лв.", "… 12 km."): the stop is
     * the abbreviation's, not a sentence's.
     */
    private static final Pattern UNIT_AT_END = Pattern.compile("\\d\\s?\\p{L}{1,3}\\.$");

    /**
     * Whether a line is written in title case, as headlines are and sentences of text are not: four words or more, and
     * every word of four letters or more opening with a capital ("I Drive a School Bus. Here's Why Nobody Wants My
     * Job."), at least three of them.
     */
    private static boolean titleCased(String text) {
        if (words(text) < 4) {
            return false;
        }
        int long4 = 0;
        for (String word : text.split("\\s+")) {
            int letters = (int) word.chars().filter(Character::isLetter).count();
            if (letters >= 4) {
                int first = word.codePoints().filter(Character::isLetter).findFirst().orElse('a');
                if (!Character.isUpperCase(first)) {
                    return false;
                }
                long4++;
            }
        }
        return long4 >= 3;
    }

    /** A shouted short line such as "OPINION" or "ENVIRONMENT · LONG READ", or a one- or two-word section name. */
    static boolean isKicker(String text) {
        String t = text.strip();
        if (isRating(t)) {
            return false; // a review's stars under its headline, not a section's label over it
        }
        int words = words(t);
        boolean shouted = t.chars().filter(Character::isLetter).noneMatch(Character::isLowerCase);
        return words <= 3 && shouted || words <= 2 || shouted && (t.contains("·") || t.contains("|")) || sectionPath(t);
    }

    /** A review's rating alone on a line: stars, perhaps with its figure ("★★★★☆", "★★★½ (3.5/5)"). */
    private static final Pattern RATING = Pattern.compile("[★☆✩✪✫✬✭✮✯✰⭐½\\s]*[★☆✩✪✫✬✭✮✯✰⭐][★☆✩✪✫✬✭✮✯✰⭐½\\s]*"
            + "(?:\\(?\\d{1,2}(?:[.,]\\d)?\\s*/\\s*(?:5|10)\\)?)?");

    /** Whether a line is a review's rating alone ({@link #RATING}): no title, dek or section label. */
    static boolean isRating(String text) {
        return text.length() <= 40 && RATING.matcher(text.strip()).matches();
    }

    /**
     * Whether a line is a site's sections joined by "|", "·", "›" or " / ", one or two words each, five words at
     * most: "Opinion | Guest Essay", "News · Local", "Fashion / Runway" (a headline's parts are longer: "Budget 2024 |
     * What it means for you").
     */
    private static boolean sectionPath(String line) {
        if (words(line) > 5 || !(line.contains("|") || line.contains("·") || line.contains("›")
                || line.contains(" / "))) {
            return false;
        }
        String[] parts = line.split("\\s*[|·›]\\s*|\\s+/\\s+");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (part.isBlank() || words(part) > 2 || endsSentence(part)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the very next block is a paragraph that is no title: a dek or the text, eight words or more. */
    private static boolean sentenceNext(List<Block> blocks, int from, int end) {
        int next = nextBlock(blocks, from - 1);
        return next < end && blocks.get(next).kind() == Kind.PARAGRAPH && !isTitle(blocks.get(next))
                && words(blocks.get(next).text()) >= 8 && endsSentence(blocks.get(next).text().strip());
    }

    /** Whether the very next block is a title: what stands right above a title is a section label. */
    private static boolean titleNext(List<Block> blocks, int from, int end) {
        int next = from;
        while (next < end && blocks.get(next).kind() == Kind.BREAK) {
            next++;
        }
        return next < end && isTitle(blocks.get(next)) && !isKicker(blocks.get(next).text())
                && words(blocks.get(next).text()) >= 3;
    }

    private boolean nextTitleCandidate(List<Block> blocks, int from, int end) {
        for (int i = from; i < end; i++) {
            Block block = blocks.get(i);
            if (noise.reason(block.text()) != null || isTitle(block) && isKicker(block.text())) {
                continue;
            }
            return isTitle(block);
        }
        return false;
    }

    /**
     * The date a text's first paragraph opens with, in brackets after the publication's or the place's name and before
     * a dash: "Bench &amp; Bar Daily (April 2, 2024, 4:12 PM EDT) -- A Seventh Circuit decision …"; or null.
     */
    private static String openingDate(List<Block> body, DateText.Order order) {
        for (Block block : body) {
            if (block.kind() == Kind.PARAGRAPH && isBodyParagraph(block)) {
                Matcher opening = OPENING_DATE.matcher(block.text());
                return opening.lookingAt() ? Datelines.parse(opening.group(1), order).orElse(null) : null;
            }
        }
        return null;
    }

    /** A name of up to eight words, a date in brackets and a dash: the opening of a legal or trade wire's story. */
    private static final Pattern OPENING_DATE = Pattern.compile("\\p{Lu}[^()\\n]{1,60}?\\s\\(([^()\\n]{6,50})\\)\\s*(?:--|[—–-])\\s");

    private static String wirePublisher(List<Block> body) {
        for (Block block : body) {
            if (block.kind() == Kind.PARAGRAPH) {
                Matcher wire = WIRE.matcher(block.text());
                return wire.find() ? wire.group(1).strip() : null;
            }
        }
        return null;
    }

    /**
     * Words of a line; in Japanese and Chinese, which do not space words, two characters count as a word, and in Thai,
     * which spaces phrases, not words, four letters of a phrase and what is left of them (its vowel and tone marks not
     * counted).
     */
    static int words(String text) {
        return words(text, Integer.MAX_VALUE);
    }

    /**
     * {@link #words(String)}, counted only up to {@code most}: the count, or {@code most} as soon as it is reached
     * (the rest of a long paragraph is not read, where only whether it has so many words matters).
     */
    static int words(String text, int most) {
        String t = text.strip();
        if (t.isEmpty()) {
            return 0;
        }
        int cjk = 0;
        int thai = 0;
        int words = 0;
        int own = 0; // Han or kana characters in the token being read
        int script = 0; // Thai characters in the token being read, letters and marks
        int letters = 0; // Thai letters in the token being read
        int length = 0; // characters in the token being read
        for (int i = 0; i <= t.length(); i++) {
            char c = i < t.length() ? t.charAt(i) : ' ';
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (length > 0) { // tokens between runs of white space, as split("\\s+") gives them
                    cjk += own;
                    thai += (letters + 3) / 4; // four letters a word, and a word for what is left
                    // a token of Han or kana, or of Thai, only counts by its characters
                    words += own + script == length ? 0 : 1;
                    if (words + cjk / 2 + thai >= most) {
                        return most; // the count only grows
                    }
                }
                own = 0;
                script = 0;
                letters = 0;
                length = 0;
                continue;
            }
            length++;
            if (c >= '\u0E00' && c <= '\u0E7F') {
                script++;
                letters += Character.getType(c) == Character.OTHER_LETTER ? 1 : 0;
            } else if (c >= '\u2E80') { // no Han or kana character comes before U+2E80
                Character.UnicodeScript han = Character.UnicodeScript.of(c);
                if (han == Character.UnicodeScript.HAN || han == Character.UnicodeScript.HIRAGANA
                        || han == Character.UnicodeScript.KATAKANA || han == Character.UnicodeScript.YI) {
                    own++;
                }
            }
        }
        return words + cjk / 2 + thai;
    }

    static boolean endsSentence(String text) {
        String t = text.strip();
        return !t.isEmpty() && ".!?\"”’)…".indexOf(t.charAt(t.length() - 1)) >= 0;
    }
}
