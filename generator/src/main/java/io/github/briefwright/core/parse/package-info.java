/** Stage 3, parse: Markdown bodies read with commonmark-java into blocks with text and sanitised HTML. */
package io.github.briefwright.core.parse;
