package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.quarterlyreturns.base.security.Names;
import uk.quarterlyreturns.base.security.PersonNames;
import uk.quarterlyreturns.base.ui.CurrentUser;
import uk.quarterlyreturns.base.ui.Grids;
import uk.quarterlyreturns.base.ui.UkDates;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.returns.Countersignature;
import uk.quarterlyreturns.returns.Countersigning;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * A strategic director's list of their directorate's signed-off and accepted returns in the quarters not yet
 * published, each countersigned or with "Countersign…".
 */
@Route("countersign")
@PageTitle("Countersign | Quarterly Returns")
@Menu(order = 3, title = "Countersign")
@RolesAllowed("STRATEGIC_DIRECTOR")
public class CountersignView extends VerticalLayout implements BeforeEnterObserver {

    private static final Comparator<Instant> NEVER_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
    static final Comparator<Cycle> QUARTER_ORDER = Comparator.comparing(Cycle::yearLabel)
            .thenComparingInt(Cycle::quarter);

    private final Countersigning countersigning;
    private final CycleRepository cycles;
    /** Each quarter read once, not once a row is drawn or compared. */
    private final Map<Long, Optional<Cycle>> quarters = new HashMap<>();
    private final CurrentUser user;
    private String me;
    private final Grid<ServiceReturn> grid = new Grid<>(ServiceReturn.class, false);
    private final Paragraph count = new Paragraph();
    private final PersonNames people;
    private Map<Long, Countersignature> countersigned = Map.of();
    private Names names = Names.NONE;

    public CountersignView(Countersigning countersigning, CycleRepository cycles, CurrentUser user,
            PersonNames people) {
        this.countersigning = countersigning;
        this.cycles = cycles;
        this.people = people;
        this.user = user;
        grid.addComponentColumn(CountersignView::link).setHeader("Return").setKey("return")
                .setComparator(ServiceReturn::serviceName).setFlexGrow(2);
        grid.addColumn(r -> cycle(r).map(Cycle::shortName).orElse("")).setHeader("Quarter").setKey("quarter")
                .setComparator(Comparator.comparing((ServiceReturn r) -> cycle(r).orElse(null),
                        Comparator.nullsLast(QUARTER_ORDER)))
                .setAutoWidth(true);
        grid.addColumn(r -> r.status().label()).setHeader("Status").setKey("status")
                .setComparator(ServiceReturn::status).setAutoWidth(true);
        // by the time, not the text: "2 Nov 2017" would sort before "30 Oct 2017"
        grid.addColumn(r -> names.of(r.signedOffBy()) + " on " + UkDates.WHEN.format(r.signedOffAt()))
                .setHeader("Signed off").setKey("signed-off").setAutoWidth(true)
                .setComparator(Comparator.comparing(ServiceReturn::signedOffAt, NEVER_FIRST))
                .setTooltipGenerator(ServiceReturn::signedOffBy);
        // the ones still to countersign first, then by when they were countersigned
        grid.addComponentColumn(this::countersignature).setHeader("Countersignature").setKey("countersignature")
                .setComparator(Comparator.comparing(r -> Optional.ofNullable(countersigned.get(r.id()))
                        .map(Countersignature::at).orElse(null), NEVER_FIRST))
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addClassName("countersign-grid");
        grid.setAriaLabel("Returns to countersign");
        add(new H2("Countersign returns"), new Paragraph("Your directorate's returns signed off by their directors,"
                + " in the quarters whose report is not yet published. Countersigning is optional: nothing waits"
                + " for it. A return sent back or reopened and signed off again may be countersigned again."),
                count, grid);
    }

    /** Read on every visit: the list is whatever stands now, for whoever is signed in now. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        me = user.username();
        refresh();
    }

    private void refresh() {
        List<ServiceReturn> returns = countersigning.signedOffInDirectorate(me);
        countersigned = returns.stream().map(ServiceReturn::cycleId).distinct()
                .flatMap(c -> countersigning.standingInCycle(c).entrySet().stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        names = people.named(returns.stream().map(ServiceReturn::signedOffBy).toList());
        long waiting = returns.stream().filter(r -> !countersigned.containsKey(r.id())).count();
        grid.setItems(returns);
        Grids.fitRows(grid, returns.size());
        grid.setVisible(!returns.isEmpty());
        count.setText(returns.isEmpty() ? "No return of your directorate is signed off yet."
                : waiting + " of " + returns.size() + (returns.size() == 1 ? " signed-off return" : " signed-off returns")
                        + " not countersigned.");
    }

    private Optional<Cycle> cycle(ServiceReturn r) {
        return quarters.computeIfAbsent(r.cycleId(), cycles::find);
    }

    private Component countersignature(ServiceReturn r) {
        Countersignature c = countersigned.get(r.id());
        if (c != null) {
            return new Span(ReturnHeader.line(c));
        }
        Optional<String> whyNot = countersigning.whyNot(me, r);
        if (whyNot.isPresent()) {
            return new Span(whyNot.get());
        }
        Button button = new Button("Countersign…", e -> new CountersignDialog(r, names, me, countersigning, () -> {
            Notification.show("Countersigned " + r.serviceName() + "'s return", 6000,
                    Notification.Position.TOP_CENTER);
            refresh();
        }).open());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setAriaLabel("Countersign " + r.serviceName() + "'s return");
        return button;
    }

    private static Anchor link(ServiceReturn r) {
        Anchor a = new Anchor(ReturnView.path(r.id()), r.serviceName());
        a.getElement().setAttribute("router-link", true);
        return a;
    }
}
