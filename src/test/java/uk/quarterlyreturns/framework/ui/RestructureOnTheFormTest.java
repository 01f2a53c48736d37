package uk.quarterlyreturns.framework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkEvent;
import uk.quarterlyreturns.framework.FrameworkHistoryReader;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A measure's form that moves its service to another directorate moves the service's key actions too, and each key
 * action's history says so under the name of whoever saved the form, with the reason they gave.
 */
class RestructureOnTheFormTest extends ViewTest {

    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired FrameworkHistoryReader history;

    @Test
    void theFormsMoveOfAServiceIsKeptForEachOfItsKeyActions() {
        String year = "5806-07";
        imports.importMeasures(year, csv("code,title,directorate,service,theme,unit,polarity,frequency,aggregation,"
                + "target,floor,tolerance_pct,rag_scheme\nQR-1,Berths repaired,Economy and Infrastructure,"
                + "Quay Repairs,Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,20,,,NONE\n"));
        imports.importKeyActions(year, csv("code,title,directorate,service,theme\n"
                + "QKA-1,Rebuild the north quay,Economy and Infrastructure,Quay Repairs,Ambitious\n"));
        signIn("perf");
        ReportingYear reportingYear = years.find(year).orElseThrow();
        MeasureEditor editor = new MeasureEditor(imports, reportingYear,
                measures.find(reportingYear.id(), "QR-1").orElseThrow().definition(), () -> { });
        editor.open();

        _setValue(field(editor, "Directorate"), "Place");
        _setValue(field(editor, "Reason for the change"), "Quays join Place");
        _click(_get(editor, Button.class, s -> s.withText("Save")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        FrameworkEvent moved = history.ofItem(reportingYear, "QKA-1", "perf").get(0);
        assertThat(moved.kind()).isEqualTo(FrameworkEvent.Kind.KEY_ACTION);
        assertThat(moved.what() + " " + moved.from() + " > " + moved.to() + " by " + moved.by() + " " + moved.way()
                + " " + moved.reason()).isEqualTo("directorate Economy and Infrastructure > Place by perf FORM Quays"
                + " join Place");
    }

    private static TabularFile csv(String text) {
        return TabularFile.read(text.getBytes(StandardCharsets.UTF_8), "f.csv");
    }

    private static TextField field(MeasureEditor editor, String label) {
        return _get(editor, TextField.class, s -> s.withLabel(label));
    }
}
