package uk.quarterlyreturns.cycle;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Component;

/**
 * Each time the performance team sent the revised report back for approval, who and when: the engine's history of the
 * cycle's completed revise steps (the application completes a step as the person who took it), so the approval page
 * shows the report's whole way to Cabinet and nobody needs the database to learn it.
 */
@Component
public class RevisionsSent {

    /** A revised report sent for approval by this person at this moment. */
    public record Sent(String by, Instant at) {
    }

    private final HistoryService history;

    RevisionsSent(HistoryService history) {
        this.history = history;
    }

    /** Oldest first. */
    public List<Sent> of(long cycleId) {
        return history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(CycleProcess.businessKey(cycleId))
                .taskDefinitionKey(CycleProcess.TASK_REVISE_REPORT).finished()
                .orderByHistoricTaskInstanceEndTime().asc().list().stream()
                .filter(t -> "completed".equals(t.getDeleteReason()) && t.getAssignee() != null)
                .map(t -> new Sent(t.getAssignee(), t.getEndTime().toInstant())).toList();
    }
}
