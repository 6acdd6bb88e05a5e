package io.github.briefwright.core.model;

/** A note authored in the seed or taken from the glossary, anchored to a sentence. */
public record Annotation(String kind, String anchor, String text) {
}
