package io.github.briefwright.core.model;

/**
 * What every page knows about the site.
 *
 * @param baseUrl the absolute URL the site is published at, ending in {@code /}; {@code null} when not configured
 * @param updated when the newest briefing is dated, ISO 8601, or {@code null}
 */
public record SiteInfo(String title, String baseUrl, String generator, String updated) {
    public SiteInfo {
        if (baseUrl != null && !baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
    }
}
