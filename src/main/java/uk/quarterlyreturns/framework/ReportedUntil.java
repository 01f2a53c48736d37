package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import uk.quarterlyreturns.framework.io.FrameworkRow;

/**
 * A measure retired mid-year (a collection withdrawn, an indicator dropped after Q2): reported until its last quarter,
 * then no return asks for it, no check counts it as owed and no report prints it. Its figures up to then stay, in
 * that quarter's return and report and in the year's history.
 */
public final class ReportedUntil {

    public static final String COLUMN = "reported_until";

    private ReportedUntil() {
    }

    /** Whether the quarter's return asks for the measure and the quarter's report prints it. */
    public static boolean reportedIn(FrameworkRow measure, int quarter) {
        return measure.reportedUntil() == null || quarter <= measure.reportedUntil();
    }

    /** The quarters after the last one, whose returns no longer ask for it; none when reported all year. */
    public static List<Integer> quartersAfter(Integer until) {
        return until == null ? List.of() : IntStream.rangeClosed(until + 1, 4).boxed().toList();
    }

    /** The quarters' figures the year counts: those after the last quarter, though kept, are not reported. */
    public static List<BigDecimal> reportedFigures(FrameworkRow measure, List<BigDecimal> quarterValues) {
        List<BigDecimal> reported = new ArrayList<>(quarterValues);
        quartersAfter(measure.reportedUntil()).forEach(q -> reported.set(q - 1, null));
        return reported;
    }

    /**
     * Why the measure may not be reported only until {@code until}: a later quarter's return is already accepted with
     * a figure for it, which its report counts (a measure cannot be retired into the past). Empty when it may.
     *
     * @param acceptedWithFigure the quarters whose accepted return holds a figure for the measure
     */
    public static Optional<String> refusal(String code, Integer until, List<Integer> acceptedWithFigure,
            ReportingYear year) {
        List<Integer> later = acceptedWithFigure.stream().filter(q -> until != null && q > until).sorted().toList();
        if (later.isEmpty()) {
            return Optional.empty();
        }
        int last = later.get(later.size() - 1);
        return Optional.of(code + " cannot be reported only until Q" + until + ": the " + FrameworkRemoval.quarterList(
                later) + " return" + (later.size() == 1 ? " is" : "s are") + " already accepted with a figure for it"
                + " in " + year.display() + ". Choose Q" + last + " or later, or leave it empty to report it all year.");
    }

    /**
     * What retiring the measure after {@code until} does, said before it is saved: which returns no longer ask for it,
     * and what becomes of anything already entered in them (kept, not lost).
     *
     * @param heldLater the later quarters whose return already holds something for the measure
     */
    public static String consequences(String code, Integer until, List<Integer> heldLater, ReportingYear year) {
        List<Integer> after = quartersAfter(until);
        if (after.isEmpty()) {
            return code + " stays in every return of " + year.display() + " up to Q4, its last; it is not carried"
                    + " into next year's framework by the year-end rollover.";
        }
        String text = "The " + FrameworkRemoval.quarterList(after) + " return" + (after.size() == 1 ? "" : "s")
                + " of " + year.display() + " will no longer ask for " + code + ", their checks will not count it as"
                + " owed and their reports will not print it; Q" + until + " is its last return, and its figures up"
                + " to then stay in their reports. It is not carried into next year's framework.";
        return heldLater.isEmpty() ? text : text + " What the " + FrameworkRemoval.quarterList(heldLater) + " return"
                + (heldLater.size() == 1 ? " already holds" : "s already hold") + " for it is kept but no longer"
                + " shown or reported: set reported until back to see it again.";
    }

    /** Why a figure for a quarter after the last is refused (a values file, a return's upload). */
    public static String notAsked(String code, int until, int quarter) {
        return code + " is reported until Q" + until + " only: no return asks for its Q" + quarter + " figure";
    }
}
