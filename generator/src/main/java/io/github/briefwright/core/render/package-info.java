/** Stage 5, render: FreeMarker templates (user folder over the default theme) turn values into pages. */
package io.github.briefwright.core.render;
