package uk.quarterlyreturns.framework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.FrameworkEdit;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.FrameworkWay;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.PublishedQuarter;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.support.ViewTest;

/** The measure form and the Framework screen's list show from which quarter a measure added mid-year is reported. */
class ReportedFromOnTheFormTest extends ViewTest {

    private static final String HEADER = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,"
            + "target,floor,tolerance_pct,rag_scheme,reported_until\n";

    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired CycleRepository cycles;
    @Autowired JdbcClient jdbc;

    @Test
    void theFormShowsItsFirstQuarterReadOnly() {
        imports.importMeasures("7544-45", csv("RF-1,Repairs on time,Place,Repairs,Ambitious,PERCENT,"
                + "HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,80,,10,TOLERANCE,\n"));
        ReportingYear year = years.find("7544-45").orElseThrow();
        PublishedQuarter.publish(jdbc, cycles, year, 1);
        imports.addMeasures(year.label(), csv("RF-2,Empty homes brought back,Place,Repairs,Ambitious,COUNT,"
                + "HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,20,,10,TOLERANCE,3\n"), new FrameworkEdit("perf",
                FrameworkWay.FORM, null));
        signIn("perf");
        Measure rf2 = measures.find(year.id(), "RF-2").orElseThrow();

        TextField from = field(rf2);
        assertThat(from.getValue()).isEqualTo("Q2 (added once the Q1 report was published)");
        assertThat(from.isReadOnly()).isTrue();
        assertThat(field(measures.find(year.id(), "RF-1").orElseThrow()).getValue()).isEqualTo("Q1");
        assertThat(MeasureList.figures(rf2)).as("the Framework screen's list")
                .isEqualTo("Reported from Q2; reported until Q3");
    }

    private TextField field(Measure measure) {
        MeasureEditor editor = new MeasureEditor(imports, null, "perf", years.find("7544-45").orElseThrow(),
                measure.definition(), measure.reportedFrom(), () -> { });
        editor.open();
        return _get(editor, TextField.class, s -> s.withLabel("Reported from"));
    }

    private static TabularFile csv(String rows) {
        return TabularFile.read((HEADER + rows).getBytes(StandardCharsets.UTF_8), "f.csv");
    }
}
