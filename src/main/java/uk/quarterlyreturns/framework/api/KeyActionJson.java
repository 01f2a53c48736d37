package uk.quarterlyreturns.framework.api;

import uk.quarterlyreturns.framework.QuarterKeyActions;
import uk.quarterlyreturns.framework.io.KeyActionRow;

/**
 * One key action in one quarter, as GET .../quarters/{quarter}/actions gives it. {@code status} is the status given
 * (the RAG scale's names), MISSING when none was given by its return's deadline, null before then; {@code commentary},
 * {@code reasons} and {@code actionsPlanned} are the words entered, null when none. {@code returnNotIn}: the service's
 * return of the quarter is not in, so these are as entered so far, which the report prints as Missing.
 */
record KeyActionJson(String code, String title, String directorate, String service, String theme, String outcome,
        String status, String commentary, String reasons, String actionsPlanned, boolean returnNotIn) {

    static KeyActionJson of(QuarterKeyActions.InQuarter a) {
        KeyActionRow d = a.action().definition();
        var e = a.entry();
        return new KeyActionJson(d.code(), d.title(), d.directorate(), d.service(), d.theme(), d.outcome(),
                a.status() == null ? null : a.status().name(), e == null ? null : e.commentary(),
                e == null ? null : e.reasons(), e == null ? null : e.actionsPlanned(), a.returnNotIn());
    }
}
