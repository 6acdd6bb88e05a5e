package io.github.briefwright.core.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import io.github.briefwright.core.BuildException;
import io.github.briefwright.core.Problem;
import io.github.briefwright.core.load.FolderFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The templates and static assets a site is rendered with: the user's template folder over the default theme
 * that ships in this jar. A file in the user's folder replaces the default of the same name.
 *
 * <p>Only files inside the user's folder are used ({@link FolderFiles}): a symbolic link to a file outside it, or a
 * special file, is skipped with a {@linkplain #warnings() warning}, and the theme's own file of that name is used.
 */
public final class Theme {

    static final String DEFAULT_THEME = "io/github/briefwright/theme/default";
    /** Where a theme jar keeps its templates and {@code assets/}. */
    public static final String THEME_ARTIFACT_FOLDER = "META-INF/briefwright/theme";
    private static final String ASSETS = "assets/";

    private final Configuration freemarker;
    private final Map<String, Asset> assets;
    private final Path userFolder;
    private final Set<String> userFiles;
    private final List<Problem> warnings;

    private final String fingerprint;

    private Theme(Configuration freemarker, Map<String, Asset> assets, Path userFolder, Set<String> userFiles,
            List<Problem> warnings, String fingerprint) {
        this.fingerprint = fingerprint;
        this.freemarker = freemarker;
        this.assets = assets;
        this.userFolder = userFolder;
        this.userFiles = userFiles;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * A digest of every file of every layer (names and bytes): templates may include or import any other, so a
     * page's bytes follow from all of them.
     */
    public String fingerprint() {
        return fingerprint;
    }

    private static String fingerprint(Map<String, Asset> defaults, Map<String, Asset> jars, Map<String, Asset> user)
            throws IOException {
        io.github.briefwright.core.cache.Fingerprint digest = new io.github.briefwright.core.cache.Fingerprint()
                .add("briefwright-theme");
        for (Map<String, Asset> layer : java.util.Arrays.asList(user, jars, defaults)) {
            digest.add(layer == null ? -1 : layer.size());
            if (layer != null) {
                for (Map.Entry<String, Asset> file : new TreeMap<>(layer).entrySet()) {
                    try (InputStream in = file.getValue().open()) {
                        digest.add(file.getKey()).add(in == null ? new byte[0] : in.readAllBytes());
                    }
                }
            }
        }
        return digest.hex();
    }

    /** Files of the user's template folder that were skipped, each with the reason. */
    public List<Problem> warnings() {
        return warnings;
    }

    /**
     * A template as the user knows it: its file in the template folder (relative to the working directory when it
     * is below it), or its name with "(theme)" when it comes from a theme jar or the default theme.
     */
    public String describe(String name) {
        if (name == null) {
            return "(template)";
        }
        if (userFolder != null && userFiles.contains(name)) {
            return shown(userFolder.resolve(name));
        }
        return name + " (theme)";
    }

    /** A file of the user's folder as messages show it: relative to the working directory when below it. */
    private static String shown(Path path) {
        Path file = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return (file.startsWith(here) ? here.relativize(file) : file).toString().replace('\\', '/');
    }

    /**
     * The theme in layers, each file taken from the first layer that has it: the user's folder (when given and
     * existing), then theme jars on the class path (files under {@value #THEME_ARTIFACT_FOLDER}, as Maven site
     * skins are plugin dependencies), then the default theme.
     */
    public static Theme load(Path userFolder) throws BuildException {
        boolean user = userFolder != null && Files.isDirectory(userFolder);
        try {
            List<Problem> warnings = new java.util.ArrayList<>();
            Map<String, Path> userFiles = user ? userFiles(userFolder, warnings) : Map.of();
            java.util.List<TemplateLoader> loaders = new java.util.ArrayList<>();
            if (user) {
                loaders.add(new OnlyListed(new FileTemplateLoader(userFolder.toFile()), userFiles.keySet()));
            }
            Map<String, Asset> themeFiles = themeArtifactFiles();
            Map<String, Asset> themeAssets = themeFiles == null ? null : assetsOf(themeFiles);
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
                assets.putAll(userAssets(new FolderFiles(userFolder, "template folder", "use"), userFiles));
            }
            String fingerprint = fingerprint(defaultFiles(), themeFiles,
                    user ? userAssetsAll(new FolderFiles(userFolder, "template folder", "use"), userFiles) : Map.of());
            return new Theme(configuration(loader), Map.copyOf(assets), user ? userFolder : null,
                    Set.copyOf(userFiles.keySet()), warnings, fingerprint);
        } catch (IOException | UncheckedIOException e) {
            throw new BuildException("cannot read the templates in " + userFolder + ": " + e.getMessage());
        }
    }

    /**
     * The files of the user's folder that may be used, by their path in the theme ({@code briefing.ftlh},
     * {@code assets/style.css}); links out of the folder and special files are left out with a warning.
     */
    private static Map<String, Path> userFiles(Path folder, List<Problem> warnings) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        for (Path file : new FolderFiles(folder, "template folder", "use")
                .list(false, relative -> true, Theme::shown, warnings)) {
            files.put(folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"), file);
        }
        return files;
    }

    /** A template loader that finds only the listed templates, so that a skipped file is never read. */
    private record OnlyListed(TemplateLoader loader, Set<String> names) implements TemplateLoader {

        @Override
        public Object findTemplateSource(String name) throws IOException {
            return names.contains(name) ? loader.findTemplateSource(name) : null;
        }

        @Override
        public long getLastModified(Object source) {
            return loader.getLastModified(source);
        }

        @Override
        public Reader getReader(Object source, String encoding) throws IOException {
            return loader.getReader(source, encoding);
        }

        @Override
        public void closeTemplateSource(Object source) throws IOException {
            loader.closeTemplateSource(source);
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
        configuration.setObjectWrapper(new ModelWrapper(Configuration.VERSION_2_3_34));
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

    /** Every usable file of the user's folder, templates too. */
    private static Map<String, Asset> userAssetsAll(FolderFiles folder, Map<String, Path> userFiles) {
        Map<String, Asset> files = new TreeMap<>();
        userFiles.forEach((name, file) -> files.put(name, () -> folder.open(file).in()));
        return files;
    }

    private static Map<String, Asset> userAssets(FolderFiles folder, Map<String, Path> userFiles) {
        Map<String, Asset> assets = new TreeMap<>();
        userFiles.forEach((name, file) -> {
            if (name.startsWith(ASSETS)) {
                assets.put(name, () -> folder.open(file).in());
            }
        });
        return assets;
    }

    /**
     * The files of the theme jars on the class path (templates and assets), by their path in the theme, or
     * {@code null} when there is none. Jars come in class path order; the first to have a file wins.
     */
    private static Map<String, Asset> themeArtifactFiles() throws IOException {
        ClassLoader loader = Theme.class.getClassLoader();
        Enumeration<java.net.URL> roots = loader.getResources(THEME_ARTIFACT_FOLDER);
        if (!roots.hasMoreElements()) {
            return null;
        }
        Map<String, Asset> files = new TreeMap<>();
        String prefix = THEME_ARTIFACT_FOLDER + "/";
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
                            files.putIfAbsent(resource.substring(prefix.length()),
                                    () -> loader.getResourceAsStream(resource));
                        }
                    }
                }
            } else if ("file".equals(root.getProtocol())) {
                try {
                    Path folder = Path.of(root.toURI());
                    if (Files.isDirectory(folder)) {
                        try (Stream<Path> walk = Files.walk(folder)) {
                            walk.filter(Files::isRegularFile).forEach(f -> files.putIfAbsent(
                                    folder.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/"),
                                    () -> Files.newInputStream(f)));
                        }
                    }
                } catch (URISyntaxException e) {
                    throw new IOException("cannot read the theme at " + root, e);
                }
            }
        }
        return files;
    }

    /** The assets among a layer's files. */
    private static Map<String, Asset> assetsOf(Map<String, Asset> files) {
        Map<String, Asset> assets = new TreeMap<>();
        files.forEach((name, asset) -> {
            if (name.startsWith(ASSETS)) {
                assets.put(name, asset);
            }
        });
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
