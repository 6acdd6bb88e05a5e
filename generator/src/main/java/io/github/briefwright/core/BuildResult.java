package io.github.briefwright.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a build did.
 *
 * @param output         the folder the site is now in
 * @param briefings      briefings published
 * @param entities       distinct people, organisations and places across the briefings
 * @param pages          files written by this build
 * @param skipped        seeds not published, each with the reason
 * @param warnings       everything the user should look at
 * @param stageMillis    time spent per stage, in pipeline order
 */
public record BuildResult(Path output, int briefings, int entities, int pages, List<Problem> skipped, List<Problem> warnings,
        Map<String, Long> stageMillis) {

    public BuildResult {
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
        stageMillis = Map.copyOf(stageMillis);
    }
}
