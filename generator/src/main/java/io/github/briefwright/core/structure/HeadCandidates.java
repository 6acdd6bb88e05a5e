package io.github.briefwright.core.structure;

import io.github.briefwright.core.model.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The byline and publication date of a paste chosen among scored candidate lines, for what the block-by-block
 * reading of the head ({@link HeadReader}) leaves unfound: a byline or date inside a run of lines, a list item,
 * the first lines of the body, or (for the date only) a "Published …" line at the end; when no line there names the
 * author, a wire's credit or a writer's credit with its label under the text ("Teksti: Aino Pelkonen").
 *
 * <p>Every line from just above the title to five body paragraphs into the body (at most {@value #MAX_LINES} lines
 * and 30 blocks past the head) is a candidate; "By" or "Author:" alone on a line joins the next line. A line scores as a byline by how it names
 * its author: starting with "By" or a byline mark, or holding one after a separator or glued to a word ("All
 * IndiaEdited by …") (3); the same naming a newsroom, a team or a single name ("By Reuters", "by Example News
 * Desk") (2); names and a writer's role ("Jane Doe Senior Politics Editor, The Gazette") (2); only names (1.5),
 * names and other short parts (1) (none of these on the lines right under a label such as "Speakers:", which lists
 * people who are not the author); a news agency opening a line, alone or before short parts ("AFP", "PTI |
 * Thiruvananthapuram | May 30, 2024"), with a date on it or beside it or right under the title (2); another newsroom or a single name alone on a line (0.5, and only with a date on it
 * or next to it, which then adds 1). Other evidence: a date on the same line (1.5) or the next or previous line
 * (1); a handle, a role or a news agency ("Reuters", "CNN") beside the name, or a handle alone on the next line (1); standing within three lines of the title (0.5); standing before
 * the body (0.5); less 0.1 a line of distance from the title (lines of page chrome such as "Share" or "Tweet" not
 * counted; at most 0.9 for "By" and a person's name) and 1 in a
 * list without "By". It scores as the date from: being a date line (3; a reading time such as "5 min read" beside the
 * date does not stop it being one) or a short line holding a full date (1.5, the
 * earliest when it holds several), "published", "posted" or "on" before it (0.5), "updated" or "modified"
 * before it or on the line above (−0.5), a byline next to it or on it (0.5), less 0.1 a line of distance (for a
 * date line, at most 1.2: a date line under a video player or a long byline block still counts). The
 * best line over the threshold (2 for a byline, 1.2 for a date) wins; a tie goes to the earlier line. Lines
 * above the title count only when they are at most two lines above it and say "By" or carry a date, so the title
 * comes first and the byline and date after it, as pages print them; the title's own line is a byline only when
 * it says "By" or has a date.
 */
final class HeadCandidates {

    static final int MAX_LINES = 60;
    private static final int TAIL_LINES = 12;
    private static final int BODY_BLOCKS = 5;
    private static final int MAX_BLOCKS = 30;
    private static final Pattern PUBLISHED = Pattern.compile("(?i)(?:published|posted|\\bon\\b|first|公開|投稿|配信|発行|publié|"
            + "publicado|pubblicato|veröffentlicht|gepubliceerd|प्रकाशित)[^\\d]{0,20}$");
    /** A picture agency: a line naming one is a photo's credit, "Jane Doe / Getty Images". */
    private static final Pattern PHOTO_AGENCY = Pattern.compile("(?i)\\b(?:getty images?|shutterstock|ap photo|istock(?:photo)?"
            + "|alamy)\\b");
    /** A credit's word in the part of a line that holds the names: "Photo: Jane Doe", "Jane Doe, photographer". */
    private static final Pattern PHOTO_WORD = Pattern.compile("(?i)\\b(?:photo(?:graph)?s?|photographer|credit|"
            + "illustrations?|fotos?|fotografias?|fotografie|fotograf(?:ía|ia|en)?|bilder?|zdj[ęe]cia)\\b");
    private static final Pattern TAIL = Pattern.compile("(?i)(?:originally\\s+)?(?:published|posted|first published|publié|"
            + "publicado|pubblicato|veröffentlicht)");
    private static final Pattern AGO = Pattern.compile("(?i)^(?:updated\\s*:?\\s*)?\\d{1,2}\\s*(?:[mhd]|mins?|minutes?|hours?|hrs?|days?)\\s+ago$");
    private static final Pattern HANDLE = Pattern.compile("@\\w{2,}");
    /** An e-mail address alone on a line, as pages print it under the writer's name. */
    private static final Pattern EMAIL_ALONE = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    /** A wire's credit at the end of its story: "(Reporting by …; Writing by …; Editing by …)". */
    private static final Pattern WIRE_CREDIT = Pattern.compile("(?i)\\(?\\s*((?:reporting|reported|writing|written) by\\s.{3,200}?)"
            + "\\)?\\.?");
    /**
     * The part of a wire's credit that names who reported or wrote it, with who added reporting (a reader names them
     * too, and so do the `dev` labels of a wire's page), not who edited it.
     */
    private static final Pattern WIRE_WRITERS = Pattern.compile("(?i)(?:additional )?(?:reporting|reported|writing|written) by\\s+(.+)");
    /**
     * "By" or a byline label on a line of its own: the names stand on the next line; a newswire's "News provided by"
     * over the company.
     */
    static final Pattern BY_LABEL = Pattern.compile("(?i)(?:[•·▪*]\\s*)?(?:by|written by|authors?|autor(?:in)?|auteur|autore|verfasser|texte|texto|tekst|"
            + "news provided by)"
            + "\\s*:?");
    /** A Japanese or Chinese byline mark on a line of its own: "著者", "作者：". */
    private static final Pattern CJK_LABEL = Pattern.compile("(?:著者|作者|執筆者?|筆者|文|記者|撰文)\\s*[：:]?");
    /** A writer's follow button: "Follow", "+ Follow", "Folgen", "Suivre", "Seguir", "Segui", "Volgen". */
    private static final Pattern FOLLOW_BUTTON = Pattern.compile(
            "(?i)\\+?\\s*(follow|folgen|suivre|seguir|segui|volgen)\\s*\\+?");
    /** A byline inside a line, after a separator or glued to the word before it: "All IndiaEdited by Jane Doe". */
    private static final Pattern INNER_BY = Pattern.compile("(?:(?<=[|·•/])\\s*|(?<=\\p{Ll})(?=(?:Edited|Written|Reported|Posted|By)))"
            + "(?=(?i:(?:edited |written |reported |posted )?by)\\b)");
    /** A label before a colon opening a list's item: "Thanksgiving Day (no school): …", "Venue: …". */
    private static final Pattern LIST_LABEL_START = Pattern.compile("[^:]{2,40}:\\s");
    /** A short label that opens a list on the lines under it: "Speakers:", "In this story:". */
    private static final Pattern LIST_LABEL = Pattern.compile("[^:]{2,30}:");
    /** Words of a label that introduces the byline: "Posted by:", "Author:", "Reporter:". */
    private static final Pattern BYLINE_WORD = Pattern.compile("(?i)\\b(?:by|authors?|autor(?:in)?|auteur|autore|texte|texto|tekst|writers?|"
            + "reporters?|words|text|contributors?|correspondents?|columnist)\\b");
    private static final Pattern UPDATED = Pattern.compile("(?i)(?:" + HeadReader.UPDATE_WORDS + ")[^\\d]{0,20}$");

    /** The chosen byline (or {@code null}), the line it was read from, and the date (or {@code null}). */
    record Pick(Bylines.Byline byline, String bylineLine, String date, List<String> bylineLines) {
        Pick(Bylines.Byline byline, String bylineLine, String date) {
            this(byline, bylineLine, date, bylineLine == null ? List.of() : List.of(bylineLine));
        }
    }

    /**
     * A line of the head or the text's first blocks; {@code textAbove}: a body paragraph stands between it and the
     * title; {@code sources}: the lines of the paste it was joined from, when more than one.
     */
    private record Line(String text, boolean listItem, int distance, boolean inHead, boolean title, boolean above,
            boolean labelled, boolean textAbove, List<String> sources) {
        Line(String text, boolean listItem, int distance, boolean inHead, boolean title, boolean above,
                boolean labelled, boolean textAbove) {
            this(text, listItem, distance, inHead, title, above, labelled, textAbove, List.of(text));
        }
    }

    /** Whether a short line holds a date, one that leaves day and month open too ("12.11.2024, 09:15"). */
    private static boolean hasDate(String line, DateText.Order order) {
        return line.length() <= 80 && HeadReader.words(line) <= 8 && !DateText.findAll(line, order).isEmpty();
    }

    /** A line of "de" and a name, maybe after a date: the Romanian byline ({@link #pick}). */
    private static final Pattern LOWER_DE = Pattern.compile("(?:(.{6,40}?\\d)\\s+)?(?:de|[Nn]i)\\s+(\\p{Lu}.{2,80})");

    /** "And" alone on a line between two writers, each over a role: in English and the other languages read. */
    private static final Pattern AND_ALONE = Pattern.compile("(?i)and|&|und|et|y|e|en|og|och|ja|i|a|ve");

    /**
     * "Whitney Adebayo-Lowe" / "Economics correspondent" / "and" / "Sam Ferreira": the name over the joiner (a role
     * line between them) and the name under it, as one line of two writers; or -1 when the lines are not of that
     * form. Returns the index of the first name's line.
     */
    private static int firstOfJoined(List<Line> lines, String line) {
        int n = lines.size();
        if (n < 2 || !AND_ALONE.matcher(lines.get(n - 1).text()).matches()) {
            return -1;
        }
        int first = n - 2;
        if (first >= 1 && Bylines.isRoleLine(lines.get(first).text())) {
            first--;
        }
        Bylines.Byline one = Bylines.parseBare(lines.get(first).text());
        Bylines.Byline two = Bylines.parseBare(line);
        return one != null && two != null && one.otherParts().isEmpty() && two.otherParts().isEmpty()
                && one.date() == null && two.date() == null ? first : -1;
    }

    /**
     * Whether the names the line at {@code i} is read as open the line before or after it too: entries of a list
     * (a product's batches, one line each), not a byline, which is printed once.
     */
    private static boolean listedTwice(List<Line> lines, Bylines.Byline[] bylines, int i) {
        String first = bylines[i].names().isEmpty() ? null : bylines[i].names().get(0);
        return first != null && (i > 0 && lines.get(i - 1).text().startsWith(first)
                || i + 1 < lines.size() && lines.get(i + 1).text().startsWith(first));
    }

    /** How a line names its author, from the strongest evidence to the weakest. */
    private enum Kind {
        PREFIXED(3), PREFIXED_ORGANISATION(2), AGENCY(2), NAMES_ROLE(2), NAMES_ONLY(1.5), NAMES(1), NAMES_LONG(0),
        ORGANISATION(0.5);

        final double score;

        Kind(double score) {
            this.score = score;
        }
    }

    private HeadCandidates() {
    }

    /**
     * @param blocks     the paste's blocks
     * @param headEnd    the first block of the body
     * @param titleBlock the title's block, or -1
     * @param order      how the paste writes numeric dates
     * @param noise      whether a line is page chrome ("Share", "Tweet"): it does not count in a line's distance
     */
    static Pick pick(List<Block> blocks, int headEnd, int titleBlock, DateText.Order order,
            java.util.function.Predicate<String> noise) {
        List<Line> lines = new ArrayList<>();
        int from = Math.max(0, titleBlock);
        int start = Math.max(headEnd, from);
        int bodySeen = 0;
        int distance = 0;
        boolean labelled = false; // under a label such as "Speakers:", with no blank line since
        boolean textAbove = false; // a body paragraph stands between the title and the block
        int nextLine = -1; // the line right after the previous block
        for (int b = Math.max(0, titleBlock - 2); b < blocks.size() && lines.size() < MAX_LINES; b++) {
            Block block = blocks.get(b);
            if (b >= start && (bodySeen >= BODY_BLOCKS || b - start >= MAX_BLOCKS)) {
                break; // five body paragraphs into the body
            }
            bodySeen += b >= start && HeadReader.isBodyParagraph(block) ? 1 : 0;
            boolean above = b < from;
            List<String> texts = block.kind() == Block.Kind.LIST ? block.items() : List.of(block.text().split("\n"));
            labelled &= block.line() == nextLine && !HeadReader.isBodyParagraph(block);
            nextLine = block.line() + texts.size();
            for (String text : texts) {
                if (lines.size() >= MAX_LINES) {
                    break;
                }
                String line = text.strip();
                int joined = line.isEmpty() ? -1 : firstOfJoined(lines, line);
                if (joined >= 0) {
                    Line first = lines.get(joined);
                    List<String> sources = new ArrayList<>();
                    lines.subList(joined, lines.size()).forEach(between -> sources.addAll(between.sources()));
                    sources.add(line);
                    lines.subList(joined + 1, lines.size()).clear(); // the first writer's role and the joiner
                    lines.set(joined, new Line(first.text() + " and " + line, first.listItem(), first.distance(),
                            first.inHead(), first.title(), first.above(), first.labelled(), first.textAbove(),
                            List.copyOf(sources)));
                    continue;
                }
                if (!lines.isEmpty() && !line.isEmpty()) {
                    String previous = lines.get(lines.size() - 1).text();
                    if (BY_LABEL.matcher(previous).matches()) {
                        lines.remove(lines.size() - 1); // "By" or "Author:" on a line of its own, the names on the next
                        line = "By " + line;
                    } else if (CJK_LABEL.matcher(previous).matches()) {
                        lines.remove(lines.size() - 1); // "著者" on a line of its own
                        line = previous.replaceAll("[\\s：:]+$", "") + "：" + line;
                    }
                }
                lines.add(new Line(line, block.kind() == Block.Kind.LIST && !line.startsWith("By "), above ? 2 : distance,
                        b < headEnd && !above, b == titleBlock, above, labelled, textAbove));
                labelled |= LIST_LABEL.matcher(line).matches() && !BYLINE_WORD.matcher(line).find();
                distance += above || line.isEmpty() || noise.test(line) ? 0 : 1;
            }
            textAbove |= b > titleBlock && HeadReader.isBodyParagraph(block);
        }
        Bylines.Byline[] bylines = new Bylines.Byline[lines.size()];
        Kind[] kinds = new Kind[lines.size()];
        String[] dates = new String[lines.size()];
        boolean[] dateLine = new boolean[lines.size()];
        boolean[] published = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            Bylines.Byline lead = Bylines.leadReporters(text);
            if (lead != null) {
                bylines[i] = lead; // "【ワシントン＝中村健一】米商務省は…": the story's first words
                kinds[i] = Kind.PREFIXED;
                continue;
            }
            if (text.isEmpty() || text.length() > 220 || HeadReader.words(text) > 30) {
                continue;
            }
            List<DateText.Found> found = DateText.findAll(text, order).stream().filter(f -> !f.ambiguous()).toList();
            if (!found.isEmpty() && HeadReader.words(text) <= 25) {
                DateText.Found first = found.stream().min(java.util.Comparator.comparing(DateText.Found::date)).get();
                String before = text.substring(0, first.start());
                if (before.isBlank() && i > 0 && HeadReader.words(lines.get(i - 1).text()) <= 3
                        && lines.get(i - 1).text().endsWith(":")) {
                    before = lines.get(i - 1).text(); // "Updated:" or "Original:" on the line above
                }
                published[i] = PUBLISHED.matcher(before).find();
                dates[i] = UPDATED.matcher(before).find() && !published[i]
                        ? "~" + first.date() : first.date().toString();
                dateLine[i] = Datelines.parse(text, order, true).isPresent();
            }
            read(text, bylines, kinds, i);
        }
        for (int i = 0; i < lines.size(); i++) {
            // Romanian "by", in lower case, right over or under a date: "de Alina Mocanu" over "09.06.2024, 23:48"
            // (elsewhere a Dutch, Spanish or French "de" opens a name: "de Nederlandsche Bank"); Tagalog's "Ni" the
            // same way ("Ni Carmela Dizon" over "Marso 8, 2024"; elsewhere "Ni Una Menos" is a headline)
            Matcher romanian = kinds[i] != Kind.PREFIXED ? LOWER_DE.matcher(lines.get(i).text()) : null;
            boolean found = romanian != null && romanian.matches();
            if (found && romanian.group(1) != null) {
                // the date and the byline on one line, as the paste's wrapped lines were mended: "12.11.2024, 09:15 de
                // Ioana Pârvu"
                found = HeadReader.words(romanian.group(1)) <= 6 && hasDate(romanian.group(1), order);
            } else if (found) {
                found = i > 0 && hasDate(lines.get(i - 1).text(), order)
                        || i + 1 < lines.size() && hasDate(lines.get(i + 1).text(), order);
            }
            if (found) {
                Bylines.Byline byline = Bylines.parsePrefixed("By " + romanian.group(2));
                if (byline != null) {
                    bylines[i] = byline;
                    kinds[i] = Kind.PREFIXED;
                }
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            // a name in Arabic, Hebrew or Devanagari alone, right over the date line under the title or its dek
            // ("سلمى الحداد" over "الأحد، 17 تشرين الثاني 2024"): no capitals tell it from a phrase elsewhere
            // or before how long ago the page was posted, on its line ("दुलारी साहू | 3 घंटा पहिली")
            boolean placed = lines.get(i).inHead() || !lines.get(i).above() && lines.get(i).distance() <= 2;
            if (bylines[i] == null && placed && (i == 0 || dates[i - 1] == null)) {
                Bylines.Byline name = i + 1 < lines.size() && dateLine[i + 1]
                        ? Bylines.nameWithoutCapitals(lines.get(i).text())
                        : Bylines.nameBesideStamp(lines.get(i).text());
                if (name != null) {
                    bylines[i] = townAfter(name, lines, i);
                    kinds[i] = Kind.NAMES_ONLY;
                }
            }
        }
        for (int i = 0; i + 1 < lines.size(); i++) {
            // a name over its own "Follow" button, as blogging platforms print the writer ("Achieng’ Otieno" over
            // "Follow" over "Published in …")
            String text = lines.get(i).text().strip();
            if (FOLLOW_BUTTON.matcher(lines.get(i + 1).text().strip()).matches() && HeadReader.words(text) <= 4
                    && Names.isName(text) && (bylines[i] == null || kinds[i] != Kind.PREFIXED)) {
                // the button says whose name it is, as "By" does
                bylines[i] = new Bylines.Byline(List.of(Names.normalise(text)), List.of(), null);
                kinds[i] = Kind.PREFIXED;
            }
        }
        Bylines.Byline bestByline = null;
        double bestBylineScore = 2;
        int bylineAt = -1;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            boolean bare = kinds[i] != Kind.PREFIXED && kinds[i] != Kind.PREFIXED_ORGANISATION;
            if (bylines[i] == null || (line.title() || line.above()) && bare && bylines[i].date() == null) {
                continue; // a title in capitals looks like names, and so does a section label above it
            }
            boolean dateBeside = i > 0 && dates[i - 1] != null || i + 1 < lines.size() && dates[i + 1] != null
                    || i + 1 < lines.size() && AGO.matcher(lines.get(i + 1).text()).matches();
            boolean dateOn = dates[i] != null || bylines[i].date() != null;
            if (kinds[i] == Kind.ORGANISATION && !dateOn && !dateBeside
                    || kinds[i] == Kind.AGENCY && !dateOn && !dateBeside && line.distance() > 1) {
                continue; // an agency alone further down is a photo's credit or a source, not the byline
            }
            if (line.listItem() && bare && LIST_LABEL_START.matcher(line.text()).lookingAt()) {
                continue; // "Thanksgiving Day (no school): Monday, October 13": a schedule's or a fact box's entry
            }
            if (line.labelled() && bare) {
                continue; // a name in a list under "Speakers:" or "Panel:" is no byline
            }
            if (bestByline != null && i + 1 < lines.size() && Bylines.bookDetails(lines.get(i + 1).text())) {
                continue; // under the byline, a book's author over its publisher and pages, in a review
            }
            if (line.textAbove() && Bylines.headOnly(line.text())) {
                continue; // "Hosted by …" among the text's paragraphs is the text's
            }
            if (kinds[i] == Kind.ORGANISATION && noise.test(line.text())) {
                continue; // a share bar's "WhatsApp" beside the date names no one
            }
            if (kinds[i] == Kind.ORGANISATION && Datelines.parse(line.text(), order, true).isPresent()) {
                continue; // a date line's one other word is its weekday or its place ("Kinta, 10 Outubru 2024")
            }
            if (bare && line.textAbove() && listedTwice(lines, bylines, i)) {
                continue; // "Levantia Tahina Extra, 300 g, Glas, … 14.09.2025" over the same name: a list's entries
            }
            if (bare && photoCredit(line.text())) {
                continue; // a photo's credit, "Jane Doe / Getty Images", names a person too
            }
            if (kinds[i] == Kind.AGENCY && i > 0 && kinds[i - 1] == Kind.NAMES_ONLY
                    && bylines[i].otherParts().isEmpty()) {
                continue; // "STT" under "Mikko Järvenpää": the writer's agency, no second writer
            }
            boolean prefixed = kinds[i] == Kind.PREFIXED || kinds[i] == Kind.PREFIXED_ORGANISATION;
            // names alone over a line of the writer's role ("Fergus Doyle" over "Scotland political correspondent")
            boolean roleUnder = kinds[i] == Kind.NAMES_ONLY && i + 1 < lines.size()
                    && (Bylines.isRoleLine(lines.get(i + 1).text()) || lowerCaseRole(lines.get(i + 1).text())
                    || kinds[i + 1] == Kind.AGENCY && bylines[i + 1].otherParts().isEmpty());
            double score = roleUnder ? Kind.NAMES_ROLE.score : kinds[i].score;
            if (kinds[i] == Kind.ORGANISATION) {
                score += 1; // a date on it or beside it, required
            } else {
                score += (dateOn ? 1.5 : 0) + (dateBeside ? 1 : 0);
            }
            boolean handleOrRole = roleUnder || HANDLE.matcher(line.text()).find()
                    || i + 1 < lines.size() && (BodyCleaner.isHandle(lines.get(i + 1).text())
                    || EMAIL_ALONE.matcher(lines.get(i + 1).text()).matches()) // "Lars Öhman" over "lars.ohman@…"
                    || bylines[i].otherParts().stream().anyMatch(part -> Bylines.isRole(part) || Bylines.isAgency(part));
            score += handleOrRole && (line.inHead() || line.distance() <= 3) ? 1 : 0; // in the body, a quoted post's
            score += line.distance() <= 3 ? 0.5 : 0;
            score += line.inHead() ? 0.5 : 0;
            // "By" and a person's name: the distance costs at most 0.9, so it is found below a video player too
            score -= 0.1 * (kinds[i] == Kind.PREFIXED ? Math.min(line.distance(), 9) : line.distance())
                    + (line.listItem() && !prefixed ? 1 : 0);
            if (score > bestBylineScore) {
                bestBylineScore = score;
                bestByline = bylines[i];
                bylineAt = i;
            }
        }
        String bestDate = null;
        double bestDateScore = 1.2;
        for (int i = 0; i < lines.size(); i++) {
            if (dates[i] == null) {
                continue;
            }
            boolean updated = dates[i].startsWith("~");
            double score = dateLine[i] ? 3 : 1.5;
            score += published[i] ? 0.5 : 0;
            score -= updated ? 0.5 : 0;
            score += bylineAt >= 0 && Math.abs(i - bylineAt) <= 1 ? 0.5 : 0;
            score -= 0.1 * (dateLine[i] ? Math.min(lines.get(i).distance(), 12) : lines.get(i).distance());
            if (score > bestDateScore) {
                bestDateScore = score;
                bestDate = updated ? dates[i].substring(1) : dates[i];
            }
        }
        if (bestDate == null && bestByline != null && bestByline.date() != null && bestByline.date().length() == 10) {
            bestDate = bestByline.date();
        }
        if (bestDate == null) {
            bestDate = tailDate(blocks, order);
        }
        Pick credit = bestByline == null ? wireCredit(blocks, bestDate) : null;
        if (bestByline == null && credit == null) {
            credit = endCredit(blocks, bestDate);
        }
        return credit != null ? credit : new Pick(bestByline, bylineAt < 0 ? null : lines.get(bylineAt).text(), bestDate,
                bylineAt < 0 ? List.of() : lines.get(bylineAt).sources());
    }

    /** The most words of a role in lower case under a name. */
    private static final int LOWER_ROLE_WORDS = 4;

    /**
     * Whether a line is a role as languages that write a job in lower case print it under the name: "tõlkija",
     * "specjalistka medycyny rodzinnej" (letters in lower case only, {@value #LOWER_ROLE_WORDS} words at most, no
     * digit, no mark but a hyphen).
     */
    static boolean lowerCaseRole(String line) {
        String text = line.strip();
        if (text.isEmpty() || HeadReader.words(text) > LOWER_ROLE_WORDS) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (!(Character.isLowerCase(c) || c == ' ' || c == '-'
                    || Character.getType(c) == Character.NON_SPACING_MARK)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The byline of two names a comma joins ({@link Bylines#nameWithoutCapitals}) as a name and the town it was written
     * in, when the line under it that opens the text names the second as whole words: "نعمان خان تنولی، ڈھیری بانڈی"
     * over "پہاڑی پنڈ ڈھیری بانڈی وچ …" (Hindko). Without capitals, only the text tells a town from a second writer.
     */
    private static Bylines.Byline townAfter(Bylines.Byline byline, List<Line> lines, int i) {
        if (byline.names().size() != 2 || !byline.otherParts().isEmpty()) {
            return byline;
        }
        String text = lines.get(i).text();
        String second = byline.names().get(1);
        int at = text.lastIndexOf(second);
        if (at <= 0 || !COMMA_END.matcher(text.substring(0, at)).find()) {
            return byline; // "… और …": two writers
        }
        for (int j = i + 1; j < lines.size() && j <= i + HeadReader.PLACE_LOOKAHEAD; j++) {
            String line = lines.get(j).text();
            if (HeadReader.words(line) >= TEXT_WORDS) {
                return HeadReader.opensWith(line, second)
                        ? new Bylines.Byline(List.of(byline.names().get(0)), List.of(second), null) : byline;
            }
        }
        return byline;
    }

    private static final Pattern COMMA_END = Pattern.compile("[,،]\\s*$");
    /** The fewest words of a line that opens the text ({@link #townAfter}). */
    private static final int TEXT_WORDS = 12;

    /** A word in capitals of two to six letters and a separator opening a line: an agency's initials, "DPNS | ". */
    private static final Pattern INITIALS_FIRST = Pattern.compile("\\p{Lu}{2,6}\\s*[|·•]\\s");

    /** Reads line {@code i} as a byline, if it is one, into {@code bylines} and {@code kinds}. */
    private static void read(String text, Bylines.Byline[] bylines, Kind[] kinds, int i) {
        Bylines.Byline byline = Bylines.parsePrefixed(text);
        Kind kind = Kind.PREFIXED;
        Matcher inside = INNER_BY.matcher(text);
        if (byline == null && inside.find() && inside.end() > 0) {
            byline = Bylines.parsePrefixed(text.substring(inside.end()));
            if (byline == null) {
                byline = Bylines.parseOrganisation(text.substring(inside.end()), true);
                kind = Kind.PREFIXED_ORGANISATION;
            }
        }
        if (byline == null) {
            byline = Bylines.parseOrganisation(text, true);
            kind = Kind.PREFIXED_ORGANISATION;
        }
        if (byline == null && HeadReader.words(text) <= 12 && INITIALS_FIRST.matcher(text).lookingAt()
                && DateText.hasDigit(text)) {
            // an agency's initials before where and when ("DPNS | Kovalam Bay | Updated: 03-04-2025 18:20 IST"), as
            // wires print their credit: the place after them is no writer's name
            Bylines.Byline organisation = Bylines.parseOrganisation(text, false);
            if (organisation != null
                    && organisation.otherParts().stream().allMatch(part -> HeadReader.words(part) <= 3)) {
                byline = organisation;
                kind = Kind.AGENCY;
            }
        }
        if (byline == null && HeadReader.words(text) <= 24) {
            byline = Bylines.parseBare(text);
            kind = byline == null ? null : byline.otherParts().isEmpty() ? Kind.NAMES_ONLY
                    : !onlyNames(byline) ? Kind.NAMES_LONG
                    : byline.otherParts().size() <= 3 && Bylines.isWriter(byline.otherParts().get(0)) ? Kind.NAMES_ROLE
                    : Kind.NAMES;
        }
        if (byline == null && HeadReader.words(text) <= 12) {
            // a news agency opening a line, alone or before where and when ("AFP", "PTI | Thiruvananthapuram | May
            // 30, 2024"), names the author as "By" would; another newsroom or a single name is weak evidence
            Bylines.Byline organisation = Bylines.parseOrganisation(text, false);
            boolean agency = organisation != null && Bylines.isAgency(organisation.names().get(0))
                    && organisation.otherParts().stream().allMatch(part -> HeadReader.words(part) <= 3);
            if (agency || HeadReader.words(text) <= 8) {
                byline = organisation;
                kind = agency ? Kind.AGENCY : Kind.ORGANISATION;
            }
        }
        bylines[i] = byline;
        kinds[i] = byline == null ? null : kind;
    }

    /**
     * The writers a wire's credit names among the last lines of a paste: "(Reporting by Hsu Mei-ling in Taipei and
     * Rahul Menon; Editing by Graham Lowther)" gives who reported and wrote, not who edited; or {@code null}.
     */
    private static Pick wireCredit(List<Block> blocks, String date) {
        List<String> lines = new ArrayList<>(lastLines(blocks));
        lines.addAll(afterText(blocks));
        for (String text : lines) {
            Matcher wire = WIRE_CREDIT.matcher(text);
            if (!wire.matches()) {
                continue;
            }
            List<String> writers = new ArrayList<>();
            for (String part : wire.group(1).split(";")) {
                Matcher credit = WIRE_WRITERS.matcher(part.strip());
                if (credit.matches()) {
                    writers.add(credit.group(1).strip());
                }
            }
            Bylines.Byline byline = writers.isEmpty() ? null : Bylines.parsePrefixed("By " + String.join(" and ", writers));
            return byline == null ? null : new Pick(byline, text, date);
        }
        return null;
    }

    /**
     * The writer's credit right under the text, for a paste whose head names no one: a byline with its label among
     * the first {@value #AFTER_TEXT_LINES} lines after the last long paragraph ("Teksti: Aino Pelkonen", "Text and
     * photos: Jane Doe", "By Jane Doe"), not an editor's, a publisher's or a photographer's; or {@code null}.
     */
    private static Pick endCredit(List<Block> blocks, String date) {
        for (String text : afterText(blocks)) {
            if (NOT_WRITER_CREDIT.matcher(text).lookingAt() || photoCredit(text)) {
                continue;
            }
            Bylines.Byline byline = Bylines.parsePrefixed(text);
            if (byline != null && byline.date() == null) {
                return new Pick(byline, text, date);
            }
        }
        return null;
    }

    /** A credit that names no writer: who edited, compiled, published or issued the text. */
    private static final Pattern NOT_WRITER_CREDIT = Pattern.compile("(?i)(?:edited|compiled|published|issued|"
            + "news provided|produced|posted|a cura)\\b");

    /**
     * The first {@value #AFTER_TEXT_LINES} lines after the last paragraph of at least {@value #LONG_PARAGRAPH_WORDS}
     * words: where a wire's credit stands above a long footer ("Reporting by …" over a newsletter box, teasers and
     * links).
     */
    private static List<String> afterText(List<Block> blocks) {
        for (int b = blocks.size() - 1; b >= 0; b--) {
            Block block = blocks.get(b);
            if (block.kind() == Block.Kind.PARAGRAPH && HeadReader.words(block.text()) >= LONG_PARAGRAPH_WORDS) {
                List<String> after = new ArrayList<>();
                for (int a = b + 1; a < blocks.size() && after.size() < AFTER_TEXT_LINES; a++) {
                    for (String line : blocks.get(a).kind() == Block.Kind.LIST ? blocks.get(a).items()
                            : List.of(blocks.get(a).text().split("\n"))) {
                        after.add(line.strip());
                    }
                }
                return after;
            }
        }
        return List.of();
    }

    private static final int AFTER_TEXT_LINES = 3;
    private static final int LONG_PARAGRAPH_WORDS = 25;

    /** A "Published …" or "Posted …" date line among the last lines of the paste. */
    private static String tailDate(List<Block> blocks, DateText.Order order) {
        for (String text : lastLines(blocks)) {
            var when = Datelines.parse(text, order);
            if (when.isPresent() && when.get().length() == 10 && TAIL.matcher(text).lookingAt()) {
                return when.get();
            }
        }
        return null;
    }

    /** The last {@value #TAIL_LINES} lines of the paste, the last first (a list's items as lines, a break as one). */
    private static List<String> lastLines(List<Block> blocks) {
        List<String> last = new ArrayList<>();
        for (int b = blocks.size() - 1; b >= 0 && last.size() < TAIL_LINES; b--) {
            Block block = blocks.get(b);
            List<String> texts = block.kind() == Block.Kind.LIST ? block.items() : List.of(block.text().split("\n"));
            for (int i = texts.size() - 1; i >= 0 && last.size() < TAIL_LINES; i--) {
                last.add(texts.get(i).strip());
            }
        }
        return last;
    }

    /** A photo's credit, which names a person too; "Jane Doe | Photos by John Roe" is a byline with a credit. */
    static boolean photoCredit(String line) {
        return PHOTO_AGENCY.matcher(line).find() || PHOTO_WORD.matcher(Bylines.SEGMENTS.split(line, 2)[0]).find();
    }

    private static boolean onlyNames(Bylines.Byline byline) {
        return byline.otherParts().stream().allMatch(part -> part.length() <= 40);
    }
}
