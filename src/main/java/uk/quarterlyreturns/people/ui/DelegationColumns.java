package uk.quarterlyreturns.people.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.ValueProvider;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import uk.quarterlyreturns.base.AppClock;
import com.vaadin.flow.component.notification.Notification;
import java.util.Map;
import java.util.stream.Collectors;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.people.Delegation;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.base.calendar.UkDateFormat;

/** The delegations table: who, for which days, where it stands, and who named or ended it (and why, if not by hand). */
final class DelegationColumns {

    private static final DateTimeFormatter DAY = UkDateFormat.ofPattern("EEE d MMM yyyy");
    private static final DateTimeFormatter WHEN =
            UkDateFormat.ofPattern("d MMM yyyy").withZone(AppClock.LONDON);

    private DelegationColumns() {
    }

    static void addTo(Grid<Delegation> grid, Function<String, String> name, Clock clock,
            ValueProvider<Delegation, Component> actions) {
        addTo(grid, "Deputy", name, clock, actions);
    }

    /** The same, the one named headed as {@code who} ("Cover" for a strategic director's). */
    static void addTo(Grid<Delegation> grid, String who, Function<String, String> name, Clock clock,
            ValueProvider<Delegation, Component> actions) {
        grid.addColumn(d -> name.apply(d.deputy())).setHeader(who).setSortable(true);
        grid.addColumn(d -> DAY.format(d.startsOn())).setHeader("From");
        grid.addColumn(d -> DAY.format(d.endsOn())).setHeader("To");
        grid.addColumn(d -> d.state(LocalDate.now(clock)).label()).setHeader("Status").setSortable(true);
        grid.addColumn(d -> name.apply(d.createdBy()) + ", " + WHEN.format(d.createdAt())).setHeader("Named by");
        grid.addColumn(d -> d.endedBy() == null ? "" : name.apply(d.endedBy()) + ", " + WHEN.format(d.endedAt())
                + (d.endReason() == null ? "" : ": " + d.endReason())).setHeader("Ended by");
        grid.addComponentColumn(actions).setHeader("").setKey("actions").setAutoWidth(true);
    }

    /** Ends a deputy's delegation or a cover once confirmed: says it is done, or why not, and shows the list again. */
    static void end(Runnable end, String done, Runnable refresh) {
        try {
            end.run();
            Notification.show("Done: " + done, 5000, Notification.Position.TOP_CENTER);
        } catch (IllegalArgumentException | IllegalStateException | NotAllowedException e) {
            Notification.show("Not done: " + e.getMessage(), 8000, Notification.Position.TOP_CENTER);
        }
        refresh.run();
    }

    /** Everyone's name by username, for the table's people. */
    static Map<String, String> names(PeopleService people) {
        return people.all().stream().collect(Collectors.toMap(Person::username, Person::displayName));
    }
}
