package io.github.briefwright.core;

import io.github.briefwright.core.analyse.Analyzer;
import io.github.briefwright.core.cache.CodeVersion;
import io.github.briefwright.core.cache.Fingerprint;
import io.github.briefwright.core.cache.SeedCache;
import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.load.SeedException;
import io.github.briefwright.core.load.SeedLoader;
import io.github.briefwright.core.model.Briefing;
import io.github.briefwright.core.model.BriefingSummary;
import io.github.briefwright.core.model.Paragraph;
import io.github.briefwright.core.model.SiteInfo;
import io.github.briefwright.core.model.Collection;
import io.github.briefwright.core.model.TimelineChart;
import io.github.briefwright.core.model.TimelineEntry;
import io.github.briefwright.core.parse.Document;
import io.github.briefwright.core.parse.DocumentParser;
import io.github.briefwright.core.model.EntityPage;
import io.github.briefwright.core.render.BriefingJson;
import io.github.briefwright.core.render.EntityIndex;
import io.github.briefwright.core.render.JsonFeed;
import io.github.briefwright.core.render.SearchIndex;
import io.github.briefwright.core.render.SiteIndexes;
import io.github.briefwright.core.render.Page;
import io.github.briefwright.core.render.PageKeys;
import io.github.briefwright.core.render.PageRenderer;
import io.github.briefwright.core.render.PageRenderer.RenderException;
import io.github.briefwright.core.render.Theme;
import io.github.briefwright.core.structure.NoiseRules;
import io.github.briefwright.core.structure.Structurer;
import io.github.briefwright.core.write.SiteWriter;
import io.github.briefwright.core.write.Staging;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * Builds a briefing site: load → structure → parse → analyse → render → write. Each seed goes through the
 * stages on its own (in parallel); the index is made from small per-briefing summaries. Nothing is written to
 * the output folder unless the whole build succeeds.
 */
public final class SiteBuilder {

    /** The generator name and version, as pages and feeds show it. */
    public static final String GENERATOR = "Briefwright "
            + Objects.requireNonNullElse(SiteBuilder.class.getPackage().getImplementationVersion(), "dev");

    /** How many briefings the feeds carry. */
    static final int FEED_SIZE = 20;
    /** How many briefings a page of the home page lists. */
    static final int PAGE_SIZE = 100;
    /** How many dated items a page of the timeline lists. */
    static final int TIMELINE_PAGE_SIZE = 500;
    /** On large sites, a progress line every this many seeds. */
    static final int PROGRESS_EVERY = 1000;

    private final BuildConfig config;
    private final Reporter reporter;
    private final Structurer structurer;
    private final DocumentParser parser;
    private Analyzer analyzer = new Analyzer();
    private final Map<String, Long> stageMillis = new LinkedHashMap<>();
    /** The cache of analysed seeds kept between builds, or {@code null} when the configuration has none. */
    private final SeedCache cache;
    /** Seeds read and analysed, and seeds taken from the cache (or remembered), by the current build. */
    private final java.util.concurrent.atomic.AtomicInteger analysed = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger cached = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * @throws BuildException when the configuration is invalid (an unknown noise rule, a bad pattern)
     */
    public SiteBuilder(BuildConfig config, Reporter reporter) throws BuildException {
        this(config, reporter, false);
    }

    /**
     * A builder for the preview server, which builds again after every change: its first build reads every seed
     * (from the cache when it can) even when nothing changed since the last build, so that it holds what an edit
     * needs, and the first edit is as quick as the next.
     */
    public static SiteBuilder forPreview(BuildConfig config, Reporter reporter) throws BuildException {
        return new SiteBuilder(config, reporter, true);
    }

    /** Whether this builder is the preview server's: it never stops early on unchanged inputs. */
    private final boolean preview;

    private SiteBuilder(BuildConfig config, Reporter reporter, boolean preview) throws BuildException {
        this.preview = preview;
        this.config = config;
        this.reporter = reporter;
        this.parser = new DocumentParser(config.allowRawHtml());
        try {
            this.structurer = new Structurer(NoiseRules.of(config.disabledNoiseRules(), config.noisePatterns()));
        } catch (IllegalArgumentException e) {
            throw new BuildException("Invalid noise configuration: " + e.getMessage());
        }
        Path cacheFolder = cacheFolder(config, reporter);
        this.cache = cacheFolder == null ? null : new SeedCache(cacheFolder, reporter);
    }

    /**
     * The configured cache folder, or {@code null} (with a warning) when it is (or is in) the seed, template or
     * output folder: its files would be published, replaced with the site, or (seen by the preview server) start
     * a new build.
     */
    private static Path cacheFolder(BuildConfig config, Reporter reporter) {
        Path folder = config.cacheDirectory();
        if (folder == null) {
            return null;
        }
        for (Path other : java.util.Arrays.asList(config.seedDirectory(), config.templateDirectory(),
                config.outputDirectory())) {
            if (other != null && folder.startsWith(other)) {
                reporter.warn(Problem.printable("The cache folder " + folder + " is in " + other + ", so this build "
                        + "goes without the cache; give it a folder of its own (briefwright.cacheDirectory), such as "
                        + "target/briefwright-cache."));
                return null;
            }
        }
        return folder;
    }

    /**
     * Everything besides a seed's own name and bytes that its analysed outcome depends on: this code (and the
     * libraries and Java it runs on, when there is a persistent cache), the configuration that the load,
     * structure, parse and analyse stages read, and the glossary.
     */
    private Fingerprint seedWork(List<io.github.briefwright.core.model.GlossaryEntry> glossary) {
        Fingerprint fingerprint = new Fingerprint().add("briefwright-seed").add(SeedCache.FORMAT);
        if (cache != null) {
            fingerprint.add(CodeVersion.of(GENERATOR, List.of(SiteBuilder.class, org.commonmark.parser.Parser.class,
                    org.commonmark.ext.gfm.tables.TablesExtension.class, org.jsoup.Jsoup.class,
                    org.snakeyaml.engine.v2.api.LoadSettings.class)));
        }
        Limits limits = config.limits();
        fingerprint.add(config.seedDirectory().toString()).add(config.encoding().name())
                .add(config.includeDrafts()).add(config.allowRawHtml())
                .add(config.noisePatterns()).add(config.disabledNoiseRules())
                .add(limits.seedBytes()).add(limits.lineLength()).add(limits.nesting()).add(limits.notes())
                .add(limits.entities()).add(limits.datedItems());
        fingerprint.add(glossary.size());
        for (var entry : glossary) {
            fingerprint.add(entry.name()).add(entry.aliases()).add(entry.type()).add(entry.description())
                    .add(entry.link());
        }
        return fingerprint;
    }

    /** Builds the whole site into the configured output folder. */
    public BuildResult build() throws BuildException {
        return build(null);
    }

    /**
     * Builds the whole site into the configured output folder, told what changed since this builder's last build.
     *
     * @param changed the paths a file watcher saw created, changed or deleted since this builder's last build, or
     *                {@code null} when that is not known; with it, the seed folder is not listed again but for those
     *                paths, when they tell what a listing would find ({@link SeedLoader#relisted})
     */
    public BuildResult build(java.util.Collection<Path> changed) throws BuildException {
        seedChanges = changed;
        try {
            return buildAll();
        } finally {
            seedChanges = null;
        }
    }

    /** What {@link #build(java.util.Collection)} was told changed, for this build's listing of the seeds. */
    private java.util.Collection<Path> seedChanges;
    /** This builder's last listing of the seed folder, or {@code null}. */
    private SeedLoader.Listing lastListing;

    private BuildResult buildAll() throws BuildException {
        SiteWriter writer = SiteWriter.forOutput(config.outputDirectory(), config.seedDirectory(),
                config.templateDirectory(), config.glossaryFile() == null ? null : config.glossaryFile().getParent(), config.projectDirectory());
        if (!Files.isDirectory(config.seedDirectory())) {
            throw new BuildException("The seed folder " + config.seedDirectory() + " does not exist; create it "
                    + "and put .txt or .md seeds in it, or set briefwright.seedDirectory.");
        }
        long start = System.nanoTime();
        Theme theme = Theme.load(config.templateDirectory());
        if (lastTheme != null && lastTheme.fingerprint().equals(theme.fingerprint())
                && lastTheme.warnings().equals(theme.warnings())) {
            theme = lastTheme; // the same files: its templates, parsed by the last build, serve again
        }
        lastTheme = theme;
        List<Problem> warnings = new ArrayList<>(theme.warnings());
        List<io.github.briefwright.core.model.GlossaryEntry> glossary = glossary(warnings);
        analyzer = new Analyzer(glossary);
        seedWork = seedWork(glossary);
        seedWorkKey = seedWork.copy().hex();
        List<Path> files = seedFiles(warnings);
        long startedAt = System.currentTimeMillis();
        // the inputs are kept for the next run after a builder's first build, and compared only before it
        LastBuild.Inputs inputs = cache == null || builtInputs != null ? null : LastBuild.inputs(new Fingerprint().add(seedWorkKey)
                .add(theme.fingerprint()).add(renderCode()).add(config.siteTitle()).add(config.baseUrl())
                .add(String.valueOf(config.parentSite())).hex(), config.seedDirectory(), files, listed);
        int early = warnings.size();
        if (inputs != null && !preview) {
            BuildResult same = unchanged(writer.output(), inputs, warnings, files.size(), start);
            if (same != null) {
                return same;
            }
        }
        stageMillis.put("inputs", (System.nanoTime() - start) / 1_000_000);
        List<Seeded> outcomes = briefings(files);
        List<Problem> errors = new ArrayList<>();
        List<Problem> skipped = new ArrayList<>();
        List<HeldBriefing> briefings = new ArrayList<>();
        List<String> contentKeys = new ArrayList<>();
        for (Seeded seeded : outcomes) {
            Outcome outcome = seeded.outcome();
            errors.addAll(outcome.errors());
            warnings.addAll(outcome.warnings());
            if (outcome.skipped() != null) {
                skipped.add(outcome.skipped());
            } else if (seeded.held() != null) {
                briefings.add(seeded.held());
                contentKeys.add(seeded.key());
            }
        }
        if (!errors.isEmpty()) {
            long bad = errors.stream().map(Problem::file).distinct().count();
            throw new BuildException(bad + (bad == 1 ? " seed" : " seeds") + " in " + config.seedDirectory()
                    + " cannot be used; nothing was written:", errors);
        }
        briefings = uniqueSlugs(briefings, warnings);
        Map<String, String> contentBySlug = new HashMap<>();
        for (int i = 0; i < briefings.size(); i++) {
            contentBySlug.put(briefings.get(i).slug(), contentKeys.get(i));
        }
        long writeStart = System.nanoTime();
        // cross-briefing values come from small summaries, made first, so that every page can use them
        Map<String, Summarized> summaries;
        List<BriefingSummary> newest;
        Written written;
        try {
            summaries = summarize(briefings, contentBySlug);
            Map<BriefingSummary, Dated> instants = new IdentityHashMap<>(summaries.size() * 2);
            newest = newestFirst(summaries.values().stream().map(Summarized::summary).toList(), lastInstants, instants);
            lastInstants = instants;
            stageMillis.put("summaries", (System.nanoTime() - writeStart) / 1_000_000);
            written = write(writer, theme, briefings, contentBySlug, summaries, newest, warnings, writeStart);
        } catch (HeldBriefing.Gone e) {
            throw new BuildException(e.getMessage() + "; the previous site is untouched.");
        }
        stageMillis.put("total", (System.nanoTime() - start) / 1_000_000);
        warnings.forEach(problem -> reporter.warn(problem.toString()));
        skipped.forEach(problem -> reporter.warn("skipped " + problem));
        int entities = written.entities();
        if (inputs != null && builtInputs == null) {
            // kept for the next run; a builder that builds again and again (the preview server) keeps only its
            // first build's, as writing every briefing's summary again at every edit would cost more than it saves
            builtInputs = inputs.digest();
            String key = lastBuildKey(writer.output());
            cache.writeRecord(summariesKey(key), new LastBuild.Summaries(newest));
            cache.writeRecord(key, new LastBuild(inputs.digest(), startedAt, briefings.size(), entities,
                    written.pages(), skipped, warnings.subList(early, warnings.size())));
        }
        return new BuildResult(writer.output(), briefings.size(), entities, written.pages(), skipped, warnings,
                stageMillis, newest, analysed.get(), cached.get(), written.rendered(), written.changed());
    }

    /** The theme of this builder's last build. */
    private Theme lastTheme;

    /** The digest of the inputs of this builder's first build, when it kept a record of it. */
    private String builtInputs;

    /** The cache key of the summaries kept with the last build whose record is under {@code key}. */
    private static String summariesKey(String key) {
        return new Fingerprint().add("briefwright-last-summaries").add(key).hex();
    }

    /** The cache key of the record of the last build into {@code output}. */
    private static String lastBuildKey(Path output) {
        return new Fingerprint().add("briefwright-last-build").add(output.toAbsolutePath().normalize().toString())
                .hex();
    }

    /**
     * The result of the last build into {@code output}, said again, when its inputs were these and the output
     * folder is still as it left it; else {@code null}, and the build goes the usual way.
     *
     * @param warnings what this build found so far (the theme, glossary and seed folder): said again with the rest
     */
    private BuildResult unchanged(Path output, LastBuild.Inputs inputs, List<Problem> warnings, int seeds,
            long start) {
        if (builtInputs != null) {
            return null; // this builder has built before: the preview server, which builds after a change
        }
        String key = lastBuildKey(output);
        LastBuild last = cache.readRecord(key, "the last build", LastBuild.class);
        if (last == null || !last.same(inputs) || !cache.hasRecord(summariesKey(key))) {
            return null;
        }
        io.github.briefwright.core.write.PageRecord pages = previousPages(output, pageRecordFile(output));
        if (pages == null || !pages.intact(output, last.pages())) {
            return null;
        }
        pageRecord = pages;
        pageRecordOutput = output;
        builtInputs = inputs.digest();
        List<Problem> all = new ArrayList<>(warnings);
        all.addAll(last.warnings());
        all.forEach(problem -> reporter.warn(problem.toString()));
        last.skipped().forEach(problem -> reporter.warn("skipped " + problem));
        reporter.info("Nothing changed since the last build: the site in " + output + " is up to date.");
        LastBuild said = new LastBuild(inputs.digest(), last.started(), last.briefings(), last.entities(),
                last.pages(), last.skipped(), all);
        String summaries = summariesKey(key);
        return said.result(output, (System.nanoTime() - start) / 1_000_000, seeds, new LastBuild.Later(() -> {
            LastBuild.Summaries kept = cache.readRecord(summaries, "the last build's briefings", LastBuild.Summaries.class);
            if (kept == null) {
                reporter.warn("The list of briefings kept with the last build is gone; build again with "
                        + "-Dbriefwright.cache=false to list them.");
                return List.of();
            }
            return kept.newest();
        }));
    }

    /**
     * The user's glossary: the configured file (anywhere, but a regular file), else {@code glossary.yml} or
     * {@code .yaml} in the seed folder when it is a file inside the folder; one that links out of the folder, or
     * is a special file, is skipped with a warning added to {@code warnings}.
     */
    private List<io.github.briefwright.core.model.GlossaryEntry> glossary(List<Problem> warnings) throws BuildException {
        Path file = config.glossaryFile();
        io.github.briefwright.core.load.FolderFiles folder = null;
        if (file == null) {
            folder = new io.github.briefwright.core.load.FolderFiles(config.seedDirectory(), "seed folder", "use");
            for (String name : List.of("glossary.yml", "glossary.yaml")) {
                Path candidate = config.seedDirectory().resolve(name);
                if (!Files.exists(candidate, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try {
                    var refusal = folder.check(candidate);
                    if (refusal.isPresent()) {
                        warnings.add(Problem.at(name, 0, refusal.get().skipped()));
                    } else {
                        file = candidate;
                    }
                } catch (IOException e) {
                    warnings.add(Problem.at(name, 0, "cannot be read (" + e.getMessage() + "); skipped"));
                }
            }
            if (file == null) {
                return List.of();
            }
        } else if (!Files.exists(file)) {
            throw new BuildException("The glossary " + file + " does not exist; create it or unset briefwright.glossary.");
        }
        String name = file.startsWith(config.seedDirectory()) ? config.seedDirectory().relativize(file).toString()
                : file.toString();
        try {
            List<io.github.briefwright.core.model.GlossaryEntry> entries = folder == null
                    ? io.github.briefwright.core.load.GlossaryReader.read(file, name, config.encoding(), config.limits())
                    : io.github.briefwright.core.load.GlossaryReader.read(folder, file, name, config.encoding(),
                            config.limits());
            reporter.debug("Glossary " + file + ": " + entries.size() + " entries");
            return entries;
        } catch (SeedException e) {
            throw new BuildException("The glossary cannot be used; nothing was written:", e.problems());
        }
    }

    /** What the listing of this build's seeds read of each regular file: its attributes. */
    private Map<Path, java.nio.file.attribute.BasicFileAttributes> listed = Map.of();

    /** The seeds; links out of the seed folder and special files are left out with a warning added to {@code warnings}. */
    private List<Path> seedFiles(List<Problem> warnings) throws BuildException {
        try {
            SeedLoader loader = new SeedLoader(config.seedDirectory(), config.encoding(), config.limits());
            SeedLoader.Listing last = lastListing;
            lastListing = null;
            // the last listing and what a watcher saw change since, when that tells; else the folder listed again
            SeedLoader.Listing listing = last != null && seedChanges != null ? loader.relisted(last, seedChanges) : null;
            if (listing == null) {
                listing = loader.list();
            }
            lastListing = listing;
            listed = listing.attributes();
            warnings.addAll(listing.warnings());
            return listing.files();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new BuildException("cannot list the seed folder " + config.seedDirectory() + ": " + e.getMessage());
        }
    }

    /**
     * Per-seed work: pure, independent, in parallel; results in seed order. With a cache, the entries this build did
     * not use are pruned afterwards.
     */
    private List<Seeded> briefings(List<Path> files) {
        long start = System.nanoTime();
        SeedLoader loader = new SeedLoader(config.seedDirectory(), config.encoding(), config.limits());
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        analysed.set(0);
        cached.set(0);
        int total = files.size();
        List<Seeded> outcomes = files.parallelStream().map(file -> {
            Seeded outcome = briefing(loader, file);
            int count = done.incrementAndGet();
            if (total >= PROGRESS_EVERY * 2 && count % PROGRESS_EVERY == 0) {
                reporter.info("Read " + count + " of " + total + " seeds");
            }
            return outcome;
        }).toList();
        if (cache != null) {
            // the preview server, which builds after every edit, looks only for the entries its last build used
            int pruned = preview ? cache.pruneSinceLast() : cache.prune();
            reporter.debug("Seeds: " + analysed.get() + " analysed, " + cached.get() + " from the cache; " + pruned
                    + " unused cache files deleted from " + cache.folder());
        }
        remembered.keySet().retainAll(new java.util.HashSet<>(files));
        stageMillis.put("seeds", (System.nanoTime() - start) / 1_000_000);
        return outcomes;
    }

    /**
     * What became of each seed in an earlier build by this builder, kept while the file (its size and time) and
     * {@link #seedWorkKey} (the glossary) are the same: the preview server builds again and again with one builder,
     * and only the seeds that changed are read again (and, when the cache has them, not analysed again).
     *
     * @param stored whether the outcome is in the persistent cache, under its seed's key
     */
    private record Remembered(long size, long modified, String work, boolean stored, Seeded seeded) {
    }

    /**
     * A seed's outcome and its key: a SHA-256 of everything the outcome follows from, {@link #seedWork}, the seed's
     * name and bytes; or {@code null} when it could not be read.
     */
    private record Seeded(Outcome outcome, String key, HeldBriefing held) {

        /** A seed's outcome with no briefing: an error, a skipped seed, or one that could not be read. */
        Seeded(Outcome outcome, String key) {
            this(outcome, key, null);
        }
    }

    /**
     * Whether briefings the cache can give again are held (softly) at all; tests turn it off to have every
     * briefing read again from the cache.
     */
    boolean holdBriefings = true;

    /**
     * A seed's outcome as this builder holds it: the briefing apart ({@link HeldBriefing}), softly when the cache
     * has it (under {@code key}) to give it again.
     */
    private Seeded seeded(SeedLoader loader, Outcome outcome, String key, boolean stored, Path file) {
        if (outcome.briefing() == null) {
            return new Seeded(outcome, key);
        }
        HeldBriefing held = stored
                ? HeldBriefing.softly(outcome.briefing(), () -> again(loader, key, file), holdBriefings)
                : HeldBriefing.strongly(outcome.briefing());
        return new Seeded(outcome.withoutBriefing(), key, held);
    }

    /** A seed's key: a SHA-256 over {@link #seedWork}, the seed's path in the folder, its name and its bytes. */
    private String seedKey(Path file, String name, byte[] bytes) {
        return seedWork.copy().add(config.seedDirectory().relativize(file).toString()).add(name).add(bytes).hex();
    }

    /**
     * A briefing read again from the cache, where it is under {@code key}; or, when its entry is gone, from its seed
     * analysed again while the seed is as it was.
     */
    private Briefing again(SeedLoader loader, String key, Path file) {
        String name = loader.relativeName(file);
        Outcome kept = cache.read(key, name, Outcome.class);
        if (kept != null && kept.briefing() != null) {
            return kept.briefing();
        }
        try {
            byte[] bytes = loader.read(file);
            if (key.equals(seedKey(file, name, bytes))) {
                Briefing briefing = fresh(loader, file, bytes).outcome().briefing();
                if (briefing != null) {
                    return briefing;
                }
            }
        } catch (SeedException e) {
            // said below
        }
        throw new HeldBriefing.Gone(name + " changed or became unreadable while the site was built, and the cache "
                + "no longer holds what was read of it; build again");
    }

    private final Map<Path, Remembered> remembered = new java.util.concurrent.ConcurrentHashMap<>();
    /** What every seed's outcome depends on in this build besides the seed itself; see {@link #seedWork}. */
    private Fingerprint seedWork = new Fingerprint();
    private String seedWorkKey = "";

    /**
     * One seed's outcome: remembered from this builder's last build when the file looks the same; else read (once)
     * and taken from the cache when an entry has the same key; else analysed, and stored in the cache. The key is
     * a SHA-256 over {@link #seedWork} (code, configuration, glossary), the seed's path in the folder and its
     * bytes.
     */
    private Seeded briefing(SeedLoader loader, Path file) {
        long size = -1;
        long modified = -1;
        try {
            // a regular file's attributes as the listing just read them; a link's target's asked for
            var attributes = listed.get(file);
            if (attributes == null) {
                attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            }
            size = attributes.size();
            modified = attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (IOException e) {
            // read below, which says what is wrong
        }
        Remembered known = remembered.get(file);
        if (known != null && size >= 0 && known.size() == size && known.modified() == modified
                && known.work().equals(seedWorkKey)) {
            if (cache != null && known.stored()) {
                cache.keep(known.seeded().key());
            }
            cached.incrementAndGet();
            return known.seeded();
        }
        byte[] bytes;
        try {
            bytes = loader.read(file);
        } catch (SeedException e) {
            // the file system's answer (refused, too large, unreadable) may change without the file: not kept
            remembered.remove(file);
            analysed.incrementAndGet();
            return new Seeded(new Outcome(null, e.problems(), List.of(), null), null);
        }
        String name = loader.relativeName(file);
        String key = seedKey(file, name, bytes);
        if (cache != null) {
            Outcome stored = cache.read(key, name, Outcome.class);
            if (stored != null) {
                cached.incrementAndGet();
                Seeded seeded = seeded(loader, stored, key, true, file);
                if (size >= 0) {
                    remembered.put(file, new Remembered(size, modified, seedWorkKey, true, seeded));
                }
                return seeded;
            }
        }
        analysed.incrementAndGet();
        Fresh made = fresh(loader, file, bytes);
        // held softly only when the cache has it to give again
        boolean stored = cache != null && made.lasting() && cache.write(key, made.outcome());
        Seeded seeded = seeded(loader, made.outcome(), made.lasting() ? key : null, stored, file);
        if (size >= 0) {
            remembered.put(file, new Remembered(size, modified, seedWorkKey, stored, seeded));
        }
        return seeded;
    }

    /**
     * A seed's outcome, and whether it lasts: follows from the seed's bytes, name and the {@link #seedWork}
     * alone, so that it may be cached. An outcome of running out of stack, or of an unexpected failure, is not.
     */
    private record Fresh(Outcome outcome, boolean lasting) {
    }

    private Fresh fresh(SeedLoader loader, Path file, byte[] bytes) {
        Seed seed;
        try {
            seed = loader.load(file, bytes);
        } catch (SeedException e) {
            return new Fresh(new Outcome(null, e.problems(), List.of(), null), true);
        }
        if (seed.frontMatter().draft() && !config.includeDrafts()) {
            return new Fresh(new Outcome(null, List.of(), seed.warnings(),
                    Problem.at(seed.sourceFile(), 0, "is a draft (draft: true); set briefwright.drafts to publish drafts")),
                    true);
        }
        List<Problem> warnings = new ArrayList<>(seed.warnings());
        Document document;
        Briefing briefing;
        try {
            document = parser.parse(structurer.structure(seed), config.limits(), warnings);
            briefing = analyzer.analyse(document, config.limits(), warnings);
        } catch (SeedException e) {
            return new Fresh(new Outcome(null, e.problems(), List.of(), null), true);
        } catch (StackOverflowError e) {
            return new Fresh(new Outcome(null, List.of(Problem.at(seed.sourceFile(), 0, "is nested too deeply to be read "
                    + "(the reader ran out of stack); flatten its quotes, lists, emphasis and links, or split it")),
                    List.of(), null), false);
        } catch (RuntimeException e) {
            return new Fresh(new Outcome(null, List.of(Problem.at(seed.sourceFile(), 0, "could not be read (" + e
                    + "); simplify the part that causes it or leave the file out, and please report it")),
                    List.of(), null), false);
        }
        if (briefing.sections().stream().allMatch(section -> section.paragraphs().stream()
                .allMatch(Outcome::isEmpty))) {
            String why = briefing.removed().isEmpty() ? "has no body text; add text or remove the file"
                    : "is all noise (" + briefing.removed().size() + " blocks removed as "
                    + briefing.removed().stream().map(r -> r.reason()).distinct().collect(java.util.stream.Collectors.joining(", "))
                    + "); if that is wrong, turn the rule off with briefwright.disabledNoiseRules";
            return new Fresh(new Outcome(null, List.of(), seed.warnings(), Problem.at(seed.sourceFile(), 0, why)), true);
        }
        if (seed.frontMatter().slug() != null && !seed.frontMatter().slug().equals(briefing.slug())) {
            warnings.add(Problem.at(seed.sourceFile(), 0, "slug '" + seed.frontMatter().slug()
                    + "' is not lowercase ASCII letters, digits and hyphens; using '" + briefing.slug() + "'"));
        }
        return new Fresh(new Outcome(briefing, List.of(), warnings, null), true);
    }

    /** Gives every briefing its own slug: on a collision, later seeds (in path order) get -2, -3… */
    private static List<HeldBriefing> uniqueSlugs(List<HeldBriefing> briefings, List<Problem> warnings) {
        Map<String, HeldBriefing> bySlug = new HashMap<>();
        List<HeldBriefing> unique = new ArrayList<>(briefings.size());
        for (HeldBriefing briefing : briefings) {
            String slug = briefing.slug();
            for (int n = 2; bySlug.containsKey(slug); n++) {
                slug = briefing.slug() + "-" + n;
            }
            if (!slug.equals(briefing.slug())) {
                warnings.add(Problem.at(briefing.sourceFile(), 0, "slug '" + briefing.slug() + "' is already used by "
                        + bySlug.get(briefing.slug()).sourceFile() + "; this briefing is published as '" + slug
                        + "'. Give one of them its own 'slug:' in the front matter."));
                briefing = briefing.withSlug(slug);
            }
            bySlug.put(slug, briefing);
            unique.add(briefing);
        }
        return unique;
    }

    /**
     * What the cross-briefing steps need of one briefing: its summary, a digest of the summary for the keys of
     * the pages that show it, and its search terms.
     */
    private record Summarized(BriefingSummary summary, String digest,
            java.util.concurrent.atomic.AtomicReference<SearchIndex.Terms> terms) {

        /** The briefing's search terms, found the first time the search index is written and kept. */
        SearchIndex.Terms terms(HeldBriefing briefing, Map<String, String> words) {
            SearchIndex.Terms known = terms.get();
            if (known == null) {
                known = SearchIndex.Terms.of(briefing.get(), words);
                terms.set(known);
            }
            return known;
        }
    }

    /**
     * What the cross-briefing steps need of each briefing, by the briefing's content key and slug, kept from this
     * builder's last build: the preview server builds again and again, and an edit changes one briefing.
     */
    private Map<String, Summarized> summarized = new java.util.concurrent.ConcurrentHashMap<>();
    /** The words of the search terms, shared by every briefing's {@link SearchIndex.Terms}. */
    private final Map<String, String> words = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Each briefing's {@link Summarized}, by slug (in parallel); those whose content and slug are unchanged since
     * this builder's last build are taken from it. The digest of a summary with a content key is that key's (the
     * summary follows from the briefing, and its path from the slug); of one without, its text's.
     */
    private Map<String, Summarized> summarize(List<HeldBriefing> briefings, Map<String, String> contentKeys) {
        Map<String, Summarized> kept = new java.util.concurrent.ConcurrentHashMap<>();
        List<Summarized> all = briefings.parallelStream().map(briefing -> {
            String content = contentKeys.get(briefing.slug());
            String key = content == null ? null : content + " " + briefing.slug();
            Summarized known = key == null ? null : summarized.get(key);
            if (known == null) {
                BriefingSummary summary = BriefingSummary.of(briefing.get(), SitePaths.briefing(briefing.slug()));
                known = new Summarized(summary, PageKeys.digest(key == null ? summary.toString() : "summary " + key),
                        new java.util.concurrent.atomic.AtomicReference<>());
            }
            if (key != null) {
                kept.put(key, known);
            }
            return known;
        }).toList();
        summarized = kept;
        Map<String, Summarized> bySlug = new LinkedHashMap<>();
        all.forEach(one -> bySlug.put(one.summary().slug(), one));
        return bySlug;
    }

    /**
     * What writing the site did: its files, how many were rendered or copied anew, and what changed; and how many
     * entities the site has.
     */
    private record Written(int pages, int rendered, java.util.Set<String> changed, int entities) {
    }

    /** The render plan: the pages, and how many entities the site has. */
    private record Plan(List<Page> pages, int entities) {
    }

    /**
     * What the last build by this builder wrote, for the next (the preview server builds again and again); with a
     * persistent cache, also kept in the cache folder for the next run.
     */
    private io.github.briefwright.core.write.PageRecord pageRecord;
    /** The digests of appearances and timeline entries made by this builder's last build; see {@link PageKeys}. */
    private PageKeys.Memory rememberedKeys = new PageKeys.Memory();
    /** The entity index made by this builder's last build, updated by what changed. */
    private final EntityIndex.Kept keptEntities = new EntityIndex.Kept();
    /** The timeline made by this builder's last build, updated by what changed; its chart and pages. */
    private final SiteIndexes.Timeline keptTimeline = new SiteIndexes.Timeline();
    private volatile Made<List<Collection<Collection<TimelineEntry>>>, TimelineChart> keptChart;
    private volatile Made<List<Collection<Collection<TimelineEntry>>>,
            List<List<Collection<Collection<TimelineEntry>>>>> keptTimelinePages;

    /** A value made of another, kept with it: made again only when given another (by identity). */
    private record Made<T, V>(T of, V value) {
    }

    /** The chart of the timeline {@code years}: the last build's when the timeline is the very same. */
    private TimelineChart timelineChart(List<Collection<Collection<TimelineEntry>>> years) {
        Made<List<Collection<Collection<TimelineEntry>>>, TimelineChart> last = keptChart;
        if (last != null && last.of() == years) {
            return last.value();
        }
        TimelineChart chart = PageRenderer.timelineChart(years);
        keptChart = new Made<>(years, chart);
        return chart;
    }

    /** The timeline {@code years} in pages: the last build's when the timeline is the very same. */
    private List<List<Collection<Collection<TimelineEntry>>>> timelinePages(
            List<Collection<Collection<TimelineEntry>>> years) {
        var last = keptTimelinePages;
        if (last != null && last.of() == years) {
            return last.value();
        }
        var pages = SiteIndexes.timelinePages(years, TIMELINE_PAGE_SIZE);
        keptTimelinePages = new Made<>(years, pages);
        return pages;
    }

    /** The related briefings made by this builder's last build, updated by what changed. */
    private final SiteIndexes.Kept keptRelated = new SiteIndexes.Kept();
    private Path pageRecordOutput;

    private Written write(SiteWriter writer, Theme theme, List<HeldBriefing> briefings, Map<String, String> contentKeys,
            Map<String, Summarized> summaries, List<BriefingSummary> newest, List<Problem> warnings, long start)
            throws BuildException {
        SiteInfo site = new SiteInfo(config.siteTitle(), config.baseUrl(), GENERATOR,
                newest.isEmpty() ? null : newest.get(0).date(), config.parentSite());
        PageRenderer renderer = new PageRenderer(theme, site);
        PageKeys keys = new PageKeys(renderCode(), theme.fingerprint(), site.toString(), rememberedKeys);
        Plan made = plan(renderer, keys, site, briefings, contentKeys, summaries, newest);
        List<Page> plan = made.pages();
        if (config.baseUrl() == null) {
            warnings.add(Problem.at("briefwright.baseUrl", 0, "not set, so there is no sitemap.xml and feed links are relative; set it "
                    + "to the address the site is published at, such as https://example.org/briefings/"));
        }
        long planned = System.nanoTime();
        // the plan: summaries, the cross-briefing values and the list of pages; then rendering and writing them
        stageMillis.put("plan", (planned - start) / 1_000_000);
        Path recordFile = pageRecordFile(writer.output());
        try (Staging staging = writer.stage(previousPages(writer.output(), recordFile))) {
            Problem[] failures = new Problem[plan.size()];
            java.util.concurrent.atomic.AtomicInteger rendered = new java.util.concurrent.atomic.AtomicInteger();
            // every page on its own, on all cores, each streamed to its file as it is rendered; one whose key is
            // unchanged since the last build wrote it is left as it is
            IntStream.range(0, plan.size()).parallel().forEach(i -> {
                Page page = plan.get(i);
                try {
                    // a page's key covers the optional parts of its model that its template read last time
                    if (!staging.keep(page.path(), page.key(Page.read(staging.previousKey(page.path()))))) {
                        java.util.concurrent.atomic.AtomicReference<java.util.Set<String>> read =
                                new java.util.concurrent.atomic.AtomicReference<>();
                        staging.write(page.path(), null, out -> read.set(renderer.render(page, out)));
                        String key = page.key(read.get());
                        if (key != null) {
                            staging.keyed(page.path(), key);
                        }
                        rendered.incrementAndGet();
                    }
                } catch (RenderException e) {
                    failures[i] = e.problem();
                } catch (HeldBriefing.Gone e) {
                    failures[i] = Problem.at(page.source() != null ? page.source() : page.path(), 0, e.getMessage());
                } catch (Exception e) {
                    failures[i] = page.source() != null
                            ? Problem.at(page.source(), 0, "cannot write its page: " + e)
                            : Problem.at(page.path(), 0, "cannot be written: " + e);
                }
            });
            List<Problem> renderFailures = Arrays.stream(failures).filter(Objects::nonNull).distinct().toList();
            if (!renderFailures.isEmpty()) {
                throw new BuildException("The site could not be rendered; the previous site is untouched:",
                        renderFailures);
            }
            for (Map.Entry<String, Theme.Asset> asset : theme.assets().entrySet()) {
                byte[] bytes;
                try (java.io.InputStream in = asset.getValue().open()) {
                    bytes = in.readAllBytes();
                }
                String key = keys.key(asset.getKey(), null, new Fingerprint().add(bytes).hex());
                if (!staging.keep(asset.getKey(), key)) {
                    staging.copy(asset.getKey(), key, new java.io.ByteArrayInputStream(bytes));
                    rendered.incrementAndGet();
                }
            }
            stageMillis.put("render+write", (System.nanoTime() - planned) / 1_000_000);
            if (preview && !warmed) {
                warm(plan, renderer);
            }
            long committing = System.nanoTime();
            staging.commit();
            keepPages(writer.output(), recordFile, staging.record());
            rememberedKeys = keys.remembered();
            stageMillis.put("commit", (System.nanoTime() - committing) / 1_000_000);
            if (staging.replaced() > 0 || staging.carriedOver() > 0) {
                reporter.info("Kept " + staging.carriedOver() + " files another tool wrote into "
                        + writer.output() + "; replaced " + staging.replaced() + " of them with briefing pages.");
            }
            reporter.debug("Pages: " + rendered.get() + " of " + staging.written().size() + " written"
                    + (staging.inPlace() ? ", the others unchanged since the last build" : ""));
            return new Written(staging.written().size(), rendered.get(), staging.changed(), made.entities());
        } catch (BuildException e) {
            throw e;
        } catch (Exception e) {
            throw new BuildException("Cannot write the site to " + writer.output() + " (the previous site is "
                    + "untouched): " + e);
        }
    }

    /** How many pages of each template {@link #warm} renders. */
    private static final int WARM_PAGES = 10;
    /** Whether this builder has rendered pages of each kind once; see {@link #warm}. */
    private boolean warmed;

    /**
     * Renders a few pages of each template (and of files written without one) into nothing, once per preview
     * builder: its first build usually finds every page as it was and renders none, and the first edit would
     * otherwise wait for the templates' first run (the object wrapper learning the model's classes, the code not
     * yet compiled). A page that cannot be rendered is left for the build that needs it to report. Then, in the
     * background, it makes what the first update of the related briefings needs, and writes every part of the
     * search index into nothing, which finds and keeps every briefing's search terms (an edit's part would
     * otherwise find those of its 256 or so briefings).
     */
    private void warm(List<Page> plan, PageRenderer renderer) {
        warmed = true;
        Map<String, Integer> seen = new HashMap<>();
        List<Page> searchParts = new ArrayList<>();
        for (Page page : plan) {
            if (page.template() == null && page.path().startsWith(SEARCH_PARTS)) {
                searchParts.add(page);
            }
            if (seen.merge(String.valueOf(page.template()), 1, Integer::sum) <= WARM_PAGES) {
                render(renderer, page);
            }
        }
        // every briefing's search terms, found once and kept, in the background: an edit then writes its part
        // without finding the terms of the part's other briefings
        Thread terms = new Thread(() -> {
            keptRelated.prepare();
            searchParts.forEach(page -> render(renderer, page));
        }, "briefwright-search-terms");
        terms.setDaemon(true);
        terms.setPriority(Thread.MIN_PRIORITY);
        terms.start();
    }

    /** The first characters of the paths of the search index's parts. */
    private static final String SEARCH_PARTS = SitePaths.searchPart(0).substring(0, SitePaths.searchPart(0).lastIndexOf('-') + 1);

    /** Renders a page into nothing; one that cannot be rendered is said by the build that writes it, if still so. */
    private static void render(PageRenderer renderer, Page page) {
        try {
            renderer.render(page, java.io.Writer.nullWriter());
        } catch (Exception e) {
            // as said
        }
    }

    /**
     * The digest of the code that renders pages: with a persistent record of them, of this code and the libraries
     * it renders with; else (only this builder's own record, in memory) its version suffices.
     */
    private String renderCode() {
        if (cache == null) {
            return GENERATOR;
        }
        return CodeVersion.of(GENERATOR, List.of(SiteBuilder.class, freemarker.template.Configuration.class,
                com.fasterxml.jackson.databind.ObjectMapper.class, com.fasterxml.jackson.core.JsonGenerator.class,
                org.jsoup.Jsoup.class));
    }

    /** Where the record of the pages written into {@code output} is kept between runs, or {@code null}. */
    private Path pageRecordFile(Path output) {
        if (cache == null) {
            return null;
        }
        return cache.folder().resolve("pages-" + PageKeys.digest(output.toAbsolutePath().normalize().toString())
                .substring(0, 16) + ".rec");
    }

    /** What the last build wrote into {@code output}: this builder's record, else the one kept in the cache. */
    private io.github.briefwright.core.write.PageRecord previousPages(Path output, Path recordFile) {
        if (pageRecord != null && output.equals(pageRecordOutput)) {
            return pageRecord;
        }
        if (recordFile == null) {
            return null;
        }
        try {
            return io.github.briefwright.core.write.PageRecord.read(recordFile);
        } catch (IOException | RuntimeException e) {
            reporter.warn(Problem.printable("The record of the pages written last time (" + recordFile + ") cannot "
                    + "be used (" + e.getMessage() + "); every page is written again."));
            return null;
        }
    }

    private void keepPages(Path output, Path recordFile, io.github.briefwright.core.write.PageRecord record) {
        pageRecord = record;
        pageRecordOutput = output;
        if (recordFile == null || record == null) {
            return;
        }
        if (!preview) {
            cache.writeFile(recordFile.getFileName().toString(), record::write);
            return;
        }
        // the preview server keeps the record in memory and builds again and again: the file, for the next run,
        // is written a moment after the edit is served, and only the newest record when several builds came in
        // that moment (a record lost with the process makes the next run write every page again, never a wrong
        // site; the server writes the one waiting when it closes)
        if (pendingRecord.getAndSet(new PendingRecord(recordFile.getFileName().toString(), record)) == null) {
            recordWriter.execute(() -> {
                try {
                    Thread.sleep(RECORD_DELAY_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                writePendingRecord();
            });
        }
    }

    /** How long the preview builder waits before it writes its record of pages, for the builds that follow. */
    private static final long RECORD_DELAY_MILLIS = 1000;

    /**
     * Writes the newest record of pages not yet written, if any. One write at a time: a write in progress in the
     * background is waited for, so that when {@link #flush} returns nothing is being written.
     */
    private void writePendingRecord() {
        synchronized (recordLock) {
            PendingRecord newest = pendingRecord.getAndSet(null);
            if (newest != null) {
                cache.writeFile(newest.name(), newest.record()::write);
            }
        }
    }

    private final Object recordLock = new Object();

    /**
     * Writes at once what this builder keeps for the next run and would write a moment later (the preview server's
     * record of pages), and waits for a write already under way: for a server that stops, after which nothing of
     * this builder's writes into the cache folder.
     */
    public void flush() {
        writePendingRecord();
    }

    private record PendingRecord(String name, io.github.briefwright.core.write.PageRecord record) {
    }

    private final java.util.concurrent.atomic.AtomicReference<PendingRecord> pendingRecord =
            new java.util.concurrent.atomic.AtomicReference<>();
    /** Writes the preview server's page records, one at a time, in the background. */
    private final java.util.concurrent.Executor recordWriter = new java.util.concurrent.ThreadPoolExecutor(0, 1, 5,
            java.util.concurrent.TimeUnit.SECONDS, new java.util.concurrent.LinkedBlockingQueue<>(), task -> {
                Thread thread = new Thread(task, "briefwright-page-record");
                thread.setDaemon(true);
                return thread;
            });

    /**
     * The render plan: every file of the site but the theme's assets, each with its template, how to make its
     * data model and its key. The cross-briefing values (related briefings, entities, tags, timeline and its chart,
     * search terms) are made here, once each, in passes over the briefings' summaries; pages share them.
     */
    private Plan plan(PageRenderer renderer, PageKeys keys, SiteInfo site, List<HeldBriefing> briefings,
            Map<String, String> contentKeys, Map<String, Summarized> summaries, List<BriefingSummary> newest) {
        // the cross-briefing values are independent of each other: made at the same time, on all cores
        var relatedLater = CompletableFuture.supplyAsync(() -> SiteIndexes.related(newest, keptRelated));
        var entitiesLater = CompletableFuture.supplyAsync(() -> EntityIndex.of(newest, keptEntities));
        var timelineLater = CompletableFuture.supplyAsync(() -> SiteIndexes.timeline(newest, keptTimeline));
        var chartLater = timelineLater.thenApplyAsync(this::timelineChart);
        newest.forEach(summary -> keys.summary(summary, summaries.get(summary.slug()).digest()));
        List<Page> plan = new ArrayList<>();
        briefingPages(renderer, keys, briefings, contentKeys, join(relatedLater), plan);
        homePages(renderer, keys, newest, plan);
        List<EntityPage> entities = join(entitiesLater);
        entityPages(renderer, keys, entities, plan);
        tagPages(renderer, keys, newest, plan);
        timelinePages(renderer, keys, timelinePages(join(timelineLater)), join(chartLater), plan);
        plan.addAll(searchIndex(keys, briefings, contentKeys, summaries, newest));
        otherPages(renderer, keys, site, newest, plan);
        return new Plan(plan, entities.size());
    }

    /** Each briefing's page and JSON file. */
    private static void briefingPages(PageRenderer renderer, PageKeys keys, List<HeldBriefing> briefings,
            Map<String, String> contentKeys, Map<String, List<BriefingSummary>> related, List<Page> plan) {
        for (HeldBriefing briefing : briefings) {
            String content = contentKeys.get(briefing.slug());
            List<BriefingSummary> its = related.getOrDefault(briefing.slug(), List.of());
            Page page = renderer.briefing(briefing.slug(), briefing.sourceFile(), briefing::get, its);
            Page json = Page.file(SitePaths.briefingJson(briefing.slug()),
                    out -> BriefingJson.write(briefing.get(), out), briefing.sourceFile());
            if (content == null) {
                plan.add(page);
                plan.add(json);
                continue;
            }
            // the same content and related briefings as at this builder's last build: the same keys
            plan.add(page.keyed(keys.remembered("page " + page.path(), its, content,
                    () -> keys.key(page.path(), page.template(), content, briefing.slug(), keys.list(its)))));
            plan.add(json.keyed(keys.remembered("file " + json.path(), List.of(), content,
                    () -> keys.key(json.path(), null, content, briefing.slug()))));
        }
    }

    /** The pages of the home page's list, newest first. */
    private static void homePages(PageRenderer renderer, PageKeys keys, List<BriefingSummary> newest, List<Page> plan) {
        int homePages = PageRenderer.pages(newest.size(), PAGE_SIZE);
        for (int page = 1; page <= homePages; page++) {
            List<BriefingSummary> slice = PageRenderer.slice(newest, page, PAGE_SIZE);
            Page index = renderer.index(slice, page, homePages);
            plan.add(index.keyed(keys.key(index.path(), index.template(), keys.list(index.path(), slice), page + "/" + homePages)));
        }
    }

    /** The index of entities and each entity's pages. */
    private static void entityPages(PageRenderer renderer, PageKeys keys, List<EntityPage> entities, List<Page> plan) {
        Page entityIndex = renderer.entities(entities);
        Fingerprint allEntities = new Fingerprint().add(entities.size());
        entities.parallelStream().map(keys::entity).toList().forEach(allEntities::add);
        plan.add(entityIndex.keyed(keys.key(entityIndex.path(), entityIndex.template(), allEntities.hex())));
        for (EntityPage entity : entities) {
            // a page's key covers the appearances on it; the entity's counts, companions and whole list only when
            // its template read them (the default theme shows them on the first page only)
            int pages = PageRenderer.pages(entity.briefings().size(), PAGE_SIZE);
            var parts = keys.entityParts(entity);
            for (int page = 1; page <= pages; page++) {
                Page one = renderer.entity(entity, page, PAGE_SIZE);
                int from = Math.min(entity.briefings().size(), (page - 1) * PAGE_SIZE);
                int to = Math.min(entity.briefings().size(), from + PAGE_SIZE);
                plan.add(one.keyed(keys.key(one.path(), one.template(), keys.entityPage(entity, page, pages, from, to)),
                        parts));
            }
        }
    }

    /** The index of tags and each tag's pages. */
    private static void tagPages(PageRenderer renderer, PageKeys keys, List<BriefingSummary> newest, List<Page> plan) {
        var tags = SiteIndexes.tags(newest);
        List<String> tagDigests = tags.parallelStream().map(tag -> PageKeys.digest(tag.slug() + " " + tag.name() + " "
                + keys.list("tag " + tag.slug(), tag.items()))).toList();
        String allTags = keys.shared(tagDigests);
        Page tagIndex = renderer.tags(tags);
        plan.add(tagIndex.keyed(keys.key(tagIndex.path(), tagIndex.template(), allTags)));
        for (int t = 0; t < tags.size(); t++) {
            var tag = tags.get(t);
            String all = tagDigests.get(t);
            int pages = PageRenderer.pages(tag.items().size(), PAGE_SIZE);
            for (int page = 1; page <= pages; page++) {
                Page one = renderer.tag(tags, tag, page, PAGE_SIZE);
                // a page's key covers its own briefings; the list of every tag, and all of this tag's briefings,
                // are in its model too: the default theme shows neither
                plan.add(one.keyed(keys.key(one.path(), one.template(), tag.slug(), tag.name(),
                        keys.list(one.path(), PageRenderer.slice(tag.items(), page, PAGE_SIZE)), page + "/" + pages),
                        Map.of("tags", () -> allTags, "tag.items", () -> all)));
            }
        }
    }

    /** The timeline's pages, the chart on the first. */
    private static void timelinePages(PageRenderer renderer, PageKeys keys,
            List<List<Collection<Collection<TimelineEntry>>>> timelinePages, TimelineChart chart, List<Page> plan) {
        for (int page = 1; page <= timelinePages.size(); page++) {
            var years = timelinePages.get(page - 1);
            Page one = renderer.timeline(years, page == 1 ? chart : null, page, timelinePages.size());
            plan.add(one.keyed(keys.key(one.path(), one.template(), keys.timeline(page, years),
                    page == 1 ? PageKeys.digest(String.valueOf(chart)) : "", page + "/" + timelinePages.size())));
        }
    }

    /** The search page, the feeds, the 404 page, the sitemap and robots.txt. */
    private void otherPages(PageRenderer renderer, PageKeys keys, SiteInfo site, List<BriefingSummary> newest,
            List<Page> plan) {
        java.util.function.Supplier<String> all = once(() -> keys.list(newest));
        Page search = renderer.special("search.ftlh", SitePaths.search(), List.of(), List.of());
        plan.add(search.keyed(keys.key(search.path(), search.template())));
        List<BriefingSummary> feed = newest.subList(0, Math.min(FEED_SIZE, newest.size()));
        String feedKey = keys.list(feed);
        Page atom = renderer.special("feed.ftlx", SitePaths.feed(), feed, List.of());
        plan.add(atom.keyed(keys.key(atom.path(), atom.template(), feedKey)));
        Page json = Page.file(SitePaths.jsonFeed(), out -> JsonFeed.write(site, feed, out), null);
        plan.add(json.keyed(keys.key(json.path(), null, feedKey)));
        // every briefing is in the model of the 404 page and the sitemap; the default theme shows none
        Page notFound = renderer.special("404.ftlh", SitePaths.notFound(), newest, List.of());
        plan.add(notFound.keyed(keys.key(notFound.path(), notFound.template()), Map.of("briefings", all)));
        if (config.baseUrl() != null) {
            List<String> pages = plan.stream().map(Page::path)
                    .filter(path -> path.endsWith(".html") && !path.equals(SitePaths.notFound())).sorted().toList();
            Page sitemap = renderer.special("sitemap.ftlx", SitePaths.sitemap(), newest, pages);
            plan.add(sitemap.keyed(keys.key(sitemap.path(), sitemap.template(), PageKeys.digest(pages.toString())),
                    Map.of("briefings", all)));
        }
        Page robots = renderer.special("robots.ftl", SitePaths.robots(), List.of(), List.of());
        plan.add(robots.keyed(keys.key(robots.path(), robots.template())));
    }

    /**
     * The search index: {@code search/index.js}, which names the parts, and the parts, each keyed by its
     * briefings' summaries and contents (the terms come from the whole briefing), so that an edit writes one part.
     * The terms of briefings new to this builder are found when their part is written, and kept.
     */
    private List<Page> searchIndex(PageKeys keys, List<HeldBriefing> briefings, Map<String, String> contentKeys,
            Map<String, Summarized> summaries, List<BriefingSummary> newest) {
        int parts = SearchIndex.parts(newest.size());
        List<List<BriefingSummary>> inPart = new ArrayList<>(parts);
        for (int part = 0; part < parts; part++) {
            inPart.add(new ArrayList<>());
        }
        newest.forEach(summary -> inPart.get(SearchIndex.part(summary.slug(), parts)).add(summary));
        Map<String, HeldBriefing> bySlug = new HashMap<>();
        briefings.forEach(briefing -> bySlug.put(briefing.slug(), briefing));
        List<Page> pages = new ArrayList<>(parts + 1);
        Page index = Page.file(SitePaths.searchIndex(), out -> SearchIndex.writeParts(parts, out), null);
        pages.add(index.keyed(keys.key(index.path(), null, Integer.toString(parts))));
        for (int part = 0; part < parts; part++) {
            List<BriefingSummary> its = inPart.get(part);
            Page one = Page.file(SitePaths.searchPart(part), out -> {
                List<SearchIndex.Terms> terms = its.parallelStream().map(summary -> summaries.get(summary.slug())
                        .terms(bySlug.get(summary.slug()), words)).toList();
                SearchIndex.Builder search = new SearchIndex.Builder();
                for (int i = 0; i < its.size(); i++) {
                    search.add(its.get(i), terms.get(i));
                }
                search.write(out);
            }, null);
            // the very same summaries as last time have the same contents (a summary is kept by its content's key)
            String contents = keys.remembered("contents " + one.path(), its, "", () -> {
                Fingerprint fingerprint = new Fingerprint().add(its.size());
                for (BriefingSummary summary : its) {
                    String content = contentKeys.get(summary.slug());
                    if (content == null) {
                        return null;
                    }
                    fingerprint.add(summary.slug()).add(content);
                }
                return fingerprint.hex();
            });
            pages.add(contents != null ? one.keyed(keys.key(one.path(), null, keys.list(one.path(), its), contents)) : one);
        }
        return pages;
    }

    /** {@code value}, made the first time it is asked for and kept. */
    private static <T> java.util.function.Supplier<T> once(java.util.function.Supplier<T> value) {
        return new java.util.function.Supplier<>() {
            private volatile T made;

            @Override
            public T get() {
                T known = made;
                if (known == null) {
                    synchronized (this) {
                        known = made;
                        if (known == null) {
                            known = value.get();
                            made = known;
                        }
                    }
                }
                return known;
            }
        };
    }

    /** The value, once made; what went wrong making it thrown as it was. */
    private static <T> T join(CompletableFuture<T> later) {
        try {
            return later.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Newest first; undated briefings last; then by title. Dates are compared as instants, whatever their form. */
    static List<BriefingSummary> newestFirst(List<BriefingSummary> summaries) {
        return newestFirst(summaries, Map.of(), new IdentityHashMap<>());
    }

    /**
     * The summaries newest first: each date read once, not at every comparison, and not at all for a summary in
     * {@code known} (the instants of the last build's summaries, by identity: a builder keeps the summaries of
     * unchanged seeds); the instants read are put into {@code instants}.
     */
    private static List<BriefingSummary> newestFirst(List<BriefingSummary> summaries,
            Map<BriefingSummary, Dated> known, Map<BriefingSummary, Dated> instants) {
        List<Dated> dated = summaries.parallelStream().map(summary -> {
            Dated last = known.get(summary);
            return last != null ? last : new Dated(summary, BriefingSummary.instant(summary.date()));
        }).toList();
        dated.forEach(one -> instants.put(one.summary(), one));
        return dated.stream()
                .sorted(Comparator.comparing(Dated::instant, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(one -> one.summary().title(), String.CASE_INSENSITIVE_ORDER))
                .map(Dated::summary).toList();
    }

    /** A summary with its date as an instant ({@link BriefingSummary#instant}), or {@code null}. */
    private record Dated(BriefingSummary summary, Long instant) {
    }

    /** The instants of the summaries of this builder's last build, by identity. */
    private Map<BriefingSummary, Dated> lastInstants = Map.of();

    /** What became of one seed; what the cache keeps. */
    private record Outcome(Briefing briefing, List<Problem> errors, List<Problem> warnings, Problem skipped)
            implements java.io.Serializable {
        Outcome {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }

        /** This outcome without its briefing, which is held apart. */
        Outcome withoutBriefing() {
            return new Outcome(null, errors, warnings, skipped);
        }

        static boolean isEmpty(Paragraph paragraph) {
            return paragraph.text().isBlank();
        }
    }
}
