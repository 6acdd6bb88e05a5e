/** The preview server: build, serve, watch, rebuild, reload. */
package io.github.briefwright.core.serve;
