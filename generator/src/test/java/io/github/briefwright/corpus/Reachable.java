package io.github.briefwright.corpus;

import io.github.briefwright.core.structure.DateText;
import java.time.LocalDate;
import java.util.List;

/**
 * Whether a paste holds a head label's answer at all: the ceiling of what structuring can get right on it.
 * Compared as leniently as {@link Lenient} scores a found value.
 *
 * <ul>
 *   <li>A <b>title</b> is in the paste when its folded text (letters and digits, lower case) stands in the
 *       paste's folded text.</li>
 *   <li>An <b>author</b> label is in the paste when every name in it is: its folded text stands in the paste's
 *       folded text (a name of fewer than six letters: its words stand in the paste's words) or, for a name of more than two words (a label with "View ORCID Profile" or a site name glued
 *       to the person), its first two words do.</li>
 *   <li>A <b>date</b> label is in the paste when a date that {@link DateText} finds in the paste, read day-first
 *       or month-first, is within a day of it (as {@link Lenient#dateMatches} compares).</li>
 * </ul>
 *
 * A label saying the page has no such field ({@code null}) is always reachable (finding nothing is right); a label
 * with no expectation gives {@code null}.
 */
public final class Reachable {

    /** The fewest letters of a name looked for in the folded paste, glued to other words or not. */
    static final int SHORTEST_GLUED = 6;

    private Reachable() {
    }

    /**
     * The head fields' reachability for one paste: each {@code null} where the label expects nothing; against the
     * postlight labels, and against the page's own metadata ({@code null} where the page has none; a metadata title
     * ending in the site's name also counts without it).
     */
    public record Reach(Boolean title, Boolean author, Boolean date, Boolean metaTitle, Boolean metaAuthor,
            Boolean metaDate) {
    }

    public static Reach of(PageLabels labels, String paste) {
        String folded = Lenient.fold(paste);
        String spaced = Lenient.spaced(paste);
        Boolean metaTitle = null;
        if (labels.metaTitle() != null) {
            java.util.regex.Matcher site = Lenient.SITE_SUFFIX.matcher(labels.metaTitle().strip());
            metaTitle = title(labels.metaTitle(), folded) || site.matches() && title(site.group(1), folded);
        }
        return new Reach(expected(labels.title()) ? title(labels.title(), folded) : null,
                expected(labels.author()) ? author(labels.author(), folded, spaced) : null,
                expected(labels.date()) ? date(labels.date(), paste) : null,
                metaTitle,
                labels.metaAuthors().isEmpty() ? null
                        : labels.metaAuthors().stream().allMatch(a -> author(a, folded, spaced)),
                labels.metaDate() == null ? null : date(labels.metaDate(), paste));
    }

    private static boolean expected(String label) {
        return !PageLabels.NO_EXPECTATION.equals(label);
    }

    /** Whether the title label stands in a paste (given folded by {@link Lenient#fold}). */
    static boolean title(String label, String foldedPaste) {
        if (label == null) {
            return true;
        }
        String title = Lenient.fold(label);
        return !title.isEmpty() && foldedPaste.contains(title);
    }

    /**
     * Whether every name of the author label stands in a paste (given folded by {@link Lenient#fold} and spaced by
     * {@link Lenient#spaced}): a name of fewer than {@value #SHORTEST_GLUED} letters ("RT", "PTI") as whole words.
     */
    static boolean author(String label, String foldedPaste, String spacedPaste) {
        if (label == null) {
            return true;
        }
        List<String> parts = Lenient.expectedParts(List.of(label));
        if (parts.isEmpty()) {
            return true;
        }
        for (String part : parts) {
            String name = Lenient.fold(part);
            if (name.length() >= SHORTEST_GLUED ? foldedPaste.contains(name)
                    : spacedPaste.contains(" " + String.join(" ", Lenient.words(part)) + " ")) {
                continue;
            }
            List<String> words = Lenient.words(part);
            if (words.size() > 2 && foldedPaste.contains(Lenient.fold(words.get(0) + words.get(1)))) {
                continue;
            }
            return false;
        }
        return true;
    }

    /** Whether the paste writes the label's day ({@code yyyy-MM-dd}), give or take a day, in a form read as a date. */
    static boolean date(String labelDay, String paste) {
        if (labelDay == null) {
            return true;
        }
        LocalDate day = LocalDate.parse(labelDay);
        for (DateText.Order order : List.of(DateText.Order.DAY_FIRST, DateText.Order.MONTH_FIRST)) {
            for (DateText.Found found : DateText.findAll(paste, order)) {
                if (found.date() != null && Math.abs(found.date().toEpochDay() - day.toEpochDay()) <= 1) {
                    return true;
                }
            }
        }
        return false;
    }
}
