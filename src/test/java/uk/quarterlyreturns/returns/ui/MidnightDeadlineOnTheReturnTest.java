package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;
import uk.quarterlyreturns.base.calendar.UkDateFormat;

/**
 * A deadline at midnight closes the day before it: the return's page names that day, as its "closes in" words and
 * the emails count it, not the next day at 00:00. Year 3976-77 is this class's own.
 */
class MidnightDeadlineOnTheReturnTest extends ViewTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired RuntimeService runtime;
    @Autowired ReturnRepository returns;

    @Test
    void theReturnsPageNamesTheDayAMidnightDeadlineEnds() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 3976);
        try {
            LocalDate lastDay = LocalDate.now(LondonTime.ZONE).plusDays(9);
            ZonedDateTime midnight = lastDay.plusDays(1).atStartOfDay(LondonTime.ZONE);
            jdbc.sql("update cycle set submission_deadline = :d where id = :c")
                    .param("d", Timestamp.from(midnight.toInstant())).param("c", scenario.cycle.id()).update();

            signIn("dir.housing");
            open("returns/" + scenario.housing.id());

            assertThat(_get(ReturnHeader.class).getElement().getTextRecursively()).contains("Deadline: "
                    + UkDateFormat.ofPattern("EEE d MMM yyyy").format(lastDay)
                    + ", midnight at the end of the day (closes in 9 days)");
        } finally {
            OpenedCycles.end(runtime, returns, scenario.cycle.id());
        }
    }
}
