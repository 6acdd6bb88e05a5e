package io.github.briefwright.testing;

import io.github.briefwright.core.Reporter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/** A reporter that keeps the warnings a build gives (those {@code which} accepts), from any thread, and drops the rest. */
public final class RecordedWarnings implements Reporter {

    private final Predicate<String> which;
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

    /** Keeps every warning. */
    public RecordedWarnings() {
        this(message -> true);
    }

    public RecordedWarnings(Predicate<String> which) {
        this.which = which;
    }

    /** The warnings kept so far, in order; the list may be cleared. */
    public List<String> list() {
        return warnings;
    }

    @Override
    public void info(String message) {
    }

    @Override
    public void warn(String message) {
        if (which.test(message)) {
            warnings.add(message);
        }
    }

    @Override
    public void debug(String message) {
    }
}
