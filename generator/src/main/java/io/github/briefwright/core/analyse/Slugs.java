package io.github.briefwright.core.analyse;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * URL slugs: lowercase ASCII letters, digits and single hyphens. Latin letters lose their accents ("Zürich" to
 * "zurich", "Straße" to "strasse"), Cyrillic and Greek are romanised ("Москва" to "moskva", "Αθήνα" to "athina");
 * letters of other scripts are dropped, and a slug with nothing left falls back to the caller's default.
 */
public final class Slugs {

    private static final int MAX_LENGTH = 80;
    private static final Map<Character, String> SPECIAL = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('Æ', "ae"), Map.entry('ø', "o"),
            Map.entry('Ø', "o"), Map.entry('œ', "oe"), Map.entry('Œ', "oe"), Map.entry('ł', "l"),
            Map.entry('Ł', "l"), Map.entry('đ', "d"), Map.entry('Đ', "d"), Map.entry('þ', "th"),
            Map.entry('Þ', "th"), Map.entry('ð', "d"), Map.entry('ı', "i"), Map.entry('&', " and "));

    /** Cyrillic and Greek letters in a plain romanisation (lowercase; the slug is lowercase anyway). */
    private static final Map<Character, String> ROMAN = romanisation(
            "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
            new String[] {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s",
                "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi", "ye", "g"},
            "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ",
            new String[] {"a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s",
                "t", "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "i", "y", "i", "y"});

    private Slugs() {
    }

    private static Map<Character, String> romanisation(String cyrillic, String[] cyrillicRoman, String greek,
            String[] greekRoman) {
        Map<Character, String> map = new java.util.HashMap<>();
        for (int i = 0; i < cyrillic.length(); i++) {
            map.put(cyrillic.charAt(i), cyrillicRoman[i]);
        }
        for (int i = 0; i < greek.length(); i++) {
            map.put(greek.charAt(i), greekRoman[i]);
        }
        return Map.copyOf(map);
    }

    /** A slug for any text; never empty ({@code fallback} when nothing usable is left). */
    public static String of(String text, String fallback) {
        StringBuilder ascii = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            String special = SPECIAL.get(c);
            if (special == null) {
                special = ROMAN.get(Character.toLowerCase(c));
            }
            ascii.append(special != null ? special : String.valueOf(c));
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
