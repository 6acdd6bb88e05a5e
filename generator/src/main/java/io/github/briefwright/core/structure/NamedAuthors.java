package io.github.briefwright.core.structure;

import io.github.briefwright.core.model.Block;
import io.github.briefwright.core.model.Block.Kind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The author of a paste whose head has a name standing alone on a line but no "By" or date beside it, so that the
 * head reader cannot tell it from a line of the page ("Close Alert", a section's name): the page names its author
 * a second time, where only an author is named. A name line among the blocks around the title is the author when
 * the same name stands elsewhere in the paste
 * <ul>
 *   <li>as the subject of a bio that names a writer's role (reporter, writer, author, editor, columnist…) in its first
 *       {@value #WRITER_CHARS} characters: "Emma Grey Ellis is a staff writer at …", not "Maria Lopez was elected
 *       mayor";</li>
 *   <li>on the line after an author label standing alone ("Author", "Written by", "About the author");</li>
 *   <li>after "More from", "More by", "Stories by", "Articles by" or "Posts by" on a short line.</li>
 * </ul>
 * A name that the text merely mentions does not count, so neither does a person the article is about. Linear in
 * the paste: each block is read once for the names it gives as an author's.
 */
final class NamedAuthors {

    /** How many blocks (not counting runs of blank lines) above the title and below it a name line is looked for. */
    static final int ABOVE = 4;
    static final int BELOW = 6;
    private static final int MAX_LINE_CHARS = 120;
    /** A role only a writer has, which a bio of the page's author names and one of its subject seldom does. */
    private static final Pattern WRITER = Pattern.compile("(?i)\\b(?:reporter|correspondent|editor|writer|author|"
            + "columnist|journalist|contributor|blogger|critic|essayist|novelist|freelance)s?\\b");
    /** How far into a bio its writer's role is looked for. */
    private static final int WRITER_CHARS = 240;
    private static final Pattern MORE = Pattern.compile("(?i)(?:[•·▪*]\\s*)?(?:more (?:stories |articles |posts )?(?:from|by)"
            + "|(?:stories|articles|posts|columns) by|meer van|mehr von|plus de)\\s+(?-i)(" + Names.NAME + ")\\s*:?\\s*$");

    /** The name line found: its block's index and the names on it. */
    record Found(int block, List<String> names) {
    }

    private NamedAuthors() {
    }

    /**
     * The name line near block {@code titleBlock} whose names the paste gives again as its author's, or {@code null}.
     */
    static Found find(List<Block> blocks, int titleBlock) {
        if (titleBlock < 0) {
            return null;
        }
        Set<String> authors = null;
        int from = titleBlock;
        for (int seen = 0; from > 0 && seen < ABOVE; ) {
            from--;
            seen += blocks.get(from).kind() == Kind.BREAK ? 0 : 1;
        }
        int to = titleBlock + 1;
        for (int seen = 0; to < blocks.size() && seen < BELOW; to++) {
            seen += blocks.get(to).kind() == Kind.BREAK ? 0 : 1;
        }
        for (int i = from; i < to; i++) {
            Block block = blocks.get(i);
            if (i == titleBlock || block.kind() != Kind.PARAGRAPH || block.text().length() > MAX_LINE_CHARS
                    || block.text().indexOf('\n') >= 0) {
                continue;
            }
            Bylines.Byline names = Bylines.parseBare(block.text());
            if (names == null || !names.otherParts().isEmpty() || names.date() != null) {
                continue;
            }
            if (authors == null) {
                authors = named(blocks);
            }
            Set<String> known = authors;
            if (names.names().stream().allMatch(name -> known.contains(Names.key(name)))) {
                return new Found(i, names.names());
            }
        }
        return null;
    }

    /** The keys ({@link Names#key}) of every name the paste gives as an author's. */
    private static Set<String> named(List<Block> blocks) {
        Set<String> keys = new HashSet<>();
        boolean labelled = false;
        for (Block block : blocks) {
            if (block.kind() == Kind.BREAK) {
                continue;
            }
            List<String> lines = block.kind() == Kind.LIST ? block.items() : List.of(block.text().split("\n", -1));
            for (String raw : lines) {
                String line = raw.strip();
                if (labelled) {
                    Bylines.Byline names = line.length() <= MAX_LINE_CHARS ? Bylines.parseBare(line) : null;
                    if (names != null) {
                        names.names().forEach(name -> keys.add(Names.key(name)));
                    }
                }
                labelled = HeadCandidates.BY_LABEL.matcher(line).matches() || AuthorBios.isAboutHeading(line);
                if (line.length() <= MAX_LINE_CHARS) {
                    Matcher more = MORE.matcher(line);
                    if (more.matches() && Names.isName(more.group(1))) {
                        keys.add(Names.key(more.group(1)));
                    }
                }
                String subject = AuthorBios.subject(line);
                if (subject != null && WRITER.matcher(line.substring(0, Math.min(line.length(), WRITER_CHARS))).find()) {
                    keys.add(Names.key(subject));
                }
            }
        }
        return keys;
    }
}
