package uk.quarterlyreturns.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.quarterlyreturns.base.ui.Confirmations;
import uk.quarterlyreturns.base.ui.CurrentUser;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.Organisation.ServiceUnit;
import uk.quarterlyreturns.people.Covers;
import uk.quarterlyreturns.people.Delegation;
import uk.quarterlyreturns.people.DelegationState;
import uk.quarterlyreturns.people.Delegations;
import uk.quarterlyreturns.people.DeputyClaims;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;

/**
 * A service director names a deputy for a period, who may then prepare and sign off the service's return;
 * a strategic director names cover for their escalations (CoverSection); an administrator may do either for anyone.
 * Past delegations stay listed.
 */
@Route("delegations")
@PageTitle("Deputies | Quarterly Returns")
@Menu(order = 10, title = "Deputies")
@RolesAllowed({"ADMIN", "SERVICE_DIRECTOR", "STRATEGIC_DIRECTOR"})
public class DelegationsView extends VerticalLayout {

    private final Delegations delegations;
    private final DeputyClaims claims;
    private final PeopleService people;
    private final Clock clock;
    private final String me;
    private final Select<ServiceUnit> service = new Select<>();
    private final Grid<Delegation> grid = new Grid<>(Delegation.class, false);
    private final DeputyForm form;
    private final Paragraph noLonger = new Paragraph();
    private Map<String, String> names = Map.of();

    public DelegationsView(Delegations delegations, DeputyClaims claims, PeopleService people,
            Organisation organisation, Clock clock, CurrentUser user, Covers covers) {
        this.delegations = delegations;
        this.claims = claims;
        this.people = people;
        this.clock = clock;
        this.me = user.username();
        List<ServiceUnit> services = organisation.services();
        List<ServiceUnit> mine = services.stream().filter(s -> delegations.mayDelegate(s.id(), me)).toList();
        List<Person> covered = covers.coverNamedBy(me);
        service.setLabel("Service");
        service.setWidth("22em");
        service.setItems(mine);
        service.setItemLabelGenerator(s -> s == null ? "" : s.name());
        service.addValueChangeListener(e -> refresh());
        form = new DeputyForm(delegations, people, clock, me, this::refresh);
        DelegationColumns.addTo(grid, this::name, clock, this::actions);
        grid.setAriaLabel("Deputies");
        grid.setAllRowsVisible(true);
        add(new H2("Deputies"));
        // a strategic director of no service names only their cover
        if (!mine.isEmpty() || covered.isEmpty() || services.isEmpty()) {
            deputies(services, mine);
        }
        if (!covered.isEmpty()) {
            add(new CoverSection(covers, people, clock, me, covered));
        }
    }

    private void deputies(List<ServiceUnit> services, List<ServiceUnit> mine) {
        add(new Paragraph("A deputy may prepare and sign off the service's return from the first to the last day of"
                + " their period. A data officer cannot be a deputy."));
        if (mine.isEmpty()) {
            // an administrator names deputies for every service: with none, the installation has no framework yet
            add(new Paragraph(services.isEmpty() ? Organisation.NO_SERVICES_YET
                    : "You are not the director of a service, so there is nobody to name a deputy for."));
            return;
        }
        noLonger.addClassName("no-longer-theirs");
        add(service, noLonger, grid, new H3("Name a deputy"), form);
        service.setValue(mine.get(0));
    }

    private Button actions(Delegation d) {
        DelegationState state = d.state(LocalDate.now(clock));
        if (!state.open()) {
            return null;
        }
        String verb = state == DelegationState.CURRENT && d.startsOn().isBefore(LocalDate.now(clock)) ? "End"
                : "Withdraw";
        Button button = new Button(verb + "…", e -> confirm(d, verb));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(verb + " " + name(d.deputy()) + "'s delegation");
        return button;
    }

    private void confirm(Delegation d, String verb) {
        // One that began today is withdrawn too, but its deputy may already have acted: they stop now.
        boolean begun = d.state(LocalDate.now(clock)) == DelegationState.CURRENT;
        String text = verb.equals("End") ? name(d.deputy()) + " stops being deputy today and can no longer sign off"
                + " the return." : begun ? name(d.deputy()) + " stops being deputy now and can no longer sign off the"
                + " return; the delegation, begun today, is withdrawn."
                : "The delegation to " + name(d.deputy()) + " is withdrawn before it begins.";
        // the steps they claimed are let go with their cover: said here, so that nothing is a surprise (but not to
        // someone moved from the service since the page opened, whom the end refuses)
        String released = begun && delegations.mayDelegate(d.serviceId(), me)
                ? DeputyClaims.released(claims.held(d.serviceId(), d.deputy())) : "";
        Confirmations.ask(verb + " the delegation?", released.isEmpty() ? text : text + " T" + released.substring(1)
                + ", for others to take.", verb, () -> end(d));
    }

    private void end(Delegation d) {
        DelegationColumns.end(() -> delegations.end(d.id(), me), name(d.deputy()) + " is no longer deputy",
                this::refresh);
    }

    /**
     * Lists the chosen service's deputies if the person may still name them: asked again each time, as a director
     * moved to another service since the page opened no longer sees the former service's.
     */
    private void refresh() {
        names = DelegationColumns.names(people);
        ServiceUnit chosen = service.getValue();
        boolean stillTheirs = chosen != null && delegations.mayDelegate(chosen.id(), me);
        grid.setItems(stillTheirs ? delegations.forService(chosen.id()) : List.of());
        form.forService(chosen);
        noLonger.setText(chosen == null || stillTheirs ? "" : "You no longer name deputies for " + chosen.name()
                + ": open the page again to see the services you do.");
        noLonger.setVisible(!noLonger.getText().isEmpty());
    }

    private String name(String username) {
        return names.getOrDefault(username, username);
    }
}
