package uk.quarterlyreturns.compliance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import java.util.stream.Collectors;
import uk.quarterlyreturns.base.mail.MailServer;
import uk.quarterlyreturns.chasing.ChaseArrivals;
import uk.quarterlyreturns.chasing.Chasing;
import uk.quarterlyreturns.chasing.HandChases;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.people.Person;

/** The chase email as it will go, with the chaser's message: to whom, its subject and its words. */
class ChaseEmailPreview extends Div {

    private final Chasing chasing;
    private final ChaseArrivals arrivals;
    private final MailServer mailServer;
    private final Person sender;
    /** The first service someone there can be emailed at, whose email is previewed; null when none can. */
    private final ReturnCompliance reachable;
    private final boolean several;

    ChaseEmailPreview(Chasing chasing, ChaseArrivals arrivals, MailServer mailServer, Person sender,
            ReturnCompliance reachable, boolean several) {
        this.chasing = chasing;
        this.arrivals = arrivals;
        this.mailServer = mailServer;
        this.sender = sender;
        this.reachable = reachable;
        this.several = several;
        addClassName("chase-preview");
    }

    /** The email to the first service that can be emailed; the others get the same words. */
    void show(String message) {
        removeAll();
        if (reachable == null) {
            return; // said in the dialog: nothing would be sent
        }
        HandChases.ChasePreview first = chasing.previewByHand(reachable.returnId(), sender, message);
        add(new H4("Preview" + (several ? " (the email to " + reachable.service()
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
}
