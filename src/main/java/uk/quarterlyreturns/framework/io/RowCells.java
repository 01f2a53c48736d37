package uk.quarterlyreturns.framework.io;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.Numbers;
import uk.quarterlyreturns.base.tabular.TabularRow;

/**
 * The cell rules shared by every import: text, codes, numbers and choices, each reading one cell and
 * recording at most one error per cell (the first found), so a person sees one message per mistake.
 */
final class RowCells {

    static final int TEXT_MAX = 500;
    static final int CODE_MAX = 30;
    /** Directorates, services and themes are kept in 200 characters: a longer name failed only when saved. */
    static final int NAME_MAX = 200;

    // Text starting like this is run as a formula when the exported file is opened in a spreadsheet.
    private static final Pattern FORMULA_START = Pattern.compile("^[=+@\\t\\r].*", Pattern.DOTALL);
    private static final Pattern BRACKETED = Pattern.compile("[(\\[]([^)\\]]*)[)\\]]");

    private final TabularRow row;
    private final ImportCheck check;
    private final Set<String> columnsInError = new HashSet<>();
    private final Map<String, ImportError> cellProblems = new HashMap<>();
    private boolean failed;

    /**
     * A problem found while reading the file (a formula, an error value, a percentage or a date) is reported when
     * its column is read, so that one in a column of the council's own that the import does not read stops nothing.
     */
    RowCells(TabularRow row, ImportCheck check) {
        this.row = row;
        this.check = check;
        for (ImportError error : row.errors()) {
            if (error.column() != null) {
                cellProblems.putIfAbsent(error.column().toLowerCase(Locale.ROOT), error);
            } else {
                failed = true;
                check.add(error);
            }
        }
    }

    int rowNumber() {
        return row.rowNumber();
    }

    /** The trimmed cell text; "" when empty or when the column is absent. */
    String get(String column) {
        ImportError problem = cellProblems.remove(column.toLowerCase(Locale.ROOT));
        if (problem != null) {
            failed = true;
            columnsInError.add(column.toLowerCase(Locale.ROOT));
            check.add(problem);
        }
        return row.get(column);
    }

    boolean isEmpty(String column) {
        return get(column).isEmpty();
    }

    /** Records an error, unless this cell already has one or its column is reported missing. */
    void error(String column, String message) {
        failed = true;
        if (check.isMissing(column) || !columnsInError.add(column.toLowerCase(Locale.ROOT))) {
            return;
        }
        check.add(new ImportError(row.rowNumber(), column, message));
    }

    /** Whether this row has an error (reported here, or on the header for a missing column): it is not built. */
    boolean hasErrors() {
        return failed;
    }

    /** The row, numbered as in the file. */
    <T> Numbered<T> numbered(T value) {
        return new Numbered<>(row.rowNumber(), value);
    }

    /** Optional text: null when empty. Refuses spreadsheet formulas and overlong text. */
    String text(String column, int maxLength) {
        String text = freeText(column, maxLength);
        if (text != null && FORMULA_START.matcher(text).matches()) {
            error(column, "Text must not start with = + or @");
            return null;
        }
        return text;
    }

    /** Like {@link #text} but an empty cell is an error. */
    String requiredText(String column, int maxLength) {
        if (isEmpty(column)) {
            error(column, "Must not be empty");
            return null;
        }
        return text(column, maxLength);
    }

    /** A directorate's, service's or theme's name: required, and no longer than it is kept. */
    String name(String column) {
        return requiredText(column, NAME_MAX);
    }

    /** Optional text checked only for length, for free comment where "+5%" is a fair start. */
    String freeText(String column, int maxLength) {
        String text = get(column);
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > maxLength) {
            error(column, "Too long: at most " + maxLength + " characters (this has " + text.length() + ")");
            return null;
        }
        return text;
    }

    /** The row's code: required, short, and without a source tag in brackets. */
    String code() {
        String code = requiredText("code", CODE_MAX);
        if (code == null) {
            return null;
        }
        Matcher tag = BRACKETED.matcher(code);
        if (tag.find()) {
            error("code", "Put the source tag " + tag.group() + " in the source column, not in the code");
            return null;
        }
        return code;
    }

    /**
     * Refuses a key already seen in the file, naming the row where it first appeared.
     *
     * @param firstRows the keys seen so far and their rows, shared by the file's rows
     */
    void unique(String column, Object key, Map<Object, Integer> firstRows, String what) {
        Integer first = firstRows.putIfAbsent(key, row.rowNumber());
        if (first != null) {
            error(column, what + " is also on row " + first + ": each may appear only once");
        }
    }

    /** Optional number: null when empty. */
    BigDecimal number(String column) {
        try {
            return Numbers.parseOptional(get(column));
        } catch (NumberFormatException e) {
            error(column, e.getMessage());
            return null;
        }
    }

    BigDecimal requiredNumber(String column) {
        if (isEmpty(column)) {
            error(column, "Must not be empty: a number is needed");
            return null;
        }
        return number(column);
    }

    /** Optional whole number within [min, max]: null when empty. */
    Integer wholeNumber(String column, int min, int max, String what) {
        BigDecimal number = number(column);
        if (number == null) {
            return null;
        }
        if (number.scale() > 0 || number.compareTo(BigDecimal.valueOf(min)) < 0
                || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            error(column, "Use " + what + ", a whole number from " + min + " to " + max);
            return null;
        }
        return number.intValueExact();
    }

    /**
     * A required choice, by its exact name in any case, or by one of the given other spellings.
     *
     * @param aliases other accepted spellings (e.g. "%" for PERCENT) to the value they stand for
     */
    <E extends Enum<E>> E choice(String column, Class<E> type, Map<String, E> aliases) {
        String text = get(column);
        E named = Choices.named(text, type, aliases);
        if (named != null) {
            return named;
        }
        error(column, (text.isEmpty() ? "Must not be empty: use one of " : "Use one of ")
                + Choices.allowed(type, aliases));
        return null;
    }
}
