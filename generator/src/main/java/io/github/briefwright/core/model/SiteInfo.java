package io.github.briefwright.core.model;

/** What every page knows about the site. {@code baseUrl} is {@code null} when not configured. */
public record SiteInfo(String title, String baseUrl, String generator) {
}
