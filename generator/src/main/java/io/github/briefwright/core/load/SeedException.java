package io.github.briefwright.core.load;

import io.github.briefwright.core.Problem;
import java.util.List;

/** A seed that cannot be used, with every problem found in it. */
public final class SeedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public SeedException(List<Problem> problems) {
        super(problems.isEmpty() ? "bad seed" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public SeedException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
