package io.github.briefwright.core.analyse;

import io.github.briefwright.core.model.Entity;
import io.github.briefwright.core.model.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people, organisations and places by rule and word list (see {@link Gazetteer}); no model, no network.
 *
 * <ol>
 *   <li>Candidates are runs of capitalised words ("Adel Abdul-Mahdi", "al-Sistani", "U.S."), joined by "of",
 *       "for", "and" and the like ("Bank of England"), with a possessive dropped ("Iraq's").</li>
 *   <li>Words that cannot start a name are dropped from the front: function words ("The", "Moreover"),
 *       adjectives of nationality ("Iraqi"), months, weekdays. A title before a name ("Prime Minister",
 *       "Ayatollah", "Gen.") or a role in lower case ("commander") makes it a person.</li>
 *   <li>What is left is a place or an organisation when the word lists know it under any alias ("U.S." is the
 *       United States), an organisation when it ends in a word such as "Force", "Bank" or "University" or is an
 *       acronym, a place when it follows "in", "at", "near" and the like, and otherwise a person.</li>
 *   <li>Within a briefing, a single word is the person whose surname it is ("Abdul-Mahdi"), and the text's own
 *       definitions are aliases ("the Islamic State, also known as ISIS"; "European Central Bank (ECB)").
 *       Single words that resolve to nothing are left out: precision over recall.</li>
 * </ol>
 * Ids are slugs of the canonical name, so the same entity has the same id in every briefing. Linear in the text.
 */
final class EntityFinder {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    static final String PERSON = "person";
    static final String ORGANISATION = "organisation";
    static final String PLACE = "place";

    private static final String TOKEN = "(?:\\p{Lu}[\\p{L}\\p{M}\\p{N}'’.]*(?:[-‐‑][\\p{L}\\p{N}'’.]+)*"
            + "|(?:al|el|ad|as|bin|ibn|de|van|von|der|le|la|di|du|da)[-‐‑]\\p{Lu}[\\p{L}'’.-]*)";
    private static final String CONNECTOR = "(?:of|for|and|&|de|del|della|van|von|der|den|da|du|bin|ibn|the)";
    /** The most words a run of capitalised words is taken as one candidate; a longer run goes on as the next. */
    static final int MAX_RUN = 16;
    private static final Pattern SPAN = Pattern.compile("(?<![\\p{L}\\p{N}'’-])" + TOKEN
            + "(?:\\s+(?:" + CONNECTOR + "\\s+){0,1}" + TOKEN + "){0," + (MAX_RUN - 1) + "}");
    private static final Pattern CONTRACTION = Pattern.compile("(?i)^(i|we|you|they|he|she|it|that|there|here|what|let|"
            + "who|where)['’](m|re|s|ve|ll|d)$");
    private static final Pattern AND = Pattern.compile("\\s+and\\s+|\\s*&\\s*");
    private static final Pattern ACRONYM = Pattern.compile("^[A-Z]{2,6}$");
    /** Capitalised words that, inside a run, start a new sentence or clause rather than continue a name. */
    private static final Set<String> BREAKERS = Set.of("But", "And", "Or", "So", "Yet", "However", "The", "A", "An",
            "Then", "While", "When", "If", "Although", "Though", "Because", "Since", "As", "After", "Before", "This",
            "That", "These", "Those", "It", "He", "She", "They", "We", "I", "In", "On", "At", "For");
    private static final Set<String> EVENT_WORDS = Set.of("day", "week", "summit", "conference", "festival", "games",
            "cup", "championship", "awards", "olympics", "exercise", "convention", "treaty", "act", "bill", "plan",
            "strategy", "report", "review", "mechanism", "system", "scheme", "programme", "index");
    private static final Set<String> ABBREVIATIONS = Set.of("St", "Ave", "Blvd", "Rd", "Jr", "Sr", "Inc", "Co", "Corp",
            "Ltd", "Mt", "Ft", "Dr", "Bros");
    private static final Pattern ROMAN = Pattern.compile("^[IVXLC]+$");
    private static final Set<String> ORGANISATION_WORDS = Set.of("force", "forces", "ministry", "council", "commission",
            "university", "institute", "institution", "bank", "party", "company", "corporation", "corp", "corp.",
            "inc", "inc.", "ltd", "ltd.", "llc", "plc", "group", "agency", "committee", "parliament", "assembly",
            "court", "army", "navy", "guard", "guards", "corps", "department", "office", "authority", "association",
            "union", "organization", "organisation", "foundation", "fund", "trust", "society", "board", "bureau",
            "service", "services", "network", "airlines", "airways", "times", "post", "journal", "news", "review",
            "center", "centre", "school", "college", "hospital", "coalition", "alliance", "front", "movement",
            "federation", "reserve", "exchange", "systems", "holdings", "capital", "partners", "labs", "police",
            "brigade", "brigades", "command", "senate", "congress", "cabinet", "affairs", "ledger", "courier",
            "dispatch", "gazette", "tribune", "herald", "daily", "weekly", "magazine", "press", "media", "academy",
            "program", "programme", "initiative", "secretariat", "directorate", "tribunal", "chamber", "railways",
            "motors", "technologies", "industries", "solutions", "consulting", "sparebank", "economics", "asa", "ag",
            "gmbh", "nv", "ab", "oy", "sa", "club", "league", "observatory", "mission", "council's", "cooperative",
            "co-operative", "museum", "library", "laboratory", "energy", "grid", "rail", "power", "telecom",
            "treasury", "commissioner", "regulator", "ombudsman");
    private static final Set<String> PLACE_WORDS = Set.of("city", "lake", "mount", "river", "sea", "ocean", "bay",
            "island", "islands", "province", "county", "region", "valley", "desert", "peninsula", "strait", "canal",
            "street", "avenue", "road", "square", "district", "state", "heights", "park", "coast", "basin", "gulf",
            "st", "ave", "blvd", "rd", "port", "fort", "cape", "saint", "san", "santa", "sierra", "bridge", "station");
    private static final Set<String> ROLE_WORDS = Set.of("commander", "president", "minister", "leader", "chief",
            "spokesman", "spokeswoman", "spokesperson", "secretary", "governor", "mayor", "senator", "general",
            "ambassador", "director", "chairman", "chairwoman", "chair", "professor", "founder", "economist",
            "analyst", "official", "adviser", "advisor", "king", "queen", "prince", "cleric", "envoy", "judge",
            "lawyer", "researcher", "scientist", "author", "editor", "reporter", "correspondent", "councillor",
            "councilor", "commissioner", "ceo", "head", "deputy", "colleague", "farmer", "resident", "engineer");
    private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "from", "outside", "across", "around",
            "throughout", "toward", "towards", "into", "to", "via", "between", "inside");
    private static final String MORE_WORDS = "){0," + (MAX_RUN - 1) + "}";
    private static final Pattern ALSO_KNOWN = Pattern.compile("(" + TOKEN + "(?:\\s+" + TOKEN + MORE_WORDS
            + "),?\\s+(?:also\\s+)?(?:known|referred to|called)\\s+as\\s+(?:the\\s+)?(" + TOKEN + "(?:\\s+" + TOKEN
            + MORE_WORDS + ")");
    private static final Pattern ACRONYM_DEFINED = Pattern.compile("(" + TOKEN + "(?:\\s+(?:"
            + CONNECTOR + "\\s+)?" + TOKEN + MORE_WORDS + ")\\s+\\(([A-Z][A-Za-z0-9&+.]{1,8})\\)");

    /** A mention found in a sentence: the entity's key and where it stands in the sentence's text. */
    record Mention(String entity, int start, int end) {
    }

    /** The entities of a briefing, and the mentions of each sentence. */
    record Result(List<Entity> entities, Map<String, List<Mention>> mentions) {
    }

    private record Candidate(String sentence, String name, String type, int start, int end, boolean single,
            String surface) {
        Candidate(String sentence, String name, String type, int start, int end, boolean single) {
            this(sentence, name, type, start, end, single, null);
        }
    }

    private final Gazetteer words;
    private Set<String> commonWords = Set.of();
    /** Where the first word of the sentence being read starts. */
    private int sentenceStart;

    EntityFinder(Gazetteer words) {
        this.words = words;
    }

    Result find(List<Sentence> sentences) {
        commonWords = lowercaseWords(sentences);
        Map<String, String> aliases = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        Matcher span = SPAN.matcher("");
        for (Sentence sentence : sentences) {
            String text = sentence.text();
            definitions(text, aliases);
            sentenceStart = firstWord(text);
            Scan.matches(span, text, EntityFinder::nextCapital,
                    match -> classify(sentence, match.start(), match.group(), candidates));
        }
        return resolve(candidates, aliases);
    }

    /** The next word start that may open a name: a capital, or a particle such as "al-" before one. */
    private static int nextCapital(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '-'
                    || text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '’')) {
                continue;
            }
            if (Character.isUpperCase(c)) {
                return i;
            }
            if (Character.isLowerCase(c) && particle(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a particle such as "al-" before a capital starts at {@code i}: a hyphen 1 to 3 letters on. */
    private static boolean particle(String text, int i) {
        for (int hyphen = i + 1; hyphen <= i + 3 && hyphen + 1 < text.length(); hyphen++) {
            if (text.charAt(hyphen) == '-') {
                return Character.isUpperCase(text.charAt(hyphen + 1));
            }
        }
        return false;
    }

    /**
     * "the Islamic State, also known as ISIS"; "the European Central Bank (ECB)". Names of up to
     * {@value #MAX_RUN} words, tried only where a word may start one, so the cost is linear in the sentence.
     */
    private void definitions(String text, Map<String, String> aliases) {
        if (text.contains(" as ")) {
            Scan.matches(ALSO_KNOWN.matcher(text), text, EntityFinder::nextWordStart,
                    known -> aliases.put(Gazetteer.key(known.group(1)), canonical(known.group(2))));
        }
        if (text.contains("(")) {
            Scan.matches(ACRONYM_DEFINED.matcher(text), text, EntityFinder::nextWordStart,
                    acronym -> aliases.put(Gazetteer.key(acronym.group(2)), canonical(acronym.group(1))));
        }
    }

    /** The next capital, or particle before one, that is not inside a word (after a hyphen counts as a start). */
    private static int nextWordStart(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || Character.getType(text.charAt(i - 1))
                    == Character.NON_SPACING_MARK || "'’.".indexOf(text.charAt(i - 1)) >= 0)) {
                continue;
            }
            if (Character.isUpperCase(c) || Character.isLowerCase(c) && particle(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private String canonical(String name) {
        Gazetteer.Known entry = words.known(name);
        return entry != null ? entry.name() : stripThe(name);
    }

    private void classify(Sentence sentence, int offset, String text, List<Candidate> out) {
        List<Candidate> found = new ArrayList<>();
        classifyInto(sentence, offset, text, found);
        for (Candidate c : found) {
            out.add(c.surface() != null ? c : new Candidate(c.sentence(), c.name(), c.type(), c.start(), c.end(),
                    c.single(), sentence.text().substring(c.start(), c.end())));
        }
    }

    private void classifyInto(Sentence sentence, int offset, String text, List<Candidate> out) {
        List<int[]> tokens = words(text, offset);
        String s = sentence.text();
        boolean sentenceStart = offset == this.sentenceStart;
        boolean person = false;
        int first = 0;
        int last = tokens.size() - 1;
        // possessive and a sentence's final period off the last token
        int[] lastToken = tokens.get(last);
        lastToken[1] = trimEnd(s, lastToken[0], lastToken[1]);
        // a function word inside the run ends a name ("U.S. But"): the rest is a run of its own
        for (int i = first + 1; i <= last; i++) {
            String token = s.substring(tokens.get(i)[0], tokens.get(i)[1]);
            if (BREAKERS.contains(token)) {
                classify(sentence, tokens.get(i)[0], s.substring(tokens.get(i)[0], tokens.get(last)[1]), out);
                last = i - 1;
                break;
            }
        }
        // a possessive inside the run ends a name ("Iraq’s Joint Operations Command")
        for (int i = first; i < last; i++) {
            String token = s.substring(tokens.get(i)[0], tokens.get(i)[1]);
            if (!trimPossessive(token).equals(token) && words.known(s.substring(offset,
                    tokens.get(i)[0] + trimPossessive(token).length())) != null) {
                int end = tokens.get(i)[0] + trimPossessive(token).length();
                classify(sentence, offset, s.substring(offset, end), out);
                classify(sentence, tokens.get(i + 1)[0], s.substring(tokens.get(i + 1)[0], tokens.get(last)[1]), out);
                return;
            }
        }
        // a title ends what comes before it: "U.S. President Donald Trump", "Rail Minister Tobias Greenhalgh"
        for (int i = Math.min(last - 1, first + 3); i >= first; i--) {
            int title = titleLength(s, tokens, i, last);
            if (title > 0 && i + title <= last) {
                if (i > first) {
                    String before = s.substring(tokens.get(first)[0], tokens.get(i - 1)[1]);
                    Gazetteer.Known known = words.known(before);
                    if (known != null) {
                        out.add(new Candidate(sentence.id(), known.name(), known.type(), tokens.get(first)[0],
                                tokens.get(i - 1)[1], false));
                    }
                }
                person = true;
                first = i + title;
                break;
            }
        }
        // drop what cannot start a name
        while (first <= last) {
            String token = s.substring(tokens.get(first)[0], tokens.get(first)[1]);
            String bare = trimPossessive(token);
            int hyphen = bare.indexOf('-');
            if (hyphen > 0 && words.known(bare.substring(0, hyphen)) != null
                    && PLACE.equals(words.known(bare.substring(0, hyphen)).type())) {
                out.add(new Candidate(sentence.id(), words.known(bare.substring(0, hyphen)).name(), PLACE,
                        tokens.get(first)[0], tokens.get(first)[0] + hyphen, false));
                first++;
                continue;
            }
            if (words.known(s.substring(tokens.get(first)[0], tokens.get(last)[1])) != null) {
                break;
            }
            if (first < last && words.isDemonym(bare + " " + s.substring(tokens.get(first + 1)[0], tokens.get(first + 1)[1]))) {
                first += 2;
                continue;
            }
            boolean loneOrganisationWordFollows = first + 1 == last && ORGANISATION_WORDS.contains(
                    stripDot(trimPossessive(s.substring(tokens.get(last)[0], tokens.get(last)[1]))).toLowerCase(Locale.ROOT));
            boolean droppable = isConnector(bare) || isContraction(bare)
                    || words.isDemonym(bare) && !loneOrganisationWordFollows
                    || words.isNotEntity(stripDot(bare)) && !ORGANISATION_WORDS.contains(bare.toLowerCase(Locale.ROOT))
                    || words.isFunctionWord(bare);
            if (!droppable) {
                break;
            }
            first++;
        }
        while (last >= first && isConnector(s.substring(tokens.get(last)[0], tokens.get(last)[1]))) {
            last--;
        }
        if (first > last) {
            return;
        }
        int start = tokens.get(first)[0];
        int end = tokens.get(last)[1];
        String name = s.substring(start, end);
        String previous = previousWord(s, offset);
        if (!person && ROLE_WORDS.contains(previous.toLowerCase(Locale.ROOT))) {
            person = true;
        }
        Gazetteer.Known known = words.known(name);
        if (known != null && sentenceStart && first == last && !ACRONYM.matcher(name).matches()
                && commonWords.contains(name.toLowerCase(Locale.ROOT))) {
            return; // "Total employment rose …" in a text that says "total" elsewhere: a word, not TotalEnergies
        }
        if (known != null) {
            out.add(new Candidate(sentence.id(), known.name(), known.type(), start, end, false));
            return;
        }
        if (!person && name.contains(" and ") || name.contains(" & ")) {
            splitAtAnd(sentence, start, name, out);
            return;
        }
        int count = last - first + 1;
        String lastWord = stripDot(s.substring(tokens.get(last)[0], tokens.get(last)[1])).toLowerCase(Locale.ROOT);
        String firstWord = s.substring(tokens.get(first)[0], tokens.get(first)[1]);
        if (!person && EVENT_WORDS.contains(lastWord)) {
            return;
        }
        if (!person && (ORGANISATION_WORDS.contains(lastWord) || count > 1 && hasOrganisationWord(name))) {
            if (count == 1) {
                return; // "Grid", "Fund": a generic word, not a name
            }
            out.add(new Candidate(sentence.id(), stripThe(name), ORGANISATION, start, end, false));
        } else if (count == 1) {
            if (words.isNotEntity(stripDot(firstWord)) || words.isFunctionWord(firstWord) || ROMAN.matcher(firstWord).matches()) {
                return;
            }
            if (!person && ACRONYM.matcher(firstWord).matches()) {
                out.add(new Candidate(sentence.id(), firstWord, ORGANISATION, start, end, false));
            } else if (!person && !sentenceStart && LOCATIVES.contains(previous.toLowerCase(Locale.ROOT))
                    && !commonWords.contains(firstWord.toLowerCase(Locale.ROOT))) {
                out.add(new Candidate(sentence.id(), name, PLACE, start, end, true));
            } else {
                out.add(new Candidate(sentence.id(), name, person ? PERSON : null, start, end, true));
            }
        } else if (!person && (PLACE_WORDS.contains(lastWord) || PLACE_WORDS.contains(stripDot(firstWord).toLowerCase(Locale.ROOT)))) {
            out.add(new Candidate(sentence.id(), name, PLACE, start, end, false));
        } else if (!person && hasCommonWord(name)) {
            return; // "Carbon Border Adjustment Mechanism": words the text also uses in lower case are no name
        } else if (!person && LOCATIVES.contains(previous.toLowerCase(Locale.ROOT))) {
            out.add(new Candidate(sentence.id(), name, PLACE, start, end, false));
        } else if (count <= 4 && !name.contains(" of ") && !name.contains(" for ")) {
            out.add(new Candidate(sentence.id(), name, PERSON, start, end, false));
        }
    }

    private void splitAtAnd(Sentence sentence, int start, String name, List<Candidate> out) {
        int from = 0;
        for (String piece : AND.split(name)) {
            int at = name.indexOf(piece, from);
            from = at + piece.length();
            Matcher span = SPAN.matcher(piece);
            if (span.find()) {
                classify(sentence, start + at + span.start(), span.group(), out);
            }
        }
    }

    private int titleLength(String s, List<int[]> tokens, int first, int last) {
        for (int length = Math.min(3, last - first); length >= 1; length--) {
            String words = s.substring(tokens.get(first)[0], tokens.get(first + length - 1)[1]);
            if (this.words.isTitle(words)) {
                return length;
            }
        }
        return 0;
    }

    /** Whether a word of {@code name} stands in lower case elsewhere in the text (names do not). */
    private boolean hasCommonWord(String name) {
        for (String word : SPACES.split(name)) {
            String w = stripDot(trimPossessive(word)).toLowerCase(Locale.ROOT);
            if (w.length() > 1 && !w.contains(".") && commonWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasOrganisationWord(String name) {
        for (String word : SPACES.split(name)) {
            if (ORGANISATION_WORDS.contains(stripDot(trimPossessive(word)).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Puts candidates together into entities: aliases, surnames, one type per entity. */
    private Result resolve(List<Candidate> candidates, Map<String, String> aliases) {
        Map<String, String> surnames = new HashMap<>();
        for (Candidate c : candidates) {
            if (PERSON.equals(c.type()) && !c.single()) {
                String[] parts = SPACES.split(c.name());
                surnames.putIfAbsent(parts[parts.length - 1], c.name());
            }
        }
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> types = new HashMap<>();
        Map<String, Set<String>> surface = new HashMap<>();
        Map<String, Set<String>> sentences = new LinkedHashMap<>();
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            String name = aliases.getOrDefault(Gazetteer.key(c.name()), c.name());
            String type = c.type();
            Gazetteer.Known known = words.known(name);
            if (known != null) {
                name = known.name();
                type = known.type();
            } else if (c.single() && surnames.containsKey(name)) {
                name = surnames.get(name);
                type = PERSON;
            } else if (c.single() && !aliases.containsKey(Gazetteer.key(c.name())) && !PLACE.equals(type)) {
                continue;
            }
            if (type == null) {
                type = PERSON;
            }
            String key = Gazetteer.key(name);
            names.putIfAbsent(key, name);
            types.computeIfAbsent(key, k -> new HashMap<>()).merge(type, 1, Integer::sum);
            surface.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(c.surface() != null ? c.surface() : c.name());
            sentences.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(c.sentence());
            mentions.computeIfAbsent(c.sentence(), k -> new ArrayList<>()).add(new Mention(key, c.start(), c.end()));
        }
        List<Entity> entities = new ArrayList<>();
        for (Map.Entry<String, String> entry : names.entrySet()) {
            String key = entry.getKey();
            String name = entry.getValue();
            String type = types.get(key).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            List<String> aliasList = surface.get(key).stream().filter(a -> !a.equals(name)).toList();
            io.github.briefwright.core.model.GlossaryEntry note = words.glossary(name);
            entities.add(new Entity(Slugs.of(name, "entity"), name, note != null ? note.type() : type, aliasList,
                    List.copyOf(sentences.get(key)), note == null ? null : note.description(),
                    note == null ? null : note.link()));
        }
        Map<String, String> ids = new HashMap<>();
        entities.forEach(e -> ids.put(Gazetteer.key(e.name()), e.id()));
        Map<String, List<Mention>> byId = new LinkedHashMap<>();
        mentions.forEach((sentence, list) -> byId.put(sentence, list.stream()
                .map(m -> new Mention(ids.get(m.entity()), m.start(), m.end())).toList()));
        return new Result(entities, byId);
    }

    /** The words the text writes in lower case. */
    private static Set<String> lowercaseWords(List<Sentence> sentences) {
        Set<String> lower = new java.util.HashSet<>();
        for (Sentence sentence : sentences) {
            String text = sentence.text();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                boolean starts = Character.isLowerCase(c) && (i == 0 || !isWordChar(text.charAt(i - 1)));
                if (!starts) {
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < text.length() && isWordChar(text.charAt(end))) {
                    end++;
                }
                lower.add(text.substring(i, end));
                i = end;
            }
        }
        return lower;
    }

    /** The words of {@code text}, its runs of {@code \S} (found without a pattern): from and to, plus {@code offset}. */
    static List<int[]> words(String text, int offset) {
        List<int[]> words = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            if (isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && !isSpace(text.charAt(end))) {
                end++;
            }
            words.add(new int[] {offset + i, offset + end});
            i = end;
        }
        return words;
    }

    /** Whether {@link #CONTRACTION} matches: never without an apostrophe, so only then is it tried. */
    static boolean isContraction(String word) {
        return (word.indexOf('\'') >= 0 || word.indexOf('’') >= 0) && CONTRACTION.matcher(word).matches();
    }

    /** {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '\'' || c == '’' || c == '-';
    }

    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "&", "de", "del", "della", "van", "von",
            "der", "den", "da", "du", "bin", "ibn", "on", "the");

    private static boolean isConnector(String word) {
        return CONNECTORS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static String stripThe(String name) {
        return name.regionMatches(true, 0, "the ", 0, 4) ? name.substring(4) : name;
    }

    private static String stripDot(String word) {
        return word.endsWith(".") && word.indexOf('.') == word.length() - 1 ? word.substring(0, word.length() - 1) : word;
    }

    private static String trimPossessive(String word) {
        if (word.endsWith("’s") || word.endsWith("'s")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("’") || word.endsWith("'")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** End of a token without a possessive or a sentence's final period (abbreviations keep theirs). */
    private static int trimEnd(String s, int start, int end) {
        String token = s.substring(start, end);
        String trimmed = trimPossessive(token);
        if (trimmed.endsWith(".") && trimmed.indexOf('.') == trimmed.length() - 1 && trimmed.length() > 2
                && !ABBREVIATIONS.contains(trimmed.substring(0, trimmed.length() - 1))) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return start + trimmed.length();
    }

    private static int firstWord(String s) {
        int i = 0;
        while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String previousWord(String s, int offset) {
        int end = offset;
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        return s.substring(start, end);
    }
}
