package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * A value given with its numerator and denominator must be that ratio, to the places the value is given in: the
 * report prints both ("57.2% (380/664)"), and a figure beside a ratio that says otherwise is not to be trusted.
 */
class FigureAndRatioTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired FigureImport figures;
    @Autowired ValueRepository values;

    @Test
    void aValueThatIsNotItsRatioRefusesTheFileNamingTheRowAndNothingChanges() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2914);

        assertThatThrownBy(() -> figures.importValues(scenario.year, 2, csv("code,value,numerator,denominator\n"
                + "HF-2,60,,\nHF-1,90,380,664\n"), "perf"))
                .isInstanceOf(ImportRejectedException.class)
                .satisfies(e -> assertThat(((ImportRejectedException) e).errors()).singleElement().satisfies(err -> {
                    assertThat(err.row()).isEqualTo(3);
                    assertThat(err.column()).isEqualTo("value");
                    assertThat(err.message()).contains("380 / 664").contains("57.23");
                }));
        assertThat(values.find(scenario.measureId("HF-1"), 2)).isEmpty();
        assertThat(values.find(scenario.measureId("HF-2"), 2)).isEmpty();

        // rounded up past the figure the counts make, it is not: 58 for 57.229% would be judged 58
        assertThatThrownBy(() -> figures.importValues(scenario.year, 2, csv("code,value,numerator,denominator\n"
                + "HF-1,58,380,664\n"), "perf")).isInstanceOf(ImportRejectedException.class);
        assertThat(values.find(scenario.measureId("HF-1"), 2)).isEmpty();
        // rounded, or cut off, to the places given, the value is its ratio: 380/664 = 57.229%
        figures.importValues(scenario.year, 2, csv("code,value,numerator,denominator\nHF-1,57.2,380,664\n"), "perf");
        figures.importValues(scenario.year, 2, csv("code,value,numerator,denominator\nHF-1,57,380,664\n"), "perf");
        figures.importValues(scenario.year, 2, csv("code,value,numerator,denominator\nHF-1,57.23,380,664\n"), "perf");
        assertThat(values.find(scenario.measureId("HF-1"), 2).orElseThrow().value()).isEqualByComparingTo("57.23");
    }

    private static TabularFile csv(String text) {
        return TabularFile.read(text.getBytes(StandardCharsets.UTF_8), "values.csv");
    }
}
