package io.github.briefwright.hardening;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;

/**
 * The long fuzzing run (an hour), started by hand as the README says; it shares its target with
 * {@link SeedFuzzTest}. Without {@code JAZZER_FUZZ=1} it only replays the saved inputs.
 */
class SeedLongFuzzTest {

    private static final SeedFuzzing FUZZING = new SeedFuzzing();

    @FuzzTest(maxDuration = "1h")
    void oneSeed(byte[] input) throws IOException {
        FUZZING.oneSeed(input);
    }
}
