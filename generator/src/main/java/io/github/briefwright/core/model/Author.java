package io.github.briefwright.core.model;

/** An author; {@code bio} is {@code null} when none is known. */
public record Author(String name, String bio) implements java.io.Serializable {
}
