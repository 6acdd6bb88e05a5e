package io.github.briefwright.maven;

import io.github.briefwright.core.BuildConfig;
import io.github.briefwright.core.BuildException;
import io.github.briefwright.core.SiteBuilder;
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
            logResult(new SiteBuilder(config, reporter(getLog())).build());
        } catch (BuildException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

}
