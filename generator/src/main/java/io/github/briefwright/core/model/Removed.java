package io.github.briefwright.core.model;

/** Text taken out of the body as noise, kept so that nothing is silently lost. */
public record Removed(String reason, String text) implements java.io.Serializable {
}
