package io.github.briefwright.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages of a long entity or tag page are rewritten for what they show: an edit to one briefing rewrites the
 * page it is on, and the first page when the counts it shows change; a template that shows more on every page has
 * every page rewritten. Each time the site is as a clean build makes it.
 */
class PagedKeysTest {

    private static final int BRIEFINGS = 230;

    @TempDir
    Path dir;
    private Path seeds;
    private Path out;

    @BeforeEach
    void seeds() throws Exception {
        seeds = Files.createDirectories(dir.resolve("seeds"));
        out = dir.resolve("site");
        for (int i = 0; i < BRIEFINGS; i++) {
            seed(i, "");
        }
    }

    /** Briefing {@code i}: newer for a smaller {@code i}, so that it is on page {@code i / 100 + 1} of its lists. */
    private void seed(int i, String more) throws Exception {
        String date = java.time.LocalDate.of(2024, 1, 1).minusDays(i).toString();
        Files.writeString(seeds.resolve(String.format("b-%03d.md", i)), "---\ntitle: Briefing " + i + "\ndate: "
                + date + "\ntags: [economy]\n---\n\nThe World Bank lent money in round " + i + ".\n" + more);
    }

    private BuildConfig.Builder config(Path templates) {
        BuildConfig.Builder config = BuildConfig.builder().seedDirectory(seeds).outputDirectory(out)
                .cacheDirectory(dir.resolve("cache"));
        return templates == null ? config : config.templateDirectory(templates);
    }

    private BuildResult build(BuildConfig.Builder config) throws BuildException {
        return new SiteBuilder(config.build(), Reporter.SILENT).build();
    }

    @Test
    void anEditRewritesThePageItIsOnAndTheFirstPageWithTheCounts() throws Exception {
        build(config(null));
        seed(150, "The World Bank said so again.\n");
        BuildResult edited = build(config(null));
        String entity = SitePaths.entity("world-bank");
        assertTrue(edited.changed().contains(entity), "the first page shows the mentions: " + edited.changed());
        assertTrue(edited.changed().contains(SitePaths.entityPage("world-bank", 2)), "the edited briefing is there");
        assertFalse(edited.changed().contains(SitePaths.entityPage("world-bank", 3)), edited.changed().toString());
        assertTrue(edited.changed().contains(SitePaths.tagPage("economy", 2)), edited.changed().toString());
        assertFalse(edited.changed().contains(SitePaths.tagPage("economy", 1)), "its briefings are unchanged");
        assertFalse(edited.changed().contains(SitePaths.tagPage("economy", 3)), edited.changed().toString());
        assertTrue(Files.readString(out.resolve(SitePaths.entityPage("world-bank", 3))).contains("Page 3 of 3"));
        Map<String, String> incremental = site();
        assertEquals(clean(config(null)), incremental);
    }

    @Test
    void aTemplateShowingTheCountsOnEveryPageHasEveryPageRewritten() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("entity.ftlh"), "${entity.name}: ${entity.mentions} mentions; page "
                + "${pagination.page}: <#list appearances as a>${a.title};</#list>\n");
        Files.writeString(templates.resolve("tag.ftlh"), "${tag.name}: ${tag.items?size} briefings\n");
        build(config(templates));
        seed(150, "The World Bank said so again.\n");
        BuildResult edited = build(config(templates));
        for (int page = 1; page <= 3; page++) {
            assertTrue(edited.changed().contains(SitePaths.entityPage("world-bank", page)), "page " + page);
            assertTrue(edited.changed().contains(SitePaths.tagPage("economy", page)), "every page reads all the "
                    + "tag's briefings: page " + page);
        }
        seed(BRIEFINGS, "");
        build(config(templates));
        Map<String, String> incremental = site();
        assertEquals(clean(config(templates)), incremental);
        assertTrue(Files.readString(out.resolve(SitePaths.tagPage("economy", 3))).contains("231 briefings"));
    }

    @Test
    void aTemplateListingTheEntitysFieldsReadsThemAll() throws Exception {
        BuildResult edited = editWithEntityTemplate("<#list entity?keys?sort as k>${k} </#list>${pagination.page}\n",
                150);
        assertTrue(Files.readString(out.resolve(SitePaths.entityPage("world-bank", 3))).contains("mentions "));
        assertTrue(edited.changed().contains(SitePaths.entityPage("world-bank", 3)), "listing reads every field");
    }

    @Test
    void aTemplateReadingMoreThanAFieldOfEntityReadsItAll() throws Exception {
        BuildResult edited = editWithEntityTemplate("${pagination.page} <#if pagination.page == 3>"
                + "${entity.hashCode?c} ${entity?length}</#if>\n", 5);
        assertTrue(edited.changed().contains(SitePaths.entityPage("world-bank", 3)), "a method reads every field");
    }

    /**
     * Builds with {@code template} as {@code entity.ftlh}, then again after briefing {@code edited} names the World
     * Bank once more (its mentions change, and only the page it is on shows it): the second build's result.
     */
    private BuildResult editWithEntityTemplate(String template, int edited) throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("entity.ftlh"), template);
        build(config(templates));
        seed(edited, "The World Bank said so again.\n");
        return build(config(templates));
    }

    /**
     * Every field of an entity or tag page is in its page's key or one of its optional parts: a field added to
     * the model must be added to one of them, or a page showing it would not be written again when it changes.
     */
    @Test
    void everyFieldOfAnEntityOrTagIsKeyed() {
        java.util.Set<String> entity = new java.util.TreeSet<>();
        for (var component : io.github.briefwright.core.model.EntityPage.class.getRecordComponents()) {
            entity.add(component.getName());
        }
        // PageKeys.entityPage digests these; PageKeys.entityParts gives the others
        assertEquals(new java.util.TreeSet<>(java.util.List.of("id", "name", "type", "description", "link",
                "mentions", "companions", "briefings")), entity);
        java.util.Set<String> tag = new java.util.TreeSet<>();
        for (var component : io.github.briefwright.core.model.Collection.class.getRecordComponents()) {
            tag.add(component.getName());
        }
        assertEquals(new java.util.TreeSet<>(java.util.List.of("slug", "name", "items")), tag,
                "SiteBuilder keys a tag page by slug and name, and tag.items as optional");
    }

    /** Builds without the cache and returns every file of the site, by path, with a hash of its bytes. */
    private Map<String, String> clean(BuildConfig.Builder config) throws Exception {
        new SiteBuilder(config.cacheDirectory(null).build(), Reporter.SILENT).build();
        return site();
    }

    private Map<String, String> site() throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(file).toString(), HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return files;
    }
}
