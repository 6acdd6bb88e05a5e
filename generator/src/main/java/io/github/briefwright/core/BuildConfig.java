package io.github.briefwright.core;

import io.github.briefwright.core.model.ParentSite;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything one build needs to know. Immutable; made with {@link #builder()}.
 *
 * @param seedDirectory     folder read recursively for {@code .txt} and {@code .md} seeds
 * @param outputDirectory   folder the site is written to (replaced as a whole when the build succeeds)
 * @param templateDirectory user templates that override the default theme, or {@code null}
 * @param projectDirectory  the user's project folder, which the output may never be, or {@code null}
 * @param baseUrl           absolute URL the site will be published at, or {@code null}
 * @param siteTitle         the site's name, shown in every page header
 * @param encoding          encoding of the seed files
 * @param includeDrafts     whether seeds marked {@code draft: true} are published
 * @param allowRawHtml      whether raw HTML in Markdown seeds is kept as written instead of sanitised
 * @param noisePatterns     the user's own noise patterns (regular expressions), added to the built-in rules
 * @param disabledNoiseRules names of built-in noise rules to turn off
 * @param glossaryFile      the glossary, or {@code null} for {@code glossary.yml} (or {@code .yaml}) in the seed
 *                          folder when there is one
 * @param limits            how much one seed may hold ({@link Limits#DEFAULT} when {@code null})
 * @param parentSite        the site this one belongs to (a project's Maven site, say), which every page links
 *                          back to, or {@code null}
 * @param cacheDirectory    folder for the cache of analysed seeds, kept between builds (in a Maven build,
 *                          {@code target/briefwright-cache}), or {@code null} for none: every build then reads and
 *                          analyses every seed (a builder still remembers its own earlier builds, for the preview
 *                          server)
 */
public record BuildConfig(
        Path seedDirectory,
        Path outputDirectory,
        Path templateDirectory,
        Path projectDirectory,
        String baseUrl,
        String siteTitle,
        Charset encoding,
        boolean includeDrafts,
        boolean allowRawHtml,
        List<String> noisePatterns,
        List<String> disabledNoiseRules,
        Path glossaryFile,
        Limits limits,
        ParentSite parentSite,
        Path cacheDirectory) {

    public BuildConfig {
        Objects.requireNonNull(seedDirectory, "seedDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(encoding, "encoding");
        seedDirectory = seedDirectory.toAbsolutePath().normalize();
        outputDirectory = outputDirectory.toAbsolutePath().normalize();
        templateDirectory = templateDirectory == null ? null : templateDirectory.toAbsolutePath().normalize();
        projectDirectory = projectDirectory == null ? null : projectDirectory.toAbsolutePath().normalize();
        baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.strip();
        siteTitle = siteTitle == null || siteTitle.isBlank() ? "Briefings" : siteTitle.strip();
        noisePatterns = noisePatterns == null ? List.of() : List.copyOf(noisePatterns);
        disabledNoiseRules = disabledNoiseRules == null ? List.of() : List.copyOf(disabledNoiseRules);
        glossaryFile = glossaryFile == null ? null : glossaryFile.toAbsolutePath().normalize();
        limits = limits == null ? Limits.DEFAULT : limits;
        cacheDirectory = cacheDirectory == null ? null : cacheDirectory.toAbsolutePath().normalize();
    }

    /** This configuration with another cache folder ({@code null}: none). */
    public BuildConfig withCacheDirectory(Path value) {
        return new BuildConfig(seedDirectory, outputDirectory, templateDirectory, projectDirectory, baseUrl, siteTitle,
                encoding, includeDrafts, allowRawHtml, noisePatterns, disabledNoiseRules, glossaryFile, limits,
                parentSite, value);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder; only the two folders are required. */
    public static final class Builder {
        private Path seedDirectory;
        private Path outputDirectory;
        private Path templateDirectory;
        private Path projectDirectory;
        private String baseUrl;
        private String siteTitle;
        private Charset encoding = StandardCharsets.UTF_8;
        private boolean includeDrafts;
        private boolean allowRawHtml;
        private List<String> noisePatterns = List.of();
        private List<String> disabledNoiseRules = List.of();
        private Path glossaryFile;
        private Limits limits = Limits.DEFAULT;
        private ParentSite parentSite;
        private Path cacheDirectory;

        private Builder() {
        }

        public Builder seedDirectory(Path value) {
            seedDirectory = value;
            return this;
        }

        public Builder outputDirectory(Path value) {
            outputDirectory = value;
            return this;
        }

        public Builder templateDirectory(Path value) {
            templateDirectory = value;
            return this;
        }

        public Builder projectDirectory(Path value) {
            projectDirectory = value;
            return this;
        }

        public Builder baseUrl(String value) {
            baseUrl = value;
            return this;
        }

        public Builder siteTitle(String value) {
            siteTitle = value;
            return this;
        }

        public Builder encoding(Charset value) {
            encoding = value;
            return this;
        }

        public Builder includeDrafts(boolean value) {
            includeDrafts = value;
            return this;
        }

        public Builder allowRawHtml(boolean value) {
            allowRawHtml = value;
            return this;
        }

        public Builder noisePatterns(List<String> value) {
            noisePatterns = value;
            return this;
        }

        public Builder disabledNoiseRules(List<String> value) {
            disabledNoiseRules = value;
            return this;
        }

        public Builder glossaryFile(Path value) {
            glossaryFile = value;
            return this;
        }

        public Builder limits(Limits value) {
            limits = value;
            return this;
        }

        public Builder parentSite(ParentSite value) {
            parentSite = value;
            return this;
        }

        public Builder cacheDirectory(Path value) {
            cacheDirectory = value;
            return this;
        }

        public BuildConfig build() {
            return new BuildConfig(seedDirectory, outputDirectory, templateDirectory, projectDirectory,
                    baseUrl, siteTitle, encoding, includeDrafts, allowRawHtml, noisePatterns, disabledNoiseRules,
                    glossaryFile, limits, parentSite, cacheDirectory);
        }
    }
}
