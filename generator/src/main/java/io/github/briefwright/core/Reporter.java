package io.github.briefwright.core;

/** Where the core tells its caller what it is doing. The Maven goals map this to Maven's log. */
public interface Reporter {

    void info(String message);

    void warn(String message);

    default void debug(String message) {
    }

    /** Reports nothing; for tests and embedding. */
    Reporter SILENT = new Reporter() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }
    };
}
