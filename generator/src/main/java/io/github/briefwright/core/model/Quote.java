package io.github.briefwright.core.model;

/** A short text tied to the sentence it came from: key points and pull quotes. */
public record Quote(String text, String sentence) implements java.io.Serializable {
}
