package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.ui.Finding;
import uk.quarterlyreturns.base.ui.UkDates;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.ui.CurrentUser;
import uk.quarterlyreturns.base.ui.Grids;
import uk.quarterlyreturns.returns.TaskClaims;
import uk.quarterlyreturns.returns.TrailTable;

/**
 * The tasks waiting for this person: claimed by them, or open to them or one of their groups and not yet
 * claimed by a colleague; above them, any signed-off return of theirs with challenges waiting for their answer.
 * Claiming takes a shared task out of colleagues' inboxes until it is released, or until the claimant may no longer
 * take it: then it comes back, marked so, for the others to take over.
 */
@Route("inbox")
@PageTitle("Inbox | Quarterly Returns")
@Menu(order = 1, title = "Inbox")
@RolesAllowed({"SERVICE_DIRECTOR", "DATA_OFFICER", "STRATEGIC_DIRECTOR", "PERFORMANCE_TEAM", "CHIEF_EXECUTIVE"})
public class InboxView extends VerticalLayout implements BeforeEnterObserver {

    /** "inbox?filter=housing" opens the inbox filtered so: a refresh keeps the filter. */
    public static final String FILTER_PARAMETER = "filter";

    private static final DateTimeFormatter WHEN = TrailTable.WHEN;

    private final InboxTasks tasks;
    private final InboxChallenges challenges;
    private final TaskClaims claims;
    private final String me;
    private final Grid<InboxItem> grid = new Grid<>(InboxItem.class, false);
    private final TextField filter = new TextField("Filter tasks");
    private final Paragraph count = new Paragraph();
    private final UnorderedList answers = new UnorderedList();
    private int waiting;

    public InboxView(InboxTasks tasks, InboxChallenges challenges, TaskClaims claims, CurrentUser user) {
        this.tasks = tasks;
        this.challenges = challenges;
        this.claims = claims;
        this.me = user.username();
        // The task is a link, so that the keyboard reaches it (Enter on the cell, then Tab) as well as the mouse.
        grid.addComponentColumn(InboxView::link).setHeader("Task").setAutoWidth(true).setFlexGrow(0);
        // Widths that fit the words of a return's or service's name, so that a long one wraps between words, and that
        // fit 1,400 pixels with the menu open and a long inbox's scroll bar, the Claim button included.
        grid.addColumn(InboxItem::about).setHeader("Return").setSortable(true).setWidth("9rem").setFlexGrow(2);
        grid.addColumn(InboxItem::quarter).setHeader("Quarter").setComparator(InboxItem.BY_QUARTER)
                .setAutoWidth(true);
        grid.addColumn(InboxItem::service).setHeader("Service").setSortable(true).setWidth("8rem").setFlexGrow(2);
        // the due date on one line and how soon beneath it, in one column: two narrow ones wrapped both
        grid.addComponentColumn(InboxView::due).setHeader("Due").setKey("due")
                .setComparator(Comparator.comparing(InboxItem::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .setWidth("14rem").setFlexGrow(0);
        grid.addColumn(InboxItem::status).setHeader("Status").setSortable(true).setWidth("9rem");
        // a set width, not the content's: a step taken over, or one not theirs to take, says why in words that wrap
        grid.addComponentColumn(this::claim).setHeader("Claim").setKey("claim").setWidth("9rem").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("My tasks");
        filter.setPlaceholder("Return, service, task or status");
        filter.setWidth("22em");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                filterInAddress();
            }
            applyFilter();
        });
        count.addClassName("inbox-count");
        answers.addClassName("inbox-challenges");
        answers.getElement().setAttribute("aria-label", "Challenges waiting for your answer");
        add(new H2("Inbox"), answers, count);
        if (user.has(Role.STRATEGIC_DIRECTOR)) {
            // Countersigning is not a step of the return's process, so it is never a task here: it is one link away.
            Anchor countersign = new Anchor("countersign", "Your directorate's signed-off returns, to countersign");
            countersign.getElement().setAttribute("router-link", true);
            add(countersign);
        }
        add(filter, grid);
        refresh();
    }

    private void refresh() {
        // a signed-off return has no step of the service's, but waits for its answers before it can be accepted
        answers.removeAll();
        List<InboxChallenges.Waiting> unanswered = challenges.forUser(me);
        unanswered.forEach(w -> {
            Anchor a = new Anchor(w.path(), w.words());
            a.getElement().setAttribute("router-link", true);
            answers.add(new ListItem(a));
        });
        answers.setVisible(!unanswered.isEmpty());
        List<InboxItem> items = tasks.forUser(me);
        grid.setItems(items);
        Grids.fitRows(grid, items.size());
        filter.setVisible(!items.isEmpty());
        grid.setVisible(!items.isEmpty());
        waiting = items.size();
        applyFilter();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String said = event.getLocation().getQueryParameters().getSingleParameter(FILTER_PARAMETER).orElse("");
        if (!Finding.holds(filter.getValue(), said)) {
            filter.setValue(said); // not while typing: the space just typed stays
        }
    }

    private void filterInAddress() {
        String words = filter.getValue().strip();
        Finding.keepInAddress(this,
                words.isEmpty() ? QueryParameters.empty() : QueryParameters.of(FILTER_PARAMETER, words));
    }

    private void applyFilter() {
        String words = Finding.words(filter.getValue());
        ((ListDataProvider<InboxItem>) grid.getDataProvider()).setFilter(item -> Finding.matches(words, item.task(),
                item.about(), item.service(), item.quarter(), item.status()));
        String none = answers.isVisible() ? "No other task is waiting for you." : "Nothing is waiting for you.";
        String said = waiting == 0 ? none : waiting == 1 ? "1 task is waiting for you."
                : waiting + " tasks are waiting for you.";
        // how many the filter leaves, among hundreds
        count.setText(words.isEmpty() ? said : said + " Showing " + grid.getListDataView().getItemCount() + " of "
                + waiting + ".");
    }

    /**
     * Claim or release; a step claimed by someone who may no longer take it says so, and is taken over. A step offered
     * but not theirs to take (a report they had a hand in) says why instead, as its page does, with nothing to claim.
     */
    private Component claim(InboxItem item) {
        if (item.notYours() != null) {
            Span why = new Span(item.notYours());
            why.addClassName("own-work");
            return why;
        }
        boolean mine = me.equals(item.claimedBy());
        String verb = mine ? "Release" : item.formerClaimant() != null ? "Take over" : "Claim";
        Button button = new Button(verb, e -> act(() -> {
            if (mine) {
                claims.release(item.taskId(), me);
            } else {
                claims.claim(item.taskId(), me);
            }
        }));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(verb + " " + item.task() + ": " + item.about());
        if (item.formerClaimant() == null) {
            return button;
        }
        return new Div(button, Grids.note("Claimed by " + item.formerClaimant() + ", who may no longer take it"));
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | NotAllowedException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.TOP_CENTER);
        }
        refresh();
    }

    private static Anchor link(InboxItem item) {
        Anchor a = new Anchor(item.path(), item.task());
        a.getElement().setAttribute("router-link", true);
        a.getElement().setAttribute("aria-label", item.task() + ": " + item.about() + ", " + item.quarter());
        return a;
    }

    /** "Sun 20 Dec 2026, 10:37" with "closes in 14 days" beneath, coloured by how soon; or "No due date". */
    static Div due(InboxItem item) {
        if (item.due() == null) {
            return new Div("No due date");
        }
        Div soon = Grids.note(item.closesIn());
        soon.addClassName("due-" + item.urgency().name().toLowerCase());
        return new Div(new Div(LondonTime.deadline(item.due().atZone(LondonTime.ZONE), UkDates.DAY, WHEN)), soon);
    }
}
