package io.github.briefwright.core.structure;

import io.github.briefwright.core.model.Block;
import io.github.briefwright.core.model.Block.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The byline and publication date of a paste chosen among scored candidate lines, for what the block-by-block
 * reading of the head ({@link HeadReader}) leaves unfound: a byline or date inside a run of lines, a list item,
 * the first lines of the body, or (for the date only) a "Published …" line at the end.
 *
 * <p>Every line from just above the title to a few blocks into the body (at most {@value #MAX_LINES} lines) is a
 * candidate. A line scores as a byline from: starting with "By" or a byline mark (3), else being no more than a
 * name or names (1), a date on the same line (1.5) or the next or previous line (1), standing within three lines
 * of the title (0.5), less 0.1 a line of distance from the title and 1 in a list without "By". It scores as the
 * date from: being a date line (3) or a short line holding a full date (1.5), "published", "posted" or "on"
 * before it (0.5), "updated" or "modified" before it (−0.5), a byline next to it or on it (0.5), less 0.1 a line
 * of distance. The best line over the threshold (2 for a byline, 1.5 for a date) wins; a tie goes to the earlier
 * line. Lines above the title count only when they are at most two lines above it, so the title comes first
 * and the byline and date after it, as pages print them.
 */
final class HeadCandidates {

    static final int MAX_LINES = 40;
    private static final int TAIL_LINES = 12;
    private static final int BODY_BLOCKS = 5;
    private static final Pattern PUBLISHED = Pattern.compile("(?i)(?:published|posted|\\bon\\b|first|公開|投稿|配信|発行|publié|"
            + "publicado|pubblicato|veröffentlicht|gepubliceerd)[^\\d]{0,20}$");
    private static final Pattern TAIL = Pattern.compile("(?i)(?:originally\\s+)?(?:published|posted|first published|publié|"
            + "publicado|pubblicato|veröffentlicht)");
    private static final Pattern AGO = Pattern.compile("(?i)^(?:updated\\s*:?\\s*)?\\d{1,2}\\s*(?:[mhd]|mins?|minutes?|hours?|hrs?|days?)\\s+ago$");
    private static final Pattern HANDLE = Pattern.compile("@\\w{2,}");
    private static final Pattern UPDATED = Pattern.compile("(?i)(?:updated|modified|edited|更新|mis à jour|actualizado|"
            + "atualizado|aggiornato|aktualisiert|bijgewerkt)[^\\d]{0,20}$");

    /** The chosen byline (or {@code null}) and date (or {@code null}). */
    record Pick(Bylines.Byline byline, String date) {
    }

    private record Line(String text, boolean listItem, int distance) {
    }

    private HeadCandidates() {
    }

    /**
     * @param blocks     the paste's blocks
     * @param headEnd    the first block of the body
     * @param titleBlock the title's block, or -1
     * @param order      how the paste writes numeric dates
     */
    static Pick pick(List<Block> blocks, int headEnd, int titleBlock, DateText.Order order) {
        List<Line> lines = new ArrayList<>();
        int from = Math.max(0, titleBlock);
        int to = Math.min(blocks.size(), Math.max(headEnd, from) + BODY_BLOCKS);
        int distance = 0;
        for (int b = Math.max(0, titleBlock - 2); b < to && lines.size() < MAX_LINES; b++) {
            Block block = blocks.get(b);
            boolean above = b < from;
            List<String> texts = block.kind() == Kind.LIST ? block.items() : List.of(block.text().split("\n"));
            for (String text : texts) {
                if (lines.size() >= MAX_LINES) {
                    break;
                }
                String line = text.strip();
                if (!lines.isEmpty() && lines.get(lines.size() - 1).text().matches("(?i)by:?")) {
                    lines.remove(lines.size() - 1); // "By" on a line of its own, the names on the next one
                    line = "By " + line;
                }
                lines.add(new Line(line, block.kind() == Kind.LIST && !line.startsWith("By "), above ? 2 : distance++));
            }
        }
        Bylines.Byline[] bylines = new Bylines.Byline[lines.size()];
        String[] dates = new String[lines.size()];
        boolean[] dateLine = new boolean[lines.size()];
        boolean[] published = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (text.isEmpty() || text.length() > 220 || HeadReader.words(text) > 30) {
                continue;
            }
            var found = DateText.find(text, order);
            if (found.isPresent() && !found.get().ambiguous() && HeadReader.words(text) <= 25) {
                String before = text.substring(0, found.get().start());
                published[i] = PUBLISHED.matcher(before).find();
                dates[i] = UPDATED.matcher(before).find() && !published[i]
                        ? "~" + found.get().date() : found.get().date().toString();
                dateLine[i] = Datelines.parse(text, order).isPresent();
            }
            Bylines.Byline prefixed = Bylines.parsePrefixed(text);
            bylines[i] = prefixed != null ? prefixed : HeadReader.words(text) <= 14 ? Bylines.parseBare(text) : null;
        }
        Bylines.Byline bestByline = null;
        double bestBylineScore = 2;
        int bylineAt = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (bylines[i] == null) {
                continue;
            }
            Line line = lines.get(i);
            boolean prefixed = Bylines.parsePrefixed(line.text()) != null;
            double score = prefixed ? 3 : onlyNames(bylines[i]) ? 1 : 0;
            score += dates[i] != null || bylines[i].date() != null ? 1.5 : 0;
            score += i > 0 && dates[i - 1] != null || i + 1 < lines.size() && dates[i + 1] != null
                    || i + 1 < lines.size() && AGO.matcher(lines.get(i + 1).text()).matches() ? 1 : 0;
            score += HANDLE.matcher(line.text()).find() || bylines[i].otherParts().stream().anyMatch(Bylines::isRole) ? 1 : 0;
            score += line.distance() <= 3 ? 0.5 : 0;
            score -= 0.1 * line.distance() + (line.listItem() && !prefixed ? 1 : 0);
            if (score > bestBylineScore) {
                bestBylineScore = score;
                bestByline = bylines[i];
                bylineAt = i;
            }
        }
        String bestDate = null;
        double bestDateScore = 1.5;
        for (int i = 0; i < lines.size(); i++) {
            if (dates[i] == null) {
                continue;
            }
            boolean updated = dates[i].startsWith("~");
            double score = dateLine[i] ? 3 : 1.5;
            score += published[i] ? 0.5 : 0;
            score -= updated ? 0.5 : 0;
            score += bylineAt >= 0 && Math.abs(i - bylineAt) <= 1 ? 0.5 : 0;
            score -= 0.1 * lines.get(i).distance();
            if (score > bestDateScore) {
                bestDateScore = score;
                bestDate = updated ? dates[i].substring(1) : dates[i];
            }
        }
        if (bestDate == null && bestByline != null && bestByline.date() != null && bestByline.date().length() == 10) {
            bestDate = bestByline.date();
        }
        if (bestDate == null) {
            bestDate = tailDate(blocks, order);
        }
        return new Pick(bestByline, bestDate);
    }

    /** A "Published …" or "Posted …" date line among the last lines of the paste. */
    private static String tailDate(List<Block> blocks, DateText.Order order) {
        int seen = 0;
        for (int b = blocks.size() - 1; b >= 0 && seen < TAIL_LINES; b--) {
            Block block = blocks.get(b);
            List<String> texts = block.kind() == Kind.LIST ? block.items() : List.of(block.text().split("\n"));
            for (int i = texts.size() - 1; i >= 0 && seen < TAIL_LINES; i--, seen++) {
                String text = texts.get(i).strip();
                var when = Datelines.parse(text, order);
                if (when.isPresent() && when.get().length() == 10
                        && TAIL.matcher(text).lookingAt()) {
                    return when.get();
                }
            }
        }
        return null;
    }

    private static boolean onlyNames(Bylines.Byline byline) {
        return byline.otherParts().stream().allMatch(part -> part.length() <= 40);
    }
}
