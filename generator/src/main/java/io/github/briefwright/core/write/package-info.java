/** Stage 7, write: a staging folder swapped into place only when the whole build succeeded. */
package io.github.briefwright.core.write;
