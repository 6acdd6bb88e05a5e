package io.github.briefwright.core;

import java.util.List;
import java.util.stream.Collectors;

/** The build failed; every problem found is listed, not only the first. Nothing was written. */
public final class BuildException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public BuildException(String summary, List<Problem> problems) {
        super(summary + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining()));
        this.problems = List.copyOf(problems);
    }

    public BuildException(String summary) {
        this(summary, List.of());
    }

    public List<Problem> problems() {
        return problems;
    }
}
