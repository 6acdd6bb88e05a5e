/** Briefwright's core: turns a folder of seed texts into a briefing site. No Maven types here. */
package io.github.briefwright.core;
