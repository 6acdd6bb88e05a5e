package io.github.briefwright.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.briefwright.core.cache.SeedCache;
import io.github.briefwright.testing.RecordedWarnings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache of analysed seeds never changes a site: every build with it writes, byte for byte, what a clean build
 * writes, and analyses only the seeds whose inputs changed.
 */
class IncrementalBuildTest {

    private static final Path EXAMPLE_SEEDS = Path.of("../seeds");

    @TempDir
    Path dir;
    Path seeds;
    Path out;
    Path cache;
    /** What the builds said about the cache. */
    final RecordedWarnings recording = new RecordedWarnings(message -> message.contains("cache"));
    final List<String> warnings = recording.list();
    /** The preview builders of a test: flushed after it, so that none writes into its folder while it is deleted. */
    final List<SiteBuilder> previews = new java.util.ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void flushPreviews() {
        previews.forEach(SiteBuilder::flush);
    }

    private SiteBuilder preview(BuildConfig config) throws BuildException {
        SiteBuilder preview = SiteBuilder.forPreview(config, recording);
        previews.add(preview);
        return preview;
    }

    @BeforeEach
    void folders() throws IOException {
        seeds = Files.createDirectories(dir.resolve("seeds"));
        out = dir.resolve("site");
        cache = dir.resolve("target/briefwright-cache");
        try (Stream<Path> files = Files.list(EXAMPLE_SEEDS)) {
            for (Path file : files.toList()) {
                Files.copy(file, seeds.resolve(file.getFileName()));
            }
        }
        seed("notes/plain.txt", "A plain note\n\nThe Ministry of Water said on 3 March 2021 that 40 per cent of "
                + "wells in Basra had failed. Ali Hassan, a farmer, said the canal was dry.\n\nShare this article\n");
        seed("memo.md", "---\ntitle: A memo\ndate: 2024-05-01\ntags: [water, energy]\nslug: Not A Slug\n---\n\n"
                + "# Heading\n\nThe grid operator, Elexon, added 2 GW of storage in 2023.[^1]\n\n"
                + "- one item\n- two items\n\n> A quote from Jane Doe.\n\n[^1]: A footnote.\n");
        seed("draft.md", "---\ntitle: Draft\ndraft: true\n---\n\nNot yet.\n");
        seed("empty.txt", "\n\n");
        seed("same-slug/memo.md", "---\ntitle: Another memo\n---\n\nIt shares the slug of the other memo.\n");
    }

    private void seed(String name, String text) throws IOException {
        Path file = seeds.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private BuildConfig.Builder config() {
        return BuildConfig.builder().seedDirectory(seeds).outputDirectory(out).projectDirectory(dir);
    }

    private BuildResult build(BuildConfig.Builder config) throws BuildException {
        return new SiteBuilder(config.cacheDirectory(cache).build(), recording).build();
    }

    /**
     * Asserts that the site as it is now equals, byte for byte, what a clean build of {@code config} writes (read
     * before that build, which writes into the same folder).
     */
    private void assertAsClean(BuildConfig.Builder config) throws Exception {
        Map<String, String> incremental = site();
        assertEquals(clean(config), incremental, "the site as a clean build writes it");
    }

    /** Builds without the cache into a folder of its own and returns every file of that site. */
    private Map<String, String> cleanApart(BuildConfig.Builder config) throws Exception {
        Path apart = dir.resolve("clean-" + System.nanoTime());
        new SiteBuilder(config.cacheDirectory(null).outputDirectory(apart).build(), Reporter.SILENT).build();
        return site(apart);
    }

    /** Builds without the cache and returns every file of the site; the output folder is the same. */
    private Map<String, String> clean(BuildConfig.Builder config) throws Exception {
        BuildResult result = new SiteBuilder(config.cacheDirectory(null).build(), Reporter.SILENT).build();
        assertEquals(0, result.seedsCached());
        return site();
    }

    /** Every file under the output folder, by path, with a hash of its bytes. */
    private Map<String, String> site() throws IOException {
        return site(out);
    }

    private static Map<String, String> site(Path out) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(file).toString(), HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SeedCache.SUFFIX)).sorted().toList();
        }
    }

    private int seedCount() throws IOException {
        try (Stream<Path> walk = Files.walk(seeds)) {
            return (int) walk.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".txt")).count();
        }
    }

    @Test
    void aWarmBuildWritesWhatACleanBuildWrites() throws Exception {
        Map<String, String> clean = clean(config());
        int seedCount = seedCount();

        BuildResult cold = build(config());
        assertEquals(seedCount, cold.seedsAnalysed());
        assertEquals(0, cold.seedsCached());
        assertEquals(clean, site());
        assertEquals(seedCount, entries().size(), "one entry a seed, skipped seeds too");
        assertTrue(Files.isRegularFile(cache.resolve("CACHEDIR.TAG")));

        BuildResult warm = build(config());
        assertEquals(0, warm.seedsAnalysed());
        assertEquals(seedCount, warm.seedsCached());
        assertEquals(clean, site());
        assertEquals(cold.warnings(), warm.warnings());
        assertEquals(cold.skipped(), warm.skipped());
        assertEquals(cold.summaries(), warm.summaries());
        assertEquals(seedCount, entries().size());
        assertEquals(List.of(), warnings);
    }

    @Test
    void anEditedSeedGlossaryOrSettingIsAnalysedAgainAndTheSiteIsAsFromClean() throws Exception {
        int seedCount = seedCount();
        build(config());

        seed("memo.md", Files.readString(seeds.resolve("memo.md")).replace("2 GW", "3 GW"));
        BuildResult one = build(config());
        assertEquals(1, one.seedsAnalysed(), "only the edited seed");
        assertEquals(seedCount - 1, one.seedsCached());
        Map<String, String> incremental = site();
        assertEquals(clean(config()), incremental);
        assertEquals(seedCount, entries().size(), "the old entry of the edited seed is pruned");

        Files.writeString(seeds.resolve("glossary.yml"), Files.readString(seeds.resolve("glossary.yml"))
                .replace("a cartel of oil producers", "a cartel of oil-producing states"));
        BuildResult glossary = build(config());
        assertEquals(seedCount, glossary.seedsAnalysed(), "a glossary change reaches every seed");
        Map<String, String> before = incremental;
        incremental = site();
        assertFalse(before.equals(incremental), "the glossary's note is on a page");
        assertEquals(clean(config()), incremental);

        for (UnaryOperator<BuildConfig.Builder> change : List.<UnaryOperator<BuildConfig.Builder>>of(
                c -> c.disabledNoiseRules(List.of("share")),
                c -> c.noisePatterns(List.of("(?i)^a plain note$")),
                c -> c.includeDrafts(true),
                c -> c.limits(Limits.DEFAULT.with(null, null, null, null, 3, null)),
                c -> c.allowRawHtml(true))) {
            build(change.apply(config()));
            BuildResult changed = build(change.apply(config()));
            assertEquals(0, changed.seedsAnalysed(), "the same setting twice: all from the cache");
            build(config());
            BuildResult again = build(change.apply(config()));
            assertEquals(seedCount, again.seedsAnalysed(), "a changed setting reaches every seed");
            incremental = site();
            assertEquals(clean(change.apply(config())), incremental);
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void addedAndRemovedSeedsAreAnalysedOrForgotten() throws Exception {
        int seedCount = seedCount();
        build(config());
        seed("new.md", "# New\n\nA new seed about Basra.\n");
        Files.delete(seeds.resolve("notes/plain.txt"));
        BuildResult result = build(config());
        assertEquals(1, result.seedsAnalysed());
        assertEquals(seedCount - 1, result.seedsCached());
        assertEquals(seedCount, entries().size());
        assertAsClean(config());

        Files.move(seeds.resolve("new.md"), seeds.resolve("renamed.md"));
        BuildResult renamed = build(config());
        assertEquals(1, renamed.seedsAnalysed(), "the name is part of the key: titles and slugs come from it");
        assertAsClean(config());
    }

    @Test
    void aDamagedEntryIsReportedIgnoredAndMadeAgain() throws Exception {
        Map<String, String> clean = clean(config());
        build(config());
        List<Path> entries = entries();
        byte[] whole = Files.readAllBytes(entries.get(0));
        Files.write(entries.get(0), java.util.Arrays.copyOf(whole, whole.length / 2));
        Files.writeString(entries.get(1), "not a cache entry at all, but garbage of some length: ".repeat(5));
        byte[] version = Files.readAllBytes(entries.get(2));
        version[11] = 99;
        Files.write(entries.get(2), version);
        byte[] flipped = Files.readAllBytes(entries.get(3));
        flipped[flipped.length - 10] ^= 0x40;
        Files.write(entries.get(3), flipped);
        Files.write(entries.get(4), new byte[0]);
        Files.copy(entries.get(6), entries.get(5), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        BuildResult result = build(config());
        assertEquals(6, result.seedsAnalysed());
        assertEquals(clean, site());
        assertEquals(6, warnings.size(), String.join("\n", warnings));
        String all = String.join("\n", warnings);
        assertTrue(all.contains("is truncated"), all);
        assertTrue(all.contains("is not a Briefwright cache entry"), all);
        assertTrue(all.contains("has format 99, not " + SeedCache.FORMAT), all);
        assertTrue(all.contains("does not match its checksum"), all);
        assertTrue(all.contains("is filed under the wrong key"), all);
        assertTrue(warnings.stream().allMatch(w -> w.startsWith("The cache entry for ")
                && w.contains("it is ignored and made again")), all);

        warnings.clear();
        BuildResult after = build(config());
        assertEquals(0, after.seedsAnalysed(), "the entries were made again");
        assertEquals(List.of(), warnings);
        assertEquals(clean, site());
    }

    @Test
    void whatAKilledBuildLeavesIsNeverReadAndIsClearedAway() throws Exception {
        Map<String, String> clean = clean(config());
        build(config());
        Path entry = entries().get(0);
        byte[] whole = Files.readAllBytes(entry);
        String key = entry.getFileName().toString().substring(0, 16);
        Path half = cache.resolve("." + key + "-123456789.tmp");
        Files.write(half, java.util.Arrays.copyOf(whole, whole.length / 3));
        Path old = cache.resolve("." + key + "-987654321.tmp");
        Files.write(old, java.util.Arrays.copyOf(whole, 7));
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Files.delete(entry);

        BuildResult result = build(config());
        assertEquals(1, result.seedsAnalysed(), "the seed whose entry was not in place yet");
        assertEquals(clean, site());
        assertEquals(List.of(), warnings);
        assertTrue(Files.exists(half), "a temporary file may be another build's, still being written");
        assertFalse(Files.exists(old), "an hour-old temporary file is left over from a killed build");
        assertEquals(seedCount(), entries().size());
    }

    @Test
    void oneBuilderRemembersItsLastBuildAndKeepsItsEntries() throws Exception {
        int seedCount = seedCount();
        SiteBuilder builder = new SiteBuilder(config().cacheDirectory(cache).build(), recording);
        assertEquals(seedCount, builder.build().seedsAnalysed());
        BuildResult second = builder.build();
        assertEquals(seedCount, second.seedsCached());
        assertEquals(seedCount, entries().size(), "remembered seeds keep their entries");

        seed("memo.md", Files.readString(seeds.resolve("memo.md")).replace("2 GW", "4 GW"));
        Files.setLastModifiedTime(seeds.resolve("memo.md"), FileTime.from(Instant.now().plusSeconds(5)));
        BuildResult third = builder.build();
        assertEquals(1, third.seedsAnalysed());
        Map<String, String> incremental = site();
        assertEquals(clean(config()), incremental);

        BuildResult fresh = build(config());
        assertEquals(0, fresh.seedsAnalysed(), "another builder finds everything in the cache");
        assertEquals(List.of(), warnings);
    }

    @Test
    void thePreviewBuilderUpdatingItsIndexesThroughEditsWritesWhatACleanBuildWrites() throws Exception {
        SiteBuilder preview = preview(config().cacheDirectory(cache).build());
        preview.build();
        String memo = Files.readString(seeds.resolve("memo.md"));
        List<Runnable> steps = List.of(
                // new dated items and entities in one briefing: timeline, entity pages, related briefings
                () -> edit("memo.md", memo.replace("# Heading\n", "# Heading\n\nOn 4 June 2022 the World Bank "
                        + "lent Elexon $3 million in Basra, Ali Hassan said.\n")),
                // a new briefing naming the same entities, and another with none
                () -> edit("added.md", "---\ntitle: Added later\ndate: 2023-02-02\n---\n\nThe World Bank and "
                        + "Elexon met in Basra on 9 May 2019. The Ministry of Water agreed.\n"),
                () -> edit("quiet.txt", "Quiet\n\nNothing is named here.\n"),
                // a briefing gone
                () -> delete("notes/plain.txt"),
                // a briefing moved in the order of dates, its items the same
                () -> edit("memo.md", Files.exists(seeds.resolve("memo.md")) ? read("memo.md")
                        .replace("date: 2024-05-01", "date: 2018-01-01") : ""),
                // back as it was
                () -> edit("memo.md", memo));
        for (int step = 0; step < steps.size(); step++) {
            steps.get(step).run();
            preview.build();
            // the clean build goes to a folder of its own: one into the preview's folder would give every page a
            // new time, and the preview's next build would write every page again, whatever its keys say
            assertEquals(cleanApart(config()), site(), "after step " + (step + 1));
        }
    }

    private void edit(String name, String text) {
        try {
            seed(name, text);
            Files.setLastModifiedTime(seeds.resolve(name), FileTime.from(Instant.now().plusSeconds(60)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String read(String name) {
        try {
            return Files.readString(seeds.resolve(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void delete(String name) {
        try {
            Files.delete(seeds.resolve(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aBuilderThatKeepsItsParsedThemeStillSeesATemplateEdit() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("robots.ftl"), "User-agent: *\n");
        SiteBuilder builder = preview(config().templateDirectory(templates).cacheDirectory(cache)
                .build());
        builder.build();
        assertEquals("User-agent: *\n", Files.readString(out.resolve(SitePaths.robots())));
        BuildResult same = builder.build();
        assertEquals(0, same.pagesWritten());
        Files.writeString(templates.resolve("robots.ftl"), "User-agent: *\nDisallow: /drafts/\n");
        BuildResult edited = builder.build();
        assertEquals("User-agent: *\nDisallow: /drafts/\n", Files.readString(out.resolve(SitePaths.robots())));
        assertEquals(edited.pages(), edited.pagesWritten(), "a changed theme renders every page again");
        assertAsClean(config().templateDirectory(templates));
    }

    @Test
    void briefingsReadAgainFromTheCacheWriteTheSameSite() throws Exception {
        Map<String, String> clean = clean(config());
        SiteBuilder first = new SiteBuilder(config().cacheDirectory(cache).build(), recording);
        first.holdBriefings = false; // every page is rendered from the briefing read again from the cache
        assertEquals(seedCount(), first.build().seedsAnalysed());
        assertEquals(clean, site());
        try (Stream<Path> walk = Files.walk(out)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
        SiteBuilder next = new SiteBuilder(config().cacheDirectory(cache).build(), recording);
        next.holdBriefings = false;
        assertEquals(0, next.build().seedsAnalysed());
        assertEquals(clean, site());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aBriefingWhoseCacheEntryIsGoneIsAnalysedAgainFromItsSeed() throws Exception {
        Map<String, String> clean = clean(config());
        Files.createDirectories(cache.getParent());
        Files.writeString(cache, "a file where the folder should be", StandardCharsets.UTF_8);
        SiteBuilder builder = new SiteBuilder(config().cacheDirectory(cache).build(), recording);
        builder.holdBriefings = false; // nothing was stored: each briefing comes from its seed again
        builder.build();
        assertEquals(clean, site());
    }

    @Test
    void seedErrorsComeFromTheCacheAsTheyWere() throws Exception {
        Files.write(seeds.resolve("binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        seed("unclosed.md", "---\ntitle: x\n\nNo end to the front matter.\n");
        BuildException cold = assertThrows(BuildException.class, () -> build(config()));
        BuildException warm = assertThrows(BuildException.class, () -> build(config()));
        assertEquals(cold.problems(), warm.problems());
        assertEquals(cold.getMessage(), warm.getMessage());
        assertEquals(2, cold.problems().size());
    }

    @Test
    void aCacheFolderInTheOutputOrSeedFolderIsNotUsed() throws Exception {
        for (Path inside : List.of(out.resolve("cache"), seeds.resolve(".cache"))) {
            warnings.clear();
            BuildResult result = new SiteBuilder(config().cacheDirectory(inside).build(), recording).build();
            assertEquals(0, result.seedsCached());
            assertFalse(Files.exists(inside));
            assertEquals(1, warnings.size(), String.join("\n", warnings));
            assertTrue(warnings.get(0).contains("goes without the cache"), warnings.get(0));
        }
    }

    @Test
    void anUnwritableCacheIsReportedOnceAndTheBuildGoesOn() throws Exception {
        Files.createDirectories(cache.getParent());
        Files.writeString(cache, "a file where the folder should be", StandardCharsets.UTF_8);
        BuildResult result = build(config());
        assertEquals(seedCount(), result.seedsAnalysed());
        assertEquals(1, warnings.size(), String.join("\n", warnings));
        assertTrue(warnings.get(0).contains("goes on without storing its work there"), warnings.get(0));
        assertAsClean(config());
    }
    /** The time of every file of the site, by path. */
    private Map<String, FileTime> times() throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                times.put(out.relativize(file).toString(), Files.getLastModifiedTime(file));
            }
        }
        return times;
    }

    @Test
    void aBuildWithNothingChangedWritesNoPageAndTouchesNoFile() throws Exception {
        Map<String, String> clean = clean(config());
        BuildResult first = build(config());
        assertEquals(first.pages(), first.pagesWritten(), "the clean build's site was not this record's");
        Map<String, FileTime> times = times();

        BuildResult again = build(config());
        assertEquals(0, again.pagesWritten());
        assertEquals(java.util.Set.of(), again.changed());
        assertEquals(first.pages(), again.pages());
        assertEquals(times, times(), "not a file was rewritten");
        assertEquals(clean, site());

        BuildResult another = new SiteBuilder(config().cacheDirectory(cache).build(), recording).build();
        assertEquals(0, another.pagesWritten(), "the record is kept in the cache folder for the next run");
        assertEquals(List.of(), warnings);
    }

    @Test
    void anEditedSeedRewritesOnlyThePagesThatShowIt() throws Exception {
        build(config());
        Map<String, FileTime> times = times();
        seed("memo.md", Files.readString(seeds.resolve("memo.md")).replace("2 GW", "3 GW"));
        BuildResult edited = build(config());
        assertTrue(edited.pagesWritten() > 0);
        assertTrue(edited.pagesWritten() < edited.pages() / 2, edited.pagesWritten() + " of " + edited.pages());
        String memo = edited.summaries().stream().filter(s -> s.title().equals("A memo")).findFirst().orElseThrow()
                .path();
        assertTrue(edited.changed().contains(memo), edited.changed().toString());
        assertTrue(edited.changed().contains(SitePaths.searchPart(0)), edited.changed().toString());
        assertFalse(edited.changed().contains(SitePaths.searchIndex()), "it names the parts: as many as before");
        assertFalse(edited.changed().contains(SitePaths.robots()), edited.changed().toString());
        Map<String, FileTime> after = times();
        for (String path : times.keySet()) {
            if (!edited.changed().contains(path) && !path.equals(".briefwright-manifest")) {
                assertEquals(times.get(path), after.get(path), path + " is not among the changed files");
            }
        }
        assertAsClean(config());
    }

    @Test
    void aPageIsNotRewrittenForAPartOfItsModelItsTemplateLeftUnread() throws Exception {
        BuildConfig.Builder withAddress = config().baseUrl("https://example.org/briefings/");
        build(withAddress);
        seed("memo.md", Files.readString(seeds.resolve("memo.md")).replace("2 GW", "3 GW"));
        BuildResult edited = build(withAddress);
        // the memo is tagged water and energy: their pages show it; the other tags' pages, the 404 page and the
        // sitemap have every briefing (or every tag) in their model, but the default theme does not show them
        assertTrue(edited.changed().contains(SitePaths.tag("water")), edited.changed().toString());
        assertFalse(edited.changed().contains(SitePaths.tag("agriculture")), edited.changed().toString());
        assertFalse(edited.changed().contains(SitePaths.tag("grid")), edited.changed().toString());
        assertFalse(edited.changed().contains(SitePaths.notFound()), edited.changed().toString());
        assertFalse(edited.changed().contains(SitePaths.sitemap()), edited.changed().toString());
        assertAsClean(withAddress);
    }

    @Test
    void aTemplateThatReadsMoreOfItsModelHasItsPagesRewrittenWhenThatChanges() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("tag.ftlh"), "<#list tags as t>${t.name} ${t.items?size} "
                + "<#list t.items as b>${b.title}</#list>;</#list>\n");
        Files.writeString(templates.resolve("404.ftlh"), "<#list .data_model?keys as name>${name}</#list> "
                + "<#list briefings as b>${b.title};</#list>\n");
        BuildConfig.Builder withTemplates = config().templateDirectory(templates);
        build(withTemplates);
        seed("memo.md", Files.readString(seeds.resolve("memo.md")).replace("title: A memo", "title: A new memo"));
        BuildResult edited = build(withTemplates);
        assertTrue(edited.changed().contains(SitePaths.tag("grid")), "every tag page lists every tag's briefings");
        assertTrue(edited.changed().contains(SitePaths.notFound()), "the 404 page lists the briefings");
        assertAsClean(withTemplates);
        assertTrue(Files.readString(out.resolve(SitePaths.tag("agriculture"))).contains("A new memo"));
    }

    @Test
    void aTemplateEditRewritesEveryPageAndABrokenOneLeavesTheSiteAsItWas() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        BuildConfig.Builder withTemplates = config().templateDirectory(templates);
        BuildResult first = build(withTemplates);
        Files.writeString(templates.resolve("robots.ftl"), "User-agent: *\nDisallow: /private/\n");
        BuildResult edited = build(config().templateDirectory(templates));
        assertEquals(edited.pages(), edited.pagesWritten(), "any template may include any other");
        assertEquals(first.pages(), edited.pages());
        assertAsClean(config().templateDirectory(templates));

        build(config().templateDirectory(templates));
        Map<String, String> before = site();
        Files.writeString(templates.resolve("tag.ftlh"), "<#if>broken</#if>");
        assertThrows(BuildException.class, () -> build(config().templateDirectory(templates)));
        assertEquals(before, site(), "a failed build changes nothing");
        Files.delete(templates.resolve("tag.ftlh"));
        BuildResult mended = build(config().templateDirectory(templates));
        assertEquals(0, mended.pagesWritten(), "the theme is as it was before the broken template");
        assertEquals(before, site());
    }

    @Test
    void aPageChangedOrDeletedInTheOutputIsWrittenAgain() throws Exception {
        Map<String, String> clean = clean(config());
        build(config());
        Files.writeString(out.resolve(SitePaths.robots()), "changed by hand");
        Files.delete(out.resolve(SitePaths.tags()));
        BuildResult result = build(config());
        assertEquals(java.util.Set.of(SitePaths.robots(), SitePaths.tags()), result.changed());
        assertEquals(2, result.pagesWritten());
        assertEquals(clean, site());
    }

    @Test
    void aDamagedRecordOfPagesIsReportedAndEveryPageWrittenAgain() throws Exception {
        Map<String, String> clean = clean(config());
        build(config());
        Path record;
        try (Stream<Path> files = Files.list(cache)) {
            record = files.filter(f -> f.getFileName().toString().endsWith(".rec")).findFirst().orElseThrow();
        }
        List<String> lines = Files.readAllLines(record);
        Files.write(record, lines.subList(0, lines.size() / 2));
        BuildResult result = build(config());
        assertEquals(result.pages(), result.pagesWritten());
        assertEquals(clean, site());
        assertEquals(1, warnings.size(), String.join("\n", warnings));
        assertTrue(warnings.get(0).contains("cannot be used (it is cut short); every page is written again"),
                warnings.get(0));
        assertEquals(0, build(config()).pagesWritten());
    }

    @Test
    void removedBriefingsLeaveTheSiteInPlaceAndFilesOfOtherToolsStay() throws Exception {
        build(config());
        Files.createDirectories(out.resolve("extra"));
        Files.writeString(out.resolve("extra/report.html"), "<p>another tool's page</p>");
        String plain = build(config()).summaries().stream().filter(s -> s.title().equals("A plain note"))
                .findFirst().orElseThrow().path();
        assertTrue(Files.exists(out.resolve(plain)));
        Files.delete(seeds.resolve("notes/plain.txt"));
        BuildResult result = build(config());
        assertTrue(result.changed().contains(plain), result.changed().toString());
        assertFalse(Files.exists(out.resolve(plain).getParent()), "the briefing's folder is gone");
        assertEquals("<p>another tool's page</p>", Files.readString(out.resolve("extra/report.html")));
        Files.delete(out.resolve("extra/report.html"));
        Files.delete(out.resolve("extra"));
        assertAsClean(config());
    }
    /** Sets every seed's time an hour back: as seeds are when a build starts long after they were saved. */
    private void seedsSavedLongAgo() throws IOException {
        try (Stream<Path> walk = Files.walk(seeds)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
            }
        }
    }

    @Test
    void aBuildWhoseInputsAreAllUnchangedSaysTheLastResultAgainAndReadsNoSeed() throws Exception {
        seedsSavedLongAgo();
        BuildResult first = build(config());
        assertFalse(first.stageMillis().containsKey("up to date"));
        Map<String, FileTime> times = times();
        Map<String, String> files = site();

        BuildResult again = build(config());
        assertTrue(again.stageMillis().containsKey("up to date"), again.stageMillis().toString());
        assertEquals(0, again.seedsAnalysed());
        assertEquals(0, again.pagesWritten());
        assertEquals(first.briefings(), again.briefings());
        assertEquals(first.entities(), again.entities());
        assertEquals(first.pages(), again.pages());
        assertEquals(first.warnings(), again.warnings());
        assertEquals(first.skipped(), again.skipped());
        assertEquals(first.summaries(), again.summaries());
        assertEquals(times, times());
        assertEquals(files, site());
        assertEquals(List.of(), warnings);
    }

    @Test
    void anyChangedInputOrOutputFileMakesTheBuildGoTheUsualWay() throws Exception {
        seedsSavedLongAgo();
        build(config());
        assertTrue(build(config()).stageMillis().containsKey("up to date"));

        Files.delete(out.resolve(SitePaths.tags()));
        BuildResult deleted = build(config());
        assertFalse(deleted.stageMillis().containsKey("up to date"), "a page of the site is gone");
        assertEquals(1, deleted.pagesWritten());

        assertTrue(build(config()).stageMillis().containsKey("up to date"));
        assertFalse(build(config().siteTitle("Another title")).stageMillis().containsKey("up to date"));
        assertFalse(build(config()).stageMillis().containsKey("up to date"), "the title changed back");
        assertTrue(build(config()).stageMillis().containsKey("up to date"));

        Path memo = seeds.resolve("memo.md");
        Files.setLastModifiedTime(memo, FileTime.from(Instant.now().minus(Duration.ofMinutes(30))));
        BuildResult touched = build(config());
        assertFalse(touched.stageMillis().containsKey("up to date"), "a seed's time changed");
        assertEquals(0, touched.seedsAnalysed(), "its bytes did not: taken from the cache");
        assertEquals(0, touched.pagesWritten());

        String text = Files.readString(memo);
        Files.writeString(memo, text.replace("2 GW", "5 GW"));
        BuildResult edited = build(config());
        assertEquals(1, edited.seedsAnalysed());
        Files.writeString(memo, text.replace("2 GW", "6 GW"));
        BuildResult racy = build(config());
        assertFalse(racy.stageMillis().containsKey("up to date"), "saved while the last build ran: not trusted");
        assertEquals(1, racy.seedsAnalysed());
        assertAsClean(config());
    }
    @Test
    void whatAnotherHandOrBuildWritesIntoThePreviewsOutputIsMadeRightByItsNextBuild() throws Exception {
        SiteBuilder preview = preview(config().cacheDirectory(cache).build());
        preview.build();
        Thread.sleep(300); // as long after the build as anything the preview builder does in the background
        Files.writeString(out.resolve(SitePaths.robots()), "changed by hand");
        Files.delete(out.resolve(SitePaths.tags()));
        seed("memo.md", Files.readString(seeds.resolve("memo.md")).replace("2 GW", "7 GW"));
        Files.setLastModifiedTime(seeds.resolve("memo.md"), FileTime.from(Instant.now().plusSeconds(5)));
        preview.build();
        assertEquals(cleanApart(config()), site(), "the pages changed by hand are written again at once");
        // a one-shot build into the same folder while the preview runs, then the seed as it was
        Thread.sleep(300);
        String text = Files.readString(seeds.resolve("memo.md"));
        seed("memo.md", text.replace("7 GW", "9 GW"));
        Files.setLastModifiedTime(seeds.resolve("memo.md"), FileTime.from(Instant.now().plusSeconds(10)));
        build(config());
        seed("memo.md", text);
        Files.setLastModifiedTime(seeds.resolve("memo.md"), FileTime.from(Instant.now().plusSeconds(15)));
        preview.build();
        assertEquals(cleanApart(config()), site(), "what the other build wrote is made right");
    }

    @Test
    void thePreviewServersBuilderReadsEverySeedAtItsFirstBuildEvenWithNothingChanged() throws Exception {
        seedsSavedLongAgo();
        build(config());
        assertTrue(build(config()).stageMillis().containsKey("up to date"));
        SiteBuilder preview = preview(config().cacheDirectory(cache).build());
        BuildResult first = preview.build();
        assertFalse(first.stageMillis().containsKey("up to date"), "it holds what an edit needs");
        assertEquals(seedCount(), first.seedsCached());
        assertEquals(0, first.pagesWritten());
        seed("memo.md", Files.readString(seeds.resolve("memo.md")).replace("2 GW", "7 GW"));
        Files.setLastModifiedTime(seeds.resolve("memo.md"), FileTime.from(Instant.now().plusSeconds(5)));
        BuildResult edit = preview.build();
        assertEquals(1, edit.seedsAnalysed());
        assertEquals(seedCount() - 1, edit.seedsCached(), "the others remembered, not read again");
        assertAsClean(config());
    }
}
