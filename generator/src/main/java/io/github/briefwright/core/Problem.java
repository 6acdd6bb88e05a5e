package io.github.briefwright.core;

/**
 * Something wrong with one input file, located as precisely as we can.
 *
 * @param file the file as the user knows it (relative to the seed folder where possible)
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when not known
 * @param message what is wrong, and where useful what to do about it
 */
public record Problem(String file, int line, int column, String message) {

    public Problem(String file, int line, String message) {
        this(file, line, 0, message);
    }

    public static Problem at(String file, int line, String message) {
        return new Problem(file, line, message);
    }

    public static Problem at(String file, int line, int column, String message) {
        return new Problem(file, line, column, message);
    }

    /** {@code file:line:column: message}, the format editors and CI logs link from. */
    @Override
    public String toString() {
        if (line <= 0) {
            return file + ": " + message;
        }
        return file + ":" + line + (column > 0 ? ":" + column : "") + ": " + message;
    }
}
