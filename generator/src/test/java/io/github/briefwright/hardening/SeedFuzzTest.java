package io.github.briefwright.hardening;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;

/**
 * Coverage-guided fuzzing of one seed's way through the stages, for 30 seconds in the test command (surefire's
 * {@code fuzz} execution sets {@code JAZZER_FUZZ=1}); without that variable it replays the saved inputs in
 * {@code SeedFuzzTestInputs/oneSeed/} as a regression test. {@link SeedLongFuzzTest} is the long run.
 */
class SeedFuzzTest {

    private static final SeedFuzzing FUZZING = new SeedFuzzing();

    @FuzzTest(maxDuration = "30s")
    void oneSeed(byte[] input) throws IOException {
        FUZZING.oneSeed(input);
    }
}
