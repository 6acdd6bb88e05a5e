package io.github.briefwright.maven;

import io.github.briefwright.core.BuildConfig;
import io.github.briefwright.core.BuildException;
import io.github.briefwright.core.BuildResult;
import io.github.briefwright.core.SiteBuilder;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the briefing site: reads every {@code .txt} and {@code .md} seed in the seed folder (recursively) and
 * writes an index, a page and a {@code briefing.json} per seed. Bound to the {@code site} phase, so
 * {@code mvn site} builds it; also runs without a project. The site is written to a staging folder and moved
 * into place only when the whole build succeeded.
 *
 * @since 0.1.0
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.SITE, requiresProject = false, threadSafe = true)
public final class BuildMojo extends SiteMojo {

    /**
     * Publish seeds whose front matter says {@code draft: true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "briefwright.drafts", defaultValue = "false")
    private boolean drafts;

    /**
     * Skip the build.
     *
     * @since 0.1.0
     */
    @Parameter(property = "briefwright.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the briefing site (briefwright.skip=true).");
            return;
        }
        BuildConfig config = config(drafts);
        try {
            BuildResult result = new SiteBuilder(config, reporter(getLog())).build();
            getLog().info(String.format("Briefing site: %d briefings, %d entities, %d files, %d skipped, %d warnings in %d ms (%s) -> %s",
                    result.briefings(), result.entities(), result.pages(), result.skipped().size(), result.warnings().size(),
                    result.stageMillis().getOrDefault("total", 0L),
                    result.stageMillis().entrySet().stream().filter(e -> !e.getKey().equals("total"))
                            .map(e -> e.getKey() + " " + e.getValue() + " ms").collect(Collectors.joining(", ")),
                    result.output().resolve("index.html")));
            if (!result.skipped().isEmpty()) {
                getLog().info("Skipped seeds: " + result.skipped().stream().map(p -> p.file())
                        .collect(Collectors.joining(", ")));
            }
        } catch (BuildException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

}
