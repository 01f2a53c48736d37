package uk.quarterlyreturns.base.ui;

import com.vaadin.flow.component.dialog.Dialog;

/**
 * A dialog the person types into (a challenge, a reason, a measure, a message). A stray click beside it does not close
 * it, as Vaadin's dialogs do by default, losing what was typed with no question; Esc and its Cancel button still do,
 * as deliberate choices.
 */
public class FormDialog extends Dialog {

    public FormDialog() {
        setCloseOnOutsideClick(false);
    }
}
