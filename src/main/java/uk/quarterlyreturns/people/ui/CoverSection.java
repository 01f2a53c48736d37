package uk.quarterlyreturns.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.ui.Confirmations;
import uk.quarterlyreturns.base.ui.UkDates;
import uk.quarterlyreturns.people.Covers;
import uk.quarterlyreturns.people.Delegation;
import uk.quarterlyreturns.people.DelegationState;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;

/**
 * A strategic director names another strategic director as cover for a period, who then also receives the
 * directorate's escalations and may read the returns escalated; an administrator may do it for any of them.
 */
class CoverSection extends VerticalLayout {

    private final Covers covers;
    private final PeopleService people;
    private final Clock clock;
    private final String me;
    private final Select<Person> director = new Select<>();
    private final Grid<Delegation> grid = new Grid<>(Delegation.class, false);
    private final ComboBox<Person> cover = new ComboBox<>("Cover");
    private final DatePicker from = UkDates.datePicker("Cover from");
    private final DatePicker to = UkDates.datePicker("Cover to (last day)");
    private final Paragraph problem = new Paragraph();
    private Map<String, String> names = Map.of();

    CoverSection(Covers covers, PeopleService people, Clock clock, String me, List<Person> directors) {
        this.covers = covers;
        this.people = people;
        this.clock = clock;
        this.me = me;
        setPadding(false);
        director.setLabel("Strategic director");
        director.setItems(directors);
        director.setItemLabelGenerator(p -> p == null ? "" : p.displayName());
        director.setWidth("18em");
        director.addValueChangeListener(e -> refresh());
        DelegationColumns.addTo(grid, "Cover", this::name, clock, this::actions);
        grid.setId("covers");
        grid.setAriaLabel("Cover for escalations");
        grid.setAllRowsVisible(true);
        cover.setItemLabelGenerator(p -> p.displayName() + " (" + p.username() + ")");
        cover.setWidth("20em");
        cover.setHelperText("Another strategic director, of any directorate: never a data officer, a service director"
                + " only, the performance team, the chief executive or an administrator");
        from.setValue(LocalDate.now(clock));
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        Button name = new Button("Name cover", e -> name());
        name.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(cover, from, to, name);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(new H3("Cover for escalations"), new Paragraph("While you are away, another strategic director may cover"
                + " you: from the first to the last day of the period they also receive the escalations of overdue"
                + " returns in your directorate and may read those returns. They may not countersign them."),
                director, grid, row, problem);
        director.setValue(directors.get(0));
    }

    /** Names the cover; a refusal says why and keeps what was chosen, to be put right. */
    private void name() {
        problem.setText("");
        if (director.getValue() == null || cover.getValue() == null) {
            problem.setText("Choose the cover");
            return;
        }
        Optional<String> unread = UkDates.unread(from, to); // an unread last day would be taken as none
        if (unread.isPresent()) {
            problem.setText("Not named: " + unread.get());
            return;
        }
        try {
            covers.name(director.getValue().username(), cover.getValue().username(), from.getValue(), to.getValue(),
                    me);
            Notification.show(cover.getValue().displayName() + " covers " + director.getValue().displayName(), 5000,
                    Notification.Position.TOP_CENTER);
            cover.clear();
            to.clear();
            refresh();
        } catch (IllegalArgumentException | NotAllowedException ex) {
            problem.setText("Not named: " + ex.getMessage());
        }
    }

    private Button actions(Delegation d) {
        LocalDate today = LocalDate.now(clock);
        if (!d.state(today).open()) {
            return null;
        }
        boolean running = d.state(today) == DelegationState.CURRENT && d.startsOn().isBefore(today);
        String verb = running ? "End" : "Withdraw";
        String text = running ? name(d.deputy()) + " stops covering today and no longer receives the escalations."
                : d.state(today) == DelegationState.CURRENT ? name(d.deputy()) + " stops covering now; the cover,"
                        + " begun today, is withdrawn." : "The cover by " + name(d.deputy()) + " is withdrawn before"
                        + " it begins.";
        Button button = new Button(verb + "…", e -> Confirmations.ask(verb + " the cover?", text, verb,
                () -> end(d)));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(verb + " " + name(d.deputy()) + "'s cover");
        return button;
    }

    private void end(Delegation d) {
        DelegationColumns.end(() -> covers.end(d.id(), me), name(d.deputy()) + " no longer covers", this::refresh);
    }

    /** Lists the chosen director's covers if the person may still name them (asked again each time). */
    private void refresh() {
        names = DelegationColumns.names(people);
        Person chosen = director.getValue();
        boolean theirs = chosen != null && covers.mayName(chosen.username(), me);
        grid.setItems(theirs ? covers.forDirector(chosen.username()) : List.of());
        cover.setItems(theirs ? covers.candidates(chosen.username()) : List.of());
    }

    private String name(String username) {
        return names.getOrDefault(username, username);
    }
}
