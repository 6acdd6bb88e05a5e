package io.github.briefwright.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The scaling gate itself: linear work passes it, quadratic work fails every attempt. */
class GrowthTest {

    /** Where the work's results go, so that the compiler keeps the work. */
    private static volatile long sink;

    @Test
    void linearWorkPasses() {
        double ratio = Growth.assertLinear("a linear sum", 10_000_000, n -> () -> sink = sum(n));
        assertTrue(ratio < Growth.BOUND);
    }

    @Test
    void quadraticWorkFails() {
        assertThrows(AssertionFailedError.class,
                () -> Growth.assertLinear("a quadratic sum", 8_000, n -> () -> sink = pairs(n)));
    }

    private static long sum(int n) {
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += i ^ (total >>> 3);
        }
        return total;
    }

    private static long pairs(int n) {
        long total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                total += (i ^ j) ^ (total >>> 5);
            }
        }
        return total;
    }
}
