/**
 * The persistent cache of per-seed work: what loading, structuring, parsing and analysing made of a seed, kept in
 * the build folder under a key of everything that work depends on, so that an unchanged seed is not read again.
 */
package io.github.briefwright.core.cache;
