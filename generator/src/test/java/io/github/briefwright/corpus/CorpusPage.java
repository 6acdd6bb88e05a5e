package io.github.briefwright.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One page of the extraction corpus ({@code <project root>/../shared/extraction-corpus}, outside the repo), made
 * into its two pastes ({@link PasteSimulator}) and its {@link PageLabels}. Each gzipped page is parsed once;
 * only the pastes and labels are kept.
 *
 * @param source      {@code scrapinghub} or {@code postlight}
 * @param file        the page's path in its source folder, as {@code split.json} names it
 * @param half        {@code dev} or {@code test}, from {@code split.json}
 * @param url         the page's address, when known
 * @param wholePage   the Ctrl-A paste
 * @param articleArea the paste from the headline to the end of the article's container
 */
public record CorpusPage(String source, String file, String half, String url, String wholePage, String articleArea,
        PageLabels labels) {

    /** The system property that points at the corpus folder instead of the default place. */
    public static final String PROPERTY = "briefwright.extractionCorpus";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static volatile List<CorpusPage> cached;
    private static volatile Path cachedFrom;

    /** A short name for reports: the postlight fixture, or the scrapinghub page's host and hash prefix. */
    public String name() {
        if (source.equals("postlight")) {
            return file.substring(file.lastIndexOf('/') + 1).replace(".html.gz", "");
        }
        String hash = file.substring(file.lastIndexOf('/') + 1, file.lastIndexOf('/') + 9);
        return host(url) + "#" + hash;
    }

    /**
     * The corpus folder: the {@value #PROPERTY} system property, else {@code ../shared/extraction-corpus} from the
     * project's root (the working directory, or its parent when run inside {@code generator/}); empty when absent.
     */
    public static Optional<Path> folder() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            Path path = Path.of(property);
            return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
        }
        Path here = Path.of("").toAbsolutePath();
        Path root = Files.isDirectory(here.resolve("generator")) ? here : here.getParent();
        if (root == null || root.getParent() == null) {
            return Optional.empty();
        }
        Path folder = root.resolve("../shared/extraction-corpus").normalize();
        return Files.isRegularFile(folder.resolve("split.json")) ? Optional.of(folder) : Optional.empty();
    }

    /** Every page of the corpus, sorted by source and file; loaded once per JVM. */
    public static List<CorpusPage> load(Path folder) {
        if (cached == null || !folder.equals(cachedFrom)) {
            synchronized (CorpusPage.class) {
                if (cached == null || !folder.equals(cachedFrom)) {
                    cached = read(folder);
                    cachedFrom = folder;
                }
            }
        }
        return cached;
    }

    private static List<CorpusPage> read(Path folder) {
        try {
            JsonNode split = JSON.readTree(folder.resolve("split.json").toFile());
            List<Runnable> jobs = new ArrayList<>();
            List<CorpusPage> pages = java.util.Collections.synchronizedList(new ArrayList<>());

            Path scrapinghub = folder.resolve("scrapinghub");
            JsonNode truth = JSON.readTree(scrapinghub.resolve("ground-truth.json").toFile());
            truth.fields().forEachRemaining(entry -> {
                String file = "html/" + entry.getKey() + ".html.gz";
                String half = split.path("scrapinghub").path(file).asText(null);
                String url = entry.getValue().path("url").asText(null);
                String body = entry.getValue().path("articleBody").asText("");
                jobs.add(() -> {
                    Document page = parse(scrapinghub.resolve(file), url);
                    pages.add(page("scrapinghub", file, half == null ? rule(host(url)) : half, url, page,
                            PageLabels.scrapinghub(body, page)));
                });
            });

            Path postlight = folder.resolve("postlight");
            Map<String, JsonNode> labelled = new HashMap<>();
            for (JsonNode label : JSON.readTree(postlight.resolve("labels.json").toFile())) {
                labelled.put(label.path("fixture").asText(), label);
            }
            Map<String, String> halfOfHost = new HashMap<>();
            split.path("postlight").fields()
                    .forEachRemaining(e -> halfOfHost.put(fixtureHost(e.getKey()), e.getValue().asText()));
            List<String> fixtures;
            try (Stream<Path> files = Files.walk(postlight.resolve("fixtures"))) {
                fixtures = files.filter(f -> f.toString().endsWith(".html.gz"))
                        .map(f -> postlight.relativize(f).toString().replace('\\', '/')).sorted().toList();
            }
            for (String file : fixtures) {
                JsonNode label = labelled.get(file);
                String host = fixtureHost(file);
                String half = split.path("postlight").path(file).asText(null);
                if (half == null) {
                    // an unlabelled second fixture of a publisher: the publisher's half, else the split's rule
                    half = halfOfHost.getOrDefault(host, rule(host));
                }
                String url = label == null || label.path("url").isNull() ? null : label.path("url").asText(null);
                String chosenHalf = half;
                jobs.add(() -> {
                    Document page = parse(postlight.resolve(file), url);
                    PageLabels labels = label == null
                            ? PageLabels.postlight(PageLabels.NO_EXPECTATION, PageLabels.NO_EXPECTATION,
                                    PageLabels.NO_EXPECTATION, page)
                            : PageLabels.postlight(field(label, "title"), field(label, "author"),
                                    dateField(label), page);
                    pages.add(page("postlight", file, chosenHalf, url, page, labels));
                });
            }
            jobs.parallelStream().forEach(Runnable::run);
            List<CorpusPage> sorted = new ArrayList<>(pages);
            sorted.sort(Comparator.comparing(CorpusPage::source).thenComparing(CorpusPage::file));
            return List.copyOf(sorted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CorpusPage page(String source, String file, String half, String url, Document page,
            PageLabels labels) {
        return new CorpusPage(source, file, half, url, PasteSimulator.wholePage(page),
                PasteSimulator.articleArea(page), labels);
    }

    private static Document parse(Path file, String url) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return Jsoup.parse(in, null, url == null ? "" : url);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    private static String field(JsonNode label, String name) {
        JsonNode value = label.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String dateField(JsonNode label) {
        String date = field(label, "date_published");
        return date == null || date.equals(PageLabels.NO_EXPECTATION) ? date : Lenient.day(date);
    }

    /** {@code fixtures/www.wired.com--other.html.gz} → {@code wired.com}. */
    static String fixtureHost(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1).replace(".html.gz", "");
        int dashes = name.indexOf("--");
        return stripWww(dashes < 0 ? name : name.substring(0, dashes));
    }

    static String host(String url) {
        if (url == null) {
            return "";
        }
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            return host == null ? "" : stripWww(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String stripWww(String host) {
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /** The split's rule: {@code test} when {@code int(sha1(host)[:8], 16) % 3 == 0}, else {@code dev}. */
    static String rule(String host) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-1").digest(host.getBytes(StandardCharsets.UTF_8));
            long first = ((sha[0] & 0xFFL) << 24) | ((sha[1] & 0xFFL) << 16) | ((sha[2] & 0xFFL) << 8) | (sha[3] & 0xFFL);
            return first % 3 == 0 ? "test" : "dev";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
