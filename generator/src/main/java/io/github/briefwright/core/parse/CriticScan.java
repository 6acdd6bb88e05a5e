package io.github.briefwright.core.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The forward scan behind {@link AuthoredNotes}: footnote references and CriticMarkup, read left to right in one
 * pass. Where a mark closes is looked up in a per-closer cache of the next place it occurs, so an opener that
 * never closes costs one step, not a search to the end of the text: 8,000 unclosed {@code {>>} take as long as
 * 8,000 words. Beyond {@code maxNotes} notes, references and comments stay as written, and are counted.
 */
final class CriticScan {

    final StringBuilder plain = new StringBuilder();
    final StringBuilder marked = new StringBuilder();
    final List<AuthoredNotes.Note> notes = new ArrayList<>();
    /** Notes in the text, kept or not. */
    int found;

    private final Map<String, String> definitions;
    private final int maxNotes;
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Set<String> leftOut = new HashSet<>();

    CriticScan(Map<String, String> definitions, int maxNotes) {
        this.definitions = definitions;
        this.maxNotes = maxNotes;
    }

    /** Rewrites one stretch of text outside code into both versions. */
    void rewrite(String text) {
        Closers closers = new Closers(text);
        int failedLabelUntil = -1;
        int copied = 0;
        int i = first(text, 0);
        while (i >= 0 && i < text.length()) {
            int end = -1;
            if (text.startsWith("[^", i) && i + 2 > failedLabelUntil) {
                int label = i + 2;
                while (label < text.length() && text.charAt(label) != ']' && !Character.isWhitespace(text.charAt(label))) {
                    label++;
                }
                if (label == text.length() || text.charAt(label) != ']') {
                    failedLabelUntil = label;
                } else if (label > i + 2) {
                    end = label + 1;
                    copy(text, copied, i);
                    footnote(text.substring(i + 2, label), text.substring(i, end));
                }
            } else if (text.startsWith("{==", i)) {
                int close = closers.next("==}", i + 4);
                if (close >= 0) {
                    end = close + 3;
                    copy(text, copied, i);
                    String highlighted = text.substring(i + 3, close);
                    plain.append(highlighted);
                    marked.append("<mark>").append(highlighted).append("</mark>");
                    int comment = text.startsWith("{>>", end) ? closers.next("<<}", end + 4) : -1;
                    if (comment >= 0) {
                        note("highlight", text.substring(end + 3, comment), text.substring(end, comment + 3));
                        end = comment + 3;
                    }
                }
            } else if (text.startsWith("{>>", i)) {
                int close = closers.next("<<}", i + 4);
                if (close >= 0) {
                    end = close + 3;
                    copy(text, copied, i);
                    note("comment", text.substring(i + 3, close), text.substring(i, end));
                }
            } else if (text.startsWith("{++", i)) {
                int close = closers.next("++}", i + 4);
                if (close >= 0) {
                    end = close + 3;
                    copy(text, copied, i);
                    String inserted = text.substring(i + 3, close);
                    plain.append(inserted);
                    marked.append("<ins>").append(inserted).append("</ins>");
                }
            } else if (text.startsWith("{--", i)) {
                int close = closers.next("--}", i + 4);
                if (close >= 0) {
                    end = close + 3;
                    copy(text, copied, i);
                    marked.append("<del>").append(text, i + 3, close).append("</del>");
                }
            } else if (text.startsWith("{~~", i)) {
                int arrow = closers.next("~>", i + 4);
                int close = arrow < 0 ? -1 : closers.next("~~}", arrow + 3);
                if (close >= 0) {
                    end = close + 3;
                    copy(text, copied, i);
                    String old = text.substring(i + 3, arrow);
                    String replacement = text.substring(arrow + 2, close);
                    plain.append(replacement);
                    marked.append("<del>").append(old).append("</del><ins>").append(replacement).append("</ins>");
                }
            }
            if (end >= 0) {
                copied = end;
                i = first(text, end);
            } else {
                i = first(text, i + 1);
            }
        }
        copy(text, copied, text.length());
    }

    /** The next place at or after {@code from} where a mark may start. */
    private static int first(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[' || c == '{') {
                return i;
            }
        }
        return -1;
    }

    private void copy(String text, int from, int to) {
        plain.append(text, from, to);
        marked.append(text, from, to);
    }

    private void footnote(String label, String asWritten) {
        String definition = definitions.get(label);
        Integer number = numbers.get(label);
        if (definition == null) {
            plain.append(asWritten);
            marked.append(asWritten);
        } else if (number != null) {
            marker(number);
        } else if (notes.size() < maxNotes) {
            found++;
            notes.add(new AuthoredNotes.Note(notes.size() + 1, "footnote", definition));
            numbers.put(label, notes.size());
            marker(notes.size());
        } else {
            if (leftOut.add(label)) {
                found++;
            }
            plain.append(asWritten);
            marked.append(asWritten);
        }
    }

    private void note(String kind, String text, String asWritten) {
        found++;
        if (notes.size() < maxNotes) {
            notes.add(new AuthoredNotes.Note(notes.size() + 1, kind, text.strip()));
            marker(notes.size());
        } else {
            plain.append(asWritten);
            marked.append(asWritten);
        }
    }

    private void marker(int number) {
        String marker = AuthoredNotes.marker(number);
        plain.append(marker);
        marked.append(marker);
    }

    /**
     * Where each closing mark next occurs. Asked for places further and further on (as the scan is), each search
     * starts past the place last found, so all searches together read the text about once per closer.
     */
    private static final class Closers {
        private final String text;
        private final Map<String, int[]> last = new HashMap<>();

        Closers(String text) {
            this.text = text;
        }

        /** The first {@code closer} at or after {@code from}, or -1. */
        int next(String closer, int from) {
            int[] known = last.computeIfAbsent(closer, c -> new int[] {Integer.MAX_VALUE, -1});
            int askedFrom = known[0];
            int at = known[1];
            if (from >= askedFrom && (at < 0 || at >= from)) {
                return at;
            }
            at = from > text.length() ? -1 : text.indexOf(closer, from);
            known[0] = from;
            known[1] = at;
            return at;
        }
    }
}
