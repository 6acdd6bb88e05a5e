package io.github.briefwright.core.structure;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What a pure function of a line answered, kept per thread for the lines it read last: the head reader, the candidate
 * scorer and the title chooser ask what the same lines say several times a paste. A line has {@code kinds} answers
 * (one per question asked of it); at most {@code maxLines} lines are kept, then all are forgotten. Answers must be
 * immutable: they are shared by every caller on the thread. A {@code null} answer is kept too.
 */
final class LineMemo<V> {

    private static final Object NONE = new Object();

    private final int kinds;
    private final int maxLines;
    private final ThreadLocal<Map<String, Object[]>> lines = ThreadLocal.withInitial(HashMap::new);

    LineMemo(int kinds, int maxLines) {
        this.kinds = kinds;
        this.maxLines = maxLines;
    }

    /** The {@code kind}th answer for {@code line}, computed by {@code answer} the first time it is asked. */
    @SuppressWarnings("unchecked")
    V get(String line, int kind, Function<String, V> answer) {
        Map<String, Object[]> known = lines.get();
        Object[] answers = known.get(line);
        if (answers == null) {
            if (known.size() >= maxLines) {
                known.clear();
            }
            answers = new Object[kinds];
            known.put(line, answers);
        }
        if (answers[kind] == null) {
            V value = answer.apply(line);
            answers[kind] = value == null ? NONE : value;
        }
        return answers[kind] == NONE ? null : (V) answers[kind];
    }
}
