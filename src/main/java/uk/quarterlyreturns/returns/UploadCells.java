package uk.quarterlyreturns.returns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.TabularRow;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.StoredCodes;

/**
 * The cells of one row of an uploaded return, read as the form's fields take them: a blank cell gives nothing; a
 * cell the workbook could not give as text (a formula, an error value) or too long for its field is a problem,
 * named by sheet, row and column, and gives nothing either.
 */
final class UploadCells {

    private final String sheet;
    private final TabularRow row;
    private final List<UploadProblem> problems;

    UploadCells(String sheet, TabularRow row, List<UploadProblem> problems) {
        this.sheet = sheet;
        this.row = row;
        this.problems = problems;
    }

    int rowNumber() {
        return row.rowNumber();
    }

    /** The cell's text, or null when it is blank or could not be read. */
    String get(String column) {
        Optional<ImportError> unreadable = row.errors().stream()
                .filter(e -> e.column() != null && e.column().equalsIgnoreCase(column)).findFirst();
        if (unreadable.isPresent()) {
            problems.add(UploadProblem.of(sheet, unreadable.get()));
            return null;
        }
        String text = row.get(column);
        return text.isEmpty() ? null : text;
    }

    /** A text for one of the form's fields, which keep at most {@link EntryTexts#MOST_CHARACTERS}. */
    String text(String column) {
        String text = get(column);
        if (text != null && text.length() > EntryTexts.MOST_CHARACTERS) {
            problem(column, "Too long: at most " + EntryTexts.MOST_CHARACTERS + " characters (this has "
                    + text.length() + "), as the form takes");
            return null;
        }
        return text;
    }

    /** A rating by its words in any letters ("amber/green"), one of these; null when blank or not one of them. */
    Rag rating(String column, List<Rag> ratings) {
        String text = get(column);
        if (text == null) {
            return null;
        }
        for (Rag rag : ratings) {
            if (rag.label().equalsIgnoreCase(text) || rag.name().equalsIgnoreCase(text.replace('/', '_'))) {
                return rag;
            }
        }
        problem(column, "\"" + text + "\" is not a rating here: use one of "
                + String.join(", ", ratings.stream().map(Rag::label).toList()));
        return null;
    }

    /**
     * The stored code the row's code names (in any letters), once in the sheet; null, with the problem, when it is
     * blank, names nothing of the return's, or was on an earlier row.
     *
     * @param firstRows the codes seen so far in the sheet and their rows
     * @param unknown   what to say of a code the return does not have
     */
    String code(StoredCodes codes, Map<String, Integer> firstRows, UnaryOperator<String> unknown) {
        String given = get("code");
        if (given == null) {
            problem("code", "Must not be empty: give the code of the item this row is for");
            return null;
        }
        List<ImportError> ambiguous = new ArrayList<>();
        String code = codes.match(given, row.rowNumber(), ambiguous);
        ambiguous.forEach(e -> problems.add(UploadProblem.of(sheet, e)));
        if (code == null) {
            if (ambiguous.isEmpty()) {
                problem("code", unknown.apply(given));
            }
            return null;
        }
        Integer first = firstRows.putIfAbsent(code.toLowerCase(Locale.ROOT), row.rowNumber());
        if (first != null) {
            problem("code", "The code " + given + " is also on row " + first + ": each may appear only once");
            return null;
        }
        return code;
    }

    void problem(String column, String message) {
        problems.add(new UploadProblem(sheet, row.rowNumber(), column, message));
    }
}
