package uk.quarterlyreturns.base.tabular;

import java.util.List;

/**
 * A file refused before any row was checked: too large, not readable as CSV or .xlsx, or without a
 * usable header row. It is an {@link ImportRejectedException} with a single whole-file error, so a
 * caller can handle every refused import in one place.
 */
public class TabularFileException extends ImportRejectedException {

    public TabularFileException(String message) {
        super(message, List.of(ImportError.wholeFile(message)));
    }

    /** Keeps the technical cause for the log; the message is still the one shown to the person. */
    public TabularFileException(String message, Throwable cause) {
        this(message);
        initCause(cause);
    }
}
