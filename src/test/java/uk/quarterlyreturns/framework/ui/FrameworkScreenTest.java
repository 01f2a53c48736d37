package uk.quarterlyreturns.framework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.RagScheme;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.support.ViewTest;

/** The Framework screen speaks the performance team's words, not the file's constants. */
class FrameworkScreenTest extends ViewTest {

    private static final String YEAR = "2850-51";

    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;

    /** In February the performance team imports next year's framework; the screen still opens on this year's. */
    @Test
    void opensOnTheYearUnderWayNotNextYearsImportedEarly() throws Exception {
        byte[] file = new ClassPathResource("fixtures/framework-cycle.csv").getContentAsByteArray();
        imports.importMeasures("1942-43", TabularFile.read(file, "f.csv"));
        imports.importMeasures("1943-44", TabularFile.read(file, "f.csv"));
        ClockUtil.setCurrentTime(Date.from(Instant.parse("1943-02-10T10:00:00Z")));
        try {
            signIn("perf");
            open("framework");
            @SuppressWarnings("unchecked")
            Select<ReportingYear> year = _get(Select.class, s -> s.withLabel("Reporting year"));
            assertThat(year.getValue().label()).isEqualTo("1942-43");

            ClockUtil.setCurrentTime(Date.from(Instant.parse("1943-04-01T09:00:00Z")));
            open("compliance"); // away and back: the screen is made again
            open("framework");
            @SuppressWarnings("unchecked")
            Select<ReportingYear> onItsFirstDay = _get(Select.class, s -> s.withLabel("Reporting year"));
            assertThat(onItsFirstDay.getValue().label()).isEqualTo("1943-44");
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void namesRagSchemesInWordsAndCountsOneDirectorateInTheSingular() throws Exception {
        imports.importMeasures(YEAR, TabularFile.read(
                new ClassPathResource("fixtures/framework-cycle.csv").getContentAsByteArray(), "f.csv"));
        signIn("perf");
        open("framework");
        @SuppressWarnings("unchecked")
        Select<ReportingYear> year = _get(Select.class, s -> s.withLabel("Reporting year"));
        _setValue(year, years.find(YEAR).orElseThrow());

        @SuppressWarnings("unchecked")
        Grid<Object> measures = _find(Grid.class).stream()
                .filter(g -> g.getAriaLabel().filter("Measures"::equals).isPresent()).findFirst().orElseThrow();
        assertThat(GridKt._getFormattedRow(measures, 0)).contains("Five-point").doesNotContain("FIVE_POINT");
        assertThat(GridKt._getFormattedRow(measures, 1)).contains("Tolerance").doesNotContain("TOLERANCE");
        @SuppressWarnings("unchecked")
        ComboBox<RagScheme> scheme = _get(ComboBox.class, s -> s.withLabel("RAG scheme"));
        assertThat(scheme.getItemLabelGenerator().apply(RagScheme.TARGET_FLOOR)).isEqualTo("Target and floor");
        assertThat(_find(Details.class)).extracting(Details::getSummaryText)
                .contains("Directorates and services in 2850/51 (1 directorate, 2 services)");
    }
}
