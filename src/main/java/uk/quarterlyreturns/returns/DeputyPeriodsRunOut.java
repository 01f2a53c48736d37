package uk.quarterlyreturns.returns;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.people.Delegations;
import uk.quarterlyreturns.people.DeputyEnded;

/**
 * A deputy's period that runs out by date ends like one ended by hand: the return steps they claimed are let go, in
 * the return's history, so that others find them free rather than held by someone who may no longer act. Nothing
 * happens on the day a period runs out, so this looks every hour (a server down at midnight catches up) at the
 * steps claimed now, few however many periods there have been, for claimants who may no longer take them.
 */
@Component
class DeputyPeriodsRunOut {

    private static final Logger log = LoggerFactory.getLogger(DeputyPeriodsRunOut.class);

    private final TaskService tasks;
    private final ReturnRepository returns;
    private final ReturnPermissions permissions;
    private final Delegations delegations;
    private final OfferStepsToDeputies offers;
    private final Clock clock;
    private final TransactionTemplate transactions;

    DeputyPeriodsRunOut(TaskService tasks, ReturnRepository returns, ReturnPermissions permissions,
            Delegations delegations, OfferStepsToDeputies offers, Clock clock, PlatformTransactionManager manager) {
        this.tasks = tasks;
        this.returns = returns;
        this.permissions = permissions;
        this.delegations = delegations;
        this.offers = offers;
        this.clock = clock;
        this.transactions = new TransactionTemplate(manager);
    }

    @Scheduled(cron = "0 3 * * * *", zone = "Europe/London")
    void hourly() {
        letGo();
    }

    /** Lets go of the claims of each deputy whose period for the return's service ran out; how many deputies. */
    int letGo() {
        LocalDate today = LocalDate.now(clock);
        int released = 0;
        for (Map.Entry<Long, String> held : heldByWhoMayNot()) {
            var ranOut = delegations.ranOut(held.getKey(), held.getValue(), today);
            if (ranOut.isEmpty()) {
                continue; // held for another reason (moved, disabled): theirs to release, or others' to take over
            }
            try {
                transactions.executeWithoutResult(tx -> offers.deputyEnded(DeputyEnded.ranOut(ranOut.get())));
                released++;
            } catch (RuntimeException e) {
                // the next hour tries again; the others are let go meanwhile
                log.warn("The claims of {}, whose period as deputy ran out, were not let go: {}", held.getValue(),
                        e.getMessage());
            }
        }
        return released;
    }

    /** Service and claimant of each claimed return step whose claimant may no longer take it. */
    private Set<Map.Entry<Long, String>> heldByWhoMayNot() {
        List<Task> claimed = tasks.createTaskQuery().taskDefinitionKeyIn(OfferStepsToDeputies.STEPS
                .toArray(String[]::new)).taskAssigned().active().list();
        if (claimed.isEmpty()) {
            return Set.of();
        }
        Map<String, ServiceReturn> of = returns.byProcessInstance(claimed.stream().map(Task::getProcessInstanceId)
                .collect(Collectors.toSet()));
        Map<String, StepTaker> takers = permissions.takers(claimed.stream().map(Task::getAssignee)
                .collect(Collectors.toSet()));
        return claimed.stream().filter(step -> of.containsKey(step.getProcessInstanceId()))
                .filter(step -> {
                    StepTaker taker = takers.get(step.getAssignee());
                    return taker == null || !taker.mayTake(of.get(step.getProcessInstanceId()),
                            step.getTaskDefinitionKey());
                })
                .map(step -> Map.entry(of.get(step.getProcessInstanceId()).serviceId(), step.getAssignee()))
                .collect(Collectors.toSet());
    }
}
