package io.github.briefwright.core.structure;

/**
 * A paragraph found to repeat text of another one; the analyse stage ties it to the sentence it repeats.
 *
 * @param text       the pull quote as printed
 * @param sourceLine the seed line where the repeated paragraph starts
 */
public record PullQuoteMark(String text, int sourceLine) {
}
