package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.stream.Stream;
import uk.quarterlyreturns.base.AppClock;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.RagOverride;
import uk.quarterlyreturns.framework.ui.RagSelect;
import uk.quarterlyreturns.returns.EntryTexts;

/**
 * A director's override of the computed RAG. It counts only with a written justification, which the
 * report prints beside it; until one is given the override is not saved and the field says why.
 */
class OverrideFields extends Details {

    private final Select<Rag> rag = RagSelect.of("RAG to report instead", "No override: report the computed RAG");
    private final TextArea justification = new TextArea("Justification for the override");
    private final String measureCode;
    private final List<Rag> ratings;

    /** @param ratings the ratings the measure's scheme gives (OverrideRule), the only ones offered */
    OverrideFields(String measureCode, List<Rag> ratings, Runnable changed) {
        this.measureCode = measureCode;
        this.ratings = ratings;
        rag.setItems(ratings);
        setSummaryText("Override the RAG of " + measureCode);
        ReadWithCode.label(measureCode, rag);
        ReadWithCode.label(measureCode, justification);
        addClassName("override");
        justification.setWidthFull();
        justification.setMaxLength(EntryTexts.MOST_CHARACTERS);
        justification.setHelperText("Required with an override: the report prints it");
        AutoSave.whileTyping(justification);
        rag.addValueChangeListener(e -> changed.run());
        justification.addValueChangeListener(e -> changed.run());
        add(rag, justification);
    }

    /** The measure has no computed RAG to override: the control stays shut and says why. */
    void refuse(String why) {
        setSummaryText("No override of " + measureCode + "'s RAG: " + why);
        setEnabled(false);
    }

    /** Whether an override may be chosen here (see refuse). */
    boolean offered() {
        return isVisible() && isEnabled();
    }

    void fill(RagOverride override) {
        if (!isEnabled()) {
            return; // one kept from before the measure lost its target is in effect nowhere, so not shown as chosen
        }
        if (override != null && !ratings.contains(override.rag())) {
            // one saved before the choice was bound to the scheme is shown as it is, to be changed
            rag.setItems(Stream.concat(ratings.stream(), Stream.of(override.rag())).toList());
        }
        rag.setValue(override == null ? null : override.rag());
        justification.setValue(override == null ? "" : override.justification());
        setOpened(override != null);
    }

    /** An override chosen without a justification is not complete, so it is neither rated nor saved. */
    boolean isComplete() {
        boolean complete = rag.getValue() == null || !justification.getValue().isBlank();
        justification.setInvalid(!complete);
        justification.setErrorMessage(complete ? null : "Give a justification for overriding the RAG");
        justification.setRequiredIndicatorVisible(rag.getValue() != null);
        return complete;
    }

    Rag rag() {
        return rag.getValue();
    }

    String justification() {
        return justification.getValue();
    }

    /** The override as chosen, complete or not, for telling what changed (TheirChanges). */
    Chosen chosen() {
        return new Chosen(rag.getValue(), justification.getValue());
    }

    /** An override as chosen on the form or stored; blank words are none. */
    record Chosen(Rag rag, String justification) {

        Chosen {
            justification = justification == null || justification.isBlank() ? null : justification.strip();
        }

        static Chosen of(RagOverride stored) {
            return stored == null ? new Chosen(null, null) : new Chosen(stored.rag(), stored.justification());
        }
    }

    /** The override as typed, for rating the measure live; null when none is chosen or it is incomplete. */
    RagOverride typed(String user) {
        return rag.getValue() == null || justification.getValue().isBlank() ? null
                : new RagOverride(rag.getValue(), user, AppClock.current(), justification.getValue());
    }
}
