package io.github.briefwright.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Which URLs from a seed, its front matter or the glossary may become a link or an image on a page. One rule for
 * every place such a URL reaches a page: Markdown links, images and autolinks, raw HTML kept by the sanitiser,
 * the source URL and the glossary's links.
 *
 * <p>Allowed:
 * <ul>
 *   <li>the schemes {@code http:}, {@code https:} and {@code mailto:}, in any case;</li>
 *   <li>relative references: a path ({@code a/b.html}, {@code ./x}, {@code ../x}, {@code /x}), a query
 *       ({@code ?q=1}) or a fragment ({@code #s-3}), and the empty reference;</li>
 *   <li>protocol-relative {@code //host/path}, which is written as {@code https://host/path} (so that a site
 *       opened from disk does not turn it into {@code file://host/path}).</li>
 * </ul>
 *
 * <p>Refused: every other scheme ({@code javascript:}, {@code vbscript:}, {@code data:}, {@code file:},
 * {@code blob:}, {@code ftp:}, anything unknown), and whatever hides one:
 * <ul>
 *   <li>a control character anywhere (C0, DEL, C1), tabs and line breaks included: browsers drop tabs and line
 *       breaks, so {@code java\tscript:} is {@code javascript:} to them;</li>
 *   <li>a colon before the first {@code /}, {@code ?} or {@code #} that does not end one of the allowed schemes
 *       (so a scheme spelled with an invisible or odd character is refused, not read as a path);</li>
 *   <li>more than two leading slashes, or a backslash among the first two characters ({@code ///host},
 *       {@code /\host}, {@code \\host}): browsers read those as another host or a network share.</li>
 * </ul>
 * Spaces at either end are ignored, as browsers ignore them. The URL is judged both as given and with its HTML
 * character references decoded once ({@code &#106;avascript:}, {@code javascript&colon;}): it is allowed only if
 * both pass. A percent-encoded colon ({@code javascript%3A…}) is not decoded by browsers in a scheme, so such a
 * URL is a harmless relative path and is allowed.
 */
public final class UrlPolicy {

    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

    private UrlPolicy() {
    }

    /** Whether {@code url} may be the target of a link or an image. */
    public static boolean allows(String url) {
        return safe(url) != null;
    }

    /**
     * The URL to write for {@code url}: the URL itself, stripped of spaces at either end, or {@code https:} put
     * before a protocol-relative one; {@code null} when the policy refuses it.
     */
    public static String safe(String url) {
        if (url == null) {
            return null;
        }
        String given = judge(url);
        String decoded = url.indexOf('&') < 0 ? given : judge(Parser.unescapeEntities(url, true));
        return decoded == null ? null : given;
    }

    /**
     * Whether {@code url} is an absolute {@code http(s)} URL with a host that the policy allows: what a source
     * URL or a glossary link must be.
     */
    public static boolean isWebAddress(String url) {
        String safe = safe(url);
        if (safe == null) {
            return false;
        }
        try {
            URI uri = new URI(safe);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** {@code url} as it is to be written if allowed, else {@code null}. */
    public static String webAddress(String url) {
        return isWebAddress(url) ? safe(url) : null;
    }

    private static String judge(String url) {
        String value = stripSpaces(url);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                return null;
            }
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                break;
            }
            if (c == ':') {
                return SCHEMES.contains(value.substring(0, i).toLowerCase(Locale.ROOT)) ? value : null;
            }
        }
        if (value.startsWith("\\") || value.startsWith("/\\")) {
            return null;
        }
        if (value.startsWith("//")) {
            if (value.length() == 2 || value.charAt(2) == '/' || value.charAt(2) == '\\') {
                return null;
            }
            return "https:" + value;
        }
        return value;
    }

    /** Without spaces at either end, as browsers read an attribute holding a URL. */
    private static String stripSpaces(String url) {
        int start = 0;
        int end = url.length();
        while (start < end && isSpace(url.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(url.charAt(end - 1))) {
            end--;
        }
        return url.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isSpaceChar(c);
    }
}
