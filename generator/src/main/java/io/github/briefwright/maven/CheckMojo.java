package io.github.briefwright.maven;

import io.github.briefwright.core.check.LinkChecker;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks a built briefing site: fails the build listing every broken link, missing {@code #anchor} and missing
 * asset. Nothing is fetched from the network: links to other hosts are counted, and listed on request. Relative
 * links that leave the checked folder, such as the back link from a briefing site in a Maven site's
 * {@code briefings/} folder to the project's {@code ../index.html}, are treated like links to other hosts: counted,
 * listed on request, not checked.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", requiresProject = false, threadSafe = true)
public final class CheckMojo extends AbstractMojo {

    /**
     * The built site to check.
     *
     * @since 0.1.0
     */
    @Parameter(property = "briefwright.outputDirectory", defaultValue = "${project.reporting.outputDirectory}")
    private File outputDirectory;

    /**
     * List the links to other hosts (they are never fetched) and the links that leave the checked folder.
     *
     * @since 0.1.0
     */
    @Parameter(property = "briefwright.listExternal", defaultValue = "false")
    private boolean listExternal;

    /**
     * Skip the check.
     *
     * @since 0.1.0
     */
    @Parameter(property = "briefwright.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the link check (briefwright.skip=true).");
            return;
        }
        if (!outputDirectory.isDirectory()) {
            throw new MojoFailureException("There is no site at " + outputDirectory + " to check; build it first "
                    + "(mvn site, or briefwright:build).");
        }
        LinkChecker.Report report;
        try {
            report = LinkChecker.check(outputDirectory.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the site at " + outputDirectory + ": " + e.getMessage(), e);
        }
        getLog().info(String.format("Checked %d pages: %d internal links, %d links to other hosts (not fetched), "
                + "%d links out of the checked folder (not checked).",
                report.pages(), report.links(), report.external().size(), report.outside().size()));
        if (listExternal) {
            report.external().forEach(link -> getLog().info("external: " + link));
            report.outside().forEach(link -> getLog().info("outside the checked folder: " + link));
        }
        if (!report.ok()) {
            throw new MojoFailureException(report.broken().size() + " broken links in " + outputDirectory + ":\n  "
                    + String.join("\n  ", report.broken()));
        }
    }
}
