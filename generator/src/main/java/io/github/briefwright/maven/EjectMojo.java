package io.github.briefwright.maven;

import io.github.briefwright.core.BuildException;
import io.github.briefwright.core.ThemeEjector;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Copies the default theme, or one of its files ({@code -Dbriefwright.template=briefing.ftlh}), into the
 * template folder, where an edited copy overrides the default. Existing files are kept unless
 * {@code -Dbriefwright.force}.
 *
 * @since 0.1.0
 */
@Mojo(name = "eject", requiresProject = false, threadSafe = true)
public final class EjectMojo extends AbstractMojo {

    /**
     * The template folder the theme is copied into.
     *
     * @since 0.1.0
     */
    @Parameter(property = "briefwright.templateDirectory", defaultValue = "${project.basedir}/src/main/templates")
    private File templateDirectory;

    /**
     * One file of the theme to copy ({@code briefing.ftlh}, {@code assets/style.css}); all of them when not set.
     *
     * @since 0.1.0
     */
    @Parameter(property = "briefwright.template")
    private String template;

    /**
     * Replace files that exist in the template folder.
     *
     * @since 0.1.0
     */
    @Parameter(property = "briefwright.force", defaultValue = "false")
    private boolean force;

    @Override
    public void execute() throws MojoFailureException {
        try {
            ThemeEjector.Result result = ThemeEjector.eject(templateDirectory.toPath(), template, force);
            result.written().forEach(file -> getLog().info("Copied " + file));
            result.kept().forEach(file -> getLog().warn("Kept " + file + ", which exists; add -Dbriefwright.force to "
                    + "replace it with the default"));
        } catch (BuildException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }
}
