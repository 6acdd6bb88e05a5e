package io.github.briefwright.core;

/**
 * How much one seed may hold before Briefwright stops or trims it. Every stage's cost is linear in a seed's size
 * or bounded by one of these; the defaults are far above anything a real article or report reaches, so a build
 * that meets one is given a message naming the seed, the limit and the parameter that raises it.
 *
 * <p>What happens at each limit:
 * <ul>
 *   <li>{@code seedBytes}, {@code lineLength}, {@code nesting}: the seed is an error ({@code file:line}) and
 *       nothing is written;</li>
 *   <li>{@code notes}, {@code entities}, {@code datedItems}: the briefing keeps the first ones (in text order)
 *       and the build warns, naming the seed.</li>
 * </ul>
 *
 * @param seedBytes  largest seed file, in bytes (checked before it is read)
 * @param lineLength longest line of a seed, in characters
 * @param nesting    deepest nesting of block quotes and lists in a Markdown seed
 * @param notes      most footnotes and CriticMarkup notes in one seed
 * @param entities   most distinct entities (people, organisations, places) kept for one briefing
 * @param datedItems most timeline items kept for one briefing
 */
public record Limits(long seedBytes, int lineLength, int nesting, int notes, int entities, int datedItems) {

    /** The defaults: 16 MiB, 200,000 characters, 32 levels, 2,000 notes, 2,000 entities, 2,000 dated items. */
    public static final Limits DEFAULT = new Limits(16L * 1024 * 1024, 200_000, 32, 2_000, 2_000, 2_000);

    /** The user property that sets each limit, for messages that say how to raise it. */
    public static final String SEED_BYTES = "briefwright.maxSeedBytes";
    public static final String LINE_LENGTH = "briefwright.maxLineLength";
    public static final String NESTING = "briefwright.maxNesting";
    public static final String NOTES = "briefwright.maxNotes";
    public static final String ENTITIES = "briefwright.maxEntities";
    public static final String DATED_ITEMS = "briefwright.maxDatedItems";

    public Limits {
        positive(seedBytes, SEED_BYTES);
        positive(lineLength, LINE_LENGTH);
        positive(nesting, NESTING);
        positive(notes, NOTES);
        positive(entities, ENTITIES);
        positive(datedItems, DATED_ITEMS);
    }

    /** These limits with the given values where they are not {@code null}; the rest as they are. */
    public Limits with(Long seedBytes, Integer lineLength, Integer nesting, Integer notes, Integer entities,
            Integer datedItems) {
        return new Limits(
                seedBytes == null ? this.seedBytes : seedBytes,
                lineLength == null ? this.lineLength : lineLength,
                nesting == null ? this.nesting : nesting,
                notes == null ? this.notes : notes,
                entities == null ? this.entities : entities,
                datedItems == null ? this.datedItems : datedItems);
    }

    private static void positive(long value, String property) {
        if (value < 1) {
            throw new IllegalArgumentException(property + " must be at least 1, not " + value);
        }
    }
}
