package io.github.briefwright.core.model;

import java.util.Locale;

/**
 * The site this briefing site belongs to, such as the project's Maven site it is published under: every page
 * links back to it.
 *
 * @param label    the link's text, such as the project's name
 * @param href     where it leads: a path relative to the briefing site's root (such as {@code ../index.html}),
 *                 or an absolute {@code http(s)} address
 * @param relative whether {@code href} is relative to the site root, so that a page puts its own path to the
 *                 root ({@code root}) in front of it
 */
public record ParentSite(String label, String href, boolean relative) {

    /**
     * A parent site linked as {@code href}, shown as {@code label}.
     *
     * @throws IllegalArgumentException when the address is blank, or neither a relative path nor an
     *                                  {@code http(s)} address
     */
    public static ParentSite of(String label, String href) {
        if (href == null || href.isBlank()) {
            throw new IllegalArgumentException("the parent site's address is empty");
        }
        String link = href.strip();
        String lower = link.toLowerCase(Locale.ROOT);
        boolean absolute = lower.startsWith("http://") || lower.startsWith("https://");
        if (!absolute && (link.startsWith("/") || link.startsWith("\\") || link.indexOf(':') >= 0
                && link.indexOf(':') < firstOf(link, "/?#"))) {
            throw new IllegalArgumentException("the parent site's address '" + href + "' must be a path relative "
                    + "to the briefing site's root, such as ../index.html, or an http(s) address");
        }
        String text = label == null || label.isBlank() ? "Project site" : label.strip();
        return new ParentSite(text, link, !absolute);
    }

    private static int firstOf(String text, String characters) {
        int first = text.length();
        for (char c : characters.toCharArray()) {
            int at = text.indexOf(c);
            if (at >= 0 && at < first) {
                first = at;
            }
        }
        return first;
    }
}
