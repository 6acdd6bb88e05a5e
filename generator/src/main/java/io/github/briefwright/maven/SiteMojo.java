package io.github.briefwright.maven;

import io.github.briefwright.core.BuildConfig;
import io.github.briefwright.core.BuildResult;
import io.github.briefwright.core.Limits;
import io.github.briefwright.core.Reporter;
import io.github.briefwright.core.model.ParentSite;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters of the goals that build the site ({@code build}, {@code serve}, {@code report}), and their
 * mapping to the core's {@link BuildConfig}. One level, no more: each goal adds its own parameters and calls the
 * core.
 */
abstract class SiteMojo extends AbstractMojo {

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
     * it (maven-site-plugin's pages, say) are kept, but an {@code index.html} another tool wrote stops the build:
     * the briefing site never takes over another site's home page. The {@code report} goal ignores it and
     * writes to {@code briefings/} in the Maven site.
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
     * {@code wire-credit}, {@code press-boilerplate}, {@code follow}; and {@code page-furniture}, the learned
     * classifier that runs after the rules on {@code .txt} pastes.
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
     * Largest seed file, in bytes; a larger seed stops the build, naming it. Default: 16 MiB.
     *
     * @since 0.1.0
     */
    @Parameter(property = Limits.SEED_BYTES)
    private Long maxSeedBytes;

    /**
     * Longest line of a seed, in characters; a longer line stops the build at that line. Default: 200,000.
     *
     * @since 0.1.0
     */
    @Parameter(property = Limits.LINE_LENGTH)
    private Integer maxLineLength;

    /**
     * Deepest nesting of block quotes and lists in a Markdown seed; deeper nesting stops the build at that line.
     * Default: 32.
     *
     * @since 0.1.0
     */
    @Parameter(property = Limits.NESTING)
    private Integer maxNesting;

    /**
     * Most footnotes and CriticMarkup notes shown for one seed; the rest stay in the text as written and the
     * build warns. Default: 2,000.
     *
     * @since 0.1.0
     */
    @Parameter(property = Limits.NOTES)
    private Integer maxNotes;

    /**
     * Most distinct entities kept for one briefing; the build warns when a seed has more. Default: 2,000.
     *
     * @since 0.1.0
     */
    @Parameter(property = Limits.ENTITIES)
    private Integer maxEntities;

    /**
     * Most timeline items kept for one briefing; the build warns when a seed has more. Default: 2,000.
     *
     * @since 0.1.0
     */
    @Parameter(property = Limits.DATED_ITEMS)
    private Integer maxDatedItems;

    /**
     * Address of the site the briefing site belongs to, such as the project's Maven site: every page links back
     * to it. A path relative to the briefing site's root (such as {@code ../index.html}) or an {@code http(s)}
     * address. Optional; the {@code report} goal links back to the project's site when it is not set.
     *
     * @since 0.1.0
     */
    @Parameter(property = "briefwright.parentSiteHref")
    private String parentSiteHref;

    /**
     * Text of the link back to the parent site ({@code parentSiteHref}). Defaults to the project's name.
     *
     * @since 0.1.0
     */
    @Parameter(property = "briefwright.parentSiteLabel", defaultValue = "${project.name}")
    private String parentSiteLabel;

    /**
     * Folder for the cache of analysed seeds, kept between builds: a seed whose bytes, glossary, configuration
     * and Briefwright are unchanged is not read and analysed again. Safe to delete at any time; {@code mvn clean}
     * does. Default: {@code ${project.build.directory}/briefwright-cache}; run without a project, the goal keeps
     * no cache unless this is set.
     *
     * @since 0.1.0
     */
    @Parameter(property = "briefwright.cacheDirectory")
    private File cacheDirectory;

    /**
     * Whether to use the cache of analysed seeds ({@code cacheDirectory}); with {@code false} every build reads
     * and analyses every seed.
     *
     * @since 0.1.0
     */
    @Parameter(property = "briefwright.cache", defaultValue = "true")
    private boolean cache;

    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File basedir;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    private File buildDirectory;

    @Parameter(defaultValue = "${project.artifactId}", readonly = true)
    private String artifactId;

    /** The core's configuration for these parameters. */
    protected BuildConfig config(boolean drafts) throws MojoFailureException {
        return configBuilder(drafts).build();
    }

    /**
     * The core's configuration for these parameters, to be completed: a goal that writes elsewhere (the report)
     * sets its own output folder and parent site.
     */
    protected BuildConfig.Builder configBuilder(boolean drafts) throws MojoFailureException {
        boolean project = !STANDALONE.equals(artifactId);
        return BuildConfig.builder()
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
                .limits(limits())
                .cacheDirectory(cacheDirectory(project))
                .parentSite(parentSite(parentSiteHref));
    }

    /**
     * The cache folder: as configured, else {@code briefwright-cache} in the project's build folder; none when the
     * cache is off, or without a project and not configured (a goal run in any folder writes only its output).
     */
    private java.nio.file.Path cacheDirectory(boolean project) {
        if (!cache) {
            return null;
        }
        if (cacheDirectory != null) {
            return cacheDirectory.toPath();
        }
        return project && buildDirectory != null ? buildDirectory.toPath().resolve("briefwright-cache") : null;
    }

    /** The parent site at {@code href} (none when it is blank), labelled with {@code parentSiteLabel}. */
    protected ParentSite parentSite(String href) throws MojoFailureException {
        if (href == null || href.isBlank()) {
            return null;
        }
        try {
            return ParentSite.of(parentSiteLabel, href);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("briefwright.parentSiteHref: " + e.getMessage() + ".");
        }
    }

    /** The configured address of the parent site, or {@code null}. */
    protected String parentSiteHref() {
        return parentSiteHref == null || parentSiteHref.isBlank() ? null : parentSiteHref;
    }

    private Limits limits() throws MojoFailureException {
        try {
            return Limits.DEFAULT.with(maxSeedBytes, maxLineLength, maxNesting, maxNotes, maxEntities, maxDatedItems);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
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

    /** Logs what a build did. */
    protected void logResult(BuildResult result) {
        getLog().info(String.format("Briefing site: %d briefings, %d entities, %d files (%d written), %d skipped, "
                + "%d warnings; seeds %d analysed, %d from cache; in %d ms (%s) -> %s",
                result.briefings(), result.entities(), result.pages(), result.pagesWritten(), result.skipped().size(),
                result.warnings().size(),
                result.seedsAnalysed(), result.seedsCached(),
                result.stageMillis().getOrDefault("total", 0L),
                result.stageMillis().entrySet().stream().filter(e -> !e.getKey().equals("total"))
                        .map(e -> e.getKey() + " " + e.getValue() + " ms").collect(Collectors.joining(", ")),
                result.output().resolve("index.html")));
        if (!result.skipped().isEmpty()) {
            getLog().info("Skipped seeds: " + result.skipped().stream().map(p -> p.file())
                    .collect(Collectors.joining(", ")));
        }
    }

    /** The folder seeds are read from. */
    protected File seedDirectory() {
        return seedDirectory;
    }

    protected static Reporter reporter(Log log) {
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
