/** The immutable values that flow between stages and reach templates and {@code briefing.json}. */
package io.github.briefwright.core.model;
