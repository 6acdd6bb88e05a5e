package io.github.briefwright.maven;

import io.github.briefwright.core.BuildConfig;
import io.github.briefwright.core.BuildException;
import io.github.briefwright.core.BuildResult;
import io.github.briefwright.core.Reporter;
import io.github.briefwright.core.SiteBuilder;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
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
public final class BuildMojo extends AbstractMojo {

    private static final String STANDALONE = "standalone-pom";

    /**
     * Folder of seed texts, read recursively for {@code .txt} and {@code .md} files.
     *
     * @since 0.1.0
     */
    @Parameter(property = "briefwright.seedDirectory", defaultValue = "${project.basedir}/src/main/seeds")
    private File seedDirectory;

    /**
     * Folder the site is written to. It is replaced on every successful build; files another tool wrote into
     * it (maven-site-plugin's pages, say) are kept.
     *
     * @since 0.1.0
     */
    @Parameter(property = "briefwright.outputDirectory", defaultValue = "${project.reporting.outputDirectory}")
    private File outputDirectory;

    /**
     * Folder of templates and {@code assets/} that override the default theme file by file. Optional.
     *
     * @since 0.1.0
     */
    @Parameter(property = "briefwright.templateDirectory", defaultValue = "${project.basedir}/src/main/templates")
    private File templateDirectory;

    /**
     * Absolute URL the site will be published at, such as {@code https://example.org/briefings/}. Links inside
     * the site stay relative either way.
     *
     * @since 0.1.0
     */
    @Parameter(property = "briefwright.baseUrl")
    private String baseUrl;

    /**
     * The site's name, shown in every page header. Defaults to the project's name.
     *
     * @since 0.1.0
     */
    @Parameter(property = "briefwright.siteTitle", defaultValue = "${project.name}")
    private String siteTitle;

    /**
     * Publish seeds whose front matter says {@code draft: true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "briefwright.drafts", defaultValue = "false")
    private boolean drafts;

    /**
     * Keep raw HTML in Markdown seeds as written. Off by default: raw HTML is sanitised, since seeds are text
     * pasted from anywhere.
     *
     * @since 0.1.0
     */
    @Parameter(property = "briefwright.allowRawHtml", defaultValue = "false")
    private boolean allowRawHtml;

    /**
     * Extra noise patterns: Java regular expressions, found case-insensitively in short blocks of raw pastes;
     * a block they find is removed from the body (reason {@code custom}) and listed as removed.
     *
     * @since 0.1.0
     */
    @Parameter(property = "briefwright.noisePatterns")
    private List<String> noisePatterns;

    /**
     * Built-in noise rules to turn off, by name (the reason they give): {@code paywall}, {@code subscribe},
     * {@code sign-in}, {@code newsletter}, {@code share}, {@code advertisement}, {@code related}, {@code more-by},
     * {@code photo-credit}, {@code cookie}, {@code tags}, {@code comments}, {@code listen}, {@code app-promo},
     * {@code breadcrumb}, {@code copyright}, {@code reading-time}, {@code print-chrome}, {@code email-chrome},
     * {@code wire-credit}, {@code press-boilerplate}, {@code follow}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "briefwright.disabledNoiseRules")
    private List<String> disabledNoiseRules;

    /**
     * The glossary: a YAML list of entries ({@code name}, {@code type}, {@code aliases}, {@code description},
     * {@code link}) applied to every briefing. Defaults to {@code glossary.yml} in the seed folder, when it exists.
     *
     * @since 0.1.0
     */
    @Parameter(property = "briefwright.glossary")
    private File glossary;

    /**
     * Encoding of the seed files.
     *
     * @since 0.1.0
     */
    @Parameter(property = "briefwright.encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    /**
     * Skip the build.
     *
     * @since 0.1.0
     */
    @Parameter(property = "briefwright.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File basedir;

    @Parameter(defaultValue = "${project.artifactId}", readonly = true)
    private String artifactId;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the briefing site (briefwright.skip=true).");
            return;
        }
        boolean project = !STANDALONE.equals(artifactId);
        BuildConfig config = BuildConfig.builder()
                .seedDirectory(seedDirectory.toPath())
                .outputDirectory(outputDirectory.toPath())
                .templateDirectory(templateDirectory == null ? null : templateDirectory.toPath())
                .projectDirectory(basedir == null ? null : basedir.toPath())
                .baseUrl(baseUrl)
                .siteTitle(project ? siteTitle : null)
                .encoding(charset())
                .includeDrafts(drafts)
                .allowRawHtml(allowRawHtml)
                .noisePatterns(noisePatterns)
                .disabledNoiseRules(disabledNoiseRules)
                .glossaryFile(glossary == null ? null : glossary.toPath())
                .build();
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

    private Charset charset() throws MojoFailureException {
        if (encoding == null || encoding.isBlank()) {
            getLog().warn("project.build.sourceEncoding is not set; reading seeds as UTF-8. "
                    + "Set it (or briefwright.encoding) to silence this warning.");
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MojoFailureException("Unknown encoding '" + encoding + "' (project.build.sourceEncoding or "
                    + "briefwright.encoding); use a name such as UTF-8.");
        }
    }

    static Reporter reporter(Log log) {
        return new Reporter() {
            @Override
            public void info(String message) {
                log.info(message);
            }

            @Override
            public void warn(String message) {
                log.warn(message);
            }

            @Override
            public void debug(String message) {
                log.debug(message);
            }
        };
    }
}
