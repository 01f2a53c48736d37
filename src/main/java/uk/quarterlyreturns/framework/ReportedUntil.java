package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import uk.quarterlyreturns.framework.io.FrameworkRow;

/**
 * A measure retired mid-year (a collection withdrawn, an indicator dropped after Q2): reported until its last quarter,
 * then no return asks for it, no check counts it as owed and no report prints it. Its figures up to then stay, in
 * that quarter's return and report and in the year's history. Its other end: a measure added once a quarter's report
 * is published is reported from the next quarter only, so no return of that quarter, nor a correction of one, owes it.
 */
public final class ReportedUntil {

    public static final String COLUMN = "reported_until";

    private ReportedUntil() {
    }

    /** Whether the quarter is not after the measure's last: its return asks for it and its report prints it. */
    public static boolean reportedIn(FrameworkRow measure, int quarter) {
        return measure.reportedUntil() == null || quarter <= measure.reportedUntil();
    }

    /**
     * Whether the quarter is within the measure's reported quarters, from its first (a measure added once a quarter's
     * report was published: Measure.reportedFrom) to its last: its return asks for it. The reports print it Not due in
     * the quarters before its first (it did not exist then) and not at all after its last (it was withdrawn).
     */
    public static boolean reportedIn(Measure measure, int quarter) {
        Integer from = measure.reportedFrom();
        return (from == null || quarter >= from) && reportedIn(measure.definition(), quarter);
    }

    /**
     * {@link #reportedIn(Measure, int)} as SQL, for the queries that pick a quarter's items themselves (what a return
     * owes, which services owe one): the measure's alias, the quarter's expression.
     */
    public static String reportedInSql(String measure, String quarter) {
        // its first quarter as a key action's, then its last
        return KeyAction.reportedInSql(measure, quarter)
                + " and (%1$s.reported_until is null or %2$s <= %1$s.reported_until)".formatted(measure, quarter);
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
     * Why the measure may not be reported only until {@code until}: a later quarter's return holding a figure for it
     * (or "not available", with its reason) is submitted, signed off or accepted, so its director signed off, or its
     * report counts, an entry the change would stop showing (a measure cannot be retired under a return already in, nor into
     * the past). Empty when it may.
     *
     * @param held         the quarters whose return is in with an entry for the measure, each with its status in words
     * @param notAvailable those of them whose entry is "not available" rather than a figure
     */
    public static Optional<String> refusal(String code, Integer until, Map<Integer, String> held,
            Set<Integer> notAvailable, ReportingYear year) {
        List<Integer> later = held.keySet().stream().filter(q -> until != null && q > until).sorted().toList();
        if (later.isEmpty()) {
            return Optional.empty();
        }
        int last = later.get(later.size() - 1);
        boolean one = later.size() == 1;
        long figures = later.stream().filter(q -> !notAvailable.contains(q)).count();
        String entry = figures == later.size() ? "a figure" : figures == 0 ? "\"not available\""
                : "a figure or \"not available\"";
        String returns = FrameworkRemoval.listed(later.stream().map(q -> "the Q" + q + " return (" + held.get(q) + ")")
                .toList());
        return Optional.of(code + " cannot be reported only until Q" + until + ": " + returns + " of " + year.display()
                + (one ? " holds " : " hold ") + entry + " for it, which would no longer be shown. Have "
                + (one ? "it" : "them") + " sent back first (or reopened, once accepted, before the quarter's report"
                + " is published), choose Q" + last + " or later, or leave it empty to report it all year.");
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

    /**
     * Why the measure may not be reported only until a quarter before its first (Measure.reportedFrom): no return would
     * ask for it at all.
     */
    public static String beforeItsFirst(String code, int from, int until) {
        return code + " is reported from Q" + from + ", the quarter after the last report published (Q" + (from - 1)
                + "'s) when it was added, so it cannot be reported only until Q" + until + ": choose Q" + from
                + " or later, or leave it empty to report it to the end of the year.";
    }

    /** Why a figure for a quarter before the first is refused (a values file, a return's upload). */
    public static String notYetAsked(String code, int from, int quarter) {
        return code + " is reported from Q" + from + " only: it was added once the Q" + (from - 1) + " report was"
                + " published, and no return asks for its Q" + quarter + " figure";
    }

    /** Why a figure for a quarter after the last is refused (a values file, a return's upload). */
    public static String notAsked(String code, int until, int quarter) {
        return code + " is reported until Q" + until + " only: no return asks for its Q" + quarter + " figure";
    }
}
