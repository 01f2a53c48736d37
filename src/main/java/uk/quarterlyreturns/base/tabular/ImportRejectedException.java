package uk.quarterlyreturns.base.tabular;

import java.util.List;
import java.util.Objects;

/**
 * An import refused as a whole: nothing was imported. Carries every problem found, so that a person
 * can correct the file in one go rather than one error per attempt.
 */
public class ImportRejectedException extends RuntimeException {

    private final transient List<ImportError> errors;

    public ImportRejectedException(List<ImportError> errors) {
        this(summary(errors), errors);
    }

    protected ImportRejectedException(String message, List<ImportError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
        if (this.errors.isEmpty()) {
            throw new IllegalArgumentException("a rejected import needs at least one error");
        }
    }

    /** Every problem, in the order of the file. */
    public List<ImportError> errors() {
        return errors;
    }

    /** "The header row and 3 rows have errors; nothing was imported". */
    static String summary(List<ImportError> errors) {
        Objects.requireNonNull(errors, "errors");
        boolean header = errors.stream().anyMatch(e -> e.row() == 1);
        long rows = errors.stream().mapToInt(ImportError::row).filter(r -> r > 1).distinct().count();
        String rowsText = rows == 1 ? "1 row" : rows + " rows";
        String subject;
        if (header && rows > 0) {
            subject = "The header row and " + rowsText + " have";
        } else if (header) {
            subject = "The header row has";
        } else if (rows > 0) {
            subject = rowsText + (rows == 1 ? " has" : " have");
        } else {
            subject = "The file has";
        }
        return subject + " errors; nothing was imported";
    }
}
