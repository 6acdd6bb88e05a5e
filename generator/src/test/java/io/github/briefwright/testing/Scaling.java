package io.github.briefwright.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntFunction;

/**
 * Checks that work grows in proportion to its input, without a timed limit that a slow or busy machine would
 * break: the same work is run on an input of size n and one of 4n, and the time of the larger must be less than
 * {@value #MAX_RATIO} times that of the smaller (4 when linear, 16 when quadratic). Each size is run
 * {@value #ROUNDS} times and the fastest run counts, after a warm-up, so a pause of the machine does not decide;
 * a ratio over the bound is measured again, up to {@value #ATTEMPTS} times in all, before it fails.
 */
public final class Scaling {

    /** Between linear (4) and quadratic (16) for an input four times as large. */
    public static final double MAX_RATIO = 8;
    private static final int ROUNDS = 3;
    /** How many times the measurement is made before a ratio over the bound fails. */
    private static final int ATTEMPTS = 3;

    private Scaling() {
    }

    /** Work on an input of a given size; the input is made before the clock starts. */
    public interface Work {
        void run() throws Exception;
    }

    /**
     * @param what  what is measured, for the message
     * @param n     the smaller size
     * @param input makes the work for a size (not timed)
     */
    public static void assertLinear(String what, int n, IntFunction<Work> input) throws Exception {
        Work small = input.apply(n);
        Work large = input.apply(4 * n);
        small.run();
        long smallNanos = Long.MAX_VALUE;
        long largeNanos = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            smallNanos = Math.min(smallNanos, time(small));
            largeNanos = Math.min(largeNanos, time(large));
        }
        double ratio = (double) largeNanos / Math.max(smallNanos, 1);
        // a pause of a busy machine can land on one size; work that really grows faster fails every attempt
        for (int attempt = 1; attempt < ATTEMPTS && ratio >= MAX_RATIO; attempt++) {
            long largeAgain = Long.MAX_VALUE;
            for (int round = 0; round < ROUNDS; round++) {
                smallNanos = Math.min(smallNanos, time(small));
                largeAgain = Math.min(largeAgain, time(large));
            }
            largeNanos = largeAgain;
            ratio = (double) largeNanos / Math.max(smallNanos, 1);
        }
        assertTrue(ratio < MAX_RATIO, String.format("%s: %d took %.1f ms, %d took %.1f ms, %.1f times as long "
                + "(linear is about 4)", what, n, smallNanos / 1e6, 4 * n, largeNanos / 1e6, ratio));
    }

    private static long time(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }
}
