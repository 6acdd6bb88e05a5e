package io.github.briefwright.core;

/**
 * Something wrong with one input file, located as precisely as we can.
 *
 * @param file the file as the user knows it (relative to the seed folder where possible)
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param message what is wrong, and where useful what to do about it
 */
public record Problem(String file, int line, String message) {

    public static Problem at(String file, int line, String message) {
        return new Problem(file, line, message);
    }

    /** {@code file:line: message}, the format editors and CI logs link from. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
