package uk.quarterlyreturns.framework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.support.ViewTest;

/**
 * The Framework screen lists which measures are reported a quarter in arrears, and the measure form shows whether a measure is reported a quarter in arrears and saves a change to it under the file's
 * rules: a cumulative measure is refused on the field, nothing saved.
 */
class InArrearsOnTheFrameworkScreenTest extends ViewTest {

    private static final String FRAMEWORK = """
            code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,rag_scheme
            IA-1,FOI requests answered in 20 days,Corporate,Information Governance,Resilient,%,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,90,,10,TOLERANCE
            IA-2,Complaints answered,Corporate,Information Governance,Resilient,count,HIGHER_IS_BETTER,QUARTERLY,CUMULATIVE,90,,10,TOLERANCE
            """;

    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired ValueRepository values;

    @Test
    void theFormShowsItSavesItAndRefusesItForACumulativeMeasure() {
        imports.importMeasures("4878-79", TabularFile.read(FRAMEWORK.getBytes(StandardCharsets.UTF_8), "f.csv"));
        signIn("perf");
        ReportingYear year = years.find("4878-79").orElseThrow();

        MeasureEditor foi = new MeasureEditor(imports, year, measures.find(year.id(), "IA-1").orElseThrow()
                .definition(), () -> { });
        foi.open();
        assertThat(inArrears(foi).getValue()).as("a year without the column reads NO").isEqualTo("NO");
        _setValue(inArrears(foi), "YES");
        _click(_get(foi, Button.class, s -> s.withText("Save")));
        assertThat(measures.find(year.id(), "IA-1").orElseThrow().definition().inArrears()).isTrue();

        MeasureEditor again = new MeasureEditor(imports, year, measures.find(year.id(), "IA-1").orElseThrow()
                .definition(), () -> { });
        again.open();
        assertThat(inArrears(again).getValue()).isEqualTo("YES");

        MeasureEditor complaints = new MeasureEditor(imports, year, measures.find(year.id(), "IA-2").orElseThrow()
                .definition(), () -> { });
        complaints.open();
        _setValue(inArrears(complaints), "YES");
        _click(_get(complaints, Button.class, s -> s.withText("Save")));
        assertThat(inArrears(complaints).isInvalid()).isTrue();
        assertThat(inArrears(complaints).getErrorMessage()).startsWith("A cumulative measure cannot be in arrears");
        assertThat(measures.find(year.id(), "IA-2").orElseThrow().definition().inArrears()).isFalse();

        open("framework");
        @SuppressWarnings("unchecked")
        Select<ReportingYear> shown = _get(Select.class, s -> s.withLabel("Reporting year"));
        _setValue(shown, year);
        @SuppressWarnings("unchecked")
        Grid<Object> listed = _find(Grid.class).stream()
                .filter(g -> g.getAriaLabel().filter("Measures"::equals).isPresent()).findFirst().orElseThrow();
        assertThat(GridKt._getFormatted(listed, 0, "inArrears")).isEqualTo("A quarter in arrears");
        assertThat(GridKt._getFormatted(listed, 1, "inArrears")).isEmpty();
    }

    /** A measure with a figure this year is refused on the field, the choice left as typed, nothing saved. */
    @Test
    void theFormRefusesItOnceTheYearHasFigures() {
        imports.importMeasures("4959-60", TabularFile.read(FRAMEWORK.getBytes(StandardCharsets.UTF_8), "f.csv"));
        signIn("perf");
        ReportingYear year = years.find("4959-60").orElseThrow();
        values.saveFigure(measures.find(year.id(), "IA-1").orElseThrow().id(), 1, BigDecimal.TEN, null, null, null,
                "feed");

        MeasureEditor foi = new MeasureEditor(imports, year, measures.find(year.id(), "IA-1").orElseThrow()
                .definition(), () -> { });
        foi.open();
        _setValue(inArrears(foi), "YES");
        _click(_get(foi, Button.class, s -> s.withText("Save")));
        assertThat(inArrears(foi).isInvalid()).isTrue();
        assertThat(inArrears(foi).getErrorMessage()).startsWith("IA-1 already has figures for Q1 of 4959/60");
        assertThat(inArrears(foi).getValue()).as("nothing typed lost").isEqualTo("YES");
        assertThat(measures.find(year.id(), "IA-1").orElseThrow().definition().inArrears()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> inArrears(MeasureEditor editor) {
        return _get(editor, ComboBox.class, s -> s.withLabel("In arrears"));
    }
}
