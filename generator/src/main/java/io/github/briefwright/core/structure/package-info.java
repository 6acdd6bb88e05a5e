/** Stage 2, clean and structure: text hygiene, and the blocks of a raw paste. */
package io.github.briefwright.core.structure;
