package uk.quarterlyreturns.report;

import uk.quarterlyreturns.framework.Rag;

/**
 * One line of the five-point breakdown printed beside the three-point summary.
 *
 * @param group the summary word the status counts under, e.g. "On track", or "Counted apart"
 */
public record BreakdownRow(Rag rag, String code, String label, String style, String group, int count) {
}
