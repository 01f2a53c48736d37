package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasLabel;

/**
 * Every measure and key action on the form has fields of the same labels ("Reasons for performance"): a screen
 * reader, listing the fields or moving between them, hears each with its code first ("HF-1 Reasons for performance"),
 * the label on the screen unchanged.
 */
final class ReadWithCode {

    private ReadWithCode() {
    }

    @SafeVarargs
    static <F extends HasLabel & HasAriaLabel> void label(String code, F... fields) {
        for (F field : fields) {
            field.setAriaLabel(code + " " + field.getLabel());
        }
    }
}
