package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.security.Names;
import uk.quarterlyreturns.returns.Countersigning;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.base.ui.FormDialog;

/** The strategic director countersigns the signed-off return, with a comment if they wish, or cancels. */
class CountersignDialog extends FormDialog {

    private final TextArea comment = new TextArea("Comment (optional)");
    private final Paragraph message = new Paragraph();

    /** @param names the names of the people the return mentions, its director among them */
    CountersignDialog(ServiceReturn r, Names names, String user, Countersigning countersigning, Runnable done) {
        setHeaderTitle("Countersign " + r.serviceName() + "'s return");
        comment.setWidth("32em");
        comment.setMaxLength(Countersigning.COMMENT_LIMIT);
        comment.setHelperText("Up to " + Countersigning.COMMENT_LIMIT + " characters; kept with the return's history");
        message.getElement().setAttribute("aria-live", "assertive");
        message.addClassName("countersign-refused");
        add(new Paragraph("You countersign the return as signed off by " + names.of(r.signedOffBy())
                + ". It is recorded with your name and the date, and stays in the return's history."), comment, message);
        Button confirm = new Button("Countersign", e -> {
            try {
                countersigning.countersign(r.id(), user, comment.getValue(), r.signedOffAt());
                close();
                done.run();
            } catch (IllegalArgumentException ex) {
                comment.setInvalid(true);
                comment.setErrorMessage(ex.getMessage());
                message.setText(ex.getMessage());
            } catch (NotAllowedException | IllegalStateException ex) {
                message.setText("Not countersigned: " + ex.getMessage());
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }
}
