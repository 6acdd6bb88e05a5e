package io.github.briefwright.core.model;

/** Where the text came from; both parts may be {@code null}. */
public record Source(String url, String publisher) implements java.io.Serializable {
}
