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
    /** Where a theme jar keeps its templates and {@code assets/}. */
    public static final String THEME_ARTIFACT_FOLDER = "META-INF/briefwright/theme";
    private static final String ASSETS = "assets/";

    private final Configuration freemarker;
    private final Map<String, Asset> assets;
    private final Path userFolder;

    private Theme(Configuration freemarker, Map<String, Asset> assets, Path userFolder) {
        this.freemarker = freemarker;
        this.assets = assets;
        this.userFolder = userFolder;
    }

    /**
     * A template as the user knows it: its file in the template folder (relative to the working directory when it
     * is below it), or its name with "(theme)" when it comes from a theme jar or the default theme.
     */
    public String describe(String name) {
        if (name == null) {
            return "(template)";
        }
        if (userFolder != null && Files.isRegularFile(userFolder.resolve(name))) {
            Path file = userFolder.resolve(name).toAbsolutePath().normalize();
            Path here = Path.of("").toAbsolutePath();
            return (file.startsWith(here) ? here.relativize(file) : file).toString().replace('\\', '/');
        }
        return name + " (theme)";
    }

    /**
     * The theme in layers, each file taken from the first layer that has it: the user's folder (when given and
     * existing), then theme jars on the class path (files under {@value #THEME_ARTIFACT_FOLDER}, as Maven site
     * skins are plugin dependencies), then the default theme.
     */
    public static Theme load(Path userFolder) throws BuildException {
        boolean user = userFolder != null && Files.isDirectory(userFolder);
        try {
            java.util.List<TemplateLoader> loaders = new java.util.ArrayList<>();
            if (user) {
                loaders.add(new FileTemplateLoader(userFolder.toFile()));
            }
            Map<String, Asset> themeAssets = themeArtifactAssets();
            if (themeAssets != null) {
                loaders.add(new ClassTemplateLoader(Theme.class.getClassLoader(), THEME_ARTIFACT_FOLDER));
            }
            loaders.add(new ClassTemplateLoader(Theme.class.getClassLoader(), DEFAULT_THEME));
            TemplateLoader loader = loaders.size() == 1 ? loaders.get(0)
                    : new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0]));
            Map<String, Asset> assets = new TreeMap<>(defaultAssets());
            if (themeAssets != null) {
                assets.putAll(themeAssets);
            }
            if (user) {
                assets.putAll(userAssets(userFolder));
            }
            return new Theme(configuration(loader), Map.copyOf(assets), user ? userFolder : null);
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

    /**
     * The assets of the theme jars on the class path, or {@code null} when there is none. Jars come in class path
     * order; the first to have a file wins.
     */
    private static Map<String, Asset> themeArtifactAssets() throws IOException {
        ClassLoader loader = Theme.class.getClassLoader();
        Enumeration<java.net.URL> roots = loader.getResources(THEME_ARTIFACT_FOLDER);
        if (!roots.hasMoreElements()) {
            return null;
        }
        Map<String, Asset> assets = new TreeMap<>();
        String prefix = THEME_ARTIFACT_FOLDER + "/" + ASSETS;
        while (roots.hasMoreElements()) {
            java.net.URL root = roots.nextElement();
            if ("jar".equals(root.getProtocol())) {
                String file = root.getPath().substring("file:".length(), root.getPath().indexOf("!/"));
                try (JarFile jar = new JarFile(java.net.URLDecoder.decode(file, java.nio.charset.StandardCharsets.UTF_8))) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        JarEntry entry = entries.nextElement();
                        if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                            String resource = entry.getName();
                            assets.putIfAbsent(ASSETS + resource.substring(prefix.length()),
                                    () -> loader.getResourceAsStream(resource));
                        }
                    }
                }
            } else if ("file".equals(root.getProtocol())) {
                try {
                    Path folder = Path.of(root.toURI()).resolve(ASSETS);
                    if (Files.isDirectory(folder)) {
                        try (Stream<Path> files = Files.walk(folder)) {
                            files.filter(Files::isRegularFile).forEach(f -> assets.putIfAbsent(ASSETS
                                    + folder.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/"),
                                    () -> Files.newInputStream(f)));
                        }
                    }
                } catch (URISyntaxException e) {
                    throw new IOException("cannot read the theme at " + root, e);
                }
            }
        }
        return assets;
    }

    /** The default theme's assets, by their path in the site. */
    private static Map<String, Asset> defaultAssets() throws IOException {
        Map<String, Asset> assets = new TreeMap<>();
        defaultFiles().forEach((name, asset) -> {
            if (name.startsWith(ASSETS)) {
                assets.put(name, asset);
            }
        });
        return assets;
    }

    /**
     * Every file of the default theme, templates and assets, by its path in the theme ({@code briefing.ftlh},
     * {@code assets/style.css}), read from this jar (or from the classes folder when run from an IDE).
     */
    public static Map<String, Asset> defaultFiles() throws IOException {
        Map<String, Asset> assets = new TreeMap<>();
        String prefix = DEFAULT_THEME + "/";
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
                            folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"),
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
                    assets.put(resource.substring(prefix.length()), () -> {
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
