package uk.quarterlyreturns.framework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.BandEdges;
import uk.quarterlyreturns.framework.BandEdgesChange;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.support.ViewTest;

/**
 * The performance team sets a year's five-point band edges, once confirmed; edges that do not rise are refused, and
 * so are any edges once a report of the year is published.
 */
class BandEdgesTest extends ViewTest {

    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired FigureImport figures;
    @Autowired BandEdgesChange change;
    @Autowired JdbcClient jdbc;

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
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(edges.isInvalid()).isFalse();
        assertThat(years.find("2024-25").orElseThrow().bandEdges().toString()).isEqualTo("4;8;12");
    }

    /**
     * New edges re-rate the year's five-point figures: the screen asks first, saying how many measures with recorded
     * figures change, and saves nothing unless confirmed; once a report of the year is published, the edges are
     * refused in words, on the screen and in the service a second tab would reach after asking.
     */
    @Test
    void asksFirstSayingHowManyMeasuresItReRatesAndRefusesOnceAReportIsPublished() {
        String label = "5952-53";
        String row = ",Sluices checked,Sluice Directorate 5952,Sluice Works 5952,Ambitious,count,HIGHER_IS_BETTER,"
                + "QUARTERLY,SNAPSHOT,50,,10,";
        imports.importMeasures(label, TabularFile.read(("code,title,directorate,service,theme,unit,polarity,frequency,"
                + "aggregation,target,floor,tolerance_pct,rag_scheme\nBE-1" + row + "FIVE_POINT\nBE-2" + row
                + "FIVE_POINT\nBE-3" + row + "TOLERANCE\n").getBytes(StandardCharsets.UTF_8), "f.csv"));
        figures.importValues(label, 1, TabularFile.read("code,value\nBE-1,40\nBE-3,40\n"
                .getBytes(StandardCharsets.UTF_8), "v.csv"), "perf");
        signIn("perf");
        open("framework");
        @SuppressWarnings("unchecked")
        Select<ReportingYear> year = _get(Select.class, s -> s.withLabel("Reporting year"));
        _setValue(year, years.find(label).orElseThrow());
        TextField edges = _get(TextField.class, s -> s.withLabel("Band edges"));

        _setValue(edges, "4;8;12");
        _click(_get(Button.class, s -> s.withText("Save edges")));
        assertThat(_get(ConfirmDialog.class).getElement().getProperty("message"))
                .contains("re-rates 1 five-point measure with recorded figures");
        assertThat(years.find(label).orElseThrow().bandEdges().toString()).isEqualTo("5;10;15");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(years.find(label).orElseThrow().bandEdges().toString()).isEqualTo("4;8;12");

        ReportingYear published = years.find(label).orElseThrow();
        jdbc.sql("""
                insert into cycle (year_id, quarter, status, submission_deadline, compilation_date)
                values (:y, 1, 'PUBLISHED', now(), now())""").param("y", published.id()).update();
        _setValue(edges, "3;6;9");
        _click(_get(Button.class, s -> s.withText("Save edges")));
        assertThat(edges.isInvalid()).isTrue();
        assertThat(edges.getErrorMessage()).isEqualTo("The 5952/53 band edges cannot change: the report of Q1 is"
                + " published with the RAGs they gave");
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThatThrownBy(() -> change.save(published, BandEdges.parse("3;6;9")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(years.find(label).orElseThrow().bandEdges().toString()).isEqualTo("4;8;12");
    }

    /**
     * A return already submitted holds the five-point RAGs its director signed off: the edges may not change under
     * it (they did, re-rating what was signed off), while a return not yet submitted leaves them free.
     */
    @Test
    void refusedWhileAReturnWithFivePointFiguresIsSubmitted() {
        String label = "3720-21";
        imports.importMeasures(label, TabularFile.read(("code,title,directorate,service,theme,unit,polarity,frequency,"
                + "aggregation,target,floor,tolerance_pct,rag_scheme\nBS-1,Sluices checked,Sluice Directorate 3720,"
                + "Sluice Works 3720,Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,,FIVE_POINT\n")
                .getBytes(StandardCharsets.UTF_8), "f.csv"));
        figures.importValues(label, 2, TabularFile.read("code,value\nBS-1,44\n".getBytes(StandardCharsets.UTF_8),
                "v.csv"), "perf");
        ReportingYear year = years.find(label).orElseThrow();
        long returnId = jdbc.sql("""
                with c as (insert into cycle (year_id, quarter, status, submission_deadline, compilation_date)
                    values (:y, 2, 'OPEN', now(), now()) returning id)
                insert into service_return (cycle_id, service_id, status)
                select c.id, s.id, 'DRAFT' from c, service s where s.name = 'Sluice Works 3720' returning id""")
                .param("y", year.id()).query(Long.class).single();
        change.save(year, BandEdges.parse("4;8;12"));

        jdbc.sql("update service_return set status = 'SIGNED_OFF' where id = :r").param("r", returnId).update();
        assertThatThrownBy(() -> change.save(year, BandEdges.parse("3;6;9"))).isInstanceOf(IllegalStateException.class)
                .hasMessage("The 3720/21 band edges cannot change while returns already submitted hold five-point"
                        + " RAGs their directors signed off (Sluice Works 3720's Q2): have them sent back first (or"
                        + " reopened, once accepted)");
        assertThat(years.find(label).orElseThrow().bandEdges().toString()).isEqualTo("4;8;12");
    }
}
