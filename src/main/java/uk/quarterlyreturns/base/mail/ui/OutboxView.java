package uk.quarterlyreturns.base.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.mail.Resend;
import uk.quarterlyreturns.base.security.Names;
import uk.quarterlyreturns.base.security.PersonNames;
import uk.quarterlyreturns.base.ui.CurrentUser;
import uk.quarterlyreturns.base.ui.Confirmations;
import uk.quarterlyreturns.base.ui.Grids;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.MailRetry;
import uk.quarterlyreturns.base.mail.MailServer;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.base.mail.templates.MailKind;
import uk.quarterlyreturns.base.calendar.UkDateFormat;

/**
 * Every message the application has sent or tried to send (the latest, or those found by recipient or subject):
 * what became of it, how many tries, the last error, and who sent it again and when; a failed one can be sent
 * again, or all of them at once after a confirmation.
 */
@Route("admin/outbox")
@PageTitle("Outbox | Quarterly Returns")
@Menu(order = 21, title = "Outbox")
@RolesAllowed("ADMIN")
public class OutboxView extends VerticalLayout {

    private static final int SHOWN = 1000;
    private static final DateTimeFormatter WHEN =
            UkDateFormat.ofPattern("d MMM yyyy HH:mm").withZone(LondonTime.ZONE);

    private final MailOutbox outbox;
    private final MailRetry retry;
    private final MailServer server;
    private final CurrentUser user;
    private final PersonNames names;
    private final Grid<OutboxEntry> grid = new Grid<>(OutboxEntry.class, false);
    private final Button retryAll = new Button();
    private final TextField find = new TextField("Find by recipient or subject");
    private List<OutboxEntry> failed = List.of();
    /** Failed messages events overtook (see ResendRule), with the reason: shown, never offered again. */
    private Map<Long, String> overtaken = Map.of();
    private Map<Long, List<Resend>> resends = Map.of();
    private Names resenders = Names.NONE;

    public OutboxView(MailOutbox outbox, MailRetry retry, MailServer server, CurrentUser user, PersonNames names) {
        this.user = user;
        this.names = names;
        this.outbox = outbox;
        this.retry = retry;
        this.server = server;
        // Widths that fit 1,400 pixels with the menu open, a failed message's "Send again" included: what became of a
        // message (its tries, last error and who sent it again) is one column, a line each.
        grid.addColumn(e -> WHEN.format(e.createdAt())).setHeader("Recorded").setSortable(true).setWidth("8rem");
        grid.addColumn(OutboxEntry::recipient).setHeader("To").setSortable(true).setWidth("11rem");
        grid.addColumn(OutboxEntry::subject).setHeader("Subject").setWidth("14rem").setFlexGrow(3);
        grid.addColumn(e -> MailKind.words(e.kind())).setHeader("Kind").setSortable(true).setWidth("9rem");
        grid.addComponentColumn(this::delivery).setHeader("Delivery").setKey("delivery").setWidth("16rem")
                .setFlexGrow(2).setComparator(this::status);
        grid.addComponentColumn(this::retryButton).setHeader("").setKey("retry").setAutoWidth(true).setFlexGrow(0);
        grid.setAriaLabel("Outbox");
        retryAll.addClickListener(e -> confirmRetryAll());
        retryAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setSizeFull();
        find.setClearButtonVisible(true);
        find.setWidth("24em");
        find.setValueChangeMode(ValueChangeMode.LAZY);
        find.addValueChangeListener(e -> refresh());
        add(new H2("Outbox"), new Paragraph("The latest " + String.format(java.util.Locale.UK, "%,d", SHOWN)
                + " messages, newest first; an older one is found by its recipient or subject."), find);
        if (!server.configured()) {
            add(new Paragraph("No mail server is configured (SPRING_MAIL_HOST): messages are recorded here and not"
                    + " sent. Configure one, restart, then send the failed ones again."));
        }
        add(retryAll, grid);
        refresh();
    }

    /** What became of the message, then its last error and each time it was sent again, a line each. */
    private Div delivery(OutboxEntry e) {
        Div cell = new Div(new Div(status(e)));
        String error = lastError(e);
        if (!error.isEmpty()) {
            cell.add(Grids.note("Last error: " + error));
        }
        // "Sent again by Ada Admin (admin) on 3 Dec 2026 10:15", one for each time
        resends.getOrDefault(e.id(), List.of()).forEach(r -> cell.add(Grids.note("Sent again by " + name(r.by()) + " on "
                + WHEN.format(r.at()))));
        return cell;
    }

    private String status(OutboxEntry e) {
        return switch (e.status()) {
            case DELIVERED -> "Delivered " + WHEN.format(e.deliveredAt());
            case NOT_SENT -> "Not delivered";
            case HELD -> "Held for the daily digest";
            // why it was left out, which is no error: "Left out of the daily digest: the return was submitted…", or
            // "Not sent: it asks for a return that has been submitted since" at its delivery
            case DIGESTED -> e.lastError() == null ? "Sent in a daily digest" : e.lastError();
            case PENDING -> failed.stream().anyMatch(f -> f.id() == e.id()) ? "Failed: gave up retrying"
                    : e.attempts() == 0 ? "Waiting" : "Retrying";
        } + tries(e) + (overtaken.containsKey(e.id()) ? ". " + overtaken.get(e.id()) : "");
    }

    /** " (3 tries)": said unless there was none, or the one try delivered it. */
    private static String tries(OutboxEntry e) {
        int n = e.attempts();
        return n == 0 || n == 1 && e.status() == OutboxEntry.Status.DELIVERED ? ""
                : " (" + n + (n == 1 ? " try)" : " tries)");
    }

    /** What went wrong in sending; a message left out (of a digest, or at its delivery) says why in its status. */
    private static String lastError(OutboxEntry e) {
        return e.lastError() == null || e.status() == OutboxEntry.Status.DIGESTED ? "" : e.lastError();
    }

    private String name(String username) {
        return resenders.known(username) ? resenders.of(username) + " (" + username + ")" : username;
    }

    private Button retryButton(OutboxEntry e) {
        Button button = new Button("Send again", click -> {
            asAdministrator(() -> retry.retry(e.id(), user.username()) ? "Queued again for delivery to "
                    + e.recipient() : "Nothing to do: this message is no longer failed");
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setAriaLabel("Send again to " + e.recipient() + ": " + e.subject());
        button.setVisible(failed.stream().anyMatch(f -> f.id() == e.id()) && !overtaken.containsKey(e.id()));
        button.setEnabled(server.configured());
        return button;
    }

    private void confirmRetryAll() {
        Confirmations.ask("Send " + (failed.size() - overtaken.size()) + " failed messages again?",
                "Each goes again as first written, to the address shown: a person's address now, if theirs"
                        + " changed since. Messages delivered or still being tried are left alone, and so are those"
                        + " events overtook: a reminder or chase for a return submitted since, mail to someone"
                        + " disabled since, or about a return they may no longer act on.", "Send again", () -> {
                    asAdministrator(() -> {
                        int retried = retry.retryAll(failed, user.username());
                        return retried + (retried == 1 ? " message" : " messages") + " queued again";
                    });
                });
    }

    /**
     * Sends again and says what happened; refused, with the reason, to someone no longer an administrator (their
     * role taken away since the page opened), or for a message events overtook.
     */
    private void asAdministrator(java.util.function.Supplier<String> sendAgain) {
        String said;
        try {
            said = sendAgain.get();
        } catch (NotAllowedException | IllegalStateException refused) {
            said = refused.getMessage();
        }
        Notification.show(said, 5000, Notification.Position.TOP_CENTER);
        refresh();
    }

    private void refresh() {
        List<OutboxEntry> latest = outbox.latest(SHOWN, find.getValue());
        failed = latest.stream().filter(retry::failed).toList();
        overtaken = retry.whyNotAgain(failed);
        int sendable = failed.size() - overtaken.size();
        retryAll.setText("Send all failed again (" + sendable + ")");
        retryAll.setEnabled(sendable > 0 && server.configured());
        resends = retry.resends(latest.stream().map(OutboxEntry::id).toList());
        resenders = names.named(resends.values().stream().flatMap(List::stream).map(Resend::by).toList());
        grid.setItems(latest);
    }
}
