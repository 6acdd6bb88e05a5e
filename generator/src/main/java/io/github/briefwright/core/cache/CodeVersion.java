package io.github.briefwright.core.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A fingerprint of the code that does the per-seed work, so that a cache entry made by other code is never used.
 * A version number is not enough: a {@code -SNAPSHOT} or a build from a working copy carries the same number
 * through many changes. So the fingerprint is over the content of every jar (or classes folder) the given classes
 * come from, whatever the version says, plus the Java runtime's version and vendor, and the default locale and
 * charset. Computed once per location and JVM (a few milliseconds for a plugin and its libraries). A class whose
 * location cannot be read gives a fingerprint unique to this JVM: the cache then only helps within one process.
 */
public final class CodeVersion {

    private static final Map<String, String> LOCATIONS = new ConcurrentHashMap<>();
    private static final String UNKNOWN = "unknown-" + UUID.randomUUID();

    private CodeVersion() {
    }

    /**
     * The fingerprint of {@code version} (a name such as {@code Briefwright 1.2.0}) and the code of the classes'
     * jars or folders.
     */
    public static String of(String version, List<Class<?>> classes) {
        Fingerprint fingerprint = new Fingerprint().add("briefwright-code").add(version)
                .add(Runtime.version().toString()).add(System.getProperty("java.vendor"))
                .add(Locale.getDefault().toLanguageTag()).add(Charset.defaultCharset().name());
        List<String> seen = new ArrayList<>();
        for (Class<?> type : classes) {
            String location = location(type);
            if (!seen.contains(location)) {
                seen.add(location);
                fingerprint.add(location).add(LOCATIONS.computeIfAbsent(location, CodeVersion::contentOf));
            }
        }
        return fingerprint.hex();
    }

    private static String location(Class<?> type) {
        CodeSource source = type.getProtectionDomain() == null ? null : type.getProtectionDomain().getCodeSource();
        URL url = source == null ? null : source.getLocation();
        if (url == null || !"file".equals(url.getProtocol())) {
            return UNKNOWN + " " + type.getName();
        }
        try {
            return Path.of(url.toURI()).toAbsolutePath().normalize().toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return UNKNOWN + " " + url;
        }
    }

    /** A hash of the file's bytes, or of every file under the folder (names and bytes, in name order). */
    static String contentOf(String location) {
        if (location.startsWith(UNKNOWN)) {
            return UNKNOWN;
        }
        Path path = Path.of(location);
        Fingerprint fingerprint = new Fingerprint();
        byte[] buffer = new byte[64 * 1024];
        try {
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(path)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path file : files) {
                    fingerprint.add(path.relativize(file).toString().replace('\\', '/'));
                    hash(file, fingerprint, buffer);
                }
            } else {
                hash(path, fingerprint, buffer);
            }
            return fingerprint.hex();
        } catch (IOException | UncheckedIOException e) {
            return UNKNOWN;
        }
    }

    private static void hash(Path file, Fingerprint fingerprint, byte[] buffer) throws IOException {
        long total = 0;
        fingerprint.add("file");
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                fingerprint.raw(buffer, 0, read);
                total += read;
            }
        }
        fingerprint.add(total);
    }
}
