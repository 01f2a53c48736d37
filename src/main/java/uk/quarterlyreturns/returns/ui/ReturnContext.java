package uk.quarterlyreturns.returns.ui;

import uk.quarterlyreturns.base.security.Names;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.returns.ReturnSheet;
import uk.quarterlyreturns.returns.ReturnSheets;

/**
 * What every part of a return's form needs: the return as read, the services that rate and save it,
 * and what this person may do with it.
 *
 * @param editable    this person may change the return now: with the service, its preparers; awaiting
 *                    sign-off, whoever may sign it off
 * @param canOverride this person may override a computed RAG (the director or the deputy)
 */
record ReturnContext(ReturnSheet sheet, ReturnSheets sheets, ReturnEditing editing, String user, boolean editable,
        boolean canOverride) {

    long returnId() {
        return sheet.serviceReturn().id();
    }

    /** The names of the return's people read again: whoever saved since the page was read is among them now. */
    Names namesNow() {
        return sheets.names(sheet.serviceReturn());
    }
}
