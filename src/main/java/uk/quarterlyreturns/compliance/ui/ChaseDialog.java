package uk.quarterlyreturns.compliance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.Command;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import uk.quarterlyreturns.base.mail.MailServer;
import uk.quarterlyreturns.chasing.ChaseArrivals;
import uk.quarterlyreturns.chasing.Chasing;
import uk.quarterlyreturns.chasing.HandChases;
import uk.quarterlyreturns.chasing.ChasesByHand;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.base.ui.FormDialog;
import uk.quarterlyreturns.base.Faults;
import org.slf4j.LoggerFactory;
import org.slf4j.Logger;

/** Chase one or several services by hand: the email is previewed, with the chaser's own message, before it goes. */
class ChaseDialog extends FormDialog {

    private static final Logger LOG = LoggerFactory.getLogger(ChaseDialog.class);

    /** A chase of all late services in a national collection names hundreds: beyond this, the list folds away. */
    static final int NAMED_AT_ONCE = 12;
    /** A chase of more services than this runs on a thread of its own, its progress shown: it takes a while. */
    static final int AT_ONCE = 10;
    /** How often the page asks for news while a chase of many runs. */
    private static final int POLL_MS = 1000;

    private final Chasing chasing;
    private final ChasesByHand chases;
    /** Given what the chase did, once the dialog has closed. */
    private final Consumer<String> chased;
    private final ChaseArrivals arrivals;
    private final MailServer mailServer;
    private final Person sender;
    private final List<ReturnCompliance> targets;
    /** Whether these are the late ones the page listed, each chased only if still late when the chase goes. */
    private final boolean late;
    private final TextArea message = new TextArea("Your message (optional; it goes in the email)");
    private final ChaseEmailPreview preview;
    private final ProgressBar bar = new ProgressBar();
    private final Paragraph status = new Paragraph();

    ChaseDialog(Chasing chasing, ChaseArrivals arrivals, MailServer mailServer, Person sender,
            List<ReturnCompliance> targets, Consumer<String> chased) {
        this(chasing, arrivals, mailServer, sender, targets, false, chased);
    }

    /** @param late whether these are the late ones the page listed ("Chase all late") */
    ChaseDialog(Chasing chasing, ChaseArrivals arrivals, MailServer mailServer, Person sender,
            List<ReturnCompliance> targets, boolean late, Consumer<String> chased) {
        this.late = late;
        this.chasing = chasing;
        this.chases = new ChasesByHand(chasing);
        this.chased = chased;
        this.arrivals = arrivals;
        this.mailServer = mailServer;
        this.sender = sender;
        this.targets = targets;
        setHeaderTitle(targets.size() == 1 ? "Chase " + targets.get(0).service()
                : "Chase " + targets.size() + " late services");
        setWidth("min(92vw, 760px)");
        message.setWidthFull();
        Component who = who(targets.stream().map(ReturnCompliance::service).toList());
        // Each return as it stands and whom its chase reaches, read at once for them all, however many.
        Map<Long, HandChases.ChaseTarget> found = chasing.targets(targets.stream().map(ReturnCompliance::returnId)
                .toList());
        // Known before sending, so that the person chasing can reach those services some other way.
        List<String> unreachable = targets.stream().filter(t -> !found.containsKey(t.returnId())
                || !found.get(t.returnId()).reachesSomeone()).map(ReturnCompliance::service).toList();
        // the email previewed is one that will go: a service still owing its return, if any does
        ReturnCompliance reachable = targets.stream().filter(t -> !unreachable.contains(t.service()))
                .sorted(Comparator.comparing(t -> !found.get(t.returnId()).r().isChaseable())).findFirst()
                .orElse(null);
        preview = new ChaseEmailPreview(chasing, arrivals, mailServer, sender, reachable, targets.size() > 1);
        message.addValueChangeListener(e -> preview.show(message.getValue()));
        add(who);
        List<ServiceReturn> standing = targets.stream().map(t -> found.get(t.returnId())).filter(Objects::nonNull)
                .map(HandChases.ChaseTarget::r).toList();
        if (targets.size() > 1 || !OwedBecause.notChased(standing).isEmpty()) {
            // which are not yet in, which sent back or reopened, with the comment each of their emails gives; and
            // one in since the page was read (alone, only that)
            (targets.size() > 1 ? OwedBecause.lines(standing) : OwedBecause.notChased(standing)).forEach(line -> {
                        Paragraph owed = new Paragraph(line);
                        owed.addClassName("owed-because");
                        add(owed);
                    });
        }
        add(message);
        if (!unreachable.isEmpty()) {
            Paragraph nobody = new Paragraph(ChaseNotice.beforeSending(unreachable));
            nobody.addClassName("unreachable");
            add(nobody);
        }
        bar.setVisible(false);
        bar.getElement().setAttribute("aria-label", "Progress of the chase");
        status.getElement().setAttribute("role", "status"); // read out as it changes
        status.getStyle().set("white-space", "pre-line"); // a reason a service was not chased to a line
        add(preview, bar, status);
        Button send = new Button("Send chase", e -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), send);
        preview.show(message.getValue());
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
     * Chases each service still with work to do. One whose return came in while the dialog was open, that was
     * chased from another tab since the page was read, or (a chase of the late ones) whose deadline was extended or
     * moved later since, is left out and named: the chase would ask for what is done, chase it twice, or call it late
     * when it is not. A chase of many goes on a thread of its own, the dialog showing how far it has got.
     */
    private void send() {
        List<ChasesByHand.Target> chase = targets.stream()
                .map(t -> new ChasesByHand.Target(t.returnId(), t.service(), t.lastChased(), late)).toList();
        if (chase.size() <= AT_ONCE) {
            ChasesByHand.Outcome outcome = chases.chase(chase, sender, message.getValue(), ChasesByHand.Progress.NONE);
            if (outcome.chased().isEmpty()) {
                // nothing went: the dialog stays, saying why, the message kept for another try
                status.setText(summary(outcome, ".\n"));
                return;
            }
            String summary = summary(outcome, ".\n");
            Notification.show(summary.replace(".\n", ". "), 8000, Notification.Position.TOP_CENTER);
            close();
            chased.accept(summary);
            return;
        }
        UI ui = UI.getCurrent();
        CompletableFuture<ChasesByHand.Outcome> running = chases.chaseInBackground(chase, sender, message.getValue(),
                (done, of) -> tell(ui, () -> progress(done, of)));
        // Until it is done the dialog stays: the summary says which services were not chased, and why.
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
        getFooter().removeAll();
        message.setReadOnly(true);
        preview.setVisible(false);
        bar.setVisible(true);
        bar.setIndeterminate(true);
        status.setText("Chasing " + chase.size() + " services…");
        ui.setPollInterval(POLL_MS);
        running.thenApply(outcome -> summary(outcome, ".\n"))
                .exceptionally(failed -> stopped(chase.size(), failed))
                .thenAccept(summary -> tell(ui, () -> finished(ui, summary)));
    }

    /** The chase of many stopped by a fault: its text (class names, SQL) logged, a reference to quote shown. */
    private static String stopped(int services, Throwable failed) {
        String reference = Faults.reference();
        LOG.error("A chase of {} services stopped (reference {})", services, reference, failed);
        return "The chase stopped: something went wrong; tell the administrator the reference " + reference
                + ". The services chased before it stopped show it under Last chased.";
    }

    private void progress(int done, int of) {
        bar.setIndeterminate(false);
        bar.setValue((double) done / of);
        status.setText("Chasing " + done + " of " + of + "…");
    }

    private void finished(UI ui, String summary) {
        ui.setPollInterval(-1);
        bar.setVisible(false);
        status.setText(summary);
        // the page is drawn again on closing, the summary kept there, so that the focus is not lost with the dialog
        getFooter().add(new Button("Close", e -> {
            close();
            chased.accept(summary);
        }));
    }

    /** News for the dialog, unless its page has gone (closed, or signed out): the chase goes on all the same. */
    private static void tell(UI ui, Command news) {
        try {
            ui.access(news);
        } catch (UIDetachedException gone) {
            // nobody to tell
        }
    }

    /** "Chased 4 services: 8 emails queued for delivery (…)", then why any others were not chased. */
    private String summary(ChasesByHand.Outcome outcome, String separator) {
        List<String> chasedNow = outcome.chased().stream().map(ChasesByHand.Target::service).toList();
        Map<Long, HandChases.ChaseTarget> found = chasing.targets(outcome.chased().stream()
                .map(ChasesByHand.Target::returnId).toList());
        List<Person> recipients = outcome.chased().stream().map(t -> found.get(t.returnId())).filter(Objects::nonNull)
                .flatMap(t -> t.recipients().stream()).distinct().toList();
        String done = chasedNow.isEmpty() ? "Nothing was sent" : ChaseNotice.afterSending(chasedNow.size(),
                whatHappened(outcome.emails(), recipients));
        return done + (outcome.notChased().isEmpty() ? "" : separator + String.join(separator, outcome.notChased()));
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
