package uk.quarterlyreturns.compliance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.security.CurrentRoles;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.cycle.CycleProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * The steps of a cycle, its own or its returns', that failed every time they were tried and now wait for someone to try
 * them again (an incident, in the engine's words): issuing the returns, compiling or publishing the report, a service's
 * notice, a chase. Administrators see them in Cockpit; the performance team, who run the quarter, are told on the
 * compliance screen and may try one again, which is kept. A mail's delivery has its own "Send again" in the outbox.
 */
@Service
public class StoppedSteps {

    /**
     * One stopped step.
     *
     * @param returnId the return it is a step of, null for the cycle's own
     * @param service that return's service, null for the cycle's own
     * @param failedAt when it last failed
     */
    public record StoppedStep(String incidentId, String jobId, String activityId, Long returnId, String service,
            Instant failedAt, String failure) {

        /** The step, in the performance team's words. */
        public String words() {
            return StoppedStepWords.of(activityId, service);
        }
    }

    /** A stopped step someone asked to be tried again; by: their name as shown now. */
    public record Retry(String step, Long returnId, String by, Instant at) {
    }

    private final RuntimeService runtime;
    private final ManagementService management;
    private final ReturnRepository returns;
    private final CurrentRoles roles;
    private final JdbcClient jdbc;
    private final Clock clock;

    StoppedSteps(RuntimeService runtime, ManagementService management, ReturnRepository returns, CurrentRoles roles,
            JdbcClient jdbc, Clock clock) {
        this.runtime = runtime;
        this.management = management;
        this.returns = returns;
        this.roles = roles;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The cycle's stopped steps, the cycle's own first, then by service. */
    public List<StoppedStep> of(long cycleId) {
        return all().getOrDefault(cycleId, List.of());
    }

    /** Every cycle's stopped steps, by cycle id, as {@link #of}. Open incidents are few: all are read. */
    public Map<Long, List<StoppedStep>> all() {
        List<Incident> open = runtime.createIncidentQuery().incidentType(Incident.FAILED_JOB_HANDLER_TYPE).list();
        if (open.isEmpty()) {
            return Map.of();
        }
        Set<String> instances = open.stream().map(Incident::getProcessInstanceId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> businessKeys = runtime.createProcessInstanceQuery().processInstanceIds(instances).list()
                .stream().filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        Map<String, ServiceReturn> ofReturns = returns.byProcessInstance(instances);
        Map<Long, List<StoppedStep>> byCycle = new TreeMap<>();
        for (Incident incident : open) {
            String instance = incident.getProcessInstanceId();
            ServiceReturn r = ofReturns.get(instance);
            Long cycleId = r != null ? Long.valueOf(r.cycleId()) : CycleProcess.cycleOf(businessKeys.get(instance));
            if (cycleId != null) {
                byCycle.computeIfAbsent(cycleId, c -> new ArrayList<>()).add(step(incident, r));
            }
        }
        byCycle.replaceAll((cycle, steps) -> steps.stream().sorted(Comparator
                .comparing((StoppedStep s) -> s.service() != null).thenComparing(s -> Objects.toString(s.service(), ""))
                .thenComparing(StoppedStep::failedAt)).toList());
        return byCycle;
    }

    /**
     * Tries a stopped step of the cycle once more, at once, and keeps who asked.
     *
     * @throws NotAllowedException unless asked by an enabled member of the performance team
     * @throws IllegalStateException when the step is not a stopped step of this cycle (any more)
     */
    @Transactional
    public StoppedStep tryAgain(long cycleId, String incidentId, String by) {
        if (by == null || !roles.holds(by, Role.PERFORMANCE_TEAM)) {
            throw new NotAllowedException("Only the performance team may try a cycle's step again");
        }
        StoppedStep step = of(cycleId).stream().filter(s -> s.incidentId().equals(incidentId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("That step is no longer stopped: someone tried it again,"
                        + " or the cycle moved on. The page now shows what is."));
        management.setJobRetries(step.jobId(), 1);
        jdbc.sql("""
                insert into step_retry (cycle_id, return_id, step, failure, retried_by, retried_at)
                values (:c, :r, :s, :f, :by, :at)""").param("c", cycleId).param("r", step.returnId())
                .param("s", step.activityId()).param("f", step.failure()).param("by", by)
                .param("at", Timestamp.from(clock.instant())).update();
        return step;
    }

    /** Every step of the cycle tried again, the latest first. */
    public List<Retry> retries(long cycleId) {
        return jdbc.sql("""
                select s.step, s.return_id, u.display_name, s.retried_at from step_retry s
                join app_user u on u.username = s.retried_by where s.cycle_id = :c
                order by s.retried_at desc, s.id desc""").param("c", cycleId)
                .query((rs, n) -> new Retry(rs.getString("step"), (Long) rs.getObject("return_id"),
                        rs.getString("display_name"), rs.getTimestamp("retried_at").toInstant())).list();
    }

    private StoppedStep step(Incident incident, ServiceReturn r) {
        String job = incident.getConfiguration();
        return new StoppedStep(incident.getId(), job, incident.getActivityId(), r == null ? null : r.id(),
                r == null ? null : r.serviceName(), incident.getIncidentTimestamp().toInstant(),
                StoppedStepWords.failure(incident.getIncidentMessage(), stacktrace(job)));
    }

    /** The job's failure as the engine kept it; null when the job went meanwhile (its instance ended). */
    private String stacktrace(String job) {
        try {
            return management.getJobExceptionStacktrace(job);
        } catch (ProcessEngineException gone) {
            return null;
        }
    }
}
