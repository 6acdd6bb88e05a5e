package io.github.briefwright.core.render;

import io.github.briefwright.core.model.Annotation;
import io.github.briefwright.core.model.Briefing;
import io.github.briefwright.core.model.Entity;
import io.github.briefwright.core.model.Paragraph;
import io.github.briefwright.core.model.Section;
import io.github.briefwright.core.model.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a page marks the blocks rendered from Markdown: each block's HTML cut into pieces, HTML to print as it is
 * and marks for the template to make (a sentence's span or anchor, an entity mention, an authored note). The
 * markup itself is the theme's ({@code blocks.ftlh}), the same macros as for plain text; this class only finds
 * the places, from the spans analysis gives (each sentence's text, its mentions as {@link Sentence.Mention}s, the
 * notes by number).
 *
 * <p>A block's text, as its HTML shows it (code, deleted text and note markers left out, white space taken as one
 * space, the edges of blocks as white space), is matched against its sentences in order, each looked for by its
 * first {@value #PREFIX} characters within a window past the last one found. A sentence found whole is wrapped in
 * a span when the tags between its ends are inline elements that open and close within it (emphasis, links, code
 * and line breaks are); otherwise it gets an anchor where it starts, and one not found gets an anchor at the start
 * of the block. A mention is marked when it lies within one run of text; the first marked mention of an entity in
 * the briefing links to its page and carries the glossary's note, unless it is inside a link (a link cannot hold
 * one), when a later mention does. A note stands where its marker stood, or just after the link its marker was in.
 * Linear in the block's HTML. Pure; one briefing at a time.
 */
public final class Inline {

    /** How many leading characters of a sentence are looked for. */
    static final int PREFIX = 16;
    static final int SLACK = 1_024;
    static final int MAX_WINDOW = 16_384;

    private static final char MARKER_OPEN = io.github.briefwright.core.parse.AuthoredNotes.OPEN;
    private static final char MARKER_CLOSE = io.github.briefwright.core.parse.AuthoredNotes.CLOSE;

    /**
     * A piece of a block: {@code html} to print as it is; {@code open}, a sentence's id, to open its span;
     * {@code anchor}, a sentence's id, for an empty anchor; {@code close} to close the open span; {@code mention},
     * an entity mention to mark; or {@code note}, an authored note ({@code again} when its number was shown
     * before in the briefing, so only a link to it belongs here).
     */
    public record Piece(String html, String open, String anchor, boolean close, Sentence.Part mention,
            Annotation note, boolean again) implements freemarker.template.TemplateHashModel {

        static Piece html(String html) {
            return new Piece(html, null, null, false, null, null, false);
        }

        /**
         * Its fields as a template reads them, without the object wrapper's look-ups: a page has a piece or more
         * for each sentence, so this is most of what a template reads of a Markdown briefing.
         */
        @Override
        public freemarker.template.TemplateModel get(String key) throws freemarker.template.TemplateModelException {
            return switch (key) {
                case "html" -> html == null ? null : new freemarker.template.SimpleScalar(html);
                case "open" -> open == null ? null : new freemarker.template.SimpleScalar(open);
                case "anchor" -> anchor == null ? null : new freemarker.template.SimpleScalar(anchor);
                case "close" -> close ? freemarker.template.TemplateBooleanModel.TRUE
                        : freemarker.template.TemplateBooleanModel.FALSE;
                case "again" -> again ? freemarker.template.TemplateBooleanModel.TRUE
                        : freemarker.template.TemplateBooleanModel.FALSE;
                case "mention" -> mention == null ? null : wrap(mention);
                case "note" -> note == null ? null : wrap(note);
                default -> null;
            };
        }

        private static freemarker.template.TemplateModel wrap(Object value)
                throws freemarker.template.TemplateModelException {
            return freemarker.core.Environment.getCurrentEnvironment().getObjectWrapper().wrap(value);
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    }

    private final Map<String, Entity> entities = new HashMap<>();
    private final Map<Integer, Annotation> notes = new HashMap<>();
    private final Set<String> linked = new HashSet<>();
    private final Set<Integer> shown = new HashSet<>();

    Inline(Briefing briefing) {
        briefing.entities().forEach(entity -> entities.put(entity.id(), entity));
        for (Annotation note : briefing.annotations()) {
            if (note.number() > 0) {
                notes.putIfAbsent(note.number(), note);
            }
        }
    }

    /** The pieces of each block of {@code briefing} rendered from Markdown, by the block's id, in page order. */
    public static Map<String, List<Piece>> of(Briefing briefing) {
        Map<String, List<Piece>> pieces = new LinkedHashMap<>();
        Inline inline = null;
        for (Section section : briefing.sections()) {
            if (!section.notes().isEmpty()) { // shown at the end of the heading, by the template
                if (inline == null) {
                    inline = new Inline(briefing);
                }
                for (Annotation note : section.notes()) {
                    inline.shown.add(note.number());
                }
            }
            for (Paragraph paragraph : section.paragraphs()) {
                if (paragraph.html() != null) {
                    if (inline == null) {
                        inline = new Inline(briefing);
                    }
                    pieces.put(paragraph.id(), inline.block(paragraph.html(), paragraph.sentences()));
                }
            }
        }
        return pieces;
    }

    /** A place to cut the HTML: from {@code at} to {@code end} (equal unless text is replaced), and what goes there. */
    private record Cut(int at, int end, int order, Piece piece) {
    }

    /** The pieces of one block, given its sentences in order. */
    List<Piece> block(String html, List<Sentence> sentences) {
        Tokens tokens = new Tokens(html);
        List<Cut> cuts = new ArrayList<>();
        notes(tokens, cuts);
        Flat flat = new Flat(tokens, notes.keySet());
        List<Piece> missing = new ArrayList<>();
        int from = 0;
        int pending = 0;
        for (Sentence sentence : sentences) {
            String wanted = sentence.text().replace('\u00a0', ' '); // white space on the page, as jsoup reads it
            pending += wanted.length();
            int at = flat.find(wanted.substring(0, Math.min(PREFIX, wanted.length())), from,
                    Math.min(MAX_WINDOW, SLACK + 2 * pending));
            if (wanted.isEmpty() || at < 0) {
                missing.add(new Piece(null, null, sentence.id(), false, null, null, false));
                continue;
            }
            int matched = flat.matching(wanted, at);
            int start = flat.start(at);
            int last = flat.token(at + matched - 1);
            int[] span = matched < wanted.length() || flat.token(at) < 0 || last < 0 ? null
                    : tokens.wrap(flat.token(at), last, start, flat.end(at + matched - 1));
            if (span != null) {
                cuts.add(new Cut(span[0], span[0], 1, new Piece(null, sentence.id(), null, false, null, null, false)));
                cuts.add(new Cut(span[1], span[1], 0, new Piece(null, null, null, true, null, null, false)));
            } else {
                cuts.add(new Cut(start, start, 1, new Piece(null, null, sentence.id(), false, null, null, false)));
            }
            mentions(sentence, at, matched, flat, tokens, cuts);
            from = at + matched;
            pending = 0;
        }
        cuts.sort(java.util.Comparator.comparingInt(Cut::at).thenComparingInt(Cut::order));
        List<Piece> pieces = new ArrayList<>(missing.size() + 2 * cuts.size() + 1);
        pieces.addAll(missing);
        int at = 0;
        for (Cut cut : cuts) {
            if (cut.at() < at) {
                continue; // overlaps a cut made before it: left as it is
            }
            if (cut.at() > at) {
                pieces.add(Piece.html(html.substring(at, cut.at())));
            }
            if (cut.piece() != null) {
                pieces.add(cut.piece());
            }
            at = cut.end();
        }
        if (at < html.length()) {
            pieces.add(Piece.html(html.substring(at)));
        }
        return pieces;
    }

    /** The mentions of a sentence found at {@code at} in the flat text, those within its first {@code matched} characters. */
    private void mentions(Sentence sentence, int at, int matched, Flat flat, Tokens tokens, List<Cut> cuts) {
        for (Sentence.Mention mention : sentence.mentions()) {
            if (mention.start() == mention.end() || mention.end() > matched) {
                continue;
            }
            int first = at + mention.start();
            int last = at + mention.end() - 1;
            int token = flat.token(first);
            if (token < 0 || token != flat.token(last) || tokens.code[token] || flat.markerInside(first, last)) {
                continue; // crosses markup or a note, or is code: left unmarked
            }
            boolean inLink = tokens.inLink(token);
            boolean isFirst = !inLink && linked.add(mention.entity());
            Entity entity = entities.get(mention.entity());
            Sentence.Part marked = new Sentence.Part(sentence.text().substring(mention.start(), mention.end()),
                    mention.entity(), mention.type(), isFirst, isFirst && entity != null ? entity.description() : null,
                    isFirst && entity != null ? entity.link() : null);
            cuts.add(new Cut(flat.start(first), flat.end(last), 2, new Piece(null, null, null, false, marked, null, false)));
        }
    }

    /** The note markers of the block: each cut out, and its note put in its place or after the link it is in. */
    private void notes(Tokens tokens, List<Cut> cuts) {
        String html = tokens.html;
        for (int t = 0; t < tokens.count; t++) {
            if (tokens.kind[t] != Tokens.TEXT || tokens.code[t]) {
                continue;
            }
            for (int i = tokens.start[t]; i < tokens.end[t]; i++) {
                int end = markerEnd(html, i, tokens.end[t]);
                Annotation note = end < 0 ? null : number(html.substring(i + 1, end - 1));
                if (note == null) {
                    continue; // not a marker, or one of no note: text as written
                }
                Piece piece = new Piece(null, null, null, false, null, note, !shown.add(note.number()));
                int after = tokens.linkEnd(t);
                if (after < 0) {
                    cuts.add(new Cut(i, end, 2, piece));
                } else {
                    cuts.add(new Cut(i, end, 2, null));
                    cuts.add(new Cut(after, after, 0, piece));
                }
                i = end - 1;
            }
        }
    }

    /** Where a note's marker starting at {@code i} ends (past its closing bracket, before {@code limit}), or -1. */
    static int markerEnd(String html, int i, int limit) {
        if (html.charAt(i) != MARKER_OPEN) {
            return -1;
        }
        int close = i + 1;
        while (close < limit && close - i <= 10 && html.charAt(close) >= '0' && html.charAt(close) <= '9') {
            close++;
        }
        return close > i + 1 && close < limit && html.charAt(close) == MARKER_CLOSE ? close + 1 : -1;
    }

    private Annotation number(String digits) {
        return notes.get(parse(digits));
    }

    /** The number written in {@code digits} (at most ten), or -1 when it is too large. */
    static int parse(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * A block's HTML as tokens: text, tags, and what is neither (comments, the content of {@code script} and other
     * raw-text elements). Tags are read as the HTML of a block rendered by commonmark and sanitised is written; any
     * other HTML (raw HTML the user allowed) is read as well as it goes, never failing: what cannot be read as a
     * tag is text.
     */
    static final class Tokens {
        static final byte TEXT = 0;
        static final byte OPEN = 1;
        static final byte CLOSE = 2;
        static final byte OTHER = 3;

        /** Inline elements a sentence's span may hold whole. */
        private static final Set<String> PHRASING = Set.of("a", "abbr", "b", "bdi", "bdo", "br", "cite", "code",
                "data", "del", "dfn", "em", "i", "img", "ins", "kbd", "mark", "q", "s", "samp", "small", "span",
                "strike", "strong", "sub", "sup", "time", "u", "var", "wbr");
        private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
                "link", "meta", "source", "track", "wbr");
        private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "iframe",
                "noembed", "noframes", "noscript", "template");
        /** Text the author deleted (CriticMarkup): on the page, not in the text read. */
        private static final String DELETED = "del";
        /** Code: read, but never marked inside. */
        private static final Set<String> CODE = Set.of("code", "pre", "kbd", "samp");

        final String html;
        int count;
        byte[] kind = new byte[16];
        int[] start = new int[16];
        int[] end = new int[16];
        String[] name = new String[16];
        /** Text not read (deleted), or a tag that is not a phrasing element. */
        boolean[] raw = new boolean[16];
        /** Text in code. */
        boolean[] code = new boolean[16];
        /** For a text token inside a link: where the link's closing tag ends; else -1. */
        int[] linkEnd = new int[16];
        private boolean unclosed;

        Tokens(String html) {
            this.html = html;
            int unread = 0;
            int inCode = 0;
            int links = 0;
            int linkStart = -1;
            int i = 0;
            int n = html.length();
            int text = 0;
            while (i < n) {
                int tagEnd = html.charAt(i) == '<' ? tagEnd(i) : -1;
                if (tagEnd < 0) {
                    i++;
                    continue;
                }
                if (i > text) {
                    add(TEXT, text, i, null, unread > 0, links > 0 ? -2 : -1);
                    code[count - 1] = inCode > 0;
                }
                String tag = tagName(i);
                boolean closing = html.charAt(i + 1) == '/';
                if (tag == null) {
                    add(OTHER, i, tagEnd, null, true, -1);
                } else if (closing) {
                    add(CLOSE, i, tagEnd, tag, !PHRASING.contains(tag), -1);
                    if (tag.equals(DELETED) && unread > 0) {
                        unread--;
                    }
                    if (CODE.contains(tag) && inCode > 0) {
                        inCode--;
                    }
                    if (tag.equals("a") && links > 0 && --links == 0) {
                        for (int t = linkStart; t < count; t++) {
                            if (linkEnd[t] == -2) {
                                linkEnd[t] = tagEnd;
                            }
                        }
                    }
                } else if (RAW_TEXT.contains(tag)) {
                    int closeAt = rawTextEnd(tag, tagEnd);
                    add(OTHER, i, closeAt, tag, true, -1);
                    tagEnd = closeAt;
                } else {
                    boolean selfClosing = VOID.contains(tag); // "/>" closes nothing in HTML
                    add(OPEN, i, tagEnd, tag, !PHRASING.contains(tag), -1);
                    if (!selfClosing) {
                        if (tag.equals(DELETED)) {
                            unread++;
                        }
                        if (CODE.contains(tag)) {
                            inCode++;
                        }
                        if (tag.equals("a") && links++ == 0) {
                            linkStart = count;
                        }
                    } else {
                        kind[count - 1] = OTHER; // a void element: neither opens nor closes
                        raw[count - 1] = !PHRASING.contains(tag);
                    }
                }
                i = tagEnd;
                text = i;
            }
            if (n > text) {
                add(TEXT, text, n, null, unread > 0, links > 0 ? -2 : -1);
                code[count - 1] = inCode > 0;
            }
            for (int t = 0; t < count; t++) {
                if (linkEnd[t] == -2) {
                    linkEnd[t] = n; // a link left open: its notes go at the end of the block
                }
            }
        }

        private void add(byte k, int from, int to, String tag, boolean notRead, int link) {
            if (count == kind.length) {
                int size = count * 2;
                kind = java.util.Arrays.copyOf(kind, size);
                start = java.util.Arrays.copyOf(start, size);
                end = java.util.Arrays.copyOf(end, size);
                name = java.util.Arrays.copyOf(name, size);
                raw = java.util.Arrays.copyOf(raw, size);
                code = java.util.Arrays.copyOf(code, size);
                linkEnd = java.util.Arrays.copyOf(linkEnd, size);
            }
            kind[count] = k;
            start[count] = from;
            end[count] = to;
            name[count] = tag;
            raw[count] = notRead;
            code[count] = false;
            linkEnd[count] = link;
            count++;
        }

        boolean inLink(int token) {
            return linkEnd[token] >= 0;
        }

        /** Where the link holding text token {@code token} ends, or -1 when it is in none. */
        int linkEnd(int token) {
            return linkEnd[token];
        }

        /**
         * Where a span from {@code from} (in text token {@code first}) to {@code to} (in text token {@code last}) can
         * open and close so that it holds whole the elements between: the two places, moved out over the inline
         * tags that open right before {@code from} and close right after {@code to} when those are the tags the
         * stretch between closes or leaves open ({@code *Bold* start.}, {@code end of [a link].}); or {@code null}
         * when other tags stand in the way (a paragraph's end, an element that opened before and closes inside).
         */
        int[] wrap(int first, int last, int from, int to) {
            List<String> open = new ArrayList<>();
            List<String> closedFirst = new ArrayList<>();
            for (int t = first + 1; t < last; t++) {
                if (kind[t] == TEXT) {
                    continue;
                }
                if (raw[t] && name[t] != null) {
                    return null;
                }
                if (kind[t] == OPEN) {
                    open.add(name[t]);
                } else if (kind[t] == CLOSE) {
                    if (open.isEmpty()) {
                        closedFirst.add(name[t]);
                    } else if (open.get(open.size() - 1).equals(name[t])) {
                        open.remove(open.size() - 1);
                    } else {
                        return null;
                    }
                }
            }
            int openAt = from;
            if (!closedFirst.isEmpty()) {
                if (from != start[first]) {
                    return null;
                }
                for (int i = 0; i < closedFirst.size(); i++) {
                    int t = first - 1 - i;
                    if (t < 0 || kind[t] != OPEN || !name[t].equals(closedFirst.get(i))) {
                        return null;
                    }
                    openAt = start[t];
                }
            }
            int closeAt = to;
            if (!open.isEmpty()) {
                if (to != end[last]) {
                    return null;
                }
                for (int i = 0; i < open.size(); i++) {
                    int t = last + 1 + i;
                    if (t >= count || kind[t] != CLOSE || !name[t].equals(open.get(open.size() - 1 - i))) {
                        return null;
                    }
                    closeAt = end[t];
                }
            }
            return new int[] {openAt, closeAt};
        }

        /** Where the tag starting at {@code i} ends (past its {@code >}), or -1 when no tag starts there. */
        private int tagEnd(int i) {
            int n = html.length();
            if (i + 1 >= n || unclosed) {
                return -1;
            }
            char c = html.charAt(i + 1);
            if (html.startsWith("<!--", i)) {
                int close = html.indexOf("-->", i + 4);
                return close < 0 ? n : close + 3;
            }
            if (c == '!' || c == '?') {
                int close = html.indexOf('>', i + 2);
                return close < 0 ? n : close + 1;
            }
            int nameAt = c == '/' ? i + 2 : i + 1;
            if (nameAt >= n || !isAsciiLetter(html.charAt(nameAt))) {
                return -1;
            }
            char quote = 0;
            boolean value = false; // after "=": a value may open with a quote
            for (int j = nameAt; j < n; j++) {
                char d = html.charAt(j);
                if (quote != 0) {
                    if (d == quote) {
                        quote = 0;
                    }
                } else if (d == '>') {
                    return j + 1;
                } else if (value && (d == '"' || d == '\'')) {
                    quote = d;
                    value = false;
                } else if (d == '=') {
                    value = true;
                } else if (!Character.isWhitespace(d)) {
                    value = false; // a name, or an unquoted value: its quotes are characters
                }
            }
            unclosed = true; // no tag closes after this one: what follows is text (and the scan stays linear)
            return -1;
        }

        /** The lower-case name of the tag at {@code i}, or null for a comment or declaration. */
        private String tagName(int i) {
            int at = html.charAt(i + 1) == '/' ? i + 2 : i + 1;
            if (at >= html.length() || !isAsciiLetter(html.charAt(at))) {
                return null;
            }
            int endOfName = at;
            while (endOfName < html.length() && (Character.isLetterOrDigit(html.charAt(endOfName))
                    || html.charAt(endOfName) == '-')) {
                endOfName++;
            }
            return html.substring(at, endOfName).toLowerCase(java.util.Locale.ROOT);
        }

        /** Where a raw-text element opened before {@code from} ends: past its closing tag, or the end of the HTML. */
        private int rawTextEnd(String tag, int from) {
            int close = from;
            while (close >= 0 && !(html.regionMatches(true, close, "</" + tag, 0, tag.length() + 2)
                    && (close + tag.length() + 2 >= html.length()
                    || "\t\n\f\r />".indexOf(html.charAt(close + tag.length() + 2)) >= 0))) {
                close = html.indexOf("</", close + 1);
            }
            if (close < 0) {
                return html.length();
            }
            int gt = html.indexOf('>', close);
            return gt < 0 ? html.length() : gt + 1;
        }

        private static boolean isAsciiLetter(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
    }

    /**
     * The text of a block as read: its text tokens (not deleted text) decoded, white space runs as one space
     * (the edges of non-inline elements count as white space), note markers left out; each character with the
     * place in the HTML it comes from.
     */
    static final class Flat {
        // the text is never longer than the HTML: arrays of that length, filled a character at a time
        private final char[] text;
        private final int[] from;
        private final int[] to;
        private final int[] token;
        private int length;
        private final String html;
        private final String string;

        /** @param notes the numbers of the notes whose markers are not text */
        Flat(Tokens tokens, Set<Integer> notes) {
            this.html = tokens.html;
            int most = html.length() + 2;
            text = new char[most];
            from = new int[most];
            to = new int[most];
            token = new int[most];
            boolean space = false;
            int spaceFrom = -1;
            int spaceToken = -1;
            for (int t = 0; t < tokens.count; t++) {
                if (tokens.kind[t] != Tokens.TEXT) {
                    if ((tokens.raw[t] || "br".equals(tokens.name[t])) && tokens.name[t] != null && !space) {
                        space = true;
                        spaceFrom = tokens.start[t];
                        spaceToken = -1;
                    }
                    continue;
                }
                if (tokens.raw[t]) {
                    continue;
                }
                int i = tokens.start[t];
                int end = tokens.end[t];
                while (i < end) {
                    char c = html.charAt(i);
                    int next = i + 1;
                    if (c == '&') {
                        int semi = entityEnd(i, end);
                        if (semi > 0) {
                            String decoded = org.jsoup.parser.Parser.unescapeEntities(html.substring(i, semi), false);
                            if (decoded.length() == 1) {
                                c = decoded.charAt(0);
                                next = semi;
                            } else if (decoded.length() == 2 && Character.isSurrogate(decoded.charAt(0))) {
                                push(decoded.charAt(0), i, semi, t, space, spaceFrom, spaceToken);
                                space = false;
                                c = decoded.charAt(1);
                                next = semi;
                            }
                        }
                    } else if (c == MARKER_OPEN && !tokens.code[t] && markerEnd(html, i, end) > 0
                            && notes.contains(parse(html.substring(i + 1, markerEnd(html, i, end) - 1)))) {
                        i = markerEnd(html, i, end); // a note's marker: not text
                        continue;
                    }
                    if (isSpace(c) || c == '\u00a0') {
                        if (!space) {
                            space = true;
                            spaceFrom = i;
                            spaceToken = t;
                        }
                    } else {
                        push(c, i, next, t, space, spaceFrom, spaceToken);
                        space = false;
                    }
                    i = next;
                }
            }
            string = new String(text, 0, length);
        }

        private void push(char c, int at, int next, int t, boolean space, int spaceFrom, int spaceToken) {
            if (space && length > 0) {
                add(' ', spaceFrom, spaceFrom + 1, spaceToken);
            }
            add(c, at, next, t);
        }

        private void add(char c, int at, int next, int t) {
            int k = length++;
            text[k] = c;
            from[k] = at;
            to[k] = next;
            token[k] = t;
        }

        /** Where an entity starting at {@code i} ends (past its {@code ;}), or -1. */
        private int entityEnd(int i, int end) {
            int limit = Math.min(end, i + 34);
            for (int j = i + 1; j < limit; j++) {
                char c = html.charAt(j);
                if (c == ';') {
                    return j > i + 1 ? j + 1 : -1;
                }
                if (!Character.isLetterOrDigit(c) && c != '#') {
                    return -1;
                }
            }
            return -1;
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
        }

        /** Where {@code prefix} starts at or after {@code at}, within {@code window} characters of it, or -1. */
        int find(String prefix, int at, int window) {
            if (prefix.isEmpty()) {
                return -1;
            }
            int last = Math.min(string.length() - prefix.length(), at + window);
            char first = prefix.charAt(0);
            for (int i = at; i <= last; i++) {
                if (string.charAt(i) == first && string.startsWith(prefix, i)) {
                    return i;
                }
            }
            return -1;
        }

        /** How many characters of {@code wanted} the text has from {@code at} on. */
        int matching(String wanted, int at) {
            int n = Math.min(wanted.length(), string.length() - at);
            int i = 0;
            while (i < n && wanted.charAt(i) == string.charAt(at + i)) {
                i++;
            }
            return i;
        }

        /** Whether a note's marker stood between characters {@code first} and {@code last} (in one token). */
        boolean markerInside(int first, int last) {
            for (int i = from[first]; i < to[last]; i++) {
                if (html.charAt(i) == MARKER_OPEN) {
                    return true;
                }
            }
            return false;
        }

        int start(int k) {
            return from[k];
        }

        int end(int k) {
            return to[k];
        }

        int token(int k) {
            return token[k];
        }
    }
}
