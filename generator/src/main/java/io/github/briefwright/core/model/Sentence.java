package io.github.briefwright.core.model;

/** One sentence; {@code id} is its page anchor, stable while its text is unchanged. */
public record Sentence(String id, String text) {
}
