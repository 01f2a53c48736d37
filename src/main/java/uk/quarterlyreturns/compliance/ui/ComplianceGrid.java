package uk.quarterlyreturns.compliance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ui.ReturnView;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.ui.Grids;
import uk.quarterlyreturns.base.ui.UkDates;

/** One row per service's return: who, where it has got to, how late, how often chased. */
class ComplianceGrid extends Grid<ReturnCompliance> {

    private static final Comparator<Instant> NEVER_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    /**
     * @param chase null when this person may not chase
     * @param extend null when this person may not change a return's deadline
     */
    ComplianceGrid(Instant deadline, ZonedDateTime now, Consumer<ReturnCompliance> chase,
            Consumer<ReturnCompliance> extend) {
        super(ReturnCompliance.class, false);
        // The widths fit a council laptop's 1,400 pixels with the menu open, the row actions included: the director
        // is named under the service, and the chasing is one column. On a narrower screen the grid scrolls sideways,
        // the service frozen in view beside the row actions, which are no use without its name.
        addComponentColumn(ComplianceGrid::service).setHeader("Service").setKey("service")
                .setComparator(ReturnCompliance::service).setWidth("11rem").setFlexGrow(3).setFrozen(true);
        addColumn(ReturnCompliance::directorate).setHeader("Directorate").setSortable(true).setWidth("9rem")
                .setFlexGrow(2);
        addColumn(r -> r.status().label()).setHeader("Status").setSortable(true).setAutoWidth(true);
        addComponentColumn(r -> timing(r, deadline, now)).setHeader("Deadline").setKey("deadline")
                .setComparator(Comparator.comparingLong(ReturnCompliance::daysToDeadline)).setWidth("9rem");
        // the most chased first when sorted high to low, those chased alike by how long ago
        addComponentColumn(ComplianceGrid::chased).setHeader("Chased").setKey("chased").setWidth("9rem")
                .setComparator(Comparator.comparingInt((ReturnCompliance r) -> r.remindersSent() + r.escalations())
                        .thenComparing(ReturnCompliance::lastChased, NEVER_FIRST));
        // by the time, not the text: "02/11/2017" would sort before "30/10/2017"
        addColumn(r -> when(r.lastActivity())).setHeader("Last activity").setKey("last-activity").setWidth("7rem")
                .setComparator(Comparator.comparing(ReturnCompliance::lastActivity, NEVER_FIRST));
        if (chase != null) {
            addComponentColumn(r -> {
                Button b = new Button("Chase", e -> chase.accept(r));
                b.addThemeVariants(ButtonVariant.LUMO_SMALL);
                b.setAriaLabel("Chase " + r.service());
                b.setVisible(r.chaseable());
                return b;
            }).setHeader("Chase").setKey("chase").setAutoWidth(true).setFlexGrow(0);
        }
        if (extend != null) {
            addComponentColumn(r -> {
                Button b = new Button("Extend…", e -> extend.accept(r));
                b.addThemeVariants(ButtonVariant.LUMO_SMALL);
                b.setAriaLabel("Extend the deadline of " + r.service());
                b.setVisible(r.status() != ReturnStatus.WITHDRAWN && !r.isIn());
                return b;
            }).setHeader("Extension").setKey("extend").setAutoWidth(true).setFlexGrow(0);
        }
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setAriaLabel("Returns of the cycle");
    }

    /**
     * The service, a link to its return, with its director now beneath: whom to chase (the report names the
     * director who signed the return off).
     */
    static Div service(ReturnCompliance r) {
        Anchor link = new Anchor(ReturnView.path(r.returnId()), r.service());
        link.getElement().setAttribute("router-link", true);
        link.addClassName("cell-link");
        // the link on a line of its own: beside other words it would have to be underlined to be told apart
        return new Div(new Div(link), Grids.note(r.director() == null ? "No director now"
                : "Director now: " + r.director()));
    }

    /** "2 reminders, 1 escalation" and when the last went, or "Not chased". */
    static Div chased(ReturnCompliance r) {
        if (r.lastChased() == null) {
            return new Div("Not chased");
        }
        String counts = Stream.of(count(r.remindersSent(), "reminder"), count(r.escalations(), "escalation"))
                .filter(c -> !c.isEmpty()).collect(Collectors.joining(", "));
        return new Div(new Div(counts), Grids.note("Last " + when(r.lastChased())));
    }

    private static String count(int n, String what) {
        return n == 0 ? "" : n + " " + what + (n == 1 ? "" : "s");
    }

    /**
     * "In on time", "In late", or how long until (or since) the return's own deadline, coloured by how late; a return
     * with an agreed extension says so ("Extended to 28 Oct 2017"), its reason on hover.
     */
    static Span timing(ReturnCompliance r, Instant cycleDeadline, ZonedDateTime now) {
        Span timing = standing(r, r.deadline(cycleDeadline), now);
        if (r.isExtended()) {
            // a midnight as the day it ends, as every deadline is shown
            Span extended = new Span("Extended to " + LondonTime.deadline(r.extendedTo().atZone(LondonTime.ZONE),
                    UkDates.DAY, UkDates.DAY));
            extended.addClassName("extended");
            extended.setTitle(r.extensionReason());
            timing.add(new Div(extended));
        }
        return timing;
    }

    private static Span standing(ReturnCompliance r, Instant deadline, ZonedDateTime now) {
        if (r.isIn()) {
            // A return sent back or reopened stays in for timeliness, and is shown as owed again, as its mails say.
            Span in = new Span((r.onTime() ? "In on time" : "In late") + switch (r.status()) {
                case SENT_BACK -> "; sent back";
                case REOPENED -> "; reopened";
                default -> "";
            });
            in.addClassName(r.onTime() ? "due-none" : "due-soon");
            return in;
        }
        Span span = new Span(LondonTime.closesIn(now, deadline.atZone(LondonTime.ZONE)));
        span.addClassName(r.overdue() ? "due-overdue" : r.daysToDeadline() <= 2 ? "due-soon" : "due-none");
        return span;
    }

    private static String when(Instant at) {
        // with its year, as every date is shown: an earlier year's cycle is read long after
        return at == null ? "–" : UkDates.WHEN.format(at);
    }
}
