package uk.quarterlyreturns.framework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Frequency;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.framework.io.FrameworkRow;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.AcceptedReturn;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.ViewTest;

/**
 * Housing's Q2 return is accepted and the Q2 report not published. RH-10, an annual measure due in Q4 with no figure,
 * is added (it joins no return now), then made due in Q2, or quarterly: what is due is read from the framework, so
 * it joined the signed-off return and showed Missing there and in the report. Refused on every route, as adding or
 * moving a measure into that return is; once the return is reopened, the change is made. Year 6161.
 */
class MadeDueUnderASignedReturnTest extends ViewTest {

    private static final String HEADER = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,"
            + "target,floor,tolerance_pct,rag_scheme,due_quarter\n";
    private static final String AFTER = " would add it to Housing's Q2 return, already submitted: it would be reported"
            + " Missing there, unseen by who signed it off. Have the return sent back first (or reopened, once"
            + " accepted), or make the change once the Q2 report is published";

    @Autowired ApplicationContext context;
    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReturnRepository returns;
    @Autowired RuntimeService runtime;

    @Test
    void anAnnualMeasureIsNotMadeDueInAQuarterWhoseReturnIsSignedOff() {
        String year = ReportingYear.labelOf(6161);
        ServiceReturn housing = AcceptedReturn.housing(context, year);
        imports.importMeasures(year, AcceptedReturn.csv(homesBuilt("ANNUAL,4")));

        refused(() -> imports.importMeasures(year, AcceptedReturn.csv(homesBuilt("ANNUAL,2"))), "due_quarter",
                "Making RH-10 due in Q2" + AFTER);
        refused(() -> imports.importMeasures(year, AcceptedReturn.csv(homesBuilt("QUARTERLY,"))), "frequency",
                "Making RH-10 quarterly" + AFTER);
        var api = new Api(url(""), "perf", "demo").putCsv("/api/years/" + year + "/framework", homesBuilt("ANNUAL,2"));
        assertThat(api.getStatusCode().value()).as("API").isEqualTo(400);
        assertThat(api.getBody()).contains("Making RH-10 due in Q2" + AFTER);

        signIn("perf");
        MeasureEditor editor = new MeasureEditor(imports, years.find(year).orElseThrow(), rh10(year), () -> { });
        editor.open();
        _setValue(_get(editor, TextField.class, s -> s.withLabel("Due quarter")), "2");
        _click(_get(editor, Button.class, s -> s.withText("Save")));
        TextField due = _get(editor, TextField.class, s -> s.withLabel("Due quarter"));
        assertThat(due.isInvalid()).as("the form").isTrue();
        assertThat(due.getErrorMessage()).isEqualTo("Making RH-10 due in Q2" + AFTER);
        @SuppressWarnings("unchecked")
        ComboBox<String> frequency = _get(editor, ComboBox.class, s -> s.withLabel("Frequency"));
        _setValue(due, "4");
        _setValue(frequency, "QUARTERLY");
        _click(_get(editor, Button.class, s -> s.withText("Save")));
        assertThat(frequency.getErrorMessage()).isEqualTo("Making RH-10 quarterly" + AFTER);
        assertThat(rh10(year).dueQuarter()).as("nothing changed").isEqualTo(4);
        assertThat(rh10(year).frequency()).isEqualTo(Frequency.ANNUAL);

        workflow.reopen(housing.id(), "perf", "RH-10 is reported in Q2 from this year");
        imports.importMeasures(year, AcceptedReturn.csv(homesBuilt("ANNUAL,2")));
        assertThat(rh10(year).dueQuarter()).as("the return reopened takes it").isEqualTo(2);
        OpenedCycles.end(runtime, returns, housing.cycleId());
    }

    private FrameworkRow rh10(String year) {
        return measures.find(years.find(year).orElseThrow().id(), "RH-10").orElseThrow().definition();
    }

    /** Housing's RH-10 alone, with these frequency,due_quarter cells. */
    private static String homesBuilt(String frequency) {
        return HEADER + "RH-10,Homes built,Economy and Infrastructure,Housing,Ambitious,COUNT,HIGHER_IS_BETTER,"
                + frequency.replace(",", ",SNAPSHOT,300,,10,TOLERANCE,") + "\n";
    }

    private static void refused(Runnable importing, String column, String words) {
        assertThatThrownBy(importing::run).isInstanceOfSatisfying(ImportRejectedException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                    assertThat(error.row()).isEqualTo(2);
                    assertThat(error.column()).isEqualTo(column);
                    assertThat(error.message()).isEqualTo(words);
                }));
    }
}
