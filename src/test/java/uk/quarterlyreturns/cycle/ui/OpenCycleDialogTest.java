package uk.quarterlyreturns.cycle.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.compliance.ui.ComplianceView;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.support.ViewTest;

/** The open-cycle dialog suggests a deadline and compilation date on working days. */
class OpenCycleDialogTest extends ViewTest {

    @Autowired FrameworkImport imports;

    @Test
    void theSuggestedDeadlineIsNotAWeekend() throws Exception {
        // Q1 2723/24 ends Friday 30 June 2723; three weeks later, 21 July, is a Saturday.
        imports.importMeasures("2723-24", TabularFile.read(
                new ClassPathResource("fixtures/framework-cycle.csv").getContentAsByteArray(), "framework.csv"));
        signIn("perf");
        UI.getCurrent().navigate(ComplianceView.class);
        _click(_get(Button.class, s -> s.withText("Open a cycle…")));
        OpenCycleDialog dialog = _get(OpenCycleDialog.class);
        @SuppressWarnings("unchecked")
        Select<ReportingYear> year = _get(dialog, Select.class, s -> s.withLabel("Reporting year"));
        year.setValue(year.getListDataView().getItems().filter(y -> y.label().equals("2723-24")).findFirst()
                .orElseThrow());
        @SuppressWarnings("unchecked")
        Select<Integer> quarter = _get(dialog, Select.class, s -> s.withLabel("Quarter"));
        _setValue(quarter, 1);

        assertThat(_get(dialog, DateTimePicker.class, s -> s.withLabel("Submission deadline")).getValue())
                .isEqualTo(LocalDateTime.of(2723, 7, 23, 17, 0)); // Monday
        assertThat(_get(dialog, DateTimePicker.class, s -> s.withLabel("Compilation date")).getValue())
                .isEqualTo(LocalDateTime.of(2723, 8, 2, 9, 0));
    }
}
