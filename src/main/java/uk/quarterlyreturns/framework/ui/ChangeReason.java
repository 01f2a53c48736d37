package uk.quarterlyreturns.framework.ui;

import com.vaadin.flow.component.textfield.TextField;
import uk.quarterlyreturns.framework.FrameworkEdit;
import uk.quarterlyreturns.framework.FrameworkWay;

/** The optional "Reason for the change" a framework form or import offers, kept with each change it makes. */
final class ChangeReason {

    /** A reason too long to keep: said on its field, and nothing is saved. */
    static final class TooLong extends IllegalArgumentException {
        TooLong(String message) {
            super(message);
        }
    }

    private ChangeReason() {
    }

    static TextField field() {
        TextField reason = new TextField("Reason for the change");
        reason.setHelperText("Optional: kept with the change in the framework's history (for example, the meeting"
                + " that agreed it)");
        reason.setMaxLength(FrameworkEdit.REASON_MAX);
        reason.setWidthFull();
        return reason;
    }

    static FrameworkEdit edit(String by, FrameworkWay way, TextField reason) {
        try {
            return new FrameworkEdit(by, way, reason.getValue());
        } catch (IllegalArgumentException e) {
            throw new TooLong(e.getMessage());
        }
    }
}
