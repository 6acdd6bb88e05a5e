package io.github.briefwright.core;

import io.github.briefwright.core.cache.Fingerprint;
import io.github.briefwright.core.model.BriefingSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the last build into an output folder did, and from which inputs: kept in the cache, so that a build whose
 * inputs are all as they were, into an output folder still as that build left it, need do nothing at all (a
 * no-change {@code mvn} run). The inputs are listed, not read: every seed's path, size and time, and the digests
 * of everything else a build depends on (code, settings, glossary, theme). Any difference, and the build goes the
 * usual way, where each seed is still taken from the cache by its content.
 *
 * @param inputs      the digest of the inputs ({@link #inputs})
 * @param started     when the build started, in milliseconds since 1970: a seed changed since within the time
 *                    a file system may keep (two seconds) could have the time it had when it was read
 * @param briefings   what the build's result said, to say it again; its summaries are kept in a record of their
 *                    own ({@link Summaries}), read only when asked for
 */
record LastBuild(String inputs, long started, int briefings, int entities, int pages, List<Problem> skipped,
        List<Problem> warnings) implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    LastBuild {
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    /** The last build's summaries, as kept: newest first. */
    record Summaries(List<BriefingSummary> newest) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        Summaries {
            newest = List.copyOf(newest);
        }
    }

    /**
     * A list read the first time it is looked at: most no-change builds (a {@code mvn} run) never ask for the
     * summaries; a report does.
     */
    static final class Later extends java.util.AbstractList<BriefingSummary> implements java.util.RandomAccess {
        private final java.util.function.Supplier<List<BriefingSummary>> read;
        private List<BriefingSummary> list;

        Later(java.util.function.Supplier<List<BriefingSummary>> read) {
            this.read = read;
        }

        private synchronized List<BriefingSummary> list() {
            if (list == null) {
                list = List.copyOf(read.get());
            }
            return list;
        }

        @Override
        public BriefingSummary get(int index) {
            return list().get(index);
        }

        @Override
        public int size() {
            return list().size();
        }
    }

    /** A digest of a build's inputs, and the time of the seed changed last, in milliseconds since 1970. */
    record Inputs(String digest, long newest) {
    }

    /** Whether a build from {@code now} may be taken for this one: the same inputs, none changed while it ran. */
    boolean same(Inputs now) {
        return inputs.equals(now.digest()) && now.newest() < started - 2_000;
    }

    /**
     * The digest of a build's inputs: {@code work} (the digest of the code, settings, glossary and theme) and each
     * seed's path, size and time (nanoseconds where the file system keeps them): taken from {@code known}, the
     * attributes the listing read (links not followed), else read.
     *
     * @return the digest, or {@code null} when a seed cannot be looked at (the build goes the usual way and says why)
     */
    static Inputs inputs(String work, Path seedFolder, List<Path> seeds, java.util.Map<Path, BasicFileAttributes> known) {
        Fingerprint fingerprint = new Fingerprint().add("briefwright-build").add(work).add(seeds.size());
        long newest = Long.MIN_VALUE;
        for (Path seed : seeds) {
            try {
                BasicFileAttributes attributes = known.get(seed);
                if (attributes == null) {
                    attributes = Files.readAttributes(seed, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                }
                fingerprint.add(seedFolder.relativize(seed).toString()).add(attributes.size())
                        .add(attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS))
                        .add(attributes.isSymbolicLink());
                newest = Math.max(newest, attributes.lastModifiedTime().toMillis());
            } catch (IOException e) {
                return null;
            }
        }
        return new Inputs(fingerprint.hex(), newest);
    }

    /** The result of a build that found this one's inputs unchanged and wrote nothing. */
    BuildResult result(Path output, long millis, int seeds, List<BriefingSummary> summaries) {
        return new BuildResult(output, briefings, entities, pages, skipped, warnings,
                java.util.Map.of("total", millis, "up to date", millis), summaries, 0, seeds, 0, java.util.Set.of());
    }
}
