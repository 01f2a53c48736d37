package uk.quarterlyreturns.returns;

import java.util.ArrayList;
import java.util.List;

/**
 * How complete a return is: what the submit dialog lists before submission and the director sees at
 * sign-off. Built by {@link ReturnChecks#completeness}.
 *
 * @param measuresDue       measures expected this quarter
 * @param withValue         of those, with a valid figure
 * @param notAvailable      of those, marked not available with a reason
 * @param actions           key actions of the return
 * @param actionsGiven      of those, with a status and a commentary
 * @param offTrack          measures and key actions at Amber or worse
 * @param offTrackExplained of those, with reasons and actions planned
 * @param queries           figures queried (a big move since last quarter)
 * @param queriesExplained  of those, explained
 * @param highlightAsked    whether the performance team asked the return for a highlight report
 * @param highlightGiven    whether that highlight report is complete
 * @param problems          everything still to put right
 */
public record Completeness(int measuresDue, int withValue, int notAvailable, int actions, int actionsGiven,
        int offTrack, int offTrackExplained, int queries, int queriesExplained, boolean highlightAsked,
        boolean highlightGiven, List<ReturnChecks.Problem> problems) {

    public Completeness {
        problems = List.copyOf(problems);
    }

    public boolean complete() {
        return problems.isEmpty();
    }

    /** The summary in words, one line each. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        int open = measuresDue - withValue - notAvailable;
        lines.add("Measures due: " + measuresDue + "; " + withValue + " with a value, " + notAvailable
                + " not available with a reason" + (open > 0 ? ", " + open + " still to give or correct" : ""));
        lines.add("Key actions: " + actionsGiven + " of " + actions + " with a status and a commentary");
        lines.add("At Amber or worse: " + offTrack + (offTrack == 1 ? " item, " : " items, ") + offTrackExplained
                + " with reasons and actions planned");
        lines.add("Queries: " + queries + ", " + queriesExplained + " explained");
        if (highlightAsked) {
            lines.add("Highlight report: " + (highlightGiven ? "complete"
                    : "still to give the head of service's narrative and current issues or improvements"));
        }
        return lines;
    }
}
