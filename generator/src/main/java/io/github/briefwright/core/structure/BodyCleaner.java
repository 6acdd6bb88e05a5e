package io.github.briefwright.core.structure;

import io.github.briefwright.core.model.Block;
import io.github.briefwright.core.model.Block.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes noise and author bios out of the body of a raw paste. A block (or a list item) is noise when a
 * {@link NoiseRules} rule finds it. A noise block carries the short lines and list items after it ("Related"
 * and its headlines, "Subscribe" and its selling points) until body text resumes; a short line right before a
 * body paragraph is left alone (it is likely a heading) unless it comes after the last body paragraph or the
 * noise opens a list of its own ("Related", "More by", a newsletter or subscription pitch) and the line is not
 * the first after it. List items are carried only after such noise and only when they read like headlines. Bios
 * are found by {@link AuthorBios}. Other noise (an advertisement, a photo credit) carries nothing, except after
 * the last body paragraph. From a closing marker ("###", "-30-") after the first quarter of the text, or a
 * boilerplate heading ("About Example Corp", "Forward-looking statements", "Notes to editors") in its second
 * half, everything but an author's bio is boilerplate. From a heading that opens what follows the article on its page
 * (its comments, a sidebar of the site: {@link #afterArticle}), what the rules would keep goes too
 * ({@value NoiseRules#AFTER_ARTICLE}). A block repeating the title is a running header. Linear in the number of blocks.
 */
final class BodyCleaner {

    /** A block taken out, with where it was. */
    record Taken(String reason, String text, int line) {
    }

    /** What is left and what was taken. */
    record Result(List<Block> body, List<Taken> removed, List<AuthorBios.Bio> bios) {
    }

    /** The most words of a line between bios under "About the authors" (a name, a role) that does not end them. */
    private static final int ABOUT_GAP_WORDS = 5;
    private static final int CARRY_MAX_CHARS = 150;
    /** The most headlines an inline box of other stories holds (more would be the text's own subheadings). */
    private static final int INLINE_HEADLINES = 2;
    /**
     * The full stops and question marks of other scripts: Ethiopic "።" and "፧", Devanagari's and Bengali's danda
     * "।" and "॥", Urdu "۔", Arabic "؟", Armenian "։", Burmese "။", Khmer "។", Lepcha "᰻" (not Tibetan "།", which
     * closes a phrase, a menu's item too).
     */
    static final String OTHER_FULL_STOPS = "።፧।॥۔؟։။។᰻";
    /** Any sentence's end, with a closing quote or bracket: ". ! ? …", "。！？" and {@link #OTHER_FULL_STOPS}. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？" + OTHER_FULL_STOPS
            + "][\"”’»“」』)]*$");
    /** A numbered subheading in Chinese or Japanese: "一、", "（1）". */
    private static final Pattern LIST_OPENING = Pattern.compile("[一二三四五六七八九十]+[、．.]|[（(]\\d+[)）]");
    /** A short bracketed end of a line: "(Sept. 2022)", "(PDF)", "(video)". */
    private static final Pattern BRACKETED_END = Pattern.compile("\\s*\\([^()]{1,30}\\)$");
    /** What an author box's lines are removed as: the author's name alone after the text, and a role under it. */
    static final String AUTHOR_BOX = "author-box";
    private static final int NAME_MAX_CHARS = 60;
    private static final int ROLE_MAX_WORDS = 6;
    /** The most role lines under an author box's name ("Staff Writer", "Brookmere City Hall"). */
    private static final int BOX_ROLES = 2;
    /** The fewest words of a bio under an author box's name ("Hi, I'm Joanne! I've been baking …"). */
    private static final int BOX_BIO_WORDS = 6;
    /** A self-introduction opening a bio: "Hi, I'm", "I'm", "Soy", "Je suis", "Ich bin", "Sono", "Sou", "Ik ben". */
    private static final Pattern SELF_INTRODUCTION = Pattern.compile("(?i)(?:(?:hi|hello|hey|hola|salut|bonjour|hallo|ciao|"
            + "ol[áa]|hej)[,!]?\\s+)?(?:i['’]m|i am|soy|je suis|ich bin|sono|sou|ik ben|jag är|jeg er)\\s");
    /** A bio that opens with the author's role: "Redactora de la sección de Canarias.", "Head of Product at Tidewater." */
    private static final Pattern ROLE_OPENING = Pattern.compile("(?:(?:senior|chief|staff|deputy|managing|contributing|"
            + "freelance)\\s+)?(?i:reporter|editor|writer|correspondent|columnist|journalist|head of|director|founder|"
            + "redactora?|periodista|corresponsal|journalistin|redakteurin|redakteur|korrespondentin|korrespondent|"
            + "r[ée]dact(?:eur|rice)|journaliste|giornalista|jornalista|rep[óo]rter|verslaggever|redacteur|critic|"
            + "critico|cr[íi]tica?|critique|kritiker(?:in)?|recensent)\\b"
            // a Japanese reporter's box: "専門は海洋科学" (the field), "担当は…"
            + "|専門は|担当は|(?:[\\p{IsHan}\\p{IsKatakana}ー]{1,8}(?:部|局))?記者(?:として|を経て)");
    /** An update or a postscript after a signature: "Update, March 4:", "P. D.:", "P.S.", "Nachtrag", "追記". */
    private static final Pattern POSTSCRIPT = Pattern.compile("(?i)(?:update[ds]?|p\\.?\\s?[sd]\\.|ps\\b|nachtrag|"
            + "correction|editor['’]s note|note|追記|更新)");
    /** The fewest words of a long paragraph of text (see {@link #lastLongParagraph}). */
    private static final int LONG_WORDS = 25;
    /**
     * A statement's full stop, with any closing quote: a headline under "Related" or "Lees ook" has none, the text's
     * short sentences after an inline box do ("Una portavoz declinó hacer comentarios."); in Japanese or Chinese, "。"
     * or a closing quote after 20 characters and more. (Two short self-introducing sentences of a blog's owner under
     * its "新着記事" are kept so too: text kept over text lost.)
     */
    private static final Pattern STATEMENT_END = Pattern.compile("[^.]\\.[\"”’»“]?$|。[」』]?$|^.{20,}[」』]$");
    /** The words of body paragraphs an article has, at least, before what follows it can start. */
    private static final int ARTICLE_WORDS = 150;
    private static final int SENTENCE_WORDS = 5;
    /** The most words a teaser's line under its headline has; a longer paragraph is text. */
    private static final int TEASER_WORDS = 35;
    /** What may follow a sentence's full stop: closing quotes and brackets, a footnote's mark ("[2]", "¹", "*"). */
    private static final Pattern SENTENCE_TAIL = Pattern.compile("(?:[\\s\"”“’'‘»«„)\\]）」』*¹²³⁴⁵⁶⁷⁸⁹⁰]|\\[\\d{1,3}\\])+$");
    private static final int DENSE_LETTERS = 6;
    private static final int TIMESTAMP_MAX_CHARS = 80;
    private static final Pattern RELATIVE_STAMP = Pattern.compile("(?:"
            + "\\d{1,3}\\s*(sec|secs|second|min|mins|minute|hour|hr|hrs|day|week|month|year|[hmd])s? ago"
            // the same in the other languages the structure stage reads: "vor 3 Stunden", "il y a 2 heures", "před hodinou"
            + "|vor\\s+(\\d{1,3}|einer|einem)\\s+(sekunden?|minuten?|stunden?|tag(en)?|wochen?|monat(en)?|jahr(en)?)"
            + "|il y a\\s+(\\d{1,3}|une?)\\s+(secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)"
            + "|hace\\s+(\\d{1,3}|una?)\\s+(segundos?|minutos?|horas?|d[íi]as?|semanas?|mes(es)?|años?)"
            + "|h[áa]\\s+(\\d{1,3}|uma?)\\s+(segundos?|minutos?|horas?|dias?|semanas?|m[êe]s(es)?|anos?)"
            + "|(\\d{1,3}|un[ao]?)\\s+(secondi|minuti|ore|ora|giorni|giorno|settimane|mesi|anni)\\s+fa"
            + "|(\\d{1,3}|een)\\s+(seconden|minuten|minuut|uur|dagen|dag|weken|week|maanden|maand|jaar)\\s+geleden"
            + "|p[řr]ed\\s+(\\d{1,3}\\s+)?(sekundami|minutami|minutou|hodinami|hodinou|dny|dnem|t[ýy]dny|t[ýy]dnem|m[ěe]s[íi]ci|lety|rokem)"
            + "|(\\d{1,3}\\s+)?(sekund[ey]?|minut[ey]?|godzin[ey]?|godzin[ęe]|dni|dzie[ńn]|tygodni(e)?|miesi[ęe]cy|lat)"
            + "\\s+temu"
            // the time of day after it, as comment threads print it: "2 days ago at 07:52 am"
            + ")(?:,?\\s*(?:at|@)\\s*\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A place and a comma before a date: "Lisboa, 3 de março de 2019", "Lisbon, March 3, 2019". */
    private static final Pattern PLACE_AND_DATE = Pattern.compile("(?!(?i:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
            + "(?:day)?|wednesday|saturday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|"
            + "jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda|terça|quarta|"
            + "quinta|sexta|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|maandag|dinsdag|woensdag|donderdag|"
            + "vrijdag|zaterdag|zondag|today|yesterday|gestern|heute|ayer|hoy|hier|aujourd'hui|ieri|oggi|ontem|hoje|"
            + "gisteren|vandaag)\\.?,)\\p{Lu}\\p{Ll}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,3},\\s+(?=\\d|\\p{Lu}\\p{Ll}+\\.?\\s+\\d)");
    /** A time alone, as a live blog prints it under a post's relative stamp: "14.32 GMT", "9:05am BST". */
    private static final Pattern TIME_ONLY = Pattern.compile("\\d{1,2}[.:]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?",
            Pattern.CASE_INSENSITIVE);
    /**
     * A release's end: "###", "-30-", "– END –", "(Ends)", "END" in capitals, "-ENDS-" with the boilerplate's heading
     * glued to it.
     */
    private static final Pattern END_MARK = Pattern.compile("^(###|#\\s*#\\s*#|[-–—]\\s*(30|ends?)\\s*[-–—]"
            + "(?:\\s*(?-i:\\p{Lu}).*)?|ends|(?-i:END)|\\(\\s*ends?\\s*\\))$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOILERPLATE = Pattern.compile("^(about (?:us|me|this (?:site|blog|newsletter|"
            + "website))|about (?:the|our) (?:club|society|association|guild|trust|union|league|group|charity|"
            + "organi[sz]ation)|about (?!the authors?\\b)(?-i:\\p{Lu})[\\p{L}\\p{N}&.,' -]{1,60}|forward-looking statements?|disclaimer|"
            + "sources|references|bibliography|how to cite( this (article|paper|page))?|"
            + "notes? (to|for) editors?|(media|press) contacts?|contacts?|legal notice|important (information|notice))[:.]?$",
            Pattern.CASE_INSENSITIVE);
    /** A heading "About" and a name in capitals: "About Aldervane Robotics", "About NewsPoint Wire". */
    private static final Pattern ABOUT_COMPANY = Pattern.compile("(?:About|Über|À propos de|Acerca de|Sobre|Informazioni su|Over) "
            + "(\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?: (?:\\p{Lu}|&)[\\p{L}\\p{N}&.'’-]*){0,4})");

    /** Noise that introduces a list of its own (headlines, selling points, topics): all its short lines go. */
    private static final Set<String> OPENERS = Set.of("related", "more-by", "newsletter", "subscribe", "paywall",
            "tags", "follow", "share", "event-chrome");
    /** A blog's link to the post before or after this one, its headline under it: "Previous Post", "Next article". */
    private static final Pattern POST_LINK = Pattern.compile("(?i)(?:previous|prev|next|older|newer) (?:post|article|"
            + "story|entry)[:»›→]?");
    /** The buttons under "Was this article helpful?": taken with it, where other short lines under a question stay. */
    private static final Pattern YES_NO = Pattern.compile("(?iu)(?:yes|no|ja|nein|oui|non|sí|si|sim|não|nee|nej|tak|nie|"
            + "ano|ne|evet|hayır|👍|👎)[.!]?");
    /**
     * Noise whose own list is of buttons and links ("Facebook", "Email", "Copy link", headlines): it carries no
     * line of more than a few words that opens with a number (a quantity, a date, a step), so a schedule or a
     * recipe standing after a share bar is not taken for more links.
     */
    private static final Set<String> BUTTON_BARS = Set.of("share", "follow");
    private static final int BUTTON_MAX_WORDS = 3;
    /** The longest button in Japanese or Chinese: a line ending in "。！？" longer than this is a sentence. */
    private static final int BUTTON_MAX_CJK_CHARS = 30;

    private final NoiseRules noise;
    private final java.util.function.Predicate<String> dateline;

    /** With {@code dateline} telling a date line ({@link Datelines}), remembering what the block splitter asked. */
    BodyCleaner(NoiseRules noise, java.util.function.Predicate<String> dateline) {
        this.noise = noise;
        this.dateline = dateline;
    }

    /** The reason for a box of facts after the text ({@link #factBox}). */
    static final String FACT_BOX = "fact-box";
    /** A line of a box of facts: a label of one to three words, a colon, a short value ("Regia: Alessia Corradini"). */
    private static final Pattern FACT_LINE = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.]*(?:\\s[\\p{L}'’.]+){0,2}\\s?:\\s+\\S.{0,100}");
    private static final int FACT_LINES = 3;
    /** A box of facts' heading alone on its line: "LA SCHEDA", "Matchfakta", "Ficha técnica", "Match facts". */
    private static final Pattern FACT_HEADING = Pattern.compile("(?iu)(?:la )?scheda(?: tecnica)?|ficha(?: t[ée]cnica)?|"
            + "fiche technique|datos t[ée]cnicos|match ?facts|match stats|matchfakta|spelfakta|kampfakta|faktaboks|"
            + "faktaruta|steckbrief|spieldaten|die fakten|fact ?box|key facts|the details|at a glance|specs|"
            + "(?:technical |tech )?specifications|technick[ée] parametry|dane techniczne|specyfikacja( techniczna)?|"
            + "teknik [öo]zellikler|film facts");
    /**
     * The labels of such a box: a film's card (director, cast, running time, rating), a match's facts (scorers,
     * referee, attendance), a device's details; in the languages the structure stage reads.
     */
    private static final Pattern FACT_LABEL = Pattern.compile("(?iu)(?:.*\\s)?(?:director|directed by|regia|regie|"
            + "r[ée]alisation|direcci[óo]n|dire[çc][ãa]o|ohjaus|regi|re[żz]yseria|cast|reparto|elenco|avec|mit|"
            + "medverkande|i rollerne|obsada|running time|runtime|durata|dur[ée]e|duraci[óo]n|dura[çc][ãa]o|laufzeit|"
            + "speltid|spilletid|kesto|czas trwania|rating|voto|note|nota|betyg|karakter|arvosana|ocena|genre|genere|"
            + "g[ée]nero|sjanger|distribution|distribuzione|distribuci[óo]n|distributor|verleih|release|uscita|"
            + "estreno|kinostart|premi[äe]r|premiere|country|paese|pa[íi]s|pays|script|screenplay|sceneggiatura|"
            + "gui[óo]n|drehbuch|manus|k[äa]sikirjoitus|scenariusz|music|musica|m[úu]sica|musik|musiikki|muzyka|"
            + "title|titolo|t[íi]tulo|titre|titel|tittel|tytu[łl]|original title|scorers?|goals|m[åa]l|maalit|gol|"
            + "goles|tore|buts|bramki|referee|arbitro|[áa]rbitro|arbitre|schiedsrichter|domare|dommer|erotuomari|"
            + "s[ęe]dzia|attendance|spettatori|asistencia|spectateurs|zuschauer|publik|tilskuere|yleis[öo]|widz[óo]w|"
            + "venue|stadio|estadio|stade|stadion|bookings|yellow cards|red cards|sent off|half-time|result|"
            + "resultat|tulos|wynik|line-?ups?|teams|formazioni|alineaciones|aufstellung|price|pris|prezzo|precio|"
            + "prix|preis|cena|display|displej|screen|battery|baterie|batteria|bater[íi]a|akku|weight|hmotnost|peso|"
            + "poids|gewicht|vikt|paino|waga|memory|pam[ěe][ťt]|storage|processor|procesor|camera|fotoapar[áa]t|"
            + "dimensions|rozm[ěe]ry|platform|developer|publisher|year|anno|a[ñn]o|ann[ée]e|jahr|[åa]r|vuosi|rok)");
    private static final int FACT_MAX_WORDS = 20;

    /**
     * A box of facts after the text's last long paragraph (a film's card, a match's facts, a product's details): a
     * run of short lines that end no sentence, three or more of them a label and a value ("Regia: …", "Publik: 1 214"), with
     * a card's heading among them or three labels of a card's kind, from the run's first line (its heading, "LA
     * SCHEDA", "Matchfakta") to its last label line. Compared by identity.
     */
    private static Set<Block> factBox(List<Block> blocks, int lastLong, int end) {
        Set<Block> box = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int i = Math.max(0, lastLong + 1);
        while (i < end) {
            int start = i;
            int labels = 0;
            int known = 0; // labels of a card's kind: "Regia", "Domare"
            boolean headed = false; // the run has a card's heading: "LA SCHEDA", "Matchfakta"
            int lastLabel = -1;
            while (i < end && factRunLine(blocks.get(i))) {
                String text = blocks.get(i).kind() == Kind.BREAK ? "" : blocks.get(i).text().strip();
                if (FACT_LINE.matcher(text).matches()) {
                    labels++;
                    known += FACT_LABEL.matcher(text.substring(0, text.indexOf(':')).strip()).matches() ? 1 : 0;
                    lastLabel = i;
                } else {
                    headed |= FACT_HEADING.matcher(text).matches();
                }
                i++;
            }
            // a list the text introduces ("Principais cargos e salários:" over "Enfermeiro: R$ 4.350") is the text's
            boolean introduced = start > 0 && blocks.get(start - 1).kind() != Kind.BREAK
                    && blocks.get(start - 1).text().strip().endsWith(":")
                    || i > start && blocks.get(start).text().strip().endsWith(":");
            // a card's heading or its labels: an interview's "Kitchen hero: …", a recipe's "Ceci secchi: 250 g", a
            // festival's "Friday: …" or a list of fees are the text's
            if (labels >= FACT_LINES && !introduced && (headed || known >= FACT_LINES)) {
                for (int k = start; k <= lastLabel; k++) {
                    box.add(blocks.get(k));
                }
            }
            i = Math.max(i, start + 1);
        }
        return box;
    }

    private static boolean factRunLine(Block block) {
        if (block.kind() == Kind.BREAK) {
            return true;
        }
        String text = block.text().strip();
        return (block.kind() == Kind.PARAGRAPH || block.kind() == Kind.HEADING) && text.indexOf('\n') < 0
                && HeadReader.words(text) <= FACT_MAX_WORDS && !FACT_SENTENCE_END.matcher(text).find();
    }

    /**
     * A sentence's end, maybe inside a quote or a bracket; not a bracket alone
     * ("Hällby BK–Lindeå IF 2–1 (0–1)").
     */
    private static final Pattern FACT_SENTENCE_END = Pattern.compile("[.!?…][\"”’')]*$");

    /** The noise of buttons: a share bar's, a player's, a comment count's. */
    private static final Set<String> BUTTONS = Set.of("share", "listen", "print-chrome", "comments", "follow");

    /**
     * Whether block {@code i} stands beside a button: the block right above or right under it is a button of another
     * language alone or a line of buttons ("Dela" over "Facebook", "Jaa" over "Tallenna"; not "Spara" over a tip).
     */
    private boolean besideButtons(List<Block> blocks, int i) {
        int above = HeadReader.previousBlock(blocks, i);
        int under = HeadReader.nextBlock(blocks, i);
        return above >= 0 && button(blocks.get(above)) || under < blocks.size() && button(blocks.get(under));
    }

    /**
     * Whether the block after block {@code i}'s is noise of its own (another box's heading, "Most read"): a box's
     * headline over it ends no box inside the text, however many stand above it.
     */
    private boolean overNoise(List<Block> blocks, int next) {
        if (next >= blocks.size() || blocks.get(next).kind() == Kind.BREAK) {
            return false;
        }
        String text = blocks.get(next).text();
        return noise.reason(text) != null || noise.opensAfterArticle(text);
    }

    /** The most words of a share bar's label in a language no rule knows: "Partaz sa lartik-la". */
    private static final int SHARE_LABEL_WORDS = 4;

    /**
     * Whether block {@code i} is a share bar's label in any language: a short line, no sentence and no digit, over two
     * networks' names alone ("Partaz sa lartik-la" over "Facebook" and "WhatsApp").
     */
    private boolean shareBarLabel(List<Block> blocks, int i, int next) {
        String text = blocks.get(i).text().strip();
        if (blocks.get(i).kind() == Kind.LIST || next >= blocks.size() || text.length() > NAME_MAX_CHARS
                || HeadReader.words(text) > SHARE_LABEL_WORDS || HeadReader.endsSentence(text)
                || DateText.hasDigit(text)
                || !networkName(blocks.get(next))) {
            return false;
        }
        int after = HeadReader.nextBlock(blocks, next);
        return after < blocks.size() && networkName(blocks.get(after));
    }

    private boolean networkName(Block block) {
        return block.kind() != Kind.LIST && block.kind() != Kind.BREAK && noise.networkAlone(block.text());
    }

    private boolean button(Block block) {
        if (block.kind() == Kind.LIST || block.kind() == Kind.BREAK) {
            return false;
        }
        String text = block.text().strip();
        String reason = noise.reason(text);
        return noise.buttonAlone(text) || reason != null && BUTTONS.contains(reason);
    }

    /**
     * Whether block {@code i} may be the writer's signature: a name alone, on no other line of the paste (an
     * interview's speaker is named over each answer), and the byline's author when the byline names one.
     */
    private static boolean signature(Block block, List<String> bylineNames, java.util.Map<String, Integer> shortLines) {
        String name = block.text().strip();
        if (block.kind() == Kind.LIST || name.length() > NAME_MAX_CHARS || !Names.isName(name)
                || !bylineNames.isEmpty() && bylineNames.stream().noneMatch(author -> Names.same(author, name))) {
            return false;
        }
        return shortLines.getOrDefault(name, 0) == 1;
    }

    /** An agency's name and its desk's initials: "PTI ABC DEF", "DPNS SRV KRK" (capitals, two to six each). */
    private static final Pattern DESK_INITIALS = Pattern.compile("(\\p{Lu}{2,6})(?:\\s+\\p{Lu}{2,6}){1,4}");

    /** Whether a line is the byline's agency and its desk's initials ({@link #DESK_INITIALS}). */
    private static boolean deskInitials(String text, List<String> bylineNames) {
        String line = text.strip();
        if (bylineNames.isEmpty() || line.length() > 40) {
            return false;
        }
        Matcher desk = DESK_INITIALS.matcher(line);
        return desk.matches() && bylineNames.contains(desk.group(1));
    }

    /** The most words of a letter's closing: "With love from the porch,", "Yours in service,". */
    private static final int CLOSING_WORDS = 6;

    /** Whether a line is a letter's closing: a few words ending in a comma, opening with a capital. */
    private static boolean closing(String text) {
        String line = text.strip();
        return line.endsWith(",") && line.indexOf('\n') < 0 && HeadReader.words(line) <= CLOSING_WORDS
                && Character.isUpperCase(line.codePointAt(0));
    }

    /** Whether a block is a byline writer's name, whole or its first name alone ("Marisol" for "Marisol Quiroz"). */
    private static boolean signsAs(Block block, List<String> bylineNames) {
        String name = block.text().strip();
        if (block.kind() == Kind.LIST || block.kind() == Kind.BREAK || name.isEmpty() || name.length() > NAME_MAX_CHARS
                || name.indexOf('\n') >= 0) {
            return false;
        }
        for (String author : bylineNames) {
            String first = author.strip().split("\\s+")[0];
            if (Names.same(author, name) || name.equals(first) && first.length() >= 2) {
                return true;
            }
        }
        return false;
    }

    /** How many blocks hold each short text ({@value #NAME_MAX_CHARS} characters at most), stripped. */
    private static java.util.Map<String, Integer> shortLines(List<Block> blocks) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (Block block : blocks) {
            String text = block.kind() == Kind.PARAGRAPH || block.kind() == Kind.HEADING ? block.text().strip() : "";
            if (!text.isEmpty() && text.length() <= NAME_MAX_CHARS) {
                counts.merge(text, 1, Integer::sum);
            }
        }
        return counts;
    }

    Result clean(List<Block> blocks, List<String> bylineNames, String title) {
        int boilerplate = boilerplateStart(blocks);
        int after = afterArticle(blocks, title);
        // the byline's names alone on a line once before the comments (where the author may answer a reader)
        List<String> boxNames = boxNames(blocks.subList(0, Math.min(after, boilerplate)), bylineNames);
        int lastBody = lastBodyParagraph(blocks.subList(0, boilerplate), bylineNames, boxNames);
        // where bios may stand: after the text's last paragraph before what follows the article (a reader's comment
        // under a bio is no paragraph of the text)
        int lastText = after < boilerplate ? lastBodyParagraph(blocks.subList(0, after), bylineNames, boxNames) : lastBody;
        // the last paragraph of 25 words and more: under it, a bio that names the byline's author is the author's, even
        // over a newsletter box's or dated teasers' lines that read as short paragraphs
        int lastLong = lastLongParagraph(blocks.subList(0, Math.min(after, boilerplate)), bylineNames);
        Set<Block> factBox = factBox(blocks, lastLong, Math.min(after, boilerplate));
        boolean[] tagRun = noise.afterArticle() ? tagRuns(blocks, lastLong) : new boolean[blocks.size()];
        java.util.Map<String, Integer> shortLines = null; // how often each short line stands alone, read when needed
        List<Block> body = new ArrayList<>();
        List<Taken> removed = new ArrayList<>();
        List<AuthorBios.Bio> bios = new ArrayList<>();
        String carry = null;
        int carried = 0;
        int removedBefore = 0;
        boolean aboutAuthors = false;
        boolean textKept = false; // a paragraph of text kept in the body so far
        boolean inlineBox = false; // "Lees ook" alone inside the text: two headlines under it, no more
        String boxed = null; // the byline's author, named alone on a line after the text: an author box
        int roles = 0; // the role lines under that name so far
        int tagsUntil = -1; // the last tag under a label of tags in another language
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            boolean inTail = i > lastBody;
            if (block.kind() == Kind.BREAK) {
                body.add(block);
                continue;
            }
            if (block.kind() == Kind.LIST && i >= boilerplate) {
                // a list in a release's boilerplate, or its end mark pasted as a list ("– END –")
                block.items().forEach(item -> removed.add(new Taken("boilerplate", item, block.line())));
                continue;
            }
            if (block.kind() == Kind.LIST) {
                carry = list(block, inTail, i >= after, aboutAuthors, carry, bylineNames, !textKept, body, removed,
                        bios);
                carried = 0;
                continue;
            }
            String text = block.text();
            if (title != null && text.strip().equalsIgnoreCase(title.strip())) {
                removed.add(new Taken("running-header", text, block.line()));
                continue;
            }
            String boxName = inTail || i > lastText || i > lastLong ? bylineName(text, boxNames) : null;
            if (boxName != null && i < boilerplate && authorBox(blocks, i, boxName, bylineNames, aboutAuthors)) {
                boxed = boxName;
                roles = 0;
                removed.add(new Taken(AUTHOR_BOX, text, block.line()));
                continue;
            }
            if (boxed != null) {
                if (roles < BOX_ROLES && roleLine(text) && reason(text) == null) {
                    roles++;
                    removed.add(new Taken(AUTHOR_BOX, text, block.line()));
                    continue;
                }
                String author = boxed;
                boxed = null;
                // under "About the author" ("この記事を書いた人"), the paragraph under the name is the bio
                if (boxBio(block, author, bylineNames) || aboutAuthors && announcedBio(block)) {
                    bios.add(new AuthorBios.Bio(author, text.strip()));
                    continue;
                }
            }
            int next = HeadReader.nextBlock(blocks, i);
            if (bylineNames.isEmpty() && i < boilerplate && lastLong >= 0
                    && HeadReader.previousBlock(blocks, i) == lastLong && (next >= blocks.size() || button(blocks.get(next)))
                    && signature(blocks.get(i), bylineNames,
                            shortLines = shortLines == null ? shortLines(blocks) : shortLines)) {
                // the writer's name alone under the text's last paragraph, over the share buttons, on a page whose
                // head names no one: "Nguyễn Thị Thu Hà" over "Chia sẻ"
                bios.add(new AuthorBios.Bio(Names.normalise(text.strip()), null));
                removed.add(new Taken("signature", text, block.line()));
                continue;
            }
            if (lastLong >= 0 && i > lastLong && deskInitials(text, bylineNames)) {
                // a wire's agency and its desk's initials under the text: "DPNS SRV KRK" under a "DPNS" byline
                removed.add(new Taken("wire-credit", text, block.line()));
                continue;
            }
            if (!bylineNames.isEmpty() && i < boilerplate && lastLong >= 0
                    && HeadReader.previousBlock(blocks, i) == lastLong && next < blocks.size() && closing(text)
                    && signsAs(blocks.get(next), bylineNames)) {
                // a letter's closing and the writer's name under the text, the byline's writer: "With love from the
                // porch," over "Marisol", "Warmly," over "Dana Whitfield"
                removed.add(new Taken("signature", text, block.line()));
                removed.add(new Taken("signature", blocks.get(next).text(), blocks.get(next).line()));
                i = next;
                continue;
            }
            if (i < boilerplate && next < blocks.size() && next >= lastText
                    && AuthorBios.isWriterNote(blocks.get(next).text())
                    && signature(blocks.get(i), bylineNames,
                            shortLines = shortLines == null ? shortLines(blocks) : shortLines)) {
                // a signature over a note on its writer, the text's last paragraph or after it: "Aino Rautiainen"
                // over "Kirjoittaja on Eila Koskisen entinen oppilas …"
                bios.add(new AuthorBios.Bio(Names.normalise(text.strip()), blocks.get(next).text().strip()));
                removed.add(new Taken("signature", text, block.line()));
                i = next;
                continue;
            }
            if (AuthorBios.isAboutHeading(text)) {
                aboutAuthors = true;
                removed.add(new Taken("author-bio-heading", text, block.line()));
                continue;
            }
            AuthorBios.Bio bio = AuthorBios.find(text, inTail || i > lastText || aboutAuthors, bylineNames, i > lastLong,
                    aboutAuthors);
            if (bio != null) {
                bios.add(bio);
                carry = null;
                continue;
            }
            if (aboutAuthors && HeadReader.words(text) > ABOUT_GAP_WORDS) {
                // a block of words of its own ends the bios under "About the authors": a teaser's headline, not
                // the footer's "Tidewater Point Aquarium is a 501(c)(3) nonprofit organization" far below it
                aboutAuthors = false;
            }
            String reason = i >= boilerplate ? "boilerplate" : HANDLE_ONLY.matcher(text.strip()).matches() ? "handle"
                    : followsAuthor(text, bylineNames) ? "more-by"
                    : reachesAuthor(text, bylineNames) ? "contact"
                    : "feedback".equals(carry) && YES_NO.matcher(text.strip()).matches() ? "feedback"
                    : (inTail || i > lastText) && noise.tagWord(text)
                    && ((tagsUntil = tagItems(blocks, i)) >= i || !noise.tagWordOverItems(text)) ? "tags"
                    : i <= tagsUntil ? "tags"
                    : (inTail || i > lastText) && i > lastLong && noise.labelledList(text) ? "tags"
                    : inTail && i > lastLong && noise.labelAlone(text) && !sentenceUnder(blocks, next)
                    ? NoiseRules.AFTER_ARTICLE
                    : inTail && i > lastLong && noise.networkButton(text) ? "share"
                    : (inTail || "contact".equals(carry)) && i > lastLong && noise.openingHours(text) ? "contact"
                    : reason(text);
            reason = reason == null && noise.buttonAlone(text) && besideButtons(blocks, i) ? "share" : reason;
            reason = reason == null && inTail && i > lastLong && shareBarLabel(blocks, i, next) ? "share" : reason;
            // a box of facts, unless it is noise of another kind or lines carried by the noise above
            reason = reason == null && (carry == null || carry.equals(FACT_BOX)) && factBox.contains(block) ? FACT_BOX
                    : reason;
            if (reason != null) {
                removed.add(new Taken(reason, text, block.line()));
                if (carry == null || !reason.equals(NoiseRules.TIMESTAMP)) {
                    // a blog's "Previous Post" over the headline it links to: that headline is a teaser
                    carry = reason.equals("navigation") && POST_LINK.matcher(text.strip()).matches() ? "related"
                            : reason;
                    carried = 0;
                    inlineBox = reason.equals("related") && i < lastText && noise.otherStoriesAlone(text);
                }
            } else if ("tags".equals(carry) && i > lastLong && text.strip().length() <= TAG_LIST_MAX_CHARS
                    && TAG_LIST.matcher(text.strip()).matches()) {
                // the tags under "Tags" after the text, however many ("calendario stock car 2018, stock car brasil, …")
                removed.add(new Taken(carry, text, block.line()));
                carried++;
            } else if (carry != null && carriable(text, carry) && !statementsOn(blocks, i, carry)
                    && !(inlineBox && (carried >= INLINE_HEADLINES && !overNoise(blocks, next) || !headlineLine(text)))
                    && (inTail || OPENERS.contains(carry)
                    && (carried > 0 || !beforeBody(blocks, i)))) {
                removed.add(new Taken(carry, text, block.line()));
                carried++;
            } else if (tagRun[i] && (inTail || i > lastText)) {
                // a run of tags with no label: what follows it is the page's too, unless a label above carries it
                removed.add(new Taken(NoiseRules.AFTER_ARTICLE, text, block.line()));
                carry = carry == null ? NoiseRules.AFTER_ARTICLE : carry;
            } else if (i >= after) {
                removed.add(new Taken(NoiseRules.AFTER_ARTICLE, text, block.line()));
            } else {
                carry = null;
                carried = 0;
                aboutAuthors = false;
                addMendingPageBreaks(body, block, removed.size() > removedBefore);
                textKept |= block.kind() == Kind.PARAGRAPH;
            }
            removedBefore = removed.size();
        }
        return new Result(body, removed, bios);
    }

    /**
     * Whether block {@code next} is a paragraph that ends a sentence: what a label over it introduces is text ("有网友评论："
     * over the comments a report quotes), not buttons or tags.
     */
    private static boolean sentenceUnder(List<Block> blocks, int next) {
        return next < blocks.size() && blocks.get(next).kind() == Kind.PARAGRAPH
                && SENTENCE_END.matcher(blocks.get(next).text().strip()).find();
    }

    /**
     * Adds a kept paragraph to the body; one that starts in lower case right after removed page furniture (a page
     * number, a running header) is the rest of the paragraph before it, cut by a page break, and is joined to it.
     */
    private static void addMendingPageBreaks(List<Block> body, Block block, boolean afterRemoval) {
        Block previous = body.isEmpty() ? null : body.get(body.size() - 1);
        boolean continuation = afterRemoval && previous != null && previous.kind() == Kind.PARAGRAPH
                && block.kind() == Kind.PARAGRAPH && Character.isLowerCase(block.text().codePointAt(0))
                && !HeadReader.endsSentence(previous.text());
        if (continuation) {
            body.set(body.size() - 1, Block.plain(Kind.PARAGRAPH, previous.text() + " " + block.text(), previous.line()));
        } else {
            body.add(block);
        }
    }

    /**
     * Why a block or list item of the body is noise: a named rule, or a line that is only a date or a time (which
     * leaves the carry of the noise before it alone: teasers under "Related" have dates).
     */
    private String reason(String text) {
        String reason = noise.reason(text);
        if (reason == null && noise.timestamps() && text.length() <= TIMESTAMP_MAX_CHARS && DateText.hasDigit(text)
                && stamps(text) && !beforeTheWeb(text)) {
            return NoiseRules.TIMESTAMP;
        }
        return reason;
    }

    /** A numeric date whose day and month may be either way round ("10.03.2025"), for {@link #stamps}. */
    private static final Pattern UNDECIDED_DATE = Pattern.compile(
            "(?<!\\d)(?:0?[1-9]|1[0-2])([./-])(?:0?[1-9]|1[0-2])\\1\\d{2}");

    /** The first year of a web page's stamp: a date line of an earlier year is the text's ("1956. október 23."). */
    private static final int FIRST_STAMP_YEAR = 1995;

    /**
     * Whether a date line names a day before pages were stamped ({@value #FIRST_STAMP_YEAR}): a subheading of a
     * history.
     */
    private static boolean beforeTheWeb(String text) {
        return DateText.find(text, DateText.Order.DAY_FIRST)
                .filter(found -> found.date() != null && found.date().getYear() < FIRST_STAMP_YEAR).isPresent();
    }

    /** Whether a line is only how long ago the page was posted: "5 hours ago", "vor 3 Stunden". */
    static boolean isRelativeStamp(String line) {
        return RELATIVE_STAMP.matcher(line.strip()).matches();
    }

    /**
     * Whether every line of a text is a date, a relative stamp ("16 hours ago", "1h ago") or a time under one; not a
     * place and its date, which heads a letter or a dated entry of the text ("Lisboa, 3 de março de 2019").
     */
    private boolean stamps(String text) {
        String[] lines = text.strip().split("\n");
        if (PLACE_AND_DATE.matcher(lines[0].strip()).lookingAt()) {
            return false;
        }
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            // a numeric date that leaves day and month open is a stamp all the same ("Publisert: 10.03.2025 09:14")
            if (!dateline.test(line) && !RELATIVE_STAMP.matcher(line).matches()
                    && !(i > 0 && TIME_ONLY.matcher(line).matches())
                    && !(UNDECIDED_DATE.matcher(line).find()
                    && Datelines.parse(line, DateText.Order.DAY_FIRST).isPresent())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A social handle alone: "@janedoe". As a paragraph of its own it is the author's or the site's (reason
     * {@code handle}, which carries no line after it); as a list item it is kept, as a list of accounts is text,
     * unless the list is the byline's.
     */
    private static final Pattern HANDLE_ONLY = Pattern.compile("@[\\w.]{2,30}");

    /** Whether a text is a social handle alone: "@janedoe". */
    static boolean isHandle(String text) {
        return HANDLE_ONLY.matcher(text.strip()).matches();
    }

    /**
     * Whether a list item is the head's byline again, with nothing but roles beside the names: "• by Roger
     * Gonzalez" in a list of byline, handle and date; not "Written by Jane Doe, illustrated by John Roe".
     */
    static boolean repeatsByline(String item, List<String> bylineNames) {
        if (bylineNames.isEmpty() || item.length() > 200) {
            return false;
        }
        Bylines.Byline byline = Bylines.parsePrefixed(item);
        return byline != null && bylineNames.containsAll(byline.names())
                && byline.otherParts().stream().allMatch(Bylines::isRole);
    }

    /**
     * Whether a list is an author's box of links: one handle among labels ("• Biography • @janedoe"), not a list of
     * accounts ("• @NASA • @esa") nor a list of people with one handle among their names.
     */
    private static boolean authorBox(List<String> items) {
        int handles = 0;
        for (String item : items) {
            String text = item.strip();
            if (HANDLE_ONLY.matcher(text).matches()) {
                handles++;
            } else if (HeadReader.words(text) > 2 || Names.isName(text)) {
                return false;
            }
        }
        return handles == 1;
    }

    /** Judges a list item by item; returns the carry after it. */
    private String list(Block block, boolean inTail, boolean afterArticle, boolean aboutAuthors, String carry,
            List<String> bylineNames, boolean beforeText, List<Block> body, List<Taken> removed,
            List<AuthorBios.Bio> bios) {
        List<Integer> kept = new ArrayList<>();
        String current = carry;
        // the items as the rules judge them: without the numbers a bulleted list keeps in its items' text
        List<String> items = block.items().stream().map(item -> BlockSplitter.unnumbered(block, item)).toList();
        // a list of the byline, the author's handle and the date, before the text: "• by Jane Doe • @janedoe • Nov 19"
        boolean bylineList = beforeText && items.stream().anyMatch(item -> repeatsByline(item, bylineNames));
        boolean authorBox = authorBox(items);
        for (int k = 0; k < items.size(); k++) {
            String item = items.get(k);
            AuthorBios.Bio bio = AuthorBios.find(item, inTail || afterArticle || aboutAuthors, bylineNames);
            boolean handle = HANDLE_ONLY.matcher(item.strip()).matches();
            String reason = bio != null ? null : bylineList && (repeatsByline(item, bylineNames) || handle
                    || dateline.test(item.strip())) ? "byline" : authorBox && handle ? "handle" : reason(item);
            if (bio != null) {
                bios.add(bio);
            } else if (reason != null) {
                removed.add(new Taken(reason, block.items().get(k), block.line()));
                current = current != null && reason.equals(NoiseRules.TIMESTAMP) ? current : reason;
            } else if (current != null && (OPENERS.contains(current) || inTail) && headlineLike(item)
                    && buttonLike(item, current)) {
                removed.add(new Taken(current, block.items().get(k), block.line()));
            } else if (afterArticle) {
                removed.add(new Taken(NoiseRules.AFTER_ARTICLE, block.items().get(k), block.line()));
            } else {
                kept.add(k);
                current = null;
            }
        }
        if (!kept.isEmpty()) {
            // a numbered list keeps its numbers true (BlockSplitter.keep); a list kept whole is the same block
            body.add(BlockSplitter.keep(block, kept));
        }
        return current;
    }

    /**
     * Index of the block from which the rest is boilerplate, or the number of blocks: an end mark or a boilerplate
     * heading past the first quarter of the blocks, or "About Company" over a paragraph naming it after at least
     * {@value #ABOUT_COMPANY_AFTER} paragraphs of text (a site's footer of many short lines after a short release
     * puts it in the first quarter).
     */
    private static int boilerplateStart(List<Block> blocks) {
        int paragraphs = 0;
        for (int i = 1; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            String text = block.text().strip();
            // "– END –" pasted as a list's one item, its first dash read as the bullet: "END –"
            boolean endItem = block.kind() == Kind.LIST && block.items().size() == 1
                    && END_MARK.matcher("– " + block.items().get(0).strip()).matches();
            boolean endLine = block.kind() == Kind.PARAGRAPH && (END_MARK.matcher(text).matches()
                    || i >= blocks.size() / 2 && BOILERPLATE.matcher(text).matches());
            if (i >= blocks.size() / 4 && (endItem || endLine)) {
                return i;
            }
            if ((i >= blocks.size() / 4 || paragraphs >= ABOUT_COMPANY_AFTER)
                    && (block.kind() == Kind.HEADING || block.kind() == Kind.PARAGRAPH) && aboutCompany(blocks, i, text)
                    && (i >= blocks.size() / 4 || companyUnder(blocks, i))) {
                return i;
            }
            paragraphs += paragraphs < ABOUT_COMPANY_AFTER && HeadReader.isBodyParagraph(block) ? 1 : 0;
        }
        return blocks.size();
    }

    /**
     * A company's description, as a press release's boilerplate gives it: "… develops, builds, owns and operates …",
     * "Founded in 2012 and headquartered in …" (not a guide's "About Lake Orsino" over the lake's description).
     */
    private static final Pattern COMPANY_WORDS = Pattern.compile("\\b(?:founded|headquartered|company|companies|provider|"
            + "develops|manufactures|designs and (?:builds|manufactures)|operates|subsidiary|nonprofit|non-profit|cooperative|"
            + "(?:NYSE|NASDAQ|Nasdaq|LSE|TSX)\\b|Inc\\.|Ltd\\.?|LLC|GmbH|S\\.A\\.|plc)\\b");

    /** Whether the paragraph under block {@code i} describes a company ({@link #COMPANY_WORDS}). */
    private static boolean companyUnder(List<Block> blocks, int i) {
        int next = HeadReader.nextBlock(blocks, i);
        return next < blocks.size() && COMPANY_WORDS.matcher(blocks.get(next).text()).find();
    }

    /** The paragraphs of text before a press release's "About Company" (see {@link #boilerplateStart}). */
    private static final int ABOUT_COMPANY_AFTER = 4;

    /**
     * Whether a heading "About Aldervane Robotics" stands over a paragraph that names the company: a press release's
     * boilerplate (a section "About the study" over text that does not repeat the heading's words is the text's).
     */
    private static boolean aboutCompany(List<Block> blocks, int i, String heading) {
        if (heading.isEmpty() || heading.length() > 80 || "AÜÀSIO".indexOf(heading.charAt(0)) < 0) {
            return false; // no "About …" heading in any of the languages
        }
        Matcher about = ABOUT_COMPANY.matcher(heading);
        if (!about.matches()) {
            return false;
        }
        int next = HeadReader.nextBlock(blocks, i);
        return next < blocks.size() && blocks.get(next).kind() == Kind.PARAGRAPH
                && blocks.get(next).text().contains(about.group(1));
    }

    /**
     * Where what follows the article on its page starts: a count of the comments on the text that quotes its title
     * ("34 responses to “…”", after any text: what follows is its comments, however they look); a heading that opens it
     * ({@link NoiseRules#opensAfterArticle}), alone on its line or the first item of a list, after at least
     * {@value #ARTICLE_WORDS} words of body paragraphs, unless two paragraphs that end a sentence
     * ({@link #isSentences}) stand one after the other anywhere below it: then the text goes on, and the heading
     * was a label inside it (comments and teasers stand between shorter lines: names, stamps, headlines). The
     * number of blocks when there is none. Linear: which blocks have such a pair below them is found once, from the
     * end to the first heading, and only when there is one.
     */
    private int afterArticle(List<Block> blocks, String title) {
        List<Integer> headings = new ArrayList<>();
        int words = 0;
        int firstHeader = -1; // the first line over a reader's comment after some text
        int thread = -1; // the same, when the page has two or more: where its comments start
        int firstTeaser = -1; // the first byline after the article, until a second one says they are teasers
        int counted = -1; // a count of the comments on this text, quoting its title
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (HeadReader.isBodyParagraph(block)) {
                words += words < ARTICLE_WORDS ? HeadReader.words(block.text(), ARTICLE_WORDS) : 0; // no more is asked
            } else if (words > 0 && (noise.countsCommentsOn(firstLine(block), title)
                    || words >= ARTICLE_WORDS && noise.namesCommentSection(firstLine(block)))) {
                // the comments on this very text, counted, or a heading only a comment section has ("热门评论"):
                // whatever follows is theirs
                counted = i;
                headings.add(i);
                break;
            } else if (words >= ARTICLE_WORDS && noise.opensAfterArticle(firstLine(block))) {
                headings.add(i);
            } else if (words > 0) {
                // a commenter's name over the date and time of the comment reads as a teaser's byline too: both
                if (thread < 0 && threadHeader(blocks, i)) {
                    if (firstHeader < 0) {
                        firstHeader = i;
                    } else {
                        thread = firstHeader;
                    }
                }
                if (firstTeaser != Integer.MAX_VALUE && teaserByline(blocks, i)) {
                    if (firstTeaser < 0 || longParagraphSince(blocks, firstTeaser, i)) {
                        firstTeaser = i; // a review or a piece of a digest under its byline: not teasers (yet)
                    } else {
                        headings.add(teaserStart(blocks, firstTeaser));
                        firstTeaser = Integer.MAX_VALUE; // found once: the linear scan below decides
                    }
                }
            }
        }
        if (headings.isEmpty()) {
            return thread < 0 ? blocks.size() : thread;
        }
        headings.sort(null); // a teaser's headline may stand above a heading found before its second byline
        boolean[] pairBelow = new boolean[blocks.size() + 1];
        boolean sentencesNext = false;
        for (int i = blocks.size() - 1; i > headings.get(0); i--) {
            Block block = blocks.get(i);
            if (noise.headsComment(lineOf(block))) {
                // the comments below belong to a thread: their paragraphs do not vouch for the text going on above
                pairBelow[i] = false;
                sentencesNext = false;
                continue;
            }
            if (block.kind() == Kind.BREAK || block.kind() != Kind.HEADING && noise.reason(block.text()) != null) {
                pairBelow[i] = pairBelow[i + 1]; // a caption, a credit or an advertisement between two paragraphs
                continue;
            }
            boolean sentences = isSentences(block);
            pairBelow[i] = pairBelow[i + 1] || sentences && sentencesNext;
            sentencesNext = sentences;
        }
        for (int heading : headings) {
            if (thread >= 0 && thread < heading) {
                break;
            }
            if (heading == counted || !pairBelow[heading + 1]) {
                return heading;
            }
        }
        return thread < 0 ? blocks.size() : thread;
    }

    /**
     * A paragraph of {@value #SENTENCE_WORDS} words or more (or {@link #denseLetters}) that ends a sentence, in any
     * script, before closing quotes, brackets or a footnote's mark.
     */
    private static boolean isSentences(Block block) {
        String text = block.text().strip();
        if (block.kind() != Kind.PARAGRAPH || HeadReader.words(text) < SENTENCE_WORDS && !denseLetters(text)) {
            return false;
        }
        String end = SENTENCE_TAIL.matcher(text).replaceFirst("");
        return !end.isEmpty() && ".!?…。！？".indexOf(end.charAt(end.length() - 1)) >= 0;
    }

    /** Whether a text holds {@value #DENSE_LETTERS} letters or more of Han, kana or Hangul, which say much in few words. */
    private static boolean denseLetters(String text) {
        int dense = 0;
        for (int i = 0; i < text.length() && dense < DENSE_LETTERS; i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
                dense++;
            }
        }
        return dense >= DENSE_LETTERS;
    }

    /**
     * A line over a reader's comment ({@link NoiseRules#headsComment}) that says when the comment was written, on it
     * or on the line under it ("Marilyn says:" over "December 20, 2016 at 12:37 pm"), or a reader's handle over how
     * long ago ({@link #handleOverAgo}): a blog's thread, not an article's speakers before their quotes ("Dr Jane
     * Roe says:").
     */
    private boolean threadHeader(List<Block> blocks, int i) {
        Block block = blocks.get(i);
        if (handleOverAgo(blocks, i)) {
            return true;
        }
        if (!noise.headsComment(lineOf(block))) {
            return false;
        }
        String[] lines = (block.kind() == Kind.LIST ? block.items().get(0) : block.text()).strip().split("\n", 2);
        if (noise.datesComment(lines[0]) || lines.length > 1 && stamps(lines[1])) {
            return true;
        }
        int next = HeadReader.nextBlock(blocks, i);
        return next < blocks.size() && stamps(lineOf(blocks.get(next)));
    }

    /** A surname's initial ending a commenter's name: "Anna R.", no sentence's end. */
    private static final Pattern INITIAL_LAST = Pattern.compile("\\s\\p{Lu}\\.$");
    /** The most characters of a commenter's handle alone on its line ({@link #handleOverAgo}). */
    private static final int HANDLE_MAX_CHARS = 30;

    /**
     * A reader's handle alone on its line over how long ago the reader commented ("Woyzeck" over "2 days ago at 07:52
     * am", "Nick A" over "2 days ago"), as a comment thread prints it: one to three words, no sentence; only when
     * the {@value NoiseRules#AFTER_ARTICLE} rule is on.
     */
    private boolean handleOverAgo(List<Block> blocks, int i) {
        Block block = blocks.get(i);
        String text = block.text().strip();
        if (!noise.afterArticle() || block.kind() != Kind.PARAGRAPH && block.kind() != Kind.HEADING
                || text.length() > HANDLE_MAX_CHARS
                || text.indexOf('\n') >= 0 || HeadReader.words(text) > 3
                || HeadReader.endsSentence(text) && !INITIAL_LAST.matcher(text).find()) {
            return false;
        }
        int next = HeadReader.nextBlock(blocks, i);
        if (next >= blocks.size() || blocks.get(next).kind() != Kind.PARAGRAPH) {
            return false;
        }
        String stamp = lineOf(blocks.get(next)).strip();
        // or over the date and the time of the comment, in any language: "Peppe 'o Marenaro" over "13/09/2024 'e
        // 21:47", "गीता सिंह" over "१४ अगस्त २०२४, दुपहर २:०२"
        return RELATIVE_STAMP.matcher(stamp).matches() || stamp.length() <= HANDLE_MAX_CHARS * 2
                && Datelines.hasTime(DateText.westernDigits(stamp))
                && Datelines.parse(stamp, DateText.Order.DAY_FIRST, true).isPresent();
    }

    /**
     * A teaser's byline alone on its line: a newsroom's ("• By JERUSALEM POST STAFF"), or a person's with its date on
     * it or under it ("By Derek Saito" over "March 5, 2024"), or a name alone over its date ("Madeline Fry" over
     * "Wednesday November 20, 2019"). Not a poem's or a round-up's author ("By Robert Frost" over verse, "By Jill
     * Lepore" over a line of praise).
     */
    private boolean teaserByline(List<Block> blocks, int i) {
        String text = lineOf(blocks.get(i)).strip();
        while (!text.isEmpty() && "•·▪*-–—".indexOf(text.charAt(0)) >= 0) {
            text = text.substring(1).strip();
        }
        if (text.length() > 80) {
            return false;
        }
        if (!text.regionMatches(true, 0, "by ", 0, 3)) {
            int next = HeadReader.nextBlock(blocks, i);
            return HeadReader.words(text) <= 5 && Names.isName(text) && next < blocks.size()
                    && stamps(lineOf(blocks.get(next)));
        }
        Bylines.Byline person = Bylines.parsePrefixed(text);
        if (person == null) {
            return Bylines.parseOrganisation(text, true) != null; // a newsroom: no person's name
        }
        int next = HeadReader.nextBlock(blocks, i);
        return person.date() != null || next < blocks.size() && stamps(lineOf(blocks.get(next)));
    }

    /**
     * Whether a paragraph of {@value #TEASER_WORDS} words or more stands between two bylines: a teaser has a headline
     * and at most a line under it, a review in a round-up or a piece of a digest has text.
     */
    private static boolean longParagraphSince(List<Block> blocks, int from, int to) {
        for (int j = from + 1; j < to; j++) {
            Block block = blocks.get(j);
            if (block.kind() == Kind.PARAGRAPH && HeadReader.words(block.text()) >= TEASER_WORDS) {
                return true;
            }
        }
        return false;
    }

    /** Where the teaser of a byline starts: at its headline, the block above it when that is no sentence. */
    private static int teaserStart(List<Block> blocks, int byline) {
        int above = HeadReader.previousBlock(blocks, byline);
        return above >= 0 && !isSentences(blocks.get(above)) && HeadReader.words(lineOf(blocks.get(above))) <= 25 ? above
                : byline;
    }

    /** A block's text, or a list's first item. */
    private static String lineOf(Block block) {
        return block.kind() == Kind.LIST ? block.items().isEmpty() ? "" : block.items().get(0) : block.text();
    }

    /** A paragraph's text, or a list's first item. */
    private static String firstLine(Block block) {
        if (block.kind() == Kind.LIST) {
            return block.items().isEmpty() ? "" : block.items().get(0);
        }
        return block.kind() == Kind.PARAGRAPH ? block.text() : "";
    }

    /** The last paragraph of {@value #LONG_WORDS} words or more among {@code blocks} that is no noise and no bio; -1. */
    private int lastLongParagraph(List<Block> blocks, List<String> bylineNames) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Block block = blocks.get(i);
            if (block.kind() == Kind.PARAGRAPH && HeadReader.words(block.text()) >= LONG_WORDS
                    && noise.reason(block.text()) == null && AuthorBios.find(block.text(), true, bylineNames) == null) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The last paragraph of text among {@code blocks}: a body paragraph that is no noise, no bio, and does not stand
     * under an author box's name ({@code boxNames}); -1 when there is none.
     */
    private int lastBodyParagraph(List<Block> blocks, List<String> bylineNames, List<String> boxNames) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Block block = blocks.get(i);
            if (HeadReader.isBodyParagraph(block) && noise.reason(block.text()) == null
                    && AuthorBios.find(block.text(), true, bylineNames) == null && !inAuthorBox(blocks, i, boxNames)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether block {@code i} stands under the byline's author named alone on a line, with at most {@value #BOX_ROLES}
     * role lines between ("Dana Whitfield" / "Staff Writer" / her bio): an author box, not the text.
     */
    private static boolean inAuthorBox(List<Block> blocks, int i, List<String> bylineNames) {
        int previous = HeadReader.previousBlock(blocks, i);
        for (int roles = 0; roles < BOX_ROLES && previous >= 0 && roleLine(blocks.get(previous).text())
                && bylineName(blocks.get(previous).text(), bylineNames) == null; roles++) {
            previous = HeadReader.previousBlock(blocks, previous);
        }
        return previous >= 0 && bylineName(blocks.get(previous).text(), bylineNames) != null;
    }

    /**
     * The byline's names that stand alone on one line of the body, once: an author box's. A name alone on two lines
     * or more is a speaker's label in a transcript. Linear.
     */
    private static List<String> boxNames(List<Block> blocks, List<String> bylineNames) {
        if (bylineNames.isEmpty()) {
            return List.of();
        }
        java.util.Map<String, Integer> alone = new java.util.HashMap<>();
        for (Block block : blocks) {
            String name = bylineName(block.text(), bylineNames);
            if (name != null) {
                alone.merge(name, 1, Integer::sum);
            }
        }
        return bylineNames.stream().filter(name -> alone.getOrDefault(name, 0) == 1).toList();
    }

    /**
     * Whether the byline's name alone on block {@code i} heads an author box: what stands under it and its role lines
     * is no paragraph of text, or is the author's bio ({@link #boxBio}), or the name stands under "About the author"
     * ({@code announced}). A name over "For the record, my own vote …"
     * (a roundtable's speaker), "Update, March 4: …" (a post's signature) or a live blog's entry is the text's.
     */
    private boolean authorBox(List<Block> blocks, int i, String author, List<String> bylineNames, boolean announced) {
        int next = HeadReader.nextBlock(blocks, i);
        for (int roles = 0; roles < BOX_ROLES && next < blocks.size() && roleLine(blocks.get(next).text())
                && reason(blocks.get(next).text()) == null; roles++) {
            next = HeadReader.nextBlock(blocks, next);
        }
        if (next >= blocks.size()) {
            return true;
        }
        Block under = blocks.get(next);
        boolean text = under.kind() == Kind.PARAGRAPH && reason(under.text()) == null
                && HeadReader.words(under.text()) >= BOX_BIO_WORDS && AuthorBios.find(under.text(), true, bylineNames) == null;
        return !text || announced || boxBio(under, author, bylineNames);
    }

    /** A paragraph that may be a bio under "About the author" and the author's name: no noise, not too long. */
    private boolean announcedBio(Block block) {
        String text = block.text().strip();
        return block.kind() == Kind.PARAGRAPH && text.length() <= AuthorBios.MAX_BIO_CHARS && reason(text) == null;
    }

    /**
     * Whether a paragraph under an author box's name is the author's bio: it names the author (a first name or a
     * surname) or opens as a self-introduction ("Hi, I'm …", "Soy …", "Ich bin …"), and is no update or postscript.
     */
    private boolean boxBio(Block block, String author, List<String> bylineNames) {
        String text = block.text().strip();
        if (block.kind() != Kind.PARAGRAPH || text.length() > AuthorBios.MAX_BIO_CHARS
                || HeadReader.words(text) < BOX_BIO_WORDS || reason(text) != null
                || AuthorBios.find(text, true, bylineNames) != null || POSTSCRIPT.matcher(text).lookingAt()) {
            return false;
        }
        if (SELF_INTRODUCTION.matcher(text).lookingAt() || ROLE_OPENING.matcher(text).lookingAt()) {
            return true;
        }
        for (String part : author.split("\\s+")) {
            for (int at = text.indexOf(part); part.length() > 1 && at >= 0; at = text.indexOf(part, at + 1)) {
                int end = at + part.length();
                if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                    return true; // the name as a word of its own
                }
            }
        }
        return false;
    }

    /** Whether {@code text} is a button to follow the byline's author: "Follow Katie Lundgren" (not "Follow Frida Kahlo"). */
    private static boolean followsAuthor(String text, List<String> bylineNames) {
        String t = text.strip();
        return t.length() < NAME_MAX_CHARS && t.regionMatches(true, 0, "follow ", 0, 7)
                && bylineName(t.substring(7), bylineNames) != null;
    }

    /** A Japanese, Chinese or Korean name as a byline gives it: "田中美咲", "김민준". */
    private static final Pattern CJK_NAME = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}ー・]{2,8}");

    /** "… can be reached at": a line that gives how to reach someone, whose name comes first. */
    private static final Pattern REACHED = Pattern.compile("^(.{2,60}?) can be reached (?:at|by (?:e-?mail|phone) at|via)\\b");

    /**
     * Whether {@code text} tells how to reach the byline's author: "Dana Whitfield can be reached at dwhitfield@… or
     * 419-555-0142." (a group's or an office's contact inside the text stays).
     */
    private static boolean reachesAuthor(String text, List<String> bylineNames) {
        if (bylineNames.isEmpty() || text.length() > 2 * NAME_MAX_CHARS + 200) {
            return false;
        }
        Matcher reached = REACHED.matcher(text.strip());
        return reached.lookingAt() && text.indexOf('@') > 0 && bylineName(reached.group(1), bylineNames) != null;
    }

    /** The byline's name that {@code text} is alone ("Dana Whitfield", "JOANNE PIKE"), or {@code null}. */
    private static String bylineName(String text, List<String> bylineNames) {
        if (bylineNames.isEmpty() || text.length() > 2 * NAME_MAX_CHARS) {
            return null;
        }
        String t = text.strip();
        if (t.isEmpty() || t.length() > NAME_MAX_CHARS || t.indexOf('\n') >= 0) {
            return null;
        }
        for (String name : bylineNames) {
            if (name.equalsIgnoreCase(t) && (Names.isName(name) || CJK_NAME.matcher(name).matches())) {
                return name;
            }
        }
        return null;
    }

    /** A role under a name in an author box: a few words, no sentence ("Staff Writer", "Community reporter"). */
    private static boolean roleLine(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.indexOf('\n') < 0 && HeadReader.words(t) <= ROLE_MAX_WORDS && Character.isLetter(t.codePointAt(0))
                && ".!?:…".indexOf(t.charAt(t.length() - 1)) < 0;
    }

    /**
     * A short line that may belong to the noise before it: no sentence (in any script: "… ግራስ ኦፕን ቱ።" under a share
     * bar is the text), or a very short one; no colon at its end;
     * after a share or follow bar, no quantity or date ({@link #buttonLike}).
     */
    /** The most words of a teaser's headline that asks a question ("Explainer: What is …, and why does it matter?"). */
    private static final int QUESTION_HEADLINE_WORDS = 16;

    private static boolean carriable(String text, String carry) {
        String t = text.strip();
        // a teaser's date or kind in brackets closes no sentence: "Audit finds fund paid for closed park (Sept. 2022)"
        String bare = BRACKETED_END.matcher(t).replaceFirst("");
        // nor does a phrase in double quotes without a stop inside: 'Women in plumbing: "I was the only girl on my
        // course"' (not a closing single quote, which is an apostrophe as often)
        boolean quotedEnd = bare.length() > 1 && "\"”".indexOf(bare.charAt(bare.length() - 1)) >= 0
                && Character.isLetterOrDigit(bare.charAt(bare.length() - 2));
        return t.length() <= CARRY_MAX_CHARS && !t.endsWith(":")
                && (!endsSentenceInAnyScript(bare) || quotedEnd || HeadReader.words(t) <= 10
                        || "related".equals(carry) && t.endsWith("?") && HeadReader.words(t) <= QUESTION_HEADLINE_WORDS)
                && buttonLike(t, carry);
    }

    /** Whether a line ends as a sentence does, also with another script's full stop ({@link #OTHER_FULL_STOPS}). */
    private static boolean endsSentenceInAnyScript(String text) {
        String t = text.strip();
        return HeadReader.endsSentence(t) || !t.isEmpty() && OTHER_FULL_STOPS.indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** The most tags read under a label of one word. */
    private static final int TAG_ITEMS_MAX = 15;
    /** A tag's words at most ("Santa Coloma de Marges"), and its characters in a script written without spaces. */
    private static final int TAG_WORDS_MAX = 4;
    private static final int TAG_CHARS_MAX = 12;
    /** What a tag never holds: a list's or a sentence's marks, a hashtag, a number that is not a year. */
    private static final Pattern NOT_A_TAG = Pattern.compile(
            "[,:：;—–#|!?。]|(?<!\\d)(?!(?:19|20)\\d\\d(?!\\d))\\d");

    /**
     * Where the tags under a label of one word end ({@code i} is the label; "Címkék: távhő rezsi" holds its
     * own): the last of the lines under it shaped as a tag (a few words, no comma, colon or dash, no number but a
     * year), up to the first line of another shape; or -1 when the first line under the label is of another shape:
     * the label heads the text's own list ("Teme" over "More kao granica i kao put", "关键词" over
     * "低空经济：今年将开通三条无人机物流航线").
     */
    private static int tagItems(List<Block> blocks, int i) {
        String label = blocks.get(i).text().strip();
        int colon = Math.max(label.indexOf(':'), label.indexOf('：'));
        if (colon >= 0 && colon < label.length() - 1) {
            String rest = label.substring(colon + 1).strip();
            return Arrays.stream(rest.split(",")).allMatch(tag -> tagShaped(tag.strip())) ? i : -1;
        }
        int last = i;
        for (int j = i + 1; j < blocks.size() && j - i <= TAG_ITEMS_MAX; j++) {
            Block block = blocks.get(j);
            if (block.kind() == Kind.BREAK) {
                continue;
            }
            String text = block.text().strip();
            if (block.kind() != Kind.LIST && text.indexOf('\n') < 0 && tagShaped(text)) {
                last = j;
                continue;
            }
            return last == i ? -1 : last;
        }
        return last;
    }

    /** The fewest lines of a run of tags without a label, and the most words of each. */
    private static final int TAG_RUN_MIN = 3;
    private static final int TAG_RUN_WORDS = 3;

    /**
     * Which blocks after the text's last long paragraph ({@code lastLong}) stand in a run of three lines or more
     * shaped as tags of three words at most and no digit, nothing between them but blank lines, right under a line
     * that ends a sentence: the topics a page lists under its article without a label, whatever the language
     * ("Ngikel", "Daob", "Ngerdubech"; "Школа", "Автобус", "Вирьпрянь район"). None without a long paragraph; none
     * under a subheading of more words or a line that ends with a colon (the text's own list), nor a run of a wine
     * list's vintages or of items of four words (the text's too: "Pula para sa Priority"); nor a run that holds a
     * writer's signature and role ({@link Signatures}: "Ing. Miroslav KUČERA" over "primátor mesta").
     */
    private static boolean[] tagRuns(List<Block> blocks, int lastLong) {
        boolean[] inRun = new boolean[blocks.size()];
        if (lastLong < 0) {
            return inRun;
        }
        List<Integer> run = new ArrayList<>();
        int before = lastLong; // the block over the run
        Signatures.Found signature = null; // a writer signing under the text, read once a run is found
        boolean signatureRead = false;
        for (int j = lastLong + 1; j <= blocks.size(); j++) {
            Block block = j < blocks.size() ? blocks.get(j) : null;
            if (block != null && block.kind() == Kind.BREAK) {
                continue;
            }
            String text = block == null ? "" : block.text().strip();
            if (block != null && block.kind() != Kind.LIST && text.indexOf('\n') < 0 && tagShaped(text)
                    && HeadReader.words(text) <= TAG_RUN_WORDS && text.chars().noneMatch(Character::isDigit)) {
                run.add(j);
                if (run.size() == TAG_RUN_MIN && !signatureRead) {
                    signature = Signatures.find(blocks);
                    signatureRead = true;
                }
                continue;
            }
            if (run.size() >= TAG_RUN_MIN && SENTENCE_END.matcher(blocks.get(before).text().strip()).find()
                    && (signature == null || signature.block() < run.get(0) || signature.block() > j)) {
                run.forEach(k -> inRun[k] = true);
            }
            run.clear();
            before = j;
        }
        return inRun;
    }

    /** Whether a line reads as one tag: up to four words, or twelve characters without spaces; no list's marks. */
    static boolean tagShaped(String text) {
        if (text.isEmpty() || NOT_A_TAG.matcher(text).find()) {
            return false;
        }
        // one word of letters, maybe joined by hyphens ("Rivière-Zonkil"), or a few words
        return text.indexOf(' ') < 0 ? text.length() <= TAG_CHARS_MAX
                || text.chars().allMatch(c -> Character.isLetter(c) || c == '-') && text.length() <= 30
                : HeadReader.words(text) <= TAG_WORDS_MAX;
    }

    /** A list of tags on one line: three or more items of up to 60 characters apart by commas, no sentence's end. */
    private static final Pattern TAG_LIST = Pattern.compile("[^,.!?;]{1,60}(?:,\\s*[^,.!?;]{1,60}){2,}");
    private static final int TAG_LIST_MAX_CHARS = 600;

    /**
     * Whether a line under an inline box's heading ("Lees ook", "関連記事") reads as one of its headlines:
     * three words or more, no statement's full stop (a question is a headline too), not opening like a list's or a
     * dialogue's line or a subheading
     * ("400 g di farina", "—¿Y ahora qué hacemos?", "■ 왜 1시간인가", "一、为什么要改", "――きっかけは").
     */
    private static boolean headlineLine(String text) {
        String t = text.strip();
        return HeadReader.words(t) >= 3 && !STATEMENT_END.matcher(BRACKETED_END.matcher(t).replaceFirst("")).find()
                && Character.isLetter(t.codePointAt(0)) && !LIST_OPENING.matcher(t).lookingAt();
    }

    /**
     * Whether block {@code i}, under a heading of other stories ("Related", "Lees ook"), is the text going on: it ends
     * with a statement's full stop and the next block with a sentence's end. A headline has no full stop; its dek may,
     * but a headline or a byline follows it.
     */
    private static boolean statementsOn(List<Block> blocks, int i, String carry) {
        if (!carry.equals("related") || !STATEMENT_END.matcher(blocks.get(i).text().strip()).find()) {
            return false;
        }
        int next = HeadReader.nextBlock(blocks, i);
        if (next < 0 || next >= blocks.size() || blocks.get(next).kind() != Kind.PARAGRAPH) {
            return false;
        }
        String after = BRACKETED_END.matcher(blocks.get(next).text().strip()).replaceFirst("");
        return SENTENCE_END.matcher(after).find() || STATEMENT_END.matcher(after).find();
    }

    /** Whether a line can be one more button or link of the noise before it (see {@link #BUTTON_BARS}). */
    private static boolean buttonLike(String text, String carry) {
        String t = text.strip();
        if (!BUTTON_BARS.contains(carry) || t.isEmpty()) {
            return true;
        }
        // a sentence longer than any button, in Japanese or Chinese or in a script that spaces phrases, not words
        // (Lao, Khmer, Burmese: more than fifteen characters to each word counted, ending as a sentence or a clause
        // does): the text under the bar, pasted without blank lines
        char end = t.charAt(t.length() - 1);
        if (t.length() > BUTTON_MAX_CJK_CHARS && ("。！？".indexOf(end) >= 0
                || ".!?;；".indexOf(end) >= 0 && HeadReader.words(t) * 15 < t.length())) {
            return false;
        }
        if (TIME_ONLY.matcher(t).matches()) {
            return false; // a live blog's first entry under the bar: its time, then its headline ("1:46 p.m.")
        }
        return !Character.isDigit(t.codePointAt(0)) || HeadReader.words(t) <= BUTTON_MAX_WORDS;
    }

    /** A list item that reads like a link or a headline, not like body text. */
    private static boolean headlineLike(String item) {
        String t = item.strip();
        return t.length() <= CARRY_MAX_CHARS && !t.endsWith(".") && !t.endsWith(":") && !t.endsWith(";");
    }

    /** Whether the block after {@code i} is body text, or a line introducing some ("It comes in stages:"). */
    private static boolean beforeBody(List<Block> blocks, int i) {
        if (i + 1 >= blocks.size()) {
            return false;
        }
        Block next = blocks.get(i + 1);
        return HeadReader.isBodyParagraph(next) || next.kind() == Kind.PARAGRAPH && next.text().strip().endsWith(":");
    }
}
