package uk.quarterlyreturns.framework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.support.ViewTest;

/** The performance team sets a year's five-point band edges; edges that do not rise are refused. */
class BandEdgesTest extends ViewTest {

    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;

    @Test
    void setsTheYearsBandEdgesAndRefusesEdgesThatDoNotRise() throws Exception {
        imports.importMeasures("2024-25", TabularFile.read(
                new ClassPathResource("fixtures/framework-cycle.csv").getContentAsByteArray(), "f.csv"));
        signIn("perf");
        open("framework");
        @SuppressWarnings("unchecked")
        Select<ReportingYear> year = _get(Select.class, s -> s.withLabel("Reporting year"));
        _setValue(year, years.find("2024-25").orElseThrow());
        TextField edges = _get(TextField.class, s -> s.withLabel("Band edges"));
        assertThat(edges.getValue()).isEqualTo("5;10;15");

        _setValue(edges, "12;8;20");
        _click(_get(Button.class, s -> s.withText("Save edges")));
        assertThat(edges.isInvalid()).isTrue();
        assertThat(years.find("2024-25").orElseThrow().bandEdges().toString()).isEqualTo("5;10;15");

        _setValue(edges, "4;8;12");
        _click(_get(Button.class, s -> s.withText("Save edges")));
        assertThat(edges.isInvalid()).isFalse();
        assertThat(years.find("2024-25").orElseThrow().bandEdges().toString()).isEqualTo("4;8;12");
    }
}
