package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.compliance.ui.ComplianceView;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;
import uk.quarterlyreturns.base.calendar.UkDateFormat;

/**
 * A deadline at midnight closes the day before it: the compliance screen and the inbox name that day, as the return's
 * page and the emails do, not the next day at 00:00. Years 4020-21 and 4022-23 are this class's own.
 */
class MidnightDeadlineInTheListsTest extends ViewTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ReturnRepository returns;

    private final LocalDate lastDay = LocalDate.now(LondonTime.ZONE).plusDays(9);
    private final ZonedDateTime midnight = lastDay.plusDays(1).atStartOfDay(LondonTime.ZONE);

    @Test
    void theComplianceScreenNamesTheDayAMidnightDeadlineEnds() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4020);
        try {
            jdbc.sql("update cycle set submission_deadline = :d where id = :c")
                    .param("d", Timestamp.from(midnight.toInstant())).param("c", scenario.cycle.id()).update();

            signIn("perf");
            UI.getCurrent().navigate("compliance",
                    QueryParameters.of(ComplianceView.CYCLE_PARAMETER, String.valueOf(scenario.cycle.id())));

            String dates = _find(Paragraph.class).stream().map(Paragraph::getText)
                    .filter(t -> t.startsWith("Deadline:")).findFirst().orElseThrow();
            assertThat(dates).startsWith("Deadline: "
                    + DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK).format(lastDay)
                    + ", midnight at the end of the day.");
        } finally {
            OpenedCycles.end(runtime, returns, scenario.cycle.id());
        }
    }

    @Test
    void theInboxNamesTheDayAMidnightDeadlineEnds() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4022);
        try {
            Task step = tasks.createTaskQuery()
                    .processVariableValueEquals(ReturnProcess.VAR_RETURN_ID, scenario.housing.id()).singleResult();
            step.setDueDate(Date.from(midnight.toInstant()));
            tasks.saveTask(step);

            signIn("dir.housing");
            open("inbox");

            @SuppressWarnings("unchecked")
            Grid<InboxItem> grid = _get(Grid.class);
            int row = grid.getListDataView().getItems().map(InboxItem::taskId).toList().indexOf(step.getId());
            // the Due cell's first line; how soon it closes is beneath it
            assertThat(_getCellComponent(grid, row, "due").getChildren().findFirst().orElseThrow().getElement()
                    .getText()).isEqualTo(UkDateFormat.ofPattern("d MMM yyyy").format(lastDay)
                            + ", midnight at the end of the day");
        } finally {
            OpenedCycles.end(runtime, returns, scenario.cycle.id());
        }
    }
}
