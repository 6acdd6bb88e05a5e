package io.github.briefwright.core;

import io.github.briefwright.core.model.BriefingSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a build did.
 *
 * @param output         the folder the site is now in
 * @param briefings      briefings published
 * @param entities       distinct people, organisations and places across the briefings
 * @param pages          files of the site, as this build left it
 * @param skipped        seeds not published, each with the reason
 * @param warnings       everything the user should look at
 * @param stageMillis    time spent per stage, in pipeline order
 * @param summaries      the published briefings, newest first (undated ones last), each with its page's path
 *                       from the site root: what a listing of the briefings elsewhere (a Maven report) needs
 * @param seedsAnalysed  seeds this build read and analysed
 * @param seedsCached    seeds whose analysis this build took from the cache, or from the same builder's earlier
 *                       build, unchanged
 * @param pagesWritten   files of the site this build rendered or copied anew; the others were already there, as
 *                       the last build wrote them, and their inputs had not changed
 * @param changed        the site's files this build wrote or deleted (every file when it replaced the whole site),
 *                       as paths from the site root
 */
public record BuildResult(Path output, int briefings, int entities, int pages, List<Problem> skipped, List<Problem> warnings,
        Map<String, Long> stageMillis, List<BriefingSummary> summaries, int seedsAnalysed, int seedsCached,
        int pagesWritten, java.util.Set<String> changed) {

    public BuildResult {
        changed = changed == null ? java.util.Set.of() : java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(changed));
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
        stageMillis = Map.copyOf(stageMillis);
        summaries = summaries == null ? List.of() : summaries instanceof LastBuild.Later later ? later
                : List.copyOf(summaries);
    }

    /** A result without counts of pages written and the files changed. */
    public BuildResult(Path output, int briefings, int entities, int pages, List<Problem> skipped, List<Problem> warnings,
            Map<String, Long> stageMillis, List<BriefingSummary> summaries, int seedsAnalysed, int seedsCached) {
        this(output, briefings, entities, pages, skipped, warnings, stageMillis, summaries, seedsAnalysed, seedsCached,
                pages, null);
    }

    /** A result without counts of analysed and cached seeds. */
    public BuildResult(Path output, int briefings, int entities, int pages, List<Problem> skipped, List<Problem> warnings,
            Map<String, Long> stageMillis, List<BriefingSummary> summaries) {
        this(output, briefings, entities, pages, skipped, warnings, stageMillis, summaries, 0, 0);
    }

    /** A result without summaries. */
    public BuildResult(Path output, int briefings, int entities, int pages, List<Problem> skipped, List<Problem> warnings,
            Map<String, Long> stageMillis) {
        this(output, briefings, entities, pages, skipped, warnings, stageMillis, List.of());
    }
}
