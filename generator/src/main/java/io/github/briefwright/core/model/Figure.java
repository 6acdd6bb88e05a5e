package io.github.briefwright.core.model;

/** A number and what it counts. */
public record Figure(String value, String what, String sentence) implements java.io.Serializable {
}
