package io.github.briefwright.core;

/**
 * Where every file of a site goes, as {@code /}-separated paths from the site root. The builder, the renderer and
 * the analysis (which links a briefing's entities to their pages) take their paths from here and nowhere else.
 *
 * <p>No two methods share a name, so that templates call them without FreeMarker choosing among overloads.
 *
 * <p>Lists that grow with the site are paginated: page 1 of a list is at its own path ({@code tags/economy/index.html}),
 * page {@code n} in a {@code page/n/} folder beside it ({@code tags/economy/page/2/index.html}).
 */
public final class SitePaths {

    private static final String INDEX = "index.html";

    private SitePaths() {
    }

    /** The home page. */
    public static String home() {
        return INDEX;
    }

    /** Page {@code page} (1-based) of the home page's list: {@code index.html}, then {@code page/<n>/index.html}. */
    public static String homePage(int page) {
        return paged(INDEX, page);
    }

    /** A briefing's page. */
    public static String briefing(String slug) {
        return "briefings/" + slug + "/" + INDEX;
    }

    /** A briefing's data, beside its page. */
    public static String briefingJson(String slug) {
        return "briefings/" + slug + "/briefing.json";
    }

    /** The entity index. */
    public static String entities() {
        return "entities/" + INDEX;
    }

    /** An entity's page. */
    public static String entity(String id) {
        return "entities/" + id + "/" + INDEX;
    }

    /** Page {@code page} (1-based) of an entity's page. */
    public static String entityPage(String id, int page) {
        return paged(entity(id), page);
    }

    /** The tag index. */
    public static String tags() {
        return "tags/" + INDEX;
    }

    /** A tag's page. */
    public static String tag(String slug) {
        return "tags/" + slug + "/" + INDEX;
    }

    /** Page {@code page} (1-based) of a tag's page. */
    public static String tagPage(String slug, int page) {
        return paged(tag(slug), page);
    }

    /** The timeline of all briefings. */
    public static String timeline() {
        return "timeline/" + INDEX;
    }

    /** Page {@code page} (1-based) of the timeline. */
    public static String timelinePage(int page) {
        return paged(timeline(), page);
    }

    /** The search page. */
    public static String search() {
        return "search/" + INDEX;
    }

    /** The search index script the search page loads: it names the parts of the index ({@link #searchPart}). */
    public static String searchIndex() {
        return "search/index.js";
    }

    /** Part {@code part} (from 0) of the search index, beside {@link #searchIndex()}. */
    public static String searchPart(int part) {
        return "search/index-" + part + ".js";
    }

    /** The Atom feed. */
    public static String feed() {
        return "feed.xml";
    }

    /** The JSON feed. */
    public static String jsonFeed() {
        return "feed.json";
    }

    /** The page served for a missing address. */
    public static String notFound() {
        return "404.html";
    }

    /** The sitemap, when the site's address is known. */
    public static String sitemap() {
        return "sitemap.xml";
    }

    /** The robots file. */
    public static String robots() {
        return "robots.txt";
    }

    /** The relative path from the page at {@code path} to the site root: {@code ""}, {@code "../"}, {@code "../../"}… */
    public static String root(String path) {
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    /** The link from a briefing's page to {@code path} (from the site root), for HTML made before it is rendered. */
    public static String fromBriefing(String path) {
        return root(briefing("slug")) + path;
    }

    /**
     * Page {@code page} of a list whose first page is {@code first} (a path ending in {@code index.html}): {@code
     * first} itself for page 1, else {@code page/<n>/index.html} in the first page's folder.
     */
    public static String paged(String first, int page) {
        if (page < 1 || !first.endsWith(INDEX)) {
            throw new IllegalArgumentException("no page " + page + " of " + first);
        }
        return page == 1 ? first : first.substring(0, first.length() - INDEX.length()) + "page/" + page + "/" + INDEX;
    }
}
