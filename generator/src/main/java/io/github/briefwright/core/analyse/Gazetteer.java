package io.github.briefwright.core.analyse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists entity finding relies on, read once from this jar ({@code io/github/briefwright/analyse/}):
 * places and organisations with their aliases, titles that stand before names, adjectives of nationality,
 * capitalised words that are never entities, and function words. Immutable and shared.
 */
final class Gazetteer {

    /** An entry: its canonical name and type. */
    record Known(String name, String type) {
    }

    static final Gazetteer DEFAULT = load();

    private final Map<String, Known> known;
    /** Keys of names written only in capitals ("WHO"): such a name is known only when it is written so. */
    private final Set<String> acronyms;
    private final Map<String, io.github.briefwright.core.model.GlossaryEntry> glossary;
    private final Set<String> titles;
    private final Set<String> demonyms;
    private final Set<String> notEntities;
    private final Set<String> functionWords;

    private Gazetteer(Map<String, Known> known, Set<String> acronyms, Set<String> titles, Set<String> demonyms,
            Set<String> notEntities, Set<String> functionWords) {
        this(known, acronyms, Map.of(), titles, demonyms, notEntities, functionWords);
    }

    private Gazetteer(Map<String, Known> known, Set<String> acronyms,
            Map<String, io.github.briefwright.core.model.GlossaryEntry> glossary,
            Set<String> titles, Set<String> demonyms, Set<String> notEntities, Set<String> functionWords) {
        this.known = Map.copyOf(known);
        this.acronyms = Set.copyOf(acronyms);
        this.glossary = Map.copyOf(glossary);
        this.titles = Set.copyOf(titles);
        this.demonyms = Set.copyOf(demonyms);
        this.notEntities = Set.copyOf(notEntities);
        this.functionWords = Set.copyOf(functionWords);
    }

    /** These word lists with the user's glossary on top: its names and aliases are known, with its types. */
    Gazetteer with(java.util.List<io.github.briefwright.core.model.GlossaryEntry> entries) {
        if (entries.isEmpty()) {
            return this;
        }
        Map<String, Known> all = new HashMap<>(known);
        Set<String> capitals = new HashSet<>(acronyms);
        Map<String, io.github.briefwright.core.model.GlossaryEntry> notes = new HashMap<>();
        for (io.github.briefwright.core.model.GlossaryEntry entry : entries) {
            Known k = new Known(entry.name(), entry.type());
            for (String name : concat(entry.name(), entry.aliases())) {
                all.put(key(name), k);
                if (isAcronym(name)) {
                    capitals.add(key(name));
                } else {
                    capitals.remove(key(name));
                }
            }
            notes.put(key(entry.name()), entry);
        }
        return new Gazetteer(all, capitals, notes, titles, demonyms, notEntities, functionWords);
    }

    /** The glossary entry of an entity, by its canonical name, or {@code null}. */
    io.github.briefwright.core.model.GlossaryEntry glossary(String name) {
        return glossary.get(key(name));
    }

    /** A place or organisation by any of its names (case and a leading "the" ignored). */
    Known known(String name) {
        String key = key(name);
        Known found = known.get(key);
        return found != null && acronyms.contains(key) && !isAcronym(name.strip()) ? null : found;
    }

    /** Whether a name is written in capitals only, with at least two letters ("WHO", "U.N."). */
    static boolean isAcronym(String name) {
        int letters = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    private static java.util.List<String> concat(String name, java.util.List<String> aliases) {
        java.util.List<String> all = new java.util.ArrayList<>(aliases.size() + 1);
        all.add(name);
        all.addAll(aliases);
        return all;
    }

    boolean isTitle(String words) {
        return titles.contains(words);
    }

    boolean isDemonym(String word) {
        return demonyms.contains(word) || word.endsWith("s") && demonyms.contains(word.substring(0, word.length() - 1))
                || word.endsWith("ns") && demonyms.contains(word.substring(0, word.length() - 1));
    }

    boolean isNotEntity(String word) {
        return notEntities.contains(word);
    }

    boolean isFunctionWord(String word) {
        return functionWords.contains(word.toLowerCase(Locale.ROOT));
    }

    static String key(String name) {
        String k = name.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    private static Gazetteer load() {
        Map<String, Known> known = new HashMap<>();
        Set<String> acronyms = new HashSet<>();
        Set<String> written = new HashSet<>();
        read("places.txt", line -> add(known, acronyms, written, line, "place"));
        read("organisations.txt", line -> add(known, acronyms, written, line, "organisation"));
        acronyms.removeAll(written);
        Set<String> titles = new HashSet<>();
        read("titles.txt", titles::add);
        Set<String> demonyms = new HashSet<>();
        read("demonyms.txt", demonyms::add);
        Set<String> notEntities = new HashSet<>();
        read("not-entities.txt", notEntities::add);
        Set<String> functionWords = new HashSet<>();
        read("function-words.txt", functionWords::add);
        return new Gazetteer(known, acronyms, titles, demonyms, notEntities, functionWords);
    }

    /** Adds a line's names; {@code acronyms} and {@code written} collect the keys of names in capitals and of others. */
    private static void add(Map<String, Known> known, Set<String> acronyms, Set<String> written, String line,
            String type) {
        String[] names = line.split("\\|");
        Known entry = new Known(names[0].strip(), type);
        for (String name : names) {
            known.putIfAbsent(key(name), entry);
            (isAcronym(name.strip()) ? acronyms : written).add(key(name));
        }
    }

    private static void read(String file, java.util.function.Consumer<String> sink) {
        String resource = "io/github/briefwright/analyse/" + file;
        try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    sink.accept(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
