/** Stage 4, analyse: sentences and their anchors, title, reading time; the {@code Briefing} value. */
package io.github.briefwright.core.analyse;
