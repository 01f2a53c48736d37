package uk.quarterlyreturns.framework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.api.MediaTypes;
import uk.quarterlyreturns.base.ui.Downloads;
import uk.quarterlyreturns.base.ui.Finding;
import uk.quarterlyreturns.framework.FrameworkEvent;
import uk.quarterlyreturns.framework.FrameworkHistoryReader;
import uk.quarterlyreturns.framework.ReportingYear;

/**
 * The year's framework history, newest first: who changed which measure or key action, when, how and why, found by
 * its code, and downloaded as CSV or XLSX (read again when the link is followed: refused to someone who has lost the
 * role since the screen was opened).
 */
class FrameworkHistoryDialog extends Dialog {

    private final Grid<FrameworkEvent> grid = FrameworkChanges.grid();
    private final TextField code = new TextField("Ref");
    private final Paragraph listed = new Paragraph();
    private final int all;

    FrameworkHistoryDialog(FrameworkHistoryReader history, ReportingYear year, String reader) {
        setHeaderTitle("Changes to the " + year.display() + " framework");
        setWidth("min(95vw, 1200px)");
        List<FrameworkEvent> events = history.ofYear(year, reader);
        all = events.size();
        grid.setItems(events);
        grid.setHeight("60vh");
        code.setPlaceholder("KI 433");
        code.setHelperText("Show one measure's or key action's changes");
        code.setClearButtonVisible(true);
        code.setValueChangeMode(ValueChangeMode.LAZY);
        code.addValueChangeListener(e -> filter());
        HorizontalLayout bar = new HorizontalLayout(code, download(history, year, reader, "csv"),
                download(history, year, reader, "xlsx"));
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        listed.addClassName("listed-count");
        filter();
        add(bar, listed, grid);
        getFooter().add(new Button("Close", e -> close()));
    }

    private void filter() {
        String wanted = code.getValue().trim().toLowerCase(Locale.UK);
        grid.getListDataView().setFilter(e -> wanted.isEmpty() || e.code().toLowerCase(Locale.UK).equals(wanted));
        listed.setText(Finding.listed(grid.getListDataView().getItemCount(), all, !wanted.isEmpty(), "change",
                "changes"));
    }

    private static Anchor download(FrameworkHistoryReader history, ReportingYear year, String reader,
            String format) {
        boolean xlsx = format.equals("xlsx");
        return Downloads.refusableLink("Download " + format.toUpperCase(Locale.UK),
                "framework-history-" + year.label() + "." + format, xlsx ? MediaTypes.XLSX : MediaTypes.CSV, () -> {
                    try {
                        return Optional.of(xlsx ? history.xlsx(year, reader) : history.csv(year, reader));
                    } catch (NotAllowedException e) {
                        return Optional.empty();
                    }
                });
    }
}
