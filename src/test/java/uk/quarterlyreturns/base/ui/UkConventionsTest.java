package uk.quarterlyreturns.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.mail.MailMessage;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.people.DelegationState;
import uk.quarterlyreturns.people.Delegations;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.TestMailServer;
import uk.quarterlyreturns.support.UnreadDates;
import uk.quarterlyreturns.support.ViewTest;

/**
 * UK conventions: a date typed as 10/11/2027 is 10 November, grids print 30 Oct 2017 in London time, and what
 * the application writes (the outbox) is stamped by the engine's clock, the one the demo and the tests move.
 */
class UkConventionsTest extends ViewTest {

    @Autowired
    PeopleService people;
    @Autowired
    Delegations delegations;
    @Autowired
    MailOutbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void aDateTypedDayFirstIsReadDayFirstAndShownTheUkWay() {
        String deputy = deputyChosen("uk.dates", "Dana Dates");
        DatePicker from = _get(DatePicker.class, s -> s.withLabel("From"));
        assertThat(from.getLocale()).isEqualTo(Locale.UK);
        type(from, "10/11/2027");
        type(_get(DatePicker.class, s -> s.withLabel("To (last day)")), "3/1/28");
        assertThat(from.getValue()).isEqualTo(LocalDate.of(2027, 11, 10));
        _click(_get(Button.class, s -> s.withText("Name deputy")));

        assertThat(delegations.heldBy(deputy, LocalDate.of(2027, 11, 10))).singleElement()
                .satisfies(d -> assertThat(d.endsOn()).isEqualTo(LocalDate.of(2028, 1, 3)));
        Grid<?> grid = _get(Grid.class);
        String rows = "";
        for (int i = 0; i < GridKt._size(grid); i++) {
            rows += String.join(" | ", GridKt._getFormattedRow(grid, i)) + "\n";
        }
        assertThat(rows).contains("Wed 10 Nov 2027", "Mon 3 Jan 2028");
        // ended, so that no later test finds Housing with a deputy it did not name
        LocalDate today = LocalDate.now(clock);
        delegations.heldBy(deputy, LocalDate.of(2027, 11, 10)).stream()
                .filter(d -> d.state(today) != DelegationState.PAST)
                .forEach(d -> delegations.end(d.id(), "dir.housing"));
    }

    @Test
    void pickersForDatesAndTimesAreUk() {
        signIn("perf");
        open("compliance");
        _click(_get(Button.class, s -> s.withText("Open a cycle…")));
        DateTimePicker deadline = _get(DateTimePicker.class, s -> s.withLabel("Submission deadline"));
        assertThat(deadline.getLocale()).isEqualTo(Locale.UK);
        assertThat(deadline.getDatePickerI18n().getDateFormats()).first().isEqualTo("dd/MM/yyyy");
        assertThat(_get(TimePicker.class, s -> s.withLabel("Reminder time")).getLocale()).as("09:00, not 9:00 AM")
                .isEqualTo(Locale.UK);
    }

    /**
     * A screen reader reads each box's own name ("Submission deadline date (day/month/year)"), not the one label
     * twice; a date that cannot be read says on the field how to type it.
     */
    @Test
    void theDateAndTimeBoxesAreNamedApartAndAnUnreadDateSaysHowToTypeIt() {
        DateTimePicker picker = UkDates.dateTimePicker("New deadline");
        assertThat(picker.getI18n().getDateLabel()).isEqualTo("date (day/month/year)");
        assertThat(picker.getI18n().getTimeLabel()).isEqualTo("time (24-hour)");
        assertThat(picker.getI18n().getBadInputErrorMessage()).contains("30/10/2017", "17:00");
        assertThat(picker.getI18n().getIncompleteInputErrorMessage()).isEqualTo("Give both the date and the time");
    }

    @Test
    void theOutboxIsStampedByTheEnginesClockAndPrintedInLondonTime() {
        Instant demoNow = Instant.parse("2017-10-30T10:00:00Z");
        String subject = "Stamped by the engine's clock " + System.nanoTime();
        try {
            ClockUtil.setCurrentTime(Date.from(demoNow));
            long id = outbox.send(new MailMessage("uk-conventions:" + System.nanoTime(), "TEST",
                    "someone@demo.council.test", subject, "Hello", null, null, null));
            Await.until("delivered", TestMailServer.DELIVERY, () -> "DELIVERED".equals(jdbc.sql(
                    "select status from outbox_message where id = :id").param("id", id).query(String.class).single()));
            assertThat(jdbc.sql("select created_at, delivered_at from outbox_message where id = :id").param("id", id)
                    .query((rs, n) -> rs.getTimestamp(1).toInstant() + " " + rs.getTimestamp(2).toInstant()).single())
                    .isEqualTo(demoNow + " " + demoNow);
            signIn("admin");
            open("admin/outbox");
            // Found by its subject: the outbox shows the latest thousand, and the suite leaves more than that.
            _setValue(_get(TextField.class, s -> s.withLabel("Find by recipient or subject")), subject);
            Grid<?> grid = _get(Grid.class);
            int row = 0;
            while (row < GridKt._size(grid) && !GridKt._getFormattedRow(grid, row).contains(subject)) {
                row++;
            }
            assertThat(GridKt._getFormattedRow(grid, row)).contains(subject, "30 Oct 2017 10:00");
            assertThat(GridKt._getCellComponent(grid, row, "delivery").getElement().getTextRecursively())
                    .isEqualTo("Delivered 30 Oct 2017 10:00");
        } finally {
            ClockUtil.reset();
        }
    }

    /** Other British ways of typing a date are read too; one that is not says on the field how to type it. */
    @Test
    void aDateTypedAnotherBritishWayIsReadAndOneNotReadSaysHow() {
        DatePicker picker = UkDates.datePicker("Date of meeting");
        UI.getCurrent().add(picker);
        for (String typed : List.of("21/11/2017", "21-11-2017", "21.11.2017", "21 November 2017", "21 Nov 2017")) {
            picker.clear();
            type(picker, typed);
            assertThat(picker.getValue()).as(typed).isEqualTo(LocalDate.of(2017, 11, 21));
        }
        UnreadDates.type(picker, "the 21st");
        assertThat(picker.isInvalid()).isTrue();
        assertThat(picker.getErrorMessage()).isEqualTo("Type the date as day/month/year, such as 21/11/2017");
    }

    /** A deputy is not named while a date typed cannot be read: the last day would be taken as none. */
    @Test
    void aDeputyIsNotNamedWhileADateCannotBeRead() {
        String deputy = deputyChosen("uk.unread", "Una Unread");
        UnreadDates.type(_get(DatePicker.class, s -> s.withLabel("To (last day)")), "next Friday");
        try {
            _click(_get(Button.class, s -> s.withText("Name deputy")));
            assertThat(_get(Paragraph.class, s -> s.withClasses("form-problem")).getText()).isEqualTo("Not named: To"
                    + " (last day): Type the date as day/month/year, such as 21/11/2017");
        } finally {
            LocalDate today = LocalDate.now(clock);
            delegations.heldBy(deputy, today).stream().filter(d -> d.state(today) != DelegationState.PAST)
                    .forEach(d -> delegations.end(d.id(), "dir.housing"));
        }
        assertThat(delegations.heldBy(deputy, LocalDate.now(clock))).isEmpty();
    }

    /** Housing's director on the Deputies screen with a new strategic director chosen as deputy; their username. */
    private String deputyChosen(String prefix, String name) {
        String deputy = prefix + System.nanoTime() % 100_000;
        // a deputy signs off, so must be a director
        people.create(new Person(deputy, name, deputy + "@council.test", EnumSet.of(Role.STRATEGIC_DIRECTOR),
                null, people.find("sd.economy").orElseThrow().directorateId(), true, false, false), "a-long-password");
        signIn("dir.housing");
        open("delegations");
        @SuppressWarnings("unchecked")
        ComboBox<Person> who = _get(ComboBox.class, s -> s.withLabel("Deputy"));
        _setValue(who, people.find(deputy).orElseThrow());
        return deputy;
    }

    /** As the browser's date field would read the text: with the picker's own formats, first match wins. */
    private static void type(DatePicker picker, String text) {
        for (String format : picker.getI18n().getDateFormats()) {
            try {
                _setValue(picker, LocalDate.parse(text, DateTimeFormatter.ofPattern(format, Locale.UK)));
                return;
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        throw new AssertionError(text + " does not read as a date in " + picker.getI18n().getDateFormats());
    }
}
