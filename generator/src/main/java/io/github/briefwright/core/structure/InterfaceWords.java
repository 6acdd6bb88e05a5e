package io.github.briefwright.core.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a site's own interface says ("Sign in", "My account", "Get in touch", "Zurück zur Übersicht"): the words and
 * phrases of {@value #RESOURCE}, and how much of a line they make up. The title scorer ({@link Titles}) marks a
 * candidate made mostly of them: the buttons and prompts of a page's header are short capitalised lines above the
 * headline, shaped as headlines are. Immutable; linear in the line.
 */
final class InterfaceWords {

    static final String RESOURCE = "io/github/briefwright/structure/interface-words.txt";
    /** Letters and digits, with inner apostrophes and hyphens: "s'abonner", "e-edition", "cadastre-se". */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");
    private static final int LONGEST = 4;
    /** Each listed phrase's words, under its first word. */
    private static final Map<String, List<String[]>> PHRASES = load();

    private InterfaceWords() {
    }

    /**
     * The share of a line's content words (those not in the stop-word list) that stand in a listed word or phrase;
     * 0 for a line without content words.
     */
    static double share(String line) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(line.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        boolean[] covered = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            for (String[] phrase : PHRASES.getOrDefault(words.get(i), List.of())) {
                if (matches(words, i, phrase)) {
                    for (int k = 0; k < phrase.length; k++) {
                        covered[i + k] = true;
                    }
                }
            }
        }
        int content = 0;
        int interfaceWords = 0;
        for (int i = 0; i < words.size(); i++) {
            if (!BlockFeatures.isStopWord(words.get(i))) {
                content++;
                interfaceWords += covered[i] ? 1 : 0;
            }
        }
        return content == 0 ? 0 : interfaceWords / (double) content;
    }

    private static boolean matches(List<String> words, int at, String[] phrase) {
        if (at + phrase.length > words.size()) {
            return false;
        }
        for (int k = 1; k < phrase.length; k++) {
            if (!words.get(at + k).equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, List<String[]>> load() {
        Map<String, List<String[]>> phrases = new HashMap<>();
        try (InputStream in = InterfaceWords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                List<String> words = new ArrayList<>();
                Matcher matcher = WORD.matcher(entry.toLowerCase(Locale.ROOT));
                while (matcher.find()) {
                    words.add(matcher.group());
                }
                if (words.isEmpty() || words.size() > LONGEST) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": a word or a phrase of up to "
                            + LONGEST + " words, not '" + entry + "'");
                }
                phrases.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(words.toArray(String[]::new));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String[]>> frozen = new HashMap<>();
        phrases.forEach((first, list) -> frozen.put(first, List.copyOf(list)));
        return Map.copyOf(frozen);
    }
}
