package uk.quarterlyreturns.framework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.support.ViewTest;

/** On the Framework screen, the performance team says which directorate a renamed one continues as. */
class ContinuationDialogTest extends ViewTest {

    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;

    @Test
    void offersTheDirectoratesTheYearNoLongerHasAndShowsTheContinuationOnceSaved() {
        imports.importMeasures("3044-45", framework("Waste 3044"));
        imports.importMeasures("3045-46", framework("Environment 3045"));
        ContinuationDialog dialog = openFor("3045-46");
        assertThat(ComboBoxKt.getSuggestions(dialog.earlier)).contains("Waste 3044").doesNotContain("Environment 3045");
        assertThat(ComboBoxKt.getSuggestions(dialog.later)).containsExactly("Environment 3045");
        _click(dialog.save);
        assertThat(dialog.problem.getText()).isEqualTo("Choose both directorates.");
        dialog.earlier.setValue("Waste 3044");
        dialog.later.setValue("Environment 3045");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(_get(Paragraph.class, s -> s.withText("Waste 3044 continues as Environment 3045 (its strategic"
                + " directors move when the year begins)"))).isNotNull();
    }

    /** A restructure file merged the directorate's every service into another's: its empty placements stay. */
    @Test
    void offersADirectorateWhoseServicesWereAllMergedIntoAnother() {
        imports.importMeasures("7353-54", file("WT-1,Bins emptied,Waste 7353,Bins 7353\n"
                + "WT-2,Skips hired,Waste 7353,Skips 7353\n"));
        imports.importMeasures("7353-54", file("WT-1,Bins emptied,Environment 7353,Bins 7353\n"
                + "WT-2,Skips hired,Environment 7353,Bins 7353\n"));
        ContinuationDialog dialog = openFor("7353-54");
        assertThat(ComboBoxKt.getSuggestions(dialog.earlier)).contains("Waste 7353").doesNotContain("Environment 7353");
        assertThat(ComboBoxKt.getSuggestions(dialog.later)).containsExactly("Environment 7353");
    }

    /** The performance team's Framework screen on the year, and its "A directorate continues as…" dialog. */
    private ContinuationDialog openFor(String label) {
        signIn("perf");
        open("framework");
        @SuppressWarnings("unchecked")
        Select<ReportingYear> year = _get(Select.class, s -> s.withLabel("Reporting year"));
        _setValue(year, years.find(label).orElseThrow());
        _click(_get(Button.class, s -> s.withText("A directorate continues as…")));
        return _get(ContinuationDialog.class);
    }

    /** A framework file of these rows, each code,title,directorate,service and a newline. */
    private static TabularFile file(String rows) {
        return TabularFile.read(("code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,"
                + "floor,tolerance_pct,rag_scheme\n" + rows.replace("\n", ",Green,count,HIGHER_IS_BETTER,QUARTERLY,"
                + "SNAPSHOT,5,,10,TOLERANCE\n")).getBytes(StandardCharsets.UTF_8), "f.csv");
    }

    private static TabularFile framework(String directorate) {
        return file("WT-1,Bins emptied," + directorate + ",Bins 3044\n");
    }
}
