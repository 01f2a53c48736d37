package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.List;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.returns.EntryTexts;

/**
 * A measure's words: the reasons for performance and the actions planned, asked for while it is Amber
 * or worse, the explanation a query asks for, and why a figure is not available when it cannot be given.
 * Text already written always stays in view; text is saved as it is typed.
 */
class NarrativeFields extends Div {

    private final TextArea reasons = area("Reasons for performance");
    private final TextArea actionsPlanned = area("Actions planned to address issues");
    private final TextArea explanation = area("Explanation for the query");
    private final Checkbox notAvailable = new Checkbox("Not available this quarter");
    private final TextArea notAvailableReason = area("Why the figure is not available");
    private boolean ending;

    /** @param code the measure's, which each field is read out with */
    NarrativeFields(String code, boolean editable, Runnable changed) {
        addClassName("narrative");
        ReadWithCode.label(code, reasons, actionsPlanned, explanation, notAvailableReason);
        ReadWithCode.label(code, notAvailable);
        setWidthFull();
        for (TextArea a : List.of(reasons, actionsPlanned, explanation, notAvailableReason)) {
            a.setReadOnly(!editable);
            AutoSave.whileTyping(a);
            a.addValueChangeListener(e -> changedUnlessEnding(changed));
        }
        notAvailable.setReadOnly(!editable);
        notAvailable.addValueChangeListener(e -> changedUnlessEnding(changed));
        notAvailableReason.setHelperText(editable ? "Printed in the report instead of a figure" : null);
        add(notAvailable, notAvailableReason, reasons, actionsPlanned, explanation);
    }

    /**
     * Offers "not available" only while there is no figure; its reason shows while it is ticked. A figure ends the
     * mark and its reason, as it is saved: clearing the figure leaves no value, not "not available" again.
     */
    void showNotAvailable(boolean noFigure) {
        if (!noFigure && notAvailable.getValue()) {
            ending = true; // saved with the figure, not as changes of their own
            try {
                notAvailable.setValue(false);
                notAvailableReason.clear();
            } finally {
                ending = false;
            }
        }
        notAvailable.setVisible(noFigure);
        notAvailableReason.setVisible(noFigure && notAvailable.getValue());
        notAvailableReason.setRequiredIndicatorVisible(notAvailable.getValue());
    }

    /** The reason the figure is not available, or null when it is not marked so. */
    String notAvailableReason() {
        return notAvailable.getValue() && notAvailable.isVisible() ? notAvailableReason.getValue() : null;
    }

    /** @param offTrack the measure is Amber or worse as typed; @param query a query wants an explanation */
    void show(boolean offTrack, boolean query) {
        require(reasons, offTrack);
        require(actionsPlanned, offTrack);
        explanation.setVisible(query || !explanation.isEmpty());
    }

    void fill(QuarterValue entry) {
        reasons.setValue(entry == null || entry.reasons() == null ? "" : entry.reasons());
        actionsPlanned.setValue(entry == null || entry.actionsPlanned() == null ? "" : entry.actionsPlanned());
        explanation.setValue(entry == null || entry.queryExplanation() == null ? "" : entry.queryExplanation());
        notAvailable.setValue(entry != null && entry.notAvailable());
        notAvailableReason.setValue(entry == null || entry.notAvailableReason() == null ? ""
                : entry.notAvailableReason());
    }

    /** Words from an uploaded file, each put where it would be typed; null leaves a field as it is. */
    void enter(String reasons, String actionsPlanned, String explanation, String notAvailableReason) {
        enter(this.reasons, reasons);
        enter(this.actionsPlanned, actionsPlanned);
        enter(this.explanation, explanation);
        if (notAvailableReason != null) {
            notAvailable.setValue(true);
            enter(this.notAvailableReason, notAvailableReason);
        }
    }

    /** Puts text into the area as if typed; null leaves it as it is. */
    static void enter(TextArea area, String text) {
        if (text != null) {
            area.setValue(text);
        }
    }

    /** The first of the reasons and the actions planned still to write (the reasons when both are written). */
    void focusNarrative() {
        firstEmpty(reasons, actionsPlanned).focus();
    }

    void focusExplanation() {
        explanation.focus();
    }

    /** The first area with nothing written in it, else the first. */
    static TextArea firstEmpty(TextArea... areas) {
        return Arrays.stream(areas).filter(a -> a.getValue().isBlank()).findFirst().orElse(areas[0]);
    }

    String reasons() {
        return reasons.getValue();
    }

    String actionsPlanned() {
        return actionsPlanned.getValue();
    }

    String explanation() {
        return explanation.getValue();
    }

    private void changedUnlessEnding(Runnable changed) {
        if (!ending) {
            changed.run();
        }
    }

    private static void require(TextArea area, boolean required) {
        area.setVisible(required || !area.isEmpty());
        area.setRequiredIndicatorVisible(required);
        area.setHelperText(required && !area.isReadOnly() ? "Required while this measure is Amber or worse" : null);
    }

    private static TextArea area(String label) {
        TextArea area = new TextArea(label);
        area.setWidthFull();
        area.setMaxLength(EntryTexts.MOST_CHARACTERS);
        return area;
    }
}
