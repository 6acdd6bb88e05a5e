package io.github.briefwright.core.structure;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The month a name no language list holds stands for, when it is a European month's name as another language borrowed
 * it ("Outubru", "Novembala", "Fepuari", Zulu "Januwari" after its "ku"): many languages of Africa, the Pacific and
 * Asia write the months so, and the locale data knows few of them. A name is read by its sounds, not its spelling: its
 * consonants in classes (b, p, f and v one; t and d one; k, c, g and q one; l and r one; s, z and x one; w, y and h as
 * vowels), the same class twice in a row as one (vowels between them or not: "Fēpueli" and "February" both "p r"), and
 * whether it opens with a vowel ("Outubru" and "Outubro" both "V t p r"). It stands for a month when nine in ten of the
 * full names {@link DateText} knows (four letters or more, Latin script) with its sounds name that month (two or more),
 * or of those with its sounds and one more at the end when it has four or more ("Septemba", September); a name of fewer
 * than four letters or two sounds is none. {@link DateText#findAll} asks only for a word between a day and a year, in a
 * text where it finds no date of known names. Immutable.
 */
final class BorrowedMonths {

    private static final int MIN_LETTERS = 4;
    private static final int MIN_SOUNDS = 2;
    private static final int MIN_PREFIX_SOUNDS = 4;
    private static final double MAJORITY = 0.9;
    /** Names of a month that must share a sound pattern: one language's own name is no borrowing. */
    private static final int MIN_NAMES = 2;
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    /** A class prefix glued to a capitalised name: Zulu "kuJanuwari". */
    private static final Pattern GLUED_PREFIX = Pattern.compile("\\p{Ll}{1,3}(?=\\p{Lu})");

    /** The month of each sound pattern the known names have, where nearly all of them name that month. */
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    /** The same, of each sound pattern less its last sound, of four sounds or more. */
    private static final Map<String, Integer> SHORTENED = new HashMap<>();

    static {
        Map<String, int[]> counts = new HashMap<>();
        Map<String, int[]> shortened = new HashMap<>();
        DateText.monthNames().forEach((name, month) -> {
            if (name.length() >= MIN_LETTERS && LATIN.matcher(name).matches()) {
                String sounds = sounds(name);
                counts.computeIfAbsent(sounds, k -> new int[13])[month]++;
                if (consonants(sounds) > MIN_PREFIX_SOUNDS) {
                    shortened.computeIfAbsent(sounds.substring(0, sounds.length() - 1), k -> new int[13])[month]++;
                }
            }
        });
        counts.forEach((sounds, byMonth) -> majority(byMonth).ifPresent(month -> MONTHS.put(sounds, month)));
        shortened.forEach((sounds, byMonth) -> majority(byMonth).ifPresent(month -> SHORTENED.put(sounds, month)));
    }

    /**
     * The month that {@value #MAJORITY} or more of the names of one sound pattern name, two names or more, or none:
     * "p r" is February's in some fifty languages and April's in one ("prill"), "m r s" March's but for one July;
     * "V k r" is only Kinyarwanda's October ("ukwakira"), its own word, which a Tsonga November ("Hukuri") is not.
     */
    private static Optional<Integer> majority(int[] byMonth) {
        int total = 0;
        int best = 0;
        for (int m = 1; m <= 12; m++) {
            total += byMonth[m];
            best = byMonth[m] > byMonth[best] ? m : best;
        }
        return best > 0 && byMonth[best] >= MIN_NAMES && byMonth[best] >= MAJORITY * total ? Optional.of(best)
                : Optional.empty();
    }

    private BorrowedMonths() {
    }

    /** The month (1 to 12) a word names as a borrowed month's name, or 0. */
    static int month(String word) {
        String name = GLUED_PREFIX.matcher(word).replaceFirst("");
        if (name.length() < MIN_LETTERS || !LATIN.matcher(name).matches()) {
            return 0;
        }
        String sounds = sounds(name);
        if (consonants(sounds) < MIN_SOUNDS) {
            return 0;
        }
        Integer month = MONTHS.get(sounds);
        if (month == null && consonants(sounds) >= MIN_PREFIX_SOUNDS) {
            month = SHORTENED.get(sounds);
        }
        return month == null ? 0 : month;
    }

    /** A name's sounds: "V" when it opens with a vowel, then its consonants' classes, runs as one. */
    static String sounds(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
        StringBuilder out = new StringBuilder();
        char last = 0;
        for (int i = 0; i < plain.length(); i++) {
            char c = soundClass(plain.charAt(i));
            if (i == 0 && c == 'V') {
                out.append('V');
            }
            if (c != 'V' && c != 0) {
                if (c != last) {
                    out.append(c);
                }
                last = c;
            }
        }
        return out.toString();
    }

    private static int consonants(String sounds) {
        return sounds.startsWith("V") ? sounds.length() - 1 : sounds.length();
    }

    /** The class of a letter: 'V' for a vowel (and w, y, h), 0 for no letter, else its consonant's class. */
    private static char soundClass(char c) {
        return switch (c) {
            // the open and central vowels of African and other alphabets too: Dagaare "Sɛbtɛmba", "Ɔgɔsɛ"
            case 'a', 'e', 'i', 'o', 'u', 'w', 'y', 'h', 'ɛ', 'ɔ', 'ə', 'ɪ', 'ʊ', 'ɨ', 'ʉ', 'ɑ', 'æ', 'ø', 'œ' -> 'V';
            case 'b', 'p', 'f', 'v' -> 'p';
            case 't', 'd' -> 't';
            case 'k', 'c', 'g', 'q' -> 'k';
            case 'l', 'r' -> 'r';
            case 's', 'z', 'x' -> 's';
            case 'j', 'm', 'n' -> c;
            default -> Character.isLetter(c) ? c : 0;
        };
    }
}
