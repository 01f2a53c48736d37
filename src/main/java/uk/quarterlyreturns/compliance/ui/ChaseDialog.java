package uk.quarterlyreturns.compliance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.stream.Collectors;
import uk.quarterlyreturns.base.mail.MailServer;
import uk.quarterlyreturns.chasing.Chasing;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.people.Person;

/** Chase one or several services by hand: the email is previewed, with the chaser's own message, before it goes. */
class ChaseDialog extends Dialog {

    private final Chasing chasing;
    private final Person sender;
    private final List<ReturnCompliance> targets;
    private final TextArea message = new TextArea("Your message (optional; it goes in the email)");
    private final Div preview = new Div();

    ChaseDialog(Chasing chasing, MailServer mailServer, Person sender, List<ReturnCompliance> targets,
            Runnable chased) {
        this.chasing = chasing;
        this.sender = sender;
        this.targets = targets;
        setHeaderTitle(targets.size() == 1 ? "Chase " + targets.get(0).service()
                : "Chase " + targets.size() + " late services");
        setWidth("min(92vw, 760px)");
        message.setWidthFull();
        message.addValueChangeListener(e -> showPreview());
        preview.addClassName("chase-preview");
        Paragraph who = new Paragraph("Services: " + targets.stream().map(ReturnCompliance::service)
                .collect(Collectors.joining(", ")));
        add(who, message, preview);
        Button send = new Button("Send chase", e -> {
            int emails = targets.stream().mapToInt(t -> chasing.chaseByHand(t.returnId(), sender,
                    message.getValue())).sum();
            Notification.show("Chased " + targets.size() + (targets.size() == 1 ? " service: " : " services: ")
                    + mailServer.whatHappened(emails), 6000, Notification.Position.TOP_CENTER);
            close();
            chased.run();
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), send);
        showPreview();
    }

    private void showPreview() {
        preview.removeAll();
        Chasing.ChasePreview first = chasing.previewByHand(targets.get(0).returnId(), sender, message.getValue());
        if (first.mail() == null) {
            preview.add(new Paragraph("Nobody in " + targets.get(0).service() + " has an email address: nothing"
                    + " would be sent."));
            return;
        }
        preview.add(new H4("Preview" + (targets.size() > 1 ? " (the email to " + targets.get(0).service() + ")" : "")),
                new Paragraph("To: " + first.recipients().stream().map(p -> p.displayName() + " <" + p.email() + ">")
                        .collect(Collectors.joining(", "))),
                new Paragraph("Subject: " + first.mail().subject()), new Pre(first.mail().text()));
    }
}
