package uk.quarterlyreturns.framework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.support.ViewTest;

/**
 * The measure form retires a measure mid-year: it says first which later returns will no longer ask for it and what
 * is kept of what they hold, and saves only once confirmed; a quarter outside 1-4 is refused on its field.
 */
class RetireOnTheFrameworkScreenTest extends ViewTest {

    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired ValueRepository values;

    @Test
    void retiringSaysWhichReturnsNoLongerAskForItAndSavesOnlyOnceConfirmed() throws Exception {
        imports.importMeasures("7405-06", TabularFile.read(
                new ClassPathResource("fixtures/framework-cycle.csv").getContentAsByteArray(), "f.csv"));
        signIn("perf");
        ReportingYear year = years.find("7405-06").orElseThrow();
        var h1 = measures.find(year.id(), "H-1").orElseThrow();
        values.saveFigure(h1.id(), 3, new BigDecimal("52"), null, null, null, "feed");
        MeasureEditor editor = new MeasureEditor(imports, year, h1.definition(), () -> { });
        editor.open();

        _setValue(field(editor, "Reported until"), "5");
        _click(_get(editor, Button.class, s -> s.withText("Save")));
        assertThat(field(editor, "Reported until").isInvalid()).isTrue();
        assertThat(field(editor, "Reported until").getErrorMessage()).endsWith("a whole number from 1 to 4");

        _setValue(field(editor, "Reported until"), "2");
        _click(_get(editor, Button.class, s -> s.withText("Save")));
        assertThat(ConfirmDialogKt._getText(_get(ConfirmDialog.class)))
                .startsWith("The Q3 and Q4 returns of 7405/06 will no longer ask for H-1")
                .contains("What the Q3 return already holds for it is kept but no longer shown or reported");
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class));
        assertThat(measures.find(year.id(), "H-1").orElseThrow().definition().reportedUntil()).isNull();
        assertThat(field(editor, "Reported until").getValue()).as("what was typed is kept").isEqualTo("2");

        _click(_get(editor, Button.class, s -> s.withText("Save")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(measures.find(year.id(), "H-1").orElseThrow().definition().reportedUntil()).isEqualTo(2);
        assertThat(values.find(h1.id(), 3)).as("kept").isPresent();
        assertThat(MeasureList.figures(measures.find(year.id(), "H-1").orElseThrow().definition()))
                .as("the Framework screen's list").isEqualTo("Reported until Q2");
    }

    private static TextField field(MeasureEditor editor, String label) {
        return _get(editor, TextField.class, s -> s.withLabel(label));
    }
}
