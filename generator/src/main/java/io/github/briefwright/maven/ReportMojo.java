package io.github.briefwright.maven;

import io.github.briefwright.core.BuildConfig;
import io.github.briefwright.core.BuildException;
import io.github.briefwright.core.BuildResult;
import io.github.briefwright.core.SiteBuilder;
import io.github.briefwright.core.model.BriefingSummary;
import java.io.File;
import java.util.List;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The briefings as a report of the project's Maven site: with the plugin in {@code <reporting>}, {@code mvn site}
 * adds a "Briefings" page under Project Reports, in the project's skin, that lists the briefings newest first
 * with their dates, authors and summaries, and writes the full briefing site to {@code briefings/} beside it,
 * linking back to the project's site. The project's own home page stays. It takes the same parameters as
 * {@code build} (seed folder, templates, glossary, limits…) except the output folder, which is always
 * {@code briefings/} in the site. In a multi-module build each module's briefings stay in its own site, and a
 * module without a seed folder has no such report. Run alone ({@code mvn briefwright:report}), it writes the
 * briefing site only; the listing page is a page of the Maven site.
 *
 * @since 0.1.0
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public final class ReportMojo extends SiteMojo implements MavenReport {

    /** The report page's name in the site, and the folder the briefing site is written to beside it. */
    static final String OUTPUT_NAME = "briefings";

    /** The link back from the briefing site when {@code parentSiteHref} is not set: the project's home page. */
    static final String PROJECT_HOME = "../index.html";

    /**
     * Skip the report.
     *
     * @since 0.1.0
     */
    @Parameter(property = "briefwright.skip", defaultValue = "false")
    private boolean skip;

    /** The folder the Maven site is written to; maven-site-plugin sets it for each module and language. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    private File reportingDirectory;

    /** Run alone: builds the briefing site into the site's {@code briefings/} folder. */
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the briefings report (briefwright.skip=true).");
            return;
        }
        try {
            build();
        } catch (BuildException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        getLog().info("The Briefings page that lists them is made by mvn site, with the plugin in <reporting>.");
    }

    /** Builds the briefing site into {@code briefings/} and writes the report page listing its briefings. */
    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        BuildResult result;
        try {
            result = build();
        } catch (MojoFailureException e) {
            throw new MavenReportException(e.getMessage(), e);
        } catch (BuildException e) {
            // the site plugin shows the cause only with -e: the file:line messages go to the log as well
            getLog().error(e.getMessage());
            throw new MavenReportException(e.getMessage(), e);
        }
        page(sink, result.summaries());
    }

    private BuildResult build() throws MojoFailureException, BuildException {
        String back = parentSiteHref() == null ? PROJECT_HOME : parentSiteHref();
        BuildConfig config = configBuilder(false)
                .outputDirectory(briefingSite().toPath())
                .parentSite(parentSite(back))
                .build();
        BuildResult result = new SiteBuilder(config, reporter(getLog())).build();
        logResult(result);
        return result;
    }

    /** The folder the briefing site is written to: {@code briefings/} in the Maven site. */
    File briefingSite() {
        return new File(reportingDirectory, OUTPUT_NAME);
    }

    /**
     * The report page, through the site's sink (so in the project's skin): the briefings newest first, each with
     * its title linking to its page in the briefing site, its date, authors and summary.
     */
    static void page(Sink sink, List<BriefingSummary> briefings) {
        String title = "Briefings";
        sink.head();
        sink.title();
        sink.text(title);
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text(title);
        sink.sectionTitle1_();
        sink.paragraph();
        sink.text(briefings.size() == 1 ? "1 briefing, " : briefings.size() + " briefings, ");
        sink.text("newest first. The ");
        sink.link(OUTPUT_NAME + "/index.html");
        sink.text("briefing site");
        sink.link_();
        sink.text(" has them in full, with their people, organisations and places, a timeline and search.");
        sink.paragraph_();
        for (BriefingSummary briefing : briefings) {
            sink.section2();
            sink.sectionTitle2();
            sink.link(OUTPUT_NAME + "/" + briefing.path());
            sink.text(briefing.title());
            sink.link_();
            sink.sectionTitle2_();
            if (briefing.date() != null || !briefing.authors().isEmpty()) {
                sink.paragraph();
                if (briefing.date() != null) {
                    sink.time(briefing.date());
                    sink.text(briefing.date());
                    sink.time_();
                }
                if (!briefing.authors().isEmpty()) {
                    sink.text((briefing.date() == null ? "By " : " · By ") + String.join(", ", briefing.authors()));
                }
                sink.paragraph_();
            }
            String summary = briefing.summary() != null && !briefing.summary().isBlank() ? briefing.summary()
                    : briefing.dek();
            if (summary != null && !summary.isBlank()) {
                sink.paragraph();
                sink.text(summary);
                sink.paragraph_();
            }
            sink.section2_();
        }
        sink.section1_();
        sink.body_();
        sink.flush();
    }

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "Briefings";
    }

    @Override
    public String getDescription(Locale locale) {
        return "The project's briefings, newest first, and the full briefing site made from its seed texts.";
    }

    @Override
    public void setReportOutputDirectory(File outputDirectory) {
        reportingDirectory = outputDirectory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportingDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    /** Not when skipped, nor in a module without a seed folder (a parent POM, say). */
    @Override
    public boolean canGenerateReport() {
        if (skip) {
            getLog().info("Skipping the briefings report (briefwright.skip=true).");
            return false;
        }
        if (!seedDirectory().isDirectory()) {
            getLog().info("No briefings report: there is no seed folder " + seedDirectory() + ".");
            return false;
        }
        return true;
    }
}
