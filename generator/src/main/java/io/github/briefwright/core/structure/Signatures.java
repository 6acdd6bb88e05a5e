package io.github.briefwright.core.structure;

import io.github.briefwright.core.model.Block;
import io.github.briefwright.core.model.Block.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writer who signs under the text rather than over it, as many local papers, letters, notices and newsletters
 * do in every language: the body's author when the head named none, or named only a newsroom or an account ("Posted
 * by: Command PRO"). A signature is read by its shape, not by its words (an English spokesperson's role under the
 * name aside), on the line right under a paragraph of the text (a closing such as "Ndini wenyu," or a line of place
 * and date between them passed over):
 * <ul>
 * <li>a name whose surname is in capitals ("Светлана ВОРОНЧИХИНА", "Baxadir ÓTEPBERGENOV");</li>
 * <li>a name alone in brackets ("（中村健太）", "(Ana Ruiz)");</li>
 * <li>a name, a comma and a date ("Tessa Marlowe, 12 September 2023"), or a role in lower case ("Олена Гнатюк,
 * головна редакторка");</li>
 * <li>a blog's "Posted by" and a name before a time or a date ("Posted by Grace Njeri Kamau at 10:14");</li>
 * <li>a name alone over a role in lower case ("Ing. Miroslav Kučera" over "primátor mesta") or a spokesperson's role
 * ("SP Chioma Ekwueme-Balogun" over "Police Public Relations Officer,"), over a label that opens the page's
 * furniture ("Tagovi:", "Бикьизе:"), at the body's end, or after a closing or a line of place and date.</li>
 * </ul>
 * Only under the text: most of the body's prose stands before the line (a photo's credit between paragraphs is
 * none), and a sentence right after it must name the same person (a bio), else the line heads a comment.
 * When two lines have a signature's shape, they are a list of comments or of contributors, and none is read. Linear
 * in the body.
 */
final class Signatures {

    /** The signature found: its block's index, the names on it and a date it gives, or {@code null}. */
    record Found(int block, List<String> names, String date) {
    }

    /** A paragraph of the text: this many words or more, ending a sentence. */
    private static final int PROSE_WORDS = 12;
    /** The last paragraph of the text, right over the signature: a sentence of this many words or more. */
    private static final int LAST_SENTENCE_WORDS = 5;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？…»”\"')）]\\s*$");
    /** How much more of the body's prose stands before the signature than after it. */
    private static final int BEFORE_TO_AFTER = 2;
    private static final int MIN_PROSE_BEFORE = 60;
    /** A signature's line is short: a longer one is the text's (which keeps the scan linear in the body). */
    private static final int MAX_LINE_CHARS = 120;
    private static final int MAX_CLOSING_WORDS = 4;
    private static final int MAX_ROLE_WORDS = 12;
    private static final int MAX_LABEL_WORDS = 3;
    private static final int MAX_DATE_LINE_WORDS = 12;
    private static final int MIN_SHOUTED_LETTERS = 3;
    private static final Pattern BRACKETED = Pattern.compile("^[(（]\\s*([^()（）]+?)\\s*[)）]$");
    /** Two to six letters of Chinese or Japanese: a name as those papers sign it. */
    private static final Pattern CJK_NAME = Pattern.compile("^[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}・]{2,6}$");
    private static final Pattern NAME_COMMA = Pattern.compile("^([^,，]+)[,，]\\s*(.+)$");
    /**
     * A spokesperson's role on the line under the name that signs a release: "Police Public Relations Officer,",
     * "Press Secretary", "Head of Communications" (six words at most).
     */
    private static final Pattern SPOKESPERSON = Pattern.compile("(?i)(?:\\S+\\s+){0,3}(?:public relations officer|"
            + "press (?:officer|secretary)|spokes(?:person|man|woman)|(?:head of )?communications(?: officer| manager|"
            + " director)?|media (?:officer|liaison)|information officer)\\s*,?");
    /** A blog's line under its post: "Posted by Grace Njeri Kamau at 10:14", "Posted by … on March 4, 2025". */
    private static final Pattern POSTED_AT = Pattern.compile("^(?i:posted|written|published)\\s+(?i:by)\\s+(.+?)"
            + "\\s+(?i:at|on)\\s+(.+)$");

    private Signatures() {
    }

    /**
     * The writer a credit line names anywhere in the paste when it is the only such line: "TEXT BY ARIELLE PARDES"
     * under a magazine's text, "Words by Georgia Pene", "Written by Amal Haddad" (a line of its own, the label and a
     * name alone); {@code null} without one, or when two lines name different people (teasers' credits).
     */
    static String credit(String text) {
        String[] found = {null};
        String other = Issuers.firstOnLines(text, MAX_CREDIT_CHARS, line -> {
            Matcher credit = CREDIT_LINE.matcher(line.strip());
            if (!credit.matches() || !Names.isName(credit.group(1))) {
                return null;
            }
            String name = Names.normalise(credit.group(1));
            if (found[0] != null && !found[0].equals(name)) {
                return name; // a second credit line naming someone else: teasers' credits
            }
            found[0] = name;
            return null;
        });
        return other == null ? found[0] : null;
    }

    private static final int MAX_CREDIT_CHARS = 80;
    /** A writer's credit on its own line: "Text by …", "Words by …", "Written by …", "Story by …". */
    private static final Pattern CREDIT_LINE = Pattern.compile("(?i:text|words|written|story|article)\\s+(?i:by)\\s+"
            + "(\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+[\\p{L}\\p{M}'’.-]+){1,4})");

    /**
     * A writer's name alone at the text's top, printed once more as a line of its own further down the paste (the
     * writer's box under the text: "Christie Wilcox" under the dek, "• Christie Wilcox" over "Die Autorin ist …"):
     * among the body's first {@value #TOP_BLOCKS} blocks, a name of two words or more whose line stands exactly twice
     * in the paste (a speaker's name in an interview stands many times), a note on the writer under the second; or
     * {@code null}.
     */
    static Found namedTwice(List<Block> body, String text) {
        int seen = 0;
        for (int i = 0; i < body.size() && seen < TOP_BLOCKS; i++) {
            Block block = body.get(i);
            if (block.kind() == Kind.BREAK) {
                continue;
            }
            seen++;
            String line = oneLine(block);
            if (line != null && line.indexOf(' ') > 0 && Names.isName(line) && linesOf(text, line) == 2
                    && noteUnderLast(text, line)) {
                return new Found(i, List.of(Names.normalise(line)), null);
            }
        }
        return null;
    }

    private static final int TOP_BLOCKS = 4;
    /** A list's bullet or a dash before a line. */
    private static final Pattern BULLET = Pattern.compile("^[•·▪*–—-]\\s*");

    /**
     * Whether the next line with words under the last line that is {@code line} is a note on the writer ("Die Autorin
     * ist Wissenschaftsautorin …", "Jane Doe is a science writer …").
     */
    private static boolean noteUnderLast(String text, String line) {
        int at = text.lastIndexOf(line);
        int from = at < 0 ? -1 : text.indexOf('\n', at);
        while (from >= 0 && from < text.length()) {
            int end = text.indexOf('\n', from + 1);
            String next = text.substring(from + 1, end < 0 ? text.length() : end).strip();
            if (!next.isEmpty()) {
                return AuthorBios.isWriterNote(next) || line.equals(AuthorBios.subject(next));
            }
            from = end;
        }
        return false;
    }

    /** How many lines of {@code text} are {@code line}, a bullet before it aside. */
    private static int linesOf(String text, String line) {
        int[] count = {0};
        Issuers.firstOnLines(text, line.length() + 6, each -> {
            count[0] += BULLET.matcher(each.strip()).replaceFirst("").equals(line) ? 1 : 0;
            return null;
        });
        return count[0];
    }

    /** The signature under the text of {@code body}, or {@code null}. */
    static Found find(List<Block> body) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i).kind() != Kind.BREAK) {
                at.add(i);
            }
        }
        int[] prose = new int[at.size()];
        boolean[] sentence = new boolean[at.size()];
        int total = 0;
        for (int k = 0; k < at.size(); k++) {
            int words = sentenceWords(body.get(at.get(k)));
            sentence[k] = words >= LAST_SENTENCE_WORDS;
            prose[k] = words >= PROSE_WORDS ? words : 0;
            total += prose[k];
        }
        Found found = null;
        int before = 0;
        for (int k = 0; k < at.size(); k++) {
            if (k > 0 && sentence[k - 1]) {
                Found here = signed(body, at, k);
                if (here != null && before >= MIN_PROSE_BEFORE && before >= BEFORE_TO_AFTER * (total - before)) {
                    if (found != null) {
                        return null;
                    }
                    found = here;
                }
            }
            before += prose[k];
        }
        return found == null || comment(body, at, sentence, found) ? null : found;
    }

    /** A signature at the {@code k}th block (right under prose), or right under a closing or a dated line there. */
    private static Found signed(List<Block> body, List<Integer> at, int k) {
        String line = oneLine(body.get(at.get(k)));
        if (line == null || line.length() > MAX_LINE_CHARS) {
            return null;
        }
        Found found = shaped(line, at.get(k), next(body, at, k));
        if (found != null || k + 1 >= at.size()) {
            return found;
        }
        boolean closing = line.endsWith(",") && words(line) <= MAX_CLOSING_WORDS;
        String date = closing ? null : datedLine(line);
        if (!closing && date == null) {
            return null;
        }
        String name = oneLine(body.get(at.get(k + 1)));
        if (name == null || !Names.isName(name)) {
            return null;
        }
        return new Found(at.get(k + 1), List.of(Names.normalise(name)), date);
    }

    /** The signature's shape on one line, given the line after it ({@code null} at the body's end). */
    private static Found shaped(String line, int block, String next) {
        Matcher bracketed = BRACKETED.matcher(line);
        if (bracketed.matches()) {
            String inner = bracketed.group(1);
            return CJK_NAME.matcher(inner).matches() || Names.isName(inner) && inner.contains(" ")
                    ? new Found(block, List.of(Names.normalise(inner)), null) : null;
        }
        if (shoutedSurname(line)) {
            return new Found(block, List.of(caseWords(Names.normalise(line))), null);
        }
        Matcher posted = POSTED_AT.matcher(line);
        if (posted.matches() && Names.isName(posted.group(1))) {
            String when = posted.group(2).strip();
            boolean time = Datelines.isTimeLine(when);
            String date = time ? null : datedLine(when);
            return time || date != null ? new Found(block, List.of(Names.normalise(posted.group(1))), date) : null;
        }
        Matcher comma = NAME_COMMA.matcher(line);
        if (comma.matches() && Names.isName(comma.group(1).strip())) {
            String name = Names.normalise(comma.group(1));
            String rest = comma.group(2).strip();
            String date = datedLine(rest);
            if (date != null && words(rest) <= MAX_CLOSING_WORDS + 1) {
                return new Found(block, List.of(name), date);
            }
            return lowerCaseRole(rest) ? new Found(block, List.of(name), null) : null;
        }
        if (!Names.isName(line) || next != null && !lowerCaseRole(next) && !label(next)
                && !SPOKESPERSON.matcher(next).matches()) {
            return null;
        }
        return new Found(block, List.of(Names.normalise(line)), null);
    }

    /** The block's text when it is one line, not a list or a quote; else {@code null}. */
    private static String oneLine(Block block) {
        if (block.kind() != Kind.PARAGRAPH && block.kind() != Kind.HEADING) {
            return null;
        }
        String text = block.text().strip();
        return text.isEmpty() || text.indexOf('\n') >= 0 ? null : text;
    }

    /** The line after the {@code k}th block: empty when it is no single line, {@code null} at the body's end. */
    private static String next(List<Block> body, List<Integer> at, int k) {
        if (k + 1 >= at.size()) {
            return null;
        }
        String line = oneLine(body.get(at.get(k + 1)));
        return line == null ? "" : line;
    }

    /** Whether a sentence that does not name the signer stands right after the signature: it heads a comment. */
    private static boolean comment(List<Block> body, List<Integer> at, boolean[] sentence, Found found) {
        int k = Collections.binarySearch(at, found.block());
        if (k + 1 >= at.size() || !sentence[k + 1]) {
            return false;
        }
        String name = found.names().get(0);
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        return !body.get(at.get(k + 1)).text().toLowerCase(Locale.ROOT).contains(surname.toLowerCase(Locale.ROOT));
    }

    /** Two to four words of a name, some in capitals (a surname of three letters or more), some not. */
    private static boolean shoutedSurname(String line) {
        String[] words = line.split("\\s+");
        if (words.length < 2 || words.length > 4 || !Names.isName(line)) {
            return false;
        }
        boolean shouted = false;
        boolean cased = false;
        for (String word : words) {
            long letters = word.codePoints().filter(Character::isLetter).count();
            boolean upper = word.codePoints().filter(Character::isLetter).noneMatch(Character::isLowerCase);
            shouted |= upper && letters >= MIN_SHOUTED_LETTERS;
            cased |= !upper;
        }
        return shouted && cased;
    }

    /** Each word in capitals as names are written: "Baxadir ÓTEPBERGENOV" becomes "Baxadir Ótepbergenov". */
    private static String caseWords(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split(" ")) {
            out.append(out.length() == 0 ? "" : " ");
            boolean upper = word.codePoints().filter(Character::isLetter).noneMatch(Character::isLowerCase);
            out.append(upper && word.length() >= MIN_SHOUTED_LETTERS ? Names.normalise(word) : word);
        }
        return out.toString();
    }

    /** A role after a name: a few words opening in lower case, not a sentence. */
    private static boolean lowerCaseRole(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0)) && words(text) <= MAX_ROLE_WORDS
                && !text.endsWith(".") && !text.endsWith(":") && !text.endsWith(",");
    }

    /** A label that opens the page's furniture after the text: "Tagovi:", "Share:". */
    private static boolean label(String text) {
        return text.endsWith(":") && words(text) <= MAX_LABEL_WORDS;
    }

    /** The date a short line gives ("Bikorewe i Kabuyenge, ku wa 3 Werurwe 2025"), or {@code null}. */
    private static String datedLine(String line) {
        if (words(line) > MAX_DATE_LINE_WORDS) {
            return null;
        }
        return DateText.firstClearDate(line);
    }

    /** The words of a paragraph that ends a sentence, else 0. */
    private static int sentenceWords(Block block) {
        if (block.kind() != Kind.PARAGRAPH && block.kind() != Kind.QUOTE && block.kind() != Kind.LIST) {
            return 0;
        }
        String text = block.text().strip();
        return SENTENCE_END.matcher(text).find() ? words(text) : 0;
    }

    /** Words as the head reader counts them: Chinese and Japanese two characters a word, Thai four letters. */
    private static int words(String text) {
        return HeadReader.words(text);
    }
}
