package uk.quarterlyreturns.framework.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;

/**
 * A file as read: its good rows, numbered, and the errors of the rest. The importer checks the good rows against
 * what is stored and refuses the file once, with its own errors and these together.
 */
public record ParsedFile<T>(List<Numbered<T>> rows, List<ImportError> errors) {

    public ParsedFile {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    /** The rows alone, in file order. */
    public List<T> values() {
        return rows.stream().map(Numbered::row).toList();
    }

    /** @throws ImportRejectedException listing the file's errors and the given ones, in row order */
    public void rejectIf(List<ImportError> more) {
        if (errors.isEmpty() && more.isEmpty()) {
            return;
        }
        List<ImportError> all = new ArrayList<>(errors);
        all.addAll(more);
        all.sort(Comparator.comparingInt(ImportError::row)); // stable: a row's errors keep their order
        throw new ImportRejectedException(all);
    }
}
