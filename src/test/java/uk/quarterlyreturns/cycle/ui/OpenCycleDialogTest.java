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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.compliance.ui.ComplianceView;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.cycle.SuggestedDates;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.UnreadDates;
import uk.quarterlyreturns.support.ViewTest;

/**
 * The open-cycle dialog suggests a deadline and compilation date on working days, and asks before a past one or a
 * quarter not yet ended.
 */
class OpenCycleDialogTest extends ViewTest {

    @Autowired FrameworkImport imports;
    @Autowired CycleService cycles;
    @Autowired ReturnRepository returns;
    @Autowired RuntimeService runtime;
    @Autowired YearRepository years;

    @Test
    void aDeadlineAlreadyPastOpensTheCycleOnlyOnceConfirmed() throws Exception {
        OpenCycleDialog dialog = dialogFor("2920-21", 1);
        _setValue(_get(dialog, DateTimePicker.class, s -> s.withLabel("Submission deadline")),
                LocalDateTime.of(2020, 7, 21, 17, 0));
        _setValue(_get(dialog, DateTimePicker.class, s -> s.withLabel("Compilation date")),
                LocalDateTime.of(2020, 8, 3, 9, 0));
        _click(_get(dialog, Button.class, s -> s.withText("Open cycle")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class)); // Q1 2920/21 is still to come
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(confirm)).contains("21 Jul 2020 17:00, has already passed",
                "overdue notices and escalations will go out straight away", "The compilation date, 3 Aug 2020 09:00,"
                + " has gone by too: the report will be compiled at once, every return Missing, and sent to the"
                + " chief executive for approval.");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(cycles.all()).as("nothing opened on Cancel").noneMatch(c -> c.yearLabel().equals("2920-21"));

        // opened with a compilation date to come: one gone by would compile the report while the test ends the cycle
        _setValue(_get(dialog, DateTimePicker.class, s -> s.withLabel("Compilation date")),
                LocalDateTime.of(2920, 8, 3, 9, 0));
        _click(_get(dialog, Button.class, s -> s.withText("Open cycle")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        ConfirmDialog pastDeadline = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(pastDeadline)).contains("has already passed").doesNotContain("gone by");
        ConfirmDialogKt._fireConfirm(pastDeadline);
        Cycle opened = cycles.all().stream().filter(c -> c.yearLabel().equals("2920-21")).findFirst().orElseThrow();
        assertThat(opened.submissionDeadline()).isEqualTo(ZonedDateTime.of(2020, 7, 21, 17, 0, 0, 0, ReportingYear.LONDON)
                .toInstant());
        Await.until("its returns issued", Duration.ofSeconds(60), () -> returns.forCycle(opened.id()).size() == 2);
        OpenedCycles.end(runtime, returns, opened.id());
    }

    @Test
    void aDeadlineToComeOpensWithoutAskingAboutIt() throws Exception {
        OpenCycleDialog dialog = dialogFor("2921-22", 1);
        _click(_get(dialog, Button.class, s -> s.withText("Open cycle")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class)); // Q1 2921/22 is still to come
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        Cycle opened = cycles.all().stream().filter(c -> c.yearLabel().equals("2921-22")).findFirst().orElseThrow();
        Await.until("its returns issued", Duration.ofSeconds(60), () -> returns.forCycle(opened.id()).size() == 2);
        OpenedCycles.end(runtime, returns, opened.id());
    }

    /** A council opening Q3 in September has almost certainly picked the wrong quarter (or year). */
    @Test
    void aQuarterNotYetEndedOpensOnlyOnceConfirmed() throws Exception {
        OpenCycleDialog dialog = dialogFor("3921-22", 3);
        _click(_get(dialog, Button.class, s -> s.withText("Open cycle")));
        ConfirmDialog ask = _get(ConfirmDialog.class);
        SuggestedDates.YearQuarter last = SuggestedDates.lastEnded(LocalDate.now(ReportingYear.LONDON));
        assertThat(ask.getElement().getProperty("header"))
                .isEqualTo("Q3 3921/22 does not end until 31/12/3921: open it now?");
        assertThat(ConfirmDialogKt._getText(ask)).isEqualTo("Its returns are issued at once and the services are"
                + " emailed to fill in a quarter that is not over. The quarter that ended last is Q" + last.quarter()
                + " " + last.yearLabel().replace('-', '/') + ".");
        assertThat(ask.getElement().getProperty("confirmText")).isEqualTo("Open it now");
        ConfirmDialogKt._fireCancel(ask);
        assertThat(cycles.all()).as("nothing opened on Cancel").noneMatch(c -> c.yearLabel().equals("3921-22"));
        assertThat(dialog.isOpened()).as("the dates stay to be changed").isTrue();

        _click(_get(dialog, Button.class, s -> s.withText("Open cycle")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_find(ConfirmDialog.class)).as("its deadline is to come: nothing more to ask").isEmpty();
        Cycle opened = cycles.all().stream().filter(c -> c.yearLabel().equals("3921-22")).findFirst().orElseThrow();
        assertThat(opened.quarter()).isEqualTo(3);
        Await.until("its returns issued", Duration.ofSeconds(60), () -> returns.forCycle(opened.id()).size() == 2);
        OpenedCycles.end(runtime, returns, opened.id());
    }

    @Test
    void aQuarterEndedOpensWithoutAsking() throws Exception {
        imports.importMeasures("3922-23", TabularFile.read(
                new ClassPathResource("fixtures/framework-cycle.csv").getContentAsByteArray(), "framework.csv"));
        signIn("perf");
        // on its own: the compliance screen would draw its curves up to the moved clock, centuries of days
        OpenCycleDialog dialog = new OpenCycleDialog(cycles, years, ChasePolicy.DEFAULT, "perf", c -> { });
        dialog.open();
        choose(dialog, "3922-23", 1);
        try {
            // a week after Q1 3922/23 ended; the suggested deadline, three weeks after it, is to come
            ClockUtil.setCurrentTime(java.util.Date.from(Instant.parse("3922-07-07T09:00:00Z")));
            _click(_get(dialog, Button.class, s -> s.withText("Open cycle")));
        } finally {
            ClockUtil.reset();
        }
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        Cycle opened = cycles.all().stream().filter(c -> c.yearLabel().equals("3922-23")).findFirst().orElseThrow();
        Await.until("its returns issued", Duration.ofSeconds(60), () -> returns.forCycle(opened.id()).size() == 2);
        OpenedCycles.end(runtime, returns, opened.id());
    }

    /** A question answered would not mend dates out of order: they are said first, nothing asked. */
    @Test
    void datesOutOfOrderAreSaidBeforeAnythingIsAsked() throws Exception {
        OpenCycleDialog dialog = dialogFor("4125-26", 1);
        LocalDateTime due = LocalDateTime.of(2020, 7, 21, 17, 0);
        _setValue(_get(dialog, DateTimePicker.class, s -> s.withLabel("Submission deadline")), due);
        _setValue(_get(dialog, DateTimePicker.class, s -> s.withLabel("Compilation date")), due.minusHours(8));
        _click(_get(dialog, Button.class, s -> s.withText("Open cycle")));
        assertThat(_find(ConfirmDialog.class)).as("neither the quarter to come nor the deadline past is asked about")
                .isEmpty();
        assertThat(_get(dialog, Paragraph.class, s -> s.withClasses("form-problem")).getText())
                .isEqualTo("The compilation date must come after the submission deadline");
        assertThat(_get(dialog, DateTimePicker.class, s -> s.withLabel("Submission deadline")).getValue())
                .as("what was typed stays").isEqualTo(due);
        assertThat(cycles.all()).noneMatch(c -> c.yearLabel().equals("4125-26"));
    }

    /**
     * A deadline whose date cannot be read was refused as not given ("give the deadline"), though it was; said as the
     * date pickers say it, on the box it is in.
     */
    @Test
    void aDeadlineThatCannotBeReadIsSaidSo() throws Exception {
        OpenCycleDialog dialog = dialogFor("7561-62", 1);
        UnreadDates.type(_get(dialog, DateTimePicker.class, s -> s.withLabel("Submission deadline")), "next Friday");
        _click(_get(dialog, Button.class, s -> s.withText("Open cycle")));
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(_get(dialog, Paragraph.class, s -> s.withClasses("form-problem")).getText()).isEqualTo("Not opened:"
                + " Submission deadline: Type the date as day/month/year, such as 30/10/2017, and the time as 17:00");
        assertThat(cycles.all()).noneMatch(c -> c.yearLabel().equals("7561-62"));
    }

    /** A box left empty is not one that cannot be read: the dialog says what it needs, as it did before. */
    @Test
    void aDeadlineLeftEmptyIsAskedFor() throws Exception {
        OpenCycleDialog dialog = dialogFor("7651-52", 1);
        _get(dialog, DateTimePicker.class, s -> s.withLabel("Submission deadline")).clear();
        _click(_get(dialog, Button.class, s -> s.withText("Open cycle")));
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(_get(dialog, Paragraph.class, s -> s.withClasses("form-problem")).getText())
                .isEqualTo("Choose the year and quarter, and give the deadline and compilation date");
        assertThat(cycles.all()).noneMatch(c -> c.yearLabel().equals("7651-52"));
    }

    /** A new council has no year to choose, nor dates suggested: pressing Open still says why, not a blank reason. */
    @Test
    void withNoYearToChooseOpeningSaysWhy() throws Exception {
        signIn("perf");
        OpenCycleDialog dialog = new OpenCycleDialog(cycles, years, ChasePolicy.DEFAULT, "perf", c -> { });
        dialog.open();
        @SuppressWarnings("unchecked")
        Select<ReportingYear> year = _get(dialog, Select.class, s -> s.withLabel("Reporting year"));
        year.setItems(List.of()); // as the dialog finds them before any framework is imported
        _get(dialog, DateTimePicker.class, s -> s.withLabel("Submission deadline")).clear();
        _get(dialog, DateTimePicker.class, s -> s.withLabel("Compilation date")).clear();
        _click(_get(dialog, Button.class, s -> s.withText("Open cycle")));
        assertThat(_get(dialog, Paragraph.class, s -> s.withClasses("form-problem")).getText())
                .isEqualTo(OpenCycleDialog.NO_YEAR_YET);
    }

    /** Opened meanwhile from another tab (or by the timer): said at once, not after the questions are answered. */
    @Test
    void aQuarterOpenedMeanwhileIsSaidBeforeAnythingIsAsked() throws Exception {
        OpenCycleDialog dialog = dialogFor("4126-27", 1);
        Cycle elsewhere = cycles.openAs("4126-27", 1, Instant.parse("4126-07-21T16:00:00Z"),
                Instant.parse("4126-07-31T08:00:00Z"), ChasePolicy.DEFAULT, "timer");
        try {
            _click(_get(dialog, Button.class, s -> s.withText("Open cycle")));
            assertThat(_find(ConfirmDialog.class)).as("not asked whether to open a quarter to come").isEmpty();
            assertThat(_get(dialog, Paragraph.class, s -> s.withClasses("form-problem")).getText())
                    .isEqualTo("The Quarter 1 (April to June) 4126/27 cycle is already open");
            assertThat(dialog.isOpened()).isTrue();
        } finally {
            Await.until("its returns issued", Duration.ofSeconds(60),
                    () -> returns.forCycle(elsewhere.id()).size() == 2);
            OpenedCycles.end(runtime, returns, elsewhere.id());
        }
    }

    private OpenCycleDialog dialogFor(String yearLabel, int q) throws Exception {
        imports.importMeasures(yearLabel, TabularFile.read(
                new ClassPathResource("fixtures/framework-cycle.csv").getContentAsByteArray(), "framework.csv"));
        signIn("perf");
        UI.getCurrent().navigate(ComplianceView.class);
        _click(_get(Button.class, s -> s.withText("Open a cycle…")));
        OpenCycleDialog dialog = _get(OpenCycleDialog.class);
        choose(dialog, yearLabel, q);
        return dialog;
    }

    private static void choose(OpenCycleDialog dialog, String yearLabel, int q) {
        @SuppressWarnings("unchecked")
        Select<ReportingYear> year = _get(dialog, Select.class, s -> s.withLabel("Reporting year"));
        year.setValue(year.getListDataView().getItems().filter(y -> y.label().equals(yearLabel)).findFirst()
                .orElseThrow());
        @SuppressWarnings("unchecked")
        Select<Integer> quarter = _get(dialog, Select.class, s -> s.withLabel("Quarter"));
        _setValue(quarter, q);
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
