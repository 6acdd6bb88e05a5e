package io.github.briefwright.core.structure;

import io.github.briefwright.core.model.Block;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A byline read from where it stands rather than from its words, in a language whose byline labels the rules do not
 * know: the last resort of the head ({@link HeadReader}) when nothing else named an author. Pages in every language
 * print the writer's line right over the date line under the title, in a part of it, or right under it; so the
 * first short line holding a date (or shaped as one: a year and a day's number among a few words), within
 * {@value #MAX_LINES} lines under the title (a dek passed over), places it, and the line over it, a part of it or the
 * line under it, in that order, is read as a byline when its shape is one:
 * <ul>
 * <li>a label of one to four words without digits, a separator (a colon, a dash, a Khmer, Tibetan or Ethiopic mark)
 * and one to five words of a name, maybe followed after a comma or a bar by other parts ("Yawandiikiddwa: Sarah
 * Nabukeera", "Ka: Palesa Mofokeng, Ramotse wa Masepala");</li>
 * <li>two or three words of a label, lower case after the first, before a capitalised name at the end of the line
 * ("Stori bilong Grace Wari", "Lolembedwa ndi Chikondi Banda");</li>
 * <li>in a script that does not capitalise names (Devanagari, Georgian, Thaana, Hebrew …), two to four words of
 * letters alone on the line ("ਮਨਜੀਤ ਸਿੰਘ"); not Chinese, Japanese or Korean, whose names the rules read.</li>
 * </ul>
 * A name's words hold letters, marks and a name's stops, apostrophes and hyphens only, and in a script that
 * capitalises names there are two or more, each starting with a capital (a short particle such as "van" or "da"
 * between them aside). A photo's credit ("Photo:", "ΦΩΤΟ:") is none, nor page chrome, nor a name that is a month or
 * a weekday, nor anything in a box of facts (three lines of a label and its value around the date). The rules' own
 * readings come first: a line any of them reads is read by them.
 */
final class PlacedBylines {

    /** How many non-blank lines under the title are looked at for the date line. */
    static final int MAX_LINES = 8;
    private static final int MAX_LINE_CHARS = 120;
    private static final int MAX_DATE_WORDS = 12;
    private static final int MAX_LABEL_CHARS = 30;
    /** The most words of a label before the name: "Ọ ya ẹmro na: …" (Urhobo, "who wrote the story"). */
    private static final int MAX_LABEL_WORDS = 4;
    private static final int MAX_NAME_WORDS = 5;
    private static final int MAX_PARTICLE = 3;
    private static final int FACT_BOX = 3;
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2099;
    /** A number standing alone: not part of a word, a phone number or a time's minutes. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d:.,/-])\\d{1,4}(?![\\p{L}\\d:])");
    private static final int MIN_CASED_WORDS = 2;
    private static final int MIN_CASELESS_LETTERS = 2;
    private static final double MOST_INTERFACE = 0.5;

    /** A label, its separator and the rest: "Onye dere ya: Chiamaka Okonkwo", "ដោយ៖ …", "རྩོམ་པ་པོ། …". */
    private static final Pattern LABELLED = Pattern.compile("([^:：៖།፡|,\\d]{1," + MAX_LABEL_CHARS + "}?)\\s*"
            + "(?:[:：៖།፡]|\\s[-–—]\\s)\\s*(.+)");
    /**
     * Two or three words, lower case after the first, then two to four capitalised words: the name (one capitalised
     * word over a name is as often a name's or an event's first word: "Web Summit Lisbon").
     */
    private static final Pattern LABEL_WORDS = Pattern.compile(
            "(\\p{L}[\\p{L}\\p{M}'’]*(?:\\s+\\p{Ll}[\\p{L}\\p{M}'’]*){1,2})"
            + "\\s+(\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*){1,3})(?:\\s*\\([^()]{1,20}\\))?");
    /** Where a name ends and other parts of the line start: a comma, a bar, a bracket, a middle dot. */
    private static final Pattern PARTS = Pattern.compile("\\s*[,，、|·•(（]\\s*|\\s+[-–—]\\s+");
    /** A name's word: letters and marks, a name's stops, apostrophes and hyphens, and the Tibetan syllables' dot. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}.'’\"״׳་-]*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A photo's or a picture's credit, in the words pages print over one. */
    private static final Pattern PHOTO = Pattern.compile("(?iu)^(?:" + Bylines.PHOTO_WORDS + ")");
    /** Scripts whose names the rules read without spaces. */
    private static final Set<UnicodeScript> CJK = Set.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA,
            UnicodeScript.KATAKANA, UnicodeScript.HANGUL);
    /** Scripts that write a name with capitals. */
    private static final Set<UnicodeScript> CASED = Set.of(UnicodeScript.LATIN, UnicodeScript.CYRILLIC,
            UnicodeScript.GREEK, UnicodeScript.ARMENIAN);

    /**
     * A byline read by its place, the line it stands on (the date line itself when it is a part of it), and the date
     * line's date when it reads as one ({@code null}: a date's shape only, or a day and month that stay open).
     */
    record Placed(Bylines.Byline byline, String line, String date) {
    }

    private PlacedBylines() {
    }

    /**
     * The byline by its place in the head, or {@code null}.
     *
     * @param blocks     the paste's blocks
     * @param titleBlock the title's block (nothing is read without one)
     * @param dek        the dek read under the title, or {@code null}: no end of the head, a sentence though it is
     * @param noise      whether a line is page chrome ("Share: Facebook Telegram"): no byline
     */
    static Placed find(List<Block> blocks, int titleBlock, String dek, Predicate<String> noise) {
        if (titleBlock < 0) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (int b = titleBlock + 1; b < blocks.size() && lines.size() < MAX_LINES; b++) {
            Block block = blocks.get(b);
            if (block.kind() == Block.Kind.BREAK) {
                continue;
            }
            boolean isDek = dek != null && block.text().strip().equals(dek.strip());
            if (block.kind() != Block.Kind.PARAGRAPH || HeadReader.isBodyParagraph(block) && !isDek) {
                break;
            }
            for (String line : block.text().split("\n")) {
                if (!line.isBlank() && lines.size() < MAX_LINES) {
                    lines.add(line.strip());
                }
            }
        }
        for (int d = 0; d < lines.size(); d++) {
            if (dateLine(lines.get(d))) {
                Placed placed = beside(lines, d, noise);
                return placed == null ? null : new Placed(withCoWriters(placed.byline(), placed.line(), blocks),
                        placed.line(), DateText.firstClearDate(lines.get(d)));
            }
        }
        return null;
    }

    /**
     * {@code byline} with the parts after its name that are its other writers: each a part the rules read after "By"
     * and the name as a writer of its own ("Бичигендер: Айана Ойнокова, Эрмек Шатинов"), and that the paste names
     * again outside the byline's block, as a co-writer is named over a photo or under the text ("Фото: Эрмек
     * Шатинов"). A part named nowhere else is the writer's role or place ("Fa'u'aki: Mele Tupou, Talēkita Pule").
     */
    private static Bylines.Byline withCoWriters(Bylines.Byline byline, String line, List<Block> blocks) {
        String writer = byline.names().get(0);
        List<String> parts = byline.otherParts();
        List<Block> elsewhere = blocks.stream().filter(b -> !b.text().contains(line)).toList();
        int writers = 0; // how many of the parts, from the first, are writers
        while (writers < parts.size()) {
            String part = parts.get(writers);
            Bylines.Byline read = Bylines.parsePrefixed("By " + writer + ", " + part);
            if (read == null || !read.names().equals(List.of(writer, part)) || read.date() != null
                    || elsewhere.stream().noneMatch(b -> b.text().contains(part))) {
                break;
            }
            writers++;
        }
        if (writers == 0) {
            return byline;
        }
        List<String> names = new ArrayList<>(byline.names());
        names.addAll(parts.subList(0, writers));
        return new Bylines.Byline(names, parts.subList(writers, parts.size()), byline.date());
    }

    /**
     * The byline on the line over the date line {@code d}, in a part of the date line itself ("Pridané: 29. 7. 2024 |
     * Autor: …"), or on the line under it, the first found; none in a box of facts (three lines of a label and its
     * value around the date: "Incident Type: …" over "Date/Time of Call: …" over "Location: …").
     */
    private static Placed beside(List<String> lines, int d, Predicate<String> noise) {
        int labelled = 0;
        for (int k = Math.max(0, d - 2); k <= Math.min(lines.size() - 1, d + 2); k++) {
            labelled += LABELLED.matcher(lines.get(k)).matches() ? 1 : 0;
        }
        if (labelled >= FACT_BOX) {
            return null;
        }
        Bylines.Byline above = d > 0 ? read(lines.get(d - 1), noise) : null;
        if (above != null) {
            return new Placed(above, lines.get(d - 1), null);
        }
        for (String part : Bylines.SEGMENTS.split(lines.get(d))) {
            Bylines.Byline inLine = read(part.strip(), noise);
            if (inLine != null) {
                return new Placed(inLine, lines.get(d), null);
            }
        }
        Bylines.Byline below = d + 1 < lines.size() ? read(lines.get(d + 1), noise) : null;
        return below == null ? null : new Placed(below, lines.get(d + 1), null);
    }

    /**
     * Whether a short line holds a date (one whose day and month stay open too), or is shaped as one in a language
     * whose month names are not known: a year and a day's number among a few words ("Lwakubiri, 12 Muwakanya 2025").
     */
    private static boolean dateLine(String line) {
        if (line.length() > MAX_LINE_CHARS || HeadReader.words(line) > MAX_DATE_WORDS) {
            return false;
        }
        String digits = DateText.westernDigits(line);
        if (!DateText.findAll(digits, DateText.Order.UNKNOWN).isEmpty()) {
            return true;
        }
        Matcher numbers = NUMBER.matcher(digits);
        boolean year = false;
        boolean day = false;
        while (numbers.find()) {
            int n = Integer.parseInt(numbers.group());
            year |= numbers.group().length() == 4 && n >= FIRST_YEAR && n <= LAST_YEAR;
            day |= numbers.group().length() <= 2 && n >= 1 && n <= 31;
        }
        return year && day;
    }

    private static Bylines.Byline read(String line, Predicate<String> noise) {
        Bylines.Byline byline = read(line);
        return byline == null || noise.test(line) || byline.names().stream().anyMatch(noise) ? null : byline;
    }

    /** The byline a line next to the date line reads as by its shape, or {@code null}. */
    static Bylines.Byline read(String line) {
        if (line.length() > MAX_LINE_CHARS || DateText.hasDigit(DateText.westernDigits(line))) {
            return null;
        }
        Matcher labelled = LABELLED.matcher(line);
        if (labelled.matches() && label(labelled.group(1))) {
            Bylines.Byline byline = nameAndParts(labelled.group(2));
            if (byline != null) {
                return byline;
            }
        }
        Matcher words = LABEL_WORDS.matcher(line);
        if (words.matches() && label(words.group(1)) && name(words.group(2))) {
            return new Bylines.Byline(List.of(words.group(2)), List.of(), null);
        }
        return caselessName(line) ? new Bylines.Byline(List.of(line), List.of(), null) : null;
    }

    private static boolean label(String label) {
        String text = label.strip();
        return !text.isEmpty() && SPACES.split(text).length <= MAX_LABEL_WORDS && !PHOTO.matcher(text).lookingAt()
                && !DateText.isWeekday(text) && DateText.month(text) == 0;
    }

    /** The name and the other parts of what follows a label, or {@code null} when the first part is no name. */
    private static Bylines.Byline nameAndParts(String rest) {
        String[] parts = PARTS.split(rest.strip());
        String name = trimmed(parts[0]);
        if (!name(name)) {
            return null;
        }
        List<String> others = new ArrayList<>();
        for (int k = 1; k < parts.length; k++) {
            String part = trimmed(parts[k]);
            if (!part.isEmpty()) {
                others.add(part);
            }
        }
        return new Bylines.Byline(List.of(name), others, null);
    }

    private static String trimmed(String part) {
        String text = part.strip();
        while (!text.isEmpty() && "།)）".indexOf(text.charAt(text.length() - 1)) >= 0) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text;
    }

    /**
     * Whether a line is two to four words of letters, two or more each, in a script that does not capitalise names
     * and writes spaces between a name's words (not Chinese, Japanese or Korean, which the rules read).
     */
    private static boolean caselessName(String line) {
        String[] words = SPACES.split(line);
        return words.length >= 2 && words.length <= 4 && !cased(line) && name(line);
    }

    /**
     * Whether a text is shaped as a name: one to five words of letters (two or more in a script that capitalises
     * names), capitalised where the script does, not mostly words of a page's interface ("Facebook Telegram").
     */
    static boolean name(String text) {
        String[] words = SPACES.split(text.strip());
        boolean cased = cased(text);
        if (text.isBlank() || words.length > MAX_NAME_WORDS || cased && words.length < MIN_CASED_WORDS
                || !cased && text.codePoints().anyMatch(c -> Character.isLetter(c) && CJK.contains(UnicodeScript.of(c)))
                || InterfaceWords.share(text) >= MOST_INTERFACE) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            String word = words[k];
            if (!WORD.matcher(word).matches() || DateText.isWeekday(word) || DateText.month(word) != 0
                    || !cased && word.codePoints().filter(Character::isLetter).count() < MIN_CASELESS_LETTERS) {
                return false;
            }
            boolean inner = k > 0 && k < words.length - 1;
            if (cased && cased(word) && !Character.isUpperCase(word.codePointAt(0))
                    && !(inner && word.length() <= MAX_PARTICLE)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a text holds a letter of a script that capitalises names. */
    private static boolean cased(String text) {
        return text.codePoints().anyMatch(c -> Character.isLetter(c) && CASED.contains(UnicodeScript.of(c)));
    }
}
