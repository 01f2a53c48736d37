package uk.quarterlyreturns.framework;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.framework.io.Numbered;

/**
 * The codes a year's measures (or its key actions) already hold, which its items of the other kind may not take, in
 * any letters: the quality check, its challenges and the return's history know an item by its code alone, so a key
 * action sharing a measure's code would be read as that measure.
 */
final class CodesOfTheOtherKind {

    private final String kind;
    private final String yourKind;
    private final Map<String, String> named = new HashMap<>(); // code in lower case -> "KI 433 Title"

    private CodesOfTheOtherKind(String kind, String yourKind) {
        this.kind = kind;
        this.yourKind = yourKind;
    }

    /** The year's measures' codes, which a key action may not take. */
    static CodesOfTheOtherKind measures(List<Measure> measures) {
        CodesOfTheOtherKind codes = new CodesOfTheOtherKind("measure", "key action");
        measures.forEach(m -> codes.hold(m.code(), m.title()));
        return codes;
    }

    /** The year's key actions' codes, which a measure may not take. */
    static CodesOfTheOtherKind keyActions(List<KeyAction> actions) {
        CodesOfTheOtherKind codes = new CodesOfTheOtherKind("key action", "measure");
        actions.forEach(a -> codes.hold(a.code(), a.definition().title()));
        return codes;
    }

    private void hold(String code, String title) {
        named.putIfAbsent(code.toLowerCase(Locale.ROOT), code + " " + title);
    }

    /** Refuses, on its code, each row whose code the other kind already holds in the year. */
    <T> void refuse(ReportingYear year, List<Numbered<T>> rows, Function<T, String> code, List<ImportError> errors) {
        for (Numbered<T> row : rows) {
            String taken = named.get(code.apply(row.row()).strip().toLowerCase(Locale.ROOT));
            if (taken != null) {
                errors.add(new ImportError(row.rowNumber(), "code", "The " + year.display() + " framework already has"
                        + " the " + kind + " " + taken + ": give the " + yourKind + " a code of its own"));
            }
        }
    }
}
