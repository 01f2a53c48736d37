package uk.quarterlyreturns.returns;

import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.OverrideRule;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.RagOverride;
import uk.quarterlyreturns.returns.ReturnUpload.MeasureNow;

/**
 * A row's rag_override and override_justification, taken as the form takes an override: only from whoever may sign
 * the return off (its director, or the deputy for the period), with a justification, and one of the measure's own
 * ratings. The override kept on the return, as the download writes it, is no change and is left as it is; a
 * blank cell beside it keeps that half of the one kept.
 */
record UploadedOverride(Rag rag, String justification) {

    static final String WHO_MAY = "only the service director (or their deputy for the period) may override a RAG:"
            + " leave rag_override and override_justification blank";

    /** The override the row gives, or null when it gives none or only the one kept (problems are added). */
    static UploadedOverride read(UploadCells cells, MeasureNow now, ReturnUpload.Form form) {
        Measure measure = now.measure();
        String ragText = cells.get("rag_override");
        String justification = cells.text("override_justification");
        RagOverride kept = now.override();
        if (ragText == null && justification == null || kept != null
                && (ragText == null || ragText.equalsIgnoreCase(kept.rag().label()))
                && (justification == null || justification.equals(kept.justification().strip()))) {
            return null; // none, or the one kept as the download wrote it (a cell is read without its edges' spaces)
        }
        String column = ragText == null ? "override_justification" : "rag_override";
        if (!form.canOverride()) {
            cells.problem(column, WHO_MAY);
            return null;
        }
        String nothing = OverrideRule.nothingToOverride(measure, form.quarter()).orElse(null);
        if (nothing != null) {
            cells.problem(column, nothing);
            return null;
        }
        Rag rag = ragText == null ? kept == null ? null : kept.rag()
                : cells.rating("rag_override", OverrideRule.ratings(measure));
        String why = justification != null ? justification : kept == null ? null : kept.justification();
        if (ragText == null && rag == null) {
            cells.problem("rag_override", "Give the RAG to report instead of the computed one");
        }
        if (why == null) {
            cells.problem("override_justification", "Give a justification for overriding the RAG: the report"
                    + " prints it");
        }
        return rag == null || why == null ? null : new UploadedOverride(rag, why);
    }
}
