package io.github.briefwright.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UrlPolicyTest {

    /** A URL, and what is written for it ({@code null}: refused). */
    static Stream<Arguments> urls() {
        return Stream.of(
                // allowed
                Arguments.of("https://ok.example/a?b#c", "https://ok.example/a?b#c"),
                Arguments.of("http://ok.example/", "http://ok.example/"),
                Arguments.of("HTTPS://OK.EXAMPLE/", "HTTPS://OK.EXAMPLE/"),
                Arguments.of("mailto:a@b.c", "mailto:a@b.c"),
                Arguments.of("MailTo:a@b.c", "MailTo:a@b.c"),
                Arguments.of("../x", "../x"),
                Arguments.of("./x.html", "./x.html"),
                Arguments.of("x/y.html", "x/y.html"),
                Arguments.of("/x", "/x"),
                Arguments.of("#s-3", "#s-3"),
                Arguments.of("?q=1", "?q=1"),
                Arguments.of("", ""),
                Arguments.of("a/b:c", "a/b:c"),
                Arguments.of("?next=javascript:x", "?next=javascript:x"),
                Arguments.of("  https://ok.example/  ", "https://ok.example/"),
                Arguments.of("https://ok.example/?a=1&amp;b=2", "https://ok.example/?a=1&amp;b=2"),
                Arguments.of("//ok.example/x", "https://ok.example/x"),
                Arguments.of("javascript%3Aalert(1)", "javascript%3Aalert(1)"),
                // as given, a path "&" and a fragment; written escaped, a browser reads it so too
                Arguments.of("&#104;ttps://ok.example/", "&#104;ttps://ok.example/"),
                // refused
                Arguments.of("javascript:alert(1)", null),
                Arguments.of("JaVaScRiPt:alert(1)", null),
                Arguments.of("java\tscript:alert(1)", null),
                Arguments.of("java\nscript:alert(1)", null),
                Arguments.of("java\u0000script:alert(1)", null),
                Arguments.of("https://ok.example/\u0085", null),
                Arguments.of(" javascript:alert(1)", null),
                Arguments.of("\u0001javascript:alert(1)", null),
                Arguments.of("\u00a0javascript:alert(1)", null),
                Arguments.of("java\u200bscript:alert(1)", null),
                Arguments.of("&#106;avascript:alert(1)", null),
                Arguments.of("&#x6A;avascript:alert(1)", null),
                Arguments.of("javascript&colon;alert(1)", null),
                Arguments.of("javascript&#58;alert(1)", null),
                Arguments.of("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", null),
                Arguments.of("DATA:image/svg+xml,<svg onload=alert(1)>", null),
                Arguments.of("vbscript:msgbox(1)", null),
                Arguments.of("file:///etc/passwd", null),
                Arguments.of("blob:https://ok.example/uuid", null),
                Arguments.of("ftp://ok.example/x", null),
                Arguments.of("tel:+15550100", null),
                Arguments.of("unknown:thing", null),
                Arguments.of(":nothing", null),
                Arguments.of("///evil.example/x", null),
                Arguments.of("/\\evil.example/x", null),
                Arguments.of("\\\\evil.example\\share", null),
                Arguments.of("//", null),
                Arguments.of(null, null));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @MethodSource("urls")
    void onePolicyForEveryUrl(String url, String written) {
        assertEquals(written, UrlPolicy.safe(url));
        assertEquals(written != null, UrlPolicy.allows(url));
    }

    static Stream<Arguments> webAddresses() {
        return Stream.of(
                Arguments.of("https://ok.example/a?b#c", true),
                Arguments.of("HTTP://ok.example", true),
                Arguments.of("//ok.example/x", true),
                Arguments.of("mailto:a@b.c", false),
                Arguments.of("../x", false),
                Arguments.of("https:relative", false),
                Arguments.of("https://", false),
                Arguments.of("javascript:alert(1)//https://ok.example", false),
                Arguments.of("data:text/html,x", false),
                Arguments.of("https://ok.example/a b", false));
    }

    @ParameterizedTest(name = "[{index}] {0} is a web address: {1}")
    @MethodSource("webAddresses")
    void sourceAndGlossaryLinksMustBeAbsoluteWebAddresses(String url, boolean web) {
        assertEquals(web, UrlPolicy.isWebAddress(url));
        if (web) {
            assertTrue(UrlPolicy.webAddress(url).matches("(?i)https?://.+"), UrlPolicy.webAddress(url));
        } else {
            assertNull(UrlPolicy.webAddress(url));
        }
        assertFalse(UrlPolicy.isWebAddress(null));
    }
}
