package io.github.briefwright.core.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import io.github.briefwright.core.BuildException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The templates and static assets a site is rendered with: the user's template folder over the default theme
 * that ships in this jar. A file in the user's folder replaces the default of the same name.
 */
public final class Theme {

    static final String DEFAULT_THEME = "io/github/briefwright/theme/default";
    private static final String ASSETS = "assets/";

    private final Configuration freemarker;
    private final Map<String, Asset> assets;

    private Theme(Configuration freemarker, Map<String, Asset> assets) {
        this.freemarker = freemarker;
        this.assets = assets;
    }

    /** The default theme, overridden by {@code userFolder} when it is given and exists. */
    public static Theme load(Path userFolder) throws BuildException {
        boolean user = userFolder != null && Files.isDirectory(userFolder);
        try {
            TemplateLoader defaults = new ClassTemplateLoader(Theme.class.getClassLoader(), DEFAULT_THEME);
            TemplateLoader loader = user
                    ? new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(userFolder.toFile()), defaults})
                    : defaults;
            Map<String, Asset> assets = new TreeMap<>(defaultAssets());
            if (user) {
                assets.putAll(userAssets(userFolder));
            }
            return new Theme(configuration(loader), Map.copyOf(assets));
        } catch (IOException e) {
            throw new BuildException("cannot read the templates in " + userFolder + ": " + e.getMessage());
        }
    }

    Configuration freemarker() {
        return freemarker;
    }

    /** Static files to copy into the site, by their path in the site. */
    public Map<String, Asset> assets() {
        return assets;
    }

    private static Configuration configuration(TemplateLoader loader) {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(loader);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setLocale(Locale.ROOT);
        configuration.setNumberFormat("computer");
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setAPIBuiltinEnabled(false);
        return configuration;
    }

    /** A static file of the theme. */
    public interface Asset {
        InputStream open() throws IOException;
    }

    private static Map<String, Asset> userAssets(Path folder) throws IOException {
        Map<String, Asset> assets = new TreeMap<>();
        Path assetFolder = folder.resolve(ASSETS);
        if (!Files.isDirectory(assetFolder)) {
            return assets;
        }
        try (Stream<Path> files = Files.walk(assetFolder)) {
            files.filter(Files::isRegularFile).forEach(file -> assets.put(
                    ASSETS + assetFolder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"),
                    () -> Files.newInputStream(file)));
        }
        return assets;
    }

    /** The default theme's assets, read from this jar (or from the classes folder when run from an IDE). */
    private static Map<String, Asset> defaultAssets() throws IOException {
        Map<String, Asset> assets = new TreeMap<>();
        String prefix = DEFAULT_THEME + "/" + ASSETS;
        ClassLoader loader = Theme.class.getClassLoader();
        Path location;
        try {
            location = Path.of(Theme.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the default theme", e);
        }
        if (Files.isDirectory(location)) {
            Path folder = location.resolve(prefix);
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.filter(Files::isRegularFile).forEach(file -> assets.put(
                            ASSETS + folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"),
                            () -> Files.newInputStream(file)));
                }
            }
            return assets;
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                    String resource = entry.getName();
                    assets.put(ASSETS + resource.substring(prefix.length()), () -> {
                        InputStream in = loader.getResourceAsStream(resource);
                        if (in == null) {
                            throw new UncheckedIOException(new IOException("missing theme file " + resource));
                        }
                        return in;
                    });
                }
            }
        }
        return assets;
    }
}
