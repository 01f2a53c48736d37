package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FeedRoute;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.FigureSource;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * A figure arriving for a measure marked "not available" (fed, uploaded into the form or typed) ends the mark and its
 * reason, in the return's trail by the route it came: kept, the reason came back once the figure was cleared, as if
 * the service had said it again.
 */
class FigureEndsNotAvailableTest extends ApplicationTest {

    private static final String WHY = "The repairs system was replaced in August";

    @Autowired
    ApplicationContext context;
    @Autowired
    ReturnEditing editing;
    @Autowired
    FigureImport figures;
    @Autowired
    ValueRepository values;
    @Autowired
    ReturnTrail trail;

    @Test
    void aFedFigureEndsNotAvailableAndClearingItDoesNotBringTheReasonBack() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4060);
        long hf1 = scenario.measureId("HF-1");
        markNotAvailable(scenario, hf1);

        figures.importValues(scenario.year, 2, TabularFile.read("code,value\nHF-1,81\n"
                .getBytes(StandardCharsets.UTF_8), "values.csv"), "perf");

        assertThat(values.find(hf1, 2).orElseThrow().notAvailableReason()).isNull();
        assertThat(notAvailableEntries(scenario)).contains(tuple("perf", WHY, null, FeedRoute.API.words()));
        clearAsTheFormDoes(scenario, hf1);
        assertThat(values.find(hf1, 2).orElseThrow().notAvailable()).isFalse();
    }

    @Test
    void anUploadedFigureEndsNotAvailableByTheFilesRoute() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4061);
        long hf1 = scenario.measureId("HF-1");
        markNotAvailable(scenario, hf1);

        // A second tab still showing the mark sends its reason with the figure.
        editing.saveMeasure(scenario.housing.id(), hf1, values.find(hf1, 2).orElseThrow().version(),
                new MeasureEntry(new BigDecimal("81"), null, null, null, WHY,
                        new FigureSource("From the repairs system", null, null)), "data.housing");

        assertThat(values.find(hf1, 2).orElseThrow().notAvailableReason()).isNull();
        assertThat(notAvailableEntries(scenario)).contains(tuple("data.housing", WHY, null, ReturnEditing.UPLOADED));
        clearAsTheFormDoes(scenario, hf1);
        assertThat(values.find(hf1, 2).orElseThrow().notAvailable()).isFalse();
    }

    @Test
    void aTypedFigureEndsNotAvailableEvenFromAFormStillShowingTheMark() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4062);
        long hf1 = scenario.measureId("HF-1");
        markNotAvailable(scenario, hf1);

        editing.saveMeasure(scenario.housing.id(), hf1, values.find(hf1, 2).orElseThrow().version(),
                new MeasureEntry(new BigDecimal("81"), null, null, null, WHY, null), "dir.housing");

        assertThat(values.find(hf1, 2).orElseThrow().notAvailableReason()).isNull();
        assertThat(notAvailableEntries(scenario)).contains(tuple("dir.housing", WHY, null, null));
    }

    @Test
    void aReasonStoredBesideAFigureIsNotAMarkOfNotAvailable() {
        QuarterValue kept = new QuarterValue(1, 2, new BigDecimal("81"), null, null, null, null, null, null, WHY,
                null, "perf", null, 3);
        assertThat(kept.notAvailable()).as("the form would tick it again once the figure was cleared").isFalse();
    }

    private void markNotAvailable(ReturnScenario scenario, long measureId) {
        editing.saveMeasure(scenario.housing.id(), measureId, values.find(measureId, 2).map(QuarterValue::version)
                .orElse(null), new MeasureEntry(null, null, null, null, WHY, null), "data.housing");
        assertThat(values.find(measureId, 2).orElseThrow().notAvailable()).isTrue();
    }

    /** The form ticks "not available" with the stored reason when the row is marked so, and saves what it shows. */
    private void clearAsTheFormDoes(ReturnScenario scenario, long measureId) {
        QuarterValue stored = values.find(measureId, 2).orElseThrow();
        editing.saveMeasure(scenario.housing.id(), measureId, stored.version(), new MeasureEntry(null, null, null,
                null, stored.notAvailable() ? stored.notAvailableReason() : null, null), "data.housing");
    }

    private List<Tuple> notAvailableEntries(ReturnScenario scenario) {
        return trail.forReturn(scenario.housing.id()).stream().filter(e -> "NOT_AVAILABLE".equals(e.kind()))
                .map(e -> tuple(e.actor(), e.oldValue(), e.newValue(), e.comment())).toList();
    }
}
