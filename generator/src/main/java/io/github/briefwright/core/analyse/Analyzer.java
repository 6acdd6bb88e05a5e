package io.github.briefwright.core.analyse;

import io.github.briefwright.core.load.FrontMatter;
import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.load.SeedFormat;
import io.github.briefwright.core.model.Block;
import io.github.briefwright.core.model.Block.Kind;
import io.github.briefwright.core.model.Briefing;
import io.github.briefwright.core.model.Paragraph;
import io.github.briefwright.core.model.Quote;
import io.github.briefwright.core.model.Section;
import io.github.briefwright.core.model.Sentence;
import io.github.briefwright.core.model.Source;
import io.github.briefwright.core.parse.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a parsed document into a {@link Briefing}: sections, paragraphs and sentences with stable anchors,
 * title, reading time. Front matter always wins over what is inferred. Pure and thread-safe.
 *
 * <p>Title rule, in order: front matter {@code title}; a leading Markdown level-1 heading; a leading short
 * line of a raw paste (see the structure stage); otherwise derived ({@code titleDerived: true}) from the
 * first sentence, cut at its first colon, dash or semicolon when that leaves four words or more, and shortened
 * to {@value #TITLE_MAX_WORDS} words.
 */
public final class Analyzer {

    static final int TITLE_MAX_WORDS = 12;
    private static final int WORDS_PER_MINUTE = 230;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.-][\\p{L}\\p{N}]+)*");
    private static final Pattern CLAUSE_END = Pattern.compile("\\s*(?::|;|—|–| - )\\s*");

    public Briefing analyse(Document document) {
        Seed seed = document.draft().seed();
        FrontMatter front = seed.frontMatter();
        List<Block> blocks = new ArrayList<>(document.blocks());
        String foundTitle = null;
        if (!blocks.isEmpty() && blocks.get(0).kind() == Kind.HEADING
                && (seed.format() == SeedFormat.TXT || blocks.get(0).level() == 1)) {
            foundTitle = blocks.remove(0).text();
        }
        List<Section> sections = sections(blocks);
        String title = front.title() != null ? front.title() : foundTitle;
        boolean derived = title == null;
        if (derived) {
            title = derivedTitle(sections, seed);
        }
        int words = wordCount(sections);
        String slug = front.slug() != null ? Slugs.of(front.slug(), "briefing") : Slugs.of(baseName(seed), "briefing");
        List<Quote> keyPoints = front.keyPoints().stream().map(text -> new Quote(text, null)).toList();
        return new Briefing(Briefing.SCHEMA, slug, seed.sourceFile(), new Source(front.source(), front.publisher()),
                title, derived, front.dek(), front.authors(), front.date(), front.tags(), words,
                words == 0 ? 0 : Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE)), front.summary(),
                keyPoints, sections, List.of(), document.draft().removed(), List.of(), List.of(), List.of(),
                List.of());
    }

    private static List<Section> sections(List<Block> blocks) {
        Anchors anchors = new Anchors();
        List<Section> sections = new ArrayList<>();
        String heading = null;
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Block block : blocks) {
            if (block.kind() == Kind.HEADING || block.kind() == Kind.BREAK) {
                if (!paragraphs.isEmpty() || heading != null) {
                    sections.add(new Section(heading, paragraphs));
                }
                heading = block.kind() == Kind.HEADING ? block.text() : null;
                paragraphs = new ArrayList<>();
                continue;
            }
            paragraphs.add(paragraph(block, anchors));
        }
        if (!paragraphs.isEmpty() || heading != null) {
            sections.add(new Section(heading, paragraphs));
        }
        return sections;
    }

    private static Paragraph paragraph(Block block, Anchors anchors) {
        String id = anchors.next("p", block.kind().label() + ":" + block.text());
        List<Sentence> sentences = new ArrayList<>();
        if (block.kind() != Kind.CODE && block.kind() != Kind.TABLE) {
            List<String> parts = block.kind() == Kind.LIST ? block.items() : List.of(block.text());
            for (String part : parts) {
                for (String sentence : SentenceSplitter.split(part)) {
                    sentences.add(new Sentence(anchors.next("s", sentence), sentence));
                }
            }
        }
        return new Paragraph(id, block.kind().label(), block.text(), sentences, block.items(), block.line(),
                block.html());
    }

    static String derivedTitle(List<Section> sections, Seed seed) {
        for (Section section : sections) {
            for (Paragraph paragraph : section.paragraphs()) {
                if (!paragraph.sentences().isEmpty()) {
                    return headline(paragraph.sentences().get(0).text());
                }
            }
        }
        return baseName(seed);
    }

    static String headline(String sentence) {
        String text = sentence.strip();
        var clause = CLAUSE_END.matcher(text);
        if (clause.find() && text.substring(0, clause.start()).split("\\s+").length >= 4) {
            text = text.substring(0, clause.start());
        }
        text = text.replaceAll("[.!?…]+$", "");
        String[] words = text.split("\\s+");
        if (words.length > TITLE_MAX_WORDS) {
            text = String.join(" ", java.util.Arrays.copyOf(words, TITLE_MAX_WORDS))
                    .replaceAll("[,;:]$", "") + "…";
        }
        return text;
    }

    private static int wordCount(List<Section> sections) {
        int count = 0;
        for (Section section : sections) {
            for (Paragraph paragraph : section.paragraphs()) {
                var words = WORD.matcher(paragraph.text());
                while (words.find()) {
                    count++;
                }
            }
        }
        return count;
    }

    private static String baseName(Seed seed) {
        String name = seed.path().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
