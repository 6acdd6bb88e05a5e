package io.github.briefwright.maven;

import io.github.briefwright.core.BuildException;
import io.github.briefwright.core.SeedScaffold;
import java.io.File;
import java.time.LocalDate;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Creates a new Markdown seed, {@code <slug of the title>.md}, with its front matter filled in and marked as a
 * draft: {@code mvn briefwright:new -Dbriefwright.title="Iraq after the vote"}. Never replaces a file.
 *
 * @since 0.1.0
 */
@Mojo(name = "new", requiresProject = false, threadSafe = true)
public final class NewMojo extends AbstractMojo {

    /**
     * The new briefing's title.
     *
     * @since 0.1.0
     */
    @Parameter(property = "briefwright.title")
    private String title;

    /**
     * The folder of seeds the new one goes into.
     *
     * @since 0.1.0
     */
    @Parameter(property = "briefwright.seedDirectory", defaultValue = "${project.basedir}/src/main/seeds")
    private File seedDirectory;

    @Override
    public void execute() throws MojoFailureException {
        try {
            getLog().info("New seed: " + SeedScaffold.create(seedDirectory.toPath(), title, LocalDate.now()));
        } catch (BuildException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }
}
