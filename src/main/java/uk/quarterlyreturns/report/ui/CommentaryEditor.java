package uk.quarterlyreturns.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.cycle.ReportCommentary;

/**
 * The performance team writes the executive summary's commentary here. A failed save keeps the text in the
 * field, so nothing typed is lost; nor is a colleague's, saved since this page read it.
 */
class CommentaryEditor extends VerticalLayout implements UnsavedWords {

    private final TextArea text = new TextArea("Performance team commentary for the executive summary");
    private final Button save = new Button("Save commentary");
    /** The commentary as this page last read or saved it: a save over someone else's since is refused. */
    private String shown;

    CommentaryEditor(ReportCommentary commentary, long cycleId, String user) {
        setPadding(false);
        addClassName("commentary-editor");
        text.setWidthFull();
        text.setMinHeight("10em");
        text.setMaxLength(ReportCommentary.MOST_CHARACTERS);
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.setHelperText("Printed after the summary figures; a blank line starts a new paragraph. Read when the"
                + " report is compiled.");
        shown = commentary.read(cycleId);
        text.setValue(shown);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        text.addValueChangeListener(e -> {
            save.setEnabled(e.isFromClient());
            text.setInvalid(false);
        });
        save.addClickListener(e -> {
            try {
                shown = commentary.write(cycleId, user, text.getValue(), shown);
                save.setEnabled(false);
                Notification.show("Commentary saved", 4000, Notification.Position.TOP_CENTER);
            } catch (IllegalArgumentException | IllegalStateException | NotAllowedException ex) {
                text.setInvalid(true);
                text.setErrorMessage("Not saved: " + ex.getMessage());
            }
        });
        add(new H3("Commentary"), text, save);
    }

    @Override
    public Optional<String> unsaved() {
        // saved, the words are kept stripped: a trailing line break typed is not a change
        return text.getValue().strip().equals(shown.strip()) ? Optional.empty() : Optional.of("the commentary");
    }
}
