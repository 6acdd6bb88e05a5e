package io.github.briefwright.core.structure;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Author bios: "MEGHAN L. O’SULLIVAN is Jeane Kirkpatrick Professor …", "About the author: Jane Doe is …",
 * "Jane Doe is a senior fellow at …", possibly behind a bullet or a dash. A sentence of that shape inside the
 * body is about the story's subject, not its author, so a bio is only taken where bios are: after the last body
 * paragraph, or anywhere when it names an author from the byline, or right after "About the author". Without
 * a byline to match, the name must be shouted or the role one a writer has (fellow, professor, reporter…).
 */
final class AuthorBios {

    /**
     * "About the author", and the same heading in other languages alone on its line or before a colon ("Om
     * forfatteren Karen Holm var …" opens a sentence of the text).
     */
    private static final Pattern ABOUT = Pattern.compile("^(?:[-–—•*]\\s*)?(?:about the authors?\\s*[:.—–-]?|(?:über (?:die "
            + "autorin|den autor)|à propos de l['’]auteure?|sobre (?:el|la) autora?|sobre o autor|sull['’]autore|over de "
            + "(?:auteur|schrijver)|om (?:forfatteren|skribenten|författaren)|o autorze|o autorovi|この記事を書いた人|著者について"
            + "|筆者について|作者简介|关于作者|기자 소개)\\s*(?:[:：—–-]|$))\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    private static final Pattern BIO = Pattern.compile("^(?:[-–—•*_]\\s*)?(" + Names.NAME + ")"
            + "(?:\\s*\\([^)]{1,40}\\))?(?:,\\s*[^,]{1,80},)?\\s+(?:is|was|serves as|has been|(has (?:written|covered|reported))|works as|writes|"
            + "covers|reports|reviews|teaches|leads|directs|heads|"
            // the same verbs in the other languages the structure stage reads: "Claire Dubois est économiste"
            + "est|était|ist|war|es|fue|è|é|foi|är|var|jest|by[łl]a?|schreibt|écrit|escribe|escreve|scrive|"
            // Catalan, Danish and Norwegian, Croatian and Czech, Indonesian, Vietnamese
            + "és|era|er|je|adalah|là)(?=[\\s,])",
            Pattern.DOTALL);
    private static final Pattern WRITER_ROLE = Pattern.compile("\\b(fellow|professor|correspondent|reporter|writer|"
            + "editor|author|columnist|contributor|journalist|analyst|researcher|scholar|lecturer|chair|founder|"
            + "host|producer|economist|historian|consultant|advis[eo]r|director|president|student|candidate|"
            + "freelance|partner|associate|expert|specialist|scientist|doctoral|phd|ph\\.d|bureau chief|"
            + "novelist|poet|critic|reviewer|blogger|podcaster|"
            + "journaliste|rédact(?:eur|rice)|chroniqueu(?:r|se)|correspondant|économiste|professeu?re?|periodista|"
            + "redactor|redactora|corresponsal|columnista|jornalista|giornalista|redattore|redattrice|editorialista|"
            + "journalistin|redakteurin|redakteur|korrespondentin|korrespondent|reporterin|autorin|autor|autora|auteur|"
            + "autore|verslaggever|dziennikarka|dziennikarz|reporterka|escriptora?|escritora?|toimittaja|novinářka|"
            + "novinář|novinarka|novinar|wartawan|jurnalis|nhà báo|forfatter|skribent)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final int MAX_BIO_CHARS = 900;
    /**
     * A note on who wrote the piece that names the writer by a noun, not a name: "The writer is a former pupil …",
     * "Kirjoittaja on …", "Skribenten är …", "L'auteur est …", as papers print it under a signature or a byline.
     */
    private static final Pattern WRITER_NOTE = Pattern.compile("^(?:[-–—•*_]\\s*)?(?:(?:the )?"
            + "(?:writer|author|columnist)(?: of this (?:article|piece|column|essay|op-ed))? "
            + "(?:is|was|has been|works|teaches|lives)|kirjoittaja (?:on|toimii|ty[öo]skentelee)"
            + "|(?:skribenten|f[öo]rfattaren|artikelf[öo]rfattaren) (?:är|var|arbetar)"
            + "|(?:forfatteren|skribenten|kronikøren|kronikk?forfatteren) (?:er|var|arbejder|jobber|arbeider)"
            + "|(?:der (?:autor|verfasser)|die (?:autorin|verfasserin)) (?:ist|war|arbeitet|lehrt)"
            + "|l['’]auteure? (?:est|était|enseigne)|(?:el autor|la autora) (?:es|fue|trabaja)"
            + "|(?:o autor|a autora) (?:é|foi|trabalha)|l['’]autrice è|l['’]autore è"
            + "|de (?:auteur|schrijver) (?:is|was|werkt)"
            + "|autor(?:ka)? (?:jest|je|byl|była|był|pracuje))\\s", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * An opinion writer's disclaimer: "Views expressed are personal", "The views expressed here are the author's own",
     * "Opinions are her own".
     */
    private static final Pattern VIEWS_OWN = Pattern.compile("(?i)\\b(?:views|opinions)(?: expressed)?(?: (?:here|in this "
            + "(?:article|piece|column|op-ed)))? are (?:(?:strictly |entirely )?personal|(?:his|her|their|the author['’]s|"
            + "the writer['’]s|the columnist['’]s) own)\\b");

    /** A bio found, with the name it is of. */
    record Bio(String name, String text) {
    }

    private AuthorBios() {
    }

    /** The name a text opens with as a bio's subject ("Jane Doe is a staff writer …"), or {@code null}. */
    static String subject(String text) {
        Matcher bio = BIO.matcher(text);
        return bio.find() && Names.isName(bio.group(1)) ? bio.group(1) : null;
    }

    /**
     * Whether a text is a note on its writer that names no one: "The writer is a GP …", "Kirjoittaja on …"; not
     * what a writer always does ("The writer is always the one they blame").
     */
    static boolean isWriterNote(String text) {
        String t = text.strip();
        Matcher note = WRITER_NOTE.matcher(t);
        return t.length() <= MAX_BIO_CHARS && note.lookingAt() && !NOT_A_NOTE.matcher(t).region(note.end(), t.length())
                .lookingAt();
    }

    /** Words after a writer's verb that say what writers do, not who this one is. */
    private static final Pattern NOT_A_NOTE = Pattern.compile("(?iu)(?:always|never|not|also|often|still|just|only|"
            + "sometimes|usually|rarely|aina|ei|alltid|aldrig|aldri|altijd|nooit|immer|nie|nicht|toujours|jamais|"
            + "siempre|nunca|sempre|mai|zawsze|nigdy)\\b");

    /** Whether the block only announces bios ("About the author") that follow it. */
    static boolean isAboutHeading(String text) {
        Matcher about = ABOUT.matcher(text.strip());
        return about.matches() && about.group(1).isBlank();
    }

    /**
     * The bio {@code text} is, or {@code null}.
     *
     * @param inTail       the block comes after the last body paragraph (or right after "About the author")
     * @param bylineNames  the authors from the byline, possibly none
     */
    static Bio find(String text, boolean inTail, List<String> bylineNames) {
        return find(text, inTail, bylineNames, false);
    }

    /**
     * The bio {@code text} is, or {@code null}; {@code pastLongText}: the block comes after the text's last paragraph
     * of 25 words or more, where a bio naming the byline's author is the author's.
     */
    static Bio find(String text, boolean inTail, List<String> bylineNames, boolean pastLongText) {
        return find(text, inTail, bylineNames, pastLongText, false);
    }

    /**
     * The bio {@code text} is, or {@code null}; {@code underHeading}: it stands right under "About the author" (or
     * under other bios right under it), which announces it as its own first words would.
     */
    static Bio find(String text, boolean inTail, List<String> bylineNames, boolean pastLongText, boolean underHeading) {
        String t = text.strip();
        if (t.length() > MAX_BIO_CHARS) {
            return null;
        }
        Matcher about = ABOUT.matcher(t);
        boolean inline = about.matches() && !about.group(1).isBlank();
        boolean announced = inline || underHeading;
        String body = inline ? about.group(1).strip() : t;
        Matcher bio = BIO.matcher(body);
        if (!bio.find()) {
            return null;
        }
        String raw = bio.group(1);
        if (!Names.isName(raw) || isWriterNote(body)) {
            return null; // "Die Autorin ist …": a note that names the writer by a noun, no name
        }
        String name = Names.normalise(raw);
        boolean byAuthor = bylineNames.stream().anyMatch(author -> sameOrSurname(author, name));
        boolean shouted = raw.chars().filter(Character::isLetter).noneMatch(Character::isLowerCase);
        boolean writer = WRITER_ROLE.matcher(body.substring(0, Math.min(body.length(), 240))).find();
        // a byline of people's names gives the bios: another person's is the text's subject ("John Roe is a senior
        // analyst at Example Bank, which lent the city money") unless announced or shouted; a newsroom's or a single
        // name's byline ("Reuters Staff", "admin", "Paul") says nothing of who writes the bio at the end
        boolean stranger = bylineNames.stream().anyMatch(Names::isName)
                && bylineNames.stream().noneMatch(author -> related(author, name));
        // "Jane Smith has worked/reported …" is a writer's bio only when the byline or a label says so
        boolean writerVerb = bio.group(2) != null;
        if (writerVerb && !byAuthor && !announced) {
            return null;
        }
        // "… Views expressed are personal.": an opinion writer's bio says whose views they are
        boolean disclaimer = VIEWS_OWN.matcher(body).find();
        if (byAuthor && (inTail || announced || pastLongText) || announced
                || inTail && (shouted || writer && !stranger || disclaimer)) {
            return new Bio(name, body.replaceFirst("^[-–—•*_]\\s*", "").replaceFirst("(?<=[.!?])[*_]+$", ""));
        }
        return null;
    }

    /**
     * Whether a byline's name and a bio's may be one person: the same surname ("Bob Jones", "Robert Jones"), a
     * surname among the bio's names ("María García", "María García López") or a single name as the first.
     */
    private static boolean related(String author, String name) {
        String[] a = author.toLowerCase(Locale.ROOT).split("\\s+");
        List<String> b = List.of(name.toLowerCase(Locale.ROOT).split("\\s+"));
        return b.contains(a[a.length - 1]) || a.length == 1 && b.get(0).equals(a[0]);
    }

    private static boolean sameOrSurname(String author, String name) {
        if (Names.same(author, name)) {
            return true;
        }
        String[] a = author.split("\\s+");
        String[] b = name.split("\\s+");
        return a[a.length - 1].toLowerCase(Locale.ROOT).equals(b[b.length - 1].toLowerCase(Locale.ROOT))
                && a[0].charAt(0) == b[0].charAt(0);
    }
}
