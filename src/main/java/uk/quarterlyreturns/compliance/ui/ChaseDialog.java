package uk.quarterlyreturns.compliance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uk.quarterlyreturns.base.mail.MailServer;
import uk.quarterlyreturns.chasing.ChaseArrivals;
import uk.quarterlyreturns.chasing.Chasing;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.people.Person;

/** Chase one or several services by hand: the email is previewed, with the chaser's own message, before it goes. */
class ChaseDialog extends Dialog {

    /** A chase of all late services in a national collection names hundreds: beyond this, the list folds away. */
    static final int NAMED_AT_ONCE = 12;

    private final Chasing chasing;
    private final ChaseArrivals arrivals;
    private final MailServer mailServer;
    private final Person sender;
    private final List<ReturnCompliance> targets;
    private final TextArea message = new TextArea("Your message (optional; it goes in the email)");
    private final Div preview = new Div();
    /** The first service someone there can be emailed at, whose email is previewed; null when none can. */
    private final ReturnCompliance reachable;

    ChaseDialog(Chasing chasing, ChaseArrivals arrivals, MailServer mailServer, Person sender,
            List<ReturnCompliance> targets, Runnable chased) {
        this.chasing = chasing;
        this.arrivals = arrivals;
        this.mailServer = mailServer;
        this.sender = sender;
        this.targets = targets;
        setHeaderTitle(targets.size() == 1 ? "Chase " + targets.get(0).service()
                : "Chase " + targets.size() + " late services");
        setWidth("min(92vw, 760px)");
        message.setWidthFull();
        message.addValueChangeListener(e -> showPreview());
        preview.addClassName("chase-preview");
        Component who = who(targets.stream().map(ReturnCompliance::service).toList());
        // Known before sending, so that the person chasing can reach those services some other way.
        List<String> unreachable = targets.stream().filter(t -> !chasing.reachesSomeone(t.returnId()))
                .map(ReturnCompliance::service).toList();
        reachable = targets.stream().filter(t -> !unreachable.contains(t.service())).findFirst().orElse(null);
        add(who, message);
        if (!unreachable.isEmpty()) {
            Paragraph nobody = new Paragraph(ChaseNotice.beforeSending(unreachable));
            nobody.addClassName("unreachable");
            add(nobody);
        }
        add(preview);
        Button send = new Button("Send chase", e -> {
            send(unreachable);
            close();
            chased.run();
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), send);
        showPreview();
    }

    /** Whom the chase is for: all named when few, else the first few and the whole list one click away. */
    static Component who(List<String> services) {
        if (services.size() <= NAMED_AT_ONCE) {
            return new Paragraph("Services: " + String.join(", ", services));
        }
        Paragraph first = new Paragraph("Services: " + String.join(", ", services.subList(0, NAMED_AT_ONCE - 2))
                + " and " + (services.size() - NAMED_AT_ONCE + 2) + " more");
        Details all = new Details("All " + services.size() + " services", new Paragraph(String.join(", ", services)));
        return new Div(first, all);
    }

    /**
     * Chases each service still with work to do. One whose return came in while the dialog was open (or was
     * chased from another tab and submitted) is left out and named: the chase would ask for what is done.
     */
    private void send(List<String> unreachable) {
        List<ReturnCompliance> chasedNow = new ArrayList<>();
        List<String> notChased = new ArrayList<>();
        int emails = 0;
        for (ReturnCompliance t : targets) {
            try {
                emails += chasing.chaseByHand(t.returnId(), sender, message.getValue());
                chasedNow.add(t);
            } catch (IllegalStateException overtaken) {
                notChased.add(overtaken.getMessage());
            }
        }
        List<String> unreachableChased = unreachable.stream()
                .filter(u -> chasedNow.stream().anyMatch(t -> t.service().equals(u))).toList();
        List<Person> recipients = chasedNow.stream().flatMap(t -> chasing.recipients(t.returnId()).stream())
                .distinct().toList();
        String done = chasedNow.isEmpty() ? "Nothing was sent"
                : ChaseNotice.afterSending(chasedNow.size(), unreachableChased, whatHappened(emails, recipients));
        Notification.show(done + (notChased.isEmpty() ? "" : ". " + String.join(". ", notChased)), 8000,
                Notification.Position.TOP_CENTER);
    }

    /** The email to the first service that can be emailed; the others get the same words. */
    private void showPreview() {
        preview.removeAll();
        if (reachable == null) {
            return; // said above: nothing would be sent
        }
        Chasing.ChasePreview first = chasing.previewByHand(reachable.returnId(), sender, message.getValue());
        preview.add(new H4("Preview" + (targets.size() > 1 ? " (the email to " + reachable.service()
                        + "; each service gets its own)" : "")),
                new Paragraph("To: " + first.recipients().stream().map(this::addressee)
                        .collect(Collectors.joining(", "))),
                new Paragraph("Subject: " + first.mail().subject()), new Pre(first.mail().text()));
    }

    /** "Dana Digest <dana@…> (in their daily digest at 07:00 tomorrow)" for someone the chase will not reach now. */
    private String addressee(Person p) {
        return p.displayName() + " <" + p.email() + ">"
                + (mailServer.configured() && arrivals.inADigest(p) ? " (" + arrivals.when(p) + ")" : "");
    }

    /** Per person when someone takes a daily digest (the chase waits for it); otherwise all went the same way. */
    private String whatHappened(int emails, List<Person> recipients) {
        if (!mailServer.configured() || recipients.stream().noneMatch(arrivals::inADigest)) {
            return mailServer.whatHappened(emails);
        }
        return emails + (emails == 1 ? " email. " : " emails. ") + arrivals.perPerson(recipients)
                + " (see the outbox for what becomes of them)";
    }
}
