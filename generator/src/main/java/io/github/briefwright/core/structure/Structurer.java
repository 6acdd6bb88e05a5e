package io.github.briefwright.core.structure;

import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.load.SeedFormat;
import io.github.briefwright.core.model.Block;
import io.github.briefwright.core.model.Block.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans a seed and, for raw pastes, finds its blocks: paragraphs (hard-wrapped lines re-flowed), bullet
 * lists, short unpunctuated lines as headings, and two or more blank lines as a section break. Markdown bodies
 * only get hygiene: their structure is explicit and read by the parse stage.
 */
public final class Structurer {

    private static final Pattern BULLET =
            Pattern.compile("^\\s*(?:[•·▪◦‣●○■□–—*+-]|\\d{1,3}[.)])\\s+(.*)$");
    private static final int HEADING_MAX_CHARS = 90;
    private static final int HEADING_MAX_WORDS = 14;

    /** The seed's body, cleaned and (for raw pastes) cut into blocks. Pure: same seed, same draft. */
    public Draft structure(Seed seed) {
        if (seed.format() == SeedFormat.MD) {
            return new Draft(seed, TextHygiene.common(seed.body()), List.of(), List.of());
        }
        String text = TextHygiene.paste(seed.body());
        return new Draft(seed, text, blocks(text, seed.bodyLine()), List.of());
    }

    private static List<Block> blocks(String text, int firstLine) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = text.split("\n", -1);
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
            group(lines, i, end, firstLine, blocks);
            i = end;
        }
        markHeadings(blocks);
        return blocks;
    }

    /** Lines {@code from..to} hold no blank line: split them into paragraphs and lists. */
    private static void group(String[] lines, int from, int to, int firstLine, List<Block> blocks) {
        int i = from;
        while (i < to) {
            if (BULLET.matcher(lines[i]).matches()) {
                int start = i;
                List<String> items = new ArrayList<>();
                while (i < to) {
                    Matcher bullet = BULLET.matcher(lines[i]);
                    if (bullet.matches()) {
                        items.add(bullet.group(1).strip());
                    } else if (lines[i].startsWith(" ") && !items.isEmpty()) {
                        int last = items.size() - 1;
                        items.set(last, join(items.get(last), lines[i].strip()));
                    } else {
                        break;
                    }
                    i++;
                }
                blocks.add(new Block(Kind.LIST, String.join("\n", items), items, 0, firstLine + start, null));
            } else {
                int start = i;
                String paragraph = lines[i].strip();
                i++;
                while (i < to && !BULLET.matcher(lines[i]).matches()) {
                    paragraph = join(paragraph, lines[i].strip());
                    i++;
                }
                blocks.add(Block.plain(Kind.PARAGRAPH, paragraph, firstLine + start));
            }
        }
    }

    /** Re-flows a hard-wrapped line onto the one before it. */
    private static String join(String before, String after) {
        return before.isEmpty() ? after : before + " " + after;
    }

    /** A short line with no closing punctuation, standing alone before a paragraph, is a heading. */
    private static void markHeadings(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            boolean beforeText = i + 1 < blocks.size() && blocks.get(i + 1).kind() == Kind.PARAGRAPH;
            if (block.kind() == Kind.PARAGRAPH && beforeText && looksLikeHeading(block.text())) {
                blocks.set(i, new Block(Kind.HEADING, block.text(), List.of(), 2, block.line(), null));
            }
        }
    }

    static boolean looksLikeHeading(String text) {
        if (text.length() > HEADING_MAX_CHARS || text.split("\\s+").length > HEADING_MAX_WORDS) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return ".,;:!?\"'”’)…".indexOf(last) < 0;
    }
}
