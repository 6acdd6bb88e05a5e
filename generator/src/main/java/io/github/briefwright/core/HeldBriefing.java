package io.github.briefwright.core;

import io.github.briefwright.core.model.Briefing;
import java.lang.ref.SoftReference;
import java.util.function.Supplier;

/**
 * A briefing as a build holds it: its slug and seed always, the briefing itself either strongly or, when the cache
 * can give it again, softly: a large site's briefings need not all stay in memory at once, and one whose memory
 * was taken is read again from the cache when its page is rendered. Most builds never read one again: the
 * memory is taken only when it runs short. Thread-safe.
 */
final class HeldBriefing {

    private final String slug;
    private final String sourceFile;
    /** The briefing, when held strongly. */
    private final Briefing strong;
    /** Reads the briefing again, when held softly. */
    private final Supplier<Briefing> again;
    private volatile SoftReference<Briefing> soft;

    private HeldBriefing(String slug, String sourceFile, Briefing strong, Briefing soft, Supplier<Briefing> again) {
        this.slug = slug;
        this.sourceFile = sourceFile;
        this.strong = strong;
        this.again = again;
        this.soft = strong != null ? null : new SoftReference<>(soft);
    }

    /** A briefing held in memory for as long as this is. */
    static HeldBriefing strongly(Briefing briefing) {
        return new HeldBriefing(briefing.slug(), briefing.sourceFile(), briefing, null, null);
    }

    /**
     * A briefing whose memory may be taken when it runs short, and which {@code again} reads again then.
     *
     * @param keep whether to hold it at all until then: {@code false} reads it again every time it is needed
     *             (tests use it to read every briefing again)
     */
    static HeldBriefing softly(Briefing briefing, Supplier<Briefing> again, boolean keep) {
        return new HeldBriefing(briefing.slug(), briefing.sourceFile(), null, keep ? briefing : null, again);
    }

    /** A briefing held softly that can no longer be read again. */
    static final class Gone extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Gone(String message) {
            super(message);
        }
    }

    String slug() {
        return slug;
    }

    String sourceFile() {
        return sourceFile;
    }

    /** The briefing: held, or read again. */
    Briefing get() {
        if (strong != null) {
            return strong;
        }
        Briefing held = soft.get();
        if (held == null) {
            held = again.get();
            soft = new SoftReference<>(held);
        }
        return held;
    }

    /** This briefing published under another slug (when two briefings would share one). */
    HeldBriefing withSlug(String newSlug) {
        if (strong != null) {
            return strongly(strong.withSlug(newSlug));
        }
        Briefing held = soft.get();
        return new HeldBriefing(newSlug, sourceFile, null, held == null ? null : held.withSlug(newSlug),
                () -> again.get().withSlug(newSlug));
    }
}
