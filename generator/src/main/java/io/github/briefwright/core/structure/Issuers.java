package io.github.briefwright.core.structure;

import io.github.briefwright.core.model.Block;
import io.github.briefwright.core.model.Block.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organisation that issued a paste naming no person as its writer: a council's notice, a company's release, a
 * watchdog's warning. Such a page names its issuer twice over: as the page's masthead and copyright holder ("City
 * of Alder Bay" at the top, "© 2025 City of Alder Bay" at the foot), and in its own text's opening, where it speaks
 * of itself in the third person ("The City of Alder Bay will fully close …", "SINGAPORE – Tanjong Merbau Museum today
 * announced …"). Only both together name the issuer: a newspaper's masthead and copyright name its publisher, which
 * its reports do not open with; and a name in the opening alone is what the text is about.
 *
 * <p>The masthead is a short line (one to six words, no sentence, no digit) among the paste's first
 * {@value #MASTHEAD_LINES} lines that the copyright line names too ("НурБайланыш" over "© 2025 «НурБайланыш» ЖЧК"):
 * without a copyright line, as in an article area's selection, no issuer is named. The opening is the first
 * {@value #OPENING_PARAGRAPHS} paragraphs of at least {@value #MIN_WORDS} words, read in their first
 * {@value #OPENING_CHARS} characters, outside brackets and slashes (a caption's credit, "(City of Alder Bay)", and a
 * release wire's name in a dateline, "/NaijaWire/", are not the text speaking); a name of one word must be there in
 * its own case. The issuer is spelled as the text spells it. All of it is linear in the paste.
 */
final class Issuers {

    static final int MASTHEAD_LINES = 40;
    static final int OPENING_PARAGRAPHS = 2;
    static final int MIN_WORDS = 12;
    static final int OPENING_CHARS = 300;
    private static final int MAX_WORDS = 6;
    private static final int MAX_CHARS = 60;
    private static final int MIN_CHARS = 4;
    /** How many characters of a copyright line are read. */
    private static final int COPYRIGHT_CHARS = 200;

    /**
     * "© 2025 City of Alder Bay. All rights reserved.", "Copyright © 2019–2025 X", "© Copyright 2025 X", "(c) X":
     * what follows.
     */
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?:©\\s*(?i:copyright)?|\\([cC]\\)|(?i:copyright)\\s*©?)\\s*(?:\\p{Nd}{4}(?:\\s*[-–]\\s*\\p{Nd}{4})?\\s*[,.]?\\s*)?(.+)");
    /**
     * What the opening says aside: a caption's credit in brackets, "(City of Alder Bay)", or a release wire's name
     * between slashes in its dateline, "LAGOS, September 4, 2023 /NaijaWire/ --" (the wire is not the issuer).
     */
    private static final Pattern ASIDE = Pattern.compile("\\([^()]*\\)?|/[^/\\s][^/]{0,40}/");
    /** Quotation marks around a company's name, as the text or the masthead may print them. */
    private static final Pattern QUOTES = Pattern.compile("[«»“”„\"'’‘]");

    private Issuers() {
    }

    /**
     * The issuing organisation as the text spells it, or {@code null}.
     *
     * @param text the paste after hygiene
     * @param copyright its {@link #copyright} line's holder, or {@code null}
     * @param body the text's blocks after the head and the noise
     */
    static String find(String text, String copyright, List<Block> body) {
        List<String> openings = openings(body);
        if (openings.isEmpty() || copyright == null) {
            return null;
        }
        String holder = fold(copyright);
        for (String line : firstLines(text)) {
            String name = QUOTES.matcher(line).replaceAll("").strip();
            if (!mastheadShape(name) || !holder.contains(fold(name))) {
                continue;
            }
            boolean oneWord = HeadReader.words(name) == 1;
            for (String opening : openings) {
                String spelled = spelledIn(opening, name, oneWord);
                if (spelled != null) {
                    return spelled;
                }
            }
        }
        return null;
    }

    /**
     * The site's name: the first line of a masthead's shape among the paste's first lines that its copyright line
     * opens with ("Naan Aelōñ" at the top, "© 2025 Naan Aelōñ. Aolep jimwe ko rej kōjparok." at the foot), spelled
     * as the masthead prints it; {@code null} without both, or when one of the {@code writers} holds the copyright (a
     * newsletter's; an organisation that signs the page is its site).
     */
    static String site(String text, List<String> writers) {
        return site(text, copyright(text), writers);
    }

    /** The share of a line's words that the site's interface says, from which it is no masthead. */
    private static final double INTERFACE_SHARE = 0.5;

    /** A radio station's frequency after its name: "103.5 FM", "97.1", "92.1FM" (not the band before, "Sanjal FM"). */
    private static final Pattern FREQUENCY = Pattern.compile("\\s+\\d{2,3}(?:[.,]\\d{1,2})?\\s*"
            + "(?:(?i:FM|AM|MHz)\\b)?$");

    /**
     * Whether {@code writer} is a station's name that one of the paste's first lines prints with its frequency
     * ("Radio Kondre Sten 94.3 FM" over "Fu: Radio Kondre Sten"): a station that signs its own page, no person.
     */
    private static boolean station(String text, String writer) {
        String name = fold(writer).strip();
        for (String printed : firstLines(text)) {
            String bare = FREQUENCY.matcher(printed).replaceFirst("");
            if (!bare.equals(printed) && fold(bare).strip().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #site(String, List)} with the paste's {@link #copyright} line read already. */
    static String site(String text, String copyright, List<String> writers) {
        if (copyright == null) {
            return null;
        }
        String holder = fold(copyright).strip();
        if (writers.stream().anyMatch(writer -> Names.isName(writer) && holder.contains(fold(writer))
                && !station(text, writer))) {
            // "© 2025 Nina Okafor": a newsletter's writer holds its copyright, not a site; an office that wrote its
            // own release ("Issued by: Ministry of Labour and …") is its site too
            return null;
        }
        for (String printed : firstLines(text)) {
            // a station's masthead with its frequency ("RADIO MABƆLA 103.5 FM") names the station as its copyright
            // line does, with the frequency ("© 2024 Radio Ngolahun 97.1 FM") or without it ("© 2024 Radio Mabɔla")
            String bare = FREQUENCY.matcher(printed).replaceFirst("");
            if (!mastheadShape(bare) || InterfaceWords.share(bare) >= INTERFACE_SHARE) {
                continue; // a journal's "Open Access" badge, though its copyright line grants an open access licence
            }
            String line = printed;
            int at = -1;
            for (String form : bare.equals(printed) ? List.of(printed) : List.of(printed, bare)) {
                String name = fold(QUOTES.matcher(form).replaceAll("").strip());
                boolean opens = holder.startsWith(name) && (holder.length() == name.length()
                        || !Character.isLetterOrDigit(holder.codePointAt(name.length())));
                at = opens ? 0 : namedLater(holder, name);
                if (at >= 0) {
                    line = form;
                    break;
                }
            }
            if (at >= 0) {
                // a masthead in capitals ("ZORAM THLIRTU") is spelled as the copyright line spells it ("© 2024 Zoram
                // Thlirtu"), when that line has lower case
                String spelled = copyright.strip();
                spelled = spelled.length() >= at + line.length() ? spelled.substring(at, at + line.length()) : line;
                boolean shouted = line.equals(line.toUpperCase(Locale.ROOT));
                return shouted && fold(spelled).equals(fold(line)) && !spelled.equals(spelled.toUpperCase(Locale.ROOT))
                        ? spelled : line;
            }
        }
        return null;
    }

    /**
     * Where a masthead of two words or more stands whole later in the copyright line, after its holder ("©
     * Meridian Media Group Limited 2025. The Sunday Meridian is a registered trade mark."), or -1.
     */
    private static int namedLater(String holder, String name) {
        if (HeadReader.words(name) < 2 || name.indexOf(',') >= 0) {
            return -1; // not a place, "Millbrook, OH", after the holder's address
        }
        int at = holder.indexOf(name, 1);
        int end = at + name.length();
        return at > 0 && !Character.isLetterOrDigit(holder.codePointAt(at - 1))
                && (end == holder.length() || !Character.isLetterOrDigit(holder.codePointAt(end)))
                && !LINK_BEFORE.matcher(holder.substring(0, at)).find() ? at : -1;
    }

    /** A linking word right before a match: the match ends a longer name ("… for Space and Earth Observation"). */
    private static final Pattern LINK_BEFORE = Pattern.compile("(?i:\\b(?:and|of|for|de|du|des|del|di|van|von|und|"
            + "y|e|et|&))\\s*$");

    /** The paste's first {@value #MASTHEAD_LINES} lines, stripped. */
    private static List<String> firstLines(String text) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < MASTHEAD_LINES && from < text.length(); i++) {
            int end = text.indexOf('\n', from);
            end = end < 0 ? text.length() : end;
            lines.add(text.substring(from, end).strip());
            from = end + 1;
        }
        return lines;
    }

    /** A masthead's shape: a name of one to six words, not a sentence, a date or a number. */
    private static boolean mastheadShape(String line) {
        if (line.length() < MIN_CHARS || line.length() > MAX_CHARS || HeadReader.words(line) > MAX_WORDS
                || HeadReader.endsSentence(line) || line.indexOf(':') >= 0) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        // a name may open with an elided article's apostrophe: "'A Voce d''o Golfo" (Neapolitan "the")
        int start = line.length() > 1 && "'’‘".indexOf(line.charAt(0)) >= 0 ? 1 : 0;
        int first = line.codePointAt(start);
        return letters >= MIN_CHARS && Character.isLetter(first) && !Character.isLowerCase(first);
    }

    /** The opening paragraphs' first characters, with what stands in brackets left out. */
    private static List<String> openings(List<Block> body) {
        List<String> openings = new ArrayList<>();
        for (Block block : body) {
            if (openings.size() == OPENING_PARAGRAPHS) {
                break;
            }
            if (block.kind() != Kind.PARAGRAPH || HeadReader.words(block.text(), MIN_WORDS) < MIN_WORDS) {
                continue;
            }
            String start = block.text().length() > OPENING_CHARS ? block.text().substring(0, OPENING_CHARS)
                    : block.text();
            openings.add(QUOTES.matcher(ASIDE.matcher(start).replaceAll(" ")).replaceAll(""));
        }
        return openings;
    }

    /** The longest line read for a photo's credit. */
    private static final int CREDIT_LINE_CHARS = 400;
    /**
     * A photo's credit naming its photographer (group {@code byN}) and the outlet (group {@code outN}) in one of three
     * forms: the outlet after the name in "(Kayla Penney/Tidewater News)", "(Foto: Aljuma Maiga / Radio Isa Beeri)"
     * and "Photo: Arvind Meghwal for Loom & Land", before it in "(NCN News: Jessica Tran)".
     */
    private static final Pattern CREDIT = Pattern.compile("\\((?:[\\p{L}\\p{M} ]{1,20}:\\s*)?" + by(1) + "\\s*/\\s*"
            + outlet(1) + "\\s*\\)|(?iu:photo|foto|фото|picture|image)\\p{L}*\\s*:\\s*" + by(2) + "\\s+for\\s+"
            + outlet(2) + "\\s*[).]?\\s*$|\\(" + outlet(3) + ":\\s*" + by(3) + "\\s*\\)");
    private static final int CREDIT_FORMS = 3;
    /** A credit's words that name no outlet: "(Photo: …)", "(Foto cortesía: …)", "(Jane Doe/File photo)". */
    private static final Pattern CREDIT_WORD = Pattern.compile("(?iu)(?<!\\p{L})(?:photo|foto|фото|φωτο|picture|"
            + "image|bild|credit|courtesy|cortes[ií]a|source|quelle|fuente|fonte|file|archive|archiv|staff|supplied|"
            + "handout|contributed|submitted|pool)");

    /**
     * The outlet a photo's credit names beside its photographer ({@link #CREDIT}), for a paste that prints no
     * masthead and copyright of its own (an article area's selection): the first outlet so credited that the paste
     * names again (in the byline, "Kayla Penney · Tidewater News"; in the text, "told Tidewater News"; at the foot), of
     * two words or more, not a news or picture agency ("Reuters", "Getty Images"), a credit's word ("File photo",
     * "Foto cortesía") or one of the {@code writers}; or {@code null}. A credit named once is as often a picture
     * agency's or its photographer's, the two in either order ("(Image: Allerbridge Advertiser/Tom Crewe)").
     * Linear in the paste.
     */
    static String credited(String text, List<String> writers) {
        Matcher matcher = CREDIT.matcher("");
        return firstOnLines(text, CREDIT_LINE_CHARS, line -> {
            if (!mayCredit(line)) {
                return null;
            }
            matcher.reset(line);
            while (matcher.find()) {
                int form = 1;
                while (form < CREDIT_FORMS && matcher.group("by" + form) == null) {
                    form++;
                }
                String outlet = matcher.group("out" + form).strip();
                if (CREDIT_WORD.matcher(matcher.group("by" + form)).find()) {
                    continue; // "(UWS Photo/Rodrigo Salas)": the agency first, its photographer after
                }
                if (outletShape(outlet) && writers.stream().noneMatch(outlet::equalsIgnoreCase)
                        && text.indexOf(outlet, text.indexOf(outlet) + outlet.length()) >= 0) {
                    return outlet;
                }
            }
            return null;
        });
    }

    /**
     * The first answer {@code read} gives for a line of {@code text}, each line read once, in order; a line longer
     * than {@code maxChars} is read as "" (no line looked for is that long); or {@code null}.
     */
    static String firstOnLines(String text, int maxChars, java.util.function.Function<String, String> read) {
        int from = 0;
        while (from < text.length()) {
            int end = text.indexOf('\n', from);
            end = end < 0 ? text.length() : end;
            String found = read.apply(end - from <= maxChars ? text.substring(from, end) : "");
            if (found != null) {
                return found;
            }
            from = end + 1;
        }
        return null;
    }

    /** A site's name in its own promotion: capitalised words, "of", "and", "the" or "&" between them. */
    private static final String PROMOTED_NAME = "(\\p{Lu}[\\p{L}\\p{M}\\p{N}'’.-]*(?:\\s+(?:(?:of|and|the|for|&)\\s+)?"
            + "\\p{Lu}[\\p{L}\\p{M}\\p{N}'’.-]*){0,5})";
    /**
     * A site promoting itself by name, as a newsletter platform or a site's own boxes print it: "Thanks for reading
     * Ahon! Subscribe for free …", "Ahon is a reader-supported publication.", "Subscribe to Farm Gate Journal's free
     * newsletters", "Get the Radio Waitā app for …", "Download the Harbour Gazette app", a footer's "Chairside
     * Australia is published by Tallowwood Media Pty Ltd." (the company its copyright line names).
     */
    private static final Pattern PROMOTION = Pattern.compile("^(?:(?i:thanks for reading) " + PROMOTED_NAME + "[!.]"
            + "|" + PROMOTED_NAME + " (?i:is a reader[- ]supported publication)\\b"
            + "|" + PROMOTED_NAME + " (?i:is (?:published|produced) by)\\s+\\p{Lu}"
            + "|(?i:subscribe to) " + PROMOTED_NAME + "['’]s (?i:(?:free )?(?:newsletters?|podcasts?|daily|weekly))\\b"
            + "|(?i:(?:get|download) the) " + PROMOTED_NAME + " (?i:app)\\b)");
    /** "About Lakeland Power" alone on its line, as a release's boilerplate opens: the name. */
    private static final Pattern ABOUT_NAME = Pattern.compile("(?:About|ABOUT) " + PROMOTED_NAME);

    /**
     * The organisation a release's boilerplate describes, for a paste that prints no masthead and copyright of its
     * own (an article area's selection): "About Lakeland Power" alone on its line, the paragraph under it (of
     * {@value #MIN_WORDS} words or more) naming it again in its first {@value #OPENING_CHARS} characters ("Lakeland
     * Power Distribution Company Limited distributes …", "Founded in 1891, Lakeland State University is …"); of two
     * words or more or an acronym ("About SCB"), not one of the {@code writers} (a blog's "About Hannah" over its
     * writer's note); or {@code null}. A footer's "About SBN News" over "Contact SBN News" is a link. Linear in the
     * paste.
     */
    static String described(String text, List<String> writers) {
        Matcher about = ABOUT_NAME.matcher("");
        String[] pending = new String[1]; // the name of "About …" on the line above, if any
        return firstOnLines(text, Integer.MAX_VALUE, raw -> {
            String line = raw.strip();
            if (line.isEmpty()) {
                return null;
            }
            if (pending[0] != null && HeadReader.words(line, MIN_WORDS) >= MIN_WORDS
                    && line.substring(0, Math.min(line.length(), OPENING_CHARS)).contains(pending[0])) {
                return pending[0];
            }
            String name = line.length() <= MAX_CHARS && about.reset(line).matches() ? about.group(1) : null;
            boolean named = name != null && (HeadReader.words(name) >= 2 || ACRONYM.matcher(name).matches()
                    && !name.equals("US"));
            pending[0] = named && writers.stream().noneMatch(writer -> fold(writer).contains(fold(name))
                    || fold(name).contains(fold(writer))) ? name : null;
            return null;
        });
    }

    /** A name in capitals of two to six letters: "SCB", "NLDO". */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");

    /** The longest line read as a site's promotion of itself. */
    private static final int PROMOTION_CHARS = 200;

    /**
     * The site a paste's own promotion names ({@link #PROMOTION}), for a paste that prints no masthead and copyright
     * of its own: the first such name, not one of the {@code writers} or a news agency, as a masthead among the first
     * lines spells it in full ({@link #mastheadOf}); or {@code null}. Linear in the paste.
     */
    static String promoted(String text, List<String> writers) {
        return named(text, PROMOTION.matcher(""), PROMOTION_CHARS, true, writers);
    }

    /**
     * The site the first line of {@code text} that {@code matcher} reads names (at the line's start when {@code
     * opening}, else anywhere in it), the first of its groups that matched: not one of the {@code writers} or a news
     * agency, spelled as a masthead among the first lines spells it in full ({@link #mastheadOf}), without a section
     * after a bar; or {@code null}.
     */
    private static String named(String text, Matcher matcher, int maxChars, boolean opening, List<String> writers) {
        return firstOnLines(text, maxChars, line -> {
            if (!(opening ? matcher.reset(line.strip()).lookingAt() : matcher.reset(line).find())) {
                return null;
            }
            String name = null;
            for (int g = 1; g <= matcher.groupCount() && name == null; g++) {
                name = matcher.group(g); // the form's own group: only one of them matched
            }
            String site = name.strip().replaceFirst("\\.$", "");
            return writers.stream().noneMatch(site::equalsIgnoreCase) && !Bylines.isAgency(site)
                    ? mastheadOf(text, site).split("\\s+[|·•]\\s+", 2)[0] : null;
        });
    }

    /**
     * A body's name as a breadcrumb opens with it: capitalised words ("of", "and", "the", "&" between them), the last
     * a word for a club, a church or another body that keeps a site of its own.
     */
    private static final Pattern BODY_NAME = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.-]*"
            + "(?:\\s+(?:(?:of|and|the|&)\\s+)?\\p{Lu}[\\p{L}\\p{M}'’.-]*){1,5}\\s+(?i:club|cathedral|church|"
            + "parish|society|association|council|union|school|college|university|museum|library|trust|foundation|"
            + "institute|centre|center|federation|league|co-?op|co-?operative|cooperative|theatre|theater|gallery|"
            + "hospital|academy|orchestra|choir)");

    /**
     * The site a breadcrumb among the paste's first lines opens with, when that is a body's name ({@link
     * #BODY_NAME}): "Cedar Pen Bowling Club › News", "Holy Trinity Cathedral › Cathedral News › Restoration", as an
     * article area's selection keeps it over the headline; or {@code null}.
     */
    static String crumbed(String text) {
        for (String line : firstLines(text)) {
            Matcher chevron = Titles.CHEVRON.matcher(line); // "Cedar Pen Bowling Club › News"
            if (line.length() <= MAX_CHARS * 2 && chevron.find()) {
                String first = line.substring(0, chevron.start()).strip();
                return BODY_NAME.matcher(first).matches() ? first : null;
            }
        }
        return null;
    }

    /**
     * A site its writer's note or its disclaimer names: "Terrance Rolle is a contributing editor at Flightline
     * Bahamas.", "The views expressed are those of the authors and not necessarily of the Highveld Institute for Public
     * Policy."
     */
    private static final Pattern NOTED = Pattern.compile("\\b(?:is|are) (?:an? |the )?(?:[\\p{Ll}-]+ ){0,3}"
            + "(?:editor|writer|reporter|correspondent|columnist|journalist|contributor|producer|presenter)s? "
            + "(?:at|for|with) (?:the )?" + PROMOTED_NAME + "(?=[.,;]|\\s+(?:and|who|where|based)\\b|$)"
            + "|\\bnot (?:necessarily )?(?:those )?of (?:the )?" + PROMOTED_NAME + "\\.");
    /** The longest line read for a writer's note or a disclaimer naming the site. */
    private static final int NOTE_CHARS = 400;

    /**
     * The site a writer's note or a disclaimer names ({@link #NOTED}), for a paste that names none otherwise: the
     * first such name, as {@link #named} takes it; or {@code null}. Linear in the paste.
     */
    static String noted(String text, List<String> writers) {
        return named(text, NOTED.matcher(""), NOTE_CHARS, false, writers);
    }

    /**
     * The masthead among the paste's first lines that opens with a site's shorter name ("Nqaba FM 96.2" for "Nqaba
     * FM", "Kwela Car Share" for "Kwela"; a short line, no sentence, its frequency's digits allowed), or the name
     * itself when none does.
     */
    private static String mastheadOf(String text, String name) {
        for (String line : firstLines(text)) {
            if (line.startsWith(name + " ") && line.length() <= MAX_CHARS && HeadReader.words(line) <= MAX_WORDS
                    && !HeadReader.endsSentence(line)) {
                return line;
            }
        }
        return name;
    }

    /** A credit's photographer, named group {@code by} and the form's number. */
    private static String by(int form) {
        return "(?<by" + form + ">" + Names.NAME + ")";
    }

    /** A credit's outlet, named group {@code out} and the form's number. */
    private static String outlet(int form) {
        return "(?<out" + form + ">[^()/:;,.]{3,50}?)";
    }

    /**
     * Whether a line has what each form of {@link #CREDIT} needs: a bracket and a slash or a colon, or a colon and
     * " for " (most lines have neither, and are not searched).
     */
    private static boolean mayCredit(String line) {
        boolean colon = line.indexOf(':') >= 0;
        return line.indexOf('(') >= 0 && (colon || line.indexOf('/') >= 0) || colon && line.contains(" for ");
    }

    private static boolean outletShape(String outlet) {
        int words = HeadReader.words(outlet);
        return words >= 2 && words <= MAX_WORDS
                && (Character.isUpperCase(outlet.codePointAt(0)) || Character.isDigit(outlet.codePointAt(0)))
                && !Bylines.isAgency(outlet) && !CREDIT_WORD.matcher(outlet).find()
                && !HeadCandidates.photoCredit(outlet);
    }

    /** What follows the copyright sign on the last copyright line, its quotation marks left out, or {@code null}. */
    static String copyright(String text) {
        String found = null;
        Matcher matcher = COPYRIGHT.matcher("");
        int from = 0;
        while (from < text.length()) {
            int end = text.indexOf('\n', from);
            end = end < 0 ? text.length() : end;
            String line = text.substring(from, Math.min(end, from + COPYRIGHT_CHARS));
            if ((line.indexOf('©') >= 0 || line.regionMatches(true, 0, "copyright", 0, 9)
                    || line.contains("(c)") || line.contains("(C)")) && matcher.reset(line).find()) {
                found = QUOTES.matcher(matcher.group(1)).replaceAll("");
            }
            from = end + 1;
        }
        return found;
    }

    /**
     * The words of {@code opening} that spell {@code name} (case aside; a single word in its own case), whole
     * words only, or {@code null}.
     */
    static String spelledIn(String opening, String name, boolean exactCase) {
        Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
                exactCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(opening);
        return matcher.find() ? matcher.group() : null;
    }

    /** A text in one case whatever its script: "YAÑI DEVIR" and "Yañı Devir" alike (Turkic dotless i). */
    private static String fold(String text) {
        return text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
