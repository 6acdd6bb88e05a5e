package io.github.briefwright.bench;

import io.github.briefwright.core.load.FrontMatter;
import io.github.briefwright.core.load.Seed;
import io.github.briefwright.core.load.SeedFormat;
import io.github.briefwright.core.model.Author;
import io.github.briefwright.core.model.Block;
import io.github.briefwright.core.structure.Draft;
import io.github.briefwright.core.structure.Head;
import io.github.briefwright.core.structure.Structurer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a set of pastes by other hands as its test does, paste by paste, for a round's first reading and for work on
 * the rules: {@code bench/pastes.sh FOLDER} prints each paste's misses and the set's figures. A folder with
 * {@code expected.tsv} (and {@code heads.tsv}) is a set by other hands: titles, authors, dates (and publishers, where
 * {@code heads.tsv} has a fourth column, from the thirtieth set on), the text's first words lost, its last words lost,
 * something of the page kept after them (as {@code PastesByOtherHandsTest} counts them); a folder with
 * {@code cases.tsv} is an adversarial set: phrases that must stay, phrases that must go, authors (as
 * {@code AdversarialPastesTest} counts them). {@code bench/pastes.sh --dump ROOT} prints what the structure stage makes
 * of every {@code .txt} paste under {@code ROOT} (title, dek, authors, date, publisher, each kept block), a file of
 * cases split at its {@code =====} lines, for {@code bench/structure-diff.sh} to compare two versions of the code; a
 * set held out for its first reading (its README says so) is left out of the dump, never out of a reading asked for by
 * name.
 */
public final class PasteSets {

    private static final int SHOWN_CHARS = 110;

    private PasteSets() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("--dump")) {
            dump(Path.of(args[1]));
        } else if (args.length == 1 && Files.exists(Path.of(args[0], "cases.tsv"))) {
            CaseReading r = readCases(Path.of(args[0]));
            System.out.print(r.misses());
            System.out.printf(Locale.ROOT, "%s: %d cases, %d of %d checks right%n", Path.of(args[0]).getFileName(),
                    r.cases(), r.right(), r.checks());
        } else if (args.length == 1 && Files.exists(Path.of(args[0], "expected.tsv"))) {
            SetReading r = readSet(Path.of(args[0]));
            System.out.print(r.misses());
            System.out.printf(Locale.ROOT, "%s: %d pastes (%d with head labels); titles %d, authors %d, dates %d; first "
                    + "words lost %d, last words lost %d, something kept after the text %d%s%n",
                    Path.of(args[0]).getFileName(), r.pastes(), r.labelled(), r.titles(), r.authors(), r.dates(),
                    r.firstLost().size(), r.lastLost().size(), r.tails().size(), r.publishersLabelled() == 0 ? ""
                            : String.format(Locale.ROOT, "; publishers %d of %d", r.publishers(),
                                    r.publishersLabelled()));
        } else {
            throw new IllegalArgumentException("usage: bench/pastes.sh FOLDER (with expected.tsv or cases.tsv), or "
                    + "bench/pastes.sh --dump ROOT");
        }
    }

    private static Draft draft(String text) {
        return new Structurer().structure(new Seed("a.txt", Path.of("a.txt"), SeedFormat.TXT, text, 1, FrontMatter.NONE,
                List.of()));
    }

    private static List<String> authors(Head head) {
        return head.authors().stream().map(Author::name).sorted().toList();
    }

    private static List<String> labelledAuthors(String field) {
        return field.strip().equals("-") ? List.of()
                : Arrays.stream(field.split(";")).map(String::strip).sorted().toList();
    }

    /**
     * A block's text as a reader sees it: a list's items one a line, each item of a numbered list after its number
     * ("3. "), counted on from the list's start.
     */
    private static String text(Block block) {
        if (block.kind() != Block.Kind.LIST) {
            return block.text();
        }
        List<String> items = new ArrayList<>(block.items());
        for (int k = 0; block.numbered() && k < items.size(); k++) {
            items.set(k, (block.start() + k) + ". " + items.get(k));
        }
        return String.join("\n", items);
    }

    private static String shown(String text) {
        String line = text.replace("\n", " / ");
        return line.length() > SHOWN_CHARS ? line.substring(0, SHOWN_CHARS) + "…" : line;
    }

    /**
     * A set by other hands as read: how many pastes, how many with head labels, titles, authors and dates read right,
     * the pastes whose text's first words or last words are lost, those with something of the page kept after the
     * text, and each paste's misses as text.
     */
    public record SetReading(int pastes, int labelled, int titles, int authors, int dates, int publishersLabelled,
            int publishers, List<String> firstLost, List<String> lastLost, List<String> tails, String misses) {
    }

    /** Reads a set by other hands ({@code expected.tsv}, {@code heads.tsv}, {@code pastes/}). */
    public static SetReading readSet(Path folder) throws IOException {
        Map<String, String[]> heads = new HashMap<>();
        Path headsFile = folder.resolve("heads.tsv");
        if (Files.exists(headsFile)) {
            for (String line : Files.readString(headsFile).split("\n")) {
                String[] f = line.split("\t");
                if (f.length >= 3) {
                    heads.put(f[0], f);
                }
            }
        }
        int n = 0;
        int labelled = 0;
        int titles = 0;
        int authors = 0;
        int dates = 0;
        int publishersLabelled = 0;
        int publishers = 0;
        List<String> firstLost = new ArrayList<>();
        List<String> lastLost = new ArrayList<>();
        List<String> tails = new ArrayList<>();
        StringBuilder misses = new StringBuilder();
        for (String line : Files.readString(folder.resolve("expected.tsv")).split("\n")) {
            String[] f = line.split("\t");
            if (f.length < 3) {
                continue;
            }
            n++;
            // the first set has the text's first words in its third column; the later ones say "whole" or "article"
            boolean kind = f[2].equals("whole") || f[2].equals("article");
            String first = (kind ? f[3] : f[2]).strip();
            String last = kind && f.length > 4 ? f[4].strip() : null;
            Draft draft = draft(Files.readString(folder.resolve("pastes").resolve(f[0])));
            Head head = draft.head();
            StringBuilder out = new StringBuilder();
            if (f[1].strip().equals(head.title())) {
                titles++;
            } else {
                out.append("  title: want [").append(f[1].strip()).append("] read [").append(head.title()).append("]\n");
            }
            String[] labels = heads.get(f[0]);
            if (labels != null) {
                labelled++;
                List<String> want = labelledAuthors(labels[1]);
                if (want.equals(authors(head))) {
                    authors++;
                } else {
                    out.append("  authors: want ").append(want).append(" read ").append(authors(head)).append('\n');
                }
                String date = labels[2].replace("?", "").strip();
                if (date.equals("-") ? head.date() == null : date.equals(head.date())) {
                    dates++;
                } else {
                    out.append("  date: want ").append(date).append(" read ").append(head.date()).append('\n');
                }
                if (labels.length > 3) {
                    publishersLabelled++;
                    String publisher = labels[3].strip();
                    if (publisher.equals("-") ? head.publisher() == null : publisher.equals(head.publisher())) {
                        publishers++;
                    } else {
                        out.append("  publisher: want ").append(publisher).append(" read ").append(head.publisher())
                                .append('\n');
                    }
                }
            }
            String dek = head.dek();
            if (draft.blocks().stream().noneMatch(b -> text(b).contains(first))
                    && (dek == null || !dek.contains(first))) {
                firstLost.add(f[0]);
                out.append("  first words lost: [").append(first).append("]\n");
            }
            if (last != null) {
                List<Block> body = draft.blocks().stream().filter(b -> b.kind() != Block.Kind.BREAK).toList();
                int at = -1;
                for (int i = 0; i < body.size(); i++) {
                    at = text(body.get(i)).contains(last) ? i : at;
                }
                if (at < 0) {
                    lastLost.add(f[0]);
                    out.append("  last words lost: [").append(last).append("]\n");
                } else if (at < body.size() - 1) {
                    tails.add(f[0]);
                    out.append("  kept after the text, ").append(body.size() - 1 - at).append(" blocks:\n");
                    body.subList(at + 1, Math.min(body.size(), at + 6)).forEach(b ->
                            out.append("    ").append(b.kind()).append(": ").append(shown(text(b))).append('\n'));
                }
            }
            if (!out.isEmpty()) {
                misses.append(f[0]).append(" (").append(kind ? f[2] : "-").append(")\n").append(out);
            }
        }
        return new SetReading(n, labelled, titles, authors, dates, publishersLabelled, publishers, firstLost, lastLost,
                tails, misses.toString());
    }

    /**
     * An adversarial set as read: how many cases and checks, how many checks right, the pastes whose text phrase is
     * lost, each wrong check in a line, and each paste's misses as text.
     */
    public record CaseReading(int cases, int checks, int right, List<String> textLost, List<String> wrong,
            String misses) {
    }

    /** Reads an adversarial set ({@code cases.tsv}, {@code pastes/}). */
    public static CaseReading readCases(Path folder) throws IOException {
        int cases = 0;
        int right = 0;
        int checks = 0;
        List<String> textLost = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        StringBuilder misses = new StringBuilder();
        for (String line : Files.readString(folder.resolve("cases.tsv")).split("\n")) {
            String[] f = line.split("\t");
            if (f.length < 6) {
                continue;
            }
            cases++;
            Draft draft = draft(Files.readString(folder.resolve("pastes").resolve(f[0])));
            String kept = draft.blocks().stream().filter(b -> b.kind() != Block.Kind.BREAK).map(PasteSets::text)
                    .collect(Collectors.joining("\n")).toLowerCase(Locale.ROOT);
            StringBuilder out = new StringBuilder();
            if (!f[3].equals("-")) {
                checks++;
                boolean stays = kept.contains(f[3].toLowerCase(Locale.ROOT));
                right += stays ? 1 : 0;
                if (!stays) {
                    textLost.add(f[0]);
                    out.append("  text lost: [").append(f[3]).append("]\n");
                }
            }
            if (!f[4].equals("-")) {
                checks++;
                boolean goes = !kept.contains(f[4].toLowerCase(Locale.ROOT));
                right += goes ? 1 : 0;
                if (!goes) {
                    wrong.add(f[0] + " keeps " + f[4]);
                    out.append("  page kept: [").append(f[4]).append("]\n");
                }
            }
            checks++;
            List<String> want = labelledAuthors(f[5]);
            List<String> read = authors(draft.head());
            right += want.equals(read) ? 1 : 0;
            if (!want.equals(read)) {
                wrong.add(f[0] + " reads " + read);
                out.append("  authors: want ").append(want).append(" read ").append(read).append('\n');
            }
            if (!out.isEmpty()) {
                misses.append(f[0]).append(" (").append(f[1]).append(": ").append(f[2]).append("), title ")
                        .append(draft.head().title()).append('\n').append(out);
            }
        }
        return new CaseReading(cases, checks, right, textLost, wrong, misses.toString());
    }

    /** What the README of a set held out for a round's first reading says, until that reading. */
    static final String HELD_OUT = "Nobody has run the structure stage on them";

    /**
     * Whether a paste belongs to a set held out for its first reading (its folder's README says {@value #HELD_OUT}):
     * a diff of the code's versions must not read it before that.
     */
    private static boolean heldOut(Path file) throws IOException {
        Path pastes = file.getParent();
        Path readme = pastes == null || pastes.getParent() == null ? null : pastes.getParent().resolve("README.md");
        return readme != null && pastes.getFileName().toString().equals("pastes") && Files.exists(readme)
                && Files.readString(readme).contains(HELD_OUT);
    }

    private static void dump(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            if (heldOut(file)) {
                continue;
            }
            String all = Files.readString(file);
            // a file of cases: pastes apart at "=====" lines, each with its labels under "-----"
            String[] cases = all.contains("\n=====\n") ? all.split("\n=====\n") : new String[] {all};
            for (int c = 0; c < cases.length; c++) {
                String text = cases[c].split("\n-----\n")[0];
                if (cases.length > 1 && c == 0) {
                    text = text.replaceAll("(?m)^#.*\n", ""); // the file's own header
                }
                String name = root.relativize(file) + (cases.length > 1 ? "#" + c : "");
                Draft draft;
                try {
                    draft = draft(text);
                } catch (RuntimeException e) {
                    System.out.println("### " + name + " FAILED " + e);
                    continue;
                }
                Head head = draft.head();
                System.out.println("### " + name);
                System.out.println("T " + head.title());
                System.out.println("K " + head.dek());
                System.out.println("A " + head.authors().stream()
                        .map(a -> a.name() + (a.bio() == null ? "" : " {bio}")).toList());
                System.out.println("D " + head.date() + " P " + head.publisher());
                for (Block block : draft.blocks()) {
                    String line = text(block);
                    System.out.println("  " + block.kind().toString().charAt(0) + " "
                            + (line.length() > 100 ? line.substring(0, 100) : line).replace("\n", " / "));
                }
            }
        }
    }
}
