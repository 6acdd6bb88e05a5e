package io.github.briefwright.core.analyse;

import io.github.briefwright.core.Limits;
import io.github.briefwright.core.Problem;
import io.github.briefwright.core.load.FrontMatter;
import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.load.SeedFormat;
import io.github.briefwright.core.model.Annotation;
import io.github.briefwright.core.model.Author;
import io.github.briefwright.core.model.Block;
import io.github.briefwright.core.model.Block.Kind;
import io.github.briefwright.core.model.Briefing;
import io.github.briefwright.core.model.Figure;
import io.github.briefwright.core.model.Paragraph;
import io.github.briefwright.core.model.Quote;
import io.github.briefwright.core.model.Section;
import io.github.briefwright.core.model.Sentence;
import io.github.briefwright.core.model.Source;
import io.github.briefwright.core.model.TimelineItem;
import io.github.briefwright.core.parse.AuthoredNotes;
import io.github.briefwright.core.parse.Document;
import io.github.briefwright.core.structure.Head;
import io.github.briefwright.core.structure.PullQuoteMark;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a parsed document into a {@link Briefing}: sections, paragraphs and sentences with stable anchors,
 * title, reading time. Front matter always wins over what is inferred. Pure and thread-safe.
 *
 * <p>Title rule, in order: front matter {@code title}; the title line found at the top of a raw paste (see
 * the structure stage); a leading Markdown level-1 heading; otherwise derived ({@code titleDerived: true}) from
 * the first sentence: the sentence itself when it has at most {@value #TITLE_MAX_WORDS} words; else its part
 * before the first colon, semicolon or dash, or else after it, when that part has 4 to
 * {@value #TITLE_MAX_WORDS} words; else its part before the first comma, if of that length; else its first
 * {@value #TITLE_MAX_WORDS} words and an ellipsis.
 */
public final class Analyzer {

    private final Gazetteer wordLists;

    /** An analyzer with the built-in word lists only. */
    public Analyzer() {
        this(List.of());
    }

    /** An analyzer whose entity finding also knows the user's glossary. */
    public Analyzer(List<io.github.briefwright.core.model.GlossaryEntry> glossary) {
        this.wordLists = Gazetteer.DEFAULT.with(glossary);
    }

    static final int TITLE_MAX_WORDS = 14;
    private static final int WORDS_PER_MINUTE = 230;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.-][\\p{L}\\p{N}]+)*");

    /** {@link #analyse(Document, Limits, List)} with the default limits, its warnings dropped. */
    public Briefing analyse(Document document) {
        return analyse(document, Limits.DEFAULT, new ArrayList<>());
    }

    /**
     * The briefing of {@code document}. A briefing keeps at most {@link Limits#entities()} distinct entities
     * and {@link Limits#datedItems()} timeline items, the first ones in text order (an entity's place is its
     * first mention); mentions of the entities left out are not marked. Going over either limit adds one
     * warning naming the seed to {@code warnings}.
     */
    public Briefing analyse(Document document, Limits limits, List<Problem> warnings) {
        Seed seed = document.draft().seed();
        FrontMatter front = seed.frontMatter();
        Head head = document.draft().head();
        List<Block> blocks = new ArrayList<>(document.blocks());
        String foundTitle = head.title();
        if (foundTitle == null && seed.format() == SeedFormat.MD && !blocks.isEmpty()
                && blocks.get(0).kind() == Kind.HEADING && blocks.get(0).level() == 1) {
            foundTitle = blocks.remove(0).text();
        }
        List<Annotation> annotations = new ArrayList<>();
        List<Section> sections = sections(blocks, document.notes(), annotations);
        String title = front.title() != null ? front.title() : foundTitle;
        boolean derived = title == null;
        if (derived) {
            title = derivedTitle(sections, seed);
        }
        int words = wordCount(sections);
        String slug = front.slug() != null ? Slugs.of(front.slug(), "briefing") : Slugs.of(seed.baseName(), "briefing");
        Source source = new Source(io.github.briefwright.core.UrlPolicy.webAddress(first(front.source(), head.sourceUrl())), first(front.publisher(), head.publisher()));
        String date = first(front.date(), head.date());

        List<KeyPointRanker.Ranked> ranked = ranked(sections);
        List<Sentence> sentences = ranked.stream().map(KeyPointRanker.Ranked::sentence).toList();
        EntityFinder.Result found = Kept.entities(new EntityFinder(wordLists).find(sentences), limits.entities(),
                seed.sourceFile(), warnings);
        List<TimelineItem> timeline = Kept.datedItems(new DateFinder(date).find(sentences).stream()
                .map(f -> f.item().withExpression(f.expression())).toList(), limits.datedItems(),
                seed.sourceFile(), warnings);
        List<Figure> figures = new FigureFinder().find(sentences);
        KeyPointRanker.Choice choice = new KeyPointRanker(wordLists).choose(ranked);
        List<Quote> keyPoints = front.keyPoints().isEmpty() ? choice.keyPoints()
                : front.keyPoints().stream().map(text -> new Quote(text, null)).toList();
        String summary = front.summary() != null ? front.summary() : choice.summary();
        List<String> summarySentences = front.summary() != null ? List.of() : choice.summarySentences();
        java.util.Map<String, io.github.briefwright.core.model.Entity> byId = new java.util.HashMap<>();
        found.entities().forEach(entity -> byId.put(entity.id(), entity));
        List<Section> marked = withMentions(sections, found.mentions(), byId);
        for (io.github.briefwright.core.model.Entity entity : found.entities()) {
            if (entity.description() != null) {
                annotations.add(new Annotation("glossary", entity.mentions().get(0), entity.description(), 0));
            }
        }

        return new Briefing(Briefing.SCHEMA, slug, seed.sourceFile(), source, title, derived,
                first(front.dek(), head.dek()), authors(front.authors(), head.authors()), date,
                front.tags(), words, words == 0 ? 0 : Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE)),
                summary, summarySentences, keyPoints, marked, pullQuotes(document.draft().pullQuotes(), sections),
                document.draft().removed(), found.entities(), timeline, figures, annotations);
    }

    /** The sentences analysis reads (prose, not code or tables), with their place in the text. */
    private static List<KeyPointRanker.Ranked> ranked(List<Section> sections) {
        List<KeyPointRanker.Ranked> ranked = new ArrayList<>();
        int paragraphIndex = 0;
        for (Section section : sections) {
            for (Paragraph paragraph : section.paragraphs()) {
                boolean firstOfParagraph = true;
                for (Sentence sentence : paragraph.sentences()) {
                    ranked.add(new KeyPointRanker.Ranked(sentence, ranked.size(), paragraphIndex, firstOfParagraph));
                    firstOfParagraph = false;
                }
                paragraphIndex++;
            }
        }
        return ranked;
    }

    /**
     * The sections with each sentence's entity mentions as spans and the first mention of each entity marked: the
     * spans the page marks (a Markdown block's HTML is marked where the page is rendered, {@code render.Inline}).
     */
    private static List<Section> withMentions(List<Section> sections,
            java.util.Map<String, List<EntityFinder.Mention>> mentions,
            java.util.Map<String, io.github.briefwright.core.model.Entity> entities) {
        Set<String> seen = new HashSet<>();
        List<Section> result = new ArrayList<>(sections.size());
        for (Section section : sections) {
            List<Paragraph> paragraphs = new ArrayList<>();
            for (Paragraph paragraph : section.paragraphs()) {
                List<Sentence> sentences = new ArrayList<>();
                for (Sentence sentence : paragraph.sentences()) {
                    List<EntityFinder.Mention> here = mentions.get(sentence.id());
                    sentences.add(here == null ? sentence : sentence.withMentions(mentions(here, seen, entities)));
                }
                paragraphs.add(paragraph.withSentences(sentences));
            }
            result.add(new Section(section.heading(), paragraphs, section.notes()));
        }
        return result;
    }

    private static List<Sentence.Mention> mentions(List<EntityFinder.Mention> found, Set<String> seen,
            java.util.Map<String, io.github.briefwright.core.model.Entity> entities) {
        List<EntityFinder.Mention> sorted = new ArrayList<>(found);
        sorted.sort(java.util.Comparator.comparingInt(EntityFinder.Mention::start));
        List<Sentence.Mention> mentions = new ArrayList<>(sorted.size());
        int at = 0;
        for (EntityFinder.Mention mention : sorted) {
            if (mention.start() < at || mention.entity() == null) {
                continue;
            }
            io.github.briefwright.core.model.Entity entity = entities.get(mention.entity());
            boolean first = seen.add(mention.entity());
            mentions.add(new Sentence.Mention(mention.start(), mention.end(), mention.entity(),
                    entity == null ? null : entity.type(), first, first && entity != null ? entity.description() : null,
                    first && entity != null ? entity.link() : null));
            at = mention.end();
        }
        return mentions;
    }

    private static String first(String given, String found) {
        return given != null ? given : found;
    }

    /** Front matter authors win; a bio found in the text fills a front matter author's missing bio. */
    private static List<Author> authors(List<Author> given, List<Author> found) {
        if (given.isEmpty()) {
            return found;
        }
        List<Author> merged = new ArrayList<>();
        for (Author author : given) {
            String bio = author.bio();
            if (bio == null) {
                bio = found.stream().filter(f -> f.name().equalsIgnoreCase(author.name()) && f.bio() != null)
                        .map(Author::bio).findFirst().orElse(null);
            }
            merged.add(new Author(author.name(), bio));
        }
        return merged;
    }

    /** Each pull quote tied to the sentence of the repeated paragraph that shares the most words with it. */
    private static List<Quote> pullQuotes(List<PullQuoteMark> marks, List<Section> sections) {
        List<Quote> quotes = new ArrayList<>();
        java.util.Map<Integer, List<Paragraph>> byLine = new java.util.HashMap<>();
        for (Section section : sections) {
            for (Paragraph paragraph : section.paragraphs()) {
                byLine.computeIfAbsent(paragraph.line(), line -> new ArrayList<>()).add(paragraph);
            }
        }
        for (PullQuoteMark mark : marks) {
            Set<String> words = new HashSet<>(tokens(mark.text()));
            String best = null;
            int bestShared = -1;
            {
                for (Paragraph paragraph : byLine.getOrDefault(mark.sourceLine(), List.of())) {
                    for (Sentence sentence : paragraph.sentences()) {
                        int shared = (int) tokens(sentence.text()).stream().filter(words::contains).count();
                        if (shared > bestShared) {
                            bestShared = shared;
                            best = sentence.id();
                        }
                    }
                }
            }
            quotes.add(new Quote(mark.text(), best));
        }
        return quotes;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        var matcher = WORD.matcher(text.toLowerCase(java.util.Locale.ROOT));
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static List<Section> sections(List<Block> blocks, List<AuthoredNotes.Note> noteList,
            List<Annotation> annotations) {
        Anchors anchors = new Anchors();
        java.util.Map<Integer, AuthoredNotes.Note> notes = new java.util.HashMap<>();
        noteList.forEach(note -> notes.putIfAbsent(note.number(), note));
        List<Section> sections = new ArrayList<>();
        String heading = null;
        List<Annotation> headingNotes = List.of();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Block block : blocks) {
            if (block.kind() == Kind.HEADING || block.kind() == Kind.BREAK) {
                if (!paragraphs.isEmpty() || heading != null) {
                    sections.add(new Section(heading, paragraphs, headingNotes));
                }
                heading = block.kind() == Kind.HEADING ? withoutNotes(block.text()) : null;
                headingNotes = block.kind() == Kind.HEADING ? headingNotes(block.text(), notes, annotations) : List.of();
                paragraphs = new ArrayList<>();
                continue;
            }
            paragraphs.add(paragraph(block, anchors, notes, annotations));
        }
        if (!paragraphs.isEmpty() || heading != null) {
            sections.add(new Section(heading, paragraphs, headingNotes));
        }
        return sections;
    }

    /** The notes written in a heading, each anchored to its own place on the page ({@code note-ref-n}). */
    private static List<Annotation> headingNotes(String text, java.util.Map<Integer, AuthoredNotes.Note> notes,
            List<Annotation> annotations) {
        return notesIn(text, number -> "note-ref-" + number, notes, annotations);
    }

    /**
     * The notes whose markers stand in {@code text}, each anchored where {@code anchor} says (given its number), in
     * order; each is added to {@code annotations} too.
     */
    private static List<Annotation> notesIn(String text, java.util.function.IntFunction<String> anchor,
            java.util.Map<Integer, AuthoredNotes.Note> notes, List<Annotation> annotations) {
        List<Annotation> found = new ArrayList<>();
        var marker = Document.noteAt().matcher(text);
        while (marker.find()) {
            int number = Integer.parseInt(marker.group(1));
            AuthoredNotes.Note note = notes.get(number);
            if (note != null) {
                Annotation annotation = new Annotation(note.kind(), anchor.apply(number), note.text(), number,
                        note.html());
                found.add(annotation);
                annotations.add(annotation);
            }
        }
        return found;
    }

    private static Paragraph paragraph(Block block, Anchors anchors, java.util.Map<Integer, AuthoredNotes.Note> notes,
            List<Annotation> annotations) {
        String text = withoutNotes(block.text());
        String id = anchors.next("p", block.kind().label() + ":" + text);
        List<Sentence> sentences = new ArrayList<>();
        List<Integer> itemSentences = new ArrayList<>(); // for a list: how many sentences each item holds
        if (block.kind() != Kind.CODE && block.kind() != Kind.TABLE) {
            boolean list = block.kind() == Kind.LIST;
            List<String> parts = list ? block.items() : List.of(block.text());
            for (String part : parts) {
                int before = sentences.size();
                List<String> split = SentenceSplitter.split(part);
                for (String marked : list ? withItemNumber(split) : split) {
                    String sentence = withoutNotes(marked);
                    if (sentence.isEmpty()) {
                        continue;
                    }
                    Sentence s = new Sentence(anchors.next("s", sentence), sentence);
                    sentences.add(s);
                    notesIn(marked, number -> s.id(), notes, annotations);
                }
                if (list) {
                    itemSentences.add(sentences.size() - before);
                }
            }
        }
        if (sentences.isEmpty()) { // a table, or a block without prose: its notes belong to the block
            notesIn(block.text(), number -> id, notes, annotations);
        }
        List<String> items = block.items().stream().map(Analyzer::withoutNotes).toList();
        return new Paragraph(id, block.kind().label(), text, sentences, items, block.line(), block.start(),
                itemSentences, block.html());
    }

    /** A list item's number as written before its text, "3." or "(3)": a list whose numbers skip keeps them so. */
    private static final Pattern ITEM_NUMBER = Pattern.compile("\\(?\\d{1,3}[.)]");

    /**
     * A list item's sentences with the item's number, which the splitter takes for a sentence of its own ("3." before
     * "Rents rose."), joined to the sentence after it.
     */
    private static List<String> withItemNumber(List<String> sentences) {
        if (sentences.size() < 2 || !ITEM_NUMBER.matcher(sentences.get(0)).matches()) {
            return sentences;
        }
        List<String> joined = new ArrayList<>(sentences.subList(1, sentences.size()));
        joined.set(0, sentences.get(0) + " " + joined.get(0));
        return joined;
    }

    private static String withoutNotes(String text) {
        return text.indexOf(AuthoredNotes.OPEN) < 0 ? text : Document.noteAt().matcher(text).replaceAll("").replaceAll("\\s{2,}", " ").strip();
    }

    static String derivedTitle(List<Section> sections, Seed seed) {
        for (Section section : sections) {
            for (Paragraph paragraph : section.paragraphs()) {
                if (!paragraph.sentences().isEmpty()) {
                    return headline(paragraph.sentences().get(0).text());
                }
            }
        }
        return seed.baseName();
    }

    static String headline(String sentence) {
        String text = withoutFinalStops(sentence.strip());
        if (words(text) <= TITLE_MAX_WORDS) {
            return text;
        }
        int clause = clauseEnd(text);
        if (clause >= 0) {
            String before = text.substring(0, clause).strip();
            String after = text.substring(clause + (text.startsWith(" - ", clause) ? 3 : 1)).strip();
            if (words(before) >= 4 && words(before) <= TITLE_MAX_WORDS) {
                return before;
            }
            if (words(after) >= 4 && words(after) <= TITLE_MAX_WORDS) {
                return Character.toUpperCase(after.charAt(0)) + after.substring(1);
            }
        }
        int comma = text.indexOf(", ");
        if (comma > 0 && words(text.substring(0, comma)) >= 4 && words(text.substring(0, comma)) <= TITLE_MAX_WORDS) {
            return text.substring(0, comma);
        }
        String[] all = text.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(all, TITLE_MAX_WORDS)).replaceAll("[,;:]$", "") + "…";
    }

    /** The text without the full stops, question and exclamation marks and ellipses at its end. */
    private static String withoutFinalStops(String text) {
        int end = text.length();
        while (end > 0 && ".!?…".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    /** Where the first clause of {@code text} ends: its first colon, semicolon, dash or spaced hyphen, or -1. */
    private static int clauseEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' || c == ';' || c == '—' || c == '–' || text.startsWith(" - ", i)) {
                return i;
            }
        }
        return -1;
    }

    /** Words in {@code text}: runs of letters and digits, with inner apostrophes, periods and hyphens. */
    static int words(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letter = Character.isLetterOrDigit(c)
                    || inWord && (c == '\'' || c == '’' || c == '.' || c == '-') && i + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(i + 1));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }

    private static int wordCount(List<Section> sections) {
        int count = 0;
        for (Section section : sections) {
            for (Paragraph paragraph : section.paragraphs()) {
                count += words(paragraph.text());
            }
        }
        return count;
    }
}
