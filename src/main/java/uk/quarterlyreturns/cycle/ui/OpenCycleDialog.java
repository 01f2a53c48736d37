package uk.quarterlyreturns.cycle.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import uk.quarterlyreturns.base.ui.Confirmations;
import uk.quarterlyreturns.base.ui.UkDates;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.cycle.ReportApproval;
import uk.quarterlyreturns.cycle.SuggestedDates;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.base.ui.FormDialog;

/**
 * The performance team opens a quarter's cycle: its returns are issued at once. Dates and times are London
 * times; the reminders and escalations follow the chase settings given here.
 */
public class OpenCycleDialog extends FormDialog {

    private final Select<ReportingYear> year = new Select<>();
    private final Select<Integer> quarter = new Select<>();
    private final DateTimePicker deadline = UkDates.dateTimePicker("Submission deadline");
    private final DateTimePicker compilation = UkDates.dateTimePicker("Compilation date");
    private final ChasePolicyFields chase;
    private final Paragraph problem = new Paragraph();
    /** Said as soon as the dates run past the bank holiday calendar, before anything is opened. */
    private final Paragraph calendarEnds = new Paragraph();
    /** A new council may open the dialog before any framework: there is then no year to choose, and it says why. */
    static final String NO_YEAR_YET = "There is no reporting year yet: a cycle issues the returns of a year's"
            + " framework, so import the framework on the Framework screen first.";

    /** The chase settings start from the stored defaults, which this cycle may change for itself. */
    public OpenCycleDialog(CycleService cycles, YearRepository years, ChasePolicy defaults, String user,
            Consumer<Cycle> opened) {
        chase = new ChasePolicyFields(defaults);
        setHeaderTitle("Open a cycle");
        setWidth("min(92vw, 720px)");
        List<ReportingYear> all = years.all();
        year.setLabel("Reporting year");
        year.setItems(all);
        year.setItemLabelGenerator(y -> y == null ? "" : y.display());
        quarter.setLabel("Quarter");
        quarter.setItems(1, 2, 3, 4);
        quarter.setItemLabelGenerator(q -> q == null ? "" : "Q" + q);
        year.addValueChangeListener(e -> suggestDates(cycles.suggestedDates()));
        quarter.addValueChangeListener(e -> suggestDates(cycles.suggestedDates()));
        for (var field : List.of(year, quarter)) {
            field.setRequiredIndicatorVisible(true);
        }
        deadline.setRequiredIndicatorVisible(true);
        compilation.setRequiredIndicatorVisible(true);
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        calendarEnds.addClassName("calendar-ends");
        compilation.addValueChangeListener(e -> calendarEnds.setText(cycles.suggestedDates()
                .beyondTheCalendar(e.getValue()).orElse("")));
        add(new FormLayout(year, quarter, deadline, compilation), calendarEnds, chase, problem);
        Button open = new Button("Open cycle", e -> open(cycles, user, opened));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), open);
        // the quarter that ended last, when its year is there: in April that is last year's Q4, not next year's
        SuggestedDates.YearQuarter last = cycles.lastEndedQuarter();
        all.stream().filter(y -> y.label().equals(last.yearLabel())).findFirst().ifPresentOrElse(y -> {
            year.setValue(y);
            quarter.setValue(last.quarter());
        }, () -> {
            if (!all.isEmpty()) {
                year.setValue(all.get(0));
            } else {
                problem.setText(NO_YEAR_YET);
            }
        });
    }

    /** Three weeks after quarter end at 17:00 for the deadline, ten days later for compilation, on working days. */
    private void suggestDates(SuggestedDates suggested) {
        if (year.getValue() == null || quarter.getValue() == null) {
            return;
        }
        LocalDateTime due = suggested.deadline(year.getValue().quarterEnd(quarter.getValue()));
        deadline.setValue(due);
        compilation.setValue(suggested.compilation(due));
    }

    private void open(CycleService cycles, String user, Consumer<Cycle> opened) {
        problem.setText("");
        Optional<String> unread = UkDates.unread(deadline, compilation); // else refused as not given at all
        if (unread.isPresent()) {
            problem.setText("Not opened: " + unread.get());
            return;
        }
        if (year.getValue() == null || quarter.getValue() == null || deadline.getValue() == null
                || compilation.getValue() == null) {
            problem.setText(year.getListDataView().getItemCount() == 0 ? NO_YEAR_YET
                    : "Choose the year and quarter, and give the deadline and compilation date");
            return;
        }
        Instant due = deadline.getValue().atZone(ReportingYear.LONDON).toInstant();
        Instant compiled = compilation.getValue().atZone(ReportingYear.LONDON).toInstant();
        ReportingYear y = year.getValue();
        int q = quarter.getValue();
        ChasePolicy policy;
        try {
            policy = chase.read();
            // what no answer to the questions below would mend is said first
            CycleService.requireDatesInOrder(due, compiled);
            cycles.requireNotOpen(y, q);
        } catch (IllegalArgumentException | IllegalStateException e) {
            problem.setText(e.getMessage());
            return;
        }
        Runnable open = () -> open(cycles, user, opened, due, policy);
        Runnable checkDeadline = !cycles.passed(due) ? open
                // Easily a slip of the year or month; opened so, every return is chased and escalated at once.
                : () -> Confirmations.ask("The deadline has passed", "The deadline you gave, "
                        + UkDates.WHEN.format(deadline.getValue()) + ", has already passed. Every return will be"
                        + " overdue as soon as it is issued, and the overdue notices and escalations will go out"
                        + " straight away." + (cycles.passed(compiled) ? " " + CycleService.compiledAtOnce(
                        UkDates.WHEN.format(compilation.getValue())) : ""), "Open cycle anyway", open);
        if (cycles.ended(y, q)) {
            checkDeadline.run();
            return;
        }
        // Almost certainly the wrong quarter (or year) picked: its returns would ask for figures not yet known.
        SuggestedDates.YearQuarter last = cycles.lastEndedQuarter();
        Confirmations.ask("Q" + q + " " + y.display() + " does not end until "
                + UkDates.NUMERIC.format(y.quarterEnd(q)) + ": open it now?", "Its returns are issued at once and"
                + " the services are emailed to fill in a quarter that is not over. The quarter that ended last is Q"
                + last.quarter() + " " + last.yearLabel().replace('-', '/') + ".", "Open it now", checkDeadline);
    }

    /** A warning that does not stop the opening: the returns can be collected while the council names one. */
    public void warnNobodyApproves() {
        Paragraph warning = new Paragraph(ReportApproval.NO_CHIEF_EXECUTIVE);
        warning.addClassName("no-chief-executive");
        addComponentAsFirst(warning);
    }

    private void open(CycleService cycles, String user, Consumer<Cycle> opened, Instant due, ChasePolicy policy) {
        try {
            Cycle cycle = cycles.open(year.getValue().label(), quarter.getValue(), due,
                    compilation.getValue().atZone(ReportingYear.LONDON).toInstant(), policy, user);
            Notification.show("The " + cycle.shortName() + " cycle is open: its returns are being issued", 6000,
                    Notification.Position.TOP_CENTER);
            close();
            opened.accept(cycle);
        } catch (IllegalArgumentException | IllegalStateException | NotAllowedException e) {
            problem.setText(e.getMessage());
        }
    }
}
