package io.github.briefwright.bench;

import io.github.briefwright.corpus.CorpusPage;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The CPU time of {@link ExtractionSpeed}'s pass (structuring, parsing and analysis of every paste of the extraction
 * corpus, both variants) for two builds of the core in one process, their passes alternated: {@code
 * bench/extraction-speed.sh --against REV}. On a shared machine the same build's time moves by a quarter between
 * launches; two builds measured in turn, pass after pass, meet the same moments of the machine, so the ratio of each
 * pair of passes tells a change of a few percent from noise where two launches cannot.
 *
 * <p>Each build's classes ({@code --base DIR} and {@code --head DIR}, a {@code target/classes} folder) are loaded with
 * the dependencies ({@code --deps} a class path) by a class loader of their own, and the pipeline is called through
 * its public API (the same in both builds). Prints each build's median and best thread CPU time of a pass, and the
 * median and quartiles of the head's time over the base's in the pairs.
 */
public final class ExtractionSpeedComparison {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ExtractionSpeedComparison() {
    }

    /** One build's pipeline, called through its own class loader. */
    private static final class Build {
        private final Object loader;
        private final Method load;
        private final Object structurer;
        private final Method structure;
        private final Object parser;
        private final Method parse;
        private final Object analyzer;
        private final Method analyse;
        private final Object limits;

        Build(Path classes, String deps) throws ReflectiveOperationException, MalformedURLException {
            List<URL> urls = new ArrayList<>();
            urls.add(classes.toUri().toURL());
            for (String jar : deps.split(File.pathSeparator)) {
                if (!jar.isBlank()) {
                    urls.add(Path.of(jar).toUri().toURL());
                }
            }
            ClassLoader classLoader = new URLClassLoader(urls.toArray(URL[]::new),
                    ClassLoader.getPlatformClassLoader());
            Class<?> seedLoader = classLoader.loadClass("io.github.briefwright.core.load.SeedLoader");
            Class<?> structurerClass = classLoader.loadClass("io.github.briefwright.core.structure.Structurer");
            Class<?> parserClass = classLoader.loadClass("io.github.briefwright.core.parse.DocumentParser");
            Class<?> analyzerClass = classLoader.loadClass("io.github.briefwright.core.analyse.Analyzer");
            Class<?> limitsClass = classLoader.loadClass("io.github.briefwright.core.Limits");
            Constructor<?> newLoader = seedLoader.getConstructor(Path.class, java.nio.charset.Charset.class);
            loader = newLoader.newInstance(Path.of("pastes"), StandardCharsets.UTF_8);
            load = seedLoader.getMethod("load", Path.class, byte[].class);
            structurer = structurerClass.getConstructor().newInstance();
            structure = method(structurerClass, "structure", 1);
            parser = parserClass.getConstructor(boolean.class).newInstance(false);
            parse = method(parserClass, "parse", 3);
            analyzer = analyzerClass.getConstructor().newInstance();
            analyse = method(analyzerClass, "analyse", 3);
            limits = limitsClass.getField("DEFAULT").get(null);
        }

        private static Method method(Class<?> type, String name, int parameters) {
            return Arrays.stream(type.getMethods())
                    .filter(m -> m.getName().equals(name) && m.getParameterCount() == parameters).findFirst()
                    .orElseThrow(() -> new IllegalStateException(type.getName() + " has no " + name));
        }

        /** Every paste through this build's pipeline, one after another on this thread; its thread CPU time in ns. */
        long pass(List<byte[]> pastes) throws ReflectiveOperationException {
            long start = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < pastes.size(); i++) {
                Object seed = load.invoke(loader, Path.of("pastes", "page-" + i + ".txt"), pastes.get(i));
                List<Object> warnings = new ArrayList<>();
                Object document = parse.invoke(parser, structure.invoke(structurer, seed), limits, warnings);
                analyse.invoke(analyzer, document, limits, warnings);
            }
            return THREADS.getCurrentThreadCpuTime() - start;
        }
    }

    public static void main(String[] args) throws Exception {
        Path base = null;
        Path head = null;
        String deps = "";
        int warmup = 5;
        int pairs = 12;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--base" -> base = Path.of(args[++i]);
                case "--head" -> head = Path.of(args[++i]);
                case "--deps" -> deps = args[++i];
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--pairs" -> pairs = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; options: --base DIR, --head DIR, --deps CLASSPATH, --warmup N, --pairs N");
            }
        }
        if (base == null || head == null) {
            throw new IllegalArgumentException("--base DIR and --head DIR (each a build's classes) are needed");
        }
        THREADS.setThreadCpuTimeEnabled(true);
        Path folder = CorpusPage.folder().orElseThrow(() -> new IllegalStateException(
                "no extraction corpus at ../shared/extraction-corpus from the project root (or -D"
                        + CorpusPage.PROPERTY + "=…)"));
        List<CorpusPage> pages = CorpusPage.load(folder);
        List<byte[]> pastes = new ArrayList<>();
        pages.forEach(p -> pastes.add(p.articleArea().getBytes(StandardCharsets.UTF_8)));
        pages.forEach(p -> pastes.add(p.wholePage().getBytes(StandardCharsets.UTF_8)));
        Build before = new Build(base, deps);
        Build after = new Build(head, deps);
        try {
            for (int w = 0; w < warmup; w++) {
                before.pass(pastes);
                after.pass(pastes);
            }
            long[] baseTimes = new long[pairs];
            long[] headTimes = new long[pairs];
            double[] ratios = new double[pairs];
            for (int p = 0; p < pairs; p++) {
                // which build goes first alternates, so neither always meets the machine's later moment
                if (p % 2 == 0) {
                    baseTimes[p] = before.pass(pastes);
                    headTimes[p] = after.pass(pastes);
                } else {
                    headTimes[p] = after.pass(pastes);
                    baseTimes[p] = before.pass(pastes);
                }
                ratios[p] = (double) headTimes[p] / baseTimes[p];
            }
            System.out.printf(Locale.ROOT, "%d pastes (both variants of %d pages); %d warm-up passes of each build, "
                    + "%d pairs of timed passes, one thread%n", pastes.size(), pages.size(), warmup, pairs);
            System.out.printf(Locale.ROOT, "base  thread CPU s: median %.2f, best %.2f%n", median(baseTimes) / 1e9,
                    Arrays.stream(baseTimes).min().orElse(0) / 1e9);
            System.out.printf(Locale.ROOT, "head  thread CPU s: median %.2f, best %.2f%n", median(headTimes) / 1e9,
                    Arrays.stream(headTimes).min().orElse(0) / 1e9);
            Arrays.sort(ratios);
            System.out.printf(Locale.ROOT, "head / base, pair by pair: median %.3f (quartiles %.3f, %.3f)%n",
                    quantile(ratios, 0.5), quantile(ratios, 0.25), quantile(ratios, 0.75));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("a build's pipeline failed", e.getCause());
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    private static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }
}
