package io.github.briefwright.core.model;

/**
 * What every page knows about the site.
 *
 * @param baseUrl the absolute URL the site is published at, ending in {@code /}; {@code null} when not configured
 * @param updated when the newest briefing is dated, ISO 8601, or {@code null}
 * @param parentSite the site this one belongs to, which every page links back to, or {@code null}
 */
public record SiteInfo(String title, String baseUrl, String generator, String updated, ParentSite parentSite) {
    public SiteInfo {
        if (baseUrl != null && !baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
    }

    /** A site that belongs to no other. */
    public SiteInfo(String title, String baseUrl, String generator, String updated) {
        this(title, baseUrl, generator, updated, null);
    }
}
