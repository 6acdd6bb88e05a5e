/** The Maven goals: each maps its parameters to a core {@code BuildConfig} and calls the core. */
package io.github.briefwright.maven;
