package uk.quarterlyreturns.base.mail.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.base.calendar.LondonTime;

/** Every message the application has sent or tried to send, with what became of it. */
@Route("admin/outbox")
@PageTitle("Outbox | Quarterly Returns")
@Menu(order = 21, title = "Outbox")
@RolesAllowed("ADMIN")
public class OutboxView extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(LondonTime.ZONE);

    public OutboxView(MailOutbox outbox) {
        Grid<OutboxEntry> grid = new Grid<>(OutboxEntry.class, false);
        grid.addColumn(e -> WHEN.format(e.createdAt())).setHeader("Recorded").setSortable(true);
        grid.addColumn(OutboxEntry::recipient).setHeader("To").setSortable(true);
        grid.addColumn(OutboxEntry::subject).setHeader("Subject").setFlexGrow(3);
        grid.addColumn(OutboxEntry::kind).setHeader("Kind").setSortable(true);
        grid.addColumn(e -> switch (e.status()) {
            case DELIVERED -> "Delivered " + WHEN.format(e.deliveredAt());
            case NOT_SENT -> "Not delivered";
            case HELD -> "Held for the daily digest";
            case DIGESTED -> "Sent in a daily digest";
            case PENDING -> e.attempts() == 0 ? "Waiting" : "Retrying (" + e.attempts() + " attempts)";
        }).setHeader("Delivery").setSortable(true);
        grid.addColumn(e -> e.lastError() == null ? "" : e.lastError()).setHeader("Last error").setFlexGrow(2);
        grid.setItems(outbox.latest(1000));
        grid.setAriaLabel("Outbox");
        setSizeFull();
        add(new H2("Outbox"), new Paragraph("The latest 1,000 messages, newest first."), grid);
    }
}
