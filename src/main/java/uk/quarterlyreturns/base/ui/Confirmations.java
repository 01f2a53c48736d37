package uk.quarterlyreturns.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Asks before an action that cannot simply be taken back; Cancel leaves everything as it was. Cancel has the focus
 * when the question opens, so Enter pressed in haste, or kept down from the form before, does nothing harmful; Tab
 * reaches the confirm button.
 */
public final class Confirmations {

    // The web component focuses its confirm button when it has opened; this runs after it, on the same event.
    private static final String CANCEL_FOCUSED = """
            const overlay = this._overlayElement;
            if (overlay) {
              overlay.addEventListener('vaadin-overlay-open', () => {
                const cancel = overlay.querySelector('[slot="cancel-button"]');
                if (cancel) cancel.focus();
              });
            }
            """;

    private Confirmations() {
    }

    public static void ask(String header, String text, String confirmText, Runnable action) {
        dialog(header, text, confirmText, action).open();
    }

    /** The same, with a text of more than one paragraph or a list. */
    public static void ask(String header, Component text, String confirmText, Runnable action) {
        ConfirmDialog dialog = dialog(header, "", confirmText, action);
        dialog.setText(text);
        dialog.open();
    }

    /** The same, with the confirm button marked as one that removes or takes away. */
    public static void askDestructive(String header, String text, String confirmText, Runnable action) {
        ConfirmDialog dialog = dialog(header, text, confirmText, action);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private static ConfirmDialog dialog(String header, String text, String confirmText, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, confirmText, e -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText("Cancel");
        dialog.getElement().executeJs(CANCEL_FOCUSED);
        return dialog;
    }
}
