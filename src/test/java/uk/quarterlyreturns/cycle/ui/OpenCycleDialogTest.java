package uk.quarterlyreturns.cycle.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.compliance.ui.ComplianceView;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.ViewTest;

/** The open-cycle dialog suggests a deadline and compilation date on working days, and asks before a past one. */
class OpenCycleDialogTest extends ViewTest {

    @Autowired FrameworkImport imports;
    @Autowired CycleService cycles;
    @Autowired ReturnRepository returns;
    @Autowired RuntimeService runtime;

    @Test
    void aDeadlineAlreadyPastOpensTheCycleOnlyOnceConfirmed() throws Exception {
        OpenCycleDialog dialog = dialogFor("2920-21", 1);
        _setValue(_get(dialog, DateTimePicker.class, s -> s.withLabel("Submission deadline")),
                LocalDateTime.of(2020, 7, 21, 17, 0));
        _setValue(_get(dialog, DateTimePicker.class, s -> s.withLabel("Compilation date")),
                LocalDateTime.of(2020, 8, 3, 9, 0));
        _click(_get(dialog, Button.class, s -> s.withText("Open cycle")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(confirm)).contains("21 Jul 2020 17:00, has already passed",
                "overdue notices and escalations will go out straight away");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(cycles.all()).as("nothing opened on Cancel").noneMatch(c -> c.yearLabel().equals("2920-21"));

        _click(_get(dialog, Button.class, s -> s.withText("Open cycle")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        Cycle opened = cycles.all().stream().filter(c -> c.yearLabel().equals("2920-21")).findFirst().orElseThrow();
        assertThat(opened.submissionDeadline()).isEqualTo(ZonedDateTime.of(2020, 7, 21, 17, 0, 0, 0, ReportingYear.LONDON)
                .toInstant());
        Await.until("its returns issued", Duration.ofSeconds(60), () -> returns.forCycle(opened.id()).size() == 2);
        OpenedCycles.end(runtime, returns, opened.id());
    }

    @Test
    void aDeadlineToComeOpensWithoutAsking() throws Exception {
        OpenCycleDialog dialog = dialogFor("2921-22", 1);
        _click(_get(dialog, Button.class, s -> s.withText("Open cycle")));
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        Cycle opened = cycles.all().stream().filter(c -> c.yearLabel().equals("2921-22")).findFirst().orElseThrow();
        Await.until("its returns issued", Duration.ofSeconds(60), () -> returns.forCycle(opened.id()).size() == 2);
        OpenedCycles.end(runtime, returns, opened.id());
    }

    private OpenCycleDialog dialogFor(String yearLabel, int q) throws Exception {
        imports.importMeasures(yearLabel, TabularFile.read(
                new ClassPathResource("fixtures/framework-cycle.csv").getContentAsByteArray(), "framework.csv"));
        signIn("perf");
        UI.getCurrent().navigate(ComplianceView.class);
        _click(_get(Button.class, s -> s.withText("Open a cycle…")));
        OpenCycleDialog dialog = _get(OpenCycleDialog.class);
        @SuppressWarnings("unchecked")
        Select<ReportingYear> year = _get(dialog, Select.class, s -> s.withLabel("Reporting year"));
        year.setValue(year.getListDataView().getItems().filter(y -> y.label().equals(yearLabel)).findFirst()
                .orElseThrow());
        @SuppressWarnings("unchecked")
        Select<Integer> quarter = _get(dialog, Select.class, s -> s.withLabel("Quarter"));
        _setValue(quarter, q);
        return dialog;
    }

    /**
     * In April next year's framework is often already rolled over, and the quarter to open is last year's Q4: the
     * dialog starts from the quarter that ended last, not from the latest year with no quarter chosen.
     */
    @Test
    void itStartsFromTheQuarterThatEndedLast() throws Exception {
        imports.importMeasures("3896-97", TabularFile.read(
                new ClassPathResource("fixtures/framework-cycle.csv").getContentAsByteArray(), "framework.csv"));
        signIn("perf");
        UI.getCurrent().navigate(ComplianceView.class);
        try {
            ClockUtil.setCurrentTime(java.util.Date.from(Instant.parse("2018-04-16T09:00:00Z")));
            _click(_get(Button.class, s -> s.withText("Open a cycle…")));
        } finally {
            ClockUtil.reset();
        }
        OpenCycleDialog dialog = _get(OpenCycleDialog.class);
        @SuppressWarnings("unchecked")
        Select<ReportingYear> year = _get(dialog, Select.class, s -> s.withLabel("Reporting year"));
        assertThat(year.getValue().label()).isEqualTo("2017-18");
        assertThat(_get(dialog, Select.class, s -> s.withLabel("Quarter")).getValue()).isEqualTo(4);
        // Q4 2017/18 ended Saturday 31 March 2018; three weeks on is Saturday 21 April
        assertThat(_get(dialog, DateTimePicker.class, s -> s.withLabel("Submission deadline")).getValue())
                .isEqualTo(LocalDateTime.of(2018, 4, 23, 17, 0));
    }

    @Test
    void theSuggestedDeadlineIsNotAWeekend() throws Exception {
        // Q1 2723/24 ends Friday 30 June 2723; three weeks later, 21 July, is a Saturday.
        OpenCycleDialog dialog = dialogFor("2723-24", 1);

        assertThat(_get(dialog, DateTimePicker.class, s -> s.withLabel("Submission deadline")).getValue())
                .isEqualTo(LocalDateTime.of(2723, 7, 23, 17, 0)); // Monday
        assertThat(_get(dialog, DateTimePicker.class, s -> s.withLabel("Compilation date")).getValue())
                .isEqualTo(LocalDateTime.of(2723, 8, 2, 9, 0));
        // far past the bank holiday calendar: said before the cycle is opened
        assertThat(_get(dialog, Paragraph.class, s -> s.withClasses("calendar-ends")).getText())
                .startsWith("The bank holiday calendar ends on 26 Dec 2035: after it, this cycle's reminders");
    }
}
