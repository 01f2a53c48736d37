package uk.quarterlyreturns.base.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.shared.Registration;

/**
 * A dialog the person types into (a challenge, a reason, a measure, a message). A stray click beside it does not close
 * it, as Vaadin's dialogs do by default, losing what was typed with no question; Esc and its Cancel button still do,
 * as deliberate choices. Leaving its page (Back, or a link followed) closes it: it belonged to that page, and would
 * otherwise stay open over the next.
 */
public class FormDialog extends Dialog {

    private Registration leaving;

    public FormDialog() {
        setCloseOnOutsideClick(false);
        addAttachListener(attach -> leaving = attach.getUI().addAfterNavigationListener(navigated -> close()));
        addDetachListener(detach -> {
            if (leaving != null) {
                leaving.remove();
                leaving = null;
            }
        });
    }
}
