package uk.quarterlyreturns.people.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.ValueProvider;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import uk.quarterlyreturns.base.AppClock;
import uk.quarterlyreturns.people.Delegation;

/** The delegations table: who, for which days, where it stands, and who named or ended it (and why, if not by hand). */
final class DelegationColumns {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", java.util.Locale.UK);
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK).withZone(AppClock.LONDON);

    private DelegationColumns() {
    }

    static void addTo(Grid<Delegation> grid, Function<String, String> name, Clock clock,
            ValueProvider<Delegation, Component> actions) {
        grid.addColumn(d -> name.apply(d.deputy())).setHeader("Deputy").setSortable(true);
        grid.addColumn(d -> DAY.format(d.startsOn())).setHeader("From");
        grid.addColumn(d -> DAY.format(d.endsOn())).setHeader("To");
        grid.addColumn(d -> d.state(LocalDate.now(clock)).label()).setHeader("Status").setSortable(true);
        grid.addColumn(d -> name.apply(d.createdBy()) + ", " + WHEN.format(d.createdAt())).setHeader("Named by");
        grid.addColumn(d -> d.endedBy() == null ? "" : name.apply(d.endedBy()) + ", " + WHEN.format(d.endedAt())
                + (d.endReason() == null ? "" : ": " + d.endReason())).setHeader("Ended by");
        grid.addComponentColumn(actions).setHeader("").setKey("actions").setAutoWidth(true);
    }
}
