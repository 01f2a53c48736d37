package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import uk.quarterlyreturns.base.ui.CurrentUser;

/** The tasks waiting for this person: assigned to them, or open to them or one of their groups. */
@Route("inbox")
@PageTitle("Inbox | Quarterly Returns")
@Menu(order = 1, title = "Inbox")
@RolesAllowed({"SERVICE_DIRECTOR", "DATA_OFFICER", "STRATEGIC_DIRECTOR", "PERFORMANCE_TEAM", "CHIEF_EXECUTIVE"})
public class InboxView extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm").withZone(ZoneId.of("Europe/London"));

    public InboxView(InboxTasks tasks, CurrentUser user) {
        List<InboxItem> items = tasks.forUser(user.username());
        add(new H2("Inbox"));
        if (items.isEmpty()) {
            add(new Paragraph("Nothing is waiting for you."));
            return;
        }
        Grid<InboxItem> grid = new Grid<>(InboxItem.class, false);
        // The task is a link, so that the keyboard reaches it (Enter on the cell, then Tab) as well as the mouse.
        grid.addComponentColumn(InboxView::link).setHeader("Task").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(InboxItem::about).setHeader("Return").setSortable(true).setFlexGrow(2);
        grid.addColumn(InboxItem::quarter).setHeader("Quarter").setSortable(true).setAutoWidth(true);
        grid.addColumn(InboxItem::service).setHeader("Service").setSortable(true).setFlexGrow(2);
        grid.addColumn(i -> i.due() == null ? "No due date" : WHEN.format(i.due())).setHeader("Due")
                .setComparator(Comparator.comparing(InboxItem::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .setAutoWidth(true);
        grid.addComponentColumn(InboxView::closesIn).setHeader("Closes").setAutoWidth(true);
        grid.addColumn(InboxItem::status).setHeader("Status").setSortable(true).setAutoWidth(true);
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("My tasks");
        add(new Paragraph(items.size() == 1 ? "1 task is waiting for you." : items.size() + " tasks are waiting"
                + " for you."), grid);
    }

    private static Anchor link(InboxItem item) {
        Anchor a = new Anchor(item.path(), item.task());
        a.getElement().setAttribute("router-link", true);
        a.getElement().setAttribute("aria-label", item.task() + ": " + item.about() + ", " + item.quarter());
        return a;
    }

    private static Span closesIn(InboxItem item) {
        Span span = new Span(item.closesIn().isEmpty() ? "–" : item.closesIn());
        span.addClassName("due-" + item.urgency().name().toLowerCase());
        return span;
    }
}
