package uk.quarterlyreturns.report;

import uk.quarterlyreturns.framework.Rag;

/**
 * One key action's line in the report.
 *
 * @param code           e.g. "ERC009"
 * @param outcome        the outcome it serves (the key actions file's optional column), or null
 * @param status         on the same scale as measures, or MISSING when not returned; NOT_DUE in a quarter before the
 *                       one it is reported from (KeyAction.reportedIn)
 * @param commentary     the service's progress update, or null
 * @param reasons        "reasons for performance", or null
 * @param actionsPlanned "actions planned to address issues", or null
 * @param missingReason  why a Missing status is missing when the reader needs telling (its return was sent back for
 *                       rework), else null
 */
public record ActionLine(String code, String title, String directorate, String service, String theme,
                         String outcome, Rag status, String commentary, String reasons, String actionsPlanned, String missingReason) {

    /** A line serving no stated outcome whose status, when Missing, needs no reason. */
    public ActionLine(String code, String title, String directorate, String service, String theme, Rag status,
            String commentary, String reasons, String actionsPlanned) {
        this(code, title, directorate, service, theme, null, status, commentary, reasons, actionsPlanned, null);
    }

    public ActionLine {
        if (status == null) {
            status = Rag.MISSING;
        }
    }
}
