package uk.quarterlyreturns.returns;

import java.util.ArrayList;
import java.util.List;

/**
 * When a highlight report the performance team asked for is complete: it has the head of service's narrative and at
 * least one of current issues or improvements (a quarter may have nothing to say in one of them). Its problems name
 * the highlight report as their item, so the submit dialog and the sign-off list them beside the measures'.
 */
public final class HighlightChecks {

    /** The item the problems name: the highlight report's section of the return. */
    public static final String ITEM = HighlightReports.TRAIL_ITEM;
    public static final String NO_NARRATIVE = "No head of service's narrative: give the head of service's narrative"
            + " for the quarter";
    public static final String NO_ISSUES_OR_IMPROVEMENTS = "No current issues or improvements: give at least one of"
            + " them";

    private HighlightChecks() {
    }

    /** What is missing from the report; empty when it is complete. */
    public static List<ReturnChecks.Problem> check(Highlight h) {
        List<ReturnChecks.Problem> problems = new ArrayList<>();
        if (h.narrative() == null) {
            problems.add(new ReturnChecks.Problem(ITEM, ReturnChecks.Level.ERROR, NO_NARRATIVE));
        }
        if (h.currentIssues() == null && h.improvements() == null) {
            problems.add(new ReturnChecks.Problem(ITEM, ReturnChecks.Level.ERROR, NO_ISSUES_OR_IMPROVEMENTS));
        }
        return problems;
    }
}
