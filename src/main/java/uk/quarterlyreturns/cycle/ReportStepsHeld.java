package uk.quarterlyreturns.cycle;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;

/**
 * Who held the report's own steps (its approval, its revision), and when: each claim, release and take-over, read from
 * the engine's log of the cycle's steps, where a change of holder is kept in the name of the person who made it (the
 * application claims in their name, see TaskClaims). A step completed unclaimed is no claim: it is logged in nobody's
 * name. Shown on the approval page beside the report's other history.
 */
@Component
public class ReportStepsHeld {

    /** How the holder changed. */
    public enum Kind {
        CLAIMED("claimed"), RELEASED("released"), TAKEN_OVER("taken over"),
        /** Given to someone else by an administrator, in Camunda Tasklist or through the engine's REST API. */
        GIVEN("given");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /**
     * @param step the step's name, "Approve report" or "Revise report"
     * @param by   who claimed, released or took it over
     * @param from whom it was taken over from (null unless taken over)
     * @param to   whom it was given to (null unless given)
     */
    public record Held(String step, Kind kind, String by, String from, String to, Instant at) {
    }

    private static final String ASSIGNEE = "assignee";

    private final HistoryService history;

    ReportStepsHeld(HistoryService history) {
        this.history = history;
    }

    /** Oldest first. */
    public List<Held> of(long cycleId) {
        Map<String, HistoricTaskInstance> steps = history.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(CycleProcess.businessKey(cycleId))
                .taskDefinitionKeyIn(CycleProcess.TASK_APPROVE_REPORT, CycleProcess.TASK_REVISE_REPORT).list().stream()
                .collect(Collectors.toMap(HistoricTaskInstance::getId, Function.identity()));
        if (steps.isEmpty()) {
            return List.of();
        }
        // a correction after publication runs in an instance of its own, under the same business key
        return steps.values().stream().map(HistoricTaskInstance::getProcessInstanceId).distinct()
                .flatMap(instance -> history.createUserOperationLogQuery().entityType(EntityTypes.TASK)
                        .processInstanceId(instance).property(ASSIGNEE).orderByTimestamp().asc().list().stream())
                .filter(e -> e.getUserId() != null && steps.containsKey(e.getTaskId()))
                .map(e -> held(steps.get(e.getTaskId()).getName(), e))
                .sorted(Comparator.comparing(Held::at)).toList();
    }

    private static Held held(String step, UserOperationLogEntry e) {
        String by = e.getUserId();
        Instant at = e.getTimestamp().toInstant();
        if (e.getNewValue() == null) {
            return new Held(step, Kind.RELEASED, by, null, null, at);
        }
        if (!e.getNewValue().equals(by)) {
            return new Held(step, Kind.GIVEN, by, null, e.getNewValue(), at);
        }
        return e.getOrgValue() == null || e.getOrgValue().equals(by) ? new Held(step, Kind.CLAIMED, by, null, null, at)
                : new Held(step, Kind.TAKEN_OVER, by, e.getOrgValue(), null, at);
    }
}
