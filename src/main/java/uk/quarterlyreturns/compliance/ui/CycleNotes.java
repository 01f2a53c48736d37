package uk.quarterlyreturns.compliance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.ui.UkDates;
import uk.quarterlyreturns.chasing.CycleDateChanges;
import uk.quarterlyreturns.compliance.CycleCompliance;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.returns.DeadlineExtension;

/**
 * The sentences the compliance screen says about a cycle beside its figures: its dates and who changed them, what
 * holds it up, and the returns it no longer counts. Each is found by its class.
 */
final class CycleNotes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm",
            Locale.UK).withZone(ReportingYear.LONDON);

    private CycleNotes() {
    }

    /** What there is to say before any cycle is opened; the performance team is told what comes first. */
    static List<Component> noCycleYet(boolean performanceTeam) {
        List<Component> said = new ArrayList<>(List.of(new Paragraph("No cycle has been opened yet.")));
        if (performanceTeam) {
            // a new council lands here before anything is set up: say what comes first
            said.add(new Paragraph(new Text("A cycle issues the returns of a year's framework: import it on "),
                    new Anchor("framework", "the Framework screen"), new Text(", then open a cycle here.")));
        }
        return said;
    }

    /** The deadline in force (with its agreed extensions) and the day the report compiles. */
    static Paragraph dates(Cycle c, CycleCompliance figures) {
        Paragraph dates = new Paragraph("Deadline: "
                + LondonTime.deadline(c.submissionDeadline().atZone(LondonTime.ZONE), DAY, DATE_TIME)
                + (figures.figures().extended() > 0 ? " (" + figures.figures().extendedWords() + ")" : "")
                + ". Report compiled on: " + DATE_TIME.format(c.compilationDate()) + ".");
        dates.addClassName("cycle-dates");
        return dates;
    }

    /** Each change of the dates after opening, with who changed them and why, so nobody is puzzled by a chase. */
    static List<Paragraph> dateChanges(List<CycleDateChanges.Change> changes) {
        return changes.stream().map(change -> said("Dates changed by " + change.by() + " on "
                + UkDates.WHEN.format(change.at()) + ": deadline " + DeadlineExtension.when(change.oldDeadline())
                + " to " + DeadlineExtension.when(change.newDeadline()) + ", compilation "
                + DeadlineExtension.when(change.oldCompilation()) + " to "
                + DeadlineExtension.when(change.newCompilation()) + ". Reason: " + change.reason(), "date-change"))
                .toList();
    }

    /** Returns withdrawn mid-cycle are in no figure: said apart, so nobody wonders where they went. */
    static Paragraph nothingDue(List<String> services) {
        return said("Nothing due this quarter, so not counted (their measures and key actions moved to other"
                + " services; see each return's history): " + String.join(", ", services) + ".", "nothing-due");
    }

    /** A quarter the timer could not open, said as an alert above whichever cycle is shown. */
    static Paragraph notOpened(String notice) {
        Paragraph said = said(notice, "not-opened");
        said.getElement().setAttribute("role", "alert");
        return said;
    }

    /** A sentence above the figures, found by its class. */
    static Paragraph said(String text, String className) {
        Paragraph said = new Paragraph(text);
        said.addClassName(className);
        return said;
    }
}
