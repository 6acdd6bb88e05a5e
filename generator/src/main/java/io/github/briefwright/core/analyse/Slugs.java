package io.github.briefwright.core.analyse;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/** URL slugs: lowercase ASCII letters, digits and single hyphens, transliterated from any script we can. */
public final class Slugs {

    private static final int MAX_LENGTH = 80;
    private static final Map<Character, String> SPECIAL = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('Æ', "ae"), Map.entry('ø', "o"),
            Map.entry('Ø', "o"), Map.entry('œ', "oe"), Map.entry('Œ', "oe"), Map.entry('ł', "l"),
            Map.entry('Ł', "l"), Map.entry('đ', "d"), Map.entry('Đ', "d"), Map.entry('þ', "th"),
            Map.entry('Þ', "th"), Map.entry('ð', "d"), Map.entry('ı', "i"), Map.entry('&', " and "));

    private Slugs() {
    }

    /** A slug for any text; never empty ({@code fallback} when nothing usable is left). */
    public static String of(String text, String fallback) {
        StringBuilder ascii = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            ascii.append(SPECIAL.getOrDefault(c, String.valueOf(c)));
        }
        String decomposed = Normalizer.normalize(ascii, Normalizer.Form.NFKD);
        StringBuilder slug = new StringBuilder();
        boolean hyphen = false;
        for (char c : decomposed.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                hyphen = false;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && c != '\'' && c != '’') {
                hyphen = true;
            }
        }
        String result = slug.length() > MAX_LENGTH ? trim(slug.substring(0, MAX_LENGTH)) : slug.toString();
        return result.isEmpty() ? fallback : result;
    }

    private static String trim(String slug) {
        int cut = slug.lastIndexOf('-');
        return cut > MAX_LENGTH / 2 ? slug.substring(0, cut) : slug;
    }
}
