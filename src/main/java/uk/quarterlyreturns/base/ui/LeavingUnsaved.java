package uk.quarterlyreturns.base.ui;

import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveEvent.ContinueNavigationAction;
import java.util.Optional;

/**
 * Leaving a page that shows something typed and not saved (a figure the form cannot read, words saved only by their
 * button) for another page would lose it unseen: the person is asked first, and Cancel keeps them on the page with it
 * as typed. Reading the same page again is not asked about: it is how a person sees what is stored now.
 */
public final class LeavingUnsaved {

    private LeavingUnsaved() {
    }

    /** @param unsaved what on the page is not saved, in words, or empty to let the person go */
    public static void ask(BeforeLeaveEvent event, Optional<String> unsaved) {
        if (event.getLocation().getPath().equals(
                event.getUI().getInternals().getActiveViewLocation().getPath())) {
            return; // the page read again: the way to see what is stored now, as a refused save says
        }
        unsaved.ifPresent(what -> {
            ContinueNavigationAction leave = event.postpone();
            Confirmations.askDestructive("Leave without saving?", "Not saved: " + what + ". Cancel to stay and"
                    + " save it; if you leave the page, it is lost.", "Leave and lose it", leave::proceed);
        });
    }
}
