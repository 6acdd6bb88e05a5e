package io.github.briefwright.core.structure;

import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.load.SeedFormat;
import io.github.briefwright.core.model.Author;
import io.github.briefwright.core.model.Block;
import io.github.briefwright.core.model.Block.Kind;
import io.github.briefwright.core.model.Removed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cleans a seed and, for raw pastes, finds its structure: blocks ({@link BlockSplitter}), the head
 * ({@link HeadReader}), noise and author bios ({@link BodyCleaner}), pull quotes ({@link PullQuotes}) and
 * headings. Markdown bodies only get hygiene: their structure is explicit and read by the parse stage.
 * Immutable and thread-safe; pure: the same seed always gives the same draft.
 */
public final class Structurer {

    private static final java.util.regex.Pattern FORWARDED = java.util.regex.Pattern.compile(
            "^(-{2,}\\s*forwarded message\\s*-{2,}|begin forwarded message:?|-{2,}\\s*original message\\s*-{2,})$",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final int HEADING_MAX_CHARS = 90;
    private static final int HEADING_MAX_WORDS = 14;

    private final NoiseRules noise;
    private final PageFurniture furniture;
    private final TitleModel titles;

    public Structurer(NoiseRules noise) {
        this(noise, noise.furniture() ? PageFurniture.builtIn() : null);
    }

    /** With another page-furniture model, or none ({@code null}). */
    public Structurer(NoiseRules noise, PageFurniture furniture) {
        this(noise, furniture, TitleModel.builtIn());
    }

    /** With another page-furniture model (or none, {@code null}) and other title weights. */
    public Structurer(NoiseRules noise, PageFurniture furniture, TitleModel titles) {
        this.noise = noise;
        this.furniture = furniture;
        this.titles = titles;
    }

    /** The same structurer with other title weights. */
    public Structurer withTitles(TitleModel titles) {
        return new Structurer(noise, furniture, titles);
    }

    public Structurer() {
        this(NoiseRules.defaults());
    }

    public Draft structure(Seed seed) {
        if (seed.format() == SeedFormat.MD) {
            return new Draft(seed, TextHygiene.common(seed.body()), List.of(), List.of(), Head.NONE, List.of());
        }
        String text = TextHygiene.paste(seed.body());
        NoiseRules noise = this.noise.remembering(text);
        Stages stages = stages(seed, text, noise, titles, null);
        HeadReader.Result head = stages.head();
        BodyCleaner.Result cleaned = stages.cleaned();
        if (furniture != null) {
            List<BodyCleaner.Taken> taken = new ArrayList<>(cleaned.removed());
            List<Block> kept = furniture.clean(cleaned.body(), taken);
            cleaned = new BodyCleaner.Result(kept, taken, cleaned.bios());
        }
        List<Removed> forwardNote = stages.forwardNote();


        List<PullQuotes.Found> quotes = PullQuotes.find(cleaned.body());
        Set<Block> quoteBlocks = new HashSet<>();
        List<PullQuoteMark> marks = new ArrayList<>();
        java.util.Map<Block, Integer> at = new java.util.IdentityHashMap<>();
        for (int i = 0; i < cleaned.body().size(); i++) {
            at.put(cleaned.body().get(i), i);
        }
        for (PullQuotes.Found found : quotes) {
            quoteBlocks.add(found.quote());
            Block attribution = attribution(cleaned.body(), at.get(found.quote()));
            String quote = found.quote().text();
            if (attribution != null) {
                quoteBlocks.add(attribution); // "— Mayor Ann Lee" under the quote goes with it
                quote = quote + " — " + ATTRIBUTION_DASH.matcher(attribution.text().strip()).replaceFirst("");
            }
            marks.add(new PullQuoteMark(quote, found.source().line()));
        }
        List<Block> body = new ArrayList<>();
        for (Block block : cleaned.body()) {
            if (!quoteBlocks.contains(block)) {
                body.add(block);
            }
        }
        List<Removed> removed = new ArrayList<>(forwardNote);
        removed.addAll(removed(head, cleaned));
        String copyright = Issuers.copyright(text); // read once, for the issuer and the site
        return new Draft(seed, text, headings(trimBreaks(body)), removed, withSite(withIssuer(
                withBios(stages.signed(), cleaned.bios(), text), text, copyright, body), text, copyright), marks);
    }

    /** The body without the writer's signature under the text, which is kept among what was removed, as a byline. */
    private static BodyCleaner.Result withoutSignature(BodyCleaner.Result cleaned, Signatures.Found signature) {
        Block line = cleaned.body().get(signature.block());
        List<Block> kept = new ArrayList<>(cleaned.body());
        kept.remove(signature.block());
        List<BodyCleaner.Taken> taken = new ArrayList<>(cleaned.removed());
        taken.add(new BodyCleaner.Taken("byline", line.text(), line.line()));
        return new BodyCleaner.Result(kept, taken, cleaned.bios());
    }

    private static final java.util.regex.Pattern ATTRIBUTION_DASH = java.util.regex.Pattern.compile("^[—–-]+\\s*");
    private static final int ATTRIBUTION_WORDS = 10;

    /**
     * The line right under a pull quote that says whose words they are, "— Mayor Ann Lee" (a paragraph opening with
     * a dash, or the one item of a list the dash made: a person's name, perhaps with a role after a comma, in at most
     * ten words, not a sentence), or {@code null}.
     */
    private static Block attribution(List<Block> body, Integer quoteAt) {
        if (quoteAt == null) {
            return null;
        }
        int next = HeadReader.nextBlock(body, quoteAt);
        if (next >= body.size()) {
            return null;
        }
        Block block = body.get(next);
        String text = block.text().strip();
        boolean dashed = block.kind() == Kind.LIST && block.items().size() == 1 && !oneItemListAfter(body, next)
                || block.kind() == Kind.PARAGRAPH && ATTRIBUTION_DASH.matcher(text).lookingAt();
        String name = ATTRIBUTION_DASH.matcher(text).replaceFirst("");
        // whose words: a name, perhaps with a role after a comma ("Maria Lopez, councillor"); not an embedded post's
        // signature, "— The Senate (@Senate) October 9, 2018", which is text of its own
        return dashed && Names.isName(name.split(",", 2)[0].strip()) && name.indexOf('@') < 0
                && name.chars().noneMatch(Character::isDigit)
                && HeadReader.words(name) <= ATTRIBUTION_WORDS && !HeadReader.endsSentence(name) ? block : null;
    }

    /** Whether the block after {@code at} is a list of one item too: bullets pasted with blank lines between them. */
    private static boolean oneItemListAfter(List<Block> body, int at) {
        int next = HeadReader.nextBlock(body, at);
        return next < body.size() && body.get(next).kind() == Kind.LIST && body.get(next).items().size() == 1;
    }

    /**
     * The units of a raw paste's body that the page-furniture classifier judges: its paragraphs and list items
     * after the head and the named rules, in order (empty for Markdown). For training the classifier.
     */
    public List<BlockFeatures.Unit> furnitureUnits(Seed seed) {
        if (seed.format() == SeedFormat.MD) {
            return List.of();
        }
        String text = TextHygiene.paste(seed.body());
        return PageFurniture.units(stages(seed, text, noise.remembering(text), titles, null).cleaned().body());
    }

    /**
     * The title candidates of a raw paste with their features, one list for each head the head reader read (the
     * paste from the top and, on a whole page, from its article's start); empty for Markdown. For training the
     * title weights.
     */
    public List<List<TitleModel.Candidate>> titleCandidates(Seed seed) {
        if (seed.format() == SeedFormat.MD) {
            return List.of();
        }
        String text = TextHygiene.paste(seed.body());
        List<List<TitleModel.Candidate>> heads = new ArrayList<>();
        stages(seed, text, noise.remembering(text), titles, heads::add);
        return heads;
    }

    /**
     * What the stages before the page-furniture classifier make: the head as read, the body after the named rules
     * (a signature under the text taken out), the forwarder's note, and the head with the signature's writer when the
     * head named none.
     */
    private record Stages(HeadReader.Result head, BodyCleaner.Result cleaned, List<Removed> forwardNote, Head signed) {
    }

    /** Blocks, the head, the named rules and a signature under the text. */
    private static Stages stages(Seed seed, String text, NoiseRules noise, TitleModel titles,
            java.util.function.Consumer<List<TitleModel.Candidate>> candidates) {
        java.util.Map<String, Boolean> ownBlock = new java.util.HashMap<>();
        java.util.Map<String, Boolean> datelines = new java.util.HashMap<>();
        java.util.function.Predicate<String> dateline = line -> datelines.computeIfAbsent(line,
                l -> Datelines.parse(l).isPresent());
        List<Block> blocks = BlockSplitter.split(text, seed.bodyLine(),
                line -> ownBlock.computeIfAbsent(line, l -> startsBlock(noise, l, dateline)));
        List<Removed> forwardNote = new ArrayList<>();
        List<Integer> forwardLines = new ArrayList<>();
        blocks = afterForwardMarker(blocks, forwardNote, forwardLines);
        HeadReader.Result read = new HeadReader(noise, titles, candidates).read(blocks);
        HeadReader.Result head = read.withHead(ByWords.without(read.head(), read.body()));
        List<String> bylineNames = head.head().authors().stream().map(Author::name).toList();
        BodyCleaner.Result cleaned = new BodyCleaner(noise, dateline).clean(head.body(), bylineNames, head.head().title());
        Head signed = head.head();
        // a newsroom's or an account's name in the head ("Posted by: Command PRO") gives way to the person who signs
        // the text ("SP Chioma Ekwueme-Balogun" over "Police Public Relations Officer,")
        boolean newsroom = !signed.authors().isEmpty()
                && signed.authors().stream().allMatch(author -> Bylines.isNewsroom(author.name()));
        Signatures.Found signature = null;
        if ((signed.authors().isEmpty() || newsroom) && cleaned.bios().isEmpty()) {
            signature = Signatures.find(cleaned.body());
            signature = signature != null && (!newsroom || signature.names().stream().allMatch(Names::isName))
                    ? signature : null;
        }
        if (signature == null && signed.authors().isEmpty() && cleaned.bios().isEmpty()) {
            signature = Signatures.namedTwice(cleaned.body(), text);
        }
        if (signature != null) {
            cleaned = withoutSignature(cleaned, signature);
            signed = new Head(signed.title(), signed.dek(),
                    signature.names().stream().map(name -> new Author(name, null)).toList(),
                    signed.date() == null ? signature.date() : signed.date(), signed.publisher(), signed.sourceUrl());
        }
        return new Stages(head, cleaned, forwardNote, signed);
    }

    /**
     * In a forwarded email, what stands before the "Forwarded message" line is the forwarder's note and signature,
     * not the text: it is set aside (reason {@code forward-note}) and the text's head is read after it.
     */
    private static List<Block> afterForwardMarker(List<Block> blocks, List<Removed> removed, List<Integer> lines) {
        for (int i = 0; i < Math.min(blocks.size(), 25); i++) {
            if (FORWARDED.matcher(blocks.get(i).text().strip()).matches()) {
                for (Block note : blocks.subList(0, i)) {
                    if (note.kind() != Kind.BREAK) {
                        removed.add(new Removed("forward-note", note.text()));
                        lines.add(note.line());
                    }
                }
                return blocks.subList(i, blocks.size());
            }
        }
        return blocks;
    }

    /** Lines that never continue the line before them. */
    private static boolean startsBlock(NoiseRules noise, String line, java.util.function.Predicate<String> dateline) {
        return noise.reason(line) != null || Bylines.parsePrefixed(line) != null || dateline.test(line)
                || organisationBy(line) || SHOUTED_LABEL.matcher(line.strip()).matches()
                || Bylines.isByCredit(line) // "Hosted by …" under a tagline ending "in between"
                || LOWER_BY.matcher(line.strip()).matches();
    }

    /**
     * "by" in Tagalog, in lower case, and a name alone on a line ("ni Jomar Villanueva"): under a headline that ends
     * with no full stop it is the byline, not the headline's last words (the head reader reads it as one beside its
     * date). Not the French "de" (a film's title over "de Jean-Pierre Melville" is one title) nor the Romanian one.
     */
    private static final java.util.regex.Pattern LOWER_BY = java.util.regex.Pattern.compile(
            "ni\\s+\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}");

    /** A section's label shouted alone on a line, as pages print one under or over a headline: "ANALYSIS". */
    private static final java.util.regex.Pattern SHOUTED_LABEL = java.util.regex.Pattern.compile(
            "\\p{Lu}{4,20}(?: \\p{Lu}{2,20})?");

    /**
     * "by" and an organisation or a newsroom alone on a line ("by European Space Agency", "by The Associated
     * Press"), a byline that names no person: it does not go on the title above it, as its lower-case "by" would
     * make it ({@link Bylines#parseOrganisation}).
     */
    private static boolean organisationBy(String line) {
        String text = line.strip();
        return text.regionMatches(true, 0, "by ", 0, 3) && Bylines.parseOrganisation(text, true) != null;
    }

    /** Everything removed, in the order it stood in the seed. */
    private static List<Removed> removed(HeadReader.Result head, BodyCleaner.Result body) {
        List<BodyCleaner.Taken> all = new ArrayList<>(body.removed());
        for (int i = 0; i < head.removed().size(); i++) {
            Removed removed = head.removed().get(i);
            all.add(new BodyCleaner.Taken(removed.reason(), removed.text(), head.removedLines().get(i)));
        }
        all.sort(Comparator.comparingInt(BodyCleaner.Taken::line));
        return all.stream().map(taken -> new Removed(taken.reason(), taken.text())).toList();
    }

    /** The byline's authors with the bios found; bios of people not in the byline add authors. */
    private static Head withBios(Head head, List<AuthorBios.Bio> bios, String text) {
        Map<String, Author> authors = new LinkedHashMap<>();
        head.authors().forEach(author -> authors.put(Names.key(author.name()), author));
        for (AuthorBios.Bio bio : bios) {
            String match = authors.keySet().stream()
                    .filter(key -> Names.same(key, bio.name()) || surname(key, bio.name()))
                    .findFirst().orElse(null);
            if (match != null) {
                Author author = authors.get(match);
                authors.put(match, new Author(author.name(), author.bio() == null ? bio.text() : author.bio()));
            } else if (head.authors().stream().anyMatch(author -> Bylines.isNewsroom(author.name())
                    && author.name().startsWith(bio.name().strip() + " "))) {
                continue; // the note on the station whose newsroom wrote: "Gospel Wave FM is a non-profit …" under
                          // "Posted by Gospel Wave FM News"
            } else {
                authors.put(Names.key(bio.name()), new Author(bestSpelling(bio.name(), text), bio.text()));
            }
        }
        return new Head(head.title(), head.dek(), List.copyOf(authors.values()), head.date(), head.publisher(),
                head.sourceUrl());
    }

    /** A head naming no author names the organisation that issued the page, when the page says it ({@link Issuers}). */
    private static Head withIssuer(Head head, String text, String copyright, List<Block> body) {
        if (!head.authors().isEmpty()) {
            return head;
        }
        String credited = Signatures.credit(text); // "TEXT BY ARIELLE PARDES" under the text
        if (credited != null) {
            return new Head(head.title(), head.dek(), List.of(new Author(credited, null)), head.date(),
                    head.publisher(), head.sourceUrl());
        }
        String issuer = Issuers.find(text, copyright, body);
        return issuer == null ? head : new Head(head.title(), head.dek(), List.of(new Author(issuer, null)),
                head.date(), head.publisher(), head.sourceUrl());
    }

    /**
     * The head with the site's name as its publisher when the paste prints its masthead and copyright ({@link
     * Issuers#site}): the page's own name, over the head's reading (a line of chrome near the byline, "Bḍu",
     * "Necessary cookies only"; a news agency whose story a newspaper's page carries, "(Reuters) -"). Where neither
     * names one, the outlet a photo's credit names beside its photographer ({@link Issuers#credited}), else the site
     * its own promotion names ({@link Issuers#promoted}: "Thanks for reading Ahon!"), else the one a writer's note or
     * a disclaimer names ({@link Issuers#noted}: "… is a contributing editor at Flightline Bahamas."), else the
     * organisation a release's boilerplate describes ({@link Issuers#described}: "About Lakeland Power"). A public
     * body's release that names no writer is also the site's ({@link #releasedBy}).
     */
    private static Head withSite(Head head, String text, String copyright) {
        List<String> writers = head.authors().stream().map(Author::name).toList();
        String site = Issuers.site(text, copyright, writers);
        if (site != null && writers.isEmpty() && releasedBy(site, text)) {
            return new Head(head.title(), head.dek(), List.of(new Author(site, null)), head.date(), site,
                    head.sourceUrl());
        }
        if (site == null && head.publisher() == null) {
            site = Issuers.credited(text, writers);
            site = site == null ? Issuers.promoted(text, writers) : site;
            site = site == null ? Issuers.noted(text, writers) : site;
            site = site == null ? Issuers.crumbed(text) : site;
            site = site == null ? Issuers.described(text, writers) : site;
        }
        return site == null || site.equals(head.publisher()) ? head : new Head(head.title(), head.dek(), head.authors(),
                head.date(), site, head.sourceUrl());
    }

    /**
     * Whether a page that names no writer is the release of its {@code site} (the masthead its copyright line names,
     * {@link Issuers#site}): a public body's page labelled "Media release" on a line of its own, which that body wrote
     * ("City of Marrandale").
     */
    private static boolean releasedBy(String site, String text) {
        return PUBLIC_BODY.matcher(site).find() && RELEASE_LABEL.matcher(text).find();
    }

    /**
     * A public body's name, whose newsroom publishes its own releases ("City of Marrandale", "Northreach Health
     * Region"); a trade journal's ("Cold Chain Review") publishes other firms'.
     */
    private static final java.util.regex.Pattern PUBLIC_BODY = java.util.regex.Pattern.compile("(?i)\\b(?:city|town|"
            + "county|shire|borough|district|municipality|municipal|council|ministry|department|government|authority|"
            + "agency|commission|parliament|assembly|police|health|hospital|university|college|region|province|"
            + "state)\\b");

    /** A release's label alone on its line: "Media release", "Press release", "News release", "Media statement". */
    private static final java.util.regex.Pattern RELEASE_LABEL = java.util.regex.Pattern.compile(
            "(?im)^[ \\t]*(?:media|press|news) (?:release|statement)[ \\t]*$");

    private static boolean surname(String key, String name) {
        String[] parts = name.split("\\s+");
        return key.endsWith(Names.key(parts[parts.length - 1]));
    }

    /** A name found shouted ("MEGHAN L. O’SULLIVAN") is spelled as the text spells it elsewhere, if it does. */
    private static String bestSpelling(String name, String text) {
        String key = Names.key(name);
        java.util.regex.Matcher candidates = java.util.regex.Pattern.compile(Names.NAME).matcher(text);
        while (candidates.find()) {
            String candidate = candidates.group();
            boolean mixed = candidate.chars().anyMatch(Character::isLowerCase);
            if (mixed && Names.key(candidate).endsWith(key)) {
                return Names.normalise(candidate.substring(candidate.length() - matchLength(candidate, key)));
            }
        }
        return name;
    }

    /** Length of the tail of {@code candidate} whose key is {@code key} (drops words such as "By" before it). */
    private static int matchLength(String candidate, String key) {
        String[] words = candidate.split("\\s+");
        for (int start = 0; start < words.length; start++) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
            if (Names.key(tail).equals(key)) {
                return tail.length();
            }
        }
        return candidate.length();
    }

    private static List<Block> trimBreaks(List<Block> blocks) {
        List<Block> trimmed = new ArrayList<>();
        for (Block block : blocks) {
            boolean redundant = block.kind() == Kind.BREAK
                    && (trimmed.isEmpty() || trimmed.get(trimmed.size() - 1).kind() == Kind.BREAK);
            if (!redundant) {
                trimmed.add(block);
            }
        }
        while (!trimmed.isEmpty() && trimmed.get(trimmed.size() - 1).kind() == Kind.BREAK) {
            trimmed.remove(trimmed.size() - 1);
        }
        return trimmed;
    }

    /** A short line with no closing punctuation, standing alone before a paragraph, is a heading. */
    private static List<Block> headings(List<Block> blocks) {
        List<Block> result = new ArrayList<>(blocks);
        for (int i = 0; i < result.size(); i++) {
            Block block = result.get(i);
            boolean beforeText = i + 1 < result.size() && (result.get(i + 1).kind() == Kind.PARAGRAPH
                    || result.get(i + 1).kind() == Kind.LIST);
            if (block.kind() == Kind.PARAGRAPH && beforeText && looksLikeHeading(block.text())) {
                result.set(i, new Block(Kind.HEADING, block.text(), List.of(), 2, block.line(), null, 0));
            }
        }
        return result;
    }

    static boolean looksLikeHeading(String text) {
        if (text.length() > HEADING_MAX_CHARS || text.split("\\s+").length > HEADING_MAX_WORDS) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        String unnumbered = text.replaceFirst("^\\(?\\d{1,2}(\\.\\d{1,2})*[.)]?\\s+", "");
        return ".,;:!?\"'”’)…".indexOf(last) < 0 && !unnumbered.isEmpty()
                && Character.isUpperCase(unnumbered.codePointAt(0));
    }
}
