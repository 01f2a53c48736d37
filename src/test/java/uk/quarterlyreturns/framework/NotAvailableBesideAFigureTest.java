package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * A quarter with a figure is not marked "not available": the reason was stored behind the figure, unseen, and came
 * back as if the service had said it once the figure was cleared.
 */
class NotAvailableBesideAFigureTest extends ApplicationTest {

    private static final String WHY = "The repairs system was down at the quarter's end";

    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired ValueRepository values;
    @Autowired Narratives narratives;

    @Test
    void aQuarterWithAFigureIsNotMarkedNotAvailable() throws Exception {
        String year = "4153-54";
        imports.importMeasures(year, TabularFile.read(new ClassPathResource("fixtures/framework-form.csv")
                .getContentAsByteArray(), "framework.csv"));
        long repairs = measures.find(years.find(year).orElseThrow().id(), "HF-1").orElseThrow().id();
        values.saveFigure(repairs, 1, new BigDecimal("70"), null, null, null, "perf");

        assertThat(narratives.notAvailable(repairs, 1, WHY, "data.housing")).isFalse();
        QuarterValue first = values.find(repairs, 1).orElseThrow();
        assertThat(first.value()).isEqualByComparingTo("70");
        assertThat(first.notAvailableReason()).as("nothing kept behind the figure").isNull();
        assertThat(first.updatedBy()).isEqualTo("perf");

        assertThat(narratives.notAvailable(repairs, 2, WHY, "data.housing")).as("a quarter with no figure").isTrue();
        assertThat(values.find(repairs, 2).orElseThrow().notAvailable()).isTrue();
    }
}
