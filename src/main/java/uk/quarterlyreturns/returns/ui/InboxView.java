package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import uk.quarterlyreturns.base.ui.CurrentUser;

/** The tasks waiting for this person: assigned to them, or open to one of their groups. */
@Route("inbox")
@PageTitle("Inbox | Quarterly Returns")
@Menu(order = 1, title = "Inbox")
@RolesAllowed({"SERVICE_DIRECTOR", "DATA_OFFICER", "STRATEGIC_DIRECTOR", "PERFORMANCE_TEAM", "CHIEF_EXECUTIVE"})
public class InboxView extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.of("Europe/London"));

    public InboxView(TaskService tasks, CurrentUser user) {
        List<String> groups = user.roles().stream().map(Enum::name).toList();
        List<Task> mine = tasks.createTaskQuery()
                .or().taskAssignee(user.username()).taskCandidateGroupIn(groups).endOr()
                .orderByDueDate().asc().list();

        Grid<Task> grid = new Grid<>(Task.class, false);
        grid.addColumn(Task::getName).setHeader("Task").setSortable(true);
        grid.addColumn(t -> t.getDueDate() == null ? "" : WHEN.format(t.getDueDate().toInstant())).setHeader("Due");
        grid.addColumn(t -> t.getAssignee() == null ? "Unclaimed" : t.getAssignee()).setHeader("Assigned to");
        grid.setItems(mine);
        grid.setAriaLabel("My tasks");

        add(new H2("Inbox"));
        add(mine.isEmpty() ? new Paragraph("Nothing is waiting for you.") : grid);
    }
}
