package uk.quarterlyreturns.framework.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import uk.quarterlyreturns.base.ui.Confirmations;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.tabular.TabularRow;
import uk.quarterlyreturns.base.tabular.TabularWriter;
import uk.quarterlyreturns.framework.Aggregation;
import uk.quarterlyreturns.framework.FrameworkEdit;
import uk.quarterlyreturns.framework.FrameworkEvent;
import uk.quarterlyreturns.framework.FrameworkWay;
import uk.quarterlyreturns.framework.Frequency;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.FrameworkRemoval;
import uk.quarterlyreturns.framework.Polarity;
import uk.quarterlyreturns.framework.RagScheme;
import uk.quarterlyreturns.framework.ReportedUntil;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.io.FrameworkFileWriter;
import uk.quarterlyreturns.framework.io.FrameworkRow;
import uk.quarterlyreturns.framework.io.InArrearsColumn;
import uk.quarterlyreturns.base.ui.FormDialog;

/**
 * Edits one measure as a row of the framework file: saving imports that single row, so the form obeys
 * exactly the rules of an imported file, and every problem is shown on its field with nothing saved.
 */
class MeasureEditor extends FormDialog {

    private static final Map<String, List<String>> CHOICES = Map.of(
            "polarity", names(Polarity.values()),
            "frequency", names(Frequency.values()), "aggregation", names(Aggregation.values()),
            "rag_scheme", names(RagScheme.values()), InArrearsColumn.NAME, List.of("NO", "YES"));

    private final Map<String, HasValue<?, String>> fields = new LinkedHashMap<>();
    private final Paragraph problems = new Paragraph();
    private final TextField reason = ChangeReason.field();
    private final String by;

    MeasureEditor(FrameworkImport imports, ReportingYear year, FrameworkRow measure, Runnable saved) {
        this(imports, null, null, year, measure, null, saved);
    }

    /**
     * @param removal      offers to remove a stored measure from the year, when given, on behalf of {@code by}
     * @param reportedFrom the stored measure's first quarter (Measure.reportedFrom), null for Q1
     */
    MeasureEditor(FrameworkImport imports, FrameworkRemoval removal, String by, ReportingYear year,
            FrameworkRow measure, Integer reportedFrom, Runnable saved) {
        this.by = by;
        setHeaderTitle(measure == null ? "New measure" : "Measure " + measure.code());
        setWidth("min(95vw, 1000px)");
        TabularRow current = measure == null ? null : TabularFile.read(FrameworkFileWriter.csv(List.of(measure)),
                "measure.csv").rows().get(0);
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        for (String column : FrameworkFileWriter.COLUMNS) {
            HasValue<?, String> field = field(column);
            field.setValue(current == null ? "" : current.get(column));
            if (column.equals(InArrearsColumn.NAME) && field.getValue().isEmpty()) {
                field.setValue("NO"); // an export leaves the column out when no measure is in arrears
            }
            fields.put(column, field);
            form.add((com.vaadin.flow.component.Component) field);
        }
        if (measure != null) {
            ((TextField) fields.get("code")).setReadOnly(true);
            form.add(firstQuarter(reportedFrom));
        }
        problems.addClassName("form-problems");
        Button save = new Button("Save", e -> save(imports, year, measure, saved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        add(problems, form, reason);
        if (measure != null && removal != null) {
            Button remove = new Button("Remove from the year…", e -> confirmRemoval(removal, by, year, measure,
                    saved));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().add(remove);
        }
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    /** Says first what would go, or why it may not; a measure with anything recorded this year stays. */
    private void confirmRemoval(FrameworkRemoval removal, String by, ReportingYear year, FrameworkRow measure,
            Runnable saved) {
        FrameworkRemoval.Removed preview;
        try {
            preview = removal.previewMeasure(year, measure.code());
        } catch (IllegalStateException refused) {
            problems.setText(refused.getMessage());
            return;
        }
        Confirmations.askDestructive("Remove " + preview.code() + " from " + year.display() + "?",
                preview.code() + " (" + preview.title() + ") will no longer be asked for in any return of the year,"
                        + " nor counted in its reports" + (preview.historyRows() == 0 ? "."
                        : "; its " + preview.historyRows() + " earlier figures (outturns and past quarters) go"
                        + " with it.") + " Reports already published keep it. This cannot be undone here: import"
                        + " it again to put it back.", "Remove", () -> {
                            try {
                                removal.removeMeasure(year, measure.code(), edit(FrameworkWay.SCREEN));
                                Notification.show("Measure " + preview.code() + " removed from " + year.display());
                                saved.run();
                                close();
                            } catch (IllegalStateException | IllegalArgumentException refused) {
                                problems.setText(refused.getMessage());
                            }
                        });
    }

    /**
     * A measure's last quarter set or moved (ReportedUntil) changes which returns ask for it: said first, and saved
     * only once confirmed.
     *
     * @param read the measure as the form was opened with it, or null for a new one
     */
    private void save(FrameworkImport imports, ReportingYear year, FrameworkRow read, Runnable saved) {
        Integer until = lastQuarterSet(read);
        if (until == null) {
            moveAndSave(imports, year, read, saved);
            return;
        }
        Confirmations.ask("Report " + read.code() + " until Q" + until + " only?",
                imports.reportedUntilConsequences(year, read.code(), until), "Save",
                () -> moveAndSave(imports, year, read, saved));
    }

    /**
     * The last quarter the form now gives a stored measure, when it sets or moves one (a quarter that is not 1-4 is
     * refused on its field by the save); null otherwise.
     */
    private Integer lastQuarterSet(FrameworkRow read) {
        String text = fields.get(ReportedUntil.COLUMN).getValue().trim();
        if (read == null || !text.matches("[1-4]") || Integer.valueOf(text).equals(read.reportedUntil())) {
            return null;
        }
        return Integer.valueOf(text);
    }

    /**
     * A service sits in one directorate in a year, so another directorate for the same service moves the whole
     * service, all its measures and key actions: said first, and saved only once confirmed.
     */
    private void moveAndSave(FrameworkImport imports, ReportingYear year, FrameworkRow read, Runnable saved) {
        String directorate = fields.get("directorate").getValue().trim();
        if (read == null || !read.service().equals(fields.get("service").getValue().trim())
                || read.directorate().equals(directorate) || directorate.isEmpty()) {
            write(imports, year, read, saved);
            return;
        }
        Confirmations.ask("Move " + read.service() + " to " + directorate + "?", "A service sits in one directorate"
                + " in a year: saving moves " + read.service() + ", with all its measures and key actions, from "
                + read.directorate() + " to " + directorate + " for " + year.display() + ", and its returns,"
                + " compliance and escalations with it. Earlier years keep their structure.", "Move and save",
                () -> write(imports, year, read, saved));
    }

    private void write(FrameworkImport imports, ReportingYear year, FrameworkRow read, Runnable saved) {
        fields.values().forEach(f -> ((com.vaadin.flow.component.HasValidation) f).setInvalid(false));
        List<Object> cells = new ArrayList<>(fields.values().stream().map(f -> (Object) f.getValue()).toList());
        byte[] csv = TabularWriter.csv(FrameworkFileWriter.COLUMNS, List.of(cells));
        try {
            TabularFile row = TabularFile.read(csv, "measure.csv");
            if (read == null) { // a new measure never overwrites one of the same code
                imports.addMeasures(year.label(), row, edit(FrameworkWay.FORM));
            } else { // nor a change someone made since it was opened
                imports.changeMeasure(year.label(), row, read, edit(FrameworkWay.FORM));
            }
            Notification.show("Measure " + fields.get("code").getValue() + " saved");
            saved.run();
            close();
        } catch (ChangeReason.TooLong e) {
            reason.setInvalid(true);
            reason.setErrorMessage(e.getMessage());
        } catch (ImportRejectedException e) {
            problems.setText("Nothing was saved: put right the fields marked below.");
            for (ImportError error : e.errors()) {
                HasValue<?, String> field = error.column() == null ? null : fields.get(error.column().toLowerCase());
                if (field instanceof com.vaadin.flow.component.HasValidation v) {
                    v.setInvalid(true);
                    v.setErrorMessage(error.message());
                } else {
                    problems.setText(problems.getText() + " " + error.message());
                }
            }
        }
    }

    /** The measure's own changes, newest first, under the form. */
    void showChanges(List<FrameworkEvent> changes) {
        add(FrameworkChanges.details("Changes to this measure (" + changes.size() + ")", changes));
    }

    private FrameworkEdit edit(FrameworkWay way) {
        return ChangeReason.edit(by, way, reason);
    }

    private static HasValue<?, String> field(String column) {
        String label = Character.toUpperCase(column.charAt(0)) + column.substring(1).replace('_', ' ');
        if (CHOICES.containsKey(column)) {
            ComboBox<String> box = new ComboBox<>(label, CHOICES.get(column));
            box.setAllowCustomValue(false);
            if (column.equals(InArrearsColumn.NAME)) {
                box.setHelperText("YES: each quarter's return gives the figure for the quarter before");
            }
            return box;
        }
        TextField text = new TextField(label);
        if (column.equals("target")) {
            text.setHelperText("A number, empty for no target, or TBA");
        } else if (column.equals(ReportedUntil.COLUMN)) {
            text.setHelperText("The quarter of its last return (1-4), when it stops being collected mid-year;"
                    + " empty for the whole year");
        }
        return text;
    }

    /** When its returns first ask for it: set when it was added (ReportedUntil), shown and never typed. */
    private static TextField firstQuarter(Integer from) {
        TextField field = new TextField("Reported from");
        field.setValue(from == null ? "Q1" : "Q" + from + " (added once the Q" + (from - 1) + " report was published)");
        field.setHelperText("Set when the measure was added; reported until cannot be before it");
        field.setReadOnly(true);
        return field;
    }

    private static List<String> names(Enum<?>[] values) {
        return Stream.of(values).map(Enum::name).toList();
    }
}
