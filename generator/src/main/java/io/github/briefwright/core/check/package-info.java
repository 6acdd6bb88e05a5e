/** Checks a built site: links, anchors and assets. */
package io.github.briefwright.core.check;
