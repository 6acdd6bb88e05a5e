package io.github.briefwright.hardening;

import io.github.briefwright.core.BuildConfig;
import io.github.briefwright.core.BuildException;
import io.github.briefwright.core.BuildResult;
import io.github.briefwright.core.Limits;
import io.github.briefwright.core.SiteBuilder;
import io.github.briefwright.testing.RecordedWarnings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * One user's project for one case of the bad-input matrix: a seed folder, a template folder, an output folder, a
 * secret file beside them that no build may publish, and the build's configuration. Builds run through the core's
 * API, as the goals call it; warnings are kept for the case to check.
 */
final class Project {

    /** Text in a file outside the seed folder: no output file may ever contain it. */
    static final String SECRET = "SECRET-7f3a9c-not-for-publication";

    final Path root;
    final Path seeds;
    final Path templates;
    final Path out;
    final Path secret;
    private final RecordedWarnings recorded = new RecordedWarnings();
    final List<String> warnings = recorded.list();
    /** Whether the seeds carry script payloads, so that the pages go to the browser check. */
    boolean injected;
    private UnaryOperator<BuildConfig.Builder> configure = UnaryOperator.identity();
    private Limits limits = Limits.DEFAULT;

    Project(Path root) throws IOException {
        this.root = Files.createDirectories(root);
        this.seeds = Files.createDirectories(root.resolve("seeds"));
        this.templates = root.resolve("templates");
        this.out = root.resolve("site");
        this.secret = root.resolve("outside/secret.txt");
        Files.createDirectories(secret.getParent());
        Files.writeString(secret, "The secret line " + SECRET + " must never be published.\n");
    }

    Project seed(String name, String text) throws IOException {
        return bytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    Project bytes(String name, byte[] content) throws IOException {
        Path file = seeds.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return this;
    }

    Project injected() {
        injected = true;
        return this;
    }

    Project template(String name, String text) throws IOException {
        Path file = templates.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return this;
    }

    Project configure(UnaryOperator<BuildConfig.Builder> change) {
        UnaryOperator<BuildConfig.Builder> before = configure;
        configure = builder -> change.apply(before.apply(builder));
        return this;
    }

    Project limits(Limits value) {
        limits = value;
        return this;
    }

    BuildConfig config() {
        return configure.apply(BuildConfig.builder().seedDirectory(seeds).outputDirectory(out)
                .templateDirectory(templates).projectDirectory(root).limits(limits)).build();
    }

    BuildResult build() throws BuildException {
        return new SiteBuilder(config(), recorded).build();
    }

    /** Every file below the project folder (outside the output folder) with a hash of its content. */
    Map<String, String> filesOutsideOutput() {
        Map<String, String> files = snapshot(root);
        files.keySet().removeIf(path -> path.equals("site") || path.startsWith("site/"));
        return files;
    }

    /** Every file and folder below {@code folder}, with a hash of each file's bytes ("dir" for a folder). */
    static Map<String, String> snapshot(Path folder) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                String name = folder.relativize(path).toString().replace('\\', '/');
                if (name.isEmpty()) {
                    continue;
                }
                if (Files.isSymbolicLink(path)) {
                    files.put(name, "link:" + Files.readSymbolicLink(path));
                } else if (Files.isDirectory(path)) {
                    files.put(name, "dir");
                } else if (Files.isRegularFile(path)) {
                    files.put(name, sha256(path));
                } else {
                    files.put(name, "special");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The file's SHA-256, or for a file over 64 MiB (a case's sparse seed) its size and time. */
    private static String sha256(Path file) throws IOException {
        if (Files.size(file) > 64L << 20) {
            return "size " + Files.size(file) + ", modified " + Files.getLastModifiedTime(file);
        }
        try (var in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
