package io.github.briefwright.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * How the time of some work grows with its input: the work is timed on an input of size {@code n} and on one of
 * size {@code 4n} (each the best of three runs, after a warm-up run of each), and the ratio of the two times is checked.
 * Linear work gives about 4, {@code n log n} a little more, quadratic work about 16; the bound of 8 leaves room
 * for a noisy machine without letting quadratic work pass; a ratio over the bound is measured again, up to three
 * times in all, each time on inputs made again after a collection and warmed up on, before it fails. Not a timed test: no absolute time is asserted. The
 * time is the CPU time of the thread doing the work where the JVM measures it (so other processes on the machine
 * matter less), else the time on the clock.
 */
public final class Growth {

    /** The largest ratio of the time for {@code 4n} to the time for {@code n} that passes. */
    public static final double BOUND = 8;
    private static final int RUNS = 3;
    /** How many times the measurement is made before a ratio over the bound fails. */
    private static final int ATTEMPTS = 3;

    private Growth() {
    }

    /** Work on an input of a given size, made before the clock starts. */
    public interface Work {
        void run() throws Exception;
    }

    /**
     * {@link #assertNotQuadratic} for work made by {@code input} for each size.
     *
     * @param n the smaller size
     */
    public static double assertLinear(String what, int n, IntFunction<Work> input) {
        return assertNotQuadratic(what, n, input, work -> {
            try {
                work.run();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * Asserts that {@code work} on an input of size {@code 4n} takes less than {@value #BOUND} times as long as
     * on one of size {@code n}; the inputs are made by {@code input} outside the timing. Prints the figures.
     *
     * @return the ratio
     */
    public static <T> double assertNotQuadratic(String what, int n, IntFunction<T> input, Consumer<T> work) {
        T small = input.apply(n);
        T large = input.apply(4 * n);
        work.accept(small); // warm-up: class loading and compilation are not the work
        work.accept(large);
        long smallNanos = best(small, work);
        long largeNanos = best(large, work);
        double ratio = largeNanos / (double) Math.max(1, smallNanos);
        // a pause of a busy machine can land on one size, and the state of the heap or of compiled code can slow one
        // size for a while: each new attempt makes both inputs again after a collection and warms up on them first;
        // work that really grows faster fails every attempt
        for (int attempt = 1; attempt < ATTEMPTS && ratio >= BOUND; attempt++) {
            System.gc();
            small = input.apply(n);
            large = input.apply(4 * n);
            work.accept(small);
            work.accept(large);
            smallNanos = Math.min(smallNanos, best(small, work));
            largeNanos = best(large, work);
            ratio = largeNanos / (double) Math.max(1, smallNanos);
        }
        String figures = String.format("%s: n = %,d in %,d ms, 4n = %,d in %,d ms, ratio %.1f", what, n,
                smallNanos / 1_000_000, 4 * n, largeNanos / 1_000_000, ratio);
        System.out.println(figures);
        assertTrue(ratio < BOUND, figures + "; more than " + BOUND + " means the work grows faster than linearly");
        return ratio;
    }

    private static <T> long best(T input, Consumer<T> work) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            long start = now();
            work.accept(input);
            best = Math.min(best, now() - start);
        }
        return best;
    }

    private static long now() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
