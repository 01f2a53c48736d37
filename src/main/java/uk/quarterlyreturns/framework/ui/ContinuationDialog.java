package uk.quarterlyreturns.framework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import uk.quarterlyreturns.base.ui.UkDates;
import uk.quarterlyreturns.framework.DirectorateContinuations;
import uk.quarterlyreturns.framework.ReportingYear;

/**
 * "This directorate continues as …": a directorate the year's framework no longer has (renamed in a restructure)
 * continues as one of the year's, and its strategic directors move to it when the year begins.
 */
class ContinuationDialog extends Dialog {

    final ComboBox<String> earlier = new ComboBox<>("Directorate no longer in the framework");
    final ComboBox<String> later = new ComboBox<>("Continues as");
    final Paragraph problem = new Paragraph();
    final Button save = new Button("Save");

    ContinuationDialog(ReportingYear year, List<String> gone, List<String> ofYear,
            DirectorateContinuations continuations, String by, Runnable saved) {
        setHeaderTitle("A directorate renamed in " + year.display());
        earlier.setItems(gone);
        later.setItems(ofYear);
        earlier.setWidthFull();
        later.setWidthFull();
        problem.addClassName("form-problems");
        problem.getElement().setAttribute("role", "alert");
        add(new VerticalLayout(new Paragraph("Its strategic directors move to the directorate it continues as when "
                + year.display() + " begins (at once if it has). Earlier years keep the old directorate, and their"
                + " returns and reports keep its name."), earlier, later, problem));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (earlier.isEmpty() || later.isEmpty()) {
                problem.setText("Choose both directorates.");
                return;
            }
            try {
                DirectorateContinuations.Recorded r = continuations.record(year, earlier.getValue(), later.getValue(),
                        by);
                Notification.show(r.directorate() + " continues as " + r.continuesAs() + " in " + year.display()
                        + (r.strategicDirectors().isEmpty() ? "." : ": " + String.join(", ", r.strategicDirectors())
                        + (r.moved() ? " moved to it." : " move to it on " + UkDates.DAY.format(r.movesOn()) + ".")));
                close();
                saved.run();
            } catch (IllegalArgumentException refused) {
                problem.setText(refused.getMessage());
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
